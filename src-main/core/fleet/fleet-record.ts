/**
 * One machine's result file (`audit --json` / `apply --json`, e.g. written to a share with
 * --json-out by a startup script), validated against the result document's schema
 * (result-document.ts) before the fleet report uses it. Every
 * file is untrusted: anyone who can write to the share can write anything there. Only what the
 * report shows is read, each value against the same definitions the tool itself uses (families,
 * groups, stacks, protocol choices, exit codes), with bounded sizes; anything else is ignored.
 */
import type { FleetReasonCode } from '../../../src-shared/messages/en/fleet.js';
import { MessageError } from '../../../src-shared/messages/message-error.js';
import { msg, type Msg } from '../../../src-shared/messages/messages.js';
import type { Verdict } from '../../../src-shared/readiness-types.js';
import type { Stack } from '../../../src-shared/stacks.js';
import type { Group } from '../catalogue/catalogue.js';
import type { ProtocolChoice } from '../catalogue/protocols.js';
import type { OsFamily } from '../catalogue/windows-families.js';
import { APPLY_DOCUMENT, AUDIT_DOCUMENT, parseResultDocument } from './result-document.js';

/** Why a parsed file is not a result the report can use: the first bad field, by code. */
export class FleetFileError extends MessageError {}

export interface FleetStack {
  stack: Stack;
  view: '64' | '32' | 'shared';
  mask: number;
}

export interface FleetRecord {
  command: 'audit' | 'apply';
  exitCode: number;
  toolVersion: string;
  simulated: boolean;
  machine: string;
  family: OsFamily | null;
  windows: string;
  build: number;
  kbNeeded: boolean;
  kbState: string;
  choice: ProtocolChoice;
  /** Values of the plan that differ from what they should be (for an apply that succeeded: 0). */
  changes: number;
  changesByGroup: Partial<Record<Group, number>>;
  /** What each stack offers now: an audit's "before", a successful apply's "after". */
  effective: FleetStack[];
  blockers: number;
  /** apply only. */
  outcome: 'done' | 'nothing-to-do' | 'refused' | 'failed' | null;
  restartNeeded: boolean;
  /** When the result was made, as it says itself (ranAt, else its verdict's time); null: not said. */
  ranAt: string | null;
  /** The readiness verdict the machine's own run gave; null: a result from before verdicts. */
  verdict: Verdict | null;
  /** Its reasons, worst first, each by code with its next step (the wizard's message). */
  reasons: FleetReason[];
  /** An unsupported Windows: the tool's refusal ("see the refusal" step), else null. */
  refusal: Msg | null;
  /**
   * The result's English as the machine's own file wrote it: quoted as evidence, shown as it is.
   * Not rendered from its code: a foreign file's params are not trusted to fit our messages.
   */
  message: string;
}

export interface FleetReason {
  verdict: Verdict;
  code: FleetReasonCode;
  /** Rendered with the file's own parameters (checked by the schema), for its machine's row only. */
  next: Msg;
}

/** The record of one parsed result file; throws FleetFileError naming the first bad field. */
export function fleetRecordOf(input: unknown): FleetRecord {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new FleetFileError(msg('fleet.field.notObject', { field: null }));
  }
  const command = (input as { command?: unknown }).command;
  if (command === undefined) {
    // No command at all: the field is missing, not a command called "undefined".
    throw new FleetFileError(msg('fleet.field.notOneOf', { field: 'command', values: ['audit', 'apply'] }));
  }
  if (command !== 'audit' && command !== 'apply') {
    throw new FleetFileError(
      msg('fleet.file.notResult', { command: (JSON.stringify(command) ?? '').slice(0, 40) }),
    );
  }
  const parsed = parseResultDocument(command === 'apply' ? APPLY_DOCUMENT : AUDIT_DOCUMENT, input);
  if (!parsed.ok) throw new FleetFileError(parsed.problem);
  const doc = parsed.doc;
  const { os, kb3140245: kb } = doc.detection;
  const result = doc.command === 'apply' ? doc.result : null;
  const outcome = result ? result.outcome : null;
  const applied = outcome === 'done' || outcome === 'nothing-to-do';
  const reasons = (doc.readiness?.reasons ?? []).map((r): FleetReason => ({
    verdict: r.verdict,
    code: r.msg.code,
    next: r.next as Msg,
  }));
  const refused = reasons.find((r) => r.code === 'ready.windowsRefused');
  const byGroup: Partial<Record<Group, number>> = {};
  let changes = 0;
  for (const item of doc.plan.items) {
    if (item.action === 'none') continue;
    changes += 1;
    byGroup[item.group] = (byGroup[item.group] ?? 0) + 1;
  }
  return {
    command: doc.command,
    exitCode: doc.exitCode,
    toolVersion: doc.toolVersion,
    simulated: doc.simulatedProfile !== null && doc.simulatedProfile !== undefined,
    machine: os.computerName,
    family: os.family,
    windows: os.displayName,
    build: os.build,
    kbNeeded: kb.needed,
    kbState: kb.state,
    choice: doc.plan.choice,
    changes: applied ? 0 : changes,
    changesByGroup: applied ? {} : byGroup,
    effective: applied ? doc.plan.effective.after : doc.plan.effective.before,
    blockers: doc.plan.blockers.length,
    outcome,
    restartNeeded: result ? result.restartNeeded : false,
    message: result ? result.message : '',
    ranAt: doc.ranAt ?? doc.readiness?.evaluatedAt ?? null,
    verdict: doc.readiness?.verdict ?? null,
    reasons,
    refusal: os.family === null ? (refused?.next ?? null) : null,
  };
}
