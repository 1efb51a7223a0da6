import type { RegistrySnapshot } from '../registry/memory-registry.js';
import type { RegValue } from '../registry/registry-port.js';

/**
 * Built-in Windows machines for simulation and tests: registry content and DLL versions. Each
 * holds what a fresh install of that Windows has (no DefaultSecureProtocols, no SChannel TLS
 * values, .NET 3.5 keys only where .NET 3.5 is installed), unless its label says it was updated.
 */
export interface MachineProfile {
  id: string;
  label: string;
  wow64: boolean;
  elevated: boolean;
  /** winhttp.dll / webio.dll versions in System32; absent = file missing. */
  dllVersions: Record<string, string>;
  registry: RegistrySnapshot;
}

const dw = (data: number): RegValue => ({ type: 'REG_DWORD', data });
const sz = (data: string): RegValue => ({ type: 'REG_SZ', data });

const NT = 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion';
const NDP = 'HKLM\\SOFTWARE\\Microsoft\\NET Framework Setup\\NDP';
const NETFX = 'HKLM\\SOFTWARE\\Microsoft\\.NETFramework';
const NETFX32 = 'HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\.NETFramework';
const SCHANNEL = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols';
const WINHTTP = 'Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp';

/** .NET Framework 4.x "Release" values of the versions the profiles ship. */
const NET = {
  v45: 378389,
  v451: 378675,
  v46: 393295,
  v461: 394254,
  v462: 394802,
  v472: 461814,
  v48: 528040,
  v481: 533320,
};

interface Base {
  id: string;
  label: string;
  computerName: string;
  nt: Record<string, RegValue>;
  productType: 'WinNT' | 'ServerNT';
  /** PROCESSOR_ARCHITECTURE as the registry has it; null: the value is missing. */
  arch: 'AMD64' | 'x86' | 'ARM64' | 'IA64' | null;
  /** A 64-bit Windows (the 32-bit view exists); defaults from arch. */
  wow64?: boolean;
  dotNetRelease: number | null;
  /** .NET Framework 3.5 (the 2.0 runtime) installed: built into Windows 7, a feature elsewhere. */
  dotNet35: boolean;
  /** Internet Explorer's version as its registry key says (svcVersion from IE 10 on). */
  ie: string;
  dllVersions?: Record<string, string>;
  extra?: RegistrySnapshot;
}

function profile(b: Base): MachineProfile {
  const wow64 = b.wow64 ?? b.arch !== 'x86';
  const ieMajor = Number.parseInt(b.ie, 10);
  const registry: RegistrySnapshot = {
    [NT]: b.nt,
    'HKLM\\SYSTEM\\CurrentControlSet\\Control\\ProductOptions': { ProductType: sz(b.productType) },
    'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment':
      b.arch === null ? {} : { PROCESSOR_ARCHITECTURE: sz(b.arch) },
    'HKLM\\SYSTEM\\CurrentControlSet\\Control\\ComputerName\\ComputerName': {
      ComputerName: sz(b.computerName),
    },
    'HKLM\\SOFTWARE\\Microsoft\\Internet Explorer':
      ieMajor >= 10
        ? { Version: sz(`9.${ieMajor}.${b.ie.split('.').slice(2).join('.')}`), svcVersion: sz(b.ie) }
        : { Version: sz(b.ie) },
    'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings': {},
    [`HKLM\\SOFTWARE\\${WINHTTP}`]: {},
    [`${SCHANNEL}\\SSL 2.0\\Client`]: { DisabledByDefault: dw(1) },
    ...(wow64 ? { [`HKLM\\SOFTWARE\\WOW6432Node\\${WINHTTP}`]: {} } : {}),
    ...(b.dotNet35
      ? {
          [`${NDP}\\v2.0.50727`]: { Install: dw(1) },
          [`${NDP}\\v3.0`]: { Install: dw(1) },
          [`${NDP}\\v3.5`]: { Install: dw(1), SP: dw(1) },
          [`${NETFX}\\v2.0.50727`]: {},
          ...(wow64 ? { [`${NETFX32}\\v2.0.50727`]: {} } : {}),
        }
      : {}),
    ...(b.dotNetRelease !== null
      ? {
          [`${NDP}\\v4\\Full`]: { Install: dw(1), Release: dw(b.dotNetRelease) },
          [`${NETFX}\\v4.0.30319`]: {},
          ...(wow64 ? { [`${NETFX32}\\v4.0.30319`]: {} } : {}),
        }
      : {}),
    ...b.extra,
  };
  return { id: b.id, label: b.label, wow64, elevated: true, dllVersions: b.dllVersions ?? {}, registry };
}

