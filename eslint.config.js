// The linter: TypeScript with type information, React hooks, accessibility, and the architecture's boundaries.
// The path says where code runs; `no-restricted-imports` per folder keeps it true (docs/architecture.md).
// Import cycles, type-only ones included, are checked by dependency-cruiser (.dependency-cruiser.cjs).

import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = `^(node:.*|${builtinModules.map((m) => m.replace(/[/]/g, '\\/')).join('|')})$`;

/** `no-restricted-imports` patterns: each names what a folder may not import, and why. */
const forbid = (patterns) => ['error', { patterns }];
const noNode = {
  regex: NODE_BUILTINS,
  message: 'This folder runs without Node (shared/ is pure; renderer/ is a page).',
};
const noElectron = { regex: '^electron(/.*)?$', message: 'Only electron/main and electron/preload use Electron.' };
const noDoors = {
  regex: '^(\\.\\./)+(main|preload|web|cli)/',
  message: 'Services are behind the doors (IPC, HTTP, CLI), never the other way round.',
};
const noRenderer = { regex: '(^|/)renderer/', message: 'The main process never imports the page.' };
const noElectronFolder = {
  regex: '(^|/)electron/',
  message: 'The page talks to the main process only through the API contract (shared/api).',
};
const sharedOnly = {
  regex: '(^|/)(electron|renderer|tests|scripts)/|^(react|react-dom|lexical|@lexical/.*)$',
  message: 'shared/ is pure TypeScript used by every process: it imports nothing outside shared/.',
};

export default tseslint.config(
  {
    ignores: ['node_modules/', '.vite/', 'out/', 'dist/', '.tmp/', 'tests/fixtures/insecure-electron/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.es2023 },
    },
    rules: {
      // Promises that nobody awaits lose their errors; these are the type-aware rules that catch real bugs here.
      '@typescript-eslint/no-floating-promises': [
        'error',
        // node:test's test() returns a promise the runner itself awaits.
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['test', 'describe', 'it', 'suite'] },
          ],
        },
      ],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Plain JavaScript (scripts, the CLI shim, this file): no type information.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { ...globals.node },
    },
    rules: {
      ...tseslint.configs.disableTypeChecked.rules,
      'no-console': 'off',
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: { 'no-restricted-imports': forbid([noNode, noElectron, sharedOnly]) },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/**/*.test.ts'],
    rules: { 'no-restricted-imports': forbid([noRenderer]) },
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // After the block above: a rule's options in a later block replace the earlier ones for the same files.
    files: ['electron/services/**/*.ts'],
    ignores: ['electron/services/**/*.test.ts'],
    rules: { 'no-restricted-imports': forbid([noElectron, noDoors, noRenderer]) },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.ts'],
    rules: { 'no-restricted-imports': forbid([noNode, noElectron, noElectronFolder]) },
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Tests, benchmarks and tools may import anything and print; tests poke at loosely shaped data.
    files: ['**/*.test.ts', 'tests/**', 'scripts/**', 'build/**', '*.config.ts', 'forge.config.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-console': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },
);
