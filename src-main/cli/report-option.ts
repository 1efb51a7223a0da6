import * as fs from 'node:fs';
import type { Detection } from '../core/detect/detect.js';
import type { OperationResult } from '../core/operations/operation-result.js';
import type { RollbackPlan } from '../core/operations/rollback.js';
import type { Plan } from '../core/plan/plan-types.js';
import { reportHtml } from '../core/report/report-html.js';
import { reportLang } from '../core/report/report-text.js';
import {
  initialRestart,
  rollbackRows,
  rowsFromPlans,
  usesProtocolChoice,
  type ReportInput,
} from '../core/report/report.js';
import type { Readiness } from '../../src-shared/readiness-types.js';
import type { CliArgs } from './args.js';
import type { CliIo } from './run-cli.js';

export type ReportSource =
  | { operation: 'apply'; plan: Plan; after: Plan | null }
  | { operation: 'rollback'; plan: RollbackPlan; after: RollbackPlan | null };

/**
 * --report FILE: the wizard's HTML report of this apply or rollback, in the language of the
 * environment (LC_ALL / LANG: Swedish for sv*, else English). A file that cannot be written is
 * reported on stderr and never changes the exit code.
 */
export function writeCliReport(
  args: CliArgs,
  io: CliIo,
  detection: Detection,
  result: OperationResult,
  source: ReportSource,
  readiness: Readiness | null = null,
): void {
  if (args.report === null) return;
  const base = {
    toolVersion: io.version,
    createdAt: new Date().toISOString(),
    detection,
    result,
    readiness,
  };
  const input: ReportInput =
    source.operation === 'apply'
      ? {
          ...base,
          operation: 'apply',
          rows: rowsFromPlans(source.plan, source.after),
          findings: source.plan.findings.map((f) => f.msg),
          choice: { protocols: args.protocols, groups: args.groups, used: usesProtocolChoice(source.plan) },
          effective: {
            before: source.plan.effective.before,
            after: source.after?.effective.after ?? source.plan.effective.after,
          },
        }
      : {
          ...base,
          operation: 'rollback',
          rows: rollbackRows(source.plan, source.after),
          findings: [],
          restoredFrom: { file: source.plan.backupFile, createdAt: source.plan.backup.createdAt },
        };
  const lang = reportLang(io.env.LC_ALL ?? io.env.LANG);
  try {
    fs.writeFileSync(
      args.report,
      reportHtml(input, { lang, restart: initialRestart(result), surface: 'cli' }),
    );
  } catch (error) {
    io.err(`Could not write ${args.report}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
