/**
 * The one table of every registry value the tool may ever write, and for every Windows family
 * whether the default plan sets it (required), offers it (optional) or never touches it (never).
 * build-plan, findings, the CLI and the wizard read this; docs/windows-matrix.md is generated
 * from it (scripts/windows-matrix.ts). Sources: see windows-families.ts and each row's `source`.
 */
import { GROUPS, isGroup, type Group, type Need } from '../../../src-shared/groups.js';
import { PROTOCOL_BITS, type TlsVersion } from '../../../src-shared/protocols.js';
import { runtimeInstalled, type DotNetRuntime } from '../detect/dotnet-runtimes.js';
import type { Hive } from '../registry/registry-port.js';
import { OS_FAMILIES, type OsFamily } from './windows-families.js';

export { GROUPS, isGroup, type Group, type Need };

export type Desired = { kind: 'protocols' } | { kind: 'dword'; data: number };

/**
 * When a value that is only optional on a Windows becomes required: its current data switches
 * TLS 1.2 off there (a protocol mask without TLS 1.2, an SChannel client switched off).
 */
export type SwitchedOffRule =
  { kind: 'mask-lacks-tls12' } | { kind: 'dword-is'; data: number } | { kind: 'dword-is-not'; data: number };

/** 'wow64': HKLM\SOFTWARE, written in the 64-bit and the 32-bit view on 64-bit Windows (32-bit apps read the 32-bit one). */
export type ViewRule = 'wow64' | 'shared';

/** One registry value the tool may ever write. Nothing outside this table is ever written. */
export interface CatalogueEntry {
  id: string;
  group: Group;
  hive: Hive;
  key: string;
  name: string;
  type: 'REG_DWORD';
  views: ViewRule;
  /**
   * The deepest ancestor the tool never creates or deletes. Keys between it and `key` are
   * created when missing and removed again on rollback if they did not exist before.
   */
  anchor: string;
  desired: Desired;
  /** Per Windows family: set by the default plan, offered, or never written. */
  need: Record<OsFamily, Need>;
  /** Planned only when the chosen protocols include this version (the TLS 1.1 client values). */
  onlyWithProtocol?: TlsVersion;
  /** An optional value becomes required where its current data is this. */
  requiredWhen?: SwitchedOffRule;
  /**
   * A .NET value: written only where the runtime that reads it is installed. Elsewhere it would
   * change nothing (a fresh Windows 10 / 11 has no .NET 3.5), so it is not even offered: naming
   * the .NET group (or ticking another group in the wizard) must not add it. Run the tool again
   * after installing that runtime.
   */
  runtime?: DotNetRuntime;
  restart: boolean;
  /** Names seen in the wild that Windows ignores (misspellings): reported as findings. */
  misspellings?: string[];
  why: string;
  source: string;
}

/**
 * What this Windows, in the state found, needs of an entry: its family's need, except that a .NET
 * value is never written where its runtime is not installed.
 */
export function needHere(entry: CatalogueEntry, family: OsFamily, dotNet: readonly string[]): Need {
  if (entry.runtime && !runtimeInstalled(entry.runtime, dotNet)) return 'never';
  return entry.need[family];
}

/** need() helper: the listed families get `need`, every other family `otherwise`. */
function needOn(families: readonly OsFamily[], need: Need, otherwise: Need): Record<OsFamily, Need> {
  return Object.fromEntries(OS_FAMILIES.map((f) => [f, families.includes(f) ? need : otherwise])) as Record<
    OsFamily,
    Need
  >;
}

/** WinHTTP's default lacks TLS 1.2 (OPT; KB 3140245). */
const WINHTTP_DEFAULT_WITHOUT_TLS12: OsFamily[] = ['win7', 'server2008r2', 'win8', 'server2012'];
/** SChannel's TLS 1.1 / 1.2 client is off by default (PROTO). */
const SCHANNEL_CLIENT_OFF_BY_DEFAULT: OsFamily[] = ['win7', 'server2008r2'];

const SECURITY_PROVIDERS = 'SYSTEM\\CurrentControlSet\\Control\\SecurityProviders';

/** The keys the catalogue's values live in; the effective-protocols model and findings read them too. */
export const KEYS = {
  winhttp: 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp',
  schannelProtocols: `${SECURITY_PROVIDERS}\\SCHANNEL\\Protocols`,
  wininetPolicy: 'SOFTWARE\\Policies\\Microsoft\\Windows\\CurrentVersion\\Internet Settings',
  netfx: 'SOFTWARE\\Microsoft\\.NETFramework',
} as const;
const WINHTTP_KEY = KEYS.winhttp;
const SCHANNEL_PROTOCOLS = KEYS.schannelProtocols;
const WININET_POLICY_KEY = KEYS.wininetPolicy;
const CM = 'Microsoft Learn, ConfigMgr "Enable TLS 1.2 on clients"';
const PROTO = 'Win32 docs "Protocols in TLS/SSL (Schannel SSP)"; Windows Server "TLS registry settings"';

function dotnet(version: 'v4.0.30319' | 'v2.0.50727', name: string, why: string): CatalogueEntry {
  return {
    id: `dotnet.${version}.${name}`,
    group: 'dotnet',
    hive: 'HKLM',
    key: `${KEYS.netfx}\\${version}`,
    name,
    type: 'REG_DWORD',
    views: 'wow64',
    anchor: 'SOFTWARE\\Microsoft',
    desired: { kind: 'dword', data: 1 },
    need: needOn(OS_FAMILIES, 'required', 'never'),
    runtime: version === 'v4.0.30319' ? 'clr4' : 'clr2',
    restart: true,
    why,
    source: `${CM}; .NET docs "Transport Layer Security (TLS) best practices with .NET Framework"`,
  };
}

