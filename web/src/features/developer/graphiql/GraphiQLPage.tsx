import { useMemo, type ComponentProps } from 'react';
import { Box } from '@mui/material';
import { GraphiQL } from 'graphiql';
import './monacoWorkers';
import 'graphiql/style.css';
import { useTranslation } from 'react-i18next';
import { EXAMPLES } from './examples';
import { examplesPlugin } from './ExamplesPlugin';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

/** Same-origin /graphql with the session cookie; CSRF prevention is satisfied by the JSON content type. */
const fetcher: Fetcher = async (params, options) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...options?.headers },
    body: JSON.stringify(params),
  });
  return response.json();
};

const DEFAULT_TABS = EXAMPLES.map((example) => ({ query: example.query }));

export default function GraphiQLPage() {
  const { t } = useTranslation();
  const plugins = useMemo(() => [examplesPlugin(t('graphiql.examples'), t('graphiql.openExample'))], [t]);
  return (
    <Box data-testid="graphiql-page" sx={{ height: 'calc(100vh - 64px)', mx: -3, mt: -3, mb: -3 }}>
      <GraphiQL
        fetcher={fetcher}
        plugins={plugins}
        defaultTabs={DEFAULT_TABS}
        defaultEditorToolsVisibility
        shouldPersistHeaders={false}
      >
        <GraphiQL.Logo>ShopOps GraphiQL</GraphiQL.Logo>
      </GraphiQL>
    </Box>
  );
}
