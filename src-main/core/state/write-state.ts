import { sameValue, type KeyLocation, type RegistryPort } from '../registry/registry-port.js';
import { keyId, valueOf, type RegistryState } from './registry-state.js';

export type { Step, StepKind } from '../../../src-shared/operation-types.js';
import type { Step } from '../../../src-shared/operation-types.js';

const depth = (path: string): number => path.split('\\').length;

/**
 * Makes the registry match `target` at its locations, touching only what differs. Keys that
 * should not exist are removed only when empty: a key that gained other values is kept.
 * Calls onStep after each completed write, so that a caller knows exactly what was done.
 */
export function writeState(
  registry: RegistryPort,
  target: RegistryState,
  onStep: (step: Step) => void = () => undefined,
): { keptKeys: KeyLocation[] } {
  const ensureKey = (key: KeyLocation): void => {
    if (!registry.keyExists(key)) {
      registry.createKey(key);
      onStep({ kind: 'create-key', key });
    }
  };
  for (const k of [...target.keys].sort((a, b) => depth(a.path) - depth(b.path))) {
    if (k.existed) ensureKey(k);
  }
  for (const v of target.values) {
    const key: KeyLocation = { hive: v.hive, view: v.view, path: v.key };
    const want = valueOf(v);
    const have = registry.readValue(key, v.name);
    if (sameValue(have, want)) continue;
    if (want === null) {
      registry.deleteValue(key, v.name);
      onStep({ kind: 'delete-value', key, name: v.name });
    } else {
      ensureKey(key);
      registry.setValue(key, v.name, want);
      onStep({ kind: 'set-value', key, name: v.name });
    }
  }
  const keptKeys: KeyLocation[] = [];
  for (const k of [...target.keys].sort((a, b) => depth(b.path) - depth(a.path))) {
    if (k.existed || !registry.keyExists(k)) continue;
    if (registry.listValueNames(k).length > 0 || registry.listSubkeys(k).length > 0) {
      keptKeys.push(k);
      continue;
    }
    registry.deleteEmptyKey(k);
    onStep({ kind: 'delete-key', key: k });
  }
  return { keptKeys };
}

/** What differs between the registry and `target`, as sentences; [] when it matches. */
export function verifyState(
  registry: RegistryPort,
  target: RegistryState,
  keptKeys: KeyLocation[] = [],
): string[] {
  const problems: string[] = [];
  for (const v of target.values) {
    const key: KeyLocation = { hive: v.hive, view: v.view, path: v.key };
    const want = valueOf(v);
    const have = registry.readValue(key, v.name);
    if (!sameValue(have, want)) {
      problems.push(
        `${v.hive}\\${v.key} "${v.name}" (${v.view}) reads back ${JSON.stringify(have)}, expected ${JSON.stringify(want)}`,
      );
    }
  }
  const kept = new Set(keptKeys.map(keyId));
  for (const k of target.keys) {
    const exists = registry.keyExists(k);
    if (k.existed && !exists) problems.push(`key ${k.hive}\\${k.path} (${k.view}) is missing`);
    if (!k.existed && exists && !kept.has(keyId(k))) {
      problems.push(`key ${k.hive}\\${k.path} (${k.view}) still exists`);
    }
  }
  return problems;
}
