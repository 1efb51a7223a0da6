// The browser harness (out/harness.cjs): the wizard's real IPC handlers and core behind a
// loopback web server, so the built renderer runs in any browser with the same API as in
// Electron. `npm run demo` opens it on a simulated Windows; the end-to-end tests drive it with
// Playwright, also with the handlers running in the Windows node.exe under Wine.
import * as fs from 'node:fs';
import * as path from 'node:path';
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

function parse(argv: string[]): Options {
  const o: Options = {
    simulate: process.platform === 'win32' ? null : 'win7-sp1',
    fresh: false,
    notElevated: false,
    port: 0,
    readyFile: null,
    pickFolder: null,
    pickFile: null,
    stick: null,
    backupDir: null,
    locale: process.env.TLS12_WIZARD_LOCALE ?? Intl.DateTimeFormat().resolvedOptions().locale,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    switch (arg) {
      case '--simulate':
        o.simulate = value();
        break;
      case '--native':
        o.simulate = null;
        break;
      case '--fresh':
        o.fresh = true;
        break;
      case '--not-elevated':
        o.notElevated = true;
        break;
      case '--port':
        o.port = Number(value());
        break;
      case '--ready-file':
        o.readyFile = value();
        break;
      case '--pick-folder':
        o.pickFolder = value();
        break;
      case '--pick-file':
        o.pickFile = value();
        break;
      case '--stick':
        o.stick = value();
        break;
      case '--backup-dir':
        o.backupDir = value();
        break;
      case '--locale':
        o.locale = value();
        break;
      default:
        throw new Error(`unknown option ${arg}`);
    }
  }
  return o;
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
