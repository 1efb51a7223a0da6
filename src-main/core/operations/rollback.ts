import { msg, said } from '../../../src-shared/messages/messages.js';
import { BackupError } from '../backup/backup-error.js';
import { readBackupFileAndHash } from '../backup/backup-files.js';
import type { BackupDocument } from '../backup/backup-document.js';
import { CATALOGUE } from '../catalogue/catalogue.js';
import { detectOs } from '../detect/detect-os.js';
import { PlanReader, deniedAdvice, deniedKeyOf, probeWrites } from '../plan/access-check.js';
import { regTypeName, sameValue, type RegValue } from '../registry/registry-port.js';
import { snapshotFor } from '../state/rollback-snapshot.js';
import { valueOf, type KeyState, type ValueState } from '../state/registry-state.js';
import { runTransaction } from '../state/transaction.js';
import type { OperationContext } from './context.js';
import { recordChange } from './record-change.js';
import { appliedValue, driftOf, driftRefusal, type Drift } from './drift.js';
import { RegistryError } from '../registry/registry-error.js';
import { EXIT, failedBeforeWriting, refused, type OperationResult } from './operation-result.js';

export interface RollbackItem {
  value: ValueState;
  current: RegValue | null;
  restoreTo: RegValue | null;
  changes: boolean;
  /** What the apply set here (null: no value); null also when unknown (drift "unknown"). */
  setByTool: RegValue | null;
  /** "drifted": changed by someone else since the apply, and the rollback would overwrite it. */
  drift: Drift;
}

export interface RollbackPlan {
  backupFile: string;
  backup: BackupDocument;
  items: RollbackItem[];
  /** Keys the tool created that the rollback removes (when empty). */
  keysToRemove: KeyState[];
  /** sha256 (hex) of the file's bytes as read for this plan. */
  contentHash: string;
  /** False for a backup older than format 3: whether values drifted is not known. */
  driftKnown: boolean;
}

/** Reads and checks a backup, and shows what rolling back to it would change. Writes nothing. */
export function planRollback(file: string, ctx: OperationContext): RollbackPlan {
  const { registry, hostname } = ctx.machine;
  const os = detectOs(registry, hostname);
  const { doc: backup, contentHash } = readBackupFileAndHash(file, os.computerName, os.is64Bit);
  const items = backup.state.values.map((value, i) => {
    const current = registry.readValue({ hive: value.hive, view: value.view, path: value.key }, value.name);
    const restoreTo = valueOf(value);
    const changes = !sameValue(current, restoreTo);
    const setByTool = appliedValue(backup, i);
    return {
      value,
      current,
      restoreTo,
      changes,
      setByTool: setByTool ?? null,
      drift: driftOf(current, setByTool, changes),
    };
  });
  const keysToRemove = backup.state.keys.filter((k) => !k.existed && registry.keyExists(k));
  const driftKnown = backup.applied !== undefined;
  return { backupFile: file, backup, items, keysToRemove, contentHash, driftKnown };
}

export interface RollbackResult extends OperationResult {
  /** What the rollback set out to do (null when the backup was refused or unreadable). */
  plan: RollbackPlan | null;
}

/** Step 7: puts every value back as the backup recorded it, with a journal, and verifies. */
export interface RollbackOptions {
  /** The technician confirmed writing back values of another type than Windows expects (e.g. REG_SZ "1"). */
  restoreWrongTypes?: boolean;
  /** The content hash of the file the technician previewed: a file that differs now is refused. */
  expectedHash?: string;
  /** The technician saw and confirmed overwriting values changed since the apply (drift). */
  overwriteDrift?: boolean;
}

/** Values changed by someone else since the apply that the rollback would overwrite. */
export function driftedIn(plan: RollbackPlan): RollbackItem[] {
  return plan.items.filter((i) => i.drift === 'drifted');
}

/** Values the rollback would write with another type than the catalogue's (REG_DWORD). */
export function wrongTypesIn(plan: RollbackPlan): RollbackItem[] {
  return plan.items.filter((i) => {
    const entry = CATALOGUE.find((e) => e.id === i.value.entryId);
    return i.changes && i.restoreTo !== null && entry !== undefined && i.restoreTo.type !== entry.type;
  });
}

/** REG_SZ; for a value kept as bytes its Win32 type and length: "REG_DWORD of 2 bytes". */
function typeOf(value: RegValue | null): string {
  if (value?.type !== 'REG_RAW') return value?.type ?? '(none)';
  return `${regTypeName(value.data.regType)} of ${value.data.hex.length / 2} bytes`;
}

