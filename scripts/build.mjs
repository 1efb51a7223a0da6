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
