// The catalogue decides per Windows; docs/windows-matrix.md shows it; `audit --json` on every
// family's profile plans exactly the values the matrix marks required, and shows what each stack
// offers before and after without losing TLS 1.3. The expectations are literal tables from
// Microsoft's documentation, per family, not derived from the catalogue.
import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src-main/cli/run-cli.js';
import { CATALOGUE } from '../../src-main/core/catalogue/catalogue.js';
import { OS_FAMILIES, type OsFamily } from '../../src-main/core/catalogue/windows-families.js';
import { windowsMatrixMarkdown } from '../../src-main/core/catalogue/windows-matrix.js';
import { detect } from '../../src-main/core/detect/detect.js';
import type { EffectiveStack } from '../../src-main/core/effective/effective-protocols.js';
import type { Plan } from '../../src-main/core/plan/plan-types.js';
import { machineFor, SUPPORTED_PROFILES, tempFolder } from '../support/sim.js';

function auditJson(profile: string, extra: string[] = []): { code: number; plan: Plan } {
  const out: string[] = [];
  const code = runCli(['audit', '--simulate', profile, '--json', ...extra], {
    out: (t) => out.push(t),
    err: (t) => out.push(t),
    env: { TLS12_WIZARD_SIM_DIR: tempFolder('matrix') },
    platform: 'linux',
    version: 't',
  });
  return { code, plan: (JSON.parse(out.join('\n')) as { plan: Plan }).plan };
}

describe('docs/windows-matrix.md', () => {
  it('is what the catalogue says (run `npm run docs:matrix` after changing the catalogue)', () => {
    expect(fs.readFileSync('docs/windows-matrix.md', 'utf8')).toBe(windowsMatrixMarkdown());
  });

  it('marks every value for every family and names a source for each', () => {
    for (const e of CATALOGUE) {
      expect(Object.keys(e.need).sort()).toEqual([...OS_FAMILIES].sort());
      expect(e.source.length).toBeGreaterThan(10);
    }
  });
});

/*
 * The expectations below are written out by hand from Microsoft's documentation, not computed
 * from the catalogue: a wrong catalogue row must make this test fail, not move its expectation.
 * Sources (the short names used per row):
 */
const SRC = {
  CM: 'https://learn.microsoft.com/en-us/mem/configmgr/core/plan-design/security/enable-tls-1-2-client',
  KB: 'https://support.microsoft.com/help/3140245',
  PROTO: 'https://learn.microsoft.com/en-us/windows/win32/secauthn/protocols-in-tls-ssl--schannel-ssp-',
  SRV: 'https://learn.microsoft.com/en-us/windows-server/security/tls/tls-registry-settings',
  WOW: 'https://learn.microsoft.com/en-us/windows/win32/winprog64/shared-registry-keys',
  NET: 'https://learn.microsoft.com/en-us/dotnet/framework/network-programming/tls',
} as const;

const WINHTTP = 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp';
const NET4 = 'SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319';
const NET2 = 'SOFTWARE\\Microsoft\\.NETFramework\\v2.0.50727';
const TLS12_CLIENT =
  'SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client';

/** One value written: key (HKLM), value name, view, data. */
type Write = readonly [key: string, name: string, view: '64' | '32' | 'shared', data: number];

// WinHTTP DefaultSecureProtocols, TLS 1.2 only (0x800, the tool's default choice), in the 64-bit and
// the 32-bit view of HKLM\SOFTWARE (WOW): required where WinHTTP's default is SSL 3.0 + TLS 1.0 (CM, KB).
const WINHTTP_WRITES: Write[] = [
  [WINHTTP, 'DefaultSecureProtocols', '64', 0x800],
  [WINHTTP, 'DefaultSecureProtocols', '32', 0x800],
];
// .NET Framework 4.x and 3.5 (CM, NET): both values = 1, each in both views of HKLM\SOFTWARE (WOW).
const NET4_WRITES: Write[] = [
  [NET4, 'SystemDefaultTlsVersions', '64', 1],
  [NET4, 'SystemDefaultTlsVersions', '32', 1],
  [NET4, 'SchUseStrongCrypto', '64', 1],
  [NET4, 'SchUseStrongCrypto', '32', 1],
];
const NET2_WRITES: Write[] = [
  [NET2, 'SystemDefaultTlsVersions', '64', 1],
  [NET2, 'SystemDefaultTlsVersions', '32', 1],
  [NET2, 'SchUseStrongCrypto', '64', 1],
  [NET2, 'SchUseStrongCrypto', '32', 1],
];
// SChannel TLS 1.2 client, off by default only on Windows 7 / 2008 R2 (PROTO): Enabled = 1,
// DisabledByDefault = 0 (SRV), under HKLM\SYSTEM, one shared view (WOW).
const SCHANNEL_WRITES: Write[] = [
  [TLS12_CLIENT, 'Enabled', 'shared', 1],
  [TLS12_CLIENT, 'DisabledByDefault', 'shared', 0],
];

