import type { Detection } from '../core/detect/detect.js';
import type { OperationResult } from '../core/operations/operation-result.js';
import type { RollbackPlan } from '../core/operations/rollback.js';
import type { Plan } from '../core/plan/plan-types.js';
import { rollbackRows, rowsFromPlans, type ReportInput } from '../core/report/report.js';
import type { ApplyRequest, RollbackPreview } from '../../src-shared/ipc-contract.js';
import type { Readiness } from '../../src-shared/readiness-types.js';

interface Stamp {
  toolVersion: string;
  createdAt: string;
}

/** The report of an apply: every value before and as read back after, the choice, the effective protocols. */
export function applyReport(
  stamp: Stamp,
  request: ApplyRequest,
  plan: Plan,
  after: Plan | null,
  result: OperationResult,
  readiness: Readiness | null = null,
): ReportInput {
  return {
    operation: 'apply',
    readiness,
    ...stamp,
    detection: plan.detection,
    result,
    rows: rowsFromPlans(plan, after),
    findings: plan.findings.map((f) => f.msg),
    choice: { protocols: request.protocols, groups: request.groups },
    effective: { before: plan.effective.before, after: after?.effective.after ?? plan.effective.after },
  };
}

/** The report of a rollback: what each value was and what it is after. */
export function rollbackReport(
  stamp: Stamp,
  detection: Detection,
  before: RollbackPlan,
  after: RollbackPreview | null,
  result: OperationResult,
): ReportInput {
  return {
    operation: 'rollback',
    ...stamp,
    detection,
    result,
    rows: rollbackRows(before, after),
    findings: [],
    restoredFrom: { file: before.backupFile, createdAt: before.backup.createdAt },
  };
}
