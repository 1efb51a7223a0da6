import type { Machine } from '../machine.js';
import type { JournalStore } from '../state/journal.js';
import type { Step } from '../state/write-state.js';

/** What an apply or a rollback needs besides its input. */
export interface OperationContext {
  machine: Machine;
  journal: JournalStore;
  toolVersion: string;
  now?: () => Date;
  onStep?: (step: Step) => void;
}
