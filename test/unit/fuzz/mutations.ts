// Structure-aware mutations of a JSON document, shared by the in-process document
// fuzzing and the sample fed to the built CLI process.
import fc from 'fast-check';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type Path = (string | number)[];

export function paths(value: Json, at: Path = []): Path[] {
  const here = [at];
  if (Array.isArray(value)) return here.concat(...value.map((v, i) => paths(v, [...at, i])));
  if (value !== null && typeof value === 'object') {
    return here.concat(...Object.entries(value).map(([k, v]) => paths(v, [...at, k])));
  }
  return here;
}

const LOOKALIKES = ['\u212a', '\u017f', '\u0130', '\u0430', ' ', '.', '/', '\\', '\0', '\u200b'];

/** One structure-aware mutation of the node at `at` (root excluded). */
export const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('replace' as const),
    value: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  }),
  fc.record({ kind: fc.constant('delete' as const) }),
  fc.record({
    kind: fc.constant('extra' as const),
    name: fc.constantFrom('x', 'toString', '__proto__', 'key', 'hive'),
  }),
  fc.record({
    kind: fc.constant('number' as const),
    value: fc.constantFrom(-1, 0, 1, 2, 2 ** 32, 2 ** 53, 1.5, -0),
  }),
  fc.record({
    kind: fc.constant('type' as const),
    value: fc.constantFrom(
      'REG_SZ',
      'REG_DWORD',
      'REG_QWORD',
      'REG_RAW',
      'REG_MULTI_SZ',
      'REG_BINARY',
      'REG_LINK',
      null,
    ),
  }),
  fc.record({ kind: fc.constant('name' as const), pos: fc.nat(), ch: fc.constantFrom(...LOOKALIKES) }),
  fc.record({ kind: fc.constant('case' as const) }),
  fc.record({ kind: fc.constant('wrap' as const) }),
  fc.record({ kind: fc.constant('swap-bool' as const) }),
);
export type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

export function mutate(doc: Json, at: Path, m: Mutation): void {
  const parent = at
    .slice(0, -1)
    .reduce<Json>((o, k) => (o as Record<string | number, Json>)[k] as Json, doc) as
    Record<string, Json> | Json[];
  const key = at[at.length - 1] as string | number;
  const p = parent as Record<string | number, Json>;
  const old = p[key] as Json;
  switch (m.kind) {
    case 'replace':
      p[key] = m.value;
      return;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else Reflect.deleteProperty(p, key);
      return;
    case 'extra':
      if (old !== null && typeof old === 'object' && !Array.isArray(old)) old[m.name] = 'x';
      else p[key] = { [m.name]: old };
      return;
    case 'number':
    case 'type':
      p[key] = m.value;
      return;
    case 'name':
      if (typeof old === 'string') {
        const i = m.pos % (old.length + 1);
        p[key] = old.slice(0, i) + m.ch + old.slice(i);
      }
      return;
    case 'case':
      if (typeof old === 'string') p[key] = old === old.toLowerCase() ? old.toUpperCase() : old.toLowerCase();
      return;
    case 'wrap':
      p[key] = [old];
      return;
    case 'swap-bool':
      p[key] = typeof old === 'boolean' ? !old : old === null ? false : null;
  }
}

/** A copy of `doc` with the edits made in turn; an edit whose path an earlier one removed is skipped. */
export function mutated(doc: Json, edits: [Path, Mutation][]): Json {
  const copy = structuredClone(doc);
  for (const [at, m] of edits) {
    try {
      mutate(copy, at, m);
    } catch {
      // The path no longer exists after an earlier edit: skip this edit.
    }
  }
  return copy;
}

/** A genuine journal of an interrupted apply on SIM-WIN7, from the state of a genuine backup. */
export function journalOf(backup: Json): Json {
  return {
    journalVersion: 1,
    operation: 'apply',
    startedAt: '2026-11-29T10:00:00.000Z',
    pid: 4242,
    computerName: 'SIM-WIN7',
    backupFile: null,
    before: (backup as { state: Json }).state,
  };
}
