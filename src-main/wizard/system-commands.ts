import { msg, said, type Msg } from '../../src-shared/messages/messages.js';
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

export function describeWusaExit(code: number): {
  ok: boolean;
  restartNeeded: boolean;
  msg: Msg;
} {
  switch (code) {
    case WUSA.installed:
      return { ok: true, restartNeeded: false, ...said(msg('kb.wusaInstalled', { restart: false })) };
    case WUSA.restartNeeded:
      return { ok: true, restartNeeded: true, ...said(msg('kb.wusaInstalled', { restart: true })) };
    case WUSA.alreadyInstalled:
      return { ok: true, restartNeeded: false, ...said(msg('kb.wusaAlready', {})) };
    case WUSA.notApplicable:
      return { ok: false, restartNeeded: false, ...said(msg('kb.wusaNotApplicable', {})) };
    default:
      return { ok: false, restartNeeded: false, ...said(msg('kb.wusaFailed', { code })) };
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
