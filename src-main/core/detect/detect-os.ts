import { NT61_SP1_BUILD, NT_VERSION, WINDOWS_BUILDS } from '../catalogue/windows-builds.js';
import {
  FAMILY_FACTS,
  ITANIUM_REASON,
  OS_FAMILIES,
  UNSUPPORTED_WINDOWS,
  type OsFamily,
} from '../catalogue/windows-families.js';
import { msg, type Msg } from '../../../src-shared/messages/messages.js';
import type { OsName } from '../../../src-shared/messages/params.js';
import type { RegistryPort } from '../registry/registry-port.js';
import type { Architecture, ArchitectureSource, OsInfo } from './os-info.js';
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
): { family: OsFamily | null; reason: Msg | null } {
  // The families of this version and kind, lowest first build first (windows-builds.ts).
  const candidates = OS_FAMILIES.filter(
    (f) => WINDOWS_BUILDS[f].version === version && FAMILY_FACTS[f].server === server,
  ).sort((a, b) => WINDOWS_BUILDS[a].firstBuild - WINDOWS_BUILDS[b].firstBuild);
  const lowest = candidates[0];
  if (lowest === undefined) {
    const known = UNSUPPORTED_WINDOWS.find(
      (u) => u.version === version && (u.server === null || u.server === server),
    );
    return {
      family: null,
      reason: known?.reason ?? msg('os.unsupportedVersion', { version, build }),
    };
  }
  if (version === NT_VERSION.nt61 && servicePack < 1 && build < NT61_SP1_BUILD) {
    return { family: null, reason: msg('os.noServicePack', { server }) };
  }
  const reached = candidates.filter((f) => build >= WINDOWS_BUILDS[f].firstBuild).pop();
  if (reached !== undefined) return { family: reached, reason: null };
  // A 10.0 server below Server 2016 is a preview build the tool does not know; a client or an
  // older version has one family whatever its build says.
  if (server && version === NT_VERSION.nt10) {
    return { family: null, reason: msg('os.unknownServerBuild', { build }) };
  }
  return { family: lowest, reason: null };
}

/** Second signals for the architecture when the registry's PROCESSOR_ARCHITECTURE is missing or odd. */
export interface ArchitectureHints {
  /** The running process proves a 64-bit Windows (a 64-bit process, or a 32-bit one under WOW64). */
  process64?: Architecture | null;
}

type ArchitectureResult =
  | { architecture: Architecture; source: ArchitectureSource; reason: null }
  | { architecture: null; source: null; reason: Msg };

/**
 * The OS architecture. The registry value decides when it is one Windows writes; Itanium is
 * refused. When it is missing or odd, 32-bit is never assumed: the running process, then the
 * registry's 32-bit view (WOW6432Node exists only on 64-bit Windows), else a refusal.
 */
export function architectureOf(
  text: string | null,
  hasWow64View: boolean,
  hints: ArchitectureHints = {},
): ArchitectureResult {
  switch ((text ?? '').trim().toUpperCase()) {
    case 'AMD64':
      return { architecture: 'x64', source: 'registry', reason: null };
    case 'ARM64':
      return { architecture: 'arm64', source: 'registry', reason: null };
    case 'X86':
      return { architecture: 'x86', source: 'registry', reason: null };
    case 'IA64':
      return { architecture: null, source: null, reason: ITANIUM_REASON };
  }
  if (hints.process64) return { architecture: hints.process64, source: 'process', reason: null };
  // The KB families (7 / 8 / 2008 R2 / 2012) have no ARM64 edition, so x64 picks the right .msu.
  if (hasWow64View) return { architecture: 'x64', source: 'wow64-view', reason: null };
  return {
    architecture: null,
    source: null,
    reason: msg('os.architectureUnknown', { value: text }),
  };
}

/** Client or server: InstallationType decides where it exists (multi-session is a client with ProductType ServerNT). */
function serverOf(installationType: string | null, productType: string): boolean {
  if (installationType !== null) return /server/i.test(installationType);
  return /^(ServerNT|LanmanNT)$/i.test(productType);
}

/**
 * Detects the Windows version from the registry's 64-bit view (the version APIs lie to
 * unmanifested programs; ProductName says "Windows 10" on Windows 11, so it decides nothing).
 */
export function detectOs(
  reg: RegistryPort,
  fallbackComputerName = 'UNKNOWN',
  hints: ArchitectureHints = {},
): OsInfo {
  const s = (name: string): string | null => readString(reg, 'HKLM', '64', NT_KEY, name);
  const d = (name: string): number | null => readDword(reg, 'HKLM', '64', NT_KEY, name);

  const major = d('CurrentMajorVersionNumber');
  const minor = d('CurrentMinorVersionNumber');
  const version = major !== null && minor !== null ? `${major}.${minor}` : (s('CurrentVersion') ?? '');
  const build = Number.parseInt(s('CurrentBuildNumber') ?? s('CurrentBuild') ?? '0', 10) || 0;
  const csd = s('CSDVersion') ?? '';
  const spMatch = /Service Pack (\d+)/i.exec(csd);
  const servicePack = spMatch?.[1] ? Number(spMatch[1]) : build === NT61_SP1_BUILD ? 1 : 0;
  const productType = readString(reg, 'HKLM', 'shared', PRODUCT_OPTIONS, 'ProductType') ?? '';
  const installationTypeValue = s('InstallationType');
  const server = serverOf(installationTypeValue, productType);
  const installationType =
    installationTypeValue ?? (productType ? (server ? 'Server' : 'Client') : 'unknown');
  const edition = s('EditionID') ?? '';
  const multiSession = !server && /^ServerNT$/i.test(productType);
  const arch = architectureOf(
    readString(reg, 'HKLM', 'shared', ENVIRONMENT, 'PROCESSOR_ARCHITECTURE'),
    reg.keyExists({ hive: 'HKLM', view: '64', path: 'SOFTWARE\\WOW6432Node' }),
    hints,
  );
  const computerName =
    readString(reg, 'HKLM', 'shared', COMPUTER_NAME, 'ComputerName') ?? fallbackComputerName;

  const versionResult =
    version === ''
      ? { family: null, reason: msg('os.versionUnreadable', {}) }
      : familyOf(version, build, server, servicePack);
  // An unsupported version says so first; then an architecture the tool cannot work with.
  const reason = versionResult.reason ?? arch.reason;
  const family = reason === null ? versionResult.family : null;
  const known = versionResult.family ?? null;
  const unsupportedName = UNSUPPORTED_WINDOWS.find(
    (u) => u.version === version && (u.server === null || u.server === server),
  )?.name;
  const name = known
    ? `${FAMILY_FACTS[known].displayName}${multiSession ? ' Enterprise multi-session' : ''}`
    : (unsupportedName ?? `Windows ${version}`);
  const architecture = arch.architecture ?? 'x64';
  const os: OsName = {
    name,
    sp: servicePack,
    arch: arch.architecture ?? (arch.reason === ITANIUM_REASON ? 'itanium' : 'unknown'),
  };

  return {
    family,
    displayNameMsg: { code: 'os.name', params: { os } },
    productName: s('ProductName') ?? '',
    edition,
    version,
    build,
    ubr: d('UBR'),
    servicePack,
    installationType,
    server,
    multiSession,
    architecture,
    architectureSource: arch.source ?? 'registry',
    is64Bit: architecture !== 'x86',
    computerName,
    unsupportedMsg: reason,
  };
}
