// npm run dist / npm run dist:legacy: build, write the third-party notices (failing on a licence
// outside the allowlist), report signing in one line, package with electron-builder.
//   node scripts/run-ts.mjs scripts/release/dist.ts <current|legacy> [--signed]
// --signed (for a release): refuse to build without a code-signing certificate, and let
// electron-builder fail on any file it cannot sign (forceCodeSigning).
import { spawnSync } from 'node:child_process';
import { BUILDS, isBuildName } from './builds.js';
import { NOTICES_FILE } from './notices.js';
import { writeNotices } from './release-files.js';
import { configurationFile, signingPlan } from './signing.js';

const root = process.cwd();
const [build, ...flags] = process.argv.slice(2);
const unknown = flags.filter((flag) => flag !== '--signed');
if (!isBuildName(build) || unknown.length > 0) {
  console.error('usage: dist.ts <current|legacy> [--signed]');
  process.exit(2);
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const plan = signingPlan(process.env, {
  requireSigned: flags.includes('--signed'),
  platform: process.platform,
});
if (plan.problems.length > 0) {
  for (const problem of plan.problems) console.error(`Code signing: ${problem}`);
  process.exit(2);
}

run(process.execPath, ['scripts/build.mjs']);
try {
  writeNotices(root, NOTICES_FILE);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
console.log(`${NOTICES_FILE} written (packaged as resources/THIRD-PARTY-NOTICES.txt).`);
console.log(plan.line);
const config = configurationFile(root, BUILDS[build].config, plan, build);
run('npx', ['electron-builder', '--win', '--config', config]);
