/**
 * The registry port: the only way the core reads or writes the Windows registry.
 * Every call names its view explicitly, because 64-bit Windows keeps two copies of
 * HKLM\SOFTWARE and the tool must write both where both are needed.
 */

export type {
  Hive,
  KeyLocation,
  RawData,
  RegType,
  RegValue,
  View,
} from '../../../src-shared/registry-types.js';
export { REG_TYPES } from '../../../src-shared/registry-types.js';
export { formatValue, hexBytesShown, REG_TYPE_NAMES, regTypeName } from '../../../src-shared/format-value.js';
import type { Hive, KeyLocation, RegValue } from '../../../src-shared/registry-types.js';

export interface RegistryPort {
  /** A short name for reports: "native-reg" or "in-memory". */
  readonly adapterName: string;
  keyExists(key: KeyLocation): boolean;
  /** The value with its type, or null when the key or the value does not exist. */
  readValue(key: KeyLocation, name: string): RegValue | null;
  /** Value names of an existing key; [] when the key does not exist. */
  listValueNames(key: KeyLocation): string[];
  /** Subkey names of an existing key; [] when the key does not exist. */
  listSubkeys(key: KeyLocation): string[];
  /** Creates the key and any missing parents; no error when it exists. */
  createKey(key: KeyLocation): void;
  /** Writes a value into an existing key. */
  setValue(key: KeyLocation, name: string, value: RegValue): void;
  /** Deletes a value; no error when it is already gone. */
  deleteValue(key: KeyLocation, name: string): void;
  /** Deletes an empty key (no values, no subkeys); no error when it is already gone. */
  deleteEmptyKey(key: KeyLocation): void;
  /**
   * Opens an existing key for setting values and creating subkeys, and closes it again without
   * writing anything: true when it opened, false when the key does not exist. Throws
   * RegistryError when it may not be opened so (5: access denied, e.g. a tightened ACL).
   */
  checkWriteAccess(key: KeyLocation): boolean;
}

export function sameValue(a: RegValue | null, b: RegValue | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.type !== b.type) return false;
  if (a.type === 'REG_RAW' && b.type === 'REG_RAW') {
    return a.data.regType === b.data.regType && a.data.hex === b.data.hex;
  }
  return JSON.stringify(a.data) === JSON.stringify(b.data);
}

/** Hives the core only reads: every write to one of them throws (assertWritableHive). */
export const READ_ONLY_HIVES: readonly Hive[] = ['HKU'];

/**
 * Throws a plain Error (a programming error, not a Windows refusal) for a write to a read-only
 * hive. Both adapters call it before any write, createKey or write-access check.
 */
export function assertWritableHive(key: KeyLocation, operation: string): void {
  if (READ_ONLY_HIVES.includes(key.hive)) {
    throw new Error(
      `${key.hive} is a read-only hive for this tool: refused to ${operation} ${describeKey(key)}.`,
    );
  }
}

export function describeKey(key: KeyLocation): string {
  const view = key.view === 'shared' ? '' : ` (${key.view}-bit view)`;
  return `${key.hive}\\${key.path}${view}`;
}

/** A deep copy of a value (structuredClone is missing from Electron 22's Node 16). */
export function cloneValue<T extends RegValue>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
