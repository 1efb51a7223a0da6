/**
 * The schema of a result document (`audit --json`, `apply --json`, `--json-out`): the fields the
 * fleet report reads, with the same definitions the tool itself uses (families, groups, stacks,
 * protocol choices, exit codes) and bounded sizes. The fleet reader validates every file against
 * it (valibot, as the IPC requests and the backups are); other fields are ignored. Each failure
 * is the first bad field, said by code (the `fleet.field.*` messages), never a hand-made check.
 */
import * as v from 'valibot';
import { msg, type Msg } from '../../../src-shared/messages/messages.js';
import { PROTOCOL_CHOICES } from '../../../src-shared/protocols.js';
import { STACKS } from '../../../src-shared/stacks.js';
import { CATALOGUE, GROUPS } from '../catalogue/catalogue.js';
import { OS_FAMILIES } from '../catalogue/windows-families.js';
import { EXIT } from '../operations/operation-result.js';
import { VERDICTS, worstVerdict } from '../../../src-shared/readiness-types.js';
import { ALL_CODES, NEXT_CODES, REASON_CODES } from './reason-codes.js';

type Field = string | null;

/** "plan.effective.before[0].mask" from a valibot issue's path; null for the document itself. */
function fieldOf(issue: v.BaseIssue<unknown>): Field {
  const path = issue.path ?? [];
  if (path.length === 0) return null;
  return path
    .map((p) => p.key)
    .reduce<string>(
      (out, key) =>
        typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key),
      '',
    );
}

/**
 * A valibot message that carries our message by code. valibot adds an issue's path only after
 * the message is made, so the field is filled in from the final issue (parseResultDocument).
 */
const say = (make: (field: Field) => Msg) => (): string => JSON.stringify(make(null));

const noControl = (s: string) => ![...s].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);

function text(max: number) {
  const m = say((field) => msg('fleet.field.notText', { field, max }));
  // Control characters never belong in these fields (and could disturb a terminal or a CSV).
  return v.pipe(
    v.string(m),
    v.maxLength(max, m),
    v.check(
      noControl,
      say((field) => msg('fleet.field.controlCharacters', { field })),
    ),
  );
}
function whole(min: number, max: number) {
  const m = say((field) => msg('fleet.field.notWholeNumber', { field, min, max }));
  return v.pipe(v.number(m), v.integer(m), v.minValue(min, m), v.maxValue(max, m));
}
const bool = v.boolean(say((field) => msg('fleet.field.notBoolean', { field })));
function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return v.picklist(
    values,
    say((field) => msg('fleet.field.notOneOf', { field, values: [...values] })),
  );
}
function list<T extends v.GenericSchema>(item: T, max: number) {
  const m = say((field) => msg('fleet.field.notList', { field, max }));
  return v.pipe(v.array(item, m), v.maxLength(max, m));
}
function object<T extends v.ObjectEntries>(entries: T) {
  return v.object(
    entries,
    say((field) => msg('fleet.field.notObject', { field })),
  );
}

export const KB_STATES = ['not-needed', 'present', 'probably-present', 'missing'] as const;
export const OUTCOMES = ['done', 'nothing-to-do', 'refused', 'failed'] as const;
const ACTIONS = ['none', 'create', 'change', 'replace-type'] as const;
const VIEWS = ['64', '32', 'shared'] as const;
const EXIT_CODES = Object.values(EXIT) as number[];

/**
 * A message's parameters as a foreign file wrote them: plain JSON of bounded size, texts without
 * control characters, and any message nested in them (a refusal inside "see the refusal") one of
 * the catalogue's codes. They are rendered into our sentences, escaped, for that machine's row only.
 */
export function safeParams(value: unknown, depth = 0): boolean {
  if (depth > 4) return false;
  if (value === null || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'string') return value.length <= 400 && noControl(value);
  if (Array.isArray(value)) return value.length <= 20 && value.every((v) => safeParams(v, depth + 1));
  if (typeof value !== 'object') return false;
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length > 12) return false;
  const code = (value as { code?: unknown }).code;
  if (code !== undefined && (typeof code !== 'string' || !ALL_CODES.has(code))) return false;
  return entries.every(([k, v]) => k.length <= 40 && safeParams(v, depth + 1));
}

const params = v.pipe(
  v.unknown(),
  v.check(
    (p) => typeof p === 'object' && p !== null && !Array.isArray(p) && safeParams(p),
    say((field) => msg('fleet.field.badParams', { field })),
  ),
);

/** An ISO 8601 time in UTC as toISOString writes it ("2026-12-02T15:18:44.640Z"). */
const isoTime = v.pipe(
  text(30),
  v.check(
    (s) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?Z$/.test(s) && !Number.isNaN(Date.parse(s)),
    say((field) => msg('fleet.field.notTime', { field })),
  ),
);

