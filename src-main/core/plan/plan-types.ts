export type {
  Finding,
  FindingSeverity,
  Plan,
  PlanAction,
  PlanItem,
  PlanReason,
} from '../../../src-shared/plan-types.js';
import type { Plan, PlanItem } from '../../../src-shared/plan-types.js';

export function changesOf(plan: Plan): PlanItem[] {
  return plan.items.filter((i) => i.action !== 'none');
}
