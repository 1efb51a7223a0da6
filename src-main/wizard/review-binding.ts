import { refused } from '../core/operations/operation-result.js';
import type { Plan } from '../core/plan/plan-types.js';
import type { ApplyOutcome } from '../../src-shared/ipc-contract.js';
import { english, msg } from '../../src-shared/messages/messages.js';

/** The refusal of an apply whose plan differs from the reviewed one: `after` is the new plan. */
export function changedSinceReview(plan: Plan): ApplyOutcome {
  const result = refused(msg('wizard.planChanged', {}));
  return { result, after: plan, readiness: null, reportAvailable: false, summary: english(result.msg) };
}
