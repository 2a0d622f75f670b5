import { builtinModules } from 'node:module';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** A module name and its subpaths, as an anchored pattern for no-restricted-imports. */
const modulesPattern = (names) => `^(${names.map((name) => name.replace(/[/.]/g, '\\$&')).join('|')})(/.*)?$`;
const restrict = (regex, message) => ({ regex, message });
/** Node's own modules, with or without the node: prefix. */
const nodeModules = modulesPattern(builtinModules.map((name) => `(node:)?${name}`));
const noNode = (message) => restrict(nodeModules, message);
const noElectron = (message) => restrict(modulesPattern(['electron']), message);
const rendererMessage =
  'The renderer never touches Node or Electron: ask the main process through the IPC contract in src/shared/ipc.';
const noFeatures = restrict(
  '(^|/)features/',
  'The store and the workers serve every feature, so they never reach into one: move what both need to db/, ui/ or src/shared.',
);
const sharedMessage =
  'src/shared is the domain: it runs in Node, the renderer and workers alike, so it imports no Electron, Dexie, React or process code.';
const noSideRuntimes = [
  restrict(modulesPattern(['electron', 'dexie', 'dexie-react-hooks', 'react', 'react-dom']), sharedMessage),
  restrict('(^|/)(renderer|main|preload)/', sharedMessage),
];
const noNodeInShared = noNode('src/shared runs in the renderer and workers too: no Node modules outside its tests.');
/** Globals that exist only in a window or only in Node: the domain code must not lean on either. */
const sideBoundGlobals = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'navigator',
  'location',
  'process',
  'Buffer',
  'require',
  '__dirname',
].map((name) => ({ name, message: 'src/shared runs in Node, the renderer and workers: pass what it needs in instead.' }));
const testFiles = ['**/*.test.ts', '**/*.test.tsx', '**/*.testHelpers.ts', '**/testing/**', 'src/shared/import/fuzz/**'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results*.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // We do not run the React Compiler; TanStack Table's hook is fine without it.
      'react-hooks/incompatible-library': 'off',
    },
  },
  {
    files: [
      'src/main/**/*.ts',
      'src/preload/**/*.ts',
      'scripts/**/*.mjs',
      'e2e/**/*.ts',
      'bench/**/*.{ts,mjs}',
      '*.config.{ts,mjs}',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Data from the store and imports is rendered as text only; see docs/security.md.
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render data as HTML.' },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    ignores: testFiles,
    rules: {
      'no-restricted-imports': ['error', { patterns: [...noSideRuntimes, noNodeInShared] }],
      'no-restricted-globals': ['error', ...sideBoundGlobals],
    },
  },
  {
    // Tests of the domain may read fixtures from disk, but still never pull in a side's runtime.
    files: testFiles.map((pattern) => (pattern.startsWith('src/') ? pattern : `src/shared/${pattern}`)),
    rules: { 'no-restricted-imports': ['error', { patterns: noSideRuntimes }] },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: ['src/renderer/src/db/**', 'src/renderer/src/workers/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noNode(rendererMessage), noElectron(rendererMessage)] }] },
  },
  {
    files: ['src/renderer/src/db/**/*.{ts,tsx}', 'src/renderer/src/workers/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noNode(rendererMessage), noElectron(rendererMessage), noFeatures] }],
    },
  },
  prettier,
);
