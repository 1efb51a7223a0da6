import { describe, expect, it } from 'vitest';
// Values from the core are fine in a test (the renderer itself may import only types).
import { describeProtocolMask as coreDescribe } from '../../src-main/core/catalogue/protocols.js';
import { formatValue as coreFormat, type RegValue } from '../../src-main/core/registry/registry-port.js';
import { baseName, describeProtocolMask, formatValue } from '../../src-renderer/lib/format.js';

describe('the renderer repeats the core faithfully', () => {
  it.each([0, 0x800, 0xa80, 0x880, 0xaa0, 0x2a00, 0x8, 0x10000 | 0x800])(
    'names mask %i as the core does',
    (mask) => {
      expect(describeProtocolMask(mask)).toBe(coreDescribe(mask));
    },
  );

  const values: (RegValue | null)[] = [
    null,
    { type: 'REG_DWORD', data: 2048 },
    { type: 'REG_DWORD', data: 0xffffffff },
    { type: 'REG_SZ', data: '1' },
    { type: 'REG_EXPAND_SZ', data: '%x%' },
    { type: 'REG_MULTI_SZ', data: ['a', 'b'] },
    { type: 'REG_QWORD', data: '18446744073709551615' },
    { type: 'REG_BINARY', data: '' },
    { type: 'REG_NONE', data: '00ff' },
    { type: 'REG_BINARY', data: '0a'.repeat(17) },
    { type: 'REG_RAW', data: { regType: 4, hex: '0100' } },
    { type: 'REG_RAW', data: { regType: 4, hex: '' } },
    { type: 'REG_RAW', data: { regType: 5, hex: '00000800' } },
    { type: 'REG_RAW', data: { regType: 0x1234, hex: 'ff' } },
    { type: 'REG_RAW', data: { regType: 6, hex: '5c00'.repeat(20) } },
  ];
  it.each(values.map((v) => [JSON.stringify(v), v]))('formats %s as the core does', (_, value) => {
    expect(formatValue(value, '(not set)')).toBe(coreFormat(value));
  });

  it('takes the file name of Windows and POSIX paths', () => {
    expect(baseName('E:\\TLS12\\a.json')).toBe('a.json');
    expect(baseName('/tmp/b.reg')).toBe('b.reg');
  });
});
