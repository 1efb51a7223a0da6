/**
 * How a registry value reads to a person, the same in the CLI, the report and the wizard:
 * 0x00000800 (2048), REG_SZ "1", "REG_DWORD 2 B: 01 00" for bytes kept as they are.
 */
import type { RawData, RegValue } from './registry-types.js';

/** How a value reads to a person: 0x00000800 (2048), "text", ... */
export function formatValue(value: RegValue | null, notSet = '(not set)'): string {
  if (value === null) return notSet;
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
