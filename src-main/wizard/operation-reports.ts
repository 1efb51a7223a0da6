import type { Detection } from '../core/detect/detect.js';
import type { OperationResult } from '../core/operations/operation-result.js';
import type { RollbackPlan } from '../core/operations/rollback.js';
import type { Plan } from '../core/plan/plan-types.js';
import { rollbackRows, rowsFromPlans, usesProtocolChoice, type ReportInput } from '../core/report/report.js';
import type { ApplyRequest, RollbackPreview } from '../../src-shared/ipc-contract.js';
import { msg } from '../../src-shared/messages/messages.js';
import type { ExitCode } from '../../src-shared/operation-types.js';
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
    choice: { protocols: request.protocols, groups: request.groups, used: usesProtocolChoice(plan) },
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

/**
 * The report of "Check only": nothing was changed. Its rows are what making the PC ready would
 * change (now → after), and its verdict is the machine's as it is.
 */
export function checkReport(stamp: Stamp, plan: Plan, readiness: Readiness, exitCode: ExitCode): ReportInput {
  const changes = plan.items.filter((i) => i.action !== 'none');
  return {
    operation: 'check',
    readiness,
    ...stamp,
    detection: plan.detection,
    result: {
      outcome: 'nothing-to-do',
      exitCode,
      restartNeeded: false,
      msg: msg('result.checkedOnly', { count: changes.length }),
      backup: null,
      steps: [],
      restored: null,
    },
    rows: plan.items.map((item) => ({
      hive: item.hive,
      key: item.key,
      view: item.view,
      name: item.name,
      before: item.current,
      after: item.action === 'none' ? item.current : item.desired,
      verified: false,
    })),
    findings: plan.findings.map((f) => f.msg),
    effective: plan.effective,
  };
}