/**
 * Per Windows family, what the default plan writes on a fresh 64-bit machine with both .NET
 * runtimes installed (a runtime that is absent gets nothing: nothing would read it).
 */
const DOCUMENTED: Record<OsFamily, { writes: Write[]; sources: (keyof typeof SRC)[] }> = {
  // Windows 7 SP1 / Server 2008 R2 SP1: WinHTTP (CM, KB), .NET (CM, NET), SChannel client (PROTO, SRV).
  win7: {
    writes: [...WINHTTP_WRITES, ...NET4_WRITES, ...NET2_WRITES, ...SCHANNEL_WRITES],
    sources: ['CM', 'KB', 'PROTO', 'SRV', 'NET', 'WOW'],
  },
  server2008r2: {
    writes: [...WINHTTP_WRITES, ...NET4_WRITES, ...NET2_WRITES, ...SCHANNEL_WRITES],
    sources: ['CM', 'KB', 'PROTO', 'SRV', 'NET', 'WOW'],
  },
  // Windows 8 / Server 2012: WinHTTP (CM, KB) and .NET; SChannel has TLS 1.2 on by default (PROTO).
  win8: {
    writes: [...WINHTTP_WRITES, ...NET4_WRITES, ...NET2_WRITES],
    sources: ['CM', 'KB', 'PROTO', 'NET', 'WOW'],
  },
  server2012: {
    writes: [...WINHTTP_WRITES, ...NET4_WRITES, ...NET2_WRITES],
    sources: ['CM', 'KB', 'PROTO', 'NET', 'WOW'],
  },
  // Windows 8.1 / Server 2012 R2 and later: WinHTTP's default already has TLS 1.2 (CM), SChannel
  // too (PROTO): only .NET, for apps that target .NET before 4.7 (CM, NET).
  win81: { writes: [...NET4_WRITES, ...NET2_WRITES], sources: ['CM', 'PROTO', 'NET', 'WOW'] },
  server2012r2: { writes: [...NET4_WRITES, ...NET2_WRITES], sources: ['CM', 'PROTO', 'NET', 'WOW'] },
  win10: { writes: [...NET4_WRITES, ...NET2_WRITES], sources: ['CM', 'PROTO', 'NET', 'WOW'] },
  server2016: { writes: [...NET4_WRITES, ...NET2_WRITES], sources: ['CM', 'PROTO', 'NET', 'WOW'] },
  server2019: { writes: [...NET4_WRITES, ...NET2_WRITES], sources: ['CM', 'PROTO', 'NET', 'WOW'] },
  // Windows 11 / Server 2022 and later: as Windows 10; a WinHTTP mask there would drop TLS 1.3.
  win11: { writes: [...NET4_WRITES, ...NET2_WRITES], sources: ['CM', 'PROTO', 'NET', 'WOW'] },
  server2022: { writes: [...NET4_WRITES, ...NET2_WRITES], sources: ['CM', 'PROTO', 'NET', 'WOW'] },
  server2025: { writes: [...NET4_WRITES, ...NET2_WRITES], sources: ['CM', 'PROTO', 'NET', 'WOW'] },
};

