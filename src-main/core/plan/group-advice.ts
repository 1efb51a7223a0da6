import { DEFAULT_PROTOCOL_CHOICE } from '../../../src-shared/protocols.js';
import { GROUPS, type Group, type Need } from '../catalogue/catalogue.js';
import type { Detection } from '../detect/detect.js';
import type { RegistryPort } from '../registry/registry-port.js';
import { buildPlan } from './build-plan.js';

/** What the wizard's choice step needs to know about one group on this computer. */
export interface GroupAdvice {
  group: Group;
  /** required: the default plan sets some of its values here; optional: offered; never: nothing to set. */
  need: Need;
  /** Groups that must be chosen with it for it to give TLS 1.2 here (SChannel on Windows 7 / 2008 R2). */
  requires: Group[];
}

/** Per group, from the catalogue and this computer's registry: what the default plan does with it. */
export function adviseGroups(registry: RegistryPort, detection: Detection): GroupAdvice[] {
  const recommended = buildPlan(registry, detection, DEFAULT_PROTOCOL_CHOICE, null);
  return GROUPS.map((group) => {
    const alone = buildPlan(registry, detection, DEFAULT_PROTOCOL_CHOICE, [group]);
    const need: Need = recommended.groups.includes(group)
      ? 'required'
      : alone.items.length > 0
        ? 'optional'
        : 'never';
    return { group, need, requires: alone.needsSchannelFor.length > 0 ? ['schannel'] : [] };
  });
}
