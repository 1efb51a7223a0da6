import type { Machine } from '../core/machine.js';
import type { JournalStore } from '../core/state/journal.js';
import { changeRefusal, checkState } from '../core/state/state-health.js';
import { WizardError } from './wizard-error.js';
import { msg } from '../../src-shared/messages/messages.js';

/** What the wizard service checks before it changes anything: refused with a sentence for a person. */
export function requireElevated(machine: Machine): void {
  if (!machine.isElevated()) throw new WizardError('refused', msg('wizard.needsAdmin', {}));
}

/** The journal and the lock can be used (readable, in a folder only administrators can change). */
export function requireUsableState(journal: JournalStore): void {
  const refusal = changeRefusal(checkState(journal, journal.lock().file));
  if (refusal !== null) throw new WizardError('refused', refusal);
}

export function requireNoInterruptedChange(journal: JournalStore): void {
  requireUsableState(journal);
  if (journal.read() !== null) {
    throw new WizardError('refused', msg('wizard.repairFirst', {}));
  }
}
