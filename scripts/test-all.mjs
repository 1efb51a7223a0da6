// The one test command (npm test): installs what the tests need (Wine, Chromium, the Windows
// node.exe), builds, checks types and style, then runs every test suite. It ends with a plain
// "N passed, N failed" line, summed over all suites.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';

const steps = [
  ['ensure test tools', 'node', ['scripts/ensure-test-tools.mjs']],
  ['build', 'node', ['scripts/build.mjs']],
  ['typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  [
    'svelte-check',
    'npx',
    ['svelte-check', '--tsconfig', './src-renderer/tsconfig.json', '--fail-on-warnings'],
  ],
  ['format', 'npx', ['prettier', '--check', '.']],
];

function run(label, cmd, args) {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\n${label} failed (exit ${r.status ?? r.signal}).`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

for (const [label, cmd, args] of steps) run(label, cmd, args);

fs.mkdirSync('test-output', { recursive: true });
console.log('\n=== tests: vitest run (all projects)');
const vitest = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-output/vitest.json'],
  { stdio: 'inherit' },
);
let passed = 0;
let failed = 0;
try {
  const report = JSON.parse(fs.readFileSync('test-output/vitest.json', 'utf8'));
  passed = report.numPassedTests;
  // A file that failed without a failing test (it did not load) counts once; a failing test is not
  // counted again for its describe blocks and file.
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed'),
  ).length;
  failed = report.numFailedTests + brokenFiles;
} catch {
  failed += 1;
}
if (vitest.status !== 0 && failed === 0) failed = 1;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && vitest.status === 0 ? 0 : 1);
