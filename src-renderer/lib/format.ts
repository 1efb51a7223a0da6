import { LANGUAGES } from '../i18n/languages.js';
import { formatDate } from '../../src-shared/messages/dates.js';
import { formatValue } from '../../src-shared/format-value.js';
import { describeProtocolMask, PROTOCOL_NAMES, tlsVersionsOf } from '../../src-shared/protocols.js';
import type { RegValue, View } from '../../src-shared/registry-types.js';

// Value and protocol wording comes from src-shared, which the CLI and the report use too.
export { describeProtocolMask, formatValue };

/** "TLS 1.0, 1.2" for the TLS versions of a mask (compact, for narrow tables); `none` when it has none. */
export function tlsList(mask: number, none: string): string {
  const names = tlsVersionsOf(mask).map((v) => PROTOCOL_NAMES[v]);
  if (names.length === 0) return none;
  return [names[0], ...names.slice(1).map((n) => n.replace(/^TLS /, ''))].join(', ');
}

/** A value, with its protocols named where it is a protocol bitmask (the item's `protocolMask`). */
export function formatSetting(value: RegValue | null, protocolMask: boolean, notSet: string): string {
  const text = formatValue(value, notSet);
  return protocolMask && value?.type === 'REG_DWORD' ? `${text} = ${describeProtocolMask(value.data)}` : text;
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
  return formatDate(LANGUAGES[lang]?.messages.locale ?? 'en-GB', iso, 'moment');
}
