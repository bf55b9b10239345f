import { useGraphiQL, useGraphiQLActions, type GraphiQLPlugin } from '@graphiql/react';
import { EXAMPLES, exampleDescription } from './examples';

/** The sidebar pane that lists the saved examples; a click opens one in a new tab. */
function ExamplesPane({ title, hint }: { title: string; hint: string }) {
  const { addTab } = useGraphiQLActions();
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const open = (query: string) => {
    addTab();
    queryEditor?.setValue(query);
  };
  return (
    <div data-testid="graphiql-examples">
      <div className="graphiql-doc-explorer-title">{title}</div>
      <ul style={{ listStyle: 'none', padding: 0 }}>
        {EXAMPLES.map((example) => (
          <li key={example.name} style={{ marginBottom: 12 }}>
            <button type="button" className="graphiql-un-styled" title={hint} onClick={() => open(example.query)}
              style={{ textAlign: 'left', cursor: 'pointer', color: 'hsl(var(--color-primary))', fontWeight: 600 }}>
              {example.name}
            </button>
            <div style={{ fontSize: 13, opacity: 0.75 }}>{exampleDescription(example)}</div>
          </li>
        ))}
      </ul>
    </div>
  );
}

function ExamplesIcon() {
  return (
    <svg viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden>
      <path d="M4 5h16M4 10h16M4 15h10M4 20h7" />
    </svg>
  );
}

export function examplesPlugin(title: string, hint: string): GraphiQLPlugin {
  return { title, icon: ExamplesIcon, content: () => <ExamplesPane title={title} hint={hint} /> };
}
