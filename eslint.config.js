// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * Folder boundaries (ARCHITECTURE.md): core is the product and knows no shell; shells are thin
 * transports over core's service; the renderer speaks to core only through the service
 * contract's types. `natural` is only ever imported by deep path: its entry point loads .env
 * files into the environment and pulls in database drivers.
 */
const naturalWhole = { name: 'natural', message: "Import natural's modules by deep path (natural/lib/natural/...): its entry loads .env files and database drivers." };
const frameworks = ['electron', 'react', 'react-dom', 'react/*', 'react-dom/*'];

export default tseslint.config(
  {
    ignores: ['dist/**', 'out/**', 'release/**', 'node_modules/**', 'coverage/**', 'renderer/dist/**', 'test-output/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [naturalWhole] }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [naturalWhole],
          patterns: [
            { group: frameworks, message: 'core/ is framework-free: no electron, react or DOM.' },
            { group: ['**/cli/**', '**/electron/**', '**/renderer/**', '**/tests/**'], message: 'core/ must not depend on a shell or on tests.' },
          ],
        },
      ],
    },
  },
  {
    files: ['cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [naturalWhole],
          patterns: [
            { group: frameworks, message: 'The CLI is a terminal transport: no electron or react.' },
            { group: ['**/electron/**', '**/renderer/**', '**/tests/**'], message: 'The CLI depends on core only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
