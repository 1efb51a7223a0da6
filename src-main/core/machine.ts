import type { SystemFileReader } from './detect/kb3140245.js';
import type { EvidenceFileReader } from './readiness/evidence/evidence-files.js';
import type { Architecture } from './detect/os-info.js';
import type { RegistryPort } from './registry/registry-port.js';

/** Everything the core needs from the computer it works on: real, or a simulated profile. */
export interface Machine {
  registry: RegistryPort;
  files: SystemFileReader;
  /** True when the process may write HKLM (elevated, or a simulated elevated profile). */
  isElevated(): boolean;
  /** Set when this is a simulation: the profile id. Nothing on the real computer is changed. */
  simulatedProfile: string | null;
  /** The Windows folder, from the registry (never from the user-controlled environment). */
  systemRoot: string;
  /** The computer name from the OS, used when the registry does not have it. */
  hostname: string;
  /**
   * What the running process proves about the OS architecture (a 64-bit process, or a 32-bit one
   * under WOW64), for when the registry does not say; null or absent when it proves nothing.
   */
  architectureHint?: Architecture | null;
  /**
   * Reads the machine's state again (a simulated machine's registry file); called right after the
   * operation lock is taken, so that a change plans from what is there while nobody else writes.
   */
  refresh?(): void;
  /** When Windows last started (a shut down with Fast Startup does not count); null: cannot tell. */
  bootTime?(): Date | null;
  /** Files read as evidence (Registry.pol, cached Preferences), never written; absent: none readable. */
  evidenceFiles?: EvidenceFileReader;
  /** %ProgramData%, from the OS (cached Group Policy Preferences live below it). */
  programData?: string;
}
