// Bundles the Electron-free command-line tool. native-reg stays external: it is resolved from
// node_modules at run time so that its win32 prebuilds are found next to it.
import * as fs from 'node:fs';
import { build } from 'esbuild';

await build({
  entryPoints: {
    cli: 'src-main/cli/cli-main.ts',
    harness: 'src-main/harness/harness-main.ts',
    main: 'src-main/main/main.ts',
  },
  outdir: 'out',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // Electron 22's Node.js is 16: the CLI must run there too.
  target: 'node16',
  external: ['native-reg', 'electron'],
  sourcemap: false,
  logLevel: 'warning',
});

// The sandboxed preload: one CommonJS file that requires nothing but electron.
await build({
  entryPoints: { preload: 'src-main/preload/preload.ts' },
  outdir: 'out',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'chrome108',
  external: ['electron'],
  logLevel: 'warning',
});

// The browser harness's stand-in for the preload (a classic script).
await build({
  entryPoints: { 'harness-bridge': 'src-main/harness/harness-bridge.ts' },
  outdir: 'out',
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'chrome108',
  logLevel: 'warning',
});

// The renderer (Svelte), when it exists.
if (fs.existsSync('src-renderer/index.html')) {
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: 'vite.renderer.config.mts', logLevel: 'warn' });
}

// The benchmark: its Windows part (run by node.exe under Wine) and its Linux driver.
if (process.argv.includes('--bench')) {
  await build({
    entryPoints: { 'bench-registry': 'scripts/bench/registry-bench.ts' },
    outdir: 'out',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node16',
    external: ['native-reg'],
    logLevel: 'warning',
  });
  await build({
    entryPoints: { 'bench-runner': 'scripts/bench/run-bench.ts' },
    outdir: 'out',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
}
