// Office 2013's modern authentication values, read per signed-in user from HKU.
import { describe, expect, it } from 'vitest';
import { readOffice } from '../../../src-main/core/readiness/evidence/office-evidence.js';
import { MemoryRegistry } from '../../../src-main/core/registry/memory-registry.js';
import { RegistryError } from '../../../src-main/core/registry/registry-error.js';
import type { KeyLocation } from '../../../src-main/core/registry/registry-port.js';
import { ANNA, BOB, machine, NATIVE, OFFICE_2013, one, sz, SYSTEM_HIVES } from './office-fixtures.js';

describe('readOffice, modern authentication for Office 2013', () => {
  it('reads the modern authentication values of each signed-in user for MSI Office 2013', () => {
    const reg = machine({
      ...OFFICE_2013,
      ...SYSTEM_HIVES,
      [`HKU\\${ANNA}\\Volatile Environment`]: { USERNAME: sz('anna'), USERDOMAIN: sz('CONTOSO') },
      [`HKU\\${ANNA}\\Software\\Microsoft\\Office\\15.0\\Common\\Identity`]: {
        EnableADAL: one,
        Version: one,
      },
      [`HKU\\${ANNA}\\Software\\Microsoft\\Exchange`]: { AlwaysUseMSOAuthForAutoDiscover: one },
      [`HKU\\${ANNA}_Classes\\Volatile Environment`]: {},
      [`HKU\\${BOB}\\Volatile Environment`]: {},
      [`HKU\\${BOB}\\Software\\Microsoft\\Office\\15.0\\Common\\Identity`]: { EnableADAL: sz('1') },
      [`${NATIVE}\\Windows NT\\CurrentVersion\\ProfileList\\${BOB}`]: {
        ProfileImagePath: sz('C:\\Users\\bob'),
      },
      // Loaded, but no interactive logon: not counted.
      'HKU\\S-1-5-21-1111-2222-3333-1003\\Software': {},
    });
    const evidence = readOffice(reg, true);
    expect(evidence.installs).toMatchObject([
      { kind: 'msi', product: 'office-2013', platform: 'x64', view: '64' },
    ]);
    const identity = (sid: string) => `HKU\\${sid}\\Software\\Microsoft\\Office\\15.0\\Common\\Identity`;
    expect(evidence.modernAuth).toEqual({
      users: [
        {
          sid: ANNA,
          name: 'CONTOSO\\anna',
          values: [
            { name: 'EnableADAL', where: identity(ANNA), found: 1 },
            { name: 'Version', where: identity(ANNA), found: 1 },
            {
              name: 'AlwaysUseMSOAuthForAutoDiscover',
              where: `HKU\\${ANNA}\\Software\\Microsoft\\Exchange`,
              found: 1,
            },
          ],
          ok: true,
        },
        {
          sid: BOB,
          name: 'bob',
          values: [
            { name: 'EnableADAL', where: identity(BOB), found: null },
            { name: 'Version', where: identity(BOB), found: null },
            {
              name: 'AlwaysUseMSOAuthForAutoDiscover',
              where: `HKU\\${BOB}\\Software\\Microsoft\\Exchange`,
              found: null,
            },
          ],
          ok: false,
        },
      ],
      noInteractiveUser: false,
      unreadable: [],
    });
  });

  it('says so when only the system hives are loaded', () => {
    const reg = machine({ ...OFFICE_2013, ...SYSTEM_HIVES });
    expect(readOffice(reg, true).modernAuth).toEqual({ users: [], noInteractiveUser: true, unreadable: [] });
  });

  it('lists a hive that refuses reading as unreadable', () => {
    class Denying extends MemoryRegistry {
      override keyExists(key: KeyLocation): boolean {
        if (key.hive === 'HKU' && key.path.startsWith(BOB)) throw new RegistryError(5, 'open', key);
        return super.keyExists(key);
      }
    }
    const reg = new Denying({ wow64: true });
    reg.load({ ...OFFICE_2013, [`HKU\\${BOB}\\Volatile Environment`]: {} });
    expect(readOffice(reg, true).modernAuth).toEqual({
      users: [],
      noInteractiveUser: false,
      unreadable: [{ sid: BOB, where: `HKU\\${BOB}` }],
    });
  });
});
