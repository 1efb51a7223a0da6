// Bundles the Electron-free command-line tool. native-reg stays external: it is resolved from
// node_modules at run time so that its win32 prebuilds are found next to it.
import { build } from 'esbuild';

await build({
  entryPoints: { cli: 'src-main/cli/cli-main.ts' },
  outdir: 'out',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // Electron 22's Node.js is 16: the CLI must run there too.
  target: 'node16',
  external: ['native-reg'],
  sourcemap: false,
  logLevel: 'warning',
});

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
