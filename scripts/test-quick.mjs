// npm run test:quick: the fast loop while iterating. Unit and renderer tests without the property,
// fuzz and slow files tagged in test/slow-tests.ts (npm test still runs everything). Extra
// arguments go to vitest, e.g. `npm run test:quick -- --project unit`.
import { spawnSync } from 'node:child_process';

const extra = process.argv.slice(2);
const projects = extra.some((a) => a === '--project' || a.startsWith('--project='))
  ? []
  : ['--project', 'unit', '--project', 'renderer'];
const started = Date.now();
const r = spawnSync('npx', ['vitest', 'run', ...projects, ...extra], {
  stdio: 'inherit',
  env: { ...process.env, TLS12_TEST_QUICK: '1' },
});
console.log(`\ntest:quick took ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(r.status ?? 1);
