/**
 * The JSON document every machine command writes (`--json`, `--json-out`): one type for what
 * run-cli.ts fills in. The fleet reader validates files against its schema
 * (core/fleet/result-document.ts); test/unit/fleet/result-document.test.ts parses the real
 * documents of every profile with it.
 */
import type { Detection } from '../core/detect/detect.js';
import type { OperationResult } from '../core/operations/operation-result.js';
import type { RollbackPlan } from '../core/operations/rollback.js';
import type { Plan } from '../core/plan/plan-types.js';
import type { UntrustedFolder } from '../core/state/folder-guard.js';
import type { RepairResult } from '../core/state/transaction.js';
import type { Msg } from '../../src-shared/messages/messages.js';
import type { Readiness } from '../../src-shared/readiness-types.js';

export interface CliDocument {
  command: string;
  toolVersion: string;
  /**
   * When the command finished (ISO 8601, UTC): the result's own run time, which the fleet report
   * orders a machine's results by (a file's time changes when it is copied). Older results lack it.
   */
  ranAt?: string;
  simulatedProfile?: string | null;
  /** The journal or lock that cannot be used, by code (each names its file); English beside it. */
  stateProblems?: { msg: Msg }[];
  /** Why the command stopped before it had a result (a lock held, a refused folder), by code. */
  error?: { kind: 'refused' | 'failed' | 'bug'; msg: Msg };
  untrustedStateFolder?: UntrustedFolder;
  repair?: RepairResult;
  detection?: Detection;
  plan?: Plan;
  readiness?: Readiness;
  result?: OperationResult;
  rollbackPlan?: RollbackPlan | null;
  exitCode?: number;
}
