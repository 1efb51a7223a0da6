import type { Group } from '../catalogue/catalogue.js';
import type { ProtocolChoice } from '../catalogue/protocols.js';
import type { OsInfo } from '../detect/os-info.js';
import type { RegistryState } from '../state/registry-state.js';
import { canonicalJson, sha256 } from './canonical-json.js';

export const BACKUP_FORMAT = 'tls12-wizard-backup';
/**
 * The newest format this version reads. 2 may hold REG_RAW values (type number and bytes); a
 * backup without one is still written as 1, so that older versions of the tool can read it.
 */
export const BACKUP_FORMAT_VERSION = 2;

/** The oldest format that can hold this state: 2 with a REG_RAW value, else 1. */
export function formatVersionFor(state: RegistryState): number {
  return state.values.some((v) => v.type === 'REG_RAW') ? 2 : 1;
}
export const TOOL_NAME = 'TLS 1.2 Wizard';

/** A backup file: the state of every value an apply touches, as it was before. */
export interface BackupDocument {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  tool: { name: string; version: string };
  createdAt: string;
  machine: {
    computerName: string;
    os: Pick<OsInfo, 'displayName' | 'family' | 'version' | 'build' | 'architecture' | 'is64Bit'>;
    simulatedProfile: string | null;
  };
  choice: { protocols: ProtocolChoice; groups: Group[] };
  state: RegistryState;
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
