import { describe, expect, it } from 'vitest';
import {
  CIPHER_FAMILY_FACTS,
  CIPHER_SUITE_KEYS,
  suiteParts,
} from '../../../src-main/core/catalogue/cipher-suites.js';
import { OS_FAMILIES, type OsFamily } from '../../../src-shared/detection-types.js';
import { MemoryRegistry } from '../../../src-main/core/registry/memory-registry.js';
import type { RegValue } from '../../../src-main/core/registry/registry-port.js';
import { readCipherSuites } from '../../../src-main/core/readiness/evidence/cipher-suite-evidence.js';

const NOW = new Date('2026-12-02T06:00:00Z');
const BEFORE_DHE_RETIREMENT = new Date('2026-03-31T23:59:59Z');
const DHE_RETIREMENT = new Date('2026-04-01T00:00:00Z');

const SCHANNEL = 'SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL';
const dword = (data: number): RegValue => ({ type: 'REG_DWORD', data });
const sz = (data: string): RegValue => ({ type: 'REG_SZ', data });
const multi = (...data: string[]): RegValue => ({ type: 'REG_MULTI_SZ', data });

function registry(values: [path: string, name: string, value: RegValue][] = []): MemoryRegistry {
  const reg = new MemoryRegistry({ wow64: true });
  for (const [path, name, value] of values) {
    const key = { hive: 'HKLM' as const, view: 'shared' as const, path };
    reg.createKey(key);
    reg.setValue(key, name, value);
  }
  return reg;
}

