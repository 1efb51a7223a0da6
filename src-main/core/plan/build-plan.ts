import { CATALOGUE, type CatalogueEntry, type Group } from '../catalogue/catalogue.js';
import { desiredProtocolMask, type ProtocolChoice } from '../catalogue/protocols.js';
import type { Detection } from '../detect/detect.js';
import { sameValue, type RegistryPort, type RegValue } from '../registry/registry-port.js';
import { dwordOf } from '../registry/dword-of.js';
import { PlanReader } from './access-check.js';
import { collectFindings } from './findings.js';
import { addRegistryFindings } from './registry-findings.js';
import type { Plan, PlanAction, PlanItem } from './plan-types.js';
import { viewsFor } from './views.js';

function desiredValue(entry: CatalogueEntry, choice: ProtocolChoice, current: RegValue | null): RegValue {
  if (entry.desired.kind === 'dword') return { type: 'REG_DWORD', data: entry.desired.data };
  const currentMask = dwordOf(current);
  return { type: 'REG_DWORD', data: desiredProtocolMask(choice, currentMask) };
}

function actionFor(current: RegValue | null, desired: RegValue): PlanAction {
  if (current === null) return 'create';
  if (current.type !== desired.type) return 'replace-type';
  return sameValue(current, desired) ? 'none' : 'change';
}

/** The catalogue entries that apply for the chosen groups, in catalogue order. */
export function entriesFor(groups: readonly Group[]): CatalogueEntry[] {
  return CATALOGUE.filter((e) => groups.includes(e.group));
}

/**
 * Step 3 of the wizard: for every catalogue value of the chosen groups, in every view that
 * needs it, what it is now and what it will be. Reads only.
 */
export function buildPlan(
  registry: RegistryPort,
  detection: Detection,
  choice: ProtocolChoice,
  groups: readonly Group[],
): Plan {
  const items: PlanItem[] = [];
  const reader = new PlanReader(registry);
  for (const entry of entriesFor(groups)) {
    for (const view of viewsFor(entry, detection.os.is64Bit)) {
      const current = reader.readValue({ hive: entry.hive, view, path: entry.key }, entry.name);
      const desired = desiredValue(entry, choice, current);
      items.push({
        entryId: entry.id,
        group: entry.group,
        hive: entry.hive,
        view,
        key: entry.key,
        name: entry.name,
        current,
        desired,
        action: actionFor(current, desired),
        restart: entry.restart,
        why: entry.why,
      });
    }
  }
  const blockers = detection.os.unsupportedReason ? [detection.os.unsupportedReason] : [];
  const plan: Plan = { detection, choice, groups: [...groups], items, findings: [], blockers };
  plan.findings = collectFindings(reader, plan);
  addRegistryFindings(reader, plan);
  return plan;
}
