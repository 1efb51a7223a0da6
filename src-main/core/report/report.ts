import * as path from 'node:path';
import type { Detection } from '../detect/detect.js';
import type { OperationResult } from '../operations/operation-result.js';
import type { RollbackPlan } from '../operations/rollback.js';
import type { Plan, PlanItem } from '../plan/plan-types.js';
import { formatValue, type RegValue } from '../registry/registry-port.js';
import { MESSAGE_LANGUAGES } from '../../../src-shared/messages/languages.js';
import { renderMsg, type Msg } from '../../../src-shared/messages/messages.js';
import type { Surface } from '../../../src-shared/messages/say.js';
import { GROUP_NAME, type Group } from '../../../src-shared/groups.js';
import { PROTOCOL_NAMES, tlsVersionsOf, type ProtocolChoice } from '../../../src-shared/protocols.js';
import type { EffectiveStack } from '../../../src-shared/stacks.js';
import type { Readiness } from '../../../src-shared/readiness-types.js';
import { msg } from '../../../src-shared/messages/messages.js';
import {
  choiceText,
  kbText,
  localTime,
  restartText,
  stackText,
  viewText,
  WORDS,
  type ReportLang,
  type RestartState,
} from './report-text.js';

export interface ReportRow {
  hive: string;
  key: string;
  view: string;
  name: string;
  before: RegValue | null;
  after: RegValue | null;
  verified: boolean;
}

export interface ReportInput {
  /** A check changes nothing: its rows are what an apply would change (now → after). */
  operation: 'apply' | 'rollback' | 'check';
  toolVersion: string;
  createdAt: string;
  detection: Detection;
  result: OperationResult;
  /** The values before and after, as planned and read back. */
  rows: ReportRow[];
  findings: Msg[];
  /** The technician's choice (an apply): protocols, and the groups (null: what this Windows needs). */
  choice?: {
    protocols: ProtocolChoice;
    groups: Group[] | null;
    /** False when no chosen value is a protocol list (10 / 11 with WinHTTP unticked): the choice wrote nothing. */
    used?: boolean;
  } | null;
  /** What each TLS stack offers by default before and after (an apply). */
  effective?: { before: EffectiveStack[]; after: EffectiveStack[] } | null;
  /** The readiness verdict after the operation: it leads the report and the summary. */
  readiness?: Readiness | null;
  /** A rollback's backup: its file and when it was taken (the summary names them). */
  restoredFrom?: { file: string; createdAt: string } | null;
}

/**
 * A rollback's rows: each value before it and as read back after it (a rollback plan, or the
 * wizard's preview of it, read again). A value the rollback removed reads back as null, never as
 * "unchanged" (that once made the summary say "Values changed: 0").
 */
export function rollbackRows(
  before: RollbackPlan,
  after: { items: { current: RegValue | null; changes: boolean }[] } | null,
): ReportRow[] {
  return before.items.map((item, i) => ({
    hive: item.value.hive,
    key: item.value.key,
    view: item.value.view,
    name: item.value.name,
    before: item.current,
    after: after ? (after.items[i]?.current ?? null) : item.current,
    verified: after ? after.items[i]?.changes === false : false,
  }));
}

/** How to write it: the language, where the restart stands, the time zone (the computer's by default). */
export interface ReportOptions {
  lang: ReportLang;
  restart: RestartState;
  timeZone?: string;
  /** Who reads the sentences by code: the wizard's technician (default) or a command-line user. */
  surface?: Surface;
}

/** A message in the report's language. */
export function sayIn(o: ReportOptions, m: Msg): string {
  return renderMsg(MESSAGE_LANGUAGES[o.lang], m, o.surface ?? 'gui');
}

export const escapeHtml = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

export function rowsFromPlans(before: Plan, after: Plan | null): ReportRow[] {
  return before.items.map((item: PlanItem, i: number) => {
    const now = after?.items[i];
    return {
      hive: item.hive,
      key: item.key,
      view: item.view,
      name: item.name,
      before: item.current,
      after: now ? now.current : item.current,
      verified: now ? now.action === 'none' : false,
    };
  });
}