export function rollback(file: string, ctx: OperationContext, options: RollbackOptions = {}): RollbackResult {
  const result = runRollback(file, ctx, options);
  return { ...result.result, plan: result.plan };
}

function runRollback(
  file: string,
  ctx: OperationContext,
  options: RollbackOptions,
): { result: OperationResult; plan: RollbackPlan | null } {
  let plan: RollbackPlan;
  try {
    plan = planRollback(file, ctx);
  } catch (error) {
    if (error instanceof BackupError) return { result: refused(error.msg), plan: null };
    const denied = deniedKeyOf(error);
    if (denied) return { result: refused(deniedAdvice(denied)), plan: null };
    if (error instanceof RegistryError) return { result: failedBeforeWriting(error), plan: null };
    throw error;
  }
  if (options.expectedHash !== undefined && options.expectedHash !== plan.contentHash) {
    return {
      result: refused(msg('result.backupChanged', { file })),
      plan,
    };
  }
  if (!ctx.machine.isElevated()) {
    return {
      result: refused(msg('result.notAdmin', {})),
      plan,
    };
  }
  // A backup may hold a value of an unexpected type exactly as it was (REG_SZ "1"); a hostile
  // file could hold the same. Either way it is written back only when the technician confirms.
  const wrong = wrongTypesIn(plan);
  if (wrong.length > 0 && !options.restoreWrongTypes) {
    return {
      result: refused(
        msg('result.restoreWrongTypes', {
          values: wrong.map((i) => ({ type: typeOf(i.restoreTo), name: i.value.name, view: i.value.view })),
        }),
      ),
      plan,
    };
  }
  // Someone else's change since the apply is overwritten only when it was shown and confirmed.
  const drifted = driftedIn(plan);
  if (drifted.length > 0 && !options.overwriteDrift) {
    return { result: refused(driftRefusal(drifted.map((i) => `${i.value.name} (${i.value.view})`))), plan };
  }
  const changing = plan.items.filter((i) => i.changes);
  if (changing.length === 0 && plan.keysToRemove.length === 0) {
    return {
      plan,
      result: {
        outcome: 'nothing-to-do',
        exitCode: EXIT.ok,
        restartNeeded: false,
        ...said(msg('result.alreadyMatchesBackup', {})),
        backup: null,
        steps: [],
        restored: null,
      },
    };
  }
  let before;
  try {
    // A key the rollback would write in but may not (access denied): refused before any write.
    const reader = new PlanReader(ctx.machine.registry);
    probeWrites(
      reader,
      changing.map((i) => i.value),
    );
    const [denied] = reader.deniedKeys();
    if (denied) return { result: refused(deniedAdvice(denied)), plan };
    before = snapshotFor(ctx.machine.registry, plan.backup.state);
  } catch (error) {
    const denied = deniedKeyOf(error);
    if (denied) return { result: refused(deniedAdvice(denied)), plan };
    if (error instanceof RegistryError) return { result: failedBeforeWriting(error), plan };
    throw error;
  }
  const tx = runTransaction(ctx.machine.registry, ctx.journal, {
    operation: 'rollback',
    computerName: plan.backup.machine.computerName,
    backupFile: file,
    before,
    target: plan.backup.state,
    ...(ctx.onStep ? { onStep: ctx.onStep } : {}),
  });
  if (!tx.ok) {
    return {
      plan,
      result: {
        outcome: 'failed',
        exitCode: EXIT.failed,
        restartNeeded: false,
        ...said(
          msg('result.rollbackFailed', {
            error: tx.error,
            restoreError: tx.restored ? null : tx.restoreError,
          }),
        ),
        backup: null,
        steps: tx.steps,
        restored: tx.restored,
      },
    };
  }
  const restartNeeded = changing.some(
    (i) => CATALOGUE.find((e) => e.id === i.value.entryId)?.restart ?? true,
  );
  recordChange(
    ctx,
    'rollback',
    plan.backup.machine.computerName,
    restartNeeded,
    changing.flatMap((i) => CATALOGUE.find((e) => e.id === i.value.entryId)?.group ?? []),
  );
  return {
    plan,
    result: {
      outcome: 'done',
      exitCode: restartNeeded ? EXIT.restartNeeded : EXIT.ok,
      restartNeeded,
      ...said(
        msg('result.rolledBack', {
          createdAt: plan.backup.createdAt,
          count: changing.length,
          restart: restartNeeded,
        }),
      ),
      backup: null,
      steps: tx.steps,
      restored: null,
    },
  };
}
