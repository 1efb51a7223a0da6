import { CLIENT_PROFILES } from './client-profiles.js';
import type { MachineProfile } from './profile-builder.js';
import { READINESS_PROFILES } from './readiness-profiles.js';
import { REFUSED_PROFILES } from './refused-profiles.js';
import { SERVER_PROFILES } from './server-profiles.js';

export type { MachineProfile } from './profile-builder.js';

/**
 * The built-in Windows machines for simulation and tests: registry content and DLL versions.
 * Each holds what a fresh install of that Windows has (no DefaultSecureProtocols, no SChannel TLS
 * values, .NET 3.5 keys only where .NET 3.5 is installed), unless its label says it was updated.
 */
export const PROFILES: readonly MachineProfile[] = [
  ...CLIENT_PROFILES,
  ...SERVER_PROFILES,
  ...READINESS_PROFILES,
  ...REFUSED_PROFILES,
];

export function findProfile(id: string): MachineProfile | undefined {
  return PROFILES.find((p) => p.id === id);
}
