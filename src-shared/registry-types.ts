/**
 * Registry value and location types: what the core's registry port, the backups and the IPC
 * contract speak of, and what the renderer shows. Pure types and data, shared by both sides.
 */

/**
 * HKU (HKEY_USERS) is read-only: the core reads other users' loaded hives through it (the HKCU
 * caveat: an elevated process sees its own account's HKCU), and both adapters refuse every write.
 */
export type Hive = 'HKLM' | 'HKCU' | 'HKU';

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
