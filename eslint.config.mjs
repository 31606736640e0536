// @ts-check
/**
 * One lint configuration for the monorepo (ESLint flat config). Run by `pnpm lint` and by the test
 * command (scripts/test-all.mjs). Formatting is Prettier's (eslint-config-prettier switches off the
 * rules that would disagree with it; `pnpm format:check` checks it).
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = path.dirname(fileURLToPath(import.meta.url));
const featuresDir = path.join(root, 'apps/web/src/features');
const features = readdirSync(featuresDir).filter((f) => statSync(path.join(featuresDir, f)).isDirectory());

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/build/**',
      '.data/**',
      '**/coverage/**',
      'apps/web/src/gql/**',
      'apps/web/test-results/**',
      'bench/node_modules/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // Tests may use `any` for GraphQL answers they pick apart; production code may not.
  {
    files: [
      '**/*.spec.ts',
      '**/*.test.{ts,tsx}',
      '**/*.e2e.ts',
      '**/test/**',
      '**/testing/**',
      '**/e2e/**',
      '**/*.fixtures.ts',
      '**/*.test-helpers.ts',
      '**/*.test-queries.ts',
    ],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  // Benchmark scripts that run code inside the browser page.
  {
    files: ['bench/web/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  // ── boundaries: where an import may come from ──
  {
    files: ['apps/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: ['apps/web/tsconfig.json', 'apps/api/tsconfig.json'], noWarnOnMultipleProjects: true }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            // The API's core/ (tenancy, auth, audit, mail, database helpers) serves the modules and imports none.
            {
              target: './apps/api/src/core',
              from: './apps/api/src/modules',
              message: 'core/ imports no module: move the shared piece into core/ or pass it in.',
            },
            // Web features never import each other nor the app shell; shared pieces live in src/components or src/lib.
            ...features.map((f) => ({
              target: `./apps/web/src/features/${f}`,
              from: './apps/web/src/features',
              except: [`./${f}`],
              message: 'Features never import each other: move the shared piece to src/components or src/lib, or compose in src/app.',
            })),
            { target: './apps/web/src/features', from: './apps/web/src/app', message: 'Features never import the app shell (src/app composes them).' },
            { target: './apps/web/src/components', from: './apps/web/src/features', message: 'Shared components never import a feature.' },
            { target: './apps/web/src/lib', from: './apps/web/src/features', message: 'src/lib never imports a feature.' },
          ],
        },
      ],
    },
  },
  // Integration tests of core/ drive the whole app and may use the modules' fixtures.
  {
    files: ['apps/api/src/core/**/*.spec.ts'],
    rules: { 'import-x/no-restricted-paths': 'off' },
  },
  // ── the web app ──
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The React Compiler's ref rule takes every callback handed to a child or a render prop
      // (event handlers that read a ref when clicked) for a read during render. We do not compile
      // with the React Compiler; reading `ref.current` in the render body itself is still a review item.
      'react-hooks/refs': 'off',
    },
  },
  prettier,
);