const reason = object({
  verdict: oneOf(VERDICTS),
  msg: object({ code: oneOf(REASON_CODES), params }),
  next: object({ code: oneOf(NEXT_CODES), params }),
});

/** The verdict is the worst of its reasons (readiness.ts): a file that says otherwise is refused. */
const readiness = v.pipe(
  object({
    verdict: oneOf(VERDICTS),
    reasons: list(reason, 40),
    evaluatedAt: v.optional(isoTime),
  }),
  v.check(
    (r) => r.verdict === worstVerdict(r.reasons.map((x) => x.verdict)),
    say(() => msg('fleet.field.verdictInconsistent', { field: 'readiness.verdict' })),
  ),
);

const stack = object({ stack: oneOf(STACKS), view: oneOf(VIEWS), mask: whole(0, 0xffffffff) });

/** Each stack once per view: a file listing one twenty times would count it twenty times. */
const stacks = v.pipe(
  list(stack, STACKS.length * 2),
  v.check(
    (list) => new Set(list.map((s) => `${s.stack}/${s.view}`)).size === list.length,
    say((field) => msg('fleet.field.repeated', { field })),
  ),
);
const ENTRY_IDS = CATALOGUE.map((e) => e.id) as [string, ...string[]];

const common = {
  exitCode: v.pipe(
    whole(0, 0xffffffff),
    v.check(
      (code) => EXIT_CODES.includes(code),
      (issue) => JSON.stringify(msg('fleet.file.unknownExitCode', { exitCode: issue.input as number })),
    ),
  ),
  toolVersion: text(40),
  // Results written before these fields existed are still read: without a run time the file's
  // time stands in (and the report says so); without a verdict the machine's verdict is unknown.
  ranAt: v.optional(isoTime),
  readiness: v.optional(readiness),
  simulatedProfile: v.optional(v.unknown()),
  detection: object({
    os: object({
      computerName: text(64),
      family: v.nullable(oneOf(OS_FAMILIES)),
      displayName: text(200),
      build: whole(0, 1_000_000),
    }),
    kb3140245: object({ needed: bool, state: oneOf(KB_STATES) }),
  }),
  plan: object({
    choice: v.pipe(
      text(20),
      v.picklist(
        PROTOCOL_CHOICES,
        say((field) => msg('fleet.field.notProtocolChoice', { field })),
      ),
    ),
    effective: object({ before: stacks, after: stacks }),
    // At most one item per catalogue value and registry view: more is not a plan this tool made.
    items: v.pipe(
      list(
        object({
          entryId: oneOf(ENTRY_IDS),
          view: oneOf(VIEWS),
          group: oneOf(GROUPS),
          action: oneOf(ACTIONS),
        }),
        ENTRY_IDS.length * 2,
      ),
      v.check(
        (items) => new Set(items.map((i) => `${i.entryId}/${i.view}`)).size === items.length,
        say((field) => msg('fleet.field.repeated', { field })),
      ),
    ),
    blockers: list(v.unknown(), 20),
  }),
};

/** An audit's document. */
export const AUDIT_DOCUMENT = object({ command: v.literal('audit'), ...common });

/** An apply's document: an audit's, and its result. */
export const APPLY_DOCUMENT = object({
  command: v.literal('apply'),
  ...common,
  result: object({
    outcome: oneOf(OUTCOMES),
    restartNeeded: bool,
    // Messages may hold line breaks: shown as spaces (before the bounds and the control check).
    message: v.pipe(
      v.string(say((field) => msg('fleet.field.notText', { field, max: 4000 }))),
      v.transform((s) => s.replace(/\s+/g, ' ')),
      text(4000),
    ),
  }),
});

export type AuditDocument = v.InferOutput<typeof AUDIT_DOCUMENT>;
export type ApplyDocument = v.InferOutput<typeof APPLY_DOCUMENT>;
export type ResultDocument = AuditDocument | ApplyDocument;

/** The document, or the first bad field by code. */
export function parseResultDocument(
  schema: typeof AUDIT_DOCUMENT | typeof APPLY_DOCUMENT,
  input: unknown,
): { ok: true; doc: ResultDocument } | { ok: false; problem: Msg } {
  const r = v.safeParse(schema, input, { abortEarly: true });
  if (r.success) return { ok: true, doc: r.output };
  const first = r.issues[0];
  if (!first) return { ok: false, problem: msg('fleet.field.notObject', { field: null }) };
  const problem = JSON.parse(first.message) as Msg;
  const params = problem.params as { field?: Field };
  if ('field' in params) params.field = fieldOf(first);
  return { ok: false, problem };
}
