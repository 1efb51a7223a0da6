import { REG } from './decode-value.js';
import type { RegValue } from './registry-port.js';

/**
 * What a program reading a DWORD from this value gets, as Windows would use it: the number for
 * a REG_DWORD of 4 bytes, the first 4 bytes (little-endian) of a longer REG_DWORD; null for
 * anything that is not a usable DWORD (a missing value, a shorter REG_DWORD, REG_DWORD_BIG_ENDIAN,
 * any other type). The one answer to "is this a usable DWORD, and which number": every
 * reader of a DWORD setting goes through it.
 */
export function dwordOf(value: RegValue | null): number | null {
  if (value === null) return null;
  if (value.type === 'REG_DWORD') return value.data;
  if (value.type === 'REG_RAW' && value.data.regType === REG.DWORD && value.data.hex.length >= 8) {
    return Buffer.from(value.data.hex.slice(0, 8), 'hex').readUInt32LE(0);
  }
  return null;
}
