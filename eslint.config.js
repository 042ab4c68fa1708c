// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

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
    ignores: ['dist/**', 'bench-dist/**', 'out/**', 'release/**', 'node_modules/**', 'coverage/**', 'renderer/dist/**', 'test-output/**', 'scripts/*.mjs'],
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
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [naturalWhole],
          patterns: [
            { group: frameworks, message: 'The loopback server is a transport: no electron or react.' },
            { group: ['**/cli/**', '**/electron/**', '**/renderer/**', '**/tests/**'], message: 'The server depends on core only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [naturalWhole],
          patterns: [
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'The Electron shell has no React; the renderer does.' },
            { group: ['**/cli/**', '**/renderer/**', '**/tests/**'], message: 'The Electron shell depends on core and the server only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/**/*.ts', 'renderer/src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': 'off',
      // The renderer runs in a sandboxed page: no Node modules, and from core only types
      // (the service contract), never core's code.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [naturalWhole],
          patterns: [
            { group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'better-sqlite3', 'electron'], message: 'The renderer has no Node or Electron modules; call the service through src/api.' },
            {
              // The method names are plain data with no run-time imports: the one core module the renderer may load.
              regex: '(^|/)core/(?!service/remote/remote-method-names\\.js$)',
              allowTypeImports: true,
              message: 'The renderer imports only types from core (the service contract).',
            },
            { group: ['**/cli/**', '**/electron/**', '**/server/**'], message: 'The renderer talks to the service only through its API client.' },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', 'tests/**/*.tsx', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
