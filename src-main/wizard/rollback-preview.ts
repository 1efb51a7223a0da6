import { catalogueEntry } from '../core/catalogue/catalogue.js';
import {
  driftedIn,
  wrongTypesIn,
  type RollbackOptions,
  type RollbackPlan,
} from '../core/operations/rollback.js';
import type { RollbackPreview, RollbackRequest } from '../../src-shared/ipc-contract.js';
import { recordedOsName } from './wizard-messages.js';

/** A rollback plan as the renderer sees it: values by location, never a path it could send back. */
export function toPreview(id: string, plan: RollbackPlan): RollbackPreview {
  const wrong = new Set(wrongTypesIn(plan));
  return {
    id,
    createdAt: plan.backup.createdAt,
    computerName: plan.backup.machine.computerName,
    contentHash: plan.contentHash,
    osName: plan.backup.machine.os.displayName,
    osNameMsg: recordedOsName(plan.backup.machine.os.displayName),
    items: plan.items.map((i) => ({
      hive: i.value.hive,
      view: i.value.view,
      key: i.value.key,
      name: i.value.name,
      protocolMask: catalogueEntry(i.value.entryId)?.desired.kind === 'protocols',
      current: i.current,
      restoreTo: i.restoreTo,
      changes: i.changes,
      wrongType: wrong.has(i),
      setByTool: i.setByTool,
      drift: i.drift,
    })),
    keysToRemove: plan.keysToRemove.map((k) => ({ hive: k.hive, view: k.view, path: k.path })),
    driftKnown: plan.driftKnown,
  };
}

/** A file that changed since the preview, or drift not confirmed: refused, and its new preview shown. */
export function needsNewPreview(plan: RollbackPlan | null, request: RollbackRequest): boolean {
  if (plan === null) return false;
  return plan.contentHash !== request.previewHash || (!request.overwriteDrift && driftedIn(plan).length > 0);
}

/** What the technician confirmed, and the preview the rollback is bound to. */
export function rollbackOptions(request: RollbackRequest): RollbackOptions {
  return {
    restoreWrongTypes: request.restoreWrongTypes,
    expectedHash: request.previewHash,
    overwriteDrift: request.overwriteDrift,
  };
}
