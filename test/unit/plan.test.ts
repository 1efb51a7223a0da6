import { describe, expect, it } from 'vitest';
import { CATALOGUE, GROUPS, type Group } from '../../src-main/core/catalogue/catalogue.js';
import { type ProtocolChoice } from '../../src-main/core/catalogue/protocols.js';
import { detect } from '../../src-main/core/detect/detect.js';
import { runtimeInstalled } from '../../src-main/core/detect/dotnet-runtimes.js';
import { buildPlan } from '../../src-main/core/plan/build-plan.js';
import { changesOf } from '../../src-main/core/plan/plan-types.js';
import type { KeyLocation } from '../../src-main/core/registry/registry-port.js';
import { PROFILES } from '../../src-main/core/simulation/profiles.js';
import { machineFor } from '../support/sim.js';

const WINHTTP = 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp';
const CLIENT = 'SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client';

function set(
  m: ReturnType<typeof machineFor>,
  view: KeyLocation['view'],
  path: string,
  name: string,
  value: Parameters<ReturnType<typeof machineFor>['registry']['setValue']>[2],
): void {
  m.registry.createKey({ hive: 'HKLM', view, path });
  m.registry.setValue({ hive: 'HKLM', view, path }, name, value);
}

function planFor(
  id: string,
  choice: ProtocolChoice = '1.2',
  groups: readonly Group[] | null = null,
  setup?: (m: ReturnType<typeof machineFor>) => void,
) {
  const m = machineFor(id);
  setup?.(m);
  return buildPlan(m.registry, detect(m), choice, groups);
}

describe('the catalogue', () => {
  it('has unique ids, DWORD values only, and keys below their anchors', () => {
    expect(new Set(CATALOGUE.map((e) => e.id)).size).toBe(CATALOGUE.length);
    for (const e of CATALOGUE) {
      expect(e.type).toBe('REG_DWORD');
      expect(e.key.toLowerCase().startsWith(`${e.anchor.toLowerCase()}\\`)).toBe(true);
      expect(e.why.length).toBeGreaterThan(20);
      expect(e.source.length).toBeGreaterThan(5);
    }
  });

  it('never writes 0xFFFFFFFF and never a half-disabled SChannel pair', () => {
    const enabled = CATALOGUE.find((e) => e.id === 'schannel.tls12.client.Enabled');
    const disabled = CATALOGUE.find((e) => e.id === 'schannel.tls12.client.DisabledByDefault');
    expect(enabled?.desired).toEqual({ kind: 'dword', data: 1 });
    expect(disabled?.desired).toEqual({ kind: 'dword', data: 0 });
  });
});

