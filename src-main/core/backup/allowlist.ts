import { CATALOGUE, type CatalogueEntry } from '../catalogue/catalogue.js';
import { keyChain, viewsFor } from '../plan/views.js';
import type { Hive, View } from '../registry/registry-port.js';

export interface AllowedValue {
  entry: CatalogueEntry;
  view: View;
}

export interface Allowlist {
  value(hive: string, view: string, key: string, name: string): AllowedValue | undefined;
  /** The catalogue's spelling of a key the tool may create or remove, or undefined. */
  key(hive: string, view: string, path: string): string | undefined;
}

const id = (...parts: string[]): string => parts.map((p) => p.toLowerCase()).join('|');

/**
 * The only locations a backup, a journal or a plan may ever write, for this Windows: the
 * catalogue's values in the views that apply, and the keys leading to them. Matching is exact
 * (case-insensitive, as the registry is): no normalising of "..", slashes or spaces.
 */
export function buildAllowlist(is64BitOs: boolean): Allowlist {
  const values = new Map<string, AllowedValue>();
  const keys = new Map<string, string>();
  for (const entry of CATALOGUE) {
    for (const view of viewsFor(entry, is64BitOs)) {
      values.set(id(entry.hive, view, entry.key, entry.name), { entry, view });
      for (const path of keyChain(entry)) keys.set(id(entry.hive, view, path), path);
    }
  }
  return {
    value: (hive, view, key, name) => values.get(id(hive, view, key, name)),
    key: (hive, view, path) => keys.get(id(hive, view, path)),
  };
}

export type { Hive, View };
