import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FolderGuardError } from './folder-guard.js';
import { MessageError } from '../../../src-shared/messages/message-error.js';
import { msg, type Msg } from '../../../src-shared/messages/messages.js';
import { readLockOwner as readOwner, type LockOwner } from './lock-schema.js';

/** Another copy of the tool is changing this computer: refused, nothing changed. */
export class LockedError extends MessageError {
  constructor(m: Msg) {
    super(m);
    this.name = 'LockedError';
  }
}

/** The lock file cannot be used at all (a folder in its place, no permission): refused. */
export class LockUnusableError extends LockedError {}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A takeover guard older than this was left by a copy that died while taking over (it takes milliseconds). */
const GUARD_STALE_MS = 10_000;

/**
 * One change at a time on a computer, across processes (the CLI and the wizard, two wizards):
 * a lock file beside the journal holding the owner's process id and a random token.
 *
 * - The lock file appears atomically with its content (written to a private file, then hard-linked
 *   into place, which fails if a lock exists): nobody ever sees an empty or half-written lock.
 * - A lock whose process is gone (a crash) is taken over, but only under a takeover guard (itself
 *   created exclusively) and after reading the lock again: two copies can never both remove a
 *   stale lock, and a fresh lock of a live copy is never removed.
 * - A copy releases only its own lock (its token); a lock that is not ours is left alone.
 */
export class OperationLock {
  readonly file: string;
  private readonly guard: string;

  /** `prepare` runs before the lock is taken: it secures the folder (folder-guard.ts). */
  constructor(
    folder: string,
    private readonly prepare: () => void = () => undefined,
  ) {
    this.file = path.join(folder, 'operation.lock');
    this.guard = `${this.file}.takeover`;
  }

  /** Runs fn while holding the lock; throws LockedError when another live process holds it. */
  hold<T>(fn: () => T): T {
    const token = this.acquire();
    try {
      return fn();
    } finally {
      this.release(token);
    }
  }

  private acquire(): string {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    try {
      this.prepare();
    } catch (error) {
      if (!(error instanceof FolderGuardError)) throw error;
      throw new LockUnusableError(
        msg('lock.folderNotSecured', { folder: path.dirname(this.file), detail: error.message }),
      );
    }
    const me: LockOwner = {
      pid: process.pid,
      token: randomBytes(16).toString('hex'),
      startedAt: new Date().toISOString(),
    };
    const draft = `${this.file}.${me.token}`;
    fs.writeFileSync(draft, JSON.stringify(me), { flag: 'wx' });
    try {
      for (let attempt = 0; attempt < 20; attempt++) {
        if (this.link(draft)) return me.token;
        const owner = readOwner(this.file);
        if (owner !== 'missing' && 'nonsense' in owner) throw this.unusable(owner.nonsense);
        if (owner !== 'missing' && alive(owner.pid)) {
          throw new LockedError(
            msg('lock.held', { pid: owner.pid, since: owner.startedAt, file: this.file }),
          );
        }
        this.takeOverStale(owner);
      }
    } finally {
      fs.rmSync(draft, { force: true });
    }
    throw new LockedError(msg('lock.notTaken', { file: this.file }));
  }

  /** The draft linked into place: true when the lock is now ours, false when one exists. */
  private link(draft: string): boolean {
    try {
      fs.linkSync(draft, this.file);
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') {
        // The holder may have released it since: then it is simply tried again.
        const st = fs.lstatSync(this.file, { throwIfNoEntry: false });
        if (st !== undefined && !st.isFile()) throw this.unusable('is not a file');
        return false;
      }
      throw this.unusable((error as Error).message);
    }
  }

  /** Removes a stale lock under the takeover guard, after checking again that it is still that one. */
  private takeOverStale(seen: LockOwner | 'missing'): void {
    try {
      fs.writeFileSync(this.guard, String(process.pid), { flag: 'wx' });
    } catch {
      // Another copy is taking over now, or died doing it: wait, or clear a guard that is old.
      const age = Date.now() - (fs.statSync(this.guard, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > GUARD_STALE_MS) fs.rmSync(this.guard, { force: true });
      else sleep(20);
      return;
    }
    try {
      const now = readOwner(this.file);
      const same =
        typeof now === 'object' &&
        'pid' in now &&
        typeof seen === 'object' &&
        now.pid === seen.pid &&
        now.token === seen.token;
      if (same && !alive(now.pid)) fs.rmSync(this.file, { force: true });
    } finally {
      fs.rmSync(this.guard, { force: true });
    }
  }

  private release(token: string): void {
    const owner = readOwner(this.file);
    if (typeof owner === 'object' && 'token' in owner && owner.token === token) {
      fs.rmSync(this.file, { force: true });
    }
  }

  private unusable(why: string): LockUnusableError {
    return new LockUnusableError(msg('lock.unusable', { file: this.file, detail: why }));
  }
}

/** A short synchronous wait (the lock is taken from synchronous code paths). */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Runs a change under the lock, but only with administrator rights. Without them nothing can be
 * written (apply and rollback refuse any change) and the folder cannot be made administrators-
 * only, so the work runs without the lock: it can only read, then refuse or say there is nothing
 * to change. Taking the lock there would fail at securing the folder instead.
 */
export function holdForChange<T>(lock: OperationLock, elevated: boolean, fn: () => T): T {
  return elevated ? lock.hold(fn) : fn();
}
