import type { Machine } from '../core/machine.js';
import type { JournalStore } from '../core/state/journal.js';
import { changeRefusal, checkState } from '../core/state/state-health.js';
import { WizardError } from './wizard-error.js';
import { msg } from '../../src-shared/messages/messages.js';

/** What the wizard service checks before it changes anything: refused with a sentence for a person. */
export function requireElevated(machine: Machine): void {
  if (!machine.isElevated()) throw new WizardError('refused', msg('wizard.needsAdmin', {}));
}

export function requireNoInterruptedChange(journal: JournalStore): void {
  const refusal = changeRefusal(checkState(journal, journal.lock().file));
  if (refusal !== null) throw new WizardError('refused', refusal);
  if (journal.read() !== null) {
    throw new WizardError('refused', msg('wizard.repairFirst', {}));
  }
}
