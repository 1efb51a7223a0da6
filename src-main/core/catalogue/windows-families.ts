/**
 * The Windows versions the tool knows, as data, with what each one does by default for TLS.
 * Anything else is refused as unsupported rather than guessed at.
 *
 * Sources (public; the short names are used in comments and in docs/windows-matrix.md):
 * - VER: Win32 docs "OSVERSIONINFOEX" / "Operating System Version" (6.1 = 7 / 2008 R2, 6.2 = 8 /
 *   2012, 6.3 = 8.1 / 2012 R2, 10.0 with build 22000+ = Windows 11 on clients); Azure Virtual
 *   Desktop docs for Enterprise multi-session (ProductType ServerNT, InstallationType Client).
 * - PROTO: Win32 docs "Protocols in TLS/SSL (Schannel SSP)": which client protocols are on by
 *   default per Windows version (TLS 1.1 / 1.2 off by default on 7 / 2008 R2; TLS 1.3 on from
 *   Windows 11 and Server 2022).
 * - OPT: Win32 docs "Option Flags" (WINHTTP_OPTION_SECURE_PROTOCOLS): WinHTTP's default set is
 *   SSL 3.0 + TLS 1.0 on 7 / 8 / 2008 R2 / 2012 and includes TLS 1.1 / 1.2 from 8.1 / 2012 R2.
 * - KB: support.microsoft.com KB 3140245 (WinHTTP DefaultSecureProtocols, 7 SP1 / 2008 R2 / 2012;
 *   "requires that SChannel in Windows 7 be configured to support TLS 1.1 and 1.2").
 * - CM: Microsoft Learn, ConfigMgr "Enable TLS 1.2 on clients" (.NET 3.5 updates per Windows).
 */
import { msg, type Msg } from '../../../src-shared/messages/messages.js';
import type { TlsVersion } from '../../../src-shared/protocols.js';

export { OS_FAMILIES, type OsFamily } from '../../../src-shared/detection-types.js';
import type { OsFamily } from '../../../src-shared/detection-types.js';

/** on: offered by default; explicit: only to programs that ask for it; unavailable: not in this SChannel. */
export type SchannelDefault = 'on' | 'explicit' | 'unavailable';

export interface KbFacts {
  /** winhttp.dll and webio.dll at or above this version: the update (or a later rollup) is in. */
  minFileVersion: string;
  /**
   * False while the threshold is not checked against the KB's own file table (GDR and LDR
   * branches): then a version at or above it is reported as "probably present", with evidence.
   */
  confirmed: boolean;
  source: string;
  msu: { x64: string; x86?: string };
}

export interface FamilyFacts {
  displayName: string;
  server: boolean;
  /** KB 3140245 (WinHTTP TLS 1.1/1.2 as default protocols), where this Windows needs it. */
  kb3140245: KbFacts | null;
  /** WinHTTP's protocol mask when DefaultSecureProtocols is not set (OPT). */
  winhttpDefault: number;
  /** KB: on this Windows WinHTTP gets TLS 1.1 / 1.2 only when SChannel offers them by default. */
  winhttpNeedsSchannelDefault: boolean;
  /** WinINet's (Internet Options) default mask with Internet Explorer 11 or later. */
  wininetDefault: number;
  /** SChannel's client protocols with no registry values set (PROTO). */
  schannelClient: Record<TlsVersion, SchannelDefault>;
  /**
   * The update that lets .NET 3.5 honour SystemDefaultTlsVersions (CM), or null where it is built
   * in. Where it depends on the release (Windows 10), `dotnet35UpdateByBuild` decides instead.
   */
  dotnet35Update: string | null;
  /**
   * The same per release, lowest first build first: the last row at or below the build found
   * decides (a build below the first row takes the first). Empty for most families.
   */
  dotnet35UpdateByBuild: readonly (readonly [firstBuild: number, update: string | null])[];
}

const WIN7_KB: KbFacts = {
  // From Microsoft's own diagnostic scripts (TestDavConnection's $winhttpminver7; the Azure
  // DevOps TLS 1.2 analyzer): not yet checked against the KB's file table.
  minFileVersion: '6.1.7601.23375',
  confirmed: false,
  source: 'Microsoft diagnostic scripts (TestDavConnection, AzureDevOpsTls12Analysis); KB 3140245',
  msu: { x64: 'Windows6.1-KB3140245-x64.msu', x86: 'Windows6.1-KB3140245-x86.msu' },
};
const WIN2012_KB: KbFacts = {
  // TestDavConnection's $winhttpminver8 (an LDR-branch version): a GDR-branch file can be lower
  // and still carry the fix, so the threshold alone never proves the update missing for certain.
  minFileVersion: '6.2.9200.21797',
  confirmed: false,
  source: 'Microsoft diagnostic script TestDavConnection ($winhttpminver8); KB 3140245',
  msu: { x64: 'Windows8-RT-KB3140245-x64.msu', x86: 'Windows8-RT-KB3140245-x86.msu' },
};

