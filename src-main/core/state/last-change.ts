/**
 * The tool's last finished change on this computer, kept in the state folder beside the journal:
 * when it finished, whether it needs a restart and which groups it changed. The readiness model
 * compares it with the last boot (a change is active only after a restart); the journal cannot
 * hold it, since it exists only while the writes run. Read as untrusted input like the journal: a
 * file that cannot be used counts as absent, which at worst hides a pending restart the change's
 * own result already announced.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v from 'valibot';
import { GROUPS } from '../../../src-shared/groups.js';
import { writeFileDurably } from '../files/durable-write.js';
import { readUntrustedJson } from '../files/read-untrusted.js';

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

/** The record, or null when there is none or it cannot be used (another computer's, malformed). */
export function readLastChange(folder: string, computerName: string): LastChange | null {
  try {
    const raw = readUntrustedJson(path.join(folder, LAST_CHANGE_FILE), {
      maxBytes: 4096,
      maxDepth: 2,
      maxString: 256,
      maxItems: 16,
    });
    const parsed = v.safeParse(shape, raw);
    if (!parsed.success || parsed.output.computerName.toUpperCase() !== computerName.toUpperCase())
      return null;
    const { lastChangeVersion: _version, ...change } = parsed.output;
    return change;
  } catch {
    return null;
  }
}
