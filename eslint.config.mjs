import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'storybook-static/**',
      'demo/dist/**',
      '**/custom-elements.json',
      '.data/**',
      '.tmp/**',
      'examples/*/dist/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['packages/elements/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts', 'test/browser/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['packages/elements/**/*.ts'],
    ...wcConfigs['flat/recommended'],
  },
);
