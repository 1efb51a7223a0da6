// npm run build: every bundle in out/. native-reg stays external in the Node bundles: it is
// resolved from node_modules at run time, so that its win32 prebuilds are found next to it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { build } from 'esbuild';

/** One esbuild bundle into out/, quiet unless something is wrong. */
const bundle = (options) =>
  build({ outdir: 'out', bundle: true, sourcemap: false, logLevel: 'warning', ...options });
/** CommonJS for Electron 22's Node.js 16 (the legacy build's main process runs there too). */
const node16 = { outExtension: { '.js': '.cjs' }, platform: 'node', format: 'cjs', target: 'node16' };

/** The npm packages inside the shipped bundles (out/main.cjs, out/preload.cjs, out/renderer), by
 *  name and version: written to out/bundled-packages.json for the SBOM and the third-party notices
 *  (scripts/release/). Not shipped itself. */
const bundled = new Map();
function recordModule(modulePath, into) {
  const file = path.resolve(modulePath.replace(/^\0/, '').replace(/\?.*$/, ''));
  const root = /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(file)?.[1];
  if (root === undefined) return;
  const { name, version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const entry = bundled.get(`${name}@${version}`) ?? { name, version, into: [] };
  if (!entry.into.includes(into)) entry.into.push(into);
  bundled.set(`${name}@${version}`, entry);
}
const recordOutput = (result, output) => {
  for (const input of Object.keys(result.metafile.outputs[output].inputs)) recordModule(input, output);
};

const nodeBundles = await bundle({
  ...node16,
  entryPoints: {
    cli: 'src-main/cli/cli-main.ts',
    harness: 'src-main/harness/harness-main.ts',
    main: 'src-main/main/main.ts',
  },
  external: ['native-reg', 'electron'],
  metafile: true,
});
recordOutput(nodeBundles, 'out/main.cjs');

// The sandboxed preload: one CommonJS file that requires nothing but electron (Chromium 108).
const preloadBundle = await bundle({
  ...node16,
  entryPoints: { preload: 'src-main/preload/preload.ts' },
  target: 'chrome108',
  external: ['electron'],
  metafile: true,
});
recordOutput(preloadBundle, 'out/preload.cjs');

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
  const renderer = await viteBuild({ configFile: 'vite.renderer.config.mts', logLevel: 'warn' });
  for (const { output } of Array.isArray(renderer) ? renderer : [renderer]) {
    for (const chunk of output) {
      if (chunk.type !== 'chunk') continue;
      for (const id of Object.keys(chunk.modules)) recordModule(id, 'out/renderer');
    }
  }
}
const packages = [...bundled.values()].sort((a, b) => a.name.localeCompare(b.name));
fs.writeFileSync('out/bundled-packages.json', `${JSON.stringify({ packages }, null, 2)}\n`);

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
