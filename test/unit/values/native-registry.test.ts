// The native-reg adapter against a stand-in for the native module: whatever RegQueryValueEx
// returns decodes without throwing, and every write hands RegSetValueEx the exact type and bytes.
import fc from 'fast-check';
import type * as NativeReg from 'native-reg';
import { describe, expect, it } from 'vitest';
import { NativeRegistry } from '../../../src-main/core/registry/native-registry.js';
import { RegistryError } from '../../../src-main/core/registry/registry-error.js';
import type { KeyLocation } from '../../../src-main/core/registry/registry-port.js';
import { msg } from '../../../src-shared/messages/messages.js';
import { TYPE_NUMBERS } from '../../support/type-numbers.js';

const KEY: KeyLocation = { hive: 'HKLM', view: 'shared', path: 'SYSTEM\\X' };

/** A native-reg whose one key holds `stored`, and which records what is written. */
function fakeNativeReg(stored: { type: number; bytes: Buffer } | null, deny = false) {
  const written: { type: number; bytes: Buffer }[] = [];
  const opened: { root: number; path: string; access: number }[] = [];
  const fake = {
    HKLM: 1,
    HKCU: 2,
    HKU: 3,
    Access: {
      READ: 0x20019,
      QUERY_VALUE: 1,
      SET_VALUE: 2,
      CREATE_SUB_KEY: 4,
      WRITE: 0x20006,
      DELETE: 0x10000,
      WOW64_64KEY: 0x100,
      WOW64_32KEY: 0x200,
    },
    openKey: (root: number, path: string, access: number) => {
      opened.push({ root, path, access });
      if (deny && (access & 2) !== 0) throw Object.assign(new Error('RegOpenKeyExW failed'), { errno: 5 });
      return 42;
    },
    closeKey: () => undefined,
    queryValueRaw: () => (stored ? Object.assign(Buffer.from(stored.bytes), { type: stored.type }) : null),
    setValueRaw: (_h: number, _name: string, type: number, bytes: Buffer) => {
      written.push({ type, bytes: Buffer.from(bytes) });
    },
  };
  return { reg: new NativeRegistry(fake as unknown as typeof NativeReg), written, opened };
}

describe('the native-reg adapter', () => {
  it('reads every type number and length 0..16 without throwing, and writes back exactly those bytes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TYPE_NUMBERS), fc.uint8Array({ maxLength: 16 }), (type, array) => {
        const bytes = Buffer.from(array);
        const { reg, written } = fakeNativeReg({ type, bytes });
        const value = reg.readValue(KEY, 'Enabled');
        expect(value).not.toBeNull();
        reg.setValue(KEY, 'Enabled', value as NonNullable<typeof value>);
        expect(written).toHaveLength(1);
        expect(written[0]?.type).toBe(type);
        expect(written[0]?.bytes.equals(bytes)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a REG_DWORD of 2 bytes (it used to throw RangeError) as REG_RAW', () => {
    const { reg } = fakeNativeReg({ type: 4, bytes: Buffer.from([1, 0]) });
    expect(reg.readValue(KEY, 'Enabled')).toEqual({ type: 'REG_RAW', data: { regType: 4, hex: '0100' } });
  });

  it('reports a key that may not be opened for writing as RegistryError 5, writing nothing', () => {
    const { reg, written } = fakeNativeReg(null, true);
    let caught: unknown;
    try {
      reg.checkWriteAccess(KEY);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RegistryError);
    expect((caught as RegistryError).msg).toEqual(
      msg('registry.failed', {
        operation: 'open',
        at: { hive: 'HKLM', view: 'shared', key: KEY.path },
        win32: 5,
      }),
    );
    expect(written).toEqual([]);
    expect(fakeNativeReg(null).reg.checkWriteAccess(KEY)).toBe(true);
  });
  it("opens HKU keys on native-reg's HKU handle, and refuses every write to HKU before opening", () => {
    const { reg, written, opened } = fakeNativeReg({ type: 4, bytes: Buffer.from([1, 0, 0, 0]) });
    const key: KeyLocation = { hive: 'HKU', view: 'shared', path: 'S-1-5-21-1-2-3-1001\\Software' };
    expect(reg.readValue(key, 'X')).toEqual({ type: 'REG_DWORD', data: 1 });
    expect(opened).toEqual([{ root: 3, path: key.path, access: 1 | 0x100 }]);
    opened.length = 0;
    expect(() => reg.createKey(key)).toThrow(/HKU is a read-only hive/);
    expect(() => reg.setValue(key, 'X', { type: 'REG_DWORD', data: 1 })).toThrow(/read-only/);
    expect(() => reg.deleteValue(key, 'X')).toThrow(/read-only/);
    expect(() => reg.deleteEmptyKey(key)).toThrow(/read-only/);
    expect(() => reg.checkWriteAccess(key)).toThrow(/read-only/);
    expect(opened).toEqual([]);
    expect(written).toEqual([]);
  });
});
