import type { Group } from '../catalogue/catalogue.js';
import type { ProtocolChoice } from '../catalogue/protocols.js';
import type { OsInfo } from '../detect/os-info.js';
import type { RegistryState } from '../state/registry-state.js';
import { canonicalJson, sha256 } from './canonical-json.js';

export const BACKUP_FORMAT = 'tls12-wizard-backup';
/**
 * The format this version writes and the newest it reads. 2 may hold REG_RAW values (type number
 * and bytes); 3 adds `applied`, what the apply set, so that a rollback can show drift (issue 9
 * §7). Formats 1 and 2 are still read: their drift is unknown, and said so.
 */
export const BACKUP_FORMAT_VERSION = 3;
/** The first format with `applied`. */
export const APPLIED_SINCE_FORMAT = 3;
export const TOOL_NAME = 'TLS 1.2 Wizard';

/** A backup file: the state of every value an apply touches, as it was before. */
export interface BackupDocument {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  tool: { name: string; version: string };
  createdAt: string;
  machine: {
    computerName: string;
    /** displayName: Windows' name in English, as the backup format records it (a file, not a type that crosses a layer). */
    os: Pick<OsInfo, 'family' | 'version' | 'build' | 'architecture' | 'is64Bit'> & { displayName: string };
    simulatedProfile: string | null;
  };
  choice: { protocols: ProtocolChoice; groups: Group[] };
  state: RegistryState;
  /** What the apply set at the same locations (format 3 on; absent in older backups). */
  applied?: RegistryState;
  /** sha256 of the canonical JSON of every other field: catches truncation and editing slips. */
  checksum: string;
}

export type UnsignedBackup = Omit<BackupDocument, 'checksum'>;

export function checksumOf(doc: UnsignedBackup): string {
  const { checksum: _ignored, ...rest } = doc as BackupDocument;
  return `sha256:${sha256(canonicalJson(rest))}`;
}

export function sealBackup(doc: UnsignedBackup): BackupDocument {
  return { ...doc, checksum: checksumOf(doc) };
}

/** Where a backup was written: the JSON file and its .reg twin. */
export type { WrittenBackup } from '../../../src-shared/operation-types.js';