function nt6(
  version: string,
  build: number,
  product: string,
  edition: string,
  extra: Record<string, RegValue> = {},
) {
  return {
    CurrentVersion: sz(version),
    CurrentBuildNumber: sz(String(build)),
    CurrentBuild: sz(String(build)),
    ProductName: sz(product),
    EditionID: sz(edition),
    ...extra,
  };
}
const win7nt = (product: string, edition: string) =>
  nt6('6.1', 7601, product, edition, { CSDVersion: sz('Service Pack 1') });
const win10nt = (
  build: number,
  ubr: number,
  product: string,
  edition: string,
  type = 'Client',
): Record<string, RegValue> => ({
  ...nt6('6.3', build, product, edition, { InstallationType: sz(type), UBR: dw(ubr) }),
  CurrentMajorVersionNumber: dw(10),
  CurrentMinorVersionNumber: dw(0),
});

const WIN7_RTM_DLLS = { 'winhttp.dll': '6.1.7601.17514', 'webio.dll': '6.1.7601.17514' };
const WIN2012_RTM_DLLS = { 'winhttp.dll': '6.2.9200.16384', 'webio.dll': '6.2.9200.16384' };
const KB_PACKAGE_WIN7 =
  'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Component Based Servicing\\Packages\\Package_for_KB3140245~31bf3856ad364e35~amd64~~6.1.1.1';

