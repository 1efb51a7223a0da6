import { CATALOGUE, type CatalogueEntry } from '../catalogue/catalogue.js';
import { keyChain, viewsFor } from '../plan/views.js';
import type { Hive, View } from '../registry/registry-port.js';
import { canonicalName } from '../names/canonical-name.js';

export interface AllowedValue {
  entry: CatalogueEntry;
  view: View;
}

export interface AllowedKey {
  hive: Hive;
  view: View;
  path: string;
}

export interface Allowlist {
  value(hive: string, view: string, key: string, name: string): AllowedValue | undefined;
  /** The catalogue's spelling of a key the tool may create or remove, or undefined. */
  key(hive: string, view: string, path: string): AllowedKey | undefined;
}

// '|' never occurs in a catalogue name, and every part is compared in the canonical form.
const id = (...parts: string[]): string => parts.map(canonicalName).join('|');

/**
 * The only locations a backup, a journal or a plan may ever write, for this Windows: the
 * catalogue's values in the views that apply, and the keys leading to them. Matching is exact
 * up to the letter case of ASCII letters (canonicalName): no normalising of "..", slashes,
 * spaces or Unicode look-alikes.
 */
export function buildAllowlist(is64BitOs: boolean): Allowlist {
  const values = new Map<string, AllowedValue>();
  const keys = new Map<string, AllowedKey>();
  for (const entry of CATALOGUE) {
    for (const view of viewsFor(entry, is64BitOs)) {
      values.set(id(entry.hive, view, entry.key, entry.name), { entry, view });
      for (const path of keyChain(entry))
        keys.set(id(entry.hive, view, path), { hive: entry.hive, view, path });
    }
  }
  return {
    value: (hive, view, key, name) => values.get(id(hive, view, key, name)),
    key: (hive, view, path) => keys.get(id(hive, view, path)),
  };
}

export type { Hive, View };