/** Each built-in profile: its family, its bitness and the .NET runtimes it has installed. */
const PROFILE_FACTS: Record<string, { family: OsFamily; bits: 64 | 32; runtimes: ('clr4' | 'clr2')[] }> = {
  'win7-sp1': { family: 'win7', bits: 64, runtimes: ['clr2'] },
  'win7-sp1-kb': { family: 'win7', bits: 64, runtimes: ['clr4', 'clr2'] },
  'win7-sp1-x86': { family: 'win7', bits: 32, runtimes: ['clr4', 'clr2'] },
  'win7-office2010': { family: 'win7', bits: 64, runtimes: ['clr4', 'clr2'] },
  win8: { family: 'win8', bits: 64, runtimes: ['clr4'] },
  win81: { family: 'win81', bits: 64, runtimes: ['clr4'] },
  'win81-m365apps': { family: 'win81', bits: 64, runtimes: ['clr4'] },
  'win10-1507': { family: 'win10', bits: 64, runtimes: ['clr4', 'clr2'] },
  'win10-1511': { family: 'win10', bits: 64, runtimes: ['clr4', 'clr2'] },
  win10: { family: 'win10', bits: 64, runtimes: ['clr4'] },
  'win10-x86': { family: 'win10', bits: 32, runtimes: ['clr4'] },
  'win10-no-ecdh': { family: 'win10', bits: 64, runtimes: ['clr4'] },
  'win10-domain-gpp': { family: 'win10', bits: 64, runtimes: ['clr4'] },
  win11: { family: 'win11', bits: 64, runtimes: ['clr4'] },
  'win11-arm64': { family: 'win11', bits: 64, runtimes: ['clr4'] },
  'win11-multisession': { family: 'win11', bits: 64, runtimes: ['clr4'] },
  'win11-suite-policy': { family: 'win11', bits: 64, runtimes: ['clr4'] },
  server2008r2: { family: 'server2008r2', bits: 64, runtimes: [] },
  server2012: { family: 'server2012', bits: 64, runtimes: ['clr4'] },
  server2012r2: { family: 'server2012r2', bits: 64, runtimes: ['clr4'] },
  server2016: { family: 'server2016', bits: 64, runtimes: ['clr4'] },
  server2019: { family: 'server2019', bits: 64, runtimes: ['clr4'] },
  server2022: { family: 'server2022', bits: 64, runtimes: ['clr4'] },
  server2025: { family: 'server2025', bits: 64, runtimes: ['clr4'] },
};

/** The documented writes for one profile: 32-bit Windows has the one view of HKLM\SOFTWARE (WOW). */
function documentedWrites(id: string): string[] {
  const p = PROFILE_FACTS[id];
  if (!p) throw new Error(`add ${id} to PROFILE_FACTS`);
  return DOCUMENTED[p.family].writes
    .filter(([, , view]) => !(p.bits === 32 && view === '64'))
    .filter(([key]) => key !== NET4 || p.runtimes.includes('clr4'))
    .filter(([key]) => key !== NET2 || p.runtimes.includes('clr2'))
    .map(([key, name, view, data]) => `${key}\\${name}@${view}=0x${data.toString(16)}`)
    .sort();
}

