// ESLint flat config: Office add-in rules (eslint-plugin-office-addins), TypeScript, Prettier,
// and the architecture's import boundaries (src/core is pure; only src/excel touches Office.js).
const js = require('@eslint/js');
const officeAddins = require('eslint-plugin-office-addins');
const tseslint = require('typescript-eslint');

// eslint-plugin-office-addins brings its own (older) typescript-eslint; its ready-made configs would
// register a second '@typescript-eslint' plugin, so we take its rules and its React plugin only.
const fromOfficeAddins = (name) =>
  require(require.resolve(name, { paths: [require.resolve('eslint-plugin-office-addins')] }));
const react = fromOfficeAddins('eslint-plugin-react');
const prettierOff = fromOfficeAddins('eslint-config-prettier');
const globals = require(require.resolve('globals', { paths: [require.resolve('eslint')] }));

const nodeBuiltins = require('module').builtinModules.flatMap((m) => [m, `node:${m}`]);

module.exports = [
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'lib/**',
      'out/**',
      'coverage/**',
      'test-results/**',
      'bench/results.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  react.configs.flat.recommended,
  prettierOff,
  { plugins: { 'office-addins': officeAddins }, settings: { react: { version: 'detect' } } },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: { console: 'readonly' },
    },
    rules: {
      'react/react-in-jsx-scope': 'off',
      'react/prop-types': 'off',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // Office.js rules where Office.js is used: the adapter, the ribbon commands and the task pane's start-up.
    files: ['src/excel/**/*.ts', 'src/commands/**/*.ts', 'src/taskpane/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'office-addins/no-office-initialize': 'warn',
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'warn',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'warn',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
      'no-redeclare': ['error', { builtinGlobals: false }],
    },
  },
  {
    // Node scripts that also hand functions to the browser (playwright's page.evaluate).
    files: ['test/browser/**/*.{js,ts}', 'scripts/**/*.js', 'bench/**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The functional core: no Office, React, Node or file-format imports; no `any`.
    files: ['src/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeBuiltins, 'react', 'react-dom', 'exceljs', 'iconv-lite'],
          patterns: [
            '@fluentui/*',
            '@microsoft/*',
            'office-*',
            '../../excel/*',
            '../../taskpane/*',
            '../../cli/*',
            '../excel/*',
            '../taskpane/*',
            '../cli/*',
          ],
        },
      ],
      'no-restricted-globals': ['error', 'Office', 'Excel', 'window', 'document', 'process', 'require'],
    },
  },
  {
    // Only src/excel may touch the Office.js API.
    files: ['src/core/**/*.{ts,tsx}', 'src/cli/**/*.ts', 'src/taskpane/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', 'Excel'],
    },
  },
];
