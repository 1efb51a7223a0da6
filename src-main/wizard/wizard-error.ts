/** A request the wizard refuses, with a message for the technician. Nothing was changed. */
export class WizardError extends Error {
  constructor(
    readonly code: 'refused' | 'busy' | 'not-found',
    message: string,
  ) {
    super(message);
    this.name = 'WizardError';
  }
}