const OLD_SCHANNEL: Record<TlsVersion, SchannelDefault> = {
  tls10: 'on',
  tls11: 'explicit',
  tls12: 'explicit',
  tls13: 'unavailable',
};
const NT62_SCHANNEL: Record<TlsVersion, SchannelDefault> = {
  tls10: 'on',
  tls11: 'on',
  tls12: 'on',
  tls13: 'unavailable',
};
const TLS13_SCHANNEL: Record<TlsVersion, SchannelDefault> = { ...NT62_SCHANNEL, tls13: 'on' };

const OLD_WINHTTP = 0xa0; // SSL 3.0 + TLS 1.0
const NT63_WINHTTP = 0xa80; // TLS 1.0, 1.1, 1.2
const TLS13_WINHTTP = 0x2a80; // TLS 1.0, 1.1, 1.2, 1.3
const IE11 = 0xa80;
/** WinINet's default with Internet Explorer before 11: SSL 3.0 + TLS 1.0 (KB 3140245 / Easy Fix 51044). */
export const WININET_DEFAULT_BEFORE_IE11 = 0xa0;
/** The Internet Explorer release from which FamilyFacts.wininetDefault applies. */
export const IE_WITH_TLS12_DEFAULT = 11;

function family(
  displayName: string,
  server: boolean,
  era: 'nt61' | 'nt62' | 'nt63' | 'tls13',
  kb3140245: KbFacts | null,
  dotnet35Update: string | null,
  dotnet35UpdateByBuild: FamilyFacts['dotnet35UpdateByBuild'] = [],
): FamilyFacts {
  const tls13 = era === 'tls13';
  return {
    displayName,
    server,
    kb3140245,
    winhttpDefault: era === 'nt61' || era === 'nt62' ? OLD_WINHTTP : tls13 ? TLS13_WINHTTP : NT63_WINHTTP,
    winhttpNeedsSchannelDefault: era === 'nt61',
    wininetDefault: tls13 ? IE11 | 0x2000 : IE11,
    schannelClient: era === 'nt61' ? OLD_SCHANNEL : tls13 ? TLS13_SCHANNEL : NT62_SCHANNEL,
    dotnet35Update,
    dotnet35UpdateByBuild,
  };
}

export const FAMILY_FACTS: Record<OsFamily, FamilyFacts> = {
  win7: family('Windows 7', false, 'nt61', WIN7_KB, 'KB3154518'),
  // Windows 8 shares Server 2012's code base (build 9200); Microsoft's SharePoint article
  // "Authentication errors when client doesn't have TLS 1.2 support" tells it to install the KB.
  win8: family('Windows 8', false, 'nt62', WIN2012_KB, 'KB3154519'),
  win81: family('Windows 8.1', false, 'nt63', null, 'KB3154520'),
  // .NET 3.5 on Windows 10 (CM): 1507 and 1511 need an update, 1607 (14393) and later have it built in.
  win10: family('Windows 10', false, 'nt63', null, null, [
    [10240, 'KB3156387'],
    [10586, 'KB3156421'],
    [14393, null],
  ]),
  win11: family('Windows 11', false, 'tls13', null, null),
  server2008r2: family('Windows Server 2008 R2', true, 'nt61', WIN7_KB, 'KB3154518'),
  server2012: family('Windows Server 2012', true, 'nt62', WIN2012_KB, 'KB3154519'),
  server2012r2: family('Windows Server 2012 R2', true, 'nt63', null, 'KB3154520'),
  server2016: family('Windows Server 2016', true, 'nt63', null, null),
  server2019: family('Windows Server 2019', true, 'nt63', null, null),
  server2022: family('Windows Server 2022', true, 'tls13', null, null),
  server2025: family('Windows Server 2025', true, 'tls13', null, null),
};

export { SERVER_BUILDS, WINDOWS_11_FIRST_BUILD } from './windows-builds.js';

/**
 * Windows the tool refuses, each with what to do instead. Keyed by "major.minor" and client or
 * server. Server 2008 SP2's updates: KB 4019276 (SChannel TLS 1.1 / 1.2) and KB 4467770 (WinHTTP
 * DefaultSecureProtocols), per Microsoft's "TLS 1.1 and 1.2 for Windows Server 2008 SP2".
 */
export const UNSUPPORTED_WINDOWS: {
  version: string;
  server: boolean | null;
  name: string;
  reason: Msg;
}[] = [
  {
    version: '6.0',
    server: true,
    name: 'Windows Server 2008',
    reason: msg('os.server2008', {}),
  },
  {
    version: '6.0',
    server: false,
    name: 'Windows Vista',
    reason: msg('os.vista', {}),
  },
  {
    version: '5.2',
    server: null,
    name: 'Windows XP x64 / Server 2003',
    reason: msg('os.xp', { x64: true }),
  },
  {
    version: '5.1',
    server: null,
    name: 'Windows XP',
    reason: msg('os.xp', { x64: false }),
  },
];

export const ITANIUM_REASON: Msg = msg('os.itanium', {});
