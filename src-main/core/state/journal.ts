import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeFileDurably } from '../files/durable-write.js';
import { readJournalFile } from './journal-schema.js';
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

export class JournalStore {
  readonly file: string;

  constructor(readonly folder: string) {
    this.file = path.join(folder, 'apply-journal.json');
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
