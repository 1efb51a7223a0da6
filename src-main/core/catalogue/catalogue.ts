/**
 * The one table of every registry value the tool may ever write, and for every Windows family
 * whether the default plan sets it (required), offers it (optional) or never touches it (never).
 * build-plan, findings, the CLI and the wizard read this; docs/windows-matrix.md is generated
 * from it (scripts/windows-matrix.ts). Sources: see windows-families.ts and each row's `source`.
 */
import { GROUPS, isGroup, type Group, type Need } from '../../../src-shared/groups.js';
import { PROTOCOL_BITS, PROTOCOL_NAMES, type TlsVersion } from '../../../src-shared/protocols.js';
import { runtimeInstalled, type DotNetRuntime } from '../detect/dotnet-runtimes.js';
import type { Hive, RegValue } from '../registry/registry-port.js';
import { FAMILY_FACTS, OS_FAMILIES, type OsFamily } from './windows-families.js';

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

/** What every catalogue row has, whatever its kind. */
interface EntryBase {
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
  restart: boolean;
  why: string;
  source: string;
}

/** A protocol bitmask (§2 of the facts): written as the chosen protocols; required where it lacks TLS 1.2. */
interface MaskEntryBase extends EntryBase {
  desired: { kind: 'protocols' };
  /** An optional value becomes required where its current data is this. */
  requiredWhen: { kind: 'mask-lacks-tls12' };
}

/** WinHTTP DefaultSecureProtocols (per WOW64 view). */
export interface WinHttpMaskEntry extends MaskEntryBase {
  kind: 'winhttp-mask';
  group: 'winhttp';
}

/** WinINet SecureProtocols as machine policy. */
export interface WinInetMaskEntry extends MaskEntryBase {
  kind: 'wininet-mask';
  group: 'wininet';
}

/**
 * A .NET value: written only where the runtime that reads it is installed. Elsewhere it would
 * change nothing (a fresh Windows 10 / 11 has no .NET 3.5), so it is not even offered: naming
 * the .NET group (or ticking another group in the wizard) must not add it. Run the tool again
 * after installing that runtime.
 */
export interface DotNetEntry extends EntryBase {
  kind: 'dotnet';
  group: 'dotnet';
  name: DotNetValueName;
  desired: { kind: 'dword'; data: number };
  runtime: DotNetRuntime;
}

/**
 * Current data that Windows reads just as it reads the desired data: the plan leaves such a
 * value as it is (it writes nothing for it) and says so in an informational finding.
 */
export interface ReadsAsDesiredRule {
  /** A REG_DWORD that is not 0 (SChannel's `Enabled`: any non-zero value is on). */
  kind: 'dword-non-zero';
  source: string;
}

interface SchannelEntryBase extends EntryBase {
  kind: 'schannel-client';
  group: 'schannel';
  name: SchannelValueName;
  desired: { kind: 'dword'; data: number };
  /** Names seen in the wild that Windows ignores (misspellings): reported as findings. */
  misspellings?: readonly string[];
  /** Other data that Windows reads as the desired data (`Enabled` only: any non-zero is on). */
  readsAsDesired?: ReadsAsDesiredRule;
}

/** The SChannel TLS 1.2 client pair: optional after Windows 7, required where it switches TLS 1.2 off. */
export interface SchannelTls12Entry extends SchannelEntryBase {
  protocol: 'tls12';
  requiredWhen: { kind: 'dword-is'; data: number } | { kind: 'dword-is-not'; data: number };
}

/** The SChannel TLS 1.1 client pair: planned only when the chosen protocols include TLS 1.1. */
export interface SchannelTls11Entry extends SchannelEntryBase {
  protocol: 'tls11';
  onlyWithProtocol: 'tls11';
}

/** One registry value the tool may ever write. Nothing outside this table is ever written. */
export type CatalogueEntry =
  WinHttpMaskEntry | WinInetMaskEntry | DotNetEntry | SchannelTls12Entry | SchannelTls11Entry;

export type CatalogueKind = CatalogueEntry['kind'];

/** The .NET values (CM): both runtimes' keys have both names. */
export const DOTNET_VALUES = {
  systemDefault: 'SystemDefaultTlsVersions',
  strongCrypto: 'SchUseStrongCrypto',
} as const;
export type DotNetValueName = (typeof DOTNET_VALUES)[keyof typeof DOTNET_VALUES];

