import { msg, type Msg } from '../../src-shared/messages/messages.js';
import type { RepairResult } from '../core/state/transaction.js';

/** The repair's outcome by code, for every adapter. */
export function repairMsg(r: RepairResult): Msg {
  if (!r.repaired) return msg('repair.nothing', {});
  const operation = r.operation === 'rollback' ? 'rollback' : 'apply';
  return r.ok
    ? msg('repair.undone', { operation, startedAt: r.startedAt })
    : msg('repair.failed', { operation, error: r.error ?? '' });
}
