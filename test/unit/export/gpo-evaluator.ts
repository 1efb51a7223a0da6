// A test-only Group Policy Preferences client: applies the Registry items of an exported
// Registry.xml, with their item-level targeting, to a simulated machine's registry, as the
// Registry client-side extension would. It models what the export relies on, and models it
// strictly: WQL compares a string property (BuildNumber, Version) as TEXT, the way WMI does, so
// a query that assumed numeric order would fail here as it would on Windows.
import { XMLParser } from 'fast-xml-parser';
import type { MemoryRegistry } from '../../../src-main/core/registry/memory-registry.js';

/** What WMI would answer on a machine, per class: property -> value (string or number, as WMI types it). */
export type WmiFacts = Record<string, Record<string, string | number>>;

/** The WMI facts of a simulated machine, read from its registry as Windows derives them. */
export function wmiFactsOf(registry: MemoryRegistry, wow64: boolean): WmiFacts {
  const nt = {
    hive: 'HKLM' as const,
    view: '64' as const,
    path: 'SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion',
  };
  const text = (name: string): string => {
    const v = registry.readValue(nt, name);
    return v && v.type === 'REG_SZ' ? v.data : '';
  };
  const num = (name: string): number | null => {
    const v = registry.readValue(nt, name);
    return v && v.type === 'REG_DWORD' ? v.data : null;
  };
  const major = num('CurrentMajorVersionNumber');
  const minor = num('CurrentMinorVersionNumber');
  const build = text('CurrentBuildNumber');
  const version = major !== null && minor !== null ? `${major}.${minor}` : text('CurrentVersion');
  const productTypeValue = registry.readValue(
    { hive: 'HKLM', view: 'shared', path: 'SYSTEM\\CurrentControlSet\\Control\\ProductOptions' },
    'ProductType',
  );
  const productType = productTypeValue?.type === 'REG_SZ' ? productTypeValue.data.toLowerCase() : '';
  const arch = registry.readValue(
    {
      hive: 'HKLM',
      view: 'shared',
      path: 'SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment',
    },
    'PROCESSOR_ARCHITECTURE',
  );
  const archCodes: Record<string, number> = { x86: 0, ia64: 6, amd64: 9, arm64: 12 };
  return {
    Win32_OperatingSystem: {
      Version: `${version}.${build}`,
      BuildNumber: build,
      ProductType: productType === 'winnt' ? 1 : productType === 'lanmannt' ? 2 : 3,
    },
    Win32_Processor: {
      AddressWidth: wow64 ? 64 : 32,
      Architecture: archCodes[arch?.type === 'REG_SZ' ? arch.data.toLowerCase() : ''] ?? -1,
    },
  };
}

// --- A small WQL: SELECT * FROM Class WHERE cond, cond with AND / OR / parentheses and
// comparisons (= <> < <= > >= LIKE) of a property with a quoted string or a number.

type Token = { kind: 'word' | 'op' | 'str' | 'num' | 'paren'; text: string };

function tokenize(query: string): Token[] {
  const re = /\s*(?:(\()|(\))|('(?:[^']*)'|"(?:[^"]*)")|(<>|<=|>=|=|<|>)|(-?\d+)|([A-Za-z_*][\w]*))/y;
  const tokens: Token[] = [];
  let m: RegExpExecArray | null;
  while (re.lastIndex < query.length && (m = re.exec(query)) !== null) {
    if (m[1] || m[2]) tokens.push({ kind: 'paren', text: (m[1] ?? m[2]) as string });
    else if (m[3]) tokens.push({ kind: 'str', text: m[3].slice(1, -1) });
    else if (m[4]) tokens.push({ kind: 'op', text: m[4] });
    else if (m[5]) tokens.push({ kind: 'num', text: m[5] });
    else if (m[6]) tokens.push({ kind: 'word', text: m[6] });
  }
  if (query.slice(re.lastIndex).trim() !== '')
    throw new Error(`WQL: cannot read "${query.slice(re.lastIndex)}"`);
  return tokens;
}

function compare(actual: string | number, op: string, literal: Token): boolean {
  if (typeof actual === 'string' && literal.kind !== 'str')
    throw new Error('WQL: a string property needs a quoted value');
  if (typeof actual === 'number' && literal.kind !== 'num')
    throw new Error('WQL: a number property needs a number');
  const value = typeof actual === 'number' ? Number(literal.text) : literal.text;
  if (op === 'LIKE') {
    const pattern = String(value)
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/%/g, '.*')
      .replace(/_/g, '.');
    return new RegExp(`^${pattern}$`, 'i').test(String(actual));
  }
  // WMI compares strings as text, case-insensitively.
  const a = typeof actual === 'string' ? actual.toLowerCase() : actual;
  const b = typeof value === 'string' ? value.toLowerCase() : value;
  switch (op) {
    case '=':
      return a === b;
    case '<>':
      return a !== b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
  }
  throw new Error(`WQL: unknown operator ${op}`);
}

