import type { RegValue, View } from '../../src-main/core/registry/registry-port.js';
import { describeProtocolMask, PROTOCOL_NAMES, tlsVersionsOf } from '../../src-shared/protocols.js';

/*
 * formatValue has the same wording as the CLI (src-main/core/registry/registry-port.ts),
 * repeated because the renderer imports only types from src-main; test/renderer/core-parity.test.ts
 * compares them. Protocol names come from src-shared, which both sides import.
 */

export { describeProtocolMask };

/** "TLS 1.0, 1.2" for the TLS versions of a mask (compact, for narrow tables); `none` when it has none. */
export function tlsList(mask: number, none: string): string {
  const names = tlsVersionsOf(mask).map((v) => PROTOCOL_NAMES[v]);
  if (names.length === 0) return none;
  return [names[0], ...names.slice(1).map((n) => n.replace(/^TLS /, ''))].join(', ');
}

/** How a value reads to a person: 0x00000800 (2048), REG_SZ "1", ...; `notSet` for a missing value. */
export function formatValue(value: RegValue | null, notSet: string): string {
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
      if (value.data.length > 32) return formatRaw(value.type, value.data);
      return `${value.type} ${value.data || '(empty)'}`;
    case 'REG_RAW':
      return formatRaw(value.data.regType, value.data.hex);
  }
}

const REG_TYPE_NAMES = [
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

/** A value kept as its type number and bytes: "REG_DWORD 2 B: 01 00" (at most 16 bytes shown). */
function formatRaw(regType: number | string, hex: string): string {
  const name =
    typeof regType === 'string'
      ? regType
      : (REG_TYPE_NAMES[regType] ?? `type 0x${regType.toString(16).toUpperCase().padStart(8, '0')}`);
  const head = `${name} ${hex.length / 2} B`;
  if (hex === '') return head;
  const pairs = hex.slice(0, 32).match(/../g) ?? [];
  return `${head}: ${pairs.join(' ')}${hex.length > 32 ? ' …' : ''}`;
}

/** A value with its protocols named, for DefaultSecureProtocols and SecureProtocols. */
export function formatSetting(value: RegValue | null, name: string, notSet: string): string {
  const text = formatValue(value, notSet);
  const protocols = name === 'DefaultSecureProtocols' || name === 'SecureProtocols';
  return protocols && value?.type === 'REG_DWORD' ? `${text} = ${describeProtocolMask(value.data)}` : text;
}

/** The 64-bit / 32-bit label of a split key; null for a shared key. */
export function viewLabel(view: View): string | null {
  return view === 'shared' ? null : `${view}-bit`;
}

/** The file name of a path from main (Windows or POSIX separators). */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** A timestamp for a person, in the wizard's language; the ISO text when it cannot be read. */
export function formatTime(iso: string, lang: string): string {
  const date = new Date(iso);
  if (iso === '' || Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}
