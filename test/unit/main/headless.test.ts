// The packaged executable's headless mode (TLS12-Wizard.exe --cli ...), through the real main.ts
// against a mocked `electron` module: the CLI contract runs, its exit code reaches app.exit, its
// result reaches --json-out / --log, and no window, single-instance lock or IPC is set up.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { headlessArgs } from '../../../src-main/main/headless.js';
import { tempFolder } from '../../support/sim.js';

const electron = vi.hoisted(() => ({
  exit: vi.fn(),
  requestSingleInstanceLock: vi.fn(() => true),
  whenReady: vi.fn(() => new Promise(() => undefined)),
  BrowserWindow: vi.fn(),
  registerSchemesAsPrivileged: vi.fn(),
}));

vi.mock('electron', () => ({
  app: {
    exit: electron.exit,
    quit: vi.fn(),
    requestSingleInstanceLock: electron.requestSingleInstanceLock,
    enableSandbox: vi.fn(),
    on: vi.fn(),
    whenReady: electron.whenReady,
    getLocale: () => 'en-US',
    isPackaged: true,
  },
  BrowserWindow: electron.BrowserWindow,
  ipcMain: { handle: vi.fn() },
  protocol: { registerSchemesAsPrivileged: electron.registerSchemesAsPrivileged, handle: vi.fn() },
  session: { defaultSession: {} },
  clipboard: { writeText: vi.fn() },
  dialog: { showOpenDialog: vi.fn() },
  shell: { openPath: vi.fn() },
}));

const EXE = 'C:\\Program Files\\TLS12-Wizard\\TLS12-Wizard.exe';
let saved: { argv: string[]; sim: string | undefined };
let root: string;

beforeEach(() => {
  saved = { argv: process.argv, sim: process.env.TLS12_WIZARD_SIM_DIR };
  root = tempFolder('tls12-headless');
  process.env.TLS12_WIZARD_SIM_DIR = path.join(root, 'sim');
  vi.resetModules();
  vi.clearAllMocks();
});
afterEach(() => {
  process.argv = saved.argv;
  if (saved.sim === undefined) delete process.env.TLS12_WIZARD_SIM_DIR;
  else process.env.TLS12_WIZARD_SIM_DIR = saved.sim;
});

/** Starts main.ts as `TLS12-Wizard.exe --cli <args>` and returns the code given to app.exit. */
async function start(args: string[]): Promise<number> {
  process.argv = [EXE, '--cli', ...args];
  await import('../../../src-main/main/main.js');
  expect(electron.exit).toHaveBeenCalledTimes(1);
  return electron.exit.mock.calls[0]?.[0] as number;
}

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
}

describe('headlessArgs', () => {
  it('takes what follows --cli, and is null for a windowed start', () => {
    expect(headlessArgs([EXE, '--cli', 'audit', '--json'])).toEqual(['audit', '--json']);
    expect(headlessArgs(['electron.exe', '.', '--cli', 'detect'])).toEqual(['detect']);
    expect(headlessArgs([EXE])).toBeNull();
    expect(headlessArgs([EXE, '--simulate=win10'])).toBeNull();
  });
});

describe('TLS12-Wizard.exe --cli', () => {
  it('audit: exit 1 (changes needed) to app.exit, the JSON and the text in files, no window', async () => {
    const json = path.join(root, 'out', 'audit.json');
    const log = path.join(root, 'out', 'audit.log');
    expect(await start(['audit', '--simulate', 'win7-sp1', '--json-out', json, '--log', log])).toBe(1);
    expect(readJson(json)).toMatchObject({ command: 'audit', exitCode: 1, plan: { effective: {} } });
    expect(fs.readFileSync(log, 'utf8')).toMatch(/SIMULATION: Windows 7 SP1[\s\S]*Exit code: 1\n$/);
    expect(electron.BrowserWindow).not.toHaveBeenCalled();
    expect(electron.requestSingleInstanceLock).not.toHaveBeenCalled();
    expect(electron.whenReady).not.toHaveBeenCalled();
  });

  it('apply: 3010 with a backup, audit: 6 (KB 3140245 missing), rollback from it: 3010, audit: 1 again', async () => {
    const backups = path.join(root, 'backups');
    fs.mkdirSync(backups);
    const applied = path.join(root, 'apply.json');
    expect(
      await start([
        'apply',
        '--yes',
        '--simulate',
        'win7-sp1',
        '--backup-dir',
        backups,
        '--json-out=' + applied,
      ]),
    ).toBe(3010);
    const result = readJson(applied).result as { backup: { jsonFile: string } };
    expect(fs.existsSync(result.backup.jsonFile)).toBe(true);

    vi.resetModules();
    vi.clearAllMocks();
    expect(await start(['audit', '--simulate', 'win7-sp1'])).toBe(6);
    vi.resetModules();
    vi.clearAllMocks();
    expect(
      await start(['rollback', '--yes', '--backup', result.backup.jsonFile, '--simulate', 'win7-sp1']),
    ).toBe(3010);
    vi.resetModules();
    vi.clearAllMocks();
    expect(await start(['audit', '--simulate', 'win7-sp1'])).toBe(1);
  });

  it('bad usage: exit 2, and --json-out still says why', async () => {
    const json = path.join(root, 'bad.json');
    expect(await start(['apply', '--simulate', 'win7-sp1', '--json-out', json])).toBe(2);
    expect(readJson(json)).toMatchObject({
      command: 'apply',
      exitCode: 2,
      error: expect.stringMatching(/--yes/),
    });
  });

  it('the fleet commands are not part of the executable: exit 2', async () => {
    const log = path.join(root, 'export.log');
    expect(await start(['export', 'gpo', '--out', root, '--log', log])).toBe(2);
    expect(fs.readFileSync(log, 'utf8')).toMatch(/Unknown command "export"/);
  });

  it('a --json-out that cannot be written does not change the exit code', async () => {
    const blocker = path.join(root, 'file');
    fs.writeFileSync(blocker, '');
    expect(await start(['audit', '--simulate', 'win10', '--json-out', path.join(blocker, 'x.json')])).toBe(1);
  });

  it('without --cli, the window starts as before (single-instance lock first)', async () => {
    process.argv = [EXE];
    await import('../../../src-main/main/main.js');
    expect(electron.requestSingleInstanceLock).toHaveBeenCalled();
    expect(electron.exit).not.toHaveBeenCalled();
  });
});
