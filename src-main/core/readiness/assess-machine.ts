/** The readiness of the machine as it is now: gather the evidence, then the pure model. */
import type { Evidence, Readiness } from '../../../src-shared/readiness-types.js';
import type { Machine } from '../machine.js';
import type { Plan } from '../plan/plan-types.js';
import type { JournalStore } from '../state/journal.js';
import * as path from 'node:path';
import { LAST_CHANGE_FILE, readLastChange } from '../state/last-change.js';
import { gatherReadiness } from './gather.js';
import { assessReadiness } from './readiness.js';

export interface AssessOptions {
  now?: Date;
  interrupted?: { operation: string; startedAt: string } | null;
  updateInstalledThisSession?: boolean;
  /** Facts the caller already knows could not be read (an unusable journal). */
  unreadable?: Evidence[];
}

export function assessMachine(
  machine: Machine,
  journal: JournalStore,
  plan: Plan,
  o: AssessOptions = {},
): Readiness {
  const record = readLastChange(journal.folder, plan.detection.os.computerName);
  const unusable = record !== null && 'unusable' in record;
  const unreadable = [
    ...(o.unreadable ?? []),
    // Whether the last change waits for a restart cannot be told: never "ready".
    ...(unusable ? [{ where: path.join(journal.folder, LAST_CHANGE_FILE), found: record.unusable }] : []),
  ];
  const input = gatherReadiness(machine, plan, {
    now: o.now ?? new Date(),
    lastChange: unusable ? null : record,
    interrupted: o.interrupted ?? null,
    ...(o.updateInstalledThisSession !== undefined
      ? { updateInstalledThisSession: o.updateInstalledThisSession }
      : {}),
    unreadable,
  });
  return assessReadiness(input);
}
