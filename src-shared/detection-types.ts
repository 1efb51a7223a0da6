/**
 * What detection finds out about a computer: the Windows it runs, KB 3140245, .NET, Internet
 * Explorer. Types (and the list of Windows families) shared by the core, the IPC contract and the
 * renderer.
 */

import type { Msg } from './messages/messages.js';

/** The Windows versions the tool knows (their facts are in src-main/core/catalogue/windows-families.ts). */
export const OS_FAMILIES = [
  'win7',
  'win8',
  'win81',
  'win10',
  'win11',
  'server2008r2',
  'server2012',
  'server2012r2',
  'server2016',
  'server2019',
  'server2022',
  'server2025',
] as const;
export type OsFamily = (typeof OS_FAMILIES)[number];

export type Architecture = 'x64' | 'x86' | 'arm64';

/** Where the architecture came from: the registry's PROCESSOR_ARCHITECTURE, or a second signal. */
export type ArchitectureSource = 'registry' | 'process' | 'wow64-view';

/** What the tool knows about the Windows it runs on, read from the registry. */
export interface OsInfo {
  /** null when the Windows is not one the tool supports; see `unsupportedMsg`. */
  family: OsFamily | null;
  /** "Windows 7 SP1 (64-bit)", by code: each surface names it in its language. */
  displayNameMsg: Extract<Msg, { code: 'os.name' }>;
  productName: string;
  edition: string;
  /** "6.1", "10.0". */
  version: string;
  build: number;
  /** Update build revision (Windows 10 and later), else null. */
  ubr: number | null;
  servicePack: number;
  installationType: string;
  server: boolean;
  /** Windows 10 / 11 Enterprise multi-session (Azure Virtual Desktop): a client with a server ProductType. */
  multiSession: boolean;
  architecture: Architecture;
  architectureSource: ArchitectureSource;
  is64Bit: boolean;
  computerName: string;
  unsupportedMsg: Msg | null;
}

/**
 * present: the files are at or above a confirmed threshold; probably-present: at or above a
 * threshold that is not confirmed against the KB's file table (the evidence is shown);
 * missing: below it.
 */
export type KbState = 'not-needed' | 'present' | 'probably-present' | 'missing';

export interface FileEvidence {
  file: string;
  path: string;
  version: string | null;
  minimum: string;
  ok: boolean;
}

export interface KbStatus {
  kb: 'KB3140245';
  needed: boolean;
  state: KbState;
  /** Primary evidence: winhttp.dll and webio.dll file versions. */
  files: FileEvidence[];
  /** Secondary evidence: servicing package keys that name the KB (often absent once superseded). */
  servicingPackages: string[];
  /** The .msu file name for this OS and architecture, when the KB is needed. */
  msuFile: string | null;
  msg: Msg;
}

export interface Detection {
  os: OsInfo;
  kb3140245: KbStatus;
  dotNet: string[];
  /** Internet Explorer's major version, null when unknown (WinINet's defaults follow it). */
  internetExplorer: number | null;
  elevated: boolean;
  registryAdapter: string;
  simulatedProfile: string | null;
}
