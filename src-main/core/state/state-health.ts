import { english, msg, type Msg } from '../../../src-shared/messages/messages.js';
import { untrustedFolderMessage, type UntrustedFolder } from './folder-guard.js';
import type { Journal, JournalStore } from './journal.js';
import { JournalUnreadableError } from './journal-schema.js';
import { readLockOwner } from './lock-schema.js';

/**
 * What a command finds in the state folder before it starts: the journal and the
 * lock live in a folder other accounts may write, so either can be damaged or planted. Nothing
 * here throws: a read-only command goes on and says what is wrong and where; a command that
 * changes something is refused (exit 2) with the file and what to do.
 */
export interface StateCheck {
  /** A readable journal of an interrupted change, to repair first. */
  journal: Journal | null;
  /** What cannot be used, by code: each names the file. */
  problems: Msg[];
  /** A journal or lock in a folder others can change: not read, not trusted. */
  untrustedFolder: UntrustedFolder | null;
}

export function checkState(store: JournalStore, lockFile: string): StateCheck {
  // Before anything in the folder is read: a planted journal would pass every other check.
  const untrusted = store.untrusted(lockFile);
  if (untrusted !== null) {
    const m = untrustedFolderMessage(untrusted);
    return { journal: null, problems: [m], untrustedFolder: untrusted };
  }
  const problems: Msg[] = [];
  let journal: Journal | null = null;
  try {
    journal = store.read();
  } catch (error) {
    if (!(error instanceof JournalUnreadableError)) throw error;
    problems.push(error.msg);
  }
  const owner = readLockOwner(lockFile);
  if (owner !== 'missing' && 'nonsense' in owner) {
    problems.push(msg('state.lockUnusable', { file: lockFile, detail: owner.nonsense }));
  }
  return { journal, problems, untrustedFolder: null };
}

/** For a read-only command: what it still shows, with the problems named first. */
export function readOnlyNotes(check: StateCheck): string[] {
  return check.problems.map(
    (p) => `WARNING: ${english(p)} Reading this computer still works; changing it does not until then.`,
  );
}

/** For a command that changes something: the refusal, or null when it may go on. */
export function changeRefusal(check: StateCheck): Msg | null {
  return check.problems.length === 0 ? null : msg('state.refused', { problems: check.problems });
}