describe('plans', () => {
  it('on 64-bit Windows 7 with .NET 3.5 and 4.8 covers WinHTTP and all 8 .NET values in both views, and the SChannel client once', () => {
    const plan = planFor('win7-sp1-kb');
    const rows = plan.items.map((i) => `${i.name}@${i.key.split('\\').pop()}@${i.view}`);
    expect(rows).toEqual([
      'DefaultSecureProtocols@WinHttp@64',
      'DefaultSecureProtocols@WinHttp@32',
      'SystemDefaultTlsVersions@v4.0.30319@64',
      'SystemDefaultTlsVersions@v4.0.30319@32',
      'SchUseStrongCrypto@v4.0.30319@64',
      'SchUseStrongCrypto@v4.0.30319@32',
      'SystemDefaultTlsVersions@v2.0.50727@64',
      'SystemDefaultTlsVersions@v2.0.50727@32',
      'SchUseStrongCrypto@v2.0.50727@64',
      'SchUseStrongCrypto@v2.0.50727@32',
      'Enabled@Client@shared',
      'DisabledByDefault@Client@shared',
    ]);
    expect(changesOf(plan)).toHaveLength(12);
    expect(plan.items.every((i) => i.action === 'create' && i.restart)).toBe(true);
  });

  it('on 32-bit Windows writes each SOFTWARE value once (4 .NET values)', () => {
    const plan = planFor('win7-sp1-x86');
    expect(plan.items.filter((i) => i.group === 'dotnet')).toHaveLength(4);
    expect(plan.items.every((i) => i.view !== '64')).toBe(true);
  });

  const supported = PROFILES.filter((p) => planFor(p.id).detection.os.family !== null).map((p) => p.id);
  it.each(supported)('on %s plans every group in every view it needs when all are named', (id) => {
    const plan = planFor(id, '1.2', [...GROUPS]);
    const views = plan.detection.os.is64Bit ? 2 : 1;
    // WinHTTP and two values per installed .NET runtime in each view; SChannel (2) and WinINet once.
    const runtimes = (['clr2', 'clr4'] as const).filter((r) => runtimeInstalled(r, plan.detection.dotNet));
    expect(plan.items).toHaveLength((1 + 2 * runtimes.length) * views + 3);
    expect(plan.blockers).toEqual([]);
  });

  it.each([
    ['1.2', 0x800],
    ['1.1,1.2', 0xa00],
    ['1.0,1.1,1.2', 0xa80],
    ['1.0,1.2', 0x880],
  ] as const)('protocol choice %s sets DefaultSecureProtocols and SecureProtocols to %i', (choice, mask) => {
    const plan = planFor('win10', choice, [...GROUPS]);
    for (const item of plan.items.filter((i) => i.group === 'winhttp' || i.group === 'wininet')) {
      expect(item.desired).toEqual({ type: 'REG_DWORD', data: mask });
    }
  });

  it('keeps TLS 1.3 on Windows 11 and reports "no change" when the value is right', () => {
    const plan = planFor('win11', '1.1,1.2', ['winhttp'], (m) =>
      set(m, '64', WINHTTP, 'DefaultSecureProtocols', { type: 'REG_DWORD', data: 0x2a00 }),
    );
    const winhttp = plan.items.filter((i) => i.group === 'winhttp');
    expect(winhttp.map((i) => [i.view, i.current?.data ?? null, i.desired.data, i.action])).toEqual([
      ['64', 0x2a00, 0x2a00, 'none'],
      ['32', null, 0x2a00, 'create'],
    ]);
  });

  it('takes an optional value where someone switched TLS 1.2 off, in that view only', () => {
    const plan = planFor('win10', '1.2', null, (m) => {
      set(m, 'shared', CLIENT, 'Enabled', { type: 'REG_DWORD', data: 0 });
      set(m, '32', WINHTTP, 'DefaultSecureProtocols', { type: 'REG_DWORD', data: 0xa0 });
    });
    const taken = plan.items.filter((i) => i.reason === 'tls12-switched-off');
    expect(taken.map((i) => `${i.entryId}@${i.view}`)).toEqual([
      'winhttp.DefaultSecureProtocols@32',
      'schannel.tls12.client.Enabled@shared',
    ]);
    // DisabledByDefault is absent, which on Windows 10 already means "by default": not written.
    expect(plan.items.some((i) => i.name === 'DisabledByDefault')).toBe(false);
    const winhttp = plan.effective.after.filter((s) => s.stack === 'winhttp');
    expect(winhttp.every((s) => (s.mask & 0x800) !== 0)).toBe(true);
  });

  it('never plans a value marked "never" for the family, even when its group is named', () => {
    const plan = planFor('win10', '1.1,1.2', [...GROUPS]);
    expect(plan.items.some((i) => i.entryId.startsWith('schannel.tls11'))).toBe(false);
  });

  it('limits the plan to the chosen groups', () => {
    const plan = planFor('win10', '1.2', ['schannel']);
    expect(new Set(plan.items.map((i) => i.group))).toEqual(new Set(['schannel']));
  });

  it('blocks an unsupported Windows', () => {
    const plan = planFor('win7-sp1', '1.2', null, (m) => {
      const nt: KeyLocation = {
        hive: 'HKLM',
        view: '64',
        path: 'SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion',
      };
      m.registry.setValue(nt, 'CurrentBuildNumber', { type: 'REG_SZ', data: '7600' });
      m.registry.deleteValue(nt, 'CSDVersion');
    });
    expect(plan.blockers[0]?.code).toBe('os.noServicePack');
  });
});

