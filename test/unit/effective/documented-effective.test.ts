// What each TLS client stack offers with values someone set before, written out by hand from
// Microsoft's documentation. The never-narrow property test (never-narrow.property.test.ts)
// checks the apply against the effective-protocols model; this file checks the model itself
// against literal expectations, so a wrong rule in the model fails here first.
//
// Sources:
// - SRV: https://learn.microsoft.com/en-us/windows-server/security/tls/tls-registry-settings
//   (Enabled = 0 switches a protocol off, any other value on; DisabledByDefault = 1 means only
//   applications that ask for the protocol explicitly get it)
// - NET: https://learn.microsoft.com/en-us/dotnet/framework/network-programming/tls
//   (SystemDefaultTlsVersions = 1 hands .NET the SChannel default; SchUseStrongCrypto = 1 gives
//   apps built for older Framework versions TLS 1.0-1.2; 0xFFFFFFFF shown as an enabled Enabled)
// - KB: https://support.microsoft.com/help/3140245 (DefaultSecureProtocols works only once the
//   update is installed, and on Windows 7 only with SChannel configured for TLS 1.1 / 1.2)
// - PROTO: https://learn.microsoft.com/en-us/windows/win32/secauthn/protocols-in-tls-ssl--schannel-ssp-
//   (TLS 1.1 / 1.2 client off by default on Windows 7 / 2008 R2; TLS 1.3 on from Windows 11)
// - WOW: https://learn.microsoft.com/en-us/windows/win32/winprog64/shared-registry-keys
//   (HKLM\SOFTWARE has a 64-bit and a 32-bit view; HKLM\SYSTEM is shared)
import { describe, expect, it } from 'vitest';
import { detect } from '../../../src-main/core/detect/detect.js';
import { effectiveProtocols } from '../../../src-main/core/effective/effective-protocols.js';
import type { KeyLocation, View } from '../../../src-main/core/registry/registry-port.js';
import { machineFor } from '../../support/sim.js';

const WINHTTP = 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp';
const NET4 = 'SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319';
const TLS12_CLIENT =
  'SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client';

type Write = readonly [path: string, view: View, name: string, data: number];

interface Case {
  name: string;
  source: string;
  profile: string;
  set: Write[];
  assumeKb3140245?: boolean;
  /** stack@view=mask (hex TLS bits) of the stacks named; the others are not checked here. */
  expected: Record<string, string>;
}

