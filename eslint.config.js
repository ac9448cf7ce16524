import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

// Process boundaries, enforced rather than hoped for (after Signal Desktop):
// - src/main/core and src/shared are pure: no node, DOM-only, electron or database modules;
// - only src/main/electron (and the preload) may import electron;
// - the renderer reaches the backend only through the contract, never main's modules or node.
const nodeModules = builtinModules.filter((m) => !m.startsWith('_'));
const restrict = (names, patterns, message) => ({
  'no-restricted-imports': ['error', { paths: names.map((name) => ({ name, message })), patterns: patterns.length ? [{ group: patterns, message }] : [] }],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**', 'build/**'] },
  ...tseslint.configs.recommended,
  {
    // A leading underscore marks a parameter or a destructured field left out on purpose.
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      ...restrict(['electron'], [], 'Only src/main/electron and src/preload may import electron.'),
    },
  },
  {
    // Only the store speaks SQL (tests may open a cohort file themselves to check what was written).
    files: ['**/*.{ts,tsx}'],
    ignores: ['src/main/store/**', '**/*.test.ts', 'tests/**'],
    rules: restrict(['electron', 'better-sqlite3'], [], 'Only src/main/electron and src/preload may import electron; only src/main/store may import better-sqlite3.'),
  },
  {
    files: ['src/main/core/**/*.ts', 'src/shared/**/*.ts'],
    rules: restrict(
      [...nodeModules, 'electron', 'better-sqlite3', 'react', 'react-dom', 'playwright-core', 'fflate'],
      ['node:*', '**/store/**', '**/electron/**', '**/web/**', '**/cli/**', '**/renderer/**'],
      'Core and shared code is pure: plain data in, plain data out (no node, DOM, electron or SQL).',
    ),
  },
  {
    files: ['src/main/core/**/*.ts'],
    ignores: ['src/main/core/**/*.test.ts', 'src/main/core/**/testing/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'Buffer', 'require'],
    },
  },
  {
    // Handlers translate a request into one call of their domain's service; the logic lives there.
    files: ['src/main/handlers/**/*.ts'],
    ignores: ['src/main/handlers/**/*.test.ts'],
    rules: restrict(
      ['better-sqlite3'],
      ['../store', '../store/*', '../core', '../core/*', '../export', '../export/*', '../import', '../import/*', '../services/*/*'],
      'A handler calls its domain service (src/main/services/<domain>, through its index), never the store, core or file formats.',
    ),
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: restrict(
      [...nodeModules, 'electron', 'better-sqlite3'],
      ['node:*', '**/main/**', '**/preload/**'],
      'The renderer talks to the backend only through the contract client (src/renderer/src/api.ts).',
    ),
  },
  {
    // One styled, accessible dialog for every question (components/ConfirmDialog.tsx), never the browser's own.
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', ...['confirm', 'alert', 'prompt'].map((name) => ({ name, message: 'Use confirmDialog/alertDialog from components/ConfirmDialog.' }))],
      'no-restricted-properties': ['error', ...['confirm', 'alert', 'prompt'].map((property) => ({ object: 'window', property, message: 'Use confirmDialog/alertDialog from components/ConfirmDialog.' }))],
    },
  },
  {
    files: ['src/main/electron/**/*.ts', 'src/preload/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: restrict(['better-sqlite3'], [], 'Only src/main/store may import better-sqlite3.'),
  },
  {
    files: ['src/main/electron/**/*.test.ts', 'src/preload/**/*.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Only `mutate` hands out the write-capable handle (and opening a file, which sets it up).
    files: ['**/*.{ts,tsx}'],
    ignores: ['src/main/store/undoLog.ts', 'src/main/store/connection.ts'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: ':matches(TSAsExpression, TSTypeAssertion) > TSTypeReference.typeAnnotation[typeName.name="WriteDb"]',
        message: 'A WriteDb comes only from mutate (store/undoLog.ts): write inside its callback.',
      }],
    },
  },
);
