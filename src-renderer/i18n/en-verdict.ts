/** English: the verdict on screen, "Check only", the first screen's one-click path, the step states. */
export const enVerdict = {
  verdictLabel: 'Is this PC ready for Microsoft 365?',
  verdictAfterLabel: 'Is this PC ready for Microsoft 365 now?',
  verdictNext: 'Next step:',
  verdictRows: 'Ready for Microsoft 365, per program group',
  verdictColumn: 'Verdict',
  moreReasons_one: 'and 1 more thing to know',
  moreReasons_other: 'and {n} more things to know',
  checkOnly: 'Check only',
  checkOnlyHint: 'Gives the verdict, a ticket summary and a report. Changes nothing.',
  checkTitle: 'Check only: nothing was changed',
  checkBack: 'Back to the wizard',
  checkReadOnly:
    'Without administrator rights this is all the tool can do here: hand the verdict on with the ticket summary and the report.',
  makeReady: 'Make it ready',
  makeReadyHint: 'Backs up and sets what this Windows needs, in one go. Every step stays one click away.',
  makeReadyConfirm_one: 'Back up and change 1 value?',
  makeReadyConfirm_other: 'Back up and change {n} values?',
  makeReadyBackup: 'The backup goes to {folder}.',
  makeReadyGo: 'Back up and change',
  makeReadyReview: 'This needs a decision first: the review shows what and why.',
  stepNotNeeded: 'not needed here',
  stepAutomatic: 'automatic',
  getKb: 'Where to get the update',
  getKbText:
    'Download {msu} from the Microsoft Update Catalog (catalog.update.microsoft.com, search "{search}"), put it beside the wizard on the stick, then start the wizard again.',
  refreshVerdict: 'Check again',
  protocolsUnused:
    'None of the ticked settings uses this choice here: these Windows versions keep their own protocol list.',
  protocolsOnlyTls13:
    '"Only" means TLS 1.0 and 1.1 are switched off; TLS 1.3 stays on where Windows offers it.',
};