/** What each stack offers (TLS bits only) on a fresh machine before and after the default apply. */
// Before: WinHTTP TLS 1.0 on 7 / 8 / 2008 R2 / 2012 (CM), TLS 1.0-1.2 from 8.1 / 2012 R2, plus TLS 1.3
// on 11 / 2022+ (PROTO); SChannel TLS 1.0 only on 7 / 2008 R2 (PROTO); .NET apps built for old
// Framework versions TLS 1.0 until SystemDefaultTlsVersions / SchUseStrongCrypto (NET); WinINet with
// Internet Explorer 8 / 10 TLS 1.0, with IE 11 TLS 1.0-1.2 (KB). After: WinHTTP gets the written mask
// (needs KB 3140245 where it is missing), .NET the SChannel default (NET); on Windows 7 SChannel's
// default then is TLS 1.0 + 1.2, TLS 1.1 staying off unless chosen (PROTO).
const DOCUMENTED_EFFECTIVE: Record<string, { before: string; after: string }> = {
  'win7-sp1': {
    before: 'schannel@shared=80 winhttp@64=80 winhttp@32=80 dotnet35@64=80 dotnet35@32=80 wininet@shared=80',
    after:
      'schannel@shared=880 winhttp@64=800[KB3140245] winhttp@32=800[KB3140245] dotnet35@64=880[KB3154518] dotnet35@32=880[KB3154518] wininet@shared=80',
  },
  'win7-sp1-kb': {
    before:
      'schannel@shared=80 winhttp@64=80 winhttp@32=80 dotnet4@64=80 dotnet4@32=80 dotnet35@64=80 dotnet35@32=80 wininet@shared=a80',
    after:
      'schannel@shared=880 winhttp@64=800 winhttp@32=800 dotnet4@64=880 dotnet4@32=880 dotnet35@64=880[KB3154518] dotnet35@32=880[KB3154518] wininet@shared=a80',
  },
  'win7-sp1-x86': {
    before: 'schannel@shared=80 winhttp@32=80 dotnet4@32=80 dotnet35@32=80 wininet@shared=a80',
    after: 'schannel@shared=880 winhttp@32=800 dotnet4@32=880 dotnet35@32=880[KB3154518] wininet@shared=a80',
  },
  win8: {
    before: 'schannel@shared=a80 winhttp@64=80 winhttp@32=80 dotnet4@64=80 dotnet4@32=80 wininet@shared=80',
    after:
      'schannel@shared=a80 winhttp@64=800[KB3140245] winhttp@32=800[KB3140245] dotnet4@64=a80 dotnet4@32=a80 wininet@shared=80',
  },
  win81: {
    before:
      'schannel@shared=a80 winhttp@64=a80 winhttp@32=a80 dotnet4@64=80 dotnet4@32=80 wininet@shared=a80',
    after:
      'schannel@shared=a80 winhttp@64=a80 winhttp@32=a80 dotnet4@64=a80 dotnet4@32=a80 wininet@shared=a80',
  },
  'win10-1507': {
    before:
      'schannel@shared=a80 winhttp@64=a80 winhttp@32=a80 dotnet4@64=80 dotnet4@32=80 dotnet35@64=80 dotnet35@32=80 wininet@shared=a80',
    after:
      'schannel@shared=a80 winhttp@64=a80 winhttp@32=a80 dotnet4@64=a80 dotnet4@32=a80 dotnet35@64=a80[KB3156387] dotnet35@32=a80[KB3156387] wininet@shared=a80',
  },
  win10: {
    before:
      'schannel@shared=a80 winhttp@64=a80 winhttp@32=a80 dotnet4@64=80 dotnet4@32=80 wininet@shared=a80',
    after:
      'schannel@shared=a80 winhttp@64=a80 winhttp@32=a80 dotnet4@64=a80 dotnet4@32=a80 wininet@shared=a80',
  },
  'win10-x86': {
    before: 'schannel@shared=a80 winhttp@32=a80 dotnet4@32=80 wininet@shared=a80',
    after: 'schannel@shared=a80 winhttp@32=a80 dotnet4@32=a80 wininet@shared=a80',
  },
  win11: {
    before:
      'schannel@shared=2a80 winhttp@64=2a80 winhttp@32=2a80 dotnet4@64=80 dotnet4@32=80 wininet@shared=2a80',
    after:
      'schannel@shared=2a80 winhttp@64=2a80 winhttp@32=2a80 dotnet4@64=2a80 dotnet4@32=2a80 wininet@shared=2a80',
  },
  server2008r2: {
    before: 'schannel@shared=80 winhttp@64=80 winhttp@32=80 wininet@shared=80',
    after: 'schannel@shared=880 winhttp@64=800[KB3140245] winhttp@32=800[KB3140245] wininet@shared=80',
  },
  server2012: {
    before: 'schannel@shared=a80 winhttp@64=80 winhttp@32=80 dotnet4@64=80 dotnet4@32=80 wininet@shared=80',
    after:
      'schannel@shared=a80 winhttp@64=800[KB3140245] winhttp@32=800[KB3140245] dotnet4@64=a80 dotnet4@32=a80 wininet@shared=80',
  },
  server2012r2: {
    before:
      'schannel@shared=a80 winhttp@64=a80 winhttp@32=a80 dotnet4@64=80 dotnet4@32=80 wininet@shared=a80',
    after:
      'schannel@shared=a80 winhttp@64=a80 winhttp@32=a80 dotnet4@64=a80 dotnet4@32=a80 wininet@shared=a80',
  },
  server2016: {
    before:
      'schannel@shared=a80 winhttp@64=a80 winhttp@32=a80 dotnet4@64=80 dotnet4@32=80 wininet@shared=a80',
    after:
      'schannel@shared=a80 winhttp@64=a80 winhttp@32=a80 dotnet4@64=a80 dotnet4@32=a80 wininet@shared=a80',
  },
  server2022: {
    before:
      'schannel@shared=2a80 winhttp@64=2a80 winhttp@32=2a80 dotnet4@64=80 dotnet4@32=80 wininet@shared=2a80',
    after:
      'schannel@shared=2a80 winhttp@64=2a80 winhttp@32=2a80 dotnet4@64=2a80 dotnet4@32=2a80 wininet@shared=2a80',
  },
};