export const PROFILES: readonly MachineProfile[] = [
  profile({
    id: 'win7-sp1',
    label: 'Windows 7 SP1 64-bit, fresh install (no KB 3140245, IE 8, .NET 3.5.1 only)',
    computerName: 'SIM-WIN7',
    nt: win7nt('Windows 7 Professional', 'Professional'),
    productType: 'WinNT',
    arch: 'AMD64',
    dotNetRelease: null,
    dotNet35: true,
    ie: '8.0.7601.17514',
    dllVersions: WIN7_RTM_DLLS,
  }),
  profile({
    id: 'win7-sp1-kb',
    label: 'Windows 7 SP1 64-bit, updated (KB 3140245, IE 11, .NET 4.8)',
    computerName: 'SIM-WIN7KB',
    nt: win7nt('Windows 7 Professional', 'Professional'),
    productType: 'WinNT',
    arch: 'AMD64',
    dotNetRelease: NET.v48,
    dotNet35: true,
    ie: '11.0.9600.19596',
    dllVersions: { 'winhttp.dll': '6.1.7601.23375', 'webio.dll': '6.1.7601.23375' },
    extra: { [KB_PACKAGE_WIN7]: {} },
  }),
  profile({
    id: 'win7-sp1-x86',
    label: 'Windows 7 SP1 32-bit, updated (KB 3140245 in a later rollup, IE 11, .NET 4.8)',
    computerName: 'SIM-WIN7X86',
    nt: win7nt('Windows 7 Professional', 'Professional'),
    productType: 'WinNT',
    arch: 'x86',
    dotNetRelease: NET.v48,
    dotNet35: true,
    ie: '11.0.9600.19596',
    dllVersions: { 'winhttp.dll': '6.1.7601.24000', 'webio.dll': '6.1.7601.24000' },
  }),
  profile({
    id: 'server2008r2',
    label: 'Windows Server 2008 R2 SP1, fresh install (no KB 3140245, IE 8, no .NET feature)',
    computerName: 'SIM-SRV2008R2',
    nt: win7nt('Windows Server 2008 R2 Standard', 'ServerStandard'),
    productType: 'ServerNT',
    arch: 'AMD64',
    dotNetRelease: null,
    dotNet35: false,
    ie: '8.0.7601.17514',
    dllVersions: WIN7_RTM_DLLS,
  }),
  profile({
    id: 'win8',
    label: 'Windows 8 64-bit, fresh install (no KB 3140245, .NET 4.5)',
    computerName: 'SIM-WIN8',
    nt: nt6('6.2', 9200, 'Windows 8 Pro', 'Professional', { InstallationType: sz('Client') }),
    productType: 'WinNT',
    arch: 'AMD64',
    dotNetRelease: NET.v45,
    dotNet35: false,
    ie: '10.0.9200.16384',
    dllVersions: WIN2012_RTM_DLLS,
  }),
  profile({
    id: 'server2012',
    label: 'Windows Server 2012, fresh install (no KB 3140245, .NET 4.5)',
    computerName: 'SIM-SRV2012',
    nt: nt6('6.2', 9200, 'Windows Server 2012 Standard', 'ServerStandard', {
      InstallationType: sz('Server'),
    }),
    productType: 'ServerNT',
    arch: 'AMD64',
    dotNetRelease: NET.v45,
    dotNet35: false,
    ie: '10.0.9200.16384',
    dllVersions: WIN2012_RTM_DLLS,
  }),
  profile({
    id: 'win81',
    label: 'Windows 8.1 64-bit, fresh install (.NET 4.5.1)',
    computerName: 'SIM-WIN81',
    nt: nt6('6.3', 9600, 'Windows 8.1 Pro', 'Professional', { InstallationType: sz('Client') }),
    productType: 'WinNT',
    arch: 'AMD64',
    dotNetRelease: NET.v451,
    dotNet35: false,
    ie: '11.0.9600.16384',
  }),
  profile({
    id: 'server2012r2',
    label: 'Windows Server 2012 R2, fresh install (.NET 4.5.1)',
    computerName: 'SIM-SRV2012R2',
    nt: nt6('6.3', 9600, 'Windows Server 2012 R2 Standard', 'ServerStandard', {
      InstallationType: sz('Server'),
    }),
    productType: 'ServerNT',
    arch: 'AMD64',
    dotNetRelease: NET.v451,
    dotNet35: false,
    ie: '11.0.9600.16384',
  }),
  profile({
    id: 'win10-1507',
    label: 'Windows 10 1507 64-bit with .NET 3.5 (.NET 4.6)',
    computerName: 'SIM-WIN10-1507',
    nt: win10nt(10240, 16384, 'Windows 10 Pro', 'Professional'),
    productType: 'WinNT',
    arch: 'AMD64',
    dotNetRelease: NET.v46,
    dotNet35: true,
    ie: '11.0.10240.16384',
  }),
  profile({
    id: 'win10-1511',
    label: 'Windows 10 1511 64-bit with .NET 3.5 (.NET 4.6.1)',
    computerName: 'SIM-WIN10-1511',
    nt: win10nt(10586, 0, 'Windows 10 Pro', 'Professional'),
    productType: 'WinNT',
    arch: 'AMD64',
    dotNetRelease: NET.v461,
    dotNet35: true,
    ie: '11.0.10586.0',
  }),
  profile({
    id: 'win10',
    label: 'Windows 10 22H2 64-bit, fresh install (.NET 4.8)',
    computerName: 'SIM-WIN10',
    nt: win10nt(19045, 2006, 'Windows 10 Pro', 'Professional'),
    productType: 'WinNT',
    arch: 'AMD64',
    dotNetRelease: NET.v48,
    dotNet35: false,
    ie: '11.0.19041.1',
  }),
  profile({
    id: 'win10-x86',
    label: 'Windows 10 22H2 32-bit, fresh install (.NET 4.8)',
    computerName: 'SIM-WIN10X86',
    nt: win10nt(19045, 2006, 'Windows 10 Pro', 'Professional'),
    productType: 'WinNT',
    arch: 'x86',
    dotNetRelease: NET.v48,
    dotNet35: false,
    ie: '11.0.19041.1',
  }),
  profile({
    id: 'win11',
    label: 'Windows 11 24H2 64-bit, fresh install (.NET 4.8.1)',
    computerName: 'SIM-WIN11',
    // ProductName says "Windows 10" on Windows 11: the build decides.
    nt: win10nt(26100, 2314, 'Windows 10 Pro', 'Professional'),
    productType: 'WinNT',
    arch: 'AMD64',
    dotNetRelease: NET.v481,
    dotNet35: false,
    ie: '11.0.26100.1',
  }),
  profile({
    id: 'win11-arm64',
    label: 'Windows 11 24H2 ARM64, fresh install (.NET 4.8.1)',
    computerName: 'SIM-WIN11ARM',
    nt: win10nt(26100, 2314, 'Windows 10 Pro', 'Professional'),
    productType: 'WinNT',
    arch: 'ARM64',
    dotNetRelease: NET.v481,
    dotNet35: false,
    ie: '11.0.26100.1',
  }),
  profile({
    id: 'win11-multisession',
    label: 'Windows 11 23H2 Enterprise multi-session (Azure Virtual Desktop)',
    computerName: 'SIM-AVD',
    nt: win10nt(22631, 4317, 'Windows 10 Enterprise multi-session', 'ServerRdsh'),
    productType: 'ServerNT',
    arch: 'AMD64',
    dotNetRelease: NET.v481,
    dotNet35: false,
    ie: '11.0.22621.1',
  }),
  profile({
    id: 'server2016',
    label: 'Windows Server 2016, fresh install (.NET 4.6.2)',
    computerName: 'SIM-SRV2016',
    nt: win10nt(14393, 693, 'Windows Server 2016 Standard', 'ServerStandard', 'Server'),
    productType: 'ServerNT',
    arch: 'AMD64',
    dotNetRelease: NET.v462,
    dotNet35: false,
    ie: '11.0.14393.0',
  }),
  profile({
    id: 'server2019',
    label: 'Windows Server 2019, fresh install (.NET 4.7.2)',
    computerName: 'SIM-SRV2019',
    nt: win10nt(17763, 1, 'Windows Server 2019 Standard', 'ServerStandard', 'Server'),
    productType: 'ServerNT',
    arch: 'AMD64',
    dotNetRelease: NET.v472,
    dotNet35: false,
    ie: '11.0.17763.1',
  }),
  profile({
    id: 'server2022',
    label: 'Windows Server 2022, fresh install (.NET 4.8)',
    computerName: 'SIM-SRV2022',
    nt: win10nt(20348, 587, 'Windows Server 2022 Standard', 'ServerStandard', 'Server'),
    productType: 'ServerNT',
    arch: 'AMD64',
    dotNetRelease: NET.v48,
    dotNet35: false,
    ie: '11.0.20348.1',
  }),
  profile({
    id: 'server2025',
    label: 'Windows Server 2025, fresh install (.NET 4.8.1)',
    computerName: 'SIM-SRV2025',
    // Build 26100 is also Windows 11 24H2: InstallationType "Server" decides.
    nt: win10nt(26100, 1742, 'Windows Server 2025 Standard', 'ServerStandard', 'Server'),
    productType: 'ServerNT',
    arch: 'AMD64',
    dotNetRelease: NET.v481,
    dotNet35: false,
    ie: '11.0.26100.1',
  }),
  // Refused, each with what to do instead.
  profile({
    id: 'server2008-sp2',
    label: 'Windows Server 2008 SP2 (refused: needs KB 4019276 and KB 4467770)',
    computerName: 'SIM-SRV2008',
    nt: nt6('6.0', 6002, 'Windows Server (R) 2008 Standard', 'ServerStandard', {
      CSDVersion: sz('Service Pack 2'),
    }),
    productType: 'ServerNT',
    arch: 'AMD64',
    dotNetRelease: null,
    dotNet35: false,
    ie: '7.0.6002.18005',
  }),
  profile({
    id: 'vista',
    label: 'Windows Vista SP2 (refused)',
    computerName: 'SIM-VISTA',
    nt: nt6('6.0', 6002, 'Windows Vista (TM) Business', 'Business', { CSDVersion: sz('Service Pack 2') }),
    productType: 'WinNT',
    arch: 'x86',
    dotNetRelease: null,
    dotNet35: false,
    ie: '7.0.6002.18005',
  }),
  profile({
    id: 'xp',
    label: 'Windows XP SP3 (refused)',
    computerName: 'SIM-XP',
    nt: nt6('5.1', 2600, 'Microsoft Windows XP', '', { CSDVersion: sz('Service Pack 3') }),
    productType: 'WinNT',
    arch: 'x86',
    dotNetRelease: null,
    dotNet35: false,
    ie: '8.0.6001.18702',
  }),
  profile({
    id: 'server2008r2-itanium',
    label: 'Windows Server 2008 R2 SP1 for Itanium (refused)',
    computerName: 'SIM-IA64',
    nt: win7nt('Windows Server 2008 R2 Enterprise', 'ServerEnterpriseIA64'),
    productType: 'ServerNT',
    arch: 'IA64',
    dotNetRelease: null,
    dotNet35: false,
    ie: '8.0.7601.17514',
    dllVersions: WIN7_RTM_DLLS,
  }),
];

export function findProfile(id: string): MachineProfile | undefined {
  return PROFILES.find((p) => p.id === id);
}
