import { asIs, MessageError } from '../../../src-shared/messages/message-error.js';
import { msg, type Msg } from '../../../src-shared/messages/messages.js';
import * as v from 'valibot';
import { BACKUP_LIMITS, parseWith, stateShape, text } from '../backup/backup-schema.js';
import { readUntrustedJson, UntrustedFileError, type DocumentLimits } from '../files/read-untrusted.js';
import type { Journal } from './journal.js';

/** The newest journal format this version reads. */
export const JOURNAL_VERSION = 1;

/** A journal holds one state like a backup does: the same bounds. */
export const JOURNAL_LIMITS: DocumentLimits = BACKUP_LIMITS;

/** Every field of a journal, typed; its `before` state is checked against the catalogue on repair. */
export const journalShape = v.strictObject({
  journalVersion: v.literal(JOURNAL_VERSION),
  operation: v.picklist(['apply', 'rollback']),
  startedAt: text(64),
  pid: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(2 ** 32 - 1)),
  computerName: text(256),
  backupFile: v.nullable(text(4096)),
  before: stateShape,
});

/**
 * The journal exists but cannot be used: not a file, too large, not JSON, another format, or a
 * field of the wrong type. Read-only commands say so and go on; changes are refused (exit 2).
 */
export class JournalUnreadableError extends MessageError {
  constructor(
    readonly file: string,
    readonly problem: Msg,
  ) {
    super(msg('state.journalUnreadable', { file, detail: problem }));
    this.name = 'JournalUnreadableError';
  }
}

/** A file read refused before its content was parsed, as the journal's problem by code. */
function untrustedProblem(error: UntrustedFileError): Msg {
  if (error.problem === 'too-large' && error.size) {
    return msg('state.journalProblem', {
      problem: 'too-large',
      bytes: error.size.bytes,
      max: error.size.max,
    });
  }
  // 'too-large' always has its size; without one it is only "cannot be read".
  const problem =
    error.problem === 'too-large' || error.problem === 'not-found' ? 'unreadable' : error.problem;
  return msg('state.journalProblem', { problem });
}

/** The journal in `file`, typed; null when there is none; JournalUnreadableError otherwise. */
export function readJournalFile(file: string): Journal | null {
  let raw: unknown;
  try {
    raw = readUntrustedJson(file, JOURNAL_LIMITS);
  } catch (error) {
    if (error instanceof UntrustedFileError) {
      if (error.problem === 'not-found') return null;
      throw new JournalUnreadableError(file, untrustedProblem(error));
    }
    throw error;
  }
  const version = (raw as { journalVersion?: unknown } | null)?.journalVersion;
  if (typeof version === 'number' && version > JOURNAL_VERSION) {
    throw new JournalUnreadableError(file, msg('state.journalProblem', { problem: 'newer', version }));
  }
  const parsed = parseWith(journalShape, raw);
  // The schema's own words about a field (valibot's), kept as they are.
  if (!parsed.ok) throw new JournalUnreadableError(file, asIs(parsed.problem));
  return parsed.value as Journal;
}
