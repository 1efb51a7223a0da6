/**
 * "Is this PC ready for Microsoft 365?": a pure function from what detection and the evidence
 * readers found to one verdict, never more optimistic than its evidence. Each reason carries its
 * own verdict, its evidence, its source and the next step; the overall verdict is the worst of
 * them (VERDICTS order), `ready` only when there is none. The model writes nothing.
 */
import {
  VERDICTS,
  worstVerdict,
  type Evidence,
  type Readiness,
  type Reason,
  type StackReadiness,
} from '../../../src-shared/readiness-types.js';
import { changesOf } from '../plan/plan-types.js';
import type { ReadinessInput } from './readiness-input.js';
import { cipherReasons, officeReasons, policyReasons } from './reasons-evidence.js';
import { pendingGroups, restartReasons } from './reasons-restart.js';
import { stateReasons, windowsReasons } from './reasons-windows.js';
import { protocolRows, rowReasons } from './stack-rows.js';

function officeRow(input: ReadinessInput, reasons: Reason[]): StackReadiness {
  const own = reasons.filter((r) => r.stacks.includes('office'));
  return {
    stack: 'office',
    view: 'shared',
    verdict: worstVerdict(own.map((r) => r.verdict)),
    now: null,
    after: null,
    afterAssumes: [],
    group: null,
    suites: null,
    office: (input.office?.installs ?? []).map((i) => ({ product: i.product, version: i.version })),
  };
}

/** A row is never better than the reasons that name it (a missing KB, no common suite, ...). */
function withReasons(row: StackReadiness, reasons: Reason[]): StackReadiness {
  const own = reasons.filter((r) => r.stacks.includes(row.stack)).map((r) => r.verdict);
  // The .NET 3.5 update cannot be seen: that row is unknown, though overall it only puts at risk.
  const hotfix = row.stack === 'dotnet35' && reasons.some((r) => r.msg.code === 'ready.dotnet35Hotfix');
  return { ...row, verdict: worstVerdict([row.verdict, ...own, ...(hotfix ? (['unknown'] as const) : [])]) };
}

/** What was read besides the reasons: the report says what the verdict rests on. */
function checkedOf(input: ReadinessInput): Evidence[] {
  const out: Evidence[] = [];
  if (input.cipher) out.push({ where: input.cipher.where, found: `cipher suites: ${input.cipher.source}` });
  for (const i of input.office?.installs ?? []) out.push({ where: i.where, found: i.product });
  if (input.office && input.office.installs.length === 0) out.push({ where: 'Office', found: 'none' });
  for (const u of input.office?.modernAuth?.users ?? [])
    out.push({ where: `HKU\\${u.sid}`, found: u.name ?? u.sid });
  if (input.policy) out.push({ where: 'Group Policy', found: `${input.policy.conflicts.length} conflicts` });
  out.push({ where: 'last boot', found: input.restart.bootTime ?? 'unknown' });
  if (input.restart.lastChange)
    out.push({ where: 'last-change.json', found: input.restart.lastChange.finishedAt });
  return out;
}

export function assessReadiness(input: ReadinessInput): Readiness {
  const pending = pendingGroups(input);
  const unsupported = input.plan.detection.os.family === null;
  const rows = unsupported ? [] : protocolRows(input, pending);
  const reasons = [
    ...stateReasons(input),
    ...windowsReasons(input),
    ...(unsupported
      ? []
      : [
          ...rowReasons(input, rows),
          ...cipherReasons(input),
          ...officeReasons(input),
          ...policyReasons(input),
          ...restartReasons(input),
        ]),
  ].sort((a, b) => VERDICTS.indexOf(a.verdict) - VERDICTS.indexOf(b.verdict));
  const stacks = unsupported ? [] : [...rows.map((r) => withReasons(r, reasons)), officeRow(input, reasons)];
  return {
    verdict: worstVerdict(reasons.map((r) => r.verdict)),
    planHasChanges: input.plan.blockers.length === 0 && changesOf(input.plan).length > 0,
    reasons,
    stacks,
    evaluatedAt: input.now.toISOString(),
    checked: checkedOf(input),
  };
}
