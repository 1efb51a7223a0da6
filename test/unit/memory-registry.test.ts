import { describe, expect, it } from 'vitest';
import { MemoryRegistry } from '../../src-main/core/registry/memory-registry.js';
import { RegistryError } from '../../src-main/core/registry/registry-error.js';
import type { KeyLocation } from '../../src-main/core/registry/registry-port.js';

const at = (view: KeyLocation['view'], path: string): KeyLocation => ({ hive: 'HKLM', view, path });

describe('in-memory registry', () => {
  it('redirects the 32-bit view of HKLM\\SOFTWARE to WOW6432Node on 64-bit Windows', () => {
    const r = new MemoryRegistry({ wow64: true });
    r.createKey(at('64', 'SOFTWARE\\Vendor'));
    r.createKey(at('32', 'SOFTWARE\\Vendor'));
    r.setValue(at('64', 'SOFTWARE\\Vendor'), 'X', { type: 'REG_DWORD', data: 1 });
    r.setValue(at('32', 'SOFTWARE\\Vendor'), 'X', { type: 'REG_DWORD', data: 2 });
    expect(r.snapshot()['HKLM\\SOFTWARE\\WOW6432Node\\Vendor']).toEqual({
      X: { type: 'REG_DWORD', data: 2 },
    });
    expect(r.readValue(at('64', 'SOFTWARE\\Vendor'), 'x')).toEqual({ type: 'REG_DWORD', data: 1 });
  });

  it('shares HKLM\\SYSTEM and HKLM\\SOFTWARE\\Policies between views', () => {
    const r = new MemoryRegistry({ wow64: true });
    r.createKey(at('64', 'SOFTWARE\\Policies\\P'));
    r.setValue(at('64', 'SOFTWARE\\Policies\\P'), 'V', { type: 'REG_SZ', data: 'a' });
    expect(r.readValue(at('32', 'SOFTWARE\\Policies\\P'), 'V')).toEqual({ type: 'REG_SZ', data: 'a' });
    r.createKey(at('32', 'SYSTEM\\S'));
    expect(r.keyExists(at('64', 'SYSTEM\\S'))).toBe(true);
  });

  it('has a single view on 32-bit Windows', () => {
    const r = new MemoryRegistry({ wow64: false });
    r.createKey(at('32', 'SOFTWARE\\Vendor'));
    expect(r.keyExists(at('64', 'SOFTWARE\\Vendor'))).toBe(true);
    expect(Object.keys(r.snapshot()).some((k) => /wow6432node/i.test(k))).toBe(false);
  });

  it('is case-insensitive and keeps the first spelling', () => {
    const r = new MemoryRegistry({ wow64: false });
    r.createKey(at('shared', 'SOFTWARE\\MyKey'));
    r.setValue(at('shared', 'software\\mykey'), 'Value', { type: 'REG_DWORD', data: 3 });
    r.setValue(at('shared', 'SOFTWARE\\MYKEY'), 'VALUE', { type: 'REG_DWORD', data: 4 });
    expect(r.listValueNames(at('shared', 'SOFTWARE\\MyKey'))).toEqual(['Value']);
    expect(r.listSubkeys(at('shared', 'SOFTWARE'))).toEqual(['MyKey']);
  });

  it('refuses to write into a missing key and to delete a key that is not empty', () => {
    const r = new MemoryRegistry({ wow64: false });
    expect(() => r.setValue(at('shared', 'SOFTWARE\\Nope'), 'V', { type: 'REG_DWORD', data: 1 })).toThrow(
      RegistryError,
    );
    r.createKey(at('shared', 'SOFTWARE\\A\\B'));
    expect(() => r.deleteEmptyKey(at('shared', 'SOFTWARE\\A'))).toThrow(/non-empty/);
    r.deleteEmptyKey(at('shared', 'SOFTWARE\\A\\B'));
    r.deleteEmptyKey(at('shared', 'SOFTWARE\\A'));
    expect(r.keyExists(at('shared', 'SOFTWARE\\A'))).toBe(false);
  });

  it('turns Win32 error 5 into "run as administrator"', () => {
    expect(new RegistryError(5, 'write', at('64', 'SOFTWARE\\X'), 'V').message).toMatch(
      /Could not write HKLM\\SOFTWARE\\X \(64-bit view\) "V": access denied: run the tool as administrator.*Win32 error 5/,
    );
  });
  it('reads HKU like any hive, from a snapshot, and refuses every write to it', () => {
    const r = new MemoryRegistry({ wow64: true });
    const sid = 'S-1-5-21-1-2-3-1001';
    r.load({ [`HKU\\${sid}\\Volatile Environment`]: { USERNAME: { type: 'REG_SZ', data: 'anna' } } });
    const hku = (path: string): KeyLocation => ({ hive: 'HKU', view: 'shared', path });
    expect(r.listSubkeys(hku(''))).toEqual([sid]);
    expect(r.readValue(hku(`${sid}\\Volatile Environment`), 'username')).toEqual({
      type: 'REG_SZ',
      data: 'anna',
    });
    const key = hku(`${sid}\\Software\\X`);
    const before = r.snapshot();
    expect(() => r.createKey(key)).toThrow(/HKU is a read-only hive/);
    expect(() =>
      r.setValue(hku(`${sid}\\Volatile Environment`), 'V', { type: 'REG_DWORD', data: 1 }),
    ).toThrow(/read-only/);
    expect(() => r.deleteValue(hku(`${sid}\\Volatile Environment`), 'USERNAME')).toThrow(/read-only/);
    expect(() => r.deleteEmptyKey(hku(`${sid}\\Volatile Environment`))).toThrow(/read-only/);
    expect(() => r.checkWriteAccess(hku(sid))).toThrow(/read-only/);
    expect(r.snapshot()).toEqual(before);
  });
});
