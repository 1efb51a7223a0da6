import { CATALOGUE } from '../catalogue/catalogue.js';
import { keyChain } from '../plan/views.js';
import type { Hive, RegistryPort, View } from '../registry/registry-port.js';
import { keyId, withValue, type KeyState, type RegistryState, type ValueState } from './registry-state.js';

export interface ValueLocation {
  entryId: string;
  hive: Hive;
  view: View;
  key: string;
  name: string;
}

/** Reads the current state of the given catalogue locations and of the keys leading to them. */
export function captureState(registry: RegistryPort, locations: readonly ValueLocation[]): RegistryState {
  const keys = new Map<string, KeyState>();
  const values: ValueState[] = [];
  for (const loc of locations) {
    const entry = CATALOGUE.find((e) => e.id === loc.entryId);
    if (!entry) throw new Error(`Not a catalogue entry: ${loc.entryId}`);
    for (const path of keyChain(entry)) {
      const k = { hive: loc.hive, view: loc.view, path };
      if (!keys.has(keyId(k))) keys.set(keyId(k), { ...k, existed: registry.keyExists(k) });
    }
    const keyLoc = { hive: loc.hive, view: loc.view, path: loc.key };
    const base: ValueState = {
      entryId: loc.entryId,
      hive: loc.hive,
      view: loc.view,
      key: loc.key,
      name: loc.name,
      keyExisted: registry.keyExists(keyLoc),
      valueExisted: false,
      type: null,
      data: null,
    };
    values.push(withValue(base, registry.readValue(keyLoc, loc.name)));
  }
  return { keys: [...keys.values()], values };
}
