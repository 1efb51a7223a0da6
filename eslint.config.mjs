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
  {
    // The core must stay Electron-free and must never reach into the renderer.
    files: ['src-main/core/**/*.ts', 'src-main/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['electron', '**/src-renderer/**'], message: 'The core is Electron-free.' }] },
      ],
    },
  },
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
              group: ['**/src-main/**'],
              allowTypeImports: true,
              message: 'The renderer may import only types from src-main (use "import type").',
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
