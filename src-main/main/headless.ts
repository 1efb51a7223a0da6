/**
 * The packaged executable without a window: `TLS12-Wizard.exe --cli audit|apply|rollback|detect ...`
 * runs the command-line tool's contract (same flags; the same exit codes, audit's readiness codes
 * 0 / 1 / 4 / 5 / 6 / 3010 included; same backups, journal and lock) for deployment tools: Intune Win32 apps, ConfigMgr applications, GPO
 * startup scripts, RMM agents (docs/deploy.md). A GUI-subsystem .exe has no console: --json-out FILE
 * and --log FILE (src-main/cli/output-files.ts) are where its result goes. The fleet commands
 * (export gpo, fleet) run on an administrator's workstation with out/cli.cjs and are not here.
 */
import { runWithOutputFiles } from '../cli/output-files.js';
import { runCli, type CliIo } from '../cli/run-cli.js';

export const HEADLESS_FLAG = '--cli';

/**
 * The arguments after --cli, or null for a normal (windowed) start. Everything before it is the
 * executable (and, unpackaged, Electron's app path).
 */
export function headlessArgs(argv: readonly string[]): string[] | null {
  const at = argv.indexOf(HEADLESS_FLAG);
  return at < 0 ? null : argv.slice(at + 1);
}

export interface HeadlessContext {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  version: string;
}

/** Runs one command without a window and returns the exit code for app.exit(). */
export function runHeadless(args: string[], context: HeadlessContext): number {
  // Nothing reaches a console: there is none. --log and --json-out capture it.
  const io: CliIo = { out: () => undefined, err: () => undefined, ...context };
  return runWithOutputFiles(args, io, runCli);
}
