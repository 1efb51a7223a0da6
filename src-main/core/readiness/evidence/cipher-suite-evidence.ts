/**
 * The effective TLS 1.2 cipher suite list of this Windows as the registry alone tells it, and
 * what it has in common with Microsoft 365 and Azure Front Door. Structured data only: the
 * readiness model turns it into verdicts and messages.
 *
 * The list (ENC, SUITES, AFD, HC, ADO): the policy Functions if present, else the local Functions,
 * else the family's default. A value of a type Windows would not read as a list makes the list
 * `unknown`: every suite of the default is then at best `unknown`, never silently `on`.
 *
 * SCHANNEL `Enabled` under KeyExchangeAlgorithms\, Ciphers\, Hashes\: absent or 0xFFFFFFFF leaves
 * a suite on, 0 switches it off, and anything else makes it `unknown`. The sources disagree on the
 * other values: ADO treats any present value other than 0xFFFFFFFF as disabled, while the Windows
 * Server "TLS registry settings" page (SRV) documents 0xFFFFFFFF as the value that enables and the
 * protocol keys treat any non-zero as enabled. So 1, 5, ... are `unknown` (cannot tell), never `on`
 * and never `off`; a value that is not a DWORD is `unknown` too.
 */
import {
  AFD_DHE_RETIREMENT,
  AFD_TLS12_2022,
  AFD_TLS12_2023,
  CIPHER_FAMILY_FACTS,
  CIPHER_SUITE_KEYS,
  CURVE_ECC_NAMES,
  ECDHE_NEEDS_ONE_OF,
  M365_TLS12,
  splitCurve,
  suiteParts,
  type Curve,
  type FamilyCipherSuites,
  type SuiteParts,
  type SuiteSet,
} from '../../catalogue/cipher-suites.js';
import type { OsFamily } from '../../../../src-shared/detection-types.js';
import { dwordOf } from '../../registry/dword-of.js';
import {
  describeKey,
  formatValue,
  type KeyLocation,
  type RegValue,
  type RegistryPort,
} from '../../registry/registry-port.js';

export type SuiteState = 'on' | 'off' | 'unknown';
export type ListSource = 'policy' | 'local' | 'default' | 'unknown';

/** A registry value (or the list) that shaped a result: its location and what was there. */
export interface Found {
  where: string;
  found: string;
}

export interface SuiteEvidence {
  /** As listed (policy, local list or the family default). */
  name: string;
  /** Without _P256 / _P384 / _P521. */
  base: string;
  curve: Curve | null;
  /** null for a name the token tables do not cover (then `unknown`). */
  parts: SuiteParts | null;
  state: SuiteState;
  why: Found[];
}

/** Base names of a Microsoft set that this Windows offers (`on`) or may offer (`unknown`). */
export interface SuiteOverlap {
  on: string[];
  unknown: string[];
}

export interface CipherSuiteEvidence {
  family: OsFamily;
  source: ListSource;
  /** key\value of the list read, or 'default'. */
  where: string;
  /** The updates the default assumes installed ([] unless source is 'default' or 'unknown'). */
  assumesUpdates: string[];
  /** False for a default list not confirmed for every build, and for an unreadable list. */
  listConfirmed: boolean;
  suites: SuiteEvidence[];
  m365: SuiteOverlap;
  afd2023: SuiteOverlap;
  afd2022: SuiteOverlap;
  /** False from AFD_DHE_RETIREMENT.date on: DHE suites then count for no AFD set. */
  dheCountsForAfd: boolean;
  notes: Found[];
}

const shared = (path: string): KeyLocation => ({ hive: 'HKLM', view: 'shared', path });
const whereOf = (key: KeyLocation, name: string): string => `${describeKey(key)}\\${name}`;
const ENABLED_ALWAYS = 0xffffffff;

/** Trimmed, non-empty entries of a REG_SZ comma list or a REG_MULTI_SZ; null for anything else. */
function listOf(value: RegValue): string[] | null {
  const raw =
    value.type === 'REG_SZ' ? value.data.split(',') : value.type === 'REG_MULTI_SZ' ? value.data : null;
  const entries = raw?.map((s) => s.trim()).filter((s) => s !== '') ?? null;
  // An empty list is not read as "no suites": what Windows does with it is not documented.
  return entries && entries.length > 0 ? entries : null;
}

interface ListRead {
  source: ListSource;
  where: string;
  names: string[];
  /** The unreadable value, when source is 'unknown'. */
  unreadable: Found | null;
}

function readList(reg: RegistryPort, facts: FamilyCipherSuites, notes: Map<string, Found>): ListRead {
  const places: [ListSource, string][] = [
    ['policy', CIPHER_SUITE_KEYS.policy],
    ['local', CIPHER_SUITE_KEYS.local],
  ];
  for (const [source, path] of places) {
    const key = shared(path);
    const value = reg.readValue(key, CIPHER_SUITE_KEYS.functions);
    if (value === null) continue;
    const where = whereOf(key, CIPHER_SUITE_KEYS.functions);
    const found = { where, found: formatValue(value) };
    notes.set(where, found);
    const names = listOf(value);
    if (names) return { source, where, names, unreadable: null };
    return { source: 'unknown', where, names: facts.suites, unreadable: found };
  }
  return { source: 'default', where: 'default', names: facts.suites, unreadable: null };
}

