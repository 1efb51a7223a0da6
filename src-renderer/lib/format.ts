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
      return `${value.type} ${value.data || '(empty)'}`;
  }
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
