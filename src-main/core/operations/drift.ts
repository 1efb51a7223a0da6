import type { BackupDocument } from '../backup/backup-document.js';
import { sameValue, type RegValue } from '../registry/registry-port.js';
import { valueOf } from '../state/registry-state.js';

import { msg, type Msg } from '../../../src-shared/messages/messages.js';
import type { Drift } from '../../../src-shared/operation-types.js';

export type { Drift };

/** What the apply set at the value `index` of the backup's state: undefined when not recorded. */
export function appliedValue(backup: BackupDocument, index: number): RegValue | null | undefined {
  const applied = backup.applied?.values[index];
  return applied === undefined ? undefined : valueOf(applied);
}

/** Whether writing the backup's value over `current` would overwrite someone else's change. */
export function driftOf(
  current: RegValue | null,
  setByTool: RegValue | null | undefined,
  changes: boolean,
): Drift {
  if (setByTool === undefined) return 'unknown';
  return changes && !sameValue(current, setByTool) ? 'drifted' : 'none';
}

/** The refusal when drifted values are not confirmed (the CLI names its flag, the wizard its box). */
export function driftRefusal(names: string[]): Msg {
  return msg('rollback.drifted', { names });
}
