import type { OsFamily } from '../catalogue/windows-families.js';

export type Architecture = 'x64' | 'x86' | 'arm64';

/** Where the architecture came from: the registry's PROCESSOR_ARCHITECTURE, or a second signal. */
export type ArchitectureSource = 'registry' | 'process' | 'wow64-view';

/** What the tool knows about the Windows it runs on, read from the registry. */
export interface OsInfo {
  /** null when the Windows is not one the tool supports; see `unsupportedReason`. */
  family: OsFamily | null;
  /** "Windows 7 SP1 (64-bit)", "Windows Server 2012 R2 (64-bit)". */
  displayName: string;
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
  unsupportedReason: string | null;
}
