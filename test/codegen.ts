// Typed documents for the tests, from the API's schema: `npm run test:codegen` writes
// test/support/graphql/generated from every `graphql(`...`)` under test/. Same packages and
// settings as the portal's (apps/portal/codegen.ts), so both read the schema alike.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['test/**/*.ts', '!test/support/graphql/generated/**'],
  generates: {
    'test/support/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
  ignoreNoDocuments: false,
};

export default config;
