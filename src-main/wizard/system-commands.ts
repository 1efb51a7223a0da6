import * as path from 'node:path';

/** wusa.exe installs an .msu offline; these are its documented exit codes. */
export const WUSA = {
  installed: 0,
  restartNeeded: 3010,
  alreadyInstalled: 2359302,
  notApplicable: 2149842967,
} as const;

export function wusaCommand(systemRoot: string, msu: string): { file: string; args: string[] } {
  return { file: path.win32.join(systemRoot, 'System32', 'wusa.exe'), args: [msu, '/quiet', '/norestart'] };
}

export function describeWusaExit(code: number): { ok: boolean; restartNeeded: boolean; message: string } {
  switch (code) {
    case WUSA.installed:
      return { ok: true, restartNeeded: false, message: 'KB 3140245 was installed.' };
    case WUSA.restartNeeded:
      return {
        ok: true,
        restartNeeded: true,
        message: 'KB 3140245 was installed. Restart the computer to finish.',
      };
    case WUSA.alreadyInstalled:
      return { ok: true, restartNeeded: false, message: 'KB 3140245 is already installed.' };
    case WUSA.notApplicable:
      return {
        ok: false,
        restartNeeded: false,
        message: 'This update does not apply to this computer (wrong Windows version or architecture).',
      };
    default:
      return {
        ok: false,
        restartNeeded: false,
        message: `wusa.exe failed with code ${code} (0x${(code >>> 0).toString(16)}).`,
      };
  }
}

/** A restart with a short delay and a reason Windows shows and logs. */
export function restartCommand(systemRoot: string): { file: string; args: string[] } {
  return {
    file: path.win32.join(systemRoot, 'System32', 'shutdown.exe'),
    args: ['/r', '/t', '5', '/d', 'p:2:17', '/c', 'TLS 1.2 Wizard: restart to apply TLS settings'],
  };
}

/**
 * Starts `exe` again through UAC. PowerShell's Start-Process -Verb RunAs is the one built-in way
 * to ask for elevation from a non-elevated process; it fails (exit 1) when the prompt is declined.
 */
export function elevatedRelaunchCommand(exe: string): { file: string; args: string[] } {
  const quoted = `'${exe.replace(/'/g, "''")}'`;
  return {
    file: 'powershell.exe',
    args: [
      '-NoProfile',
      '-NonInteractive',
      '-ExecutionPolicy',
      'Bypass',
      '-Command',
      `Start-Process -FilePath ${quoted} -Verb RunAs`,
    ],
  };
}
