import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const APP_FOLDER = 'TLS12-Wizard';

/** Where a simulated machine keeps its registry, journal and backups between runs. */
export function simulationFolder(profile: string, env = process.env): string {
  return path.join(env.TLS12_WIZARD_SIM_DIR ?? path.join(os.tmpdir(), 'tls12-wizard-sim'), profile);
}

/** Where the journal lives: on the computer itself (%ProgramData%), so a crash is found next time. */
export function stateFolder(env = process.env): string {
  if (env.TLS12_WIZARD_STATE_DIR) return env.TLS12_WIZARD_STATE_DIR;
  return path.win32.join(env.ProgramData ?? 'C:\\ProgramData', APP_FOLDER);
}

/**
 * The default backup folder: beside the portable executable (the USB stick), else
 * %ProgramData%. A default folder is created; a folder the technician named must exist.
 */
export function defaultBackupFolder(env = process.env): string {
  const stick = env.PORTABLE_EXECUTABLE_DIR;
  const folder = stick
    ? path.win32.join(stick, 'TLS12-Backups')
    : path.win32.join(env.ProgramData ?? 'C:\\ProgramData', APP_FOLDER, 'Backups');
  try {
    fs.mkdirSync(folder, { recursive: true });
  } catch {
    // Reported by the backup step, with what to do about it.
  }
  return folder;
}
