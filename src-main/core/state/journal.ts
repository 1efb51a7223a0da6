import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeFileDurably } from '../files/durable-write.js';
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

  read(): Journal | null {
    let text: string;
    try {
      text = fs.readFileSync(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    const parsed = JSON.parse(text) as Journal;
    if (parsed.journalVersion !== 1 || !parsed.before || !Array.isArray(parsed.before.values)) {
      throw new Error(`The journal ${this.file} is not one this version can read.`);
    }
    return parsed;
  }

  write(journal: Journal): void {
    fs.mkdirSync(this.folder, { recursive: true });
    writeFileDurably(this.file, JSON.stringify(journal, null, 2));
  }

  clear(): void {
    fs.rmSync(this.file, { force: true });
  }
}
