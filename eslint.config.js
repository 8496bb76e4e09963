// ESLint flat config for the workspace: recommended JS, typescript-eslint
// (syntax-only: no type-aware rules, so the whole repo lints in seconds) and
// Svelte 5; formatting is Prettier's (eslint-config-prettier turns off the
// rules it owns). Import boundaries are checked by dependency-cruiser
// (.dependency-cruiser.mjs, `pnpm run lint:boundaries`); the workflow-sandbox
// rule below repeats the Node built-in ban here so editors show it at once.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  {
    ignores: [
      '**/node_modules/',
      '**/.svelte-kit/',
      '**/build/',
      '**/dist/',
      '**/.turbo/',
      '**/.data/',
      '**/test-results/',
      '.tools/',
      '**/*.generated.ts',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  prettier,
  ...svelte.configs.prettier,
  {
    languageOptions: {
      ecmaVersion: 2024,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] },
    },
    rules: {
      // The dashboard is served at the root of its origin (no `paths.base`), and
      // most of its links are query strings of the current page (filters, lang):
      // wrapping each in resolve() would add noise and no safety.
      'svelte/no-navigation-without-resolve': 'off',
    },
  },
  {
    // Workflow code runs in Temporal's deterministic sandbox (the Temporal samples' rule).
    files: ['workflows/ingest/src/workflows.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^node:', message: 'Workflow code cannot use Node built-ins (Temporal sandbox).' },
            {
              regex: '^\\./activities/',
              allowTypeImports: true,
              message: 'Workflows `import type` their activities and call them through proxyActivities.',
            },
            {
              regex: '^@temporalio/(worker|client|activity|testing)$',
              allowTypeImports: true,
              message: 'Workflow code imports @temporalio/workflow only.',
            },
          ],
        },
      ],
    },
  },
);