/** The values of an SChannel protocol's Client (or Server) key (SRV). */
export const SCHANNEL_VALUES = { enabled: 'Enabled', disabledByDefault: 'DisabledByDefault' } as const;
export type SchannelValueName = (typeof SCHANNEL_VALUES)[keyof typeof SCHANNEL_VALUES];

/** The rule that makes an optional value required, where the row has one. */
export function requiredWhenOf(entry: CatalogueEntry): SwitchedOffRule | null {
  return 'requiredWhen' in entry ? entry.requiredWhen : null;
}

/** The rule for other data Windows reads as the desired data, where the row has one. */
export function readsAsDesiredOf(entry: CatalogueEntry): ReadsAsDesiredRule | null {
  return 'readsAsDesired' in entry && entry.readsAsDesired ? entry.readsAsDesired : null;
}

/**
 * Does Windows read this current data as the row's desired data, so that nothing needs writing?
 * Only a real REG_DWORD counts: a REG_DWORD of odd size (REG_RAW) keeps its own findings.
 */
export function readsAsDesired(entry: CatalogueEntry, value: RegValue | null): boolean {
  const rule = readsAsDesiredOf(entry);
  if (rule === null || value === null || value.type !== 'REG_DWORD') return false;
  switch (rule.kind) {
    case 'dword-non-zero':
      return value.data !== 0;
  }
}

/** The TLS version a row is planned with only, where the row has one (the TLS 1.1 client). */
export function onlyWithProtocolOf(entry: CatalogueEntry): TlsVersion | null {
  return 'onlyWithProtocol' in entry ? entry.onlyWithProtocol : null;
}

/** The .NET runtime a row is written for, or null when it is not a .NET row. */
export function runtimeOf(entry: CatalogueEntry): DotNetRuntime | null {
  return entry.kind === 'dotnet' ? entry.runtime : null;
}

/** Misspellings of a row's name that Windows ignores (SChannel rows only). */
export function misspellingsOf(entry: CatalogueEntry): readonly string[] {
  return entry.kind === 'schannel-client' ? (entry.misspellings ?? []) : [];
}

/**
 * What this Windows, in the state found, needs of an entry: its family's need, except that a .NET
 * value is never written where its runtime is not installed.
 */
export function needHere(entry: CatalogueEntry, family: OsFamily, dotNet: readonly string[]): Need {
  if (entry.kind === 'dotnet' && !runtimeInstalled(entry.runtime, dotNet)) return 'never';
  return entry.need[family];
}

/** need() helper: the listed families get `need`, every other family `otherwise`. */
function needOn(families: readonly OsFamily[], need: Need, otherwise: Need): Record<OsFamily, Need> {
  return Object.fromEntries(OS_FAMILIES.map((f) => [f, families.includes(f) ? need : otherwise])) as Record<
    OsFamily,
    Need
  >;
}

/** WinHTTP's default lacks TLS 1.2 (OPT; KB 3140245): from the families' defaults. */
const WINHTTP_DEFAULT_WITHOUT_TLS12: OsFamily[] = OS_FAMILIES.filter(
  (f) => (FAMILY_FACTS[f].winhttpDefault & PROTOCOL_BITS.tls12) === 0,
);
/** SChannel's TLS 1.2 client is off by default (PROTO): from the families' defaults. */
const SCHANNEL_CLIENT_OFF_BY_DEFAULT: OsFamily[] = OS_FAMILIES.filter(
  (f) => FAMILY_FACTS[f].schannelClient.tls12 !== 'on',
);

const SECURITY_PROVIDERS = 'SYSTEM\\CurrentControlSet\\Control\\SecurityProviders';

/** The keys the catalogue's values live in; the effective-protocols model and findings read them too. */
export const KEYS = {
  winhttp: 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp',
  schannelProtocols: `${SECURITY_PROVIDERS}\\SCHANNEL\\Protocols`,
  wininetPolicy: 'SOFTWARE\\Policies\\Microsoft\\Windows\\CurrentVersion\\Internet Settings',
  netfx: 'SOFTWARE\\Microsoft\\.NETFramework',
} as const;
/** The SChannel key of one TLS version and side: "...\\SCHANNEL\\Protocols\\TLS 1.2\\Client" (SRV). */
export function schannelKey(version: TlsVersion, side: 'Client' | 'Server'): string {
  return `${KEYS.schannelProtocols}\\${PROTOCOL_NAMES[version]}\\${side}`;
}

