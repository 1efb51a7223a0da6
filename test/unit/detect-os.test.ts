import { describe, expect, it } from 'vitest';
import { detect } from '../../src-main/core/detect/detect.js';
import { familyOf } from '../../src-main/core/detect/detect-os.js';
import { PROFILES } from '../../src-main/core/simulation/profiles.js';
import { machineFor } from '../support/sim.js';

describe('Windows family from version, build and client/server', () => {
  it.each([
    ['6.1', 7601, false, 1, 'win7'],
    ['6.1', 7601, true, 1, 'server2008r2'],
    ['6.2', 9200, false, 0, 'win8'],
    ['6.2', 9200, true, 0, 'server2012'],
    ['6.3', 9600, false, 0, 'win81'],
    ['6.3', 9600, true, 0, 'server2012r2'],
    ['10.0', 19045, false, 0, 'win10'],
    ['10.0', 21999, false, 0, 'win10'],
    ['10.0', 22000, false, 0, 'win11'],
    ['10.0', 26100, false, 0, 'win11'],
    ['10.0', 14393, true, 0, 'server2016'],
    ['10.0', 17763, true, 0, 'server2019'],
    ['10.0', 20348, true, 0, 'server2022'],
    // 26100 is both Windows 11 24H2 and Server 2025: the 22000 rule is for clients only.
    ['10.0', 26100, true, 0, 'server2025'],
  ])('%s build %i server=%s SP%i is %s', (version, build, server, sp, family) => {
    expect(familyOf(version, build, server, sp)).toEqual({ family, reason: null });
  });

  it('tells Windows 7 RTM to install Service Pack 1 first', () => {
    const r = familyOf('6.1', 7600, false, 0);
    expect(r.family).toBeNull();
    expect(r.reason).toMatch(/Service Pack 1 first/);
  });

  it('refuses Vista / Server 2008, XP and unknown server builds', () => {
    expect(familyOf('6.0', 6002, false, 2).family).toBeNull();
    expect(familyOf('5.1', 2600, false, 3).reason).toMatch(/not supported/);
    expect(familyOf('10.0', 10240, true, 0).reason).toMatch(/not a release this tool knows/);
  });
});

describe('detection on every built-in profile', () => {
  const expected: Record<string, [string, boolean, string]> = {
    'win7-sp1': ['Windows 7 SP1 (64-bit)', true, 'missing'],
    'win7-sp1-kb': ['Windows 7 SP1 (64-bit)', true, 'present'],
    'win7-sp1-x86': ['Windows 7 SP1 (32-bit)', false, 'present'],
    win81: ['Windows 8.1 (64-bit)', true, 'not-needed'],
    server2012r2: ['Windows Server 2012 R2 (64-bit)', true, 'not-needed'],
    win10: ['Windows 10 (64-bit)', true, 'not-needed'],
    win11: ['Windows 11 (64-bit)', true, 'not-needed'],
  };
  it('covers every profile', () =>
    expect(Object.keys(expected).sort()).toEqual(PROFILES.map((p) => p.id).sort()));

  it.each(Object.entries(expected))('%s', (id, [name, is64, kb]) => {
    const d = detect(machineFor(id));
    expect(d.os.displayName).toBe(name);
    expect(d.os.is64Bit).toBe(is64);
    expect(d.kb3140245.state).toBe(kb);
    expect(d.elevated).toBe(true);
    expect(d.simulatedProfile).toBe(id);
  });

  it('reads Windows 11 from the build although ProductName says Windows 10', () => {
    const d = detect(machineFor('win11'));
    expect(d.os.productName).toBe('Windows 10 Pro');
    expect(d.os.family).toBe('win11');
    expect(d.os.ubr).toBe(2314);
  });

  it('reads the service pack, server type and .NET versions', () => {
    const w7 = detect(machineFor('win7-sp1'));
    expect(w7.os.servicePack).toBe(1);
    expect(w7.dotNet).toEqual(['2.0', '3.5', '4.6.2']);
    const srv = detect(machineFor('server2012r2'));
    expect(srv.os.server).toBe(true);
    expect(srv.dotNet).toContain('4.8');
  });

  it('falls back to ProductType for client/server when InstallationType is missing (Windows 7)', () => {
    const m = machineFor('win7-sp1');
    const key = {
      hive: 'HKLM' as const,
      view: 'shared' as const,
      path: 'SYSTEM\\CurrentControlSet\\Control\\ProductOptions',
    };
    m.registry.setValue(key, 'ProductType', { type: 'REG_SZ', data: 'ServerNT' });
    const d = detect(m);
    expect(d.os.family).toBe('server2008r2');
    expect(d.kb3140245.needed).toBe(true);
  });

  it('says when the version cannot be read at all', () => {
    const m = machineFor('win10');
    m.registry.load({});
    expect(detect(m).os.unsupportedReason).toMatch(/could not be read/);
  });
});
