// Process boundaries are checked here: shared/ is pure (no Node, DOM, Electron or database),
// renderer/ talks to the main process only through the typed API (no Node, no Electron).
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeModules = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const nodePatterns = ['node:*'];
const databaseModules = ['better-sqlite3', 'sqlite3', 'sql.js', '@sqlite.org/sqlite-wasm'];
const electronModules = ['electron'];

const forbid = (message, names, patterns = []) => ({
  paths: names.map((name) => ({ name, message })),
  patterns: patterns.map((group) => ({ group: [group], message })),
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'out/**', 'release/**', 'bench/results*.json'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        (() => {
          const base = forbid('shared/ is the pure rules module: no Node, Electron or database imports.', [
            ...nodeModules,
            ...electronModules,
            ...databaseModules,
          ], [...nodePatterns, '**/electron/**', '**/renderer/**']);
          return base;
        })(),
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'process', 'Buffer', 'require', '__dirname'].map((name) => ({
          name,
          message: 'shared/ is pure: no DOM or Node globals; pass values in.',
        })),
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'shared/ never reads the clock: pass the instant in.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'shared/ never reads the clock: pass the instant in.',
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        forbid('renderer/ has no Node or Electron: use the typed API (renderer/api).', [
          ...nodeModules,
          ...electronModules,
          ...databaseModules,
        ], [...nodePatterns, '**/electron/**']),
      ],
    },
  },
  {
    // The worker thread loads better-sqlite3's native module from beside app.asar (ledger/database.ts).
    files: ['electron/**/*.ts'],
    ignores: ['electron/ledger/database.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Database']",
          message: 'Open SQLite files with openDatabase (electron/ledger/database.ts), which knows where the native module is in the installed app.',
        },
      ],
    },
  },
  {
    files: ['test/e2e/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='waitForFunction']",
          message:
            "The app's CSP forbids eval, which a waitForFunction predicate needs in the page: wait on a locator (e.g. '#id:focus') instead.",
        },
      ],
    },
  },
);