/** The verdict of one SCHANNEL Enabled value; `effectConfirmed` false turns `off` into `unknown`. */
function partState(value: RegValue | null, effectConfirmed: boolean): SuiteState {
  if (value === null) return 'on';
  const dword = dwordOf(value);
  if (dword === ENABLED_ALWAYS) return 'on';
  if (dword === 0) return effectConfirmed ? 'off' : 'unknown';
  return 'unknown';
}

function worst(a: SuiteState, b: SuiteState): SuiteState {
  if (a === 'off' || b === 'off') return 'off';
  return a === 'unknown' || b === 'unknown' ? 'unknown' : 'on';
}

interface Judged {
  state: SuiteState;
  why: Found[];
}

/** The policy EccCurves as it acts on ECDHE suites: null where absent or not honoured. */
function readCurves(reg: RegistryPort, facts: FamilyCipherSuites, notes: Map<string, Found>) {
  const key = shared(CIPHER_SUITE_KEYS.policy);
  const value = reg.readValue(key, CIPHER_SUITE_KEYS.eccCurves);
  if (value === null) return null;
  const found = { where: whereOf(key, CIPHER_SUITE_KEYS.eccCurves), found: formatValue(value) };
  notes.set(found.where, found);
  if (!facts.honoursEccCurves) return null;
  const curves = value.type === 'REG_MULTI_SZ' ? listOf(value) : null;
  return { found, curves: curves?.map((c) => c.toLowerCase()) ?? null };
}

export function readCipherSuites(reg: RegistryPort, family: OsFamily, now: Date): CipherSuiteEvidence {
  const facts = CIPHER_FAMILY_FACTS[family];
  const notes = new Map<string, Found>();
  const list = readList(reg, facts, notes);
  const ecc = readCurves(reg, facts, notes);

  const enabledAt = (path: string, effectConfirmed: boolean): Judged => {
    const key = shared(path);
    const value = reg.readValue(key, CIPHER_SUITE_KEYS.enabled);
    if (value === null) return { state: 'on', why: [] };
    const found = { where: whereOf(key, CIPHER_SUITE_KEYS.enabled), found: formatValue(value) };
    notes.set(found.where, found);
    return { state: partState(value, effectConfirmed), why: [found] };
  };

  const curveState = (curve: Curve | null): SuiteState => {
    if (!ecc) return 'on';
    if (!ecc.curves) return 'unknown';
    const has = (name: string): boolean => ecc.curves?.includes(name.toLowerCase()) ?? false;
    if (!ECDHE_NEEDS_ONE_OF.some(has)) return 'off';
    return curve && !has(CURVE_ECC_NAMES[curve]) ? 'off' : 'on';
  };

  const judge = (name: string, curve: Curve | null, parts: SuiteParts | null): Judged => {
    if (!parts) return { state: 'unknown', why: [{ where: 'suite-name', found: name }] };
    const checks = [
      enabledAt(CIPHER_SUITE_KEYS.keyExchange(parts.keyExchange), true),
      enabledAt(CIPHER_SUITE_KEYS.cipher(parts.cipher), facts.cipherHashKeysConfirmed),
      enabledAt(CIPHER_SUITE_KEYS.hash(parts.hash), facts.cipherHashKeysConfirmed),
    ];
    if (ecc && parts.keyExchange === 'ECDH') checks.push({ state: curveState(curve), why: [ecc.found] });
    if (list.unreadable) checks.push({ state: 'unknown', why: [list.unreadable] });
    return {
      state: checks.reduce<SuiteState>((acc, c) => worst(acc, c.state), 'on'),
      why: checks.flatMap((c) => c.why),
    };
  };

  const suites: SuiteEvidence[] = list.names.map((name) => {
    const { base, curve } = splitCurve(name);
    const parts = suiteParts(name);
    return { name, base, curve, parts, ...judge(name, curve, parts) };
  });

  const dheCountsForAfd = now.getTime() < Date.parse(`${AFD_DHE_RETIREMENT.date}T00:00:00Z`);
  const overlap = (set: SuiteSet, dheCounts: boolean): SuiteOverlap => {
    const out: SuiteOverlap = { on: [], unknown: [] };
    for (const base of set.suites) {
      if (!dheCounts && suiteParts(base)?.keyExchange === 'Diffie-Hellman') continue;
      const states = suites.filter((s) => s.base.toUpperCase() === base.toUpperCase()).map((s) => s.state);
      if (states.includes('on')) out.on.push(base);
      else if (states.includes('unknown')) out.unknown.push(base);
    }
    return out;
  };

  const fromDefault = list.source === 'default' || list.source === 'unknown';
  return {
    family,
    source: list.source,
    where: list.where,
    assumesUpdates: fromDefault ? facts.assumesUpdates : [],
    listConfirmed: list.source === 'default' ? facts.confirmed : list.source !== 'unknown',
    suites,
    m365: overlap(M365_TLS12, true),
    afd2023: overlap(AFD_TLS12_2023, dheCountsForAfd),
    afd2022: overlap(AFD_TLS12_2022, dheCountsForAfd),
    dheCountsForAfd,
    notes: [...notes.values()],
  };
}
