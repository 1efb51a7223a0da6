import {
  FAMILY_FACTS,
  SERVER_BUILDS,
  WINDOWS_11_FIRST_BUILD,
  type OsFamily,
} from '../catalogue/windows-families.js';
import type { RegistryPort } from '../registry/registry-port.js';
import type { Architecture, OsInfo } from './os-info.js';
import { readDword, readString } from './registry-read.js';

const NT_KEY = 'SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion';
const PRODUCT_OPTIONS = 'SYSTEM\\CurrentControlSet\\Control\\ProductOptions';
const ENVIRONMENT = 'SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment';
const COMPUTER_NAME = 'SYSTEM\\CurrentControlSet\\Control\\ComputerName\\ComputerName';

/** Maps version, build and client/server to a family, or explains why it is not supported. */
export function familyOf(
  version: string,
  build: number,
  server: boolean,
  servicePack: number,
): { family: OsFamily | null; reason: string | null } {
  switch (version) {
    case '6.1':
      if (servicePack < 1 && build < 7601) {
        return {
          family: null,
          reason: `${server ? 'Windows Server 2008 R2' : 'Windows 7'} without Service Pack 1 cannot get TLS 1.2 for WinHTTP: install Service Pack 1 first, then run this tool again.`,
        };
      }
      return { family: server ? 'server2008r2' : 'win7', reason: null };
    case '6.2':
      return { family: server ? 'server2012' : 'win8', reason: null };
    case '6.3':
      return { family: server ? 'server2012r2' : 'win81', reason: null };
    case '10.0': {
      if (!server) return { family: build >= WINDOWS_11_FIRST_BUILD ? 'win11' : 'win10', reason: null };
      let family: OsFamily | null = null;
      for (const [first, f] of SERVER_BUILDS) if (build >= first) family = f;
      return family
        ? { family, reason: null }
        : { family: null, reason: `Windows Server build ${build} is not a release this tool knows.` };
    }
    default:
      return {
        family: null,
        reason: `Windows ${version} (build ${build}) is not supported: this tool covers Windows 7 SP1 / Server 2008 R2 SP1 and later.`,
      };
  }
}

function architectureOf(text: string | null): Architecture {
  switch ((text ?? '').toUpperCase()) {
    case 'AMD64':
    case 'IA64':
      return 'x64';
    case 'ARM64':
      return 'arm64';
    default:
      return 'x86';
  }
}

/**
 * Detects the Windows version from the registry's 64-bit view (the version APIs lie to
 * unmanifested programs; ProductName says "Windows 10" on Windows 11, so it decides nothing).
 */
export function detectOs(reg: RegistryPort, fallbackComputerName = 'UNKNOWN'): OsInfo {
  const s = (name: string): string | null => readString(reg, 'HKLM', '64', NT_KEY, name);
  const d = (name: string): number | null => readDword(reg, 'HKLM', '64', NT_KEY, name);

  const major = d('CurrentMajorVersionNumber');
  const minor = d('CurrentMinorVersionNumber');
  const version = major !== null && minor !== null ? `${major}.${minor}` : (s('CurrentVersion') ?? '');
  const build = Number.parseInt(s('CurrentBuildNumber') ?? s('CurrentBuild') ?? '0', 10) || 0;
  const csd = s('CSDVersion') ?? '';
  const spMatch = /Service Pack (\d+)/i.exec(csd);
  const servicePack = spMatch?.[1] ? Number(spMatch[1]) : build === 7601 ? 1 : 0;
  const productType = readString(reg, 'HKLM', 'shared', PRODUCT_OPTIONS, 'ProductType') ?? '';
  const installationType =
    s('InstallationType') ??
    (/^(ServerNT|LanmanNT)$/i.test(productType) ? 'Server' : productType ? 'Client' : 'unknown');
  const server = /server/i.test(installationType) || /^(ServerNT|LanmanNT)$/i.test(productType);
  const architecture = architectureOf(
    readString(reg, 'HKLM', 'shared', ENVIRONMENT, 'PROCESSOR_ARCHITECTURE'),
  );
  const computerName =
    readString(reg, 'HKLM', 'shared', COMPUTER_NAME, 'ComputerName') ?? fallbackComputerName;

  const { family, reason } =
    version === ''
      ? { family: null, reason: 'The Windows version could not be read from the registry.' }
      : familyOf(version, build, server, servicePack);
  const name = family ? FAMILY_FACTS[family].displayName : `Windows ${version}`;
  const sp = servicePack > 0 ? ` SP${servicePack}` : '';
  const bits = architecture === 'x86' ? '32-bit' : architecture === 'arm64' ? 'ARM64' : '64-bit';

  return {
    family,
    displayName: `${name}${sp} (${bits})`,
    productName: s('ProductName') ?? '',
    edition: s('EditionID') ?? '',
    version,
    build,
    ubr: d('UBR'),
    servicePack,
    installationType,
    server,
    architecture,
    is64Bit: architecture !== 'x86',
    computerName,
    unsupportedReason: reason,
  };
}
