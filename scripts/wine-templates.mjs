// The template Wine prefixes the Wine tests clone (see ensure-wine.mjs): one recipe per kind of
// Windows, built once and stamped with the Wine version and the recipe number.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { EnsureError, log, run, spawnToFiles } from './lib/ensure-tools.mjs';
import { toWinPath, wineEnv } from './lib/wine-env.mjs';

/** Bump when the recipe below changes: templates with another recipe number are rebuilt. */
export const TEMPLATE_RECIPE = 3;
const TEMPLATE_STAMP = '.harness-template.json';
export const KINDS = ['win7', 'win8', 'win81', 'win2008r2', 'win10', 'win11', 'server2022'];
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
const NDP_KEY = 'HKLM\\SOFTWARE\\Microsoft\\NET Framework Setup\\NDP';
/**
 * Wine has no .NET Framework; the tool sets a runtime's .NET values only where it is installed.
 * Every template gets the setup keys of .NET 3.5 and 4.8 (Release 528040), as on a patched
 * machine; a test removes them where it needs a machine without one.
 */
const DOTNET_SETUP = [
  [`${NDP_KEY}\\v2.0.50727`, 'Install', 1],
  [`${NDP_KEY}\\v3.5`, 'Install', 1],
  [`${NDP_KEY}\\v4\\Full`, 'Install', 1],
  [`${NDP_KEY}\\v4\\Full`, 'Release', 528040],
];

/** The environment for every Wine call (same rules as test/wine/harness.ts). */
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
  for (const [key, name, data] of DOTNET_SETUP) {
    for (const view of ['64', '32']) {
      step(`reg add "${key}" /v ${name} /t REG_DWORD /d ${data} /f /reg:${view}`, `set ${key} ${name}`);
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

function buildTemplate(templatesDir, kind, wine) {
  const finalDir = path.join(templatesDir, kind);
  const workDir = path.join(templatesDir, `${kind}.building-${process.pid}`);
  fs.mkdirSync(templatesDir, { recursive: true });
  fs.rmSync(workDir, { recursive: true, force: true });
  const env = wineEnv(workDir);
  const started = Date.now();
  log(
    `building template prefix ${kind} in ${path.relative(process.cwd(), finalDir)} (about ${kind === 'win7' ? 10 : 5} s)`,
  );
  try {
    if (kind === 'win7') {
      run(`wineboot -i for the ${kind} template failed`, 'wine', ['wineboot', '-i'], { env });
    } else {
      // Every other kind starts from the win7 template: skips a second wineboot (~6 s).
      const base = path.join(templatesDir, 'win7');
      if (!templateIsFresh(base, 'win7', wine)) buildTemplate(templatesDir, 'win7', wine);
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

/**
 * Wine's cmd sometimes fails to start a program at all under load ("Can't recognize 'reg add …'
 * as an internal or external command", seen once in CI): a failed build is tried once more from
 * scratch (buildTemplate cleans up after itself) before it counts.
 */
function buildWithRetry(templatesDir, kind, wine) {
  try {
    buildTemplate(templatesDir, kind, wine);
  } catch (error) {
    if (!(error instanceof EnsureError)) throw error;
    log(`building template ${kind} failed, trying once more: ${error.message.split('\n')[0]}`);
    buildTemplate(templatesDir, kind, wine);
  }
}

/** Builds each template of `kinds` in templatesDir unless it is up to date for this Wine and recipe. */
export function ensureTemplates(templatesDir, kinds, wine) {
  for (const kind of kinds) {
    const dir = path.join(templatesDir, kind);
    if (templateIsFresh(dir, kind, wine)) {
      log(`template ${kind} up to date (${wine}, recipe ${TEMPLATE_RECIPE})`);
    } else {
      buildWithRetry(templatesDir, kind, wine);
    }
  }
}
