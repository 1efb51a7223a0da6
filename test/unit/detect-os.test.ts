import { describe, expect, it } from 'vitest';
import { detect } from '../../src-main/core/detect/detect.js';
import { familyOf } from '../../src-main/core/detect/detect-os.js';
import { PROFILES } from '../../src-main/core/simulation/profiles.js';
import { english, msg } from '../../src-shared/messages/messages.js';
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
    expect(r.reason && english(r.reason)).toMatch(/Service Pack 1 first/);
  });

  it('refuses Vista / Server 2008, XP and unknown server builds', () => {
    expect(familyOf('6.0', 6002, false, 2).family).toBeNull();
    expect(english(familyOf('5.1', 2600, false, 3).reason ?? '')).toMatch(/not supported/);
    expect(english(familyOf('10.0', 10240, true, 0).reason ?? '')).toMatch(/not a release this tool knows/);
  });
});

describe('detection on every built-in profile', () => {
  // id: [display name, family (null: refused), 64-bit, KB 3140245 state]
  const expected: Record<string, [string, string | null, boolean, string]> = {
    'win7-sp1': ['Windows 7 SP1 (64-bit)', 'win7', true, 'missing'],
    'win7-sp1-kb': ['Windows 7 SP1 (64-bit)', 'win7', true, 'probably-present'],
    'win7-sp1-x86': ['Windows 7 SP1 (32-bit)', 'win7', false, 'probably-present'],
    server2008r2: ['Windows Server 2008 R2 SP1 (64-bit)', 'server2008r2', true, 'missing'],
    win8: ['Windows 8 (64-bit)', 'win8', true, 'missing'],
    server2012: ['Windows Server 2012 (64-bit)', 'server2012', true, 'missing'],
    win81: ['Windows 8.1 (64-bit)', 'win81', true, 'not-needed'],
    server2012r2: ['Windows Server 2012 R2 (64-bit)', 'server2012r2', true, 'not-needed'],
    'win10-1507': ['Windows 10 (64-bit)', 'win10', true, 'not-needed'],
    'win10-1511': ['Windows 10 (64-bit)', 'win10', true, 'not-needed'],
    win10: ['Windows 10 (64-bit)', 'win10', true, 'not-needed'],
    'win10-x86': ['Windows 10 (32-bit)', 'win10', false, 'not-needed'],
    win11: ['Windows 11 (64-bit)', 'win11', true, 'not-needed'],
    'win11-arm64': ['Windows 11 (ARM64)', 'win11', true, 'not-needed'],
    'win11-multisession': ['Windows 11 Enterprise multi-session (64-bit)', 'win11', true, 'not-needed'],
    server2016: ['Windows Server 2016 (64-bit)', 'server2016', true, 'not-needed'],
    server2019: ['Windows Server 2019 (64-bit)', 'server2019', true, 'not-needed'],
    server2022: ['Windows Server 2022 (64-bit)', 'server2022', true, 'not-needed'],
    server2025: ['Windows Server 2025 (64-bit)', 'server2025', true, 'not-needed'],
    'win7-office2010': ['Windows 7 SP1 (64-bit)', 'win7', true, 'probably-present'],
    'win81-m365apps': ['Windows 8.1 (64-bit)', 'win81', true, 'not-needed'],
    'win10-no-ecdh': ['Windows 10 (64-bit)', 'win10', true, 'not-needed'],
    'win11-suite-policy': ['Windows 11 (64-bit)', 'win11', true, 'not-needed'],
    'win10-domain-gpp': ['Windows 10 (64-bit)', 'win10', true, 'not-needed'],
    'server2008-sp2': ['Windows Server 2008 SP2 (64-bit)', null, true, 'not-needed'],
    vista: ['Windows Vista SP2 (32-bit)', null, false, 'not-needed'],
    xp: ['Windows XP SP3 (32-bit)', null, false, 'not-needed'],
    'server2008r2-itanium': ['Windows Server 2008 R2 SP1 (Itanium)', null, true, 'not-needed'],
  };
  it('covers every profile', () =>
    expect(Object.keys(expected).sort()).toEqual(PROFILES.map((p) => p.id).sort()));

  it.each(Object.entries(expected))('%s', (id, [name, family, is64, kb]) => {
    const d = detect(machineFor(id));
    expect(english(d.os.displayNameMsg)).toBe(name);
    expect(d.os.family).toBe(family);
    expect(d.os.unsupportedMsg === null).toBe(family !== null);
    expect(d.os.is64Bit).toBe(is64);
    expect(d.kb3140245.state).toBe(kb);
    expect(d.elevated).toBe(true);
    expect(d.simulatedProfile).toBe(id);
  });

  it('names what Server 2008 SP2 needs instead, and refuses Vista, XP and Itanium with what to do', () => {
    expect(detect(machineFor('server2008-sp2')).os.unsupportedMsg).toEqual(msg('os.server2008', {}));
    expect(detect(machineFor('vista')).os.unsupportedMsg).toEqual(msg('os.vista', {}));
    expect(detect(machineFor('xp')).os.unsupportedMsg).toEqual(msg('os.xp', { x64: false }));
    expect(detect(machineFor('server2008r2-itanium')).os.unsupportedMsg).toEqual(msg('os.itanium', {}));
    // The English names what to do instead.
    expect(english(detect(machineFor('server2008-sp2')).os.unsupportedMsg ?? '')).toMatch(
      /KB 4019276.*KB 4467770/,
    );
  });

  it('takes Windows 10 / 11 multi-session for a client named by its build, never "Windows Server"', () => {
    const d = detect(machineFor('win11-multisession'));
    expect(d.os).toMatchObject({ family: 'win11', server: false, multiSession: true, edition: 'ServerRdsh' });
    expect(english(d.os.displayNameMsg)).not.toMatch(/Server/);
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
    expect(w7.dotNet).toEqual(['2.0', '3.0', '3.5']);
    expect(w7.internetExplorer).toBe(8);
    const srv = detect(machineFor('server2012r2'));
    expect(srv.os.server).toBe(true);
    expect(srv.dotNet).toEqual(['4.5.1']);
    expect(detect(machineFor('win11')).internetExplorer).toBe(11);
  });

  it('counts .NET 4.0 and its Client Profile alone as a .NET 4 (no Release value)', () => {
    for (const sub of ['Full', 'Client']) {
      const m = machineFor('win7-sp1');
      const key = {
        hive: 'HKLM' as const,
        view: '64' as const,
        path: `SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v4\\${sub}`,
      };
      m.registry.createKey(key);
      m.registry.setValue(key, 'Install', { type: 'REG_DWORD', data: 1 });
      expect(detect(m).dotNet, sub).toEqual(['2.0', '3.0', '3.5', '4.0']);
    }
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

  it.each([
    ['missing', null],
    ['odd', 'EM64T'],
  ])('never assumes 32-bit when PROCESSOR_ARCHITECTURE is %s', (_, value) => {
    const env = {
      hive: 'HKLM' as const,
      view: 'shared' as const,
      path: 'SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment',
    };
    const set = (m: ReturnType<typeof machineFor>) => {
      if (value === null) m.registry.deleteValue(env, 'PROCESSOR_ARCHITECTURE');
      else m.registry.setValue(env, 'PROCESSOR_ARCHITECTURE', { type: 'REG_SZ', data: value });
      return m;
    };
    // 64-bit Windows: its 32-bit view (WOW6432Node) is the second signal.
    const w10 = detect(set(machineFor('win10'))).os;
    expect(w10).toMatchObject({ family: 'win10', is64Bit: true, architectureSource: 'wow64-view' });
    // The running process is a stronger one.
    const arm = set(machineFor('win11-arm64'));
    expect(detect({ ...arm, architectureHint: 'arm64' }).os).toMatchObject({
      architecture: 'arm64',
      architectureSource: 'process',
    });
    // 32-bit Windows without any second signal: refused, not guessed.
    const x86 = detect(set(machineFor('win10-x86'))).os;
    expect(x86.family).toBeNull();
    expect(x86.unsupportedMsg?.code).toBe('os.architectureUnknown');
  });

  it('says when the version cannot be read at all', () => {
    const m = machineFor('win10');
    m.registry.load({});
    expect(detect(m).os.unsupportedMsg).toEqual(msg('os.versionUnreadable', {}));
  });
});
