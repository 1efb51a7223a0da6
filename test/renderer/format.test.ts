// How the wizard shows registry values and protocol masks, as literal text. (This replaces a
// test that compared these functions with the core's: both are the same src-shared functions,
// so that comparison could not fail.)
import { describe, expect, it } from 'vitest';
import type { RegValue } from '../../src-shared/registry-types.js';
import {
  baseName,
  describeProtocolMask,
  formatSetting,
  formatValue,
  tlsList,
  viewLabel,
} from '../../src-renderer/lib/format.js';

describe('the wizard shows values as a technician reads them in regedit', () => {
  const cases: [RegValue | null, string][] = [
    [null, '(not set)'],
    [{ type: 'REG_DWORD', data: 2048 }, '0x00000800 (2048)'],
    [{ type: 'REG_DWORD', data: 0xffffffff }, '0xFFFFFFFF (4294967295)'],
    [{ type: 'REG_SZ', data: '1' }, 'REG_SZ "1"'],
    [{ type: 'REG_EXPAND_SZ', data: '%x%' }, 'REG_EXPAND_SZ "%x%"'],
    [{ type: 'REG_MULTI_SZ', data: ['a', 'b'] }, 'REG_MULTI_SZ ["a", "b"]'],
    [{ type: 'REG_QWORD', data: '18446744073709551615' }, 'QWORD 18446744073709551615'],
    [{ type: 'REG_BINARY', data: '' }, 'REG_BINARY (empty)'],
    [{ type: 'REG_NONE', data: '00ff' }, 'REG_NONE 00ff'],
    [{ type: 'REG_BINARY', data: '0a'.repeat(17) }, `REG_BINARY 17 B: ${'0a '.repeat(16)}…`],
    [{ type: 'REG_RAW', data: { regType: 4, hex: '0100' } }, 'REG_DWORD 2 B: 01 00'],
    [{ type: 'REG_RAW', data: { regType: 4, hex: '' } }, 'REG_DWORD 0 B'],
    [{ type: 'REG_RAW', data: { regType: 5, hex: '00000800' } }, 'REG_DWORD_BIG_ENDIAN 4 B: 00 00 08 00'],
    [{ type: 'REG_RAW', data: { regType: 0x1234, hex: 'ff' } }, 'type 0x00001234 1 B: ff'],
    [
      { type: 'REG_RAW', data: { regType: 6, hex: '5c00'.repeat(20) } },
      `REG_LINK 40 B: ${'5c 00 '.repeat(8)}…`,
    ],
  ];
  it.each(cases.map(([v, text]) => [JSON.stringify(v), v, text] as const))('%s', (_, value, text) => {
    expect(formatValue(value, '(not set)')).toBe(text);
  });

  it('names the protocols of a mask, in full and compact', () => {
    expect(describeProtocolMask(0x2a80)).toBe('TLS 1.0, TLS 1.1, TLS 1.2, TLS 1.3');
    expect(tlsList(0xa80, 'none')).toBe('TLS 1.0, 1.1, 1.2');
    expect(tlsList(0x2800, 'none')).toBe('TLS 1.2, 1.3');
    expect(tlsList(0x28, 'none')).toBe('none');
  });

  it('adds the protocols to a protocol mask only', () => {
    expect(formatSetting({ type: 'REG_DWORD', data: 0xa00 }, true, '-')).toBe(
      '0x00000A00 (2560) = TLS 1.1, TLS 1.2',
    );
    expect(formatSetting({ type: 'REG_DWORD', data: 1 }, false, '-')).toBe('0x00000001 (1)');
    expect(formatSetting(null, true, '(not set)')).toBe('(not set)');
  });

  it('labels split views and takes the file name of Windows and POSIX paths', () => {
    expect([viewLabel('64'), viewLabel('32'), viewLabel('shared')]).toEqual(['64-bit', '32-bit', null]);
    expect(baseName('E:\\TLS12\\a.json')).toBe('a.json');
    expect(baseName('/tmp/b.reg')).toBe('b.reg');
  });
});
