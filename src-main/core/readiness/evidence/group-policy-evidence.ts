/**
 * The Group Policy evidence a PC holds offline that a catalogue value (or a TLS policy value) is
 * set back by policy: the History key of the Registry and Preferences CSEs, the local
 * Registry.pol files, the cached Preferences Registry.xml of each Preferences GPO, and the
 * current data of the policy locations. Data only: verdicts and messages are the caller's.
 * Facts and sources: catalogue/policy-locations.ts.
 */
import {
  cachedRegistryXmlPath,
  GP_CSE,
  GP_HISTORY_KEY,
  GP_HISTORY_VALUES,
  LOCAL_REGISTRY_POL,
  POLICY_LOCATIONS,
  type GpCse,
  type PolicyLocationId,
} from '../../catalogue/policy-locations.js';
import type { Hive, KeyLocation, RegistryPort, RegValue } from '../../registry/registry-port.js';
import type { EvidenceFileReader, EvidenceFileResult } from './evidence-files.js';
import { targetsOf, type EvidenceTarget, type TouchScope } from './evidence-targets.js';
import {
  GPP_LIMITS,
  parseGppRegistryXml,
  type GppProblem,
  type GppRegistryItem,
} from './gpp-registry-xml.js';
import { parsePreg, PREG_LIMITS, type PregAction, type PregProblem, type PregRecord } from './preg.js';

export type { EvidenceTarget } from './evidence-targets.js';

export interface HistoryGpo {
  cse: 'registry' | 'preferences';
  /** GPOName: the GPO's GUID for a domain GPO ("LocalGPO" for the local one); null when missing. */
  gpoName: string | null;
  displayName: string | null;
  fileSysPath: string | null;
  /** The History subkey, e.g. HKLM\SOFTWARE\...\History\{B087BE9D-...}\0 (64-bit view). */
  where: string;
}

export type EvidenceState = 'absent' | 'read' | 'unreadable' | 'corrupt';
export type FileProblem = Extract<EvidenceFileResult, { kind: 'unreadable' }>['problem'];

export interface PolRecordEvidence {
  /** The Registry.pol file the record is in. */
  where: string;
  /** Byte offset of the record in that file. */
  offset: number;
  hive: Hive;
  key: string;
  rawName: string;
  action: PregAction;
  names: string[];
  value: RegValue;
  targets: EvidenceTarget[];
}

export interface RegistryPolEvidence {
  state: EvidenceState;
  /** The file read. */
  where: string;
  problem?: FileProblem | PregProblem;
  /** For 'corrupt': where in the file; for 'unreadable': the reader's detail (an error code). */
  offset?: number;
  detail?: string;
  /** Only the records touching a catalogue entry or a policy location. */
  records: PolRecordEvidence[];
}

export interface GppItemEvidence extends GppRegistryItem {
  /** The Registry.xml file the item is in. */
  where: string;
  targets: EvidenceTarget[];
}

export interface PreferencesEvidence {
  gpoName: string | null;
  displayName: string | null;
  /** The cached Registry.xml looked for ('' when the GPO name is not a GUID: no path is built). */
  where: string;
  state: EvidenceState;
  problem?: FileProblem | GppProblem | 'not-a-gpo-guid';
  detail?: string;
  /** Only the items touching a catalogue entry or a policy location (disabled ones included, flagged). */
  items: GppItemEvidence[];
}

export interface PolicyValueEvidence {
  id: PolicyLocationId;
  location: KeyLocation;
  name: string;
  /** hive\key\name */
  where: string;
  value: RegValue | null;
}

export interface GroupPolicyEvidence {
  history: HistoryGpo[];
  /** %SystemRoot%\System32\GroupPolicy\Machine\Registry.pol (keys relative to HKLM). */
  registryPol: RegistryPolEvidence;
  /** ...\User\Registry.pol (keys relative to HKCU, for every user). */
  userRegistryPol: RegistryPolEvidence;
  preferences: PreferencesEvidence[];
  policyValues: PolicyValueEvidence[];
}

export interface EvidencePaths {
  /** %SystemRoot%, e.g. C:\Windows (from the registry, not the environment). */
  systemRoot: string;
  /** %ProgramData%, e.g. C:\ProgramData. */
  programData: string;
  /**
   * The folder to read System32 through; default systemRoot\System32. A 32-bit process on
   * 64-bit Windows passes systemRoot\Sysnative (file system redirection would show SysWOW64).
   */
  system32?: string;
}

