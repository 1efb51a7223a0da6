// Group Policy evidence from an in-memory registry and in-memory files: History, Registry.pol,
// cached Preferences, policy values, and the damaged or missing cases.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GP_CSE, GP_HISTORY_KEY } from '../../../src-main/core/catalogue/policy-locations.js';
import { readGroupPolicyEvidence } from '../../../src-main/core/readiness/evidence/group-policy-evidence.js';
import { MemoryRegistry } from '../../../src-main/core/registry/memory-registry.js';
import type { RegValue } from '../../../src-main/core/registry/registry-port.js';
import { memoryEvidenceFiles } from '../../../src-main/core/simulation/memory-evidence-files.js';
import { dwordValue, szValue, writePreg } from '../../support/preg-writer.js';

const PATHS = { systemRoot: 'C:\\Windows', programData: 'C:\\ProgramData' };
const MACHINE_POL = 'C:\\Windows\\System32\\GroupPolicy\\Machine\\Registry.pol';
const USER_POL = 'C:\\Windows\\System32\\GroupPolicy\\User\\Registry.pol';
const GPO_A = '{31B2F340-016D-11D2-945F-00C04FB984F9}';
const GPO_B = '{6AC1786C-016F-11D2-945F-00C04FB984F9}';
const cached = (gpo: string) =>
  `C:\\ProgramData\\Microsoft\\Group Policy\\History\\${gpo}\\Machine\\Preferences\\Registry\\Registry.xml`;
const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '../../fixtures/gpp', name));

function machine(): MemoryRegistry {
  return new MemoryRegistry({ wow64: true });
}

function set(
  reg: MemoryRegistry,
  hive: 'HKLM' | 'HKCU',
  keyPath: string,
  name: string,
  value: RegValue,
): void {
  const key = { hive, view: hive === 'HKLM' ? ('64' as const) : ('shared' as const), path: keyPath };
  reg.createKey(key);
  reg.setValue(key, name, value);
}

function historyEntry(
  reg: MemoryRegistry,
  cse: keyof typeof GP_CSE,
  n: number,
  gpo: string,
  name: string,
): void {
  const key = `${GP_HISTORY_KEY}\\${GP_CSE[cse]}\\${n}`;
  set(reg, 'HKLM', key, 'GPOName', szValue(gpo));
  set(reg, 'HKLM', key, 'DisplayName', szValue(name));
  set(
    reg,
    'HKLM',
    key,
    'FileSysPath',
    szValue(`\\\\corp.example\\SysVol\\corp.example\\Policies\\${gpo}\\Machine`),
  );
}

