/**
 * rollback: under the lock, the backup's plan (the preview, for the progress count), the
 * rollback itself, the plan read again afterwards and the verdict of the machine as it is then.
 */
import type { Readiness } from '../../src-shared/readiness-types.js';
import type { Detection } from '../core/detect/detect.js';
import type { OperationResult } from '../core/operations/operation-result.js';
import {
  planRollback,
  rollback,
  type RollbackOptions,
  type RollbackPlan,
} from '../core/operations/rollback.js';
import { readinessOf } from './audit.js';
import { planFor } from './apply.js';
import {
  afterChange,
  operationContext,
  underLock,
  type ChangeHooks,
  type UseCaseContext,
} from './context.js';

/** With onStepFor, the writes are counted from a preview read first; with onStep, no preview is read. */
export interface RollbackInput extends ChangeHooks {
  file: string;
  options: RollbackOptions;
}

export interface RollbackChange {
  /** The plan the rollback ran (null when the file could not be used). */
  plan: RollbackPlan | null;
  result: OperationResult;
  /** The backup's plan read again after the rollback (null when the file cannot be read). */
  after: RollbackPlan | null;
  /** The computer as detected after the rollback (null when it could not be read). */
  detection: Detection | null;
  readiness: Readiness | null;
}

/** The rollback's plan of a backup file, read now (BackupError for a file that cannot be used). */
export function previewRollback(ctx: UseCaseContext, file: string): RollbackPlan {
  return planRollback(file, operationContext(ctx));
}

function planOrNull(ctx: UseCaseContext, file: string): RollbackPlan | null {
  try {
    return previewRollback(ctx, file);
  } catch {
    return null;
  }
}

export function rollbackChange(ctx: UseCaseContext, input: RollbackInput): RollbackChange {
  return underLock(ctx, () => {
    input.guard?.();
    let onStep = input.onStep;
    if (input.onStepFor) {
      const preview = planOrNull(ctx, input.file);
      onStep = input.onStepFor(preview?.items.filter((i) => i.changes).length ?? 0);
    }
    const { plan, ...result } = rollback(input.file, operationContext(ctx, onStep), input.options);
    const after = plan === null ? null : planOrNull(ctx, input.file);
    // The default plan, read once after the rollback: its detection and the verdict on it.
    const now = afterChange(() => planFor(ctx, '1.2', null));
    const readiness =
      result.outcome === 'refused' || now === null ? null : afterChange(() => readinessOf(ctx, now, input));
    return { plan, result, after, detection: now?.detection ?? null, readiness };
  });
}
