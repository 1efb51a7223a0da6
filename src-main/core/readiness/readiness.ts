/**
 * "Is this PC ready for Microsoft 365?": a pure function from what detection and the evidence
 * readers found to one verdict, never more optimistic than its evidence. Each reason carries its
 * own verdict, its evidence, its source and the next step; the overall verdict is the worst of
 * them (VERDICTS order), `ready` only when there is none. The model writes nothing.
 */
import {
  VERDICTS,
  worstVerdict,
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
    checked: [],
  };
}
