import { asIs, msgOf } from '../../../src-shared/messages/message-error.js';
import { msg, type Msg } from '../../../src-shared/messages/messages.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeFileDurably } from '../files/durable-write.js';
import type { RegistryState } from '../state/registry-state.js';
import {
  APPLIED_SINCE_FORMAT,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  checksumOf,
  type BackupDocument,
  type WrittenBackup,
} from './backup-document.js';
import { BackupError, readBackFailureMessage, writeFailureMessage } from './backup-error.js';
import { buildRegFile } from './reg-file.js';
import { validateState } from './validate-state.js';
import { BACKUP_LIMITS, backupShape, parseWith } from './backup-schema.js';
import { parseUntrustedJson, readUntrustedText, UntrustedFileError } from '../files/read-untrusted.js';
import { sha256 } from './canonical-json.js';
import { sameName } from '../names/canonical-name.js';

/** A backup is never larger than this; a bigger file is refused before it is read. */
export const MAX_BACKUP_BYTES = BACKUP_LIMITS.maxBytes;

export type { WrittenBackup } from './backup-document.js';

/** Runs a clean-up that may itself fail (a stick already gone): the first error is what counts. */
function tryTo(cleanUp: () => void): void {
  try {
    cleanUp();
  } catch {
    // The files may be gone with the stick; the refusal that follows says so.
  }
}

function stamp(iso: string): string {
  return iso.replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

/**
 * Writes the backup JSON and its .reg twin, each flushed to disk, then reads the JSON back and
 * checks it, so that a flaky stick is caught before the registry is touched.
 */
export function writeBackup(
  folder: string,
  doc: BackupDocument,
  write: (file: string, data: string | Buffer) => void = writeFileDurably,
  onFile: (file: string) => void = () => undefined,
): WrittenBackup {
  const base = `TLS12-backup_${doc.machine.computerName.replace(/[^A-Za-z0-9_-]/g, '_')}_${stamp(doc.createdAt)}`;
  let jsonFile = '';
  let regFile = '';
  // Never a half pair: whatever stops the backup, what it wrote is removed again.
  const removePair = () => {
    for (const f of [jsonFile, regFile]) if (f) fs.rmSync(f, { force: true });
  };
  try {
    if (!fs.statSync(folder).isDirectory())
      throw Object.assign(new Error('not a folder'), { code: 'ENOENT' });
    // Never overwrite an earlier backup, even one taken in the same second.
    for (let n = 1; n === 1 || fs.existsSync(jsonFile) || fs.existsSync(regFile); n++) {
      const suffix = n === 1 ? '' : `-${n}`;
      jsonFile = path.join(folder, `${base}${suffix}.json`);
      regFile = path.join(folder, `${base}${suffix}.reg`);
    }
    write(jsonFile, `${JSON.stringify(doc, null, 2)}\n`);
    onFile(jsonFile);
    write(
      regFile,
      buildRegFile(doc.state, doc.machine.os.is64Bit, [
        `${doc.tool.name} ${doc.tool.version}: backup of ${doc.machine.computerName} (${doc.machine.os.displayName}) taken ${doc.createdAt}.`,
        'Importing this file puts these values back as they were before the tool changed them.',
      ]),
    );
    onFile(regFile);
  } catch (error) {
    tryTo(removePair);
    throw new BackupError('backup-write', writeFailureMessage(error, folder));
  }
  // Read back right before the first registry write: a flaky stick, or one pulled out after the
  // files were written, stops the apply here rather than leaving a machine changed without backup.
  let back: BackupDocument;
  try {
    back = readBackupFile(jsonFile, doc.machine.computerName, doc.machine.os.is64Bit);
  } catch (error) {
    tryTo(removePair);
    throw new BackupError('backup-verify', readBackFailureMessage(error, jsonFile));
  }
  if (back.checksum !== doc.checksum || !fs.existsSync(regFile)) {
    tryTo(removePair);
    throw new BackupError('backup-verify', msg('backup.readBackDiffers', { file: jsonFile }));
  }
  return { jsonFile, regFile };
}

/**
 * Reads and checks a backup file (untrusted: it may come from a shared stick). Returns the
 * document with its state checked against the catalogue for this computer; throws BackupError.
 */
export function readBackupFile(file: string, computerName: string, is64BitOs: boolean): BackupDocument {
  return readBackupFileAndHash(file, computerName, is64BitOs).doc;
}

/**
 * readBackupFile, and the sha256 (hex) of exactly the bytes that were checked: what a preview
 * shows is bound to this, so that a file swapped after the preview is refused.
 */
export function readBackupFileAndHash(
  file: string,
  computerName: string,
  is64BitOs: boolean,
): { doc: BackupDocument; contentHash: string } {
  let raw: unknown;
  let contentHash: string;
  try {
    const text = readUntrustedText(file, BACKUP_LIMITS.maxBytes);
    contentHash = sha256(text);
    raw = parseUntrustedJson(text, file, BACKUP_LIMITS);
  } catch (error) {
    if (!(error instanceof UntrustedFileError)) throw error;
    switch (error.problem) {
      case 'not-found':
        throw new BackupError('not-found', msg('backup.notFound', { file }));
      case 'too-large':
        throw new BackupError(
          'too-large',
          msg('backup.tooLarge', { file, size: error.size?.bytes ?? 0, max: error.size?.max ?? 0 }),
        );
      case 'not-json':
        throw new BackupError('not-json', msg('backup.notJson', { file }));
      default:
        throw new BackupError(error.problem, msg('backup.unreadable', { detail: error.message }));
    }
  }
  return { doc: checkBackupDocument(raw, file, computerName, is64BitOs), contentHash };
}

function checkBackupDocument(
  raw: unknown,
  file: string,
  computerName: string,
  is64BitOs: boolean,
): BackupDocument {
  const head = raw as { format?: unknown; formatVersion?: unknown } | null;
  if (typeof head !== 'object' || head === null || Array.isArray(head) || head.format !== BACKUP_FORMAT) {
    throw new BackupError('foreign', msg('backup.foreign', { file }));
  }
  const version = head.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new BackupError('bad-version', msg('backup.badVersion', { file }));
  }
  if (version > BACKUP_FORMAT_VERSION) {
    throw new BackupError(
      'future-version',
      msg('backup.futureVersion', { file, version, reads: BACKUP_FORMAT_VERSION }),
    );
  }
  // Every field typed before any is used: a date or a name of the wrong type is refused here.
  const parsed = parseWith(backupShape, raw);
  if (!parsed.ok) {
    const code = parsed.problem.includes('NUL character') ? 'nul-byte' : 'bad-field';
    throw new BackupError(code, msg('backup.badField', { file, detail: parsed.problem }));
  }
  const doc = parsed.value;
  if (doc.checksum !== checksumOf(doc as BackupDocument)) {
    throw new BackupError('checksum', msg('backup.checksum', { file }));
  }
  const owner = doc.machine.computerName;
  if (!sameName(owner, computerName)) {
    throw new BackupError(
      'other-machine',
      msg('backup.otherMachine', { file, owner, computer: computerName }),
    );
  }
  if (doc.machine.os.is64Bit !== is64BitOs) {
    throw new BackupError(
      'other-os',
      msg('backup.otherBitness', { file, bits: doc.machine.os.is64Bit ? 64 : 32 }),
    );
  }
  let state: RegistryState;
  let applied: RegistryState | undefined;
  try {
    state = validateState(doc.state, is64BitOs);
    applied = checkApplied(state, doc.applied, version, is64BitOs);
  } catch (error) {
    if (error instanceof BackupError) {
      throw new BackupError(error.code, msg('backup.invalidState', { file, detail: error.message }));
    }
    throw error;
  }
  const { applied: _unchecked, ...rest } = doc;
  return { ...rest, format: BACKUP_FORMAT, state, ...(applied ? { applied } : {}) };
}

