import type { Hive } from '../registry/registry-port.js';
import type { OsFamily } from './windows-families.js';

export const GROUPS = ['winhttp', 'dotnet', 'schannel', 'wininet'] as const;
export type Group = (typeof GROUPS)[number];
export const DEFAULT_GROUPS: Group[] = ['winhttp', 'dotnet', 'schannel'];

export type Desired = { kind: 'protocols' } | { kind: 'dword'; data: number };

/** One registry value the tool may ever write. Nothing outside this table is ever written. */
export interface CatalogueEntry {
  id: string;
  group: Group;
  hive: Hive;
  key: string;
  name: string;
  type: 'REG_DWORD';
  /** True for HKLM\SOFTWARE keys: on 64-bit Windows both the 64-bit and the 32-bit view. */
  split: boolean;
  /**
   * The deepest ancestor the tool never creates or deletes. Keys between it and `key` are
   * created when missing and removed again on rollback if they did not exist before.
   */
  anchor: string;
  desired: Desired;
  /** Where this value is needed for TLS 1.2; elsewhere it is harmless and narrows defaults. */
  neededOn: OsFamily[] | 'all';
  restart: boolean;
  /** Names seen in the wild that Windows ignores (misspellings): reported as findings. */
  misspellings?: string[];
  why: string;
  source: string;
}

const WINHTTP_KEY = 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp';
const SECURITY_PROVIDERS = 'SYSTEM\\CurrentControlSet\\Control\\SecurityProviders';
const SCHANNEL_TLS12_CLIENT = `${SECURITY_PROVIDERS}\\SCHANNEL\\Protocols\\TLS 1.2\\Client`;
const WININET_POLICY_KEY = 'SOFTWARE\\Policies\\Microsoft\\Windows\\CurrentVersion\\Internet Settings';
const CM = 'Microsoft Learn, ConfigMgr "Enable TLS 1.2 on clients"';

function dotnet(version: string, name: string, why: string): CatalogueEntry {
  return {
    id: `dotnet.${version}.${name}`,
    group: 'dotnet',
    hive: 'HKLM',
    key: `SOFTWARE\\Microsoft\\.NETFramework\\${version}`,
    name,
    type: 'REG_DWORD',
    split: true,
    anchor: 'SOFTWARE\\Microsoft',
    desired: { kind: 'dword', data: 1 },
    neededOn: 'all',
    restart: true,
    why,
    source: CM,
  };
}

const SYSTEM_DEFAULT_WHY =
  '.NET apps built for older Framework versions use the protocols Windows offers (TLS 1.2) instead of their own old default.';
const STRONG_CRYPTO_WHY =
  '.NET apps may use TLS 1.2 and strong ciphers instead of falling back to SSL 3.0 / TLS 1.0.';

export const CATALOGUE: readonly CatalogueEntry[] = [
  {
    id: 'winhttp.DefaultSecureProtocols',
    group: 'winhttp',
    hive: 'HKLM',
    key: WINHTTP_KEY,
    name: 'DefaultSecureProtocols',
    type: 'REG_DWORD',
    split: true,
    // "Internet Settings" may be missing in the 32-bit view (seen under Wine): anchor higher.
    anchor: 'SOFTWARE\\Microsoft',
    desired: { kind: 'protocols' },
    neededOn: ['win7', 'server2008r2', 'server2012', 'win8'],
    restart: true,
    why: 'Outlook, OneDrive and other WinHTTP clients offer TLS 1.1/1.2 by default (needs KB 3140245 on Windows 7 / 2008 R2 / 2012).',
    source: 'Microsoft 365 "Disabling TLS 1.0 and 1.1" and KB 3140245',
  },
  dotnet('v4.0.30319', 'SystemDefaultTlsVersions', SYSTEM_DEFAULT_WHY),
  dotnet('v4.0.30319', 'SchUseStrongCrypto', STRONG_CRYPTO_WHY),
  dotnet('v2.0.50727', 'SystemDefaultTlsVersions', SYSTEM_DEFAULT_WHY),
  dotnet('v2.0.50727', 'SchUseStrongCrypto', STRONG_CRYPTO_WHY),
  {
    id: 'schannel.tls12.client.Enabled',
    group: 'schannel',
    hive: 'HKLM',
    key: SCHANNEL_TLS12_CLIENT,
    name: 'Enabled',
    type: 'REG_DWORD',
    split: false,
    anchor: SECURITY_PROVIDERS,
    // 1, never 0xFFFFFFFF: other tools (HealthChecker) flag anything but 0 or 1.
    desired: { kind: 'dword', data: 1 },
    neededOn: ['win7', 'server2008r2'],
    restart: true,
    why: 'Turns the TLS 1.2 client on in SChannel; it is off by default on Windows 7 / 2008 R2.',
    source: 'Win32 docs "Protocols in TLS/SSL (Schannel SSP)"; Windows Server "TLS registry settings"',
  },
  {
    id: 'schannel.tls12.client.DisabledByDefault',
    group: 'schannel',
    hive: 'HKLM',
    key: SCHANNEL_TLS12_CLIENT,
    name: 'DisabledByDefault',
    type: 'REG_DWORD',
    split: false,
    anchor: SECURITY_PROVIDERS,
    desired: { kind: 'dword', data: 0 },
    neededOn: ['win7', 'server2008r2'],
    restart: true,
    misspellings: ['DisableByDefault'],
    why: 'Lets applications that ask for the system default get TLS 1.2 from SChannel.',
    source: 'Windows Server "TLS registry settings"',
  },
  {
    id: 'wininet.SecureProtocols',
    group: 'wininet',
    hive: 'HKLM',
    key: WININET_POLICY_KEY,
    name: 'SecureProtocols',
    type: 'REG_DWORD',
    split: false,
    // HKLM\SOFTWARE\Policies exists on every Windows, but an empty one may be missing on a
    // bare install: anchor one level up so that a created Policies key is removed on rollback.
    anchor: 'SOFTWARE',
    desired: { kind: 'protocols' },
    neededOn: ['win7', 'server2008r2'],
    // Unconfirmed in Microsoft's documentation: we say a restart is needed, to be safe.
    restart: true,
    why: 'Internet Explorer, Internet Options and some Office 2010/2013 traffic (WinINet) for every user, as machine policy.',
    source: 'KB 3140245 / Microsoft Easy Fix 51044; machine policy path avoids the per-user HKCU caveat',
  },
];

export function isGroup(text: string): text is Group {
  return (GROUPS as readonly string[]).includes(text);
}
