import { DEFAULT_PROTOCOL_CHOICE } from '../../../src-shared/protocols.js';
import { GROUPS, type Need } from '../catalogue/catalogue.js';
import type { Detection } from '../detect/detect.js';
import type { RegistryPort } from '../registry/registry-port.js';
import { buildPlan } from './build-plan.js';

export type { GroupAdvice } from '../../../src-shared/groups.js';
import type { GroupAdvice } from '../../../src-shared/groups.js';

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
