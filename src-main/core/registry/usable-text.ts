import { REG } from './decode-value.js';
import type { RegValue } from './registry-port.js';

/**
 * The text a program gets from a REG_SZ / REG_EXPAND_SZ value, as RegGetValue gives it: also
 * from one kept as raw bytes because it lacks its terminating NUL or has an odd length (the
 * last odd byte is dropped, the text ends at the first NUL). Null for any other type.
 */
export function usableText(value: RegValue | null): string | null {
  if (value === null) return null;
  if (value.type === 'REG_SZ' || value.type === 'REG_EXPAND_SZ') return value.data;
  if (value.type !== 'REG_RAW' || (value.data.regType !== REG.SZ && value.data.regType !== REG.EXPAND_SZ)) {
    return null;
  }
  const bytes = Buffer.from(value.data.hex, 'hex');
  const text = bytes.subarray(0, bytes.length - (bytes.length % 2)).toString('utf16le');
  const nul = text.indexOf('\0');
  return nul < 0 ? text : text.slice(0, nul);
}