/** Most GPOs read per CSE: far above any real domain, and bounds a hostile History key. */
const MAX_HISTORY_GPOS = 1000;
const GPO_GUID = /^\{[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\}$/;

const text = (value: RegValue | null): string | null =>
  value?.type === 'REG_SZ' || value?.type === 'REG_EXPAND_SZ' ? value.data : null;

function readHistory(reg: RegistryPort): HistoryGpo[] {
  const out: HistoryGpo[] = [];
  for (const cse of ['registry', 'preferences'] as GpCse[]) {
    const cseKey = `${GP_HISTORY_KEY}\\${GP_CSE[cse]}`;
    const numbered = reg
      .listSubkeys({ hive: 'HKLM', view: '64', path: cseKey })
      .filter((n) => /^\d{1,6}$/.test(n))
      .sort((a, b) => Number(a) - Number(b))
      .slice(0, MAX_HISTORY_GPOS);
    for (const n of numbered) {
      const key: KeyLocation = { hive: 'HKLM', view: '64', path: `${cseKey}\\${n}` };
      out.push({
        cse,
        gpoName: text(reg.readValue(key, GP_HISTORY_VALUES.gpoName)),
        displayName: text(reg.readValue(key, GP_HISTORY_VALUES.displayName)),
        fileSysPath: text(reg.readValue(key, GP_HISTORY_VALUES.fileSysPath)),
        where: `HKLM\\${key.path}`,
      });
    }
  }
  return out;
}

function unique<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = keyOf(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What a PReg record touches (GPREG special values: see preg.ts). */
function recordTargets(hive: Hive, record: PregRecord): EvidenceTarget[] {
  switch (record.action) {
    case 'secure-key':
      // Sets the key's security only: no value changes.
      return [];
    case 'delete-all-values':
      return targetsOf(hive, record.key, { kind: 'all-values' });
    case 'delete-keys': {
      // The listed subkeys of the record's key go, each with everything below it.
      const all = record.names.flatMap((sub) =>
        targetsOf(hive, `${record.key}\\${sub}`, { kind: 'subtree' }),
      );
      return unique(all, (t) => JSON.stringify(t));
    }
    default:
      return targetsOf(hive, record.key, { kind: 'values', names: record.names });
  }
}

function readRegistryPol(files: EvidenceFileReader, file: string, hive: Hive): RegistryPolEvidence {
  const found = files.read(file, PREG_LIMITS.maxBytes);
  if (found.kind === 'absent') return { state: 'absent', where: file, records: [] };
  if (found.kind === 'unreadable') {
    return { state: 'unreadable', where: file, problem: found.problem, detail: found.detail, records: [] };
  }
  const parsed = parsePreg(found.bytes);
  if (!parsed.ok) {
    return { state: 'corrupt', where: file, problem: parsed.problem, offset: parsed.offset, records: [] };
  }
  const records = parsed.records.flatMap((r): PolRecordEvidence[] => {
    const targets = recordTargets(hive, r);
    if (targets.length === 0) return [];
    const { offset, key, rawName, action, names, value } = r;
    return [{ where: file, offset, hive, key, rawName, action, names, value, targets }];
  });
  return { state: 'read', where: file, records };
}

function itemScope(item: GppRegistryItem): TouchScope {
  // A delete without a value name (and not of the default value) deletes the key itself.
  if (item.action === 'delete' && item.name === '' && !item.isDefault) return { kind: 'subtree' };
  return { kind: 'values', names: [item.name] };
}

function readPreferences(
  files: EvidenceFileReader,
  programData: string,
  gpo: HistoryGpo,
): PreferencesEvidence {
  const { gpoName, displayName } = gpo;
  // GPOName comes from the registry: only a GUID is put into a path (no "..", no separators).
  if (gpoName === null || !GPO_GUID.test(gpoName)) {
    return { gpoName, displayName, where: '', state: 'unreadable', problem: 'not-a-gpo-guid', items: [] };
  }
  const where = cachedRegistryXmlPath(programData, gpoName);
  const found = files.read(where, GPP_LIMITS.maxBytes);
  if (found.kind === 'absent') return { gpoName, displayName, where, state: 'absent', items: [] };
  if (found.kind === 'unreadable') {
    const { problem, detail } = found;
    return { gpoName, displayName, where, state: 'unreadable', problem, detail, items: [] };
  }
  const parsed = parseGppRegistryXml(found.bytes);
  if (!parsed.ok)
    return { gpoName, displayName, where, state: 'corrupt', problem: parsed.problem, items: [] };
  const items = parsed.items.flatMap((item): GppItemEvidence[] => {
    const targets = targetsOf(item.hive, item.key, itemScope(item));
    return targets.length === 0 ? [] : [{ ...item, where, targets }];
  });
  return { gpoName, displayName, where, state: 'read', items };
}

function readPolicyValues(reg: RegistryPort): PolicyValueEvidence[] {
  return POLICY_LOCATIONS.map((p) => {
    // HKLM\SOFTWARE\Policies is one key for both views (WOW shared keys).
    const location: KeyLocation = { hive: p.hive, view: 'shared', path: p.key };
    const where = `${p.hive}\\${p.key}\\${p.name}`;
    return { id: p.id, location, name: p.name, where, value: reg.readValue(location, p.name) };
  });
}

/** Reads every piece of Group Policy evidence; never throws for missing or damaged files. */
export function readGroupPolicyEvidence(
  reg: RegistryPort,
  files: EvidenceFileReader,
  paths: EvidencePaths,
): GroupPolicyEvidence {
  const root = paths.systemRoot.replace(/\\+$/, '');
  const system32 = (paths.system32 ?? `${root}\\System32`).replace(/\\+$/, '');
  // LOCAL_REGISTRY_POL is relative to %SystemRoot% and starts with System32\.
  const polPath = (relative: string) => `${system32}\\${relative.slice('System32\\'.length)}`;
  const history = readHistory(reg);
  // One GPO may be listed more than once (linked twice): its cached file is read once.
  const preferences = unique(
    history.filter((g) => g.cse === 'preferences'),
    (g) => (g.gpoName ?? g.where).toLowerCase(),
  ).map((g) => readPreferences(files, paths.programData, g));
  return {
    history,
    registryPol: readRegistryPol(files, polPath(LOCAL_REGISTRY_POL.machine), 'HKLM'),
    userRegistryPol: readRegistryPol(files, polPath(LOCAL_REGISTRY_POL.user), 'HKCU'),
    preferences,
    policyValues: readPolicyValues(reg),
  };
}
