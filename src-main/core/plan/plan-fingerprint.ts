import { canonicalJson, sha256 } from '../backup/canonical-json.js';
import type { Plan } from './plan-types.js';

/**
 * What a technician reviews, as a sha256: the choice, every location with its current and planned
 * value and action, and the blockers. An apply bound to it is refused when the computer, and so
 * the plan, changed after the review.
 */
export function planFingerprint(plan: Plan): string {
  return sha256(
    canonicalJson({
      choice: plan.choice,
      groups: plan.groups,
      blockers: plan.blockers,
      items: plan.items.map((i) => [
        i.entryId,
        i.hive,
        i.view,
        i.key,
        i.name,
        i.current,
        i.desired,
        i.action,
      ]),
    }),
  );
}