describe('readGroupPolicyEvidence', () => {
  it('a domain PC whose Preferences set WinHTTP DefaultSecureProtocols to 0xA0, in both views', () => {
    const reg = machine();
    historyEntry(reg, 'preferences', 0, GPO_A, 'TLS (old)');
    historyEntry(reg, 'registry', 0, GPO_B, 'Baseline');
    const files = memoryEvidenceFiles({ [cached(GPO_A).toLowerCase()]: fixture('domain-tls-registry.xml') });
    const evidence = readGroupPolicyEvidence(reg, files, PATHS);

    expect(evidence.history).toEqual([
      expect.objectContaining({ cse: 'registry', gpoName: GPO_B, displayName: 'Baseline' }),
      expect.objectContaining({
        cse: 'preferences',
        gpoName: GPO_A,
        displayName: 'TLS (old)',
        where: `HKLM\\${GP_HISTORY_KEY}\\${GP_CSE.preferences}\\0`,
      }),
    ]);
    expect(evidence.history[1]?.fileSysPath).toMatch(/Policies\\\{31B2F340/);
    const [prefs] = evidence.preferences;
    expect(prefs).toMatchObject({ gpoName: GPO_A, state: 'read', where: cached(GPO_A) });
    // NoAutoUpdate (unrelated) is left out; the disabled item is kept, flagged.
    expect(prefs?.items.map((i) => [i.name, i.action, i.value, i.disabled, i.targets])).toEqual([
      [
        'DefaultSecureProtocols',
        'update',
        { type: 'REG_DWORD', data: 0xa0 },
        false,
        [{ kind: 'catalogue', id: 'winhttp.DefaultSecureProtocols', view: '64' }],
      ],
      [
        'DefaultSecureProtocols',
        'update',
        { type: 'REG_DWORD', data: 0xa0 },
        false,
        [{ kind: 'catalogue', id: 'winhttp.DefaultSecureProtocols', view: '32' }],
      ],
      [
        'SchUseStrongCrypto',
        'delete',
        { type: 'REG_DWORD', data: 0 },
        false,
        [{ kind: 'catalogue', id: 'dotnet.v4.0.30319.SchUseStrongCrypto', view: '64' }],
      ],
      [
        'SystemDefaultTlsVersions',
        'update',
        { type: 'REG_DWORD', data: 0 },
        true,
        [{ kind: 'catalogue', id: 'dotnet.v4.0.30319.SystemDefaultTlsVersions', view: '64' }],
      ],
    ]);
    expect(prefs?.items[1]?.hasFilters).toBe(true);
    expect(prefs?.items[0]?.where).toBe(cached(GPO_A));
    expect(evidence.registryPol).toEqual({ state: 'absent', where: MACHINE_POL, records: [] });
  });

  it('a Preferences GPO in the history without a cached file is absent; a bad GPO name builds no path', () => {
    const reg = machine();
    historyEntry(reg, 'preferences', 0, GPO_A, 'A');
    historyEntry(reg, 'preferences', 1, '..\\..\\Windows', 'hostile');
    historyEntry(reg, 'preferences', 2, GPO_A, 'A again');
    const evidence = readGroupPolicyEvidence(reg, memoryEvidenceFiles({}), PATHS);
    expect(evidence.preferences).toEqual([
      { gpoName: GPO_A, displayName: 'A', where: cached(GPO_A), state: 'absent', items: [] },
      {
        gpoName: '..\\..\\Windows',
        displayName: 'hostile',
        where: '',
        state: 'unreadable',
        problem: 'not-a-gpo-guid',
        items: [],
      },
    ]);
  });

  it('a local Registry.pol tattooing a .NET value, deleting WinHTTP in the 32-bit view, setting policies', () => {
    const pol = writePreg([
      {
        key: 'SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319',
        name: 'SchUseStrongCrypto',
        value: dwordValue(0),
      },
      { key: 'SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319', name: '**SecureKey', value: dwordValue(1) },
      {
        key: 'Software\\Wow6432Node\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp',
        name: '**Del.DefaultSecureProtocols',
        value: szValue(' '),
      },
      { key: 'SOFTWARE\\Microsoft', name: '**DeleteKeys', value: szValue('.NETFramework\\v2.0.50727') },
      {
        key: 'Software\\Policies\\Microsoft\\Windows\\CurrentVersion\\Internet Settings',
        name: 'SecureProtocols',
        value: dwordValue(0xa0),
      },
      { key: 'SOFTWARE\\Policies\\Microsoft\\Windows\\Explorer', name: 'NoUnrelated', value: dwordValue(1) },
    ]);
    const userPol = writePreg([
      {
        key: 'Software\\Policies\\Microsoft\\Windows\\CurrentVersion\\Internet Settings',
        name: 'SecureProtocols',
        value: dwordValue(0x800),
      },
    ]);
    const files = memoryEvidenceFiles({ [MACHINE_POL.toUpperCase()]: pol, [USER_POL]: userPol });
    const evidence = readGroupPolicyEvidence(machine(), files, PATHS);
    expect(evidence.registryPol.state).toBe('read');
    expect(evidence.registryPol.records.map((r) => [r.action, r.names, r.targets])).toEqual([
      [
        'set',
        ['SchUseStrongCrypto'],
        [{ kind: 'catalogue', id: 'dotnet.v4.0.30319.SchUseStrongCrypto', view: '64' }],
      ],
      [
        'delete-value',
        ['DefaultSecureProtocols'],
        [{ kind: 'catalogue', id: 'winhttp.DefaultSecureProtocols', view: '32' }],
      ],
      [
        'delete-keys',
        ['.NETFramework\\v2.0.50727'],
        [
          { kind: 'catalogue', id: 'dotnet.v2.0.50727.SystemDefaultTlsVersions', view: '64' },
          { kind: 'catalogue', id: 'dotnet.v2.0.50727.SchUseStrongCrypto', view: '64' },
        ],
      ],
      [
        'set',
        ['SecureProtocols'],
        [
          { kind: 'catalogue', id: 'wininet.SecureProtocols', view: 'shared' },
          { kind: 'policy', id: 'wininet.SecureProtocols.machinePolicy' },
        ],
      ],
    ]);
    expect(evidence.registryPol.records[0]).toMatchObject({
      where: MACHINE_POL,
      offset: 8,
      value: { data: 0 },
    });
    expect(evidence.userRegistryPol.records.map((r) => r.targets)).toEqual([
      [{ kind: 'policy', id: 'wininet.SecureProtocols.userPolicy' }],
    ]);
  });

  it('reports corrupt and unreadable files as states, never throws', () => {
    const reg = machine();
    historyEntry(reg, 'preferences', 0, GPO_A, 'A');
    historyEntry(reg, 'preferences', 1, GPO_B, 'B');
    const files = memoryEvidenceFiles({
      [MACHINE_POL]: writePreg([{ key: 'K', name: 'v', value: dwordValue(1) }]).subarray(0, 20),
      [USER_POL]: { unreadable: 'denied' },
      [cached(GPO_A)]: Buffer.from('<RegistrySettings><Registry>', 'utf8'),
      [cached(GPO_B)]: Buffer.from('<!DOCTYPE x [<!ENTITY e "e">]><RegistrySettings/>', 'utf8'),
    });
    const evidence = readGroupPolicyEvidence(reg, files, PATHS);
    expect(evidence.registryPol).toMatchObject({ state: 'corrupt', problem: 'truncated', records: [] });
    expect(evidence.userRegistryPol).toMatchObject({ state: 'unreadable', problem: 'denied' });
    expect(evidence.preferences.map((p) => [p.state, p.problem])).toEqual([
      ['corrupt', 'malformed'],
      ['corrupt', 'doctype'],
    ]);
  });

  it('reads the policy values: WinINet SecureProtocols, cipher order Functions as REG_SZ, EccCurves', () => {
    const reg = machine();
    const ssl = 'SOFTWARE\\Policies\\Microsoft\\Cryptography\\Configuration\\SSL\\00010002';
    set(
      reg,
      'HKLM',
      ssl,
      'Functions',
      szValue('TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,TLS_RSA_WITH_AES_128_GCM_SHA256'),
    );
    set(reg, 'HKLM', ssl, 'EccCurves', { type: 'REG_MULTI_SZ', data: ['NistP384', 'NistP256'] });
    const evidence = readGroupPolicyEvidence(reg, memoryEvidenceFiles({}), PATHS);
    expect(evidence.history).toEqual([]);
    expect(evidence.policyValues.map((p) => [p.id, p.where.split('\\').pop(), p.value])).toEqual([
      ['wininet.SecureProtocols.machinePolicy', 'SecureProtocols', null],
      ['wininet.SecureProtocols.userPolicy', 'SecureProtocols', null],
      [
        'cipherSuiteOrder.Functions',
        'Functions',
        { type: 'REG_SZ', data: 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,TLS_RSA_WITH_AES_128_GCM_SHA256' },
      ],
      ['cipherSuiteOrder.EccCurves', 'EccCurves', { type: 'REG_MULTI_SZ', data: ['NistP384', 'NistP256'] }],
    ]);
    expect(evidence.policyValues[2]?.where).toBe(`HKLM\\${ssl}\\Functions`);
  });

  it('a Preferences item deleting a whole key touches every entry below it; the default value none', () => {
    const reg = machine();
    historyEntry(reg, 'preferences', 0, GPO_A, 'A');
    const props = (name: string, extra: string) =>
      `<Registry name="${name}"><Properties action="D" hive="HKEY_LOCAL_MACHINE" ` +
      `key="SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319" name="" ${extra}/></Registry>`;
    const xml = `<RegistrySettings>${props('key', 'default="0"')}${props('default', 'default="1"')}</RegistrySettings>`;
    const files = memoryEvidenceFiles({ [cached(GPO_A)]: Buffer.from(xml, 'utf8') });
    const [prefs] = readGroupPolicyEvidence(reg, files, PATHS).preferences;
    expect(prefs?.items.map((i) => [i.itemName, i.targets.map((t) => t.id)])).toEqual([
      ['key', ['dotnet.v4.0.30319.SystemDefaultTlsVersions', 'dotnet.v4.0.30319.SchUseStrongCrypto']],
    ]);
  });

  it('reads System32 through the folder given (Sysnative for a 32-bit process)', () => {
    const sysnative = 'C:\\Windows\\Sysnative\\GroupPolicy\\Machine\\Registry.pol';
    const files = memoryEvidenceFiles({ [sysnative]: writePreg([]) });
    const evidence = readGroupPolicyEvidence(machine(), files, {
      ...PATHS,
      system32: 'C:\\Windows\\Sysnative\\',
    });
    expect(evidence.registryPol).toEqual({ state: 'read', where: sysnative, records: [] });
  });
});
