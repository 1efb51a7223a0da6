/** English: apply and rollback results, backup files and folders, the lock and the journal. */
import type { View } from '../../registry-types.js';
import type { At, RegistryOperation } from '../params.js';
import type { Detail, None, Say } from '../say.js';
import { at, when } from './words.js';

const WIN32: Record<number, string> = {
  2: 'the key or value does not exist',
  5: 'access denied: run the tool as administrator (right-click, "Run as administrator")',
  6: 'internal error: invalid registry handle',
  13: 'the data is invalid',
  87: 'invalid parameter',
  234: 'the value is larger than expected',
  1009: 'the registry database is corrupt',
  1015: 'the registry is corrupt and could not be recovered',
  1016: 'the registry could not complete an I/O operation: check the disk',
  1018: 'the key was marked for deletion by another program',
  1021: 'a permanent subkey cannot be created under a volatile parent key',
  1450: 'not enough system resources',
};
/** "Choose another folder with --backup-dir." on the command line, "Choose another folder." in the wizard. */
const another = (x: Say, verb: string) =>
  `${verb} another folder${x.surface === 'cli' ? ' with --backup-dir' : ''}.`;

export const enResults = {
  'registry.failed': (p: { operation: RegistryOperation; at: At; win32: number }) =>
    `Could not ${p.operation} ${at(p.at)}: ${WIN32[p.win32] ?? `Windows error ${p.win32}`} (Win32 error ${p.win32}).`,
  'result.refused': (p: { reasons: Detail[] }, x: Say) =>
    `${p.reasons.map((r) => x.say(r)).join(' ')} Nothing was changed.`,
  'result.notAdmin': (_: None) => 'This tool must run as administrator to change the registry.',
  'result.alreadyAsChosen': (_: None) => 'Every value is already as chosen. Nothing was changed.',
  'result.checkedOnly': (p: { count: number }, x: Say) =>
    `Checked only: nothing was changed. ${p.count === 0 ? 'Making it ready would change no value.' : `Making it ready would change ${x.count(p.count, { one: '# value', other: '# values' })}.`}`,
  'result.wrongTypes': (p: { names: string[] }, x: Say) =>
    `${x.count(p.names.length, { one: '# value has', other: '# values have' })} an unexpected type (${p.names.join(', ')}). ` +
    `Confirm replacing them${x.surface === 'cli' ? ' (--replace-wrong-types)' : ''}; the backup keeps them exactly.`,
  'result.applied': (p: { count: number; restart: boolean }, x: Say) =>
    `${x.count(p.count, { one: '# value', other: '# values' })} set and verified.${p.restart ? ' Restart the computer for them to take effect.' : ''}`,
  'result.applyFailed': (p: { error: Detail; restoreError: string | null; regFile: string }, x: Say) =>
    p.restoreError === null
      ? `Apply failed: ${x.say(p.error)} Every value already changed was put back and verified.`
      : `Apply failed: ${x.say(p.error)} Putting the values back also failed (${p.restoreError}). Run the tool again: it repairs from its journal, or import ${p.regFile}.`,
  'result.rolledBack': (p: { createdAt: string; count: number; restart: boolean }, x: Say) =>
    `Rolled back to the backup of ${when(p.createdAt)}: ${x.count(p.count, { one: '# value', other: '# values' })} restored and verified.${p.restart ? ' Restart the computer for it to take effect.' : ''}`,
  'result.rollbackFailed': (p: { error: Detail; restoreError: string | null }, x: Say) =>
    p.restoreError === null
      ? `Rollback failed: ${x.say(p.error)} The registry was put back as it was before the rollback.`
      : `Rollback failed: ${x.say(p.error)} Putting the values back also failed (${p.restoreError}). Run the tool again: it repairs from its journal.`,
  'plan.toChange': (p: { count: number; restart: boolean }, x: Say) =>
    p.count === 0
      ? 'Nothing to change.'
      : `${x.count(p.count, { one: '# value', other: '# values' })} to change${p.restart ? '; a restart will be needed' : ''}.`,
  'rollback.drifted': (p: { names: string[] }, x: Say) =>
    `${x.count(p.names.length, { one: '# value was', other: '# values were' })} changed by someone else since the apply (${p.names.join(', ')}): the rollback would overwrite ${p.names.length === 1 ? 'it' : 'them'}. Look at the preview; ${x.surface === 'cli' ? 'confirm with --overwrite-drift' : 'confirm it there first'}.`,
  'result.alreadyMatchesBackup': (_: None) => 'The registry already matches the backup. Nothing was changed.',
  'result.backupChanged': (p: { file: string }) =>
    `The backup file ${p.file} changed after it was previewed. Look at the new preview; roll back again only if it is right.`,
  'result.restoreWrongTypes': (p: { values: { type: string; name: string; view: View }[] }, x: Say) =>
    `The backup would write ${p.values.map((v) => `${v.type} into ${v.name} (${v.view})`).join(', ')}, where Windows expects a REG_DWORD. ` +
    `Roll back only if this backup is yours and recorded these values so; ${x.surface === 'cli' ? 'confirm with --restore-wrong-types' : 'confirm it first'}.`,
  'compose.notWindows': (p: { profiles: string[] }) =>
    `This computer is not Windows. Try the tool on a simulated Windows: --simulate ${p.profiles.join(' | ')}.`,
  'compose.unknownProfile': (p: { id: string; profiles: string[] }) =>
    `Unknown simulation profile "${p.id}". Profiles: ${p.profiles.join(', ')}.`,
  'cli.simulation': (p: { label: string }) => `SIMULATION: ${p.label}. Nothing on this computer is changed.`,
  'result.failedBeforeWriting': (p: { error: Detail }, x: Say) => `${x.say(p.error)} Nothing was changed.`,
  'backup.folderMissing': (p: { folder: string }) =>
    `The backup folder ${p.folder} does not exist or was removed (is the USB stick still plugged in?).`,
  'backup.folderNotWritable': (p: { folder: string }, x: Say) =>
    `The backup folder ${p.folder} is not writable (write-protected stick, or no permission). ${another(x, 'Choose')}`,
  'backup.folderFull': (p: { folder: string }, x: Say) =>
    `The backup folder ${p.folder} is full. Free some space or ${another(x, 'choose')}`,
  'backup.notWritten': (p: { folder: string; detail: string }) =>
    `The backup could not be written to ${p.folder}: ${p.detail}`,
  'backup.unreadableAfterWrite': (p: { detail: Detail }, x: Say) =>
    `The backup was written but can no longer be read (${x.say(p.detail)}) Is the USB stick still plugged in?`,
  'backup.readBackDiffers': (p: { file: string }) => `The backup ${p.file} did not read back as written.`,
  'backup.driveError': (p: { folder: string; errno: string }) =>
    `The backup could not be written to ${p.folder}: a read or write error of the drive (${p.errno}). Is the USB stick still plugged in?`,
  'backup.readBackDamaged': (p: { file: string; detail: Detail }, x: Say) =>
    `The backup ${p.file} did not read back as written (${x.say(p.detail)})`,
  'backup.notFound': (p: { file: string }) => `The backup file ${p.file} does not exist.`,
  'backup.tooLarge': (p: { file: string; size: number; max: number }) =>
    `${p.file} is ${p.size} bytes; a backup of this tool is never larger than ${p.max}. Refused.`,
  'backup.notJson': (p: { file: string }) =>
    `${p.file} is not a backup of this tool (it is not valid JSON; truncated or another kind of file).`,
  'backup.unreadable': (p: { detail: string }) => `${p.detail} It is not a backup of this tool.`,
  'backup.foreign': (p: { file: string }) => `${p.file} is not a backup of this tool.`,
  'backup.badVersion': (p: { file: string }) => `${p.file} has no valid format version.`,
  'backup.futureVersion': (p: { file: string; version: number; reads: number }) =>
    `${p.file} was written by a newer version of this tool (format ${p.version}; this one reads ${p.reads}). Use that version to roll back.`,
  'backup.badField': (p: { file: string; detail: string }) => `${p.file} is refused: ${p.detail}.`,
  'backup.checksum': (p: { file: string }) =>
    `${p.file} is damaged or was edited: its checksum does not match. Refused.`,
  'backup.otherMachine': (p: { file: string; owner: string; computer: string }) =>
    `${p.file} is a backup of computer ${p.owner}, and this is ${p.computer}. Use the backup taken on this computer.`,
  'backup.otherBitness': (p: { file: string; bits: 64 | 32 }) =>
    `${p.file} was taken on a ${p.bits}-bit Windows; this one is not.`,
  'backup.invalidState': (p: { file: string; detail: string }) => `${p.file}: ${p.detail}`,
};
