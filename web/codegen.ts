import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types for every operation in src/ come from the reviewed contract, schema/schema.graphql,
 * which the server prints. Run `pnpm --filter @shopops/web codegen` after the schema changes.
 */
const config: CodegenConfig = {
  schema: process.env.SHOPOPS_SCHEMA ?? '../schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
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
