/**
 * rollback: under the lock, the backup's plan (the preview, for the progress count), the
 * rollback itself, the plan read again afterwards and the verdict of the machine as it is then.
 */
import type { Readiness } from '../../src-shared/readiness-types.js';
import { detect, type Detection } from '../core/detect/detect.js';
import type { OperationResult } from '../core/operations/operation-result.js';
import {
  planRollback,
  rollback,
  type RollbackOptions,
  type RollbackPlan,
} from '../core/operations/rollback.js';
import { readinessOf } from './audit.js';
import { planFor } from './apply.js';
import type { Step } from '../core/state/write-state.js';
import {
  afterChange,
  operationContext,
  underLock,
  type StepReporter,
  type UseCaseContext,
} from './context.js';

export interface RollbackInput {
  file: string;
  options: RollbackOptions;
  /** Progress per write, told the number of writes planned (the wizard: read from a preview first)... */
  onStepFor?: StepReporter;
  /** ...or a plain per-write callback (the command line's crash hook), with no preview read. */
  onStep?: (step: Step) => void;
  updateInstalledThisSession?: boolean;
  /** Checked under the lock before anything is read (the wizard: no interrupted change to repair). */
  guard?: () => void;
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
    const readiness =
      result.outcome === 'refused'
        ? null
        : afterChange(() =>
            readinessOf(ctx, planFor(ctx, '1.2', null), {
              ...(input.updateInstalledThisSession !== undefined
                ? { updateInstalledThisSession: input.updateInstalledThisSession }
                : {}),
            }),
          );
    return { plan, result, after, detection: afterChange(() => detect(ctx.machine)), readiness };
  });
}
