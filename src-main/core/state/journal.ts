import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeFileDurably } from '../files/durable-write.js';
import { NO_FOLDER_GUARD, untrustedFolder, type FolderGuard, type UntrustedFolder } from './folder-guard.js';
import { readJournalFile } from './journal-schema.js';
import { OperationLock } from './operation-lock.js';
import type { RegistryState } from './registry-state.js';

/** On disk while registry writes are in progress; its presence at start means a crash. */
export interface Journal {
  journalVersion: 1;
  operation: 'apply' | 'rollback';
  startedAt: string;
  pid: number;
  computerName: string;
  backupFile: string | null;
  /** The state to return to if the operation did not finish. */
  before: RegistryState;
}

/** False only when the file is certainly absent; a file that cannot even be looked up may be there. */
function mayExist(file: string): boolean {
  try {
    return fs.lstatSync(file, { throwIfNoEntry: false }) !== undefined;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOTDIR';
  }
}

export class JournalStore {
  readonly file: string;

  constructor(
    readonly folder: string,
    private readonly guard: FolderGuard = NO_FOLDER_GUARD,
  ) {
    this.file = path.join(folder, 'apply-journal.json');
  }

  /** The lock of this folder; taking it first makes the folder administrators-only. */
  lock(): OperationLock {
    return new OperationLock(this.folder, () => this.guard.secure(this.folder));
  }

  /** When a journal or lock is here in a folder others can change (or whose rights are unknown). */
  untrusted(lockFile: string): UntrustedFolder | null {
    const present = [this.file, lockFile].filter(mayExist);
    return untrustedFolder(this.guard, this.folder, present);
  }

  /** The journal, every field typed; null when there is none; JournalUnreadableError otherwise. */
  read(): Journal | null {
    return readJournalFile(this.file);
  }

  write(journal: Journal): void {
    fs.mkdirSync(this.folder, { recursive: true });
    writeFileDurably(this.file, JSON.stringify(journal, null, 2));
  }

  clear(): void {
    fs.rmSync(this.file, { force: true });
  }
}
