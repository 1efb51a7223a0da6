import * as path from 'node:path';
import { BackupError } from '../core/backup/backup-error.js';
import { listBackups, readBackupFile } from '../core/backup/backup-files.js';
import type { BackupSummary } from '../../src-shared/ipc-contract.js';
import { WizardError } from './wizard-error.js';

/** The backups of this computer in a folder, newest first, as the renderer names them (by file name). */
export function backupSummaries(folder: string, computerName: string, is64Bit: boolean): BackupSummary[] {
  return listBackups(folder, computerName, is64Bit).map((b) => ({
    id: path.basename(b.file),
    createdAt: b.createdAt,
    osName: b.osName,
    valid: b.valid,
    problem: b.problem,
  }));
}

/** One backup file the technician picked elsewhere: its summary, or why it cannot be used. */
export function pickedBackupSummary(file: string, computerName: string, is64Bit: boolean): BackupSummary {
  const id = path.basename(file);
  try {
    const doc = readBackupFile(file, computerName, is64Bit);
    return { id, createdAt: doc.createdAt, osName: doc.machine.os.displayName, valid: true, problem: null };
  } catch (error) {
    if (error instanceof BackupError)
      return { id, createdAt: '', osName: '', valid: false, problem: error.message };
    throw error;
  }
}

/** A backup id is a file name: resolved only inside the backup folder, or to a file the technician picked. */
export function backupFile(id: string, picked: ReadonlyMap<string, string>, folder: string): string {
  const file = picked.get(id);
  if (file) return file;
  if (id !== path.basename(id) || id.includes('..')) throw new WizardError('refused', 'Not a backup name.');
  return path.join(folder, id);
}