/**
 * What the apply set (format 3 on, required there; absent before): checked like the state, and at
 * exactly the state's locations in the same order. It is only ever shown (drift), never written.
 */
function checkApplied(
  state: RegistryState,
  applied: unknown,
  version: number,
  is64BitOs: boolean,
): RegistryState | undefined {
  if (version < APPLIED_SINCE_FORMAT) {
    if (applied === undefined) return undefined;
    throw new BackupError('bad-field', asIs(`format ${version} has no field "applied".`));
  }
  if (applied === undefined) throw new BackupError('bad-field', asIs('the field "applied" is missing.'));
  const checked = validateState(applied, is64BitOs);
  const at = (s: RegistryState) => s.values.map((x) => `${x.entryId}|${x.view}`).join(',');
  if (at(checked) !== at(state)) {
    throw new BackupError('bad-field', asIs('the field "applied" does not name the values of "state".'));
  }
  return checked;
}

export interface BackupListing {
  file: string;
  createdAt: string;
  computerName: string;
  osName: string;
  valid: boolean;
  problem: string | null;
  problemMsg: Msg | null;
}

/** Backups in a folder, newest first, each checked (a damaged one is listed with its problem). */
export function listBackups(folder: string, computerName: string, is64BitOs: boolean): BackupListing[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder).filter((n) => /^TLS12-backup_.*\.json$/i.test(n));
  } catch {
    return [];
  }
  return names
    .map((n) => {
      const file = path.join(folder, n);
      try {
        const doc = readBackupFile(file, computerName, is64BitOs);
        return {
          file,
          createdAt: doc.createdAt,
          computerName: doc.machine.computerName,
          osName: doc.machine.os.displayName,
          valid: true,
          problem: null,
          problemMsg: null,
        };
      } catch (error) {
        // Whatever is wrong with one file, it is listed with its problem and the others still are.
        return {
          file,
          createdAt: '',
          computerName: '',
          osName: '',
          valid: false,
          problem: error instanceof Error ? error.message : String(error),
          problemMsg: msgOf(error),
        };
      }
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.file.localeCompare(b.file));
}
