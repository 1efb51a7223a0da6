import { accessProblems, type PlanReader } from './access-check.js';
import { oddValueBlockers, oddValueFindings } from './odd-value-findings.js';
import type { Plan } from './plan-types.js';

/**
 * What the registry itself holds against the plan: values of odd bytes or types, values too
 * large to back up, keys the tool may not open. Adds findings (what is there) and blockers
 * (what stops an apply, and what to do).
 */
export function addRegistryFindings(reader: PlanReader, plan: Plan): void {
  const access = accessProblems(reader, plan);
  plan.findings.push(...oddValueFindings(plan), ...access.findings);
  const blockers = [...oddValueBlockers(plan), ...access.blockers];
  plan.blockers.push(...blockers);
}
