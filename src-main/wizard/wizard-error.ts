import { MessageError } from '../../src-shared/messages/message-error.js';
import type { Msg } from '../../src-shared/messages/messages.js';

/** A request the wizard refuses, with a message for the technician. Nothing was changed. */
export class WizardError extends MessageError {
  constructor(
    readonly code: 'refused' | 'busy' | 'not-found',
    m: Msg,
  ) {
    super(m);
    this.name = 'WizardError';
  }
}
