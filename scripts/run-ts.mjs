// Runs one of the TypeScript tool scripts (scripts/release/*.ts) on Node.js 20, which cannot run
// TypeScript by itself: esbuild, the project's bundler, bundles the script (npm packages stay
// external and load from node_modules) into .cache/run-ts/, then Node.js runs that file with the
// remaining arguments. The scripts stay strict TypeScript, linted and importable by the tests.
//   node scripts/run-ts.mjs scripts/release/make-icon.ts [args...]
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...args] = process.argv.slice(2);
if (entry === undefined || !entry.endsWith('.ts')) {
  console.error('usage: node scripts/run-ts.mjs <script.ts> [arguments...]');
  process.exit(2);
}
const outfile = path.join(root, '.cache', 'run-ts', `${path.basename(entry, '.ts')}.cjs`);
await build({
  entryPoints: [path.resolve(entry)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, [outfile, ...args], { stdio: 'inherit' });
process.exit(run.status ?? 1);
