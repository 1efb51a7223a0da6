import * as path from 'node:path';
import { BackupError } from '../core/backup/backup-error.js';
import { listBackups, readBackupFile } from '../core/backup/backup-files.js';
import { asIs } from '../../src-shared/messages/message-error.js';
import { msg, type Msg } from '../../src-shared/messages/messages.js';
import { recordedOsName } from './wizard-messages.js';
import type { BackupSummary } from '../../src-shared/ipc-contract.js';
import { WizardError } from './wizard-error.js';

/** The backups of this computer in a folder, newest first, as the renderer names them (by file name). */
export function backupSummaries(folder: string, computerName: string, is64Bit: boolean): BackupSummary[] {
  return listBackups(folder, computerName, is64Bit).map((b) => ({
    id: path.basename(b.file),
    createdAt: b.createdAt,
    osName: b.osName,
    osNameMsg: recordedOsName(b.osName),
    valid: b.valid,
    problem: b.problem,
    problemMsg: b.problemMsg,
  }));
}

function problemOf(error: BackupError): { problem: string; problemMsg: Msg } {
  return { problem: error.message, problemMsg: error.msg };
}

/** One backup file the technician picked elsewhere: its summary, or why it cannot be used. */
export function pickedBackupSummary(file: string, computerName: string, is64Bit: boolean): BackupSummary {
  const id = path.basename(file);
  try {
    const doc = readBackupFile(file, computerName, is64Bit);
    const osName = doc.machine.os.displayName;
    const name = { osName, osNameMsg: recordedOsName(osName) };
    return { id, createdAt: doc.createdAt, ...name, valid: true, problem: null, problemMsg: null };
  } catch (error) {
    if (error instanceof BackupError)
      return { id, createdAt: '', osName: '', osNameMsg: asIs(''), valid: false, ...problemOf(error) };
    throw error;
  }
}

/** A backup id is a file name: resolved only inside the backup folder, or to a file the technician picked. */
export function backupFile(id: string, picked: ReadonlyMap<string, string>, folder: string): string {
  const file = picked.get(id);
  if (file) return file;
  if (id !== path.basename(id) || id.includes('..'))
    throw new WizardError('refused', msg('wizard.notBackupName', {}));
  return path.join(folder, id);
}
