import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types for every operation in src/ come from the reviewed contract, schema/schema.graphql,
 * which the server prints. Run `pnpm --filter @shopops/web codegen` after the schema changes.
 */
const config: CodegenConfig = {
  schema: process.env.SHOPOPS_SCHEMA ?? '../schema/schema.graphql',
  // The saved GraphiQL examples are validated against the schema too, so they cannot drift from it.
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*', '../schema/examples/*.graphql'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { DateTime: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
