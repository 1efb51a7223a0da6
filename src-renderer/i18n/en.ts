import { enResults } from './en-results.js';
import { enVerdict } from './en-verdict.js';

/**
 * Every visible English string. The wording follows the CLI (src-main/cli/render-text.ts).
 * {name} marks a value filled in by t(); keys ending _one / _other are counted with tn().
 */
export const en = {
  appTitle: 'TLS 1.2 Wizard',
  loading: 'Reading this computer…',
  startFailed: 'The wizard could not start',
  startFailedText: 'The wizard could not read this computer. The reason is shown above.',
  tryAgain: 'Try again',
  noApi: 'The wizard is not connected to its main process. Close it and start it again.',
  unexpectedError:
    'Something went wrong in the wizard itself. Nothing more was changed; close it and start it again.',
  errorPrefix: 'Error:',
  yes: 'yes',
  none: 'none',
  noneFound: 'none found',
  continue: 'Continue',
  back: 'Back',
  next: 'Next',
  busyReason: 'Please wait until the current task has finished.',

  simulationPrefix: 'SIMULATION:',
  simulationText: '{label}. Nothing on this computer is changed.',

  notElevatedTitle: 'Not running as administrator.',
  notElevatedText:
    'You can look at everything, but nothing can be changed: applying and rolling back need administrator rights.',
  relaunchElevated: 'Restart as administrator',
  needsAdmin: 'Needs administrator rights: use "Restart as administrator" above.',

  interruptedTitle: 'An interrupted change was found',
  interruptedText:
    'An {operation} started {time} never finished (the computer may have lost power, or the tool was closed).',
  interruptedWhat:
    'Repair puts every value it touched back as it was before it started. Nothing else can be done until it is repaired.',
  op_apply: 'apply',
  op_rollback: 'rollback',
  repairNow: 'Repair now',
  repairNeedsAdmin: 'Repairing changes the registry: restart the wizard as administrator first.',

  stepsLabel: 'Steps',
  stepDone: 'done',
  wizardNavLabel: 'Wizard',
  step_computer: 'This computer',
  step_update: 'Update',
  step_choice: 'Choice',
  step_review: 'Review',
  step_backup: 'Backup',
  step_apply: 'Apply',
  step_result: 'Result',
  step_update_long: 'Update KB 3140245 (WinHTTP)',
  step_choice_long: 'Choose the protocols and settings',
  step_review_long: 'Review the changes',
  step_backup_long: 'Backup',
  step_apply_long: 'Back up and apply',
  step_result_long: 'Result',

  blockUnsupported: 'This Windows is not supported: the wizard cannot go further.',
  blockNoGroup: 'Choose at least one group.',
  blockNoPlan: 'The changes could not be read yet.',
  blockBlockers: 'Nothing can be applied on this computer (see above).',
  blockWrongTypes: 'Confirm replacing the values of the wrong type, or go back.',
  blockFolder: 'The backup folder is not writable: choose another folder.',
  blockNotElevated: 'Applying needs administrator rights: use "Restart as administrator".',
  blockApplyFirst: 'Back up and apply first.',
  blockLastStep: 'This is the last step.',

  fact_windows: 'Windows',
  fact_edition: 'Edition',
  fact_build: 'Build',
  fact_version: 'version {version}',
  fact_servicePack: 'Service pack',
  servicePackN: 'Service Pack {n}',
  fact_type: 'Type',
  client: 'Client',
  server: 'Server',
  fact_architecture: 'Architecture',
  bits64: '64-bit',
  bits32: '32-bit',
  fact_computerName: 'Computer name',
  fact_admin: 'Administrator',
  adminNo: 'NO: run as administrator to make changes',
  fact_dotnet: '.NET Framework',
  unsupportedTitle: 'NOT SUPPORTED:',
  unsupportedText: 'The wizard changes nothing on this Windows.',

  rollbackEntryTitle: 'Roll back from a backup',
  rollbackEntryText: 'Put back the values as a backup taken by this tool recorded them.',
  rollbackEntryButton: 'Roll back from a backup…',

  kbState_notNeeded: 'Not needed',
  kbState_present: 'Installed',
  kbState_probablyPresent: 'Looks installed',
  kbState_missing: 'MISSING',
  kbNeeded: 'This Windows needs KB 3140245 for TLS 1.1 and 1.2 in WinHTTP.',
  kbNotNeeded: 'This Windows has TLS 1.1 and 1.2 in WinHTTP built in.',
  kbMissingTitle: 'What to do:',
  kbMissingWhat: 'install the update {msu}, then restart the computer.',
  kbMissingNotBlocking:
    'You can still set the values now: WinHTTP uses DefaultSecureProtocols once the update is installed.',
  kbOnStick: 'The update is on the USB stick: {file}.',
  kbNotOnStick:
    'The update was not found on the USB stick: download it from the Microsoft Update Catalog and put it beside the wizard (or in its "updates" folder).',
  installKb: 'Install KB 3140245 from the stick',
  kbInstalling: 'Installing the update… this can take several minutes.',
  kbRestartNeeded: 'Restart the computer to finish installing the update.',
  exitCode: 'exit code {code}',
  kbEvidence: 'Evidence: file versions',
  col_file: 'File',
  col_version: 'Version',
  col_minimum: 'Needs',
  col_check: 'Check',
  col_path: 'Path',
  fileOk: 'ok',
  fileTooOld: 'too old',
  notFound: 'not found',
  kbPackages: 'Servicing packages',
  kbNoPackages: 'None registered (normal when a later rollup replaced the update: the file versions decide).',

  protocolsLegend: 'Protocols for WinHTTP (and WinINet)',
  protocolsHint:
    'Written to DefaultSecureProtocols (and SecureProtocols). SSL 2.0 and 3.0 are always switched off.',
  choice_12: 'TLS 1.2 only (recommended)',
  choice_12_text:
    'What Microsoft 365 requires. Old devices and servers that know only TLS 1.0 or 1.1 can no longer be reached by these programs.',
  choice_11_12: 'TLS 1.1 and 1.2',
  choice_11_12_text:
    'Keeps TLS 1.1 for older servers without TLS 1.2. Microsoft 365 no longer accepts TLS 1.1.',
  choice_10_11_12: 'TLS 1.0, 1.1 and 1.2',
  choice_10_11_12_text:
    'Keeps every older protocol for old devices and servers (printers, scanners, line-of-business servers); TLS 1.2 becomes available. The least strict choice.',
  choice_10_12: 'TLS 1.0 and 1.2',
  choice_10_12_text: 'For old servers that speak only TLS 1.0, without TLS 1.1.',
  groupsLegend: 'What to change',
  groupsHint:
    'Ticked: what this Windows needs for TLS 1.2. The rest is optional here; ticking a group sets all its values.',
  need_required: 'Needed on this Windows',
  need_optional: 'Optional here',
  need_never: 'Nothing to set on this Windows',
  groupLocked:
    'Ticked with {group}: on this Windows that gives TLS 1.2 only with the SChannel TLS 1.2 client on.',
  // What the group means for the technician first; the registry names are the detail.
  group_winhttp: 'Outlook and OneDrive (WinHTTP: DefaultSecureProtocols)',
  group_winhttp_text:
    'Outlook, OneDrive and other programs that use WinHTTP; both the 64-bit and the 32-bit view.',
  group_dotnet: '.NET programs (.NET Framework: SystemDefaultTlsVersions, SchUseStrongCrypto)',
  group_dotnet_text: '.NET programs built for older Framework versions use TLS 1.2 and strong ciphers.',
  group_schannel: "Windows' own TLS 1.2 client (SChannel: Enabled, DisabledByDefault)",
  group_schannel_text: 'Turns the TLS 1.2 client on in Windows; it is off by default on {windows}.',
  group_wininet: 'Internet Options and older browsers (WinINet: SecureProtocols)',
  group_wininet_text:
    'Internet Explorer and Internet Options, as machine policy for every user. Only when asked for: it overrides what users set in Internet Options.',

  readingRegistry: 'Reading the registry…',
  blockersTitle: 'Cannot apply:',
  changeCount_one: '1 value will change',
  changeCount_other: '{n} values will change',
  restartWillBeNeeded: '; a restart will be needed.',
  nothingToChange: 'Nothing to change: every value is already as chosen.',
  planTableLabel: 'Registry values: current and new',
  col_key: 'Key',
  col_name: 'Name',
  col_current: 'Current',
  col_new: 'New',
  effectiveTitle: 'What this computer will offer by default',
  col_stack: 'Used by',
  col_now: 'Now',
  col_after: 'After the change and a restart',
  stack_winhttp: 'WinHTTP (Outlook, OneDrive, Windows Update)',
  stack_schannel: 'Programs that ask Windows for its default',
  stack_dotnet4: '.NET 4.x programs built for older versions',
  stack_dotnet35: '.NET 3.5 programs',
  stack_wininet: 'Internet Options (WinINet, machine policy)',
  programs64: '64-bit programs',
  programs32: '32-bit programs',
  noTls: 'no TLS',
  onceInstalled: ' (once {updates} is installed)',
  col_restoreTo: 'Restore to',
  notSet: '(not set)',
  notSetRemove: '(not set: value removed)',
  noChange: 'no change',
  wrongType: 'wrong type',
  wrongTypeCount_one:
    '1 value has the wrong type or length (see the findings). It is replaced only if you confirm; the backup keeps its type and bytes exactly.',
  wrongTypeCount_other:
    '{n} values have the wrong type or length (see the findings). They are replaced only if you confirm; the backup keeps their types and bytes exactly.',
  replaceWrongTypes: 'Replace values of the wrong type',
  findingsTitle: 'Worth knowing (nothing here is changed)',
  severity_info: 'Information',
  severity_warning: 'Warning',
  severity_error: 'Error',
  ...enResults,
  ...enVerdict,
} as const;

export type MessageKey = keyof typeof en;
/** Another language: the same keys, each a string. */
export type Dictionary = Record<MessageKey, string>;
