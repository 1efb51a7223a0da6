/**
 * Which catalogue entries and policy locations a policy record or a Preferences item touches.
 * Keys compare case-insensitively (the registry's rule). A key written as SOFTWARE\Wow6432Node\...
 * is the 32-bit view of SOFTWARE\...: Group Policy's client-side extensions run as 64-bit
 * processes on 64-bit Windows, so their HKLM\SOFTWARE is the 64-bit view and Wow6432Node the
 * 32-bit one (WOW docs "Registry keys affected by WOW64"; for the CSEs an inference, UNCONFIRMED).
 */
import { CATALOGUE } from '../../catalogue/catalogue.js';
import { POLICY_LOCATIONS, type PolicyLocationId } from '../../catalogue/policy-locations.js';
import type { Hive, View } from '../../registry/registry-port.js';

export type EvidenceTarget =
  | { kind: 'catalogue'; /** CATALOGUE[i].id */ id: string; view: View }
  | { kind: 'policy'; id: PolicyLocationId };

/**
 * What part of a key a record acts on: named values, every value of the key, or the key with
 * everything below it (a deleted key).
 */
export type TouchScope =
  { kind: 'values'; names: readonly string[] } | { kind: 'all-values' } | { kind: 'subtree' };

const WOW = 'software\\wow6432node\\';

function normalise(key: string): string {
  return key
    .replace(/\\+/g, '\\')
    .replace(/^\\|\\$/g, '')
    .toLowerCase();
}

function hits(scope: TouchScope, key: string, entryKey: string, entryName: string): boolean {
  const ek = entryKey.toLowerCase();
  switch (scope.kind) {
    case 'values':
      return ek === key && scope.names.some((n) => n.toLowerCase() === entryName.toLowerCase());
    case 'all-values':
      return ek === key;
    case 'subtree':
      return ek === key || ek.startsWith(`${key}\\`);
  }
}

/** The catalogue entries and policy locations a record on `hive\key` touches; [] for none. */
export function targetsOf(hive: Hive | 'other', key: string, scope: TouchScope): EvidenceTarget[] {
  if (hive === 'other') return [];
  const written = normalise(key);
  const wow32 = hive === 'HKLM' && written.startsWith(WOW);
  const native = wow32 ? `software\\${written.slice(WOW.length)}` : written;
  const out: EvidenceTarget[] = [];
  for (const entry of CATALOGUE) {
    if (entry.hive !== hive) continue;
    // A shared entry written through Wow6432Node is not matched: where such a write lands is UNCONFIRMED.
    if (wow32 && entry.views !== 'wow64') continue;
    if (!hits(scope, native, entry.key, entry.name)) continue;
    out.push({
      kind: 'catalogue',
      id: entry.id,
      view: entry.views === 'shared' ? 'shared' : wow32 ? '32' : '64',
    });
  }
  for (const location of POLICY_LOCATIONS) {
    if (location.hive === hive && !wow32 && hits(scope, native, location.key, location.name)) {
      out.push({ kind: 'policy', id: location.id });
    }
  }
  return out;
}
