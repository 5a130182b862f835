// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import prettier from 'eslint-config-prettier';
import importPlugin from 'eslint-plugin-import';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * The storefront's layers (bulletproof-react): shared code (components, hooks, lib, stores, utils,
 * api) <- features <- app (routes, layout). A feature never imports another feature: the app composes
 * them. Shared code imports neither features nor the app.
 */
const architecture = {
  'import/no-restricted-paths': [
    'error',
    {
      zones: [
        ...features.map((feature) => ({
          target: `./src/features/${feature}`,
          from: './src/features',
          except: [`./${feature}`],
          message: 'A feature may not import another feature; compose them in src/app.',
        })),
        {
          target: './src/features',
          from: './src/app',
          message: 'Features may not import the app layer.',
        },
        {
          target: [
            './src/api',
            './src/components',
            './src/hooks',
            './src/lib',
            './src/stores',
            './src/utils',
          ],
          from: ['./src/features', './src/app'],
          message: 'Shared code may not import features or the app layer.',
        },
      ],
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules',
      'src/app/routeTree.gen.ts',
      'src/api/schema.d.ts',
      'test-results',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { import: importPlugin, 'react-hooks': reactHooks },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.json' } },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...architecture,
      'import/no-cycle': 'error',
      'import/no-duplicates': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['src/**/*.test.{ts,tsx}', 'src/testing/**'],
    rules: { 'import/no-cycle': 'off' },
  },
  {
    files: ['*.{js,ts}', 'scripts/**', 'e2e/**'],
    languageOptions: { globals: globals.node },
  },
  prettier,
);