describe('findings', () => {
  const codes = (plan: ReturnType<typeof planFor>) => plan.findings.map((f) => f.code);

  it('reports KB 3140245 missing on Windows 7 without it, and not with it', () => {
    expect(codes(planFor('win7-sp1'))).toContain('kb3140245-missing');
    expect(codes(planFor('win7-sp1-kb'))).not.toContain('kb3140245-missing');
  });

  it('reports the DisableByDefault misspelling and leaves it alone', () => {
    const plan = planFor('win7-sp1', '1.2', null, (m) =>
      set(m, 'shared', CLIENT, 'DisableByDefault', { type: 'REG_DWORD', data: 0 }),
    );
    expect(codes(plan)).toContain('misspelled-value');
    expect(plan.items.some((i) => i.name === 'DisableByDefault')).toBe(false);
  });

  it('reports a value of the wrong type as replace-type, not as a plain change', () => {
    const plan = planFor('win10', '1.2', null, (m) =>
      set(m, '64', 'SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319', 'SchUseStrongCrypto', {
        type: 'REG_SZ',
        data: '1',
      }),
    );
    expect(codes(plan)).toContain('wrong-type');
    expect(plan.items.find((i) => i.name === 'SchUseStrongCrypto' && i.view === '64')?.action).toBe(
      'replace-type',
    );
  });

  it('reports SSL bits, views that disagree and a half-disabled pair', () => {
    const plan = planFor('win7-sp1-kb', '1.2', null, (m) => {
      set(m, 'shared', CLIENT, 'Enabled', { type: 'REG_DWORD', data: 0xffffffff });
      set(m, 'shared', CLIENT, 'DisabledByDefault', { type: 'REG_DWORD', data: 1 });
      set(m, '64', WINHTTP, 'DefaultSecureProtocols', { type: 'REG_DWORD', data: 0xaa0 });
    });
    expect(codes(plan)).toEqual(
      expect.arrayContaining([
        'schannel-enabled-non-zero',
        'ssl-enabled',
        'views-disagree',
        'schannel-half-disabled',
      ]),
    );
    expect(codes(plan)).not.toContain('dword-ffffffff');
  });

  // SChannel reads any non-zero Enabled as on (Windows Server "TLS registry settings"; the .NET TLS
  // page shows 0xFFFFFFFF as enabled): the plan leaves it alone and only says so, for information.
  it('on Windows 7 SP1 with the KB leaves an SChannel TLS 1.2 client Enabled of 0xFFFFFFFF as it is', () => {
    const plan = planFor('win7-sp1-kb', '1.2', null, (m) => {
      set(m, 'shared', CLIENT, 'Enabled', { type: 'REG_DWORD', data: 0xffffffff });
      set(m, 'shared', CLIENT, 'DisabledByDefault', { type: 'REG_DWORD', data: 0 });
    });
    const schannel = plan.items.filter((i) => i.key === CLIENT);
    expect(schannel.map((i) => [i.name, i.action])).toEqual([
      ['Enabled', 'none'],
      ['DisabledByDefault', 'none'],
    ]);
    expect(changesOf(plan).filter((i) => i.key === CLIENT)).toEqual([]);
    expect(plan.items.find((i) => i.name === 'Enabled')?.desired).toEqual({
      type: 'REG_DWORD',
      data: 0xffffffff,
    });
    const note = plan.findings.filter((f) => f.code === 'schannel-enabled-non-zero');
    expect(note.map((f) => f.severity)).toEqual(['info']);
    expect(codes(plan)).not.toContain('dword-ffffffff');
    expect(codes(plan)).not.toContain('schannel-half-disabled');
    expect(plan.needsSchannelFor).toEqual([]);
    expect(plan.blockers).toEqual([]);
    expect((plan.effective.before.find((s) => s.stack === 'schannel')?.mask ?? 0) & 0x800).toBe(0x800);
  });

  it('on Windows 7 SP1 with the KB still fixes DisabledByDefault = 1 next to Enabled = 0xFFFFFFFF', () => {
    const plan = planFor('win7-sp1-kb', '1.2', null, (m) => {
      set(m, 'shared', CLIENT, 'Enabled', { type: 'REG_DWORD', data: 0xffffffff });
      set(m, 'shared', CLIENT, 'DisabledByDefault', { type: 'REG_DWORD', data: 1 });
    });
    const changes = changesOf(plan).filter((i) => i.key === CLIENT);
    expect(changes.map((i) => [i.name, i.action, i.desired])).toEqual([
      ['DisabledByDefault', 'change', { type: 'REG_DWORD', data: 0 }],
    ]);
  });

  it('still writes 1, never 0xFFFFFFFF, where Enabled is 0 or absent', () => {
    for (const enabled of [0, null]) {
      const plan = planFor('win7-sp1-kb', '1.2', null, (m) => {
        if (enabled !== null) set(m, 'shared', CLIENT, 'Enabled', { type: 'REG_DWORD', data: enabled });
      });
      const item = plan.items.find((i) => i.key === CLIENT && i.name === 'Enabled');
      expect(item?.action).toBe(enabled === null ? 'create' : 'change');
      expect(item?.desired).toEqual({ type: 'REG_DWORD', data: 1 });
    }
  });

  it('on Windows 10 leaves a non-zero Enabled alone even when the SChannel group is named', () => {
    const plan = planFor('win10', '1.2', ['schannel'], (m) => {
      set(m, 'shared', CLIENT, 'Enabled', { type: 'REG_DWORD', data: 0xffffffff });
    });
    expect(plan.items.find((i) => i.key === CLIENT && i.name === 'Enabled')?.action).toBe('none');
  });

  it('mentions the .NET 3.5 update only where .NET 3.5 is installed and needs one', () => {
    expect(codes(planFor('win7-sp1'))).toContain('dotnet35-update');
    expect(codes(planFor('win10'))).not.toContain('dotnet35-update');
  });
});
