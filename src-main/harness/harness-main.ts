// The browser harness (out/harness.cjs): the wizard's real IPC handlers and core behind a
// loopback web server, so the built renderer runs in any browser with the same API as in
// Electron. `npm run demo` opens it on a simulated Windows; the end-to-end tests drive it with
// Playwright, also with the handlers running in the Windows node.exe under Wine.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { version } from '../../package.json';
import { composeMachine } from '../composition/compose-machine.js';
import { handlersFor } from '../ipc/dispatch.js';
import { WizardService } from '../wizard/wizard-service.js';
import { startHarness, type Harness } from './harness-server.js';
import { simulatedPlatform } from '../wizard/simulated-platform.js';

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

  const composed = composeMachine({
    simulate: o.simulate,
    fresh: o.fresh,
    notElevated: o.notElevated,
    backupDir: o.backupDir,
    stickFolder: o.stick,
    env: process.env,
    platform: process.platform,
  });
  // Desktop actions are simulated: on a simulated machine (updates install into it), and on the
  // real registry of Windows or Wine in the end-to-end tests.
  const platform = simulatedPlatform(composed.simulated, {
    pickFolder: o.pickFolder,
    pickFile: o.pickFile,
    log,
  });
  const service = new WizardService({
    toolVersion: version,
    locale: o.locale,
    onProgress: (e) => harness?.progress(e),
    machine: composed.machine,
    journal: composed.journal,
    platform,
    backupFolder: composed.backupFolder,
    stickFolder: composed.stickFolder,
    simulation: composed.simulation,
  });

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