/** The heading of the changed rows: changed, restored, or (a check) what an apply would change. */
export function rowsTitle(lang: ReportLang, input: ReportInput): string {
  const w = WORDS[lang];
  return { apply: w.changed, rollback: w.restored, check: w.wouldChange }[input.operation];
}

/** Whether the protocol choice is written anywhere in this plan (a protocol-list value of it). */
export function usesProtocolChoice(plan: Plan): boolean {
  return plan.items.some((i) => i.protocolMask);
}

/** The restart state right after the operation, before the technician chose. */
export function initialRestart(result: OperationResult): RestartState {
  return result.restartNeeded ? 'pending' : 'not-needed';
}

export const changedRows = (input: ReportInput) =>
  input.rows.filter((r) => formatValue(r.before) !== formatValue(r.after));

export function where(lang: ReportLang, r: ReportRow): string {
  const view = viewText(lang, r.view);
  return `${r.hive}\\${r.key}${view ? ` (${view})` : ''}`;
}

export function value(lang: ReportLang, v: RegValue | null): string {
  return formatValue(v, WORDS[lang].notSet);
}

function tls(lang: ReportLang, mask: number): string {
  const names = tlsVersionsOf(mask).map((v) => PROTOCOL_NAMES[v]);
  return names.length > 0 ? names.join(', ') : WORDS[lang].noTls;
}

/** One line per stack and view: "WinHTTP (…), 32-bit: TLS 1.0 → TLS 1.2". */
export function effectiveLines(lang: ReportLang, input: ReportInput): string[] {
  const e = input.effective;
  if (!e) return [];
  return e.after.map((s, i) => {
    const view = viewText(lang, s.view);
    const was = e.before[i];
    // The caveat the screen shows ("once KB3140245 is installed") is never dropped here.
    const assumes =
      s.assumes.length > 0
        ? ` (${sayIn({ lang, restart: 'not-needed' }, msg('ready.assumes', { updates: s.assumes }))})`
        : '';
    return `${stackText(lang, s.stack)}${view ? `, ${view}` : ''}: ${was ? tls(lang, was.mask) : '?'} → ${tls(lang, s.mask)}${assumes}`;
  });
}

export function choiceLine(lang: ReportLang, input: ReportInput): string | null {
  if (!input.choice) return null;
  const w = WORDS[lang];
  const groups = input.choice.groups ? input.choice.groups.map((g) => GROUP_NAME[g]).join(', ') : w.needs;
  const protocols = input.choice.used === false ? w.choiceUnused : choiceText(lang, input.choice.protocols);
  return `${w.protocols}: ${protocols} (${w.settings}: ${groups})`;
}

export function heading(lang: ReportLang, input: ReportInput): string {
  const w = WORDS[lang];
  return `${w.title} ${input.toolVersion}: ${w[input.operation]} ${w.on} ${input.detection.os.computerName}`;
}

export function windowsLine(input: ReportInput, o: ReportOptions): string {
  const { os } = input.detection;
  return `${sayIn(o, os.displayNameMsg)}${os.edition ? `, ${os.edition}` : ''}, ${WORDS[o.lang].build} ${os.build}${os.ubr !== null ? `.${os.ubr}` : ''}`;
}

/** The verdict, as the report's headline and the summary's first line; the result where there is none. */
export function verdictMsg(input: ReportInput): Msg {
  const r = input.readiness;
  return r ? msg('ready.verdict', { verdict: r.verdict }) : input.result.msg;
}

/** What was done: values changed (and backed up), a rollback and its backup's date, a failure, or nothing. */
export function doneMsg(input: ReportInput): Msg {
  const { result } = input;
  if (result.outcome === 'failed' && input.operation !== 'check') {
    return msg('summary.failed', { operation: input.operation, restored: result.restored });
  }
  if (result.outcome !== 'done') return msg('summary.auditOnly', {});
  if (input.operation === 'rollback') {
    const fromResult = result.msg.code === 'result.rolledBack' ? result.msg.params.createdAt : null;
    const createdAt = input.restoredFrom?.createdAt ?? fromResult;
    if (createdAt !== null) return msg('summary.rolledBack', { createdAt });
  }
  return msg('summary.changed', { count: changedRows(input).length, backup: result.backup !== null });
}

