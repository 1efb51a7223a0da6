import { refused } from '../core/operations/operation-result.js';
import type { Plan } from '../core/plan/plan-types.js';
import type { ApplyOutcome } from '../../src-shared/ipc-contract.js';

export const CHANGED_SINCE_REVIEW =
  'This computer changed after the plan was reviewed. Look at the new plan; apply again only if it is right. Nothing was changed.';

/** The refusal of an apply whose plan differs from the reviewed one: `after` is the new plan. */
export function changedSinceReview(plan: Plan): ApplyOutcome {
  return {
    result: refused(CHANGED_SINCE_REVIEW),
    after: plan,
    reportAvailable: false,
    summary: CHANGED_SINCE_REVIEW,
  };
}
