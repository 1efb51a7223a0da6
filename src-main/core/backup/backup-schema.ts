import * as v from 'valibot';
import { GROUPS } from '../../../src-shared/groups.js';
import { PROTOCOL_CHOICES } from '../../../src-shared/protocols.js';
import { OS_FAMILIES } from '../catalogue/windows-families.js';
import { MAX_VALUE_BYTES } from '../registry/value-limits.js';
import type { DocumentLimits } from '../files/read-untrusted.js';

/**
 * The typed shape of every field of the untrusted documents (backup, journal), with valibot:
 * exact objects (no extra field), bounded text without NUL, bounded lists. What a field means
 * (a catalogue location, data of its type) is checked afterwards by validateState.
 */

/** Limits checked on the file before it is parsed (see read-untrusted.ts). */
export const BACKUP_LIMITS: DocumentLimits = {
  maxBytes: 1024 * 1024,
  maxDepth: 8,
  // Room for REG_RAW hex above the value limit, so that its refusal names the value.
  maxString: 4 * MAX_VALUE_BYTES,
  maxItems: 1024,
};

export const MAX_ENTRIES = 64;

/** Text of at most `max` characters, without NUL. */
export const text = (max: number) =>
  v.pipe(
    v.string(),
    v.maxLength(max, `is longer than ${max} characters`),
    v.check((s) => !s.includes('\0'), 'contains a NUL character'),
  );

/** A time as toISOString writes it. */
export const isoTime = v.pipe(
  v.string(),
  v.regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/,
    'is not a time like 2026-11-29T10:00:00.000Z',
  ),
);

const manyMessage = `The file lists more than ${MAX_ENTRIES} values or keys; a backup of this tool never does.`;

/** One value as an untrusted file records it: every field typed; data by its type in validateState. */
export const valueStateShape = v.strictObject({
  entryId: text(128),
  hive: text(16),
  view: text(16),
  key: text(512),
  name: text(256),
  keyExisted: v.boolean('must be true or false'),
  valueExisted: v.boolean('must be true or false'),
  type: v.nullable(text(32)),
  data: v.unknown(),
});

export const keyStateShape = v.strictObject({
  hive: text(16),
  view: text(16),
  path: text(512),
  existed: v.boolean('must be true or false'),
});

export const stateShape = v.strictObject({
  keys: v.pipe(v.array(keyStateShape), v.maxLength(MAX_ENTRIES, manyMessage)),
  values: v.pipe(v.array(valueStateShape), v.maxLength(MAX_ENTRIES, manyMessage)),
});

const osShape = v.strictObject({
  displayName: text(256),
  family: v.nullable(v.picklist(OS_FAMILIES)),
  version: text(32),
  build: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2 ** 31 - 1)),
  architecture: v.picklist(['x64', 'x86', 'arm64']),
  is64Bit: v.boolean('must be true or false'),
});

/** The whole backup document, every field; `state` is checked against the catalogue afterwards. */
export const backupShape = v.strictObject({
  format: v.literal('tls12-wizard-backup'),
  formatVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  tool: v.strictObject({ name: text(128), version: text(64) }),
  createdAt: isoTime,
  machine: v.strictObject({
    computerName: text(256),
    os: osShape,
    simulatedProfile: v.nullable(text(64)),
  }),
  choice: v.strictObject({
    protocols: v.picklist(PROTOCOL_CHOICES),
    groups: v.pipe(v.array(v.picklist(GROUPS)), v.maxLength(GROUPS.length)),
  }),
  state: stateShape,
  // What the apply set (format 3 on): only shown, as drift, never written.
  applied: v.optional(stateShape),
  checksum: v.pipe(v.string(), v.regex(/^sha256:[0-9a-f]{64}$/, 'is not a sha256 checksum')),
});

export type CheckedBackupShape = v.InferOutput<typeof backupShape>;

/** "machine.os.build: Invalid type: Expected number but received "7601"" for the first issue. */
export function firstIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (!issue) return 'invalid';
  const where = v.getDotPath(issue);
  return where ? `the field "${where}" ${issue.message}` : issue.message;
}

/** Parses `raw` with `schema`; returns the typed value or the first problem, naming the field. */
export function parseWith<S extends v.GenericSchema>(
  schema: S,
  raw: unknown,
): { ok: true; value: v.InferOutput<S> } | { ok: false; problem: string } {
  const r = v.safeParse(schema, raw, { abortEarly: true });
  return r.success ? { ok: true, value: r.output } : { ok: false, problem: firstIssue(r.issues) };
}
