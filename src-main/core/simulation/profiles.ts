import type { RegistrySnapshot } from '../registry/memory-registry.js';
import type { RegValue } from '../registry/registry-port.js';

/** A built-in Windows machine for simulation and tests: registry content and DLL versions. */
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
const SCHANNEL = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols';

interface Base {
  id: string;
  label: string;
  computerName: string;
  nt: Record<string, RegValue>;
  productType: 'WinNT' | 'ServerNT';
  arch: 'AMD64' | 'x86';
  dotNetRelease: number | null;
  dotNet35: boolean;
  dllVersions?: Record<string, string>;
  extra?: RegistrySnapshot;
}

function profile(b: Base): MachineProfile {
  const wow64 = b.arch !== 'x86';
  const registry: RegistrySnapshot = {
    [NT]: b.nt,
    'HKLM\\SYSTEM\\CurrentControlSet\\Control\\ProductOptions': { ProductType: sz(b.productType) },
    'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment': {
      PROCESSOR_ARCHITECTURE: sz(b.arch),
    },
    'HKLM\\SYSTEM\\CurrentControlSet\\Control\\ComputerName\\ComputerName': {
      ComputerName: sz(b.computerName),
    },
    'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings': {},
    'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp': {},
    [`${SCHANNEL}\\SSL 2.0\\Client`]: { DisabledByDefault: dw(1) },
    ...(wow64
      ? {
          'HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp': {},
          'HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\.NETFramework\\v4.0.30319': {},
          'HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\.NETFramework\\v2.0.50727': {},
        }
      : {}),
    'HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319': {},
    'HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v2.0.50727': {},
    [`${NDP}\\v2.0.50727`]: { Install: dw(1) },
    ...(b.dotNet35 ? { [`${NDP}\\v3.5`]: { Install: dw(1), SP: dw(1) } } : {}),
    ...(b.dotNetRelease !== null
      ? { [`${NDP}\\v4\\Full`]: { Install: dw(1), Release: dw(b.dotNetRelease) } }
      : {}),
    ...b.extra,
  };
  return { id: b.id, label: b.label, wow64, elevated: true, dllVersions: b.dllVersions ?? {}, registry };
}

const win7nt = {
  CurrentVersion: sz('6.1'),
  CurrentBuildNumber: sz('7601'),
  CurrentBuild: sz('7601'),
  CSDVersion: sz('Service Pack 1'),
  ProductName: sz('Windows 7 Professional'),
  EditionID: sz('Professional'),
};
const win10nt = (
  build: number,
  ubr: number,
  product: string,
  edition: string,
  type = 'Client',
): Record<string, RegValue> => ({
  CurrentVersion: sz('6.3'),
  CurrentMajorVersionNumber: dw(10),
  CurrentMinorVersionNumber: dw(0),
  CurrentBuildNumber: sz(String(build)),
  CurrentBuild: sz(String(build)),
  UBR: dw(ubr),
  ProductName: sz(product),
  EditionID: sz(edition),
  InstallationType: sz(type),
});

export const PROFILES: readonly MachineProfile[] = [
  profile({
    id: 'win7-sp1',
    label: 'Windows 7 SP1 64-bit, without KB 3140245',
    computerName: 'SIM-WIN7',
    nt: win7nt,
    productType: 'WinNT',
    arch: 'AMD64',
    dotNetRelease: 394802,
    dotNet35: true,
    dllVersions: { 'winhttp.dll': '6.1.7601.17514', 'webio.dll': '6.1.7601.17514' },
  }),
  profile({
    id: 'win7-sp1-kb',
    label: 'Windows 7 SP1 64-bit, with KB 3140245',
    computerName: 'SIM-WIN7KB',
    nt: win7nt,
    productType: 'WinNT',
    arch: 'AMD64',
    dotNetRelease: 528040,
    dotNet35: true,
    dllVersions: { 'winhttp.dll': '6.1.7601.23375', 'webio.dll': '6.1.7601.23375' },
    extra: {
      'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Component Based Servicing\\Packages\\Package_for_KB3140245~31bf3856ad364e35~amd64~~6.1.1.1':
        {},
    },
  }),
  profile({
    id: 'win7-sp1-x86',
    label: 'Windows 7 SP1 32-bit, with KB 3140245',
    computerName: 'SIM-WIN7X86',
    nt: win7nt,
    productType: 'WinNT',
    arch: 'x86',
    dotNetRelease: 528040,
    dotNet35: true,
    dllVersions: { 'winhttp.dll': '6.1.7601.24000', 'webio.dll': '6.1.7601.24000' },
  }),
  profile({
    id: 'win81',
    label: 'Windows 8.1 64-bit',
    computerName: 'SIM-WIN81',
    nt: {
      CurrentVersion: sz('6.3'),
      CurrentBuildNumber: sz('9600'),
      CurrentBuild: sz('9600'),
      ProductName: sz('Windows 8.1 Pro'),
      EditionID: sz('Professional'),
      InstallationType: sz('Client'),
    },
    productType: 'WinNT',
    arch: 'AMD64',
    dotNetRelease: 528040,
    dotNet35: false,
  }),
  profile({
    id: 'server2012r2',
    label: 'Windows Server 2012 R2',
    computerName: 'SIM-SRV2012R2',
    nt: {
      CurrentVersion: sz('6.3'),
      CurrentBuildNumber: sz('9600'),
      CurrentBuild: sz('9600'),
      ProductName: sz('Windows Server 2012 R2 Standard'),
      EditionID: sz('ServerStandard'),
      InstallationType: sz('Server'),
    },
    productType: 'ServerNT',
    arch: 'AMD64',
    dotNetRelease: 528040,
    dotNet35: true,
  }),
  profile({
    id: 'win10',
    label: 'Windows 10 22H2 64-bit',
    computerName: 'SIM-WIN10',
    nt: win10nt(19045, 5131, 'Windows 10 Pro', 'Professional'),
    productType: 'WinNT',
    arch: 'AMD64',
    dotNetRelease: 533320,
    dotNet35: false,
  }),
  profile({
    id: 'win11',
    label: 'Windows 11 24H2 64-bit',
    computerName: 'SIM-WIN11',
    // ProductName says "Windows 10" on Windows 11: the build decides.
    nt: win10nt(26100, 2314, 'Windows 10 Pro', 'Professional'),
    productType: 'WinNT',
    arch: 'AMD64',
    dotNetRelease: 533320,
    dotNet35: false,
    extra: {
      'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp': {
        DefaultSecureProtocols: dw(0x2a00),
      },
    },
  }),
];

export function findProfile(id: string): MachineProfile | undefined {
  return PROFILES.find((p) => p.id === id);
}
