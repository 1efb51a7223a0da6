/**
 * Group Policy facts as data: where a PC keeps the evidence that policy sets a value back, and
 * the policy locations beside the catalogue that decide TLS. The readers in
 * core/readiness/evidence use these; no verdict or text here.
 *
 * Short names of the public sources used in this file:
 * - GPREG: Microsoft open specification [MS-GPREG] "Group Policy: Registry Extension Encoding"
 * - GPPREF: Microsoft open specification [MS-GPPREF] "Group Policy: Preferences Extension"
 * - INETRES: inetres.admx ("Turn off encryption support", Internet Explorer > Advanced Page)
 * - HC: microsoft/CSS-Exchange HealthChecker TLS checks (cipher suite policy precedence)
 * - SUITES: Win32 docs "Prioritizing Schannel Cipher Suites" / "TLS Cipher Suites in Windows"
 */
import type { Hive } from '../registry/registry-port.js';

/** Client-side extension GUIDs, as they appear under the History key (GPREG; GPPREF). */
export const GP_CSE = {
  /** The Registry (Administrative Templates) CSE: applies Registry.pol (GPREG). */
  registry: '{35378EAC-683F-11D2-A89A-00C04FBBCFA2}',
  /** The Preferences Registry CSE: applies Preferences\Registry\Registry.xml (GPPREF). */
  preferences: '{B087BE9D-ED37-454F-AF9C-04291E351182}',
} as const;
export type GpCse = keyof typeof GP_CSE;

/**
 * HKLM, 64-bit view: one subkey per CSE GUID, below it numbered subkeys 0, 1, 2 ... per applied
 * GPO with the values below (GPPREF, GPREG; value names as seen on domain PCs).
 */
export const GP_HISTORY_KEY = 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Group Policy\\History';
export const GP_HISTORY_VALUES = {
  gpoName: 'GPOName',
  displayName: 'DisplayName',
  fileSysPath: 'FileSysPath',
} as const;

/**
 * The local policy's Registry.pol files, relative to %SystemRoot% (GPREG; the local GPO lives in
 * System32\GroupPolicy). Machine keys are relative to HKLM, User keys to HKCU.
 */
export const LOCAL_REGISTRY_POL = {
  machine: 'System32\\GroupPolicy\\Machine\\Registry.pol',
  user: 'System32\\GroupPolicy\\User\\Registry.pol',
} as const;

/**
 * The cached copy of a domain GPO's Preferences registry items, relative to %ProgramData%;
 * `{GPO}` is the GPO's GUID (GPOName in the History key). UNCONFIRMED that the Preferences CSE
 * always caches it there (GPPREF, GPREG): an absent file proves nothing.
 */
export const GPP_CACHED_REGISTRY_XML =
  'Microsoft\\Group Policy\\History\\{GPO}\\Machine\\Preferences\\Registry\\Registry.xml';

export function cachedRegistryXmlPath(programData: string, gpoName: string): string {
  const root = programData.replace(/\\+$/, '');
  return `${root}\\${GPP_CACHED_REGISTRY_XML.replace('{GPO}', gpoName)}`;
}

export type PolicyLocationId =
  | 'wininet.SecureProtocols.machinePolicy'
  | 'wininet.SecureProtocols.userPolicy'
  | 'cipherSuiteOrder.Functions'
  | 'cipherSuiteOrder.EccCurves';

/** A registry value set by a built-in ADMX policy that decides TLS. Policies keys are shared (WOW). */
export interface PolicyLocation {
  id: PolicyLocationId;
  hive: Hive;
  key: string;
  name: string;
  /** The types seen written there; a reader takes any and reports what it found. */
  types: readonly ('REG_DWORD' | 'REG_SZ' | 'REG_MULTI_SZ')[];
  source: string;
}

const WININET_POLICY = 'SOFTWARE\\Policies\\Microsoft\\Windows\\CurrentVersion\\Internet Settings';
const CIPHER_POLICY = 'SOFTWARE\\Policies\\Microsoft\\Cryptography\\Configuration\\SSL\\00010002';

export const POLICY_LOCATIONS: readonly PolicyLocation[] = [
  {
    id: 'wininet.SecureProtocols.machinePolicy',
    hive: 'HKLM',
    key: WININET_POLICY,
    name: 'SecureProtocols',
    types: ['REG_DWORD'],
    source: 'INETRES (machine); same location as catalogue entry wininet.SecureProtocols',
  },
  {
    id: 'wininet.SecureProtocols.userPolicy',
    hive: 'HKCU',
    key: WININET_POLICY,
    name: 'SecureProtocols',
    types: ['REG_DWORD'],
    source: 'INETRES (user); GPPREF, GPREG "machine and user"',
  },
  {
    id: 'cipherSuiteOrder.Functions',
    hive: 'HKLM',
    key: CIPHER_POLICY,
    name: 'Functions',
    // The ADMX "SSL Cipher Suite Order" writes REG_SZ, comma-separated; some tools REG_MULTI_SZ.
    types: ['REG_SZ', 'REG_MULTI_SZ'],
    source: 'SUITES; HC (the policy list takes precedence over the local list); ENC, SUITES, AFD',
  },
  {
    id: 'cipherSuiteOrder.EccCurves',
    hive: 'HKLM',
    key: CIPHER_POLICY,
    name: 'EccCurves',
    types: ['REG_MULTI_SZ'],
    // The ADMX setting's name ("ECC Curve Order", Windows 10 and later) is from memory: UNCONFIRMED.
    source: 'ENC, SUITES, AFD (REG_MULTI_SZ beside Functions; ECDHE needs NistP256 or NistP384)',
  },
];
