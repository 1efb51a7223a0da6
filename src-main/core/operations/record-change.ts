import type { Group } from '../../../src-shared/groups.js';
import { writeLastChange } from '../state/last-change.js';
import type { OperationContext } from './context.js';

/**
 * Records a finished change in the state folder for the readiness model's restart check. The
 * registry is already changed and verified here: a record that cannot be written must not turn
 * that into a failure (the journal was written to the same folder moments before, so this is rare).
 */
export function recordChange(
  ctx: OperationContext,
  operation: 'apply' | 'rollback',
  computerName: string,
  restartNeeded: boolean,
  groups: Group[],
): void {
  try {
    writeLastChange(ctx.journal.folder, {
      operation,
      finishedAt: (ctx.now?.() ?? new Date()).toISOString(),
      computerName,
      restartNeeded,
      groups: [...new Set(groups)],
    });
  } catch {
    // See above: the operation's own result still says whether a restart is needed.
  }
}
