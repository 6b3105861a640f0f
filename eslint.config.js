// ESLint flat config: typescript-eslint (type-aware) for TypeScript, eslint-plugin-astro for .astro files,
// and one environment per folder: src/client runs in the browser, scripts/ and tests/ in Node, the rest anywhere.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'reports/', '.cache/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...astro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      // noUncheckedIndexedAccess types every index read as possibly undefined; `xs[i]!` after a bounds check
      // is the idiom for it, so the assertion is allowed.
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-console': 'off',
      // French typography puts narrow no-break spaces in text, strings and templates on purpose.
      'no-irregular-whitespace': [
        'error',
        { skipStrings: true, skipTemplates: true, skipComments: true, skipRegExps: true, skipJSXText: true },
      ],
    },
  },

  {
    files: ['src/client/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['scripts/**/*.ts', 'tests/**/*.ts', '*.config.*', 'astro.config.mjs', 'eslint.config.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Build-time code must not reach for the browser DOM: charts are pure functions to SVG strings.
    files: ['src/lib/**/*.ts', 'src/charts/**/*.ts', 'src/schemas/**/*.ts', 'src/queries/**/*.ts', 'src/views/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'localStorage', 'navigator'],
    },
  },
  // One room per concern (README, « Plan du dépôt »): imports flow lib → schemas → queries → views → pages,
  // and lib → charts → components → pages. A component may name, as a type, the shape a presenter gives it.
  {
    files: ['src/components/**/*.astro', 'src/components/**/*.ts', 'src/charts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/queries/*'],
              message: 'Components and charts render what they are given: the page asks a presenter (src/views/).',
            },
            {
              group: ['**/views/*', '**/views/*/*'],
              allowTypeImports: true,
              message: 'Components and charts render what they are given: the page asks a presenter (src/views/).',
            },
          ],
        },
      ],
    },
  },
  {
    // Environment-neutral helpers and browser code: no zod, no data access (the code lists live in src/lib/codes/).
    files: ['src/lib/**/*.ts', 'src/client/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'astro/zod', message: 'src/lib/ and src/client/ stay free of zod: schemas live in src/schemas/.' },
          ],
          patterns: [
            {
              group: ['**/schemas/*', '**/queries/*', '**/views/*', '**/views/*/*', '**/components/*'],
              allowTypeImports: true,
              message: 'src/lib/ and src/client/ sit below schemas, queries and presenters.',
            },
          ],
        },
      ],
    },
  },
);
