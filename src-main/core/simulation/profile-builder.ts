import type { RegistrySnapshot } from '../registry/memory-registry.js';
import type { RegValue } from '../registry/registry-port.js';

// How the built-in machines are made: the keys every Windows has, .NET and Internet Explorer as
// installed, the version values. The machines themselves are in client-profiles.ts,
// server-profiles.ts and refused-profiles.ts.

/** A built-in Windows machine for simulation and tests: registry content and DLL versions. */
export interface MachineProfile {
  id: string;
  label: string;
  wow64: boolean;
  elevated: boolean;
  /** winhttp.dll / webio.dll versions in System32; absent = file missing. */
  dllVersions: Record<string, string>;
  registry: RegistrySnapshot;
  /** When this Windows last started (ISO time); absent: SIMULATED_BOOT. */
  bootedAt?: string;
  /** Files read as evidence (Registry.pol, cached Preferences), by Windows path. */
  files?: Record<string, Uint8Array>;
}

const dw = (data: number): RegValue => ({ type: 'REG_DWORD', data });
export const sz = (data: string): RegValue => ({ type: 'REG_SZ', data });

const NT = 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion';
const NDP = 'HKLM\\SOFTWARE\\Microsoft\\NET Framework Setup\\NDP';
const NETFX = 'HKLM\\SOFTWARE\\Microsoft\\.NETFramework';
const NETFX32 = 'HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\.NETFramework';
const SCHANNEL = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols';
const WINHTTP = 'Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp';

/** .NET Framework 4.x "Release" values of the versions the profiles ship. */
export const NET = {
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
  files?: Record<string, Uint8Array>;
}

export function profile(b: Base): MachineProfile {
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
  return {
    id: b.id,
    label: b.label,
    wow64,
    elevated: true,
    dllVersions: b.dllVersions ?? {},
    registry,
    ...(b.files ? { files: b.files } : {}),
  };
}

export function nt6(
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
export const win7nt = (product: string, edition: string) =>
  nt6('6.1', 7601, product, edition, { CSDVersion: sz('Service Pack 1') });
export const win10nt = (
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

export const WIN7_RTM_DLLS = { 'winhttp.dll': '6.1.7601.17514', 'webio.dll': '6.1.7601.17514' };
export const WIN2012_RTM_DLLS = { 'winhttp.dll': '6.2.9200.16384', 'webio.dll': '6.2.9200.16384' };
export const KB_PACKAGE_WIN7 =
  'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Component Based Servicing\\Packages\\Package_for_KB3140245~31bf3856ad364e35~amd64~~6.1.1.1';
