// The browser harness (out/harness.cjs): the wizard's real IPC handlers and core behind a
// loopback web server, so the built renderer runs in any browser with the same API as in
// Electron. `npm run demo` opens it on a simulated Windows; the end-to-end tests drive it with
// Playwright, also with the handlers running in the Windows node.exe under Wine.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { version } from '../../package.json';
import { defaultBackupFolder, simulationFolder, stateFolder } from '../core/files/folders.js';
import { nativeMachine } from '../core/native/native-machine.js';
import { findProfile, PROFILES } from '../core/simulation/profiles.js';
import { simulatedMachine } from '../core/simulation/simulated-machine.js';
import { JournalStore } from '../core/state/journal.js';
import { handlersFor } from '../ipc/dispatch.js';
import type { DesktopPlatform } from '../wizard/platform.js';
import { WizardService } from '../wizard/wizard-service.js';
import { startHarness, type Harness } from './harness-server.js';
import { simulatedPlatform } from './simulated-platform.js';

interface Options {
  simulate: string | null;
  fresh: boolean;
  notElevated: boolean;
  port: number;
  readyFile: string | null;
  pickFolder: string | null;
  pickFile: string | null;
  stick: string | null;
  backupDir: string | null;
  locale: string;
}

const HARNESS_OPTIONS = {
  simulate: { type: 'string' },
  native: { type: 'boolean' },
  fresh: { type: 'boolean' },
  'not-elevated': { type: 'boolean' },
  port: { type: 'string' },
  'ready-file': { type: 'string' },
  'pick-folder': { type: 'string' },
  'pick-file': { type: 'string' },
  stick: { type: 'string' },
  'backup-dir': { type: 'string' },
  locale: { type: 'string' },
} as const;

/** The harness's options, by node:util parseArgs (unknown options and missing values are errors). */
function parse(argv: string[]): Options {
  const { values: v } = parseArgs({
    args: argv,
    options: HARNESS_OPTIONS,
    strict: true,
    allowPositionals: false,
  });
  const port = Number(v.port ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0-65535, got ${v.port}`);
  return {
    simulate: v.native ? null : (v.simulate ?? (process.platform === 'win32' ? null : 'win7-sp1')),
    fresh: v.fresh ?? false,
    notElevated: v['not-elevated'] ?? false,
    port,
    readyFile: v['ready-file'] ?? null,
    pickFolder: v['pick-folder'] ?? null,
    pickFile: v['pick-file'] ?? null,
    stick: v.stick ?? null,
    backupDir: v['backup-dir'] ?? null,
    locale: v.locale ?? process.env.TLS12_WIZARD_LOCALE ?? Intl.DateTimeFormat().resolvedOptions().locale,
  };
}

async function main(): Promise<void> {
  const o = parse(process.argv.slice(2));
  const outDir = __dirname;
  let harness: Harness | null = null;
  const log = (line: string): void => {
    process.stderr.write(`[harness] ${line}\n`);
  };

  let service: WizardService;
  let platform: DesktopPlatform;
  const common = {
    toolVersion: version,
    locale: o.locale,
    onProgress: (e: Parameters<Harness['progress']>[0]) => harness?.progress(e),
  };
  if (o.simulate !== null) {
    const profile = findProfile(o.simulate);
    if (!profile)
      throw new Error(`unknown profile ${o.simulate}; profiles: ${PROFILES.map((p) => p.id).join(', ')}`);
    const folder = simulationFolder(profile.id);
    if (o.fresh) fs.rmSync(folder, { recursive: true, force: true });
    const machine = simulatedMachine(profile, {
      stateFile: path.join(folder, 'registry.json'),
      elevated: !o.notElevated,
    });
    const stick = o.stick ?? path.join(folder, 'stick');
    const backupFolder = o.backupDir ?? path.join(stick, 'TLS12-Backups');
    fs.mkdirSync(backupFolder, { recursive: true });
    platform = simulatedPlatform(machine, { pickFolder: o.pickFolder, pickFile: o.pickFile, log });
    service = new WizardService({
      ...common,
      machine,
      journal: new JournalStore(folder),
      platform,
      backupFolder,
      stickFolder: stick,
      simulation: { profile: profile.id, label: profile.label },
    });
  } else {
    // The real registry (Windows, or Wine in the end-to-end tests); desktop actions are simulated.
    platform = simulatedPlatform(null, { pickFolder: o.pickFolder, pickFile: o.pickFile, log });
    service = new WizardService({
      ...common,
      machine: nativeMachine(),
      journal: new JournalStore(stateFolder()),
      platform,
      backupFolder: o.backupDir ?? defaultBackupFolder(),
      stickFolder: o.stick,
      simulation: null,
    });
  }

  harness = await startHarness({
    handlers: handlersFor(service),
    rendererDir: path.join(outDir, 'renderer'),
    bridgeFile: path.join(outDir, 'harness-bridge.js'),
    port: o.port,
  });
  if (o.readyFile)
    fs.writeFileSync(o.readyFile, JSON.stringify({ url: harness.url, port: harness.port, pid: process.pid }));
  process.stdout.write(
    `TLS 1.2 Wizard (browser harness${o.simulate ? `, simulation ${o.simulate}` : ''}): ${harness.url}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`harness: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
