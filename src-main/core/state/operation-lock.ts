import * as fs from 'node:fs';
import * as path from 'node:path';

/** Another copy of the tool is changing this computer: refused, nothing changed. */
export class LockedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LockedError';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One change at a time on a computer, across processes (the CLI and the wizard, two wizards):
 * a lock file beside the journal, created exclusively, holding the owner's process id. A lock
 * whose process is gone (a crash) is taken over.
 */
export class OperationLock {
  readonly file: string;

  constructor(folder: string) {
    this.file = path.join(folder, 'operation.lock');
  }

  /** Runs fn while holding the lock; throws LockedError when another live process holds it. */
  hold<T>(fn: () => T): T {
    this.acquire();
    try {
      return fn();
    } finally {
      fs.rmSync(this.file, { force: true });
    }
  }

  private acquire(): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const mine = JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() });
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        fs.writeFileSync(this.file, mine, { flag: 'wx' });
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      let owner: { pid?: unknown; startedAt?: unknown } = {};
      try {
        owner = JSON.parse(fs.readFileSync(this.file, 'utf8')) as typeof owner;
      } catch {
        // Unreadable or half-written: treated as stale below.
      }
      if (typeof owner.pid === 'number' && owner.pid !== process.pid && alive(owner.pid)) {
        throw new LockedError(
          `Another copy of the TLS 1.2 Wizard (process ${owner.pid}, since ${String(owner.startedAt)}) is changing this computer. Wait for it to finish, then try again. Nothing was changed.`,
        );
      }
      fs.rmSync(this.file, { force: true }); // stale: its process is gone
    }
    throw new LockedError('Could not take the lock for changing this computer. Nothing was changed.');
  }
}