const stacks = (s: EffectiveStack[]): string =>
  s
    .map(
      (x) =>
        `${x.stack}@${x.view}=${x.mask.toString(16)}${x.assumes.length ? `[${x.assumes.join(',')}]` : ''}`,
    )
    .join(' ');

describe('audit --json on every family writes what Microsoft documents, where it documents it', () => {
  const families = new Set<OsFamily>();
  it.each(SUPPORTED_PROFILES.map((p) => p.id))('%s', (id) => {
    const { family, is64Bit } = detect(machineFor(id)).os;
    expect({ family, bits: is64Bit ? 64 : 32 }).toEqual({
      family: PROFILE_FACTS[id]?.family,
      bits: PROFILE_FACTS[id]?.bits,
    });
    if (family === null) throw new Error(`${id} is not supported`);
    families.add(family);
    const { code, plan } = auditJson(id);
    const sources = DOCUMENTED[family].sources.map((s) => SRC[s]).join(' ');
    expect(plan.items.every((i) => i.hive === 'HKLM')).toBe(true);
    expect(
      plan.items.map((i) => `${i.key}\\${i.name}@${i.view}=0x${Number(i.desired.data).toString(16)}`).sort(),
      `the values documented in ${sources}`,
    ).toEqual(documentedWrites(id));
    expect(code).toBe(plan.items.some((i) => i.action !== 'none') ? 1 : 0);
    const effective = DOCUMENTED_EFFECTIVE[id];
    if (effective) {
      expect(stacks(plan.effective.before), 'before').toBe(effective.before);
      expect(stacks(plan.effective.after), 'after').toBe(effective.after);
    }
    // Second line, for every profile: the same stacks after as before, none loses TLS 1.3.
    const { before, after } = plan.effective;
    expect(after.map((s) => `${s.stack}@${s.view}`)).toEqual(before.map((s) => `${s.stack}@${s.view}`));
    after.forEach((s, i) => {
      if ((before[i]?.mask ?? 0) & 0x2000) expect(s.mask & 0x2000, `${s.stack}@${s.view}`).not.toBe(0);
    });
  });

  it('covers every family the tool knows, and every family has a documented row with sources', () => {
    expect([...families].sort()).toEqual([...OS_FAMILIES].sort());
    for (const f of OS_FAMILIES) expect(DOCUMENTED[f].sources.length, f).toBeGreaterThan(0);
  });
});