const ECDHE_CBC_SHA2 = [
  'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384',
  'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256',
] as const;
const ECDHE_CBC_SHA1 = ['TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA', 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA'] as const;
const ECDHE_GCM = ['TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384', 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256'] as const;
const RSA_GCM = ['TLS_RSA_WITH_AES_256_GCM_SHA384', 'TLS_RSA_WITH_AES_128_GCM_SHA256'] as const;
const DHE_GCM = ['TLS_DHE_RSA_WITH_AES_256_GCM_SHA384', 'TLS_DHE_RSA_WITH_AES_128_GCM_SHA256'] as const;

// Facts page §1: 7 / 8 / 8.1 / 2012 R2 overlap the core list (ECDHE CBC, RSA GCM) but have no
// ECDHE_RSA GCM, so nothing in common with AFD TLSv1.2_2023; 10 / 11 overlap every list.
interface Expected {
  m365: string[];
  afd2023: string[];
  afd2022: string[];
  afd2022BeforeApril2026: string[];
}
const OLD: Expected = {
  m365: [...ECDHE_CBC_SHA2, ...ECDHE_CBC_SHA1, ...RSA_GCM],
  afd2023: [],
  afd2022: [...ECDHE_CBC_SHA2, ...RSA_GCM],
  afd2022BeforeApril2026: [...ECDHE_CBC_SHA2, ...RSA_GCM, ...DHE_GCM],
};
const NEW: Expected = {
  m365: [...ECDHE_GCM, ...ECDHE_CBC_SHA2, ...ECDHE_CBC_SHA1, ...RSA_GCM],
  afd2023: [...ECDHE_GCM],
  afd2022: [...ECDHE_GCM, ...ECDHE_CBC_SHA2, ...RSA_GCM],
  afd2022BeforeApril2026: [...ECDHE_GCM, ...ECDHE_CBC_SHA2, ...RSA_GCM, ...DHE_GCM],
};
const DEFAULTS: [OsFamily, Expected][] = [
  ['win7', OLD],
  ['server2008r2', OLD],
  ['win8', OLD],
  ['server2012', OLD],
  ['win81', OLD],
  ['server2012r2', OLD],
  ['win10', NEW],
  ['server2016', NEW],
  ['server2019', NEW],
  ['win11', NEW],
  ['server2022', NEW],
  ['server2025', NEW],
];

describe('cipher suite data', () => {
  it('has a default list for every family', () => {
    expect(DEFAULTS.map(([f]) => f).sort()).toEqual([...OS_FAMILIES].sort());
    for (const family of OS_FAMILIES) {
      for (const name of CIPHER_FAMILY_FACTS[family].suites) expect(suiteParts(name), name).not.toBeNull();
    }
  });
});

describe('readCipherSuites: family defaults', () => {
  it.each(DEFAULTS)('%s', (family, expected) => {
    const evidence = readCipherSuites(registry(), family, NOW);
    expect(evidence.source).toBe('default');
    expect(evidence.where).toBe('default');
    expect(evidence.m365).toEqual({ on: expected.m365, unknown: [] });
    expect(evidence.afd2023).toEqual({ on: expected.afd2023, unknown: [] });
    expect(evidence.afd2022).toEqual({ on: expected.afd2022, unknown: [] });
    expect(evidence.notes).toEqual([]);
    const before = readCipherSuites(registry(), family, BEFORE_DHE_RETIREMENT);
    expect(before.afd2022.on).toEqual(expected.afd2022BeforeApril2026);
    expect(before.dheCountsForAfd).toBe(true);
  });

  it('keeps the curve suffixes Windows 8.1 names its suites with', () => {
    const evidence = readCipherSuites(registry(), 'win81', NOW);
    expect(evidence.assumesUpdates).toEqual(['KB2919355']);
    const first = evidence.suites[0];
    expect(first).toMatchObject({
      name: 'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P256',
      base: 'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384',
      curve: 'P256',
      state: 'on',
    });
  });
});

describe('readCipherSuites: SCHANNEL values', () => {
  it('Windows 10 with ECDH Enabled=0 keeps only RSA GCM for Microsoft 365', () => {
    const reg = registry([[`${SCHANNEL}\\KeyExchangeAlgorithms\\ECDH`, 'Enabled', dword(0)]]);
    const evidence = readCipherSuites(reg, 'win10', NOW);
    expect(evidence.m365).toEqual({ on: RSA_GCM, unknown: [] });
    expect(evidence.afd2023).toEqual({ on: [], unknown: [] });
    expect(evidence.notes).toEqual([
      { where: `HKLM\\${SCHANNEL}\\KeyExchangeAlgorithms\\ECDH\\Enabled`, found: '0x00000000 (0)' },
    ]);
  });

  it('an odd Enabled=5 makes the suites it touches unknown', () => {
    const reg = registry([[`${SCHANNEL}\\Ciphers\\AES 256/256`, 'Enabled', dword(5)]]);
    const evidence = readCipherSuites(reg, 'win7', NOW);
    expect(evidence.m365).toEqual({
      on: ['TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256', 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA', RSA_GCM[1]],
      unknown: ['TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384', 'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA', RSA_GCM[0]],
    });
  });

  it('a REG_SZ Enabled is unknown, 0xFFFFFFFF is on', () => {
    const reg = registry([
      [`${SCHANNEL}\\KeyExchangeAlgorithms\\ECDH`, 'Enabled', sz('0')],
      [`${SCHANNEL}\\KeyExchangeAlgorithms\\PKCS`, 'Enabled', dword(0xffffffff)],
    ]);
    const evidence = readCipherSuites(reg, 'win11', NOW);
    expect(evidence.m365).toEqual({
      on: RSA_GCM,
      unknown: [...ECDHE_GCM, ...ECDHE_CBC_SHA2, ...ECDHE_CBC_SHA1],
    });
    expect(evidence.afd2023).toEqual({ on: [], unknown: ECDHE_GCM });
    expect(evidence.notes).toHaveLength(2);
  });

  it('Hashes Enabled=0 is off on Windows 7 but unknown on Windows 10 (UNCONFIRMED there)', () => {
    const values: [string, string, RegValue][] = [[`${SCHANNEL}\\Hashes\\SHA384`, 'Enabled', dword(0)]];
    const sha384 = ['TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384', RSA_GCM[0]];
    const win7 = readCipherSuites(registry(values), 'win7', NOW);
    expect(win7.m365.unknown).toEqual([]);
    expect(win7.m365.on).not.toContain(sha384[0]);
    expect(win7.m365.on).not.toContain(sha384[1]);
    const win10 = readCipherSuites(registry(values), 'win10', NOW);
    expect(win10.m365.unknown).toEqual(['TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384', ...sha384]);
  });
});

const POLICY = CIPHER_SUITE_KEYS.policy;
const LOCAL = CIPHER_SUITE_KEYS.local;

describe('readCipherSuites: the list', () => {
  it('Windows 11 with a policy listing only TLS_RSA_WITH_AES_128_CBC_SHA256 has no Microsoft 365 suite', () => {
    const reg = registry([[POLICY, 'Functions', sz('TLS_RSA_WITH_AES_128_CBC_SHA256')]]);
    const evidence = readCipherSuites(reg, 'win11', NOW);
    expect(evidence.source).toBe('policy');
    expect(evidence.where).toBe(`HKLM\\${POLICY}\\Functions`);
    expect(evidence.suites.map((s) => s.name)).toEqual(['TLS_RSA_WITH_AES_128_CBC_SHA256']);
    for (const set of [evidence.m365, evidence.afd2023, evidence.afd2022])
      expect(set).toEqual({ on: [], unknown: [] });
  });

  it('reads a REG_SZ comma list and a REG_MULTI_SZ policy alike, trimmed', () => {
    const names = [
      ' TLS_RSA_WITH_AES_256_GCM_SHA384',
      'TLS_AES_256_GCM_SHA384 ',
      'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
    ];
    const a = readCipherSuites(registry([[POLICY, 'Functions', sz(names.join(','))]]), 'win10', NOW);
    const b = readCipherSuites(registry([[POLICY, 'Functions', multi(...names)]]), 'win10', NOW);
    expect(a.suites).toEqual(b.suites);
    expect(a.suites.map((s) => s.name)).toEqual(names.map((n) => n.trim()));
    expect(a.m365).toEqual({ on: [ECDHE_GCM[1], RSA_GCM[0]], unknown: [] });
    // A TLS 1.3 name has no TLS 1.2 parts: listed, unknown, outside every Microsoft set.
    expect(a.suites[1]).toMatchObject({ parts: null, state: 'unknown' });
  });

  it('takes the policy over the local list, the local list over the default', () => {
    const local: [string, string, RegValue] = [LOCAL, 'Functions', multi('TLS_RSA_WITH_AES_128_GCM_SHA256')];
    const onlyLocal = readCipherSuites(registry([local]), 'win10', NOW);
    expect(onlyLocal.source).toBe('local');
    expect(onlyLocal.m365.on).toEqual([RSA_GCM[1]]);
    const both = readCipherSuites(registry([local, [POLICY, 'Functions', sz(RSA_GCM[0])]]), 'win10', NOW);
    expect(both.source).toBe('policy');
    expect(both.m365.on).toEqual([RSA_GCM[0]]);
  });

  it('a policy Functions of another type is unknown: no fallback to the local list or the default', () => {
    const reg = registry([
      [POLICY, 'Functions', dword(1)],
      [LOCAL, 'Functions', multi(RSA_GCM[0])],
    ]);
    const evidence = readCipherSuites(reg, 'win81', NOW);
    expect(evidence.source).toBe('unknown');
    expect(evidence.where).toBe(`HKLM\\${POLICY}\\Functions`);
    expect(evidence.listConfirmed).toBe(false);
    expect(evidence.m365).toEqual({ on: [], unknown: OLD.m365 });
    expect(evidence.suites.every((s) => s.state !== 'on')).toBe(true);
    // The same for a local list of another type, and for an empty list.
    for (const value of [dword(0), multi(' ')]) {
      const local = readCipherSuites(registry([[LOCAL, 'Functions', value]]), 'win10', NOW);
      expect(local).toMatchObject({ source: 'unknown', where: `HKLM\\${LOCAL}\\Functions` });
      expect(local.m365).toEqual({ on: [], unknown: NEW.m365 });
    }
  });

  it('strips the curve suffix before comparing', () => {
    const reg = registry([[POLICY, 'Functions', sz('TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384')]]);
    const evidence = readCipherSuites(reg, 'win7', NOW);
    expect(evidence.suites[0]).toMatchObject({ base: ECDHE_CBC_SHA2[0], curve: 'P384', state: 'on' });
    expect(evidence.m365.on).toEqual([ECDHE_CBC_SHA2[0]]);
  });
});

describe('readCipherSuites: curves and dates', () => {
  it('a policy EccCurves without NistP256 and NistP384 switches ECDHE off where it is honoured', () => {
    const curves: [string, string, RegValue] = [POLICY, 'EccCurves', multi('curve25519', 'NistP521')];
    const win10 = readCipherSuites(registry([curves]), 'win10', NOW);
    expect(win10.m365).toEqual({ on: RSA_GCM, unknown: [] });
    expect(win10.afd2023).toEqual({ on: [], unknown: [] });
    // Windows 7 has no curve order setting: the value is noted, the suites stay on.
    const win7 = readCipherSuites(registry([curves]), 'win7', NOW);
    expect(win7.m365.on).toEqual(OLD.m365);
    expect(win7.notes.map((n) => n.where)).toEqual([`HKLM\\${POLICY}\\EccCurves`]);
  });

  it('a curve suffix naming a curve EccCurves lacks is off', () => {
    const reg = registry([
      [POLICY, 'Functions', multi(`${ECDHE_GCM[0]}_P384`, ECDHE_GCM[1])],
      [POLICY, 'EccCurves', multi('NistP256')],
    ]);
    const evidence = readCipherSuites(reg, 'win11', NOW);
    expect(evidence.suites.map((s) => s.state)).toEqual(['off', 'on']);
    expect(evidence.afd2023.on).toEqual([ECDHE_GCM[1]]);
  });

  it('DHE counts for AFD TLSv1.2_2022 before 1 April 2026 only', () => {
    const reg = registry([[POLICY, 'Functions', sz(DHE_GCM.join(','))]]);
    const before = readCipherSuites(reg, 'win8', BEFORE_DHE_RETIREMENT);
    expect(before.afd2022).toEqual({ on: DHE_GCM, unknown: [] });
    const after = readCipherSuites(reg, 'win8', DHE_RETIREMENT);
    expect(after.dheCountsForAfd).toBe(false);
    expect(after.afd2022).toEqual({ on: [], unknown: [] });
    expect(after.m365).toEqual({ on: [], unknown: [] });
  });
});
