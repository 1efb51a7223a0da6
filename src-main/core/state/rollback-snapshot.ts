import type { RegistryPort } from '../registry/registry-port.js';
import { captureState } from './capture-state.js';
import { keyId, type RegistryState } from './registry-state.js';

/**
 * The safety snapshot taken before writing `target`: every value it names, every key leading to
 * them, and every key of its key list, including keys named only there (a keys-only document).
 * A failure half-way restores and verifies exactly this, so "put back as it was" stays true.
 */
export function snapshotFor(registry: RegistryPort, target: RegistryState): RegistryState {
  const before = captureState(registry, target.values);
  const seen = new Set(before.keys.map(keyId));
  for (const k of target.keys) {
    if (seen.has(keyId(k))) continue;
    seen.add(keyId(k));
    before.keys.push({ hive: k.hive, view: k.view, path: k.path, existed: registry.keyExists(k) });
  }
  return before;
}