describe('the catalogue marks each value as Microsoft documents it, per family', () => {
  // required: the default plan sets it; optional: only when asked or when its data switches
  // TLS 1.2 off; never: not written. Columns: WinHTTP mask (CM, KB), four .NET values (CM),
  // SChannel TLS 1.2 client pair (PROTO), SChannel TLS 1.1 client pair (only where off by
  // default, KB: "SChannel in Windows 7 be configured to support TLS 1.1 and 1.2"), WinINet
  // policy (IE 11's default has TLS 1.2: only on request).
  const R = 'required';
  const O = 'optional';
  const N = 'never';
  const COLUMNS = [
    'winhttp.DefaultSecureProtocols',
    'dotnet.v4.0.30319.SystemDefaultTlsVersions',
    'dotnet.v4.0.30319.SchUseStrongCrypto',
    'dotnet.v2.0.50727.SystemDefaultTlsVersions',
    'dotnet.v2.0.50727.SchUseStrongCrypto',
    'schannel.tls12.client.Enabled',
    'schannel.tls12.client.DisabledByDefault',
    'schannel.tls11.client.Enabled',
    'schannel.tls11.client.DisabledByDefault',
    'wininet.SecureProtocols',
  ];
  const NEED: Record<OsFamily, string[]> = {
    win7: [R, R, R, R, R, R, R, R, R, O],
    server2008r2: [R, R, R, R, R, R, R, R, R, O],
    win8: [R, R, R, R, R, O, O, N, N, O],
    server2012: [R, R, R, R, R, O, O, N, N, O],
    win81: [O, R, R, R, R, O, O, N, N, O],
    server2012r2: [O, R, R, R, R, O, O, N, N, O],
    win10: [O, R, R, R, R, O, O, N, N, O],
    server2016: [O, R, R, R, R, O, O, N, N, O],
    server2019: [O, R, R, R, R, O, O, N, N, O],
    win11: [O, R, R, R, R, O, O, N, N, O],
    server2022: [O, R, R, R, R, O, O, N, N, O],
    server2025: [O, R, R, R, R, O, O, N, N, O],
  };
  it.each(OS_FAMILIES)('%s', (family) => {
    expect(CATALOGUE.map((e) => e.id)).toEqual(COLUMNS);
    expect(CATALOGUE.map((e) => e.need[family])).toEqual(NEED[family]);
  });
});

describe('the changes asked for', () => {
  it('a default apply on fresh Windows 10 and 11 plans no WinHTTP and no SChannel value', () => {
    for (const id of ['win10', 'win11']) {
      const groups = new Set(auditJson(id).plan.items.map((i) => i.group));
      expect([...groups]).toEqual(['dotnet']);
    }
  });

  it('--only winhttp on Windows 11 writes TLS 1.2 + 1.3 in both views', () => {
    const { plan } = auditJson('win11', ['--only', 'winhttp']);
    expect(plan.items.map((i) => [i.view, i.desired])).toEqual([
      ['64', { type: 'REG_DWORD', data: 0x2800 }],
      ['32', { type: 'REG_DWORD', data: 0x2800 }],
    ]);
  });

  it('Windows 7 with TLS 1.1 chosen also sets the SChannel TLS 1.1 client values', () => {
    const ids = auditJson('win7-sp1', ['--protocols', '1.1,1.2']).plan.items.map((i) => i.entryId);
    expect(ids).toEqual(
      expect.arrayContaining(['schannel.tls11.client.Enabled', 'schannel.tls11.client.DisabledByDefault']),
    );
    expect(
      auditJson('win10', ['--protocols', '1.1,1.2', '--only', 'schannel']).plan.items.map((i) => i.entryId),
    ).toEqual(['schannel.tls12.client.Enabled', 'schannel.tls12.client.DisabledByDefault']);
  });

  it("sets a .NET runtime's values only where that runtime is installed, even with the group named", () => {
    const dotnetKeys = (id: string, args: string[] = []): string[] => [
      ...new Set(
        auditJson(id, args)
          .plan.items.filter((i) => i.group === 'dotnet')
          .map((i) => i.key.split('\\').pop() ?? ''),
      ),
    ];
    // Fresh Windows 11: .NET 4.8.1, no .NET 3.5; Windows 10 1507 with .NET 3.5; Windows 7: 3.5.1 only.
    expect(dotnetKeys('win11')).toEqual(['v4.0.30319']);
    expect(dotnetKeys('win10-1507')).toEqual(['v4.0.30319', 'v2.0.50727']);
    expect(dotnetKeys('win7-sp1')).toEqual(['v2.0.50727']);
    // Naming the group does not add them: nothing would read them.
    expect(dotnetKeys('win11', ['--only', 'dotnet'])).toEqual(['v4.0.30319']);
    expect(dotnetKeys('win7-sp1', ['--only', 'dotnet,schannel'])).toEqual(['v2.0.50727']);
  });
});
