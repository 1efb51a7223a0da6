import { DEFAULT_PROTOCOL_CHOICE } from '../../../src-shared/protocols.js';
import { CATALOGUE, GROUPS, type Group, type Need } from '../catalogue/catalogue.js';
import { FAMILY_FACTS, OS_FAMILIES } from '../catalogue/windows-families.js';
import type { Detection } from '../detect/detect.js';
import type { RegistryPort } from '../registry/registry-port.js';
import { buildPlan } from './build-plan.js';

export type { GroupAdvice } from '../../../src-shared/groups.js';
import type { GroupAdvice } from '../../../src-shared/groups.js';

/** The families whose default plan sets some value of this group (catalogue `need`), by display name. */
function requiredOn(group: Group): string[] {
  return OS_FAMILIES.filter((f) => CATALOGUE.some((e) => e.group === group && e.need[f] === 'required')).map(
    (f) => FAMILY_FACTS[f].displayName,
  );
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
    return {
      group,
      need,
      requires: alone.needsSchannelFor.length > 0 ? ['schannel'] : [],
      requiredOn: requiredOn(group),
      usesProtocolChoice: CATALOGUE.some((e) => e.group === group && e.desired.kind === 'protocols'),
    };
  });
}
