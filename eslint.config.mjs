// ESLint: typescript-eslint's recommended rules, formatting left to Prettier. Zero warnings.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import graphql from '@graphql-eslint/eslint-plugin';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const portalFeatures = ['auth', 'inbox', 'leads', 'queues', 'settings'];

/** UI text comes from the catalogs: JSX text, text props and string children with letters are refused. */
const literalUiText = [
  { selector: 'JSXText[value=/\\p{L}/u]', message: "UI text comes from the catalogs: use t('...')." },
  {
    selector: 'JSXAttribute[name.name=/^(label|placeholder|title|aria-label|description|alt|emptyText|submitLabel)$/] > Literal',
    message: "UI text comes from the catalogs: use t('...').",
  },
  { selector: 'JSXExpressionContainer > Literal[value=/\\p{L}/u]', message: "UI text comes from the catalogs: use t('...')." },
];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      '.data/',
      'coverage/',
      'migrations/Migration*.ts',
      'apps/portal/src/shared/graphql/generated/',
      'test/support/graphql/generated/',
      'apps/portal/test-results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    // No consistent-type-imports: Nest's dependency injection reads constructor types at run time.
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  { files: ['**/*.js'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    // The architecture, checked: no import cycles (type-only imports are erased and do not count),
    // and libs/core, which every lib builds on, imports nothing of the repository outside itself.
    files: ['**/*.ts'],
    ignores: ['apps/portal/**'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-unresolved': 'error',
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './libs/core',
              from: './',
              except: ['./libs/core', './node_modules'],
              message: 'libs/core is the bottom layer: let the caller pass it what it needs (as `migrate` takes the migrations).',
            },
          ],
        },
      ],
    },
  },
  // The portal: imports flow app -> features -> shared; a feature imports only itself and shared.
  {
    files: ['apps/portal/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './apps/portal/tsconfig.json' })],
    },
    rules: {
      'import-x/no-unresolved': 'error',
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...portalFeatures.map((feature) => ({
              target: `./apps/portal/src/features/${feature}`,
              from: './apps/portal/src/features',
              except: [`./${feature}`],
              message: 'Features meet only in app/routes: import from this feature or from shared/.',
            })),
            { target: './apps/portal/src/features', from: './apps/portal/src/app', message: 'Features do not import the app.' },
            {
              target: './apps/portal/src/shared',
              from: ['./apps/portal/src/features', './apps/portal/src/app'],
              message: 'shared/ imports nothing of the features or the app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/portal/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, 'no-restricted-syntax': ['error', ...literalUiText] },
  },
  {
    // The schema integrators read (generated from the code-first models, inputs, args and enums):
    // everything a client sees is described, names follow GraphQL's conventions, PageInfo is Relay's.
    files: ['schema/**/*.graphql'],
    languageOptions: {
      parser: graphql.parser,
      parserOptions: { graphQLConfig: { schema: 'schema/schema.graphql' } },
    },
    plugins: { '@graphql-eslint': graphql },
    rules: {
      ...graphql.configs['flat/schema-recommended'].rules,
      // Query and Mutation are generated by Nest without a description; their fields carry them.
      '@graphql-eslint/require-description': [
        'error',
        {
          ignoredSelectors: ['[type=ObjectTypeDefinition][name.value=/^(Query|Mutation)$/]'],
          types: true,
          rootField: true,
          FieldDefinition: true,
          InputValueDefinition: true,
          EnumValueDefinition: true,
          DirectiveDefinition: true,
        },
      ],
      '@graphql-eslint/relay-page-info': 'error',
      // Value objects (Company, Consent), payloads and connections have no identity of their own.
      '@graphql-eslint/strict-id-in-types': 'off',
      // Me.membership and Offer.offeredAt read as English; renaming them would break clients for nothing.
      '@graphql-eslint/no-typename-prefix': 'off',
    },
  },
);