/** What is left: the top reason's next step (for the technician), and how many more reasons follow. */
export function leftMsg(input: ReportInput): Msg {
  const r = input.readiness;
  if (!r) return msg('summary.notAssessed', {});
  const [top, ...more] = r.reasons;
  return top ? msg('summary.left', { step: top.next, more: more.length }) : msg('summary.nothingLeft', {});
}

/** The backup by its file name: the one taken, the one rolled back to, or none. */
export function backupMsg(input: ReportInput): Msg {
  if (input.operation === 'rollback' && input.restoredFrom) {
    return msg('summary.restoredFrom', { file: path.win32.basename(input.restoredFrom.file) });
  }
  const backup = input.result.backup;
  return backup
    ? msg('summary.backup', { file: path.win32.basename(backup.jsonFile) })
    : msg('summary.noBackup', {});
}

/**
 * The five lines a person reads first, with no registry path or hex in them: the verdict, what
 * was done, what is left, the backup's file name and the local time.
 */
export function openingLines(input: ReportInput, o: ReportOptions): string[] {
  return [
    sayIn(o, verdictMsg(input)),
    sayIn(o, doneMsg(input)),
    sayIn(o, leftMsg(input)),
    sayIn(o, backupMsg(input)),
    `${WORDS[o.lang].time}: ${localTime(o.lang, input.createdAt, o.timeZone)}`,
  ];
}

/** Each reason with its next step, in the verdict's order (the top one first). */
export function reasonLines(input: ReportInput, o: ReportOptions): string[] {
  return (input.readiness?.reasons ?? []).flatMap((reason) => [
    `- ${sayIn(o, reason.msg)}`,
    `  ${sayIn(o, msg('ready.next', { step: reason.next }))}`,
  ]);
}

/**
 * The ticket summary: plain text, in the wizard's language. It opens with the five lines of
 * openingLines, then the reasons with their next steps, then the facts and every changed value
 * from → to.
 */
export function summaryText(
  input: ReportInput,
  o: ReportOptions = { lang: 'en', restart: initialRestart(input.result) },
): string {
  const w = WORDS[o.lang];
  const changed = changedRows(input);
  const changedTitle = rowsTitle(o.lang, input);
  const effective = effectiveLines(o.lang, input);
  const reasons = reasonLines(input, o);
  return [
    ...openingLines(input, o),
    '',
    ...(reasons.length > 0 ? [...reasons, ''] : []),
    heading(o.lang, input),
    `${w.computer}: ${input.detection.os.computerName}; ${w.windows}: ${windowsLine(input, o)}`,
    `${w.kb}: ${kbText(o.lang, input.detection.kb3140245)}`,
    choiceLine(o.lang, input),
    `${w.result}: ${sayIn(o, input.result.msg)}`,
    `${changedTitle} (${changed.length}):${changed.length === 0 ? ` ${w.none}` : ''}`,
    ...changed.map(
      (r) =>
        `  ${where(o.lang, r)} ${r.name}: ${value(o.lang, r.before)} → ${value(o.lang, r.after)}${input.operation === 'check' ? '' : ` (${r.verified ? w.verified : w.notVerified})`}`,
    ),
    ...(effective.length > 0 ? [`${w.effective}:`, ...effective.map((l) => `  ${l}`)] : []),
    input.result.backup ? `${w.backup}: ${input.result.backup.jsonFile}` : null,
    input.operation === 'rollback' && input.restoredFrom ? `${w.backup}: ${input.restoredFrom.file}` : null,
    `${w.restart}: ${restartText(o.lang, o.restart)}`,
  ]
    .filter((l): l is string => l !== null)
    .join('\n');
}
