// Every type number and length RegQueryValueEx can return decodes without throwing, and writing
// the decoded value back gives exactly the same type number and bytes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalValue,
  decodeValue,
  encodeValue,
  REG,
} from '../../../src-main/core/registry/decode-value.js';
import { formatValue, type RegValue } from '../../../src-main/core/registry/registry-port.js';
import { dwordOf } from '../../../src-main/core/registry/dword-of.js';
import { usableText } from '../../../src-main/core/registry/usable-text.js';
import { TYPE_NUMBERS } from '../../support/type-numbers.js';

const utf16 = (s: string) => Buffer.from(s, 'utf16le');
const decode = (type: number, hex: string) => decodeValue(type, Buffer.from(hex, 'hex'));

describe('decoding registry values', () => {
  it.each(TYPE_NUMBERS)(
    'type %i: every length 0..16 decodes, never throws, and encodes back to the same bytes',
    (type) => {
      fc.assert(
        fc.property(fc.uint8Array({ minLength: 0, maxLength: 16 }), (array) => {
          const bytes = Buffer.from(array);
          const value = decodeValue(type, bytes);
          const back = encodeValue(value);
          expect(back.regType).toBe(type);
          expect(back.bytes.equals(bytes)).toBe(true);
          expect(canonicalValue(value)).toEqual(value);
          expect(typeof formatValue(value)).toBe('string');
        }),
        { numRuns: 300 },
      );
      for (let n = 0; n <= 16; n++) {
        for (const fill of [0x00, 0x31, 0xff]) {
          const bytes = Buffer.alloc(n, fill);
          expect(encodeValue(decodeValue(type, bytes)).bytes.equals(bytes)).toBe(true);
        }
      }
    },
  );

  it('gives the typed form exactly when it writes back the same bytes', () => {
    expect(decode(REG.DWORD, '00080000')).toEqual({ type: 'REG_DWORD', data: 0x800 });
    expect(decode(REG.QWORD, '0100000001000000')).toEqual({ type: 'REG_QWORD', data: '4294967297' });
    expect(decodeValue(REG.SZ, utf16('1\0'))).toEqual({ type: 'REG_SZ', data: '1' });
    expect(decodeValue(REG.EXPAND_SZ, utf16('%x%\0'))).toEqual({ type: 'REG_EXPAND_SZ', data: '%x%' });
    expect(decodeValue(REG.MULTI_SZ, utf16('a\0b\0\0'))).toEqual({ type: 'REG_MULTI_SZ', data: ['a', 'b'] });
    expect(decodeValue(REG.MULTI_SZ, utf16('\0'))).toEqual({ type: 'REG_MULTI_SZ', data: [] });
    expect(decode(REG.BINARY, '')).toEqual({ type: 'REG_BINARY', data: '' });
    expect(decode(REG.NONE, '01')).toEqual({ type: 'REG_NONE', data: '01' });
  });

  it('keeps everything else as REG_RAW: type number and bytes', () => {
    const raw = (regType: number, hex: string): RegValue => ({ type: 'REG_RAW', data: { regType, hex } });
    expect(decode(REG.DWORD, '0100')).toEqual(raw(4, '0100'));
    expect(decode(REG.DWORD, '')).toEqual(raw(4, ''));
    expect(decode(REG.DWORD, '0100000002000000')).toEqual(raw(4, '0100000002000000'));
    expect(decode(REG.DWORD_BIG_ENDIAN, '00000800')).toEqual(raw(5, '00000800'));
    expect(decode(REG.QWORD, '010203')).toEqual(raw(11, '010203'));
    expect(decode(REG.SZ, '310032')).toEqual(raw(1, '310032')); // odd length
    expect(decode(REG.SZ, '3100')).toEqual(raw(1, '3100')); // no terminating NUL
    expect(decode(REG.SZ, '')).toEqual(raw(1, ''));
    expect(decodeValue(REG.SZ, utf16('1\0\0'))).toEqual(raw(1, utf16('1\0\0').toString('hex'))); // two NULs
    expect(decodeValue(REG.SZ, utf16('1\x002\0'))).toEqual(raw(1, utf16('1\x002\0').toString('hex')));
    expect(decodeValue(REG.SZ, utf16(`${'A'.repeat(5000)}\0`)).type).toBe('REG_RAW'); // over the limit
    expect(decode(REG.MULTI_SZ, '310000')).toEqual(raw(7, '310000'));
    expect(decode(REG.LINK, '5c00')).toEqual(raw(6, '5c00'));
    expect(decode(0xffffffff, 'ff')).toEqual(raw(0xffffffff, 'ff'));
  });

  it('is fast and exact for very long data (1 MiB)', () => {
    const bytes = Buffer.alloc(1024 * 1024, 7);
    for (const type of [REG.DWORD, REG.SZ, REG.BINARY, REG.LINK, 0x1234]) {
      expect(encodeValue(decodeValue(type, bytes)).bytes.equals(bytes)).toBe(true);
    }
  });
});

describe('dwordOf: what Windows reads as a DWORD', () => {
  it.each([
    ['a REG_DWORD', { type: 'REG_DWORD', data: 0xa80 }, 0xa80],
    [
      'the first 4 bytes of a longer REG_DWORD',
      { type: 'REG_RAW', data: { regType: 4, hex: '800a0000ffffffff' } },
      0xa80,
    ],
    ['nothing from a shorter REG_DWORD', { type: 'REG_RAW', data: { regType: 4, hex: '800a00' } }, null],
    ['nothing from REG_DWORD_BIG_ENDIAN', { type: 'REG_RAW', data: { regType: 5, hex: '00000a80' } }, null],
    ['nothing from REG_SZ "1"', { type: 'REG_SZ', data: '1' }, null],
    ['nothing from a REG_QWORD', { type: 'REG_QWORD', data: '1' }, null],
    ['nothing from REG_BINARY of 4 bytes', { type: 'REG_BINARY', data: '01000000' }, null],
    ['nothing from a missing value', null, null],
  ] as [string, RegValue | null, number | null][])('%s', (_what, value, expected) => {
    expect(dwordOf(value)).toBe(expected);
  });
});

describe('usableText: what a program reading text from this value gets', () => {
  it.each([
    ['a REG_SZ', { type: 'REG_SZ', data: '7601' }, '7601'],
    [
      'a REG_SZ without its NUL',
      { type: 'REG_RAW', data: { regType: 1, hex: utf16('7601').toString('hex') } },
      '7601',
    ],
    ['a REG_EXPAND_SZ of odd length', { type: 'REG_RAW', data: { regType: 2, hex: '3600310000' } }, '61'],
    [
      'a REG_SZ with two strings',
      { type: 'REG_RAW', data: { regType: 1, hex: utf16('6.1\0x\0').toString('hex') } },
      '6.1',
    ],
    ['nothing from a REG_DWORD', { type: 'REG_DWORD', data: 1 }, null],
    ['nothing from a REG_MULTI_SZ kept raw', { type: 'REG_RAW', data: { regType: 7, hex: '3100' } }, null],
    ['nothing from a missing value', null, null],
  ] as [string, RegValue | null, string | null][])('%s', (_what, value, expected) => {
    expect(usableText(value)).toBe(expected);
  });
});
