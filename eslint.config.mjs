// ESLint: typescript-eslint's recommended rules, formatting left to Prettier. Zero warnings.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
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
  // The portal: imports flow app -> features -> shared; a feature imports only itself and shared.
  {
    files: ['apps/portal/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'], tsconfig: { configFile: 'apps/portal/tsconfig.json' } }),
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
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
  { files: ['apps/portal/src/**/*.tsx'], rules: { 'no-restricted-syntax': ['error', ...literalUiText] } },
);
