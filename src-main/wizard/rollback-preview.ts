import { wrongTypesIn, type RollbackPlan } from '../core/operations/rollback.js';
import { osNameMsg } from './wizard-messages.js';
import type { RollbackPreview } from '../../src-shared/ipc-contract.js';

/** A rollback plan as the renderer sees it: values by location, never a path it could send back. */
export function toPreview(id: string, plan: RollbackPlan): RollbackPreview {
  const wrong = new Set(wrongTypesIn(plan));
  return {
    id,
    createdAt: plan.backup.createdAt,
    computerName: plan.backup.machine.computerName,
    contentHash: plan.contentHash,
    osName: plan.backup.machine.os.displayName,
    osNameMsg: osNameMsg(plan.backup.machine.os.displayName),
    items: plan.items.map((i) => ({
      hive: i.value.hive,
      view: i.value.view,
      key: i.value.key,
      name: i.value.name,
      current: i.current,
      restoreTo: i.restoreTo,
      changes: i.changes,
      wrongType: wrong.has(i),
    })),
    keysToRemove: plan.keysToRemove.map((k) => ({ hive: k.hive, view: k.view, path: k.path })),
  };
}