const WINHTTP_KEY = KEYS.winhttp;
const WININET_POLICY_KEY = KEYS.wininetPolicy;
const CM = 'Microsoft Learn, ConfigMgr "Enable TLS 1.2 on clients"';
const PROTO = 'Win32 docs "Protocols in TLS/SSL (Schannel SSP)"; Windows Server "TLS registry settings"';

/**
 * SChannel reads any non-zero `Enabled` as on: 0xFFFFFFFF, written by some tools and older
 * Microsoft examples, is as good as 1, so the plan leaves it alone. The tool itself writes 1.
 */
const ENABLED_NON_ZERO: ReadsAsDesiredRule = {
  kind: 'dword-non-zero',
  source:
    'Windows Server "TLS registry settings" (a non-zero Enabled enables the protocol); .NET docs ' +
    '"Transport Layer Security (TLS) best practices with .NET Framework" (Enabled 0xFFFFFFFF shown as enabled); ' +
    'microsoft/CSS-Exchange HealthChecker accepts any non-zero value since April 2024 (commit 9a889c4, "TLS to accept non zero values")',
};

function dotnet(version: 'v4.0.30319' | 'v2.0.50727', name: DotNetValueName, why: string): DotNetEntry {
  return {
    kind: 'dotnet',
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

/**
 * The SChannel client pair of one TLS version: Enabled = 1 and DisabledByDefault = 0, never
 * 0xFFFFFFFF. An Enabled that is already non-zero is left as it is (ENABLED_NON_ZERO); a non-zero
 * DisabledByDefault still means "disabled by default" and is set to 0.
 */
function schannelClient(
  version: 'tls11' | 'tls12',
  name: SchannelValueName,
): SchannelTls12Entry | SchannelTls11Entry {
  const enabled = name === SCHANNEL_VALUES.enabled;
  const label = PROTOCOL_NAMES[version];
  const base = {
    kind: 'schannel-client' as const,
    id: `schannel.${version}.client.${name}`,
    group: 'schannel' as const,
    hive: 'HKLM' as const,
    key: schannelKey(version, 'Client'),
    name,
    type: 'REG_DWORD' as const,
    views: 'shared' as const,
    anchor: SECURITY_PROVIDERS,
    // Writes 1, never 0xFFFFFFFF: 1 is what PROTO shows, and older checkers expect 0 or 1.
    desired: { kind: 'dword' as const, data: enabled ? 1 : 0 },
    restart: true,
    ...(enabled ? { readsAsDesired: ENABLED_NON_ZERO } : { misspellings: ['DisableByDefault'] }),
    why: enabled
      ? `Turns the ${label} client on in SChannel; it is off by default on Windows 7 / 2008 R2.`
      : `Lets applications that ask for the system default get ${label} from SChannel.`,
    source: PROTO,
  };
  // TLS 1.1: only where it is off by default and only when chosen (KB 3140245 asks for both
  // versions on Windows 7); elsewhere the tool never writes it.
  return version === 'tls12'
    ? {
        ...base,
        protocol: 'tls12',
        need: needOn(SCHANNEL_CLIENT_OFF_BY_DEFAULT, 'required', 'optional'),
        requiredWhen: enabled ? { kind: 'dword-is', data: 0 } : { kind: 'dword-is-not', data: 0 },
      }
    : {
        ...base,
        protocol: 'tls11',
        need: needOn(SCHANNEL_CLIENT_OFF_BY_DEFAULT, 'required', 'never'),
        onlyWithProtocol: 'tls11',
      };
}

const SYSTEM_DEFAULT_WHY =
  '.NET apps built for older Framework versions use the protocols Windows offers (TLS 1.2) instead of their own old default.';
const STRONG_CRYPTO_WHY =
  '.NET apps may use TLS 1.2 and strong ciphers instead of falling back to SSL 3.0 / TLS 1.0.';

export const CATALOGUE: readonly CatalogueEntry[] = [
  {
    kind: 'winhttp-mask',
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
  schannelClient('tls12', 'Enabled'),
  schannelClient('tls12', 'DisabledByDefault'),
  schannelClient('tls11', 'Enabled'),
  schannelClient('tls11', 'DisabledByDefault'),
  {
    kind: 'wininet-mask',
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

/** The SChannel client rows of one TLS version (Enabled, then DisabledByDefault). */
export function schannelClientEntries(version: TlsVersion): (SchannelTls12Entry | SchannelTls11Entry)[] {
  return CATALOGUE.filter(
    (e): e is SchannelTls12Entry | SchannelTls11Entry =>
      e.kind === 'schannel-client' && e.protocol === version,
  );
}

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
