/**
 * The Group Policy evidence reduced to the model's facts: which policy records and Preferences
 * items put a catalogue value back to something without TLS 1.2, and which GPOs' content could
 * not be read. The tool never "fixes" a policy value: it names the GPO.
 */
import {
  CATALOGUE,
  needHere,
  onlyWithProtocolOf,
  requiredWhenOf,
  switchesTls12Off,
  type CatalogueEntry,
} from '../../catalogue/catalogue.js';
import type { Detection } from '../../detect/detect.js';
import { dwordOf } from '../../registry/dword-of.js';
import { formatValue, type RegValue, type View } from '../../registry/registry-port.js';
import type { EvidenceTarget, GroupPolicyEvidence, HistoryGpo } from '../evidence/group-policy-evidence.js';
import type { PolicyConflict, PolicyFacts } from '../readiness-input.js';

const DELETES = new Set(['delete-value', 'delete-values', 'delete-all-values', 'delete-keys']);

/** Does this data, written at the entry's location, still give TLS 1.2 there? */
export function keepsTls12(entry: CatalogueEntry, value: RegValue): boolean {
  const dword = dwordOf(value);
  if (dword === null) return false; // not a DWORD Windows can use: the value counts as wrong
  const rule = requiredWhenOf(entry);
  if (rule) return !switchesTls12Off(rule, dword);
  return entry.desired.kind === 'dword' && dword === entry.desired.data;
}

const viewText = (view: View) => (view === 'shared' ? '' : ` (${view}-bit view)`);

function catalogueTargets(targets: EvidenceTarget[], d: Detection) {
  const out: { entry: CatalogueEntry; view: View }[] = [];
  for (const t of targets) {
    if (t.kind !== 'catalogue') continue;
    const entry = CATALOGUE.find((e) => e.id === t.id);
    // TLS 1.1 values do not decide TLS 1.2; a view this Windows does not have is not read by anyone.
    if (!entry || onlyWithProtocolOf(entry) !== null || (!d.os.is64Bit && t.view === '64')) continue;
    out.push({ entry, view: t.view });
  }
  return out;
}

/** A conflict, or null when the record keeps TLS 1.2 (or deletes a value this Windows does not need). */
function conflictOf(
  d: Detection,
  entry: CatalogueEntry,
  view: View,
  action: string,
  value: RegValue | null,
): Pick<PolicyConflict, 'entryId' | 'value' | 'sets'> | null {
  const location = `${entry.hive}\\${entry.key}\\${entry.name}${viewText(view)}`;
  if (DELETES.has(action)) {
    if (d.os.family === null || needHere(entry, d.os.family, d.dotNet) !== 'required') return null;
    return { entryId: entry.id, value: location, sets: 'deleted' };
  }
  if (value === null || keepsTls12(entry, value)) return null;
  return { entryId: entry.id, value: location, sets: formatValue(value) };
}

const gpoOf = (g: { gpoName: string | null; displayName: string | null }) =>
  g.gpoName === null && g.displayName === null ? null : { id: g.gpoName ?? '', name: g.displayName };

export function policyFacts(e: GroupPolicyEvidence, d: Detection): PolicyFacts {
  const conflicts: PolicyConflict[] = [];
  const unreadable: PolicyFacts['unreadable'] = [];
  for (const r of e.registryPol.records) {
    for (const { entry, view } of catalogueTargets(r.targets, d)) {
      const c = conflictOf(
        d,
        entry,
        view,
        r.action,
        r.action === 'set' || r.action === 'soft-set' ? r.value : null,
      );
      if (c)
        conflicts.push({ ...c, gpo: null, where: `${r.where} (offset ${r.offset})`, kind: 'registry-pol' });
    }
  }
  if (e.registryPol.state === 'unreadable' || e.registryPol.state === 'corrupt') {
    unreadable.push({ id: 'Local Group Policy', name: null, where: e.registryPol.where });
  }
  for (const p of e.preferences) {
    if (p.state !== 'read') {
      if (p.state !== 'absent' || p.gpoName !== null) {
        unreadable.push({ id: p.gpoName ?? '?', name: p.displayName, where: p.where });
      }
      continue;
    }
    for (const item of p.items) {
      if (item.disabled) continue;
      for (const { entry, view } of catalogueTargets(item.targets, d)) {
        const c = conflictOf(d, entry, view, item.action === 'delete' ? 'delete-value' : 'set', item.value);
        if (c) conflicts.push({ ...c, gpo: gpoOf(p), where: p.where, kind: 'preferences' });
      }
    }
  }
  const registryGpos = e.history.filter((h: HistoryGpo) => h.cse === 'registry');
  for (const v of e.policyValues) {
    const entry = CATALOGUE.find(
      (c) =>
        c.hive === v.location.hive &&
        c.key.toLowerCase() === v.location.path.toLowerCase() &&
        c.name === v.name,
    );
    // A policy value without TLS 1.2 is Group Policy's when a Registry policy GPO applies here; the
    // tool's own WinINet policy value always has TLS 1.2, so it is never taken for a conflict.
    if (!entry || v.value === null || keepsTls12(entry, v.value) || registryGpos.length === 0) continue;
    const owner = registryGpos[0];
    conflicts.push({
      entryId: entry.id,
      value: `${entry.hive}\\${entry.key}\\${entry.name}`,
      sets: formatValue(v.value),
      gpo: registryGpos.length === 1 && owner ? gpoOf(owner) : null,
      where: v.where,
      kind: 'policy-value',
    });
  }
  return { conflicts, unreadable };
}