/** The SChannel client pair of one TLS version: Enabled = 1 and DisabledByDefault = 0, never 0xFFFFFFFF. */
function schannelClient(version: '1.1' | '1.2', name: 'Enabled' | 'DisabledByDefault'): CatalogueEntry {
  const tls12 = version === '1.2';
  const enabled = name === 'Enabled';
  return {
    id: `schannel.tls${version.replace('.', '')}.client.${name}`,
    group: 'schannel',
    hive: 'HKLM',
    key: `${SCHANNEL_PROTOCOLS}\\TLS ${version}\\Client`,
    name,
    type: 'REG_DWORD',
    views: 'shared',
    anchor: SECURITY_PROVIDERS,
    // 1, never 0xFFFFFFFF: other tools (HealthChecker) flag anything but 0 or 1.
    desired: { kind: 'dword', data: enabled ? 1 : 0 },
    // TLS 1.1: only where it is off by default and only when chosen (KB 3140245 asks for both
    // versions on Windows 7); elsewhere the tool never writes it.
    need: needOn(SCHANNEL_CLIENT_OFF_BY_DEFAULT, 'required', tls12 ? 'optional' : 'never'),
    ...(tls12
      ? { requiredWhen: enabled ? { kind: 'dword-is', data: 0 } : { kind: 'dword-is-not', data: 0 } }
      : {}),
    ...(tls12 ? {} : { onlyWithProtocol: 'tls11' as const }),
    restart: true,
    ...(enabled ? {} : { misspellings: ['DisableByDefault'] }),
    why: enabled
      ? `Turns the TLS ${version} client on in SChannel; it is off by default on Windows 7 / 2008 R2.`
      : `Lets applications that ask for the system default get TLS ${version} from SChannel.`,
    source: PROTO,
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
    views: 'wow64',
    // "Internet Settings" may be missing in the 32-bit view (seen under Wine): anchor higher.
    anchor: 'SOFTWARE\\Microsoft',
    desired: { kind: 'protocols' },
    // Elsewhere WinHTTP's default already has TLS 1.2: writing it there only narrows the set.
    need: needOn(WINHTTP_DEFAULT_WITHOUT_TLS12, 'required', 'optional'),
    requiredWhen: { kind: 'mask-lacks-tls12' },
    restart: true,
    why: 'Outlook, OneDrive and other WinHTTP clients offer TLS 1.1/1.2 by default (needs KB 3140245 on Windows 7 / 8 / 2008 R2 / 2012).',
    source: 'KB 3140245; Win32 docs "Option Flags" (WINHTTP_OPTION_SECURE_PROTOCOLS defaults)',
  },
  dotnet('v4.0.30319', 'SystemDefaultTlsVersions', SYSTEM_DEFAULT_WHY),
  dotnet('v4.0.30319', 'SchUseStrongCrypto', STRONG_CRYPTO_WHY),
  dotnet('v2.0.50727', 'SystemDefaultTlsVersions', SYSTEM_DEFAULT_WHY),
  dotnet('v2.0.50727', 'SchUseStrongCrypto', STRONG_CRYPTO_WHY),
  schannelClient('1.2', 'Enabled'),
  schannelClient('1.2', 'DisabledByDefault'),
  schannelClient('1.1', 'Enabled'),
  schannelClient('1.1', 'DisabledByDefault'),
  {
    id: 'wininet.SecureProtocols',
    group: 'wininet',
    hive: 'HKLM',
    key: WININET_POLICY_KEY,
    name: 'SecureProtocols',
    type: 'REG_DWORD',
    views: 'shared',
    // HKLM\SOFTWARE\Policies exists on every Windows, but an empty one may be missing on a
    // bare install: anchor one level up so that a created Policies key is removed on rollback.
    anchor: 'SOFTWARE',
    desired: { kind: 'protocols' },
    // Internet Explorer 11 and later offer TLS 1.2 by default: only on request, unless a
    // machine policy already set here switched TLS 1.2 off.
    need: needOn([], 'required', 'optional'),
    requiredWhen: { kind: 'mask-lacks-tls12' },
    // Unconfirmed in Microsoft's documentation: we say a restart is needed, to be safe.
    restart: true,
    why: 'Internet Explorer, Internet Options and some Office 2010/2013 traffic (WinINet) for every user, as machine policy.',
    source: 'KB 3140245 / Microsoft Easy Fix 51044; machine policy path avoids the per-user HKCU caveat',
  },
];

export function catalogueEntry(id: string): CatalogueEntry | undefined {
  return CATALOGUE.find((e) => e.id === id);
}

/** Is this value's current data one that switches TLS 1.2 off (so an optional value is required)? */
export function switchesTls12Off(rule: SwitchedOffRule, dword: number | null): boolean {
  if (dword === null) return false;
  switch (rule.kind) {
    case 'mask-lacks-tls12':
      return (dword & PROTOCOL_BITS.tls12) === 0;
    case 'dword-is':
      return dword === rule.data;
    case 'dword-is-not':
      return dword !== rule.data;
  }
}
