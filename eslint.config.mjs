import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import svelte from 'eslint-plugin-svelte';
import { builtinModules } from 'node:module';
import svelteConfig from './svelte.config.js';

// Node-only globals switched off again for the renderer (the base config allows them everywhere).
const nodeOnlyGlobalsOff = Object.fromEntries(
  Object.keys(globals.node)
    .filter((name) => !(name in globals.browser))
    .map((name) => [name, 'off']),
);

/** The folders above the core in src-main. */
const ABOVE_CORE = [
  'use-cases',
  'ipc',
  'wizard',
  'main',
  'preload',
  'harness',
  'cli',
  'composition',
  'serving',
];

/** import patterns for a forbidden target: a src-main folder, a top-level folder, Node.js or Electron. */
function patternsFor(target) {
  if (target === 'node') return ['node:*', ...builtinModules];
  if (target === 'electron') return ['electron', 'electron/*'];
  if (target === 'src-main' || target === 'src-renderer') return [`**/${target}/**`, `**/${target}`];
  return [`**/src-main/${target}/**`, `../${target}/**`, `../../${target}/**`, `../../../${target}/**`];
}

/** One folder's import rule: everything in `forbidden` is refused with `message`. */
function layer(folder, forbidden, message) {
  return [
    {
      files: [`${folder}/**/*.ts`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              { group: forbidden.flatMap(patternsFor), message: `${message} (layer rule for ${folder})` },
            ],
          },
        ],
      },
    },
  ];
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.cache/**', 'test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Layers, enforced (README "Layout"): each folder names what it must not import. Lower layers
  // never import higher ones; only src-shared crosses from main to the renderer.
  ...layer(
    'src-shared',
    ['src-main', 'src-renderer', 'node', 'electron'],
    'src-shared is pure: types and data both sides import.',
  ),
  ...layer(
    'src-main/core',
    ['src-renderer', 'electron', ...ABOVE_CORE],
    'The core imports nothing above it.',
  ),
  ...layer(
    'src-main/use-cases',
    [
      'src-renderer',
      'electron',
      'ipc',
      'wizard',
      'main',
      'preload',
      'harness',
      'cli',
      'composition',
      'serving',
    ],
    'The use cases are written once over the core; the CLI and the wizard service call them.',
  ),
  ...layer(
    'src-main/composition',
    [
      'src-renderer',
      'electron',
      'use-cases',
      'ipc',
      'wizard',
      'main',
      'preload',
      'harness',
      'cli',
      'serving',
    ],
    'The composition root builds machines from the core only.',
  ),
  ...layer(
    'src-main/cli',
    ['src-renderer', 'electron', 'ipc', 'wizard', 'main', 'preload', 'harness', 'serving'],
    'The CLI uses the core and the composition root.',
  ),
  ...layer(
    'src-main/wizard',
    ['src-renderer', 'electron', 'ipc', 'main', 'preload', 'harness', 'cli', 'composition', 'serving'],
    'The wizard service uses the core and src-shared; IPC and Electron sit above it.',
  ),
  ...layer(
    'src-main/ipc',
    ['src-renderer', 'electron', 'main', 'preload', 'harness', 'cli', 'composition', 'serving'],
    'IPC imports the core, src-shared and the service interface.',
  ),
  ...layer(
    'src-main/serving',
    ['src-renderer', 'electron', 'core', 'ipc', 'wizard', 'main', 'preload', 'harness', 'cli', 'composition'],
    'Serving the renderer needs no core.',
  ),
  ...layer(
    'src-main/main',
    ['src-renderer', 'harness', 'preload'],
    'Electron main: glue over the services (and the CLI, for --cli).',
  ),
  ...layer(
    'src-main/harness',
    ['src-renderer', 'electron', 'main', 'preload', 'cli'],
    'The harness: the services behind a web server.',
  ),
  ...layer(
    'src-main/preload',
    ['src-renderer', 'core', 'wizard', 'main', 'harness', 'cli', 'composition', 'serving'],
    'The sandboxed preload: the IPC contract only.',
  ),
  // The renderer (Svelte 5): components and rune modules parsed by svelte-eslint-parser with TypeScript inside.
  ...svelte.configs.recommended,
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'], svelteConfig },
    },
  },
  {
    files: ['src-renderer/**', 'test/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The renderer runs sandboxed in Chromium: only types may come from src-main, and never
    // Electron, Node built-ins or Node globals (the preload's window.tls12 is its only way out).
    files: ['src-renderer/**/*.ts', 'src-renderer/**/*.svelte'],
    languageOptions: { globals: { ...nodeOnlyGlobalsOff, ...globals.browser } },
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer talks to main through window.tls12 only.' },
            ...builtinModules.map((name) => ({ name, message: 'No Node.js in the renderer.' })),
          ],
          patterns: [
            {
              group: ['**/src-main/**', '**/src-main'],
              message: 'The renderer imports only src-shared (types and data), never src-main.',
            },
            { group: ['node:*', 'electron/*'], message: 'No Node.js or Electron in the renderer.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['process', 'require', 'Buffer', 'global', '__dirname', '__filename', 'module'].map((name) => ({
          name,
          message: 'No Node.js globals in the renderer.',
        })),
      ],
    },
  },
);
