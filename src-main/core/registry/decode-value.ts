import type { RegValue } from './registry-port.js';
import { MAX_MULTI_SZ_ITEMS, MAX_STRING_CHARS } from './value-limits.js';

/** Win32 value type numbers (winnt.h). */
export const REG = {
  NONE: 0,
  SZ: 1,
  EXPAND_SZ: 2,
  BINARY: 3,
  DWORD: 4,
  DWORD_BIG_ENDIAN: 5,
  LINK: 6,
  MULTI_SZ: 7,
  RESOURCE_LIST: 8,
  FULL_RESOURCE_DESCRIPTOR: 9,
  RESOURCE_REQUIREMENTS_LIST: 10,
  QWORD: 11,
} as const;

/** A value as the registry stores it: its type number and its bytes. */
export interface EncodedValue {
  regType: number;
  bytes: Buffer;
}

const utf16 = (text: string): Buffer => Buffer.from(text, 'utf16le');

/** The exact bytes RegSetValueEx is given for a value (and RegQueryValueEx returns for it). */
export function encodeValue(value: RegValue): EncodedValue {
  switch (value.type) {
    case 'REG_DWORD': {
      const bytes = Buffer.alloc(4);
      bytes.writeUInt32LE(value.data);
      return { regType: REG.DWORD, bytes };
    }
    case 'REG_QWORD': {
      const bytes = Buffer.alloc(8);
      bytes.writeBigUInt64LE(BigInt(value.data));
      return { regType: REG.QWORD, bytes };
    }
    case 'REG_SZ':
      return { regType: REG.SZ, bytes: utf16(`${value.data}\0`) };
    case 'REG_EXPAND_SZ':
      return { regType: REG.EXPAND_SZ, bytes: utf16(`${value.data}\0`) };
    case 'REG_MULTI_SZ':
      return { regType: REG.MULTI_SZ, bytes: utf16(`${value.data.map((s) => `${s}\0`).join('')}\0`) };
    case 'REG_BINARY':
      return { regType: REG.BINARY, bytes: Buffer.from(value.data, 'hex') };
    case 'REG_NONE':
      return { regType: REG.NONE, bytes: Buffer.from(value.data, 'hex') };
    case 'REG_RAW':
      return { regType: value.data.regType, bytes: Buffer.from(value.data.hex, 'hex') };
  }
}

/** Text of a string value: whole UTF-16 code units ending in exactly one NUL, else null. */
function terminatedText(bytes: Buffer): string | null {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
  const text = bytes.toString('utf16le');
  return text.endsWith('\0') ? text.slice(0, -1) : null;
}

const fitsString = (s: string): boolean => s.length <= MAX_STRING_CHARS && !s.includes('\0');

/** The typed form of a value, when there is one within the limits; null otherwise. */
function typedForm(regType: number, bytes: Buffer): RegValue | null {
  switch (regType) {
    case REG.DWORD:
      return bytes.length === 4 ? { type: 'REG_DWORD', data: bytes.readUInt32LE(0) } : null;
    case REG.QWORD:
      return bytes.length === 8 ? { type: 'REG_QWORD', data: bytes.readBigUInt64LE(0).toString() } : null;
    case REG.SZ:
    case REG.EXPAND_SZ: {
      const text = terminatedText(bytes);
      if (text === null || !fitsString(text)) return null;
      return { type: regType === REG.SZ ? 'REG_SZ' : 'REG_EXPAND_SZ', data: text };
    }
    case REG.MULTI_SZ: {
      const body = terminatedText(bytes);
      if (body === null) return null;
      if (body === '') return { type: 'REG_MULTI_SZ', data: [] };
      if (!body.endsWith('\0')) return null;
      const items = body.slice(0, -1).split('\0');
      if (items.length > MAX_MULTI_SZ_ITEMS || !items.every(fitsString)) return null;
      return { type: 'REG_MULTI_SZ', data: items };
    }
    case REG.BINARY:
      return { type: 'REG_BINARY', data: bytes.toString('hex') };
    case REG.NONE:
      return { type: 'REG_NONE', data: bytes.toString('hex') };
    default:
      return null;
  }
}

/**
 * A value from its type number and bytes, as RegQueryValueEx returns them: never throws, for
 * any type number and any length. The typed form (REG_DWORD 1, REG_SZ "text", ...) is used only
 * when writing it back gives exactly the same bytes; anything else is kept as REG_RAW, byte
 * for byte. So encodeValue(decodeValue(t, b)) is always exactly (t, b).
 */
export function decodeValue(regType: number, bytes: Buffer): RegValue {
  const typed = typedForm(regType, bytes);
  if (typed !== null) {
    const back = encodeValue(typed);
    if (back.regType === regType && back.bytes.equals(bytes)) return typed;
  }
  return { type: 'REG_RAW', data: { regType: regType >>> 0, hex: bytes.toString('hex') } };
}

/** The one form of a value that reading it back from the registry gives. */
export function canonicalValue(value: RegValue): RegValue {
  const { regType, bytes } = encodeValue(value);
  return decodeValue(regType, bytes);
}

/** How many bytes the value takes in the registry. */
export function byteLength(value: RegValue): number {
  return encodeValue(value).bytes.length;
}
