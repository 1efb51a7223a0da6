import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import svelte from 'eslint-plugin-svelte';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import svelteConfig from './svelte.config.js';

// Node-only globals switched off again for the renderer (the base config allows them everywhere).
const nodeOnlyGlobalsOff = Object.fromEntries(
  Object.keys(globals.node)
    .filter((name) => !(name in globals.browser))
    .map((name) => [name, 'off']),
);

/**
 * The layers (README "Layout") as allowlists: each folder names what it MAY import, and
 * everything else is refused. A folder of src-main that is not listed may import nothing outside
 * itself (nor may a new top-level src-* folder), so a new folder must be given its place here
 * before it can use the core.
 * Targets: another layer (its folder), 'src-shared', 'node' (built-ins), 'electron', 'root' (a file
 * at the repository's top, e.g. package.json for the version), or an npm package by name.
 * src-renderer has its own rule below (types only from src-main, never Node.js or Electron).
 */
const LAYERS = {
  'src-shared': { may: [], why: 'src-shared is pure: types and data both sides import.' },
  'src-main/core': {
    may: ['src-shared', 'node', 'native-reg', 'valibot', 'fast-xml-parser'],
    why: 'The core imports nothing above it.',
  },
  'src-main/use-cases': {
    may: ['src-shared', 'src-main/core', 'node'],
    why: 'The use cases are written once over the core; the CLI and the wizard service call them.',
  },
  'src-main/composition': {
    may: ['src-shared', 'src-main/core', 'node'],
    why: 'The composition root builds machines from the core only.',
  },
  'src-main/cli': {
    may: ['src-shared', 'src-main/core', 'src-main/use-cases', 'src-main/composition', 'node', 'root'],
    why: 'The CLI uses the use cases, the core and the composition root.',
  },
  'src-main/wizard': {
    may: ['src-shared', 'src-main/core', 'src-main/use-cases', 'node'],
    why: 'The wizard service uses the use cases, the core and src-shared; IPC and Electron sit above it.',
  },
  'src-main/ipc': {
    may: ['src-shared', 'src-main/core', 'src-main/use-cases', 'src-main/wizard', 'node', 'valibot'],
    why: 'IPC imports the core, src-shared and the service interface.',
  },
  'src-main/serving': { may: ['src-shared', 'node'], why: 'Serving the renderer needs no core.' },
  'src-main/main': {
    may: [
      'src-shared',
      'src-main/core',
      'src-main/use-cases',
      'src-main/composition',
      'src-main/wizard',
      'src-main/ipc',
      'src-main/serving',
      'src-main/cli',
      'node',
      'electron',
      'root',
    ],
    why: 'Electron main: glue over the services (and the CLI, for --cli).',
  },
  'src-main/harness': {
    may: [
      'src-shared',
      'src-main/core',
      'src-main/use-cases',
      'src-main/composition',
      'src-main/wizard',
      'src-main/ipc',
      'src-main/serving',
      'node',
      'root',
    ],
    why: 'The harness: the services behind a web server.',
  },
  'src-main/preload': {
    may: ['src-shared', 'src-main/ipc', 'electron'],
    why: 'The sandboxed preload: the IPC contract only.',
  },
};

const BUILTINS = new Set(builtinModules);

/** The layer a repository-relative path belongs to: a listed folder, else its own top folder. */
function layerOf(rel) {
  const listed = Object.keys(LAYERS).find((l) => rel === l || rel.startsWith(`${l}/`));
  if (listed) return listed;
  const parts = rel.split('/');
  if (parts.length === 1) return 'root';
  // src-main/<folder> for an unlisted folder of src-main (allowed nothing), else the top folder.
  return parts[0] === 'src-main' && parts.length > 2 ? `src-main/${parts[1]}` : parts[0];
}

/** What an import specifier reaches from `file`: a layer, 'node', 'electron' or a package name. */
function targetOf(file, spec, cwd) {
  if (spec.startsWith('node:') || BUILTINS.has(spec.split('/')[0])) return 'node';
  if (spec.startsWith('.')) {
    const rel = path
      .relative(cwd, path.resolve(path.dirname(file), spec))
      .split(path.sep)
      .join('/');
    return layerOf(rel);
  }
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const layersPlugin = {
  rules: {
    allowlist: {
      meta: { type: 'problem', schema: [], messages: { refused: '{{message}}' } },
      create(context) {
        const cwd = context.cwd;
        const file = context.filename;
        const own = layerOf(path.relative(cwd, file).split(path.sep).join('/'));
        const rule = LAYERS[own] ?? {
          may: [],
          why: `${own} is not in the layer allowlist (eslint.config.mjs): it may import nothing outside itself.`,
        };
        function check(node, source) {
          if (!source || typeof source.value !== 'string') return;
          const target = targetOf(file, source.value, cwd);
          if (target === own || rule.may.includes(target)) return;
          context.report({
            node,
            messageId: 'refused',
            data: {
              message: `${own} may not import ${target} ('${source.value}'). ${rule.why} Allowed: ${rule.may.join(', ') || 'nothing outside itself'}. (layer allowlist)`,
            },
          });
        }
        return {
          ImportDeclaration: (node) => check(node, node.source),
          ExportNamedDeclaration: (node) => check(node, node.source),
          ExportAllDeclaration: (node) => check(node, node.source),
          ImportExpression: (node) => check(node, node.source.type === 'Literal' ? node.source : null),
          CallExpression: (node) => {
            if (
              node.callee.type === 'Identifier' &&
              node.callee.name === 'require' &&
              node.arguments[0]?.type === 'Literal'
            )
              check(node, node.arguments[0]);
          },
        };
      },
    },
  },
};

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
  // Layers, enforced as allowlists (LAYERS above): every TypeScript file of every src-* folder, a
  // new one included; the renderer has its own rule below.
  {
    files: ['src-*/**/*.ts'],
    ignores: ['src-renderer/**'],
    plugins: { layers: layersPlugin },
    rules: { 'layers/allowlist': 'error' },
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
