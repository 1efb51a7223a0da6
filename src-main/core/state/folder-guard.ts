import { msg, type Msg } from '../../../src-shared/messages/messages.js';
/**
 * The state folder's guard: the journal and the lock live in
 * %ProgramData%\TLS12-Wizard, which local users could create or write. The folder is made
 * administrators- and SYSTEM-only when the tool takes its lock, and a journal or lock found in a
 * folder that others can change is not trusted. The port: the native one is Windows' (icacls,
 * takeown, the folder's SDDL); the simulation and the tests use their own.
 */
export interface FolderGuard {
  /** Creates `folder` if needed and makes it writable by administrators and SYSTEM only. */
  secure(folder: string): void;
  /** Who else can change `folder` ("Users", "owner: S-1-5-21-..."); [] when nobody. */
  otherWriters(folder: string): string[];
}

/** The folder's rights could not be read or set: nothing in it is trusted, nothing is changed. */
export class FolderGuardError extends Error {}

/** Ordinary folders (a simulation's, a test's): nothing to check or set. */
export const NO_FOLDER_GUARD: FolderGuard = { secure: () => undefined, otherWriters: () => [] };

/** Why the state files in `folder` are not trusted, as data: who else can write, or why unknown. */
export interface UntrustedFolder {
  folder: string;
  files: string[];
  /** null when the rights could not be read. */
  otherWriters: string[] | null;
  reason: string | null;
}

/** The English sentence for an untrusted state folder (one place, for the CLI and the wizard). */
export function untrustedFolderMessage(u: UntrustedFolder): Msg {
  return msg('state.untrustedFolder', {
    folder: u.folder,
    files: u.files,
    otherWriters: u.otherWriters,
    reason: u.reason,
  });
}

/** The state files in `folder` that exist, and whether they can be trusted; null when they can. */
export function untrustedFolder(
  guard: FolderGuard,
  folder: string,
  present: string[],
): UntrustedFolder | null {
  if (present.length === 0) return null;
  try {
    const others = guard.otherWriters(folder);
    return others.length === 0 ? null : { folder, files: present, otherWriters: others, reason: null };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { folder, files: present, otherWriters: null, reason };
  }
}
