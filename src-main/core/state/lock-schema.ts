import * as v from 'valibot';
import { parseWith, text } from '../backup/backup-schema.js';
import { readUntrustedJson, UntrustedFileError, type DocumentLimits } from '../files/read-untrusted.js';

/** A lock file is one small object. */
export const LOCK_LIMITS: DocumentLimits = { maxBytes: 4096, maxDepth: 1, maxString: 128, maxItems: 8 };

/** Every field of a lock file, typed. A lock of an older version has no token. */
export const lockShape = v.strictObject({
  pid: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(2 ** 32 - 1)),
  token: v.optional(text(128)),
  startedAt: text(64),
});

export interface LockOwner {
  pid: number;
  token: string;
  startedAt: string;
}

/** The owner of a lock; 'missing' when there is none; a sentence saying why it is nonsense. */
export type ReadOwner = LockOwner | 'missing' | { nonsense: string };

/** Reads a lock file as the untrusted document it is (regular file, bounded, every field typed). */
export function readLockOwner(file: string): ReadOwner {
  let raw: unknown;
  try {
    raw = readUntrustedJson(file, LOCK_LIMITS);
  } catch (error) {
    if (error instanceof UntrustedFileError && error.problem === 'not-found') return 'missing';
    const message = error instanceof Error ? error.message : String(error);
    return { nonsense: message.replace(`${file} `, 'it ').replace(/\.$/, '') };
  }
  const parsed = parseWith(lockShape, raw);
  if (!parsed.ok) return { nonsense: `it names no owner: ${parsed.problem}` };
  return { pid: parsed.value.pid, token: parsed.value.token ?? '', startedAt: parsed.value.startedAt };
}
