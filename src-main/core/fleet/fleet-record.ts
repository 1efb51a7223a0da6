/**
 * One machine's result file (`audit --json` / `apply --json`, e.g. written to a share with
 * --json-out by a startup script), checked field by field before the fleet report uses it. Every
 * file is untrusted: anyone who can write to the share can write anything there. Only what the
 * report shows is read, each value against the same definitions the tool itself uses (families,
 * groups, stacks, protocol choices, exit codes), with bounded sizes; anything else is ignored.
 */
import { MessageError } from '../../../src-shared/messages/message-error.js';
import { msg } from '../../../src-shared/messages/messages.js';
import { STACKS, type Stack } from '../../../src-shared/stacks.js';
import { GROUPS, type Group } from '../catalogue/catalogue.js';
import { isProtocolChoice, type ProtocolChoice } from '../catalogue/protocols.js';
import { OS_FAMILIES, type OsFamily } from '../catalogue/windows-families.js';
import { EXIT } from '../operations/operation-result.js';

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
  message: string;
}

type Json = Record<string, unknown>;
const KB_STATES = ['not-needed', 'present', 'probably-present', 'missing'] as const;
const OUTCOMES = ['done', 'nothing-to-do', 'refused', 'failed'] as const;
const ACTIONS = ['none', 'create', 'change', 'replace-type'] as const;
const VIEWS = ['64', '32', 'shared'] as const;
const MAX_ITEMS = 200;

/** A field's name as the file spells it ("detection.os.build"); null: the whole file. */
type Where = string | null;

function obj(v: unknown, where: Where): Json {
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw new FleetFileError(msg('fleet.field.notObject', { field: where }));
  return v as Json;
}
function str(v: unknown, where: string, max: number): string {
  if (typeof v !== 'string' || v.length > max)
    throw new FleetFileError(msg('fleet.field.notText', { field: where, max }));
  // Control characters never belong in these fields (and could disturb a terminal or a CSV).
  if ([...v].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) {
    throw new FleetFileError(msg('fleet.field.controlCharacters', { field: where }));
  }
  return v;
}
function int(v: unknown, where: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    throw new FleetFileError(msg('fleet.field.notWholeNumber', { field: where, min, max }));
  }
  return v;
}
function bool(v: unknown, where: string): boolean {
  if (typeof v !== 'boolean') throw new FleetFileError(msg('fleet.field.notBoolean', { field: where }));
  return v;
}
function oneOf<T extends string>(values: readonly T[], v: unknown, where: string): T {
  if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) {
    throw new FleetFileError(msg('fleet.field.notOneOf', { field: where, values: [...values] }));
  }
  return v as T;
}
function list(v: unknown, where: string, max: number): unknown[] {
  if (!Array.isArray(v) || v.length > max)
    throw new FleetFileError(msg('fleet.field.notList', { field: where, max }));
  return v;
}

function stacks(v: unknown, where: string): FleetStack[] {
  return list(v, where, 20).map((s, i) => {
    const o = obj(s, `${where}[${i}]`);
    return {
      stack: oneOf(STACKS, o.stack, `${where}[${i}].stack`),
      view: oneOf(VIEWS, o.view, `${where}[${i}].view`),
      mask: int(o.mask, `${where}[${i}].mask`, 0, 0xffffffff),
    };
  });
}

function planChanges(plan: Json): { changes: number; byGroup: Partial<Record<Group, number>> } {
  const byGroup: Partial<Record<Group, number>> = {};
  let changes = 0;
  list(plan.items, 'plan.items', MAX_ITEMS).forEach((item, i) => {
    const o = obj(item, `plan.items[${i}]`);
    const group = oneOf(GROUPS, o.group, `plan.items[${i}].group`);
    if (oneOf(ACTIONS, o.action, `plan.items[${i}].action`) === 'none') return;
    changes += 1;
    byGroup[group] = (byGroup[group] ?? 0) + 1;
  });
  return { changes, byGroup };
}

/** The record of one parsed result file; throws FleetFileError naming the first bad field. */
export function fleetRecordOf(input: unknown): FleetRecord {
  const doc = obj(input, null);
  const command = doc.command;
  if (command !== 'audit' && command !== 'apply') {
    throw new FleetFileError(
      msg('fleet.file.notResult', { command: JSON.stringify(String(command)).slice(0, 40) }),
    );
  }
  const exitCode = int(doc.exitCode, 'exitCode', 0, 0xffffffff);
  if (!(Object.values(EXIT) as number[]).includes(exitCode))
    throw new FleetFileError(msg('fleet.file.unknownExitCode', { exitCode }));
  const os = obj(obj(doc.detection, 'detection').os, 'detection.os');
  const kb = obj(obj(doc.detection, 'detection').kb3140245, 'detection.kb3140245');
  const plan = obj(doc.plan, 'plan');
  const choice = str(plan.choice, 'plan.choice', 20);
  if (!isProtocolChoice(choice))
    throw new FleetFileError(msg('fleet.field.notProtocolChoice', { field: 'plan.choice' }));
  const effective = obj(plan.effective, 'plan.effective');
  const result = command === 'apply' ? obj(doc.result, 'result') : null;
  const outcome = result ? oneOf(OUTCOMES, result.outcome, 'result.outcome') : null;
  const applied = outcome === 'done' || outcome === 'nothing-to-do';
  const { changes, byGroup } = planChanges(plan);
  return {
    command,
    exitCode,
    toolVersion: str(doc.toolVersion, 'toolVersion', 40),
    simulated: doc.simulatedProfile !== null && doc.simulatedProfile !== undefined,
    machine: str(os.computerName, 'detection.os.computerName', 64),
    family: os.family === null ? null : oneOf(OS_FAMILIES, os.family, 'detection.os.family'),
    windows: str(os.displayName, 'detection.os.displayName', 200),
    build: int(os.build, 'detection.os.build', 0, 1_000_000),
    kbNeeded: bool(kb.needed, 'detection.kb3140245.needed'),
    kbState: oneOf(KB_STATES, kb.state, 'detection.kb3140245.state'),
    choice,
    changes: applied ? 0 : changes,
    changesByGroup: applied ? {} : byGroup,
    effective: stacks(
      applied ? effective.after : effective.before,
      `plan.effective.${applied ? 'after' : 'before'}`,
    ),
    blockers: list(plan.blockers, 'plan.blockers', 20).length,
    outcome,
    restartNeeded: result ? bool(result.restartNeeded, 'result.restartNeeded') : false,
    // Messages may hold line breaks: shown as spaces.
    message: result
      ? str(
          typeof result.message === 'string' ? result.message.replace(/\s+/g, ' ') : result.message,
          'result.message',
          4000,
        )
      : '',
  };
}
