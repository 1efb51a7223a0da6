/**
 * apply: under the lock, plan from the registry as it is then, back up, change, verify, plan
 * again and judge readiness. A plan that differs from the one the technician reviewed is not
 * applied: the new plan is returned instead.
 */
import type { Group } from '../../src-shared/groups.js';
import type { ProtocolChoice } from '../../src-shared/protocols.js';
import type { Readiness } from '../../src-shared/readiness-types.js';
import { detect } from '../core/detect/detect.js';
import { applyPlan } from '../core/operations/apply.js';
import type { OperationResult } from '../core/operations/operation-result.js';
import { buildPlan } from '../core/plan/build-plan.js';
import { planFingerprint } from '../core/plan/plan-fingerprint.js';
import { changesOf, type Plan } from '../core/plan/plan-types.js';
import { readinessOf } from './audit.js';
import {
  afterChange,
  operationContext,
  underLock,
  type ChangeHooks,
  type UseCaseContext,
} from './context.js';

export interface ApplyInput extends ChangeHooks {
  protocols: ProtocolChoice;
  groups: Group[] | null;
  backupDir: string;
  replaceWrongTypes: boolean;
  /** The fingerprint of the plan the technician reviewed (the wizard); absent: no review. */
  reviewedPlan?: string;
  onBackupFile?: (file: string) => void;
}

export type ApplyChange =
  | { kind: 'changed-since-review'; plan: Plan }
  | { kind: 'ran'; plan: Plan; result: OperationResult; after: Plan | null; readiness: Readiness | null };

/** The plan for a choice, read now, with the fingerprint a review binds to. */
export function planFor(ctx: UseCaseContext, protocols: ProtocolChoice, groups: Group[] | null): Plan {
  const plan = buildPlan(ctx.machine.registry, detect(ctx.machine), protocols, groups);
  return { ...plan, fingerprint: planFingerprint(plan) };
}

export function applyChange(ctx: UseCaseContext, input: ApplyInput): ApplyChange {
  return underLock(ctx, () => {
    input.guard?.();
    const plan = planFor(ctx, input.protocols, input.groups);
    if (input.reviewedPlan !== undefined && input.reviewedPlan !== plan.fingerprint) {
      return { kind: 'changed-since-review', plan };
    }
    const result = applyPlan(
      plan,
      {
        backupDir: input.backupDir,
        replaceWrongTypes: input.replaceWrongTypes,
        ...(input.onBackupFile ? { onBackupFile: input.onBackupFile } : {}),
      },
      operationContext(ctx, input.onStepFor?.(changesOf(plan).length) ?? input.onStep),
    );
    const after =
      result.outcome === 'refused' ? null : afterChange(() => planFor(ctx, input.protocols, input.groups));
    const readiness = after && afterChange(() => readinessOf(ctx, after, input));
    return { kind: 'ran', plan, result, after, readiness };
  });
}
