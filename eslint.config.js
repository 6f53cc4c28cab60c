// ESLint flat config: Office add-in rules (eslint-plugin-office-addins), TypeScript, Prettier,
// and the architecture's import boundaries (src/core is pure; only src/excel touches Office.js).
const officeAddins = require('eslint-plugin-office-addins');
const tseslint = require('typescript-eslint');
const tsParser = require('@typescript-eslint/parser');

const nodeBuiltins = require('module').builtinModules.flatMap((m) => [m, `node:${m}`]);

module.exports = [
  {
    ignores: ['node_modules/**', 'dist/**', 'lib/**', 'out/**', 'coverage/**', 'test-results/**', 'bench/results.json'],
  },
  ...officeAddins.configs.react,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: 'module',
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'warn',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'warn',
      'office-addins/test-for-null-using-isNullObject': 'error',
      'react/react-in-jsx-scope': 'off',
      'react/prop-types': 'off',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
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
          patterns: ['@fluentui/*', '@microsoft/*', 'office-*', '../../excel/*', '../../taskpane/*', '../../cli/*', '../excel/*', '../taskpane/*', '../cli/*'],
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
