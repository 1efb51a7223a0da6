/**
 * The registry port: the only way the core reads or writes the Windows registry.
 * Every call names its view explicitly, because 64-bit Windows keeps two copies of
 * HKLM\SOFTWARE and the tool must write both where both are needed.
 */

export type Hive = 'HKLM' | 'HKCU';

/** '64' and '32' select a WOW64 view of HKLM\SOFTWARE; 'shared' is for keys that have only one. */
export type View = '64' | '32' | 'shared';

export const REG_TYPES = [
  'REG_NONE',
  'REG_SZ',
  'REG_EXPAND_SZ',
  'REG_BINARY',
  'REG_DWORD',
  'REG_MULTI_SZ',
  'REG_QWORD',
  'REG_RAW',
] as const;
export type RegType = (typeof REG_TYPES)[number];

/**
 * The type number and bytes of a value exactly as RegQueryValueEx returned them: kept for any
 * value that no typed form writes back byte for byte (a REG_DWORD of 2 bytes, a REG_SZ of odd
 * length, REG_DWORD_BIG_ENDIAN, REG_LINK, a type number Windows does not define, ...).
 */
export interface RawData {
  /** The Win32 type number, 0 to 0xFFFFFFFF. */
  regType: number;
  /** The bytes, lower-case hex. */
  hex: string;
}

/**
 * A registry value as data that survives JSON: QWORD as a decimal string (it does not fit a
 * double), REG_BINARY / REG_NONE as lower-case hex, anything else as REG_RAW (type number and
 * bytes). decode-value.ts turns the registry's bytes into exactly one of these forms.
 */
export type RegValue =
  | { type: 'REG_DWORD'; data: number }
  | { type: 'REG_QWORD'; data: string }
  | { type: 'REG_SZ' | 'REG_EXPAND_SZ'; data: string }
  | { type: 'REG_MULTI_SZ'; data: string[] }
  | { type: 'REG_BINARY' | 'REG_NONE'; data: string }
  | { type: 'REG_RAW'; data: RawData };

export interface KeyLocation {
  hive: Hive;
  view: View;
  /** Path below the hive, backslash-separated, no leading or trailing backslash. */
  path: string;
}

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

export function describeKey(key: KeyLocation): string {
  const view = key.view === 'shared' ? '' : ` (${key.view}-bit view)`;
  return `${key.hive}\\${key.path}${view}`;
}

/** How a value reads to a person: 0x00000800 (2048), "text", ... */
export function formatValue(value: RegValue | null): string {
  if (value === null) return '(not set)';
  switch (value.type) {
    case 'REG_DWORD':
      return `0x${value.data.toString(16).toUpperCase().padStart(8, '0')} (${value.data})`;
    case 'REG_QWORD':
      return `QWORD ${value.data}`;
    case 'REG_SZ':
    case 'REG_EXPAND_SZ':
      return `${value.type} "${value.data}"`;
    case 'REG_MULTI_SZ':
      return `REG_MULTI_SZ [${value.data.map((s) => `"${s}"`).join(', ')}]`;
    case 'REG_BINARY':
    case 'REG_NONE':
      // Long data (up to 16 KiB, or more on a machine) is shown by its first bytes and length.
      if (value.data.length > SHOWN_BYTES * 2) {
        return `${value.type} ${value.data.length / 2} B: ${hexBytesShown(value.data)}`;
      }
      return `${value.type} ${value.data || '(empty)'}`;
    case 'REG_RAW':
      return formatRaw(value.data);
  }
}

/** The Win32 names of the value types Windows defines, by type number. */
export const REG_TYPE_NAMES: readonly string[] = [
  'REG_NONE',
  'REG_SZ',
  'REG_EXPAND_SZ',
  'REG_BINARY',
  'REG_DWORD',
  'REG_DWORD_BIG_ENDIAN',
  'REG_LINK',
  'REG_MULTI_SZ',
  'REG_RESOURCE_LIST',
  'REG_FULL_RESOURCE_DESCRIPTOR',
  'REG_RESOURCE_REQUIREMENTS_LIST',
  'REG_QWORD',
];

/** REG_DWORD for 4, "type 0x00001234" for a number Windows does not define. */
export function regTypeName(regType: number): string {
  return REG_TYPE_NAMES[regType] ?? `type 0x${regType.toString(16).toUpperCase().padStart(8, '0')}`;
}

/** Bytes shown to a person: at most the first 16, as "01 00 ...". */
const SHOWN_BYTES = 16;

/** "01 00 00 00", shortened with "…" after 16 bytes. */
export function hexBytesShown(hex: string): string {
  const pairs = hex.slice(0, SHOWN_BYTES * 2).match(/../g) ?? [];
  return `${pairs.join(' ')}${hex.length > SHOWN_BYTES * 2 ? ' …' : ''}`;
}

/** "REG_DWORD 2 B: 01 00": type, length in bytes, the first bytes. Same in every language. */
function formatRaw(raw: RawData): string {
  const head = `${regTypeName(raw.regType)} ${raw.hex.length / 2} B`;
  return raw.hex === '' ? head : `${head}: ${hexBytesShown(raw.hex)}`;
}

/** A deep copy of a value (structuredClone is missing from Electron 22's Node 16). */
export function cloneValue<T extends RegValue>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
