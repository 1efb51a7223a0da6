import type { Group } from '../catalogue/catalogue.js';
import type { ProtocolChoice } from '../catalogue/protocols.js';
import type { Detection } from '../detect/detect.js';
import type { Hive, RegValue, View } from '../registry/registry-port.js';

/** none: already right; create: value missing; change: other data; replace-type: other type. */
export type PlanAction = 'none' | 'create' | 'change' | 'replace-type';

export interface PlanItem {
  entryId: string;
  group: Group;
  hive: Hive;
  view: View;
  key: string;
  name: string;
  current: RegValue | null;
  desired: RegValue;
  action: PlanAction;
  restart: boolean;
  why: string;
}

export type FindingSeverity = 'info' | 'warning' | 'error';

/** Something worth knowing that is not itself a change. */
export interface Finding {
  code: string;
  severity: FindingSeverity;
  message: string;
}

export interface Plan {
  detection: Detection;
  choice: ProtocolChoice;
  groups: Group[];
  items: PlanItem[];
  findings: Finding[];
  /** Why nothing may be applied on this computer (unsupported Windows, ...); empty when it may. */
  blockers: string[];
}

export function changesOf(plan: Plan): PlanItem[] {
  return plan.items.filter((i) => i.action !== 'none');
}
