/**
 * Saved example operations for analysts and partners, kept as .graphql files in schema/examples so that
 * they are reviewed with the contract. Bundled at build time: no network needed to show them.
 */
const files = import.meta.glob<string>('../../../../../schema/examples/*.graphql', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export interface Example {
  /** File name without the order prefix and extension: `2-users-paging.graphql` → `users-paging`. */
  name: string;
  query: string;
}

export const EXAMPLES: Example[] = Object.entries(files)
  .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
  .map(([path, query]) => ({ name: path.split('/').pop()!.replace(/\.graphql$/, '').replace(/^\d+-/, ''), query }));

/** The first `# ...` comment line of an example, used as its description. */
export function exampleDescription(example: Example): string {
  const line = example.query.split('\n').find((l) => l.startsWith('#'));
  return line ? line.replace(/^#\s*/, '') : '';
}
