import { wrongTypesIn, type RollbackPlan } from '../core/operations/rollback.js';
import type { RollbackPreview } from '../../src-shared/ipc-contract.js';
import type { ReportInput } from '../core/report/report.js';

/** A rollback plan as the renderer sees it: values by location, never a path it could send back. */
export function toPreview(id: string, plan: RollbackPlan): RollbackPreview {
  const wrong = new Set(wrongTypesIn(plan));
  return {
    id,
    createdAt: plan.backup.createdAt,
    computerName: plan.backup.machine.computerName,
    contentHash: plan.contentHash,
    osName: plan.backup.machine.os.displayName,
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

/** The report rows of a rollback: each value before it and as read back after it. */
export function rollbackRows(before: RollbackPlan, after: RollbackPreview | null): ReportInput['rows'] {
  return before.items.map((item, i) => ({
    hive: item.value.hive,
    key: item.value.key,
    view: item.value.view,
    name: item.value.name,
    before: item.current,
    // A value the rollback removed reads back as null: not "unchanged" (that made "Values changed: 0").
    after: after ? (after.items[i]?.current ?? null) : item.current,
    verified: after ? after.items[i]?.changes === false : false,
  }));
}
