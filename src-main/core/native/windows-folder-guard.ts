import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import type { Machine } from '../machine.js';
import { FolderGuardError, NO_FOLDER_GUARD, type FolderGuard } from '../state/folder-guard.js';
import { otherWritersIn } from '../state/sddl.js';

/** One program run: its full path (from System32, never from PATH) and arguments. */
export interface Command {
  file: string;
  args: string[];
  env?: Record<string, string>;
}

/** Runs a command; returns its standard output, throws when it exits with another code than 0. */
export type Runner = (command: Command) => string;

const ADMINISTRATORS = '*S-1-5-32-544';
const SYSTEM = '*S-1-5-18';

/**
 * Makes `folder` owned by Administrators, drops every explicit entry (also on what is in it), then
 * removes inheritance and grants full control to Administrators and SYSTEM only. Well-known SIDs,
 * never account names: those are localised.
 */
export function secureCommands(folder: string, system32: (exe: string) => string): Command[] {
  const icacls = system32('icacls.exe');
  return [
    { file: system32('takeown.exe'), args: ['/F', folder, '/A'] },
    { file: icacls, args: [folder, '/reset', '/T', '/C', '/Q'] },
    {
      file: icacls,
      args: [
        folder,
        '/inheritance:r',
        '/grant:r',
        `${ADMINISTRATORS}:(OI)(CI)F`,
        `${SYSTEM}:(OI)(CI)F`,
        '/Q',
      ],
    },
  ];
}

/**
 * The folder's owner and DACL in SDDL, from .NET's DirectorySecurity (Windows PowerShell 2.0 and
 * later): the same text in every language. The path goes in through the environment, never
 * through the command text.
 */
export function sddlCommand(folder: string, system32: (exe: string) => string): Command {
  const script =
    "(New-Object System.Security.AccessControl.DirectorySecurity($env:TLS12_WIZARD_ACL_PATH, 'Owner,Access')).GetSecurityDescriptorSddlForm('Owner,Access')";
  return {
    file: system32('WindowsPowerShell\\v1.0\\powershell.exe'),
    args: ['-NoProfile', '-NonInteractive', '-Command', script],
    env: { TLS12_WIZARD_ACL_PATH: folder },
  };
}

/** execFileSync without a shell, with a time limit; the output as text. */
export const runProgram: Runner = (c) =>
  execFileSync(c.file, c.args, {
    encoding: 'utf8',
    windowsHide: true,
    timeout: 60_000,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...c.env },
  });

function run(runner: Runner, command: Command): string {
  try {
    return runner(command);
  } catch (error) {
    const name = command.file.split('\\').pop() ?? command.file;
    throw new FolderGuardError(
      `${name} failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
  }
}

/** The guard of a real Windows: icacls and takeown to set, the SDDL to check. */
export function windowsFolderGuard(
  system32: (exe: string) => string,
  runner: Runner = runProgram,
): FolderGuard {
  return {
    secure(folder) {
      fs.mkdirSync(folder, { recursive: true });
      for (const command of secureCommands(folder, system32)) run(runner, command);
      // The read-back needs Windows PowerShell, which a fleet may block (AppLocker, constrained
      // language): takeown and icacls succeeded, so a read-back that cannot run does not stop the
      // change. A read-back that runs and finds other writers does.
      let sddl: string;
      try {
        sddl = run(runner, sddlCommand(folder, system32));
      } catch {
        return;
      }
      const left = otherWritersIn(sddl);
      if (left.length > 0) throw new FolderGuardError(`still writable by ${left.join(', ')}`);
    },
    otherWriters(folder) {
      return otherWritersIn(run(runner, sddlCommand(folder, system32)));
    },
  };
}

/**
 * The guard for this machine. Wine (HKLM\SOFTWARE\Wine, a key only an administrator can create)
 * has no takeown.exe, and its icacls.exe and powershell.exe are stubs: there is no folder
 * security to apply or read, so the guard is off there (SECURITY.md says so).
 */
export function folderGuardFor(machine: Machine, runner: Runner = runProgram): FolderGuard {
  const wine = machine.registry.keyExists({ hive: 'HKLM', view: '64', path: 'SOFTWARE\\Wine' });
  return wine ? NO_FOLDER_GUARD : windowsFolderGuard((exe) => machine.files.systemFilePath(exe), runner);
}
