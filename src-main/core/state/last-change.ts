/**
 * The tool's last finished change on this computer, kept in the state folder beside the journal:
 * when it finished, whether it needs a restart and which groups it changed. The readiness model
 * compares it with the last boot (a change is active only after a restart); the journal cannot
 * hold it, since it exists only while the writes run. Read as untrusted input like the journal,
 * bounded and typed; a file that is there but cannot be used is told apart from none, so that the
 * verdict says it cannot tell rather than call the PC ready.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v from 'valibot';
import { GROUPS } from '../../../src-shared/groups.js';
import { writeFileDurably } from '../files/durable-write.js';
import { readUntrustedJson, UntrustedFileError } from '../files/read-untrusted.js';

export const LAST_CHANGE_FILE = 'last-change.json';

const shape = v.strictObject({
  lastChangeVersion: v.literal(1),
  operation: v.picklist(['apply', 'rollback']),
  finishedAt: v.pipe(v.string(), v.isoTimestamp()),
  computerName: v.pipe(v.string(), v.maxLength(256)),
  restartNeeded: v.boolean(),
  groups: v.pipe(v.array(v.picklist(GROUPS)), v.maxLength(GROUPS.length)),
});

export type LastChange = Omit<v.InferOutput<typeof shape>, 'lastChangeVersion'>;

export function writeLastChange(folder: string, change: LastChange): void {
  fs.mkdirSync(folder, { recursive: true });
  writeFileDurably(
    path.join(folder, LAST_CHANGE_FILE),
    JSON.stringify({ lastChangeVersion: 1, ...change }, null, 2),
  );
}

/**
 * The record; null when there is none; `unusable` (with why) when a file is there that cannot be
 * used (malformed, too large, another computer's): the readiness model then cannot tell whether a
 * restart is pending, and says so rather than call the PC ready.
 */
export function readLastChange(
  folder: string,
  computerName: string,
): LastChange | null | { unusable: string } {
  let raw: unknown;
  try {
    raw = readUntrustedJson(path.join(folder, LAST_CHANGE_FILE), {
      maxBytes: 4096,
      maxDepth: 2,
      maxString: 256,
      maxItems: 16,
    });
  } catch (error) {
    if (error instanceof UntrustedFileError && error.problem === 'not-found') return null;
    return { unusable: error instanceof Error ? error.message : String(error) };
  }
  const parsed = v.safeParse(shape, raw);
  if (!parsed.success) return { unusable: parsed.issues[0]?.message ?? 'not a record of this tool' };
  if (parsed.output.computerName.toUpperCase() !== computerName.toUpperCase()) {
    return { unusable: `it is the record of ${parsed.output.computerName}` };
  }
  const { lastChangeVersion: _version, ...change } = parsed.output;
  return change;
}
