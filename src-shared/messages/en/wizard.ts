/** English: the lock, the journal, and the wizard's own requests (repair, update, restart, report). */
import type { KbState } from '../../detection-types.js';
import type { OsName } from '../params.js';
import type { Detail, None, Say } from '../say.js';
import { when } from './words.js';

const OPERATION = { apply: 'apply', rollback: 'rollback' } as const;

/** Why a journal file was not read: the kind of problem, with its numbers where it has any. */
export type JournalProblem =
  | { problem: 'not-regular' | 'unreadable' | 'not-json' | 'too-deep' }
  | { problem: 'too-large'; bytes: number; max: number }
  | { problem: 'newer'; version: number };

export const enWizard = {
  'lock.held': (p: { pid: number; since: string; file: string }) =>
    `Another copy of the TLS 1.2 Wizard (process ${p.pid}, since ${p.since}) is changing this computer (lock file ${p.file}). Wait for it to finish, then try again. Nothing was changed.`,
  'lock.notTaken': (p: { file: string }) =>
    `Could not take the lock ${p.file} for changing this computer. Nothing was changed.`,
  'lock.unusable': (p: { file: string; detail: string }) =>
    `The lock file ${p.file} cannot be used (${p.detail}). Remove it if no other copy of the tool is running, then try again. Nothing was changed.`,
  'lock.folderNotSecured': (p: { folder: string; detail: string }) =>
    `The folder ${p.folder} could not be made administrators-only (${p.detail}). Nothing was changed.`,
  'state.untrustedFolder': (
    p: { folder: string; files: string[]; otherWriters: string[] | null; reason: string | null },
    x: Say,
  ) =>
    `${x.list(p.files)} cannot be trusted: ${
      p.otherWriters === null
        ? `the access rights of the folder ${p.folder} could not be read (${p.reason ?? 'unknown'})`
        : `the folder ${p.folder} can be changed by other accounts than administrators and SYSTEM (${p.otherWriters.join(', ')})`
    }, so someone may have planted or changed it. If no copy of the tool is running, remove ${x.list(p.files)}; the tool then makes the folder administrators-only.`,
  'state.lockUnusable': (p: { file: string; detail: string }) =>
    `The lock file ${p.file} cannot be used (${p.detail}). If no other copy of the tool is running, remove it, then run the tool again.`,
  'state.journalUnreadable': (p: { file: string; detail: Detail }, x: Say) =>
    `The journal ${p.file} cannot be read (${x.say(p.detail)}). If no copy of the tool is running, check it and remove or rename it, then run the tool again (as administrator).`,
  'state.journalProblem': (p: JournalProblem) => {
    switch (p.problem) {
      case 'not-regular':
        return 'it is not a regular file';
      case 'unreadable':
        return 'it cannot be read';
      case 'not-json':
        return 'it is not valid JSON (truncated, empty or another kind of file)';
      case 'too-deep':
        return 'it holds more nesting, longer texts or more entries than a file of this tool ever does';
      case 'too-large':
        return `it is ${p.bytes} bytes; a file of this tool is never larger than ${p.max}`;
      case 'newer':
        return `it was written by a newer version of this tool (journal format ${p.version}); repair with that version`;
    }
  },
  'state.refused': (p: { problems: Detail[] }, x: Say) =>
    `${p.problems.map((d) => x.say(d)).join(' ')} Nothing was changed.`,
  'wizard.dialog.chooseBackupFolder': (_: None) => 'Choose the backup folder',
  'wizard.dialog.chooseBackupFile': (_: None) => 'Choose a backup of this computer',
  'repair.nothing': (_: None) => 'There was nothing to repair.',
  'repair.needsAdmin': (_: None) =>
    'An interrupted change was found. Run this tool as administrator to repair it; nothing was changed.',
  'error.internal': (p: { detail: string }) =>
    `The tool met an error it did not expect (${p.detail}). Nothing more was done: check this computer with audit, and report this with the log.`,
  'repair.undone': (p: { operation: 'apply' | 'rollback'; startedAt: string }) =>
    `The interrupted ${OPERATION[p.operation]} from ${when(p.startedAt)} was undone: the registry is as it was before it.`,
  'repair.failed': (p: { operation: 'apply' | 'rollback'; error: Detail }, x: Say) =>
    `The interrupted ${OPERATION[p.operation]} could not be undone: ${x.say(p.error)}`,
  'repair.journalInvalid': (p: { file: string; detail: string }) =>
    `the journal ${p.file} is not valid (${p.detail}); it was left in place. If no copy of the tool is running, check it and remove or rename it. Nothing was changed`,
  'kb.notNeeded': (_: None) => 'This Windows does not need KB 3140245.',
  'kb.noInstaller': (p: { msu: string | null }) =>
    `No ${p.msu ?? 'KB 3140245 package'} was found beside the tool.`,
  'kb.wusaInstalled': (p: { restart: boolean }) =>
    `KB 3140245 was installed.${p.restart ? ' Restart the computer to finish.' : ''}`,
  'kb.wusaAlready': (_: None) => 'KB 3140245 is already installed.',
  'kb.wusaNotApplicable': (_: None) =>
    'This update does not apply to this computer (wrong Windows version or architecture).',
  'kb.wusaFailed': (p: { code: number }) =>
    `wusa.exe failed with code ${p.code} (0x${(p.code >>> 0).toString(16)}).`,
  'wizard.noReport': (_: None) => 'There is no report yet: apply or roll back first.',
  'wizard.noResult': (_: None) => 'There is no result to copy yet.',
  'wizard.notBackupName': (_: None) => 'Not a backup name.',
  'wizard.needsAdmin': (_: None) => 'Run the tool as administrator for this.',
  'wizard.repairFirst': (_: None) => 'An interrupted change must be repaired first.',
  'wizard.busy': (_: None) => 'Another change is in progress.',
  'wizard.planChanged': (_: None) =>
    'This computer changed after the plan was reviewed. Look at the new plan; apply again only if it is right.',
  'folder.notWritable': (_: None) =>
    'This folder is not writable (write-protected stick or no permission). Choose another folder.',
  'folder.full': (_: None) => 'The drive is full. Free some space or choose another folder.',
  'folder.missing': (_: None) =>
    'This folder does not exist (is the stick still plugged in?). Choose another folder.',
  'folder.unusable': (p: { detail: string }) => `This folder cannot be used: ${p.detail}`,
  'restart.later': (_: None) =>
    'Remember to restart this computer: the new settings take effect after a restart.',
  'restart.soon': (_: None) => 'The computer restarts in 5 seconds.',
  'restart.failed': (p: { code: number }) =>
    `The restart could not be started (shutdown.exe exit code ${p.code}). Restart from the Start menu.`,
  'elevate.starting': (_: None) => 'Starting as administrator...',
  'elevate.failed': (_: None) =>
    'The tool could not be started as administrator (was the UAC prompt declined?).',
  'finish.closing': (_: None) => 'The wizard closes.',
  'finish.canClose': (_: None) => 'The wizard has finished: you can close this window.',
  'ipc.unknownSender': (_: None) => 'Request refused: unknown sender.',
  'ipc.unknownRequest': (_: None) => 'Unknown request.',
  /** Text without a code (a schema's refusal, an unexpected error): shown as it is, as data. */
  'text.asIs': (p: { detail: string }) => p.detail,
  /** The simulated machine: English keeps its profile's own label; other languages build one from detection. */
  'simulation.label': (p: { os: OsName; kb: KbState; profile: string; label: string }) => p.label,
};