function evaluateWhere(tokens: Token[], row: Record<string, string | number>): boolean {
  let i = 0;
  const peek = (): Token | undefined => tokens[i];
  const next = (): Token => {
    const t = tokens[i++];
    if (!t) throw new Error('WQL: unexpected end');
    return t;
  };
  const factor = (): boolean => {
    const t = next();
    if (t.text === '(') {
      const v = orExpr();
      if (next().text !== ')') throw new Error('WQL: ) expected');
      return v;
    }
    if (t.kind !== 'word' || !(t.text in row)) throw new Error(`WQL: unknown property ${t.text}`);
    const op = next();
    const opText = op.kind === 'word' && op.text.toUpperCase() === 'LIKE' ? 'LIKE' : op.text;
    if (op.kind !== 'op' && opText !== 'LIKE') throw new Error(`WQL: operator expected after ${t.text}`);
    return compare(row[t.text] as string | number, opText, next());
  };
  const andExpr = (): boolean => {
    let v = factor();
    while (peek()?.kind === 'word' && peek()?.text.toUpperCase() === 'AND') {
      next();
      v = factor() && v;
    }
    return v;
  };
  const orExpr = (): boolean => {
    let v = andExpr();
    while (peek()?.kind === 'word' && peek()?.text.toUpperCase() === 'OR') {
      next();
      v = andExpr() || v;
    }
    return v;
  };
  const result = orExpr();
  if (i !== tokens.length) throw new Error('WQL: trailing tokens');
  return result;
}

/** Whether a WQL query returns at least one row on a machine with these facts. */
export function wqlMatches(query: string, facts: WmiFacts): boolean {
  const tokens = tokenize(query);
  const head = tokens.slice(0, 5).map((t) => t.text.toUpperCase());
  if (head[0] !== 'SELECT' || head[1] !== '*' || head[2] !== 'FROM' || head[4] !== 'WHERE') {
    throw new Error(`WQL: expected SELECT * FROM Class WHERE ...: ${query}`);
  }
  const row = facts[tokens[3]?.text ?? ''];
  if (!row) throw new Error(`WQL: unknown class ${tokens[3]?.text}`);
  return evaluateWhere(tokens.slice(5), row);
}

interface FilterWmi {
  '@_bool': string;
  '@_not': string;
  '@_query': string;
  '@_nameSpace': string;
}
interface RegistryItem {
  '@_clsid': string;
  Properties: {
    '@_action': string;
    '@_hive': string;
    '@_key': string;
    '@_name': string;
    '@_type': string;
    '@_value': string;
  }[];
  Filters?: { FilterWmi?: FilterWmi[] }[];
}

/** The Registry items of a Registry.xml (inside Collections or not). */
export function registryItems(xml: string): RegistryItem[] {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseAttributeValue: false,
    isArray: (name) => ['Registry', 'Collection', 'Properties', 'Filters', 'FilterWmi'].includes(name),
  });
  const doc = parser.parse(xml) as {
    RegistrySettings?: { Registry?: RegistryItem[]; Collection?: { Registry?: RegistryItem[] }[] };
  };
  const settings = doc.RegistrySettings;
  if (!settings) throw new Error('not a Registry.xml: no RegistrySettings');
  return [...(settings.Registry ?? []), ...(settings.Collection ?? []).flatMap((c) => c.Registry ?? [])];
}

/** Whether an item's targeting selects this machine (every filter of the export is AND-ed). */
function targeted(item: RegistryItem, facts: WmiFacts): boolean {
  const filters = (item.Filters ?? []).flatMap((f) => f.FilterWmi ?? []);
  return filters.every((f) => {
    if (f['@_bool'] !== 'AND') throw new Error('only AND-ed targeting is modelled');
    if (f['@_nameSpace'].toLowerCase() !== 'root\\cimv2') throw new Error(`namespace ${f['@_nameSpace']}`);
    return wqlMatches(f['@_query'], facts) !== (f['@_not'] === '1');
  });
}

/**
 * Applies a Registry.xml to a machine: every targeted Update item creates its key (and parents)
 * in the native view and writes its DWORD, as the GPP client (a native process) does. Returns how
 * many items applied.
 */
export function applyGpo(xml: string, registry: MemoryRegistry, facts: WmiFacts): number {
  let applied = 0;
  for (const item of registryItems(xml)) {
    if (!targeted(item, facts)) continue;
    for (const p of item.Properties) {
      if (p['@_action'] !== 'U' || p['@_hive'] !== 'HKEY_LOCAL_MACHINE' || p['@_type'] !== 'REG_DWORD') {
        throw new Error(`unmodelled item: ${JSON.stringify(p)}`);
      }
      if (!/^[0-9A-F]{8}$/.test(p['@_value'])) throw new Error(`DWORD value ${p['@_value']}`);
      const key = { hive: 'HKLM' as const, view: '64' as const, path: p['@_key'] };
      registry.createKey(key);
      registry.setValue(key, p['@_name'], { type: 'REG_DWORD', data: Number.parseInt(p['@_value'], 16) });
      applied += 1;
    }
  }
  return applied;
}
