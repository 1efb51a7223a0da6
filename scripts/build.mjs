// npm run build: every bundle in out/. native-reg stays external in the Node bundles: it is
// resolved from node_modules at run time, so that its win32 prebuilds are found next to it.
import * as fs from 'node:fs';
import { build } from 'esbuild';

/** One esbuild bundle into out/, quiet unless something is wrong. */
const bundle = (options) =>
  build({ outdir: 'out', bundle: true, sourcemap: false, logLevel: 'warning', ...options });
/** CommonJS for Electron 22's Node.js 16 (the legacy build's main process runs there too). */
const node16 = { outExtension: { '.js': '.cjs' }, platform: 'node', format: 'cjs', target: 'node16' };

await bundle({
  ...node16,
  entryPoints: {
    cli: 'src-main/cli/cli-main.ts',
    harness: 'src-main/harness/harness-main.ts',
    main: 'src-main/main/main.ts',
  },
  external: ['native-reg', 'electron'],
});

// The sandboxed preload: one CommonJS file that requires nothing but electron (Chromium 108).
await bundle({
  ...node16,
  entryPoints: { preload: 'src-main/preload/preload.ts' },
  target: 'chrome108',
  external: ['electron'],
});

// The browser harness's stand-in for the preload (a classic script).
await bundle({
  entryPoints: { 'harness-bridge': 'src-main/harness/harness-bridge.ts' },
  platform: 'browser',
  format: 'iife',
  target: 'chrome108',
});

// The renderer (Svelte 5, Vite; target chrome108).
if (fs.existsSync('src-renderer/index.html')) {
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: 'vite.renderer.config.mts', logLevel: 'warn' });
}

// The benchmark: its Windows part (run by node.exe under Wine) and its Linux driver.
if (process.argv.includes('--bench')) {
  await bundle({
    ...node16,
    entryPoints: { 'bench-registry': 'scripts/bench/registry-bench.ts' },
    external: ['native-reg'],
  });
  await bundle({
    entryPoints: { 'bench-runner': 'scripts/bench/run-bench.ts' },
    outExtension: { '.js': '.mjs' },
    platform: 'node',
    format: 'esm',
    target: 'node20',
  });
}

// docs/windows-matrix.md from the catalogue (npm run docs:matrix).
if (process.argv.includes('--docs')) {
  await bundle({
    entryPoints: { 'windows-matrix': 'scripts/windows-matrix.ts' },
    platform: 'node',
    format: 'esm',
    outExtension: { '.js': '.mjs' },
    target: 'node20',
  });
}
