import type { CatalogueEntry } from '../catalogue/catalogue.js';
import type { View } from '../registry/registry-port.js';

/**
 * The views an entry is written in, from its catalogue row: HKLM\SOFTWARE keys ('wow64') in both
 * WOW64 views on 64-bit Windows (32-bit apps read the 32-bit one), once on 32-bit Windows; shared
 * keys once.
 */
export function viewsFor(entry: CatalogueEntry, is64BitOs: boolean): View[] {
  if (entry.views === 'shared') return ['shared'];
  return softwareViews(is64BitOs);
}

/** The views of HKLM\SOFTWARE: both on 64-bit Windows, the one view on 32-bit Windows. */
export function softwareViews(is64BitOs: boolean): View[] {
  return is64BitOs ? ['64', '32'] : ['32'];
}

/** The keys between the entry's anchor (exclusive) and its key (inclusive), outermost first. */
export function keyChain(entry: CatalogueEntry): string[] {
  const rest = entry.key.slice(entry.anchor.length + 1).split('\\');
  return rest.map((_, i) => `${entry.anchor}\\${rest.slice(0, i + 1).join('\\')}`);
}
