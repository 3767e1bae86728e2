// Typed documents from the API's schema: `npm run portal:codegen` writes src/shared/graphql/generated.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['apps/portal/src/**/graphql/*.ts', '!apps/portal/src/shared/graphql/generated/**'],
  generates: {
    'apps/portal/src/shared/graphql/generated/': {
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
