/**
 * Before anything else: what the state folder holds. A journal or lock that cannot be used stops
 * changes (refused) but never reading; an apply or rollback that never finished is repaired under
 * the lock before anything else happens (a read-only command that finds the lock held notes it).
 */
import { msg, type Msg } from '../../src-shared/messages/messages.js';
import { validateState } from '../core/backup/validate-state.js';
import { detectOs } from '../core/detect/detect-os.js';
import { LockedError } from '../core/state/operation-lock.js';
import { changeRefusal, checkState, type StateCheck } from '../core/state/state-health.js';
import { repairInterrupted, type RepairResult } from '../core/state/transaction.js';
import type { UseCaseContext } from './context.js';
import { repairMsg } from './repair-message.js';

export type StateFirst =
  /** Go on. `repair` when an interrupted change was undone; `lockedBy` when another copy held the lock. */
  | {
      kind: 'go';
      check: StateCheck;
      repair: RepairResult | null;
      repairMsg: Msg | null;
      lockedBy: Msg | null;
    }
  | { kind: 'refused'; check: StateCheck; msg: Msg; repair: RepairResult | null }
  | { kind: 'failed'; check: StateCheck; msg: Msg; repair: RepairResult };

export function prepareState(ctx: UseCaseContext, o: { readOnly: boolean }): StateFirst {
  const { machine, journal } = ctx;
  const lock = journal.lock();
  const check = checkState(journal, lock.file);
  const refusal = changeRefusal(check);
  if (!o.readOnly && refusal !== null) return { kind: 'refused', check, msg: refusal, repair: null };
  const go = { kind: 'go' as const, check, repair: null, repairMsg: null, lockedBy: null };
  if (check.journal === null || check.problems.length > 0) return go;
  if (!machine.isElevated())
    return { kind: 'refused', check, msg: msg('repair.needsAdmin', {}), repair: null };
  const is64 = detectOs(machine.registry, machine.hostname).is64Bit;
  let repair: RepairResult;
  try {
    repair = lock.hold(() => {
      machine.refresh?.();
      return repairInterrupted(machine.registry, journal, (st) => validateState(st, is64));
    });
  } catch (error) {
    if (!o.readOnly || !(error instanceof LockedError)) throw error;
    return { ...go, lockedBy: error.msg };
  }
  const said = repairMsg(repair);
  if (!repair.repaired || repair.ok) return { ...go, repair, repairMsg: repair.repaired ? said : null };
  return repair.refused === true
    ? { kind: 'refused', check, msg: said, repair }
    : { kind: 'failed', check, msg: said, repair };
}