const CASES: Case[] = [
  {
    name: 'Windows 7: Enabled = 0xFFFFFFFF with DisabledByDefault = 0 is TLS 1.2 on',
    source: 'SRV, NET',
    profile: 'win7-sp1-kb',
    set: [
      [TLS12_CLIENT, 'shared', 'Enabled', 0xffffffff],
      [TLS12_CLIENT, 'shared', 'DisabledByDefault', 0],
    ],
    expected: { 'schannel@shared': '880' },
  },
  {
    name: 'Windows 7: Enabled = 1 with DisabledByDefault = 1 is not offered by default',
    source: 'SRV',
    profile: 'win7-sp1-kb',
    set: [
      [TLS12_CLIENT, 'shared', 'Enabled', 1],
      [TLS12_CLIENT, 'shared', 'DisabledByDefault', 1],
    ],
    expected: { 'schannel@shared': '80' },
  },
  {
    name: 'Windows 7: any non-zero DisabledByDefault (0xFFFFFFFF) is disabled by default',
    source: 'SRV',
    profile: 'win7-sp1-kb',
    set: [
      [TLS12_CLIENT, 'shared', 'Enabled', 1],
      [TLS12_CLIENT, 'shared', 'DisabledByDefault', 0xffffffff],
    ],
    expected: { 'schannel@shared': '80' },
  },
  {
    name: 'Windows 10: Enabled = 0 switches TLS 1.2 off for SChannel and WinHTTP',
    source: 'SRV',
    profile: 'win10',
    set: [[TLS12_CLIENT, 'shared', 'Enabled', 0]],
    expected: { 'schannel@shared': '280', 'winhttp@64': '280', 'winhttp@32': '280' },
  },
  {
    name: 'Windows 11: a WinHTTP mask without TLS 1.3 in the 64-bit view drops it there only',
    source: 'KB, PROTO, WOW',
    profile: 'win11',
    set: [[WINHTTP, '64', 'DefaultSecureProtocols', 0xa00]],
    expected: { 'winhttp@64': 'a00', 'winhttp@32': '2a80' },
  },
  {
    name: 'Windows 7: SystemDefaultTlsVersions = 1 without the SChannel values is TLS 1.0 only',
    source: 'NET, PROTO',
    profile: 'win7-sp1-kb',
    set: [
      [NET4, '64', 'SystemDefaultTlsVersions', 1],
      [NET4, '32', 'SystemDefaultTlsVersions', 1],
    ],
    expected: { 'dotnet4@64': '80', 'dotnet4@32': '80', 'schannel@shared': '80' },
  },
  {
    name: 'Windows 10: SchUseStrongCrypto = 1 in the 64-bit view gives TLS 1.0-1.2 there only',
    source: 'NET, WOW',
    profile: 'win10',
    set: [[NET4, '64', 'SchUseStrongCrypto', 1]],
    expected: { 'dotnet4@64': 'a80', 'dotnet4@32': '80' },
  },
  {
    name: 'Windows 8 without KB 3140245: DefaultSecureProtocols = 0x800 is not honoured',
    source: 'KB',
    profile: 'win8',
    set: [[WINHTTP, '64', 'DefaultSecureProtocols', 0x800]],
    expected: { 'winhttp@64': '80', 'winhttp@32': '80' },
  },
  {
    name: 'Windows 8 with KB 3140245 assumed: DefaultSecureProtocols = 0x800 is TLS 1.2',
    source: 'KB',
    profile: 'win8',
    set: [[WINHTTP, '64', 'DefaultSecureProtocols', 0x800]],
    assumeKb3140245: true,
    expected: { 'winhttp@64': '800', 'winhttp@32': '80' },
  },
  {
    name: 'Windows 7 with KB 3140245: DefaultSecureProtocols = 0xA00 gives nothing while SChannel is off',
    source: 'KB, PROTO',
    profile: 'win7-sp1-kb',
    set: [
      [WINHTTP, '64', 'DefaultSecureProtocols', 0xa00],
      [WINHTTP, '32', 'DefaultSecureProtocols', 0xa00],
    ],
    expected: { 'winhttp@64': '0', 'winhttp@32': '0' },
  },
  {
    name: 'Windows 7 with KB 3140245: DefaultSecureProtocols = 0xA00 with the TLS 1.2 client on is TLS 1.2',
    source: 'KB, PROTO, SRV',
    profile: 'win7-sp1-kb',
    set: [
      [WINHTTP, '64', 'DefaultSecureProtocols', 0xa00],
      [WINHTTP, '32', 'DefaultSecureProtocols', 0xa00],
      [TLS12_CLIENT, 'shared', 'Enabled', 1],
      [TLS12_CLIENT, 'shared', 'DisabledByDefault', 0],
    ],
    expected: { 'winhttp@64': '800', 'winhttp@32': '800', 'schannel@shared': '880' },
  },
];

describe('the effective-protocols model reads configured values as Microsoft documents', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const machine = machineFor(c.profile);
    for (const [path, view, name, data] of c.set) {
      const key: KeyLocation = { hive: 'HKLM', view, path };
      machine.registry.createKey(key);
      machine.registry.setValue(key, name, { type: 'REG_DWORD', data });
    }
    const stacks = effectiveProtocols((key, name) => machine.registry.readValue(key, name), detect(machine), {
      assumeKb3140245: c.assumeKb3140245 ?? false,
    });
    const got = Object.fromEntries(stacks.map((s) => [`${s.stack}@${s.view}`, s.mask.toString(16)]));
    const picked = Object.fromEntries(Object.keys(c.expected).map((k) => [k, got[k]]));
    expect(picked, `documented in ${c.source}`).toEqual(c.expected);
  });
});
