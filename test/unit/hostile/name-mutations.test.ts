// Issue 9 §3: every character of every catalogue name mutated (case, Unicode look-alikes and
// case-folding relatives, separators, trailing dots and spaces). A mutated name is refused, or it
// names exactly the same key: it differs from the catalogue's only in the case of ASCII letters,
// and the tool writes the catalogue's own spelling.
import fc from 'fast-check';
import type * as NativeReg from 'native-reg';
import { describe, expect, it } from 'vitest';
import { BackupError } from '../../../src-main/core/backup/backup-error.js';
import { validateState } from '../../../src-main/core/backup/validate-state.js';
import { CATALOGUE } from '../../../src-main/core/catalogue/catalogue.js';
import { canonicalName, sameName } from '../../../src-main/core/names/canonical-name.js';
import { keyChain, viewsFor } from '../../../src-main/core/plan/views.js';
import { NativeRegistry } from '../../../src-main/core/registry/native-registry.js';
import type { Hive, View } from '../../../src-main/core/registry/registry-port.js';
import type { KeyState, ValueState } from '../../../src-main/core/state/registry-state.js';

/** Characters that JavaScript's case mapping or a human eye takes for an ASCII letter. */
const RELATIVES: Record<string, string[]> = {
  k: ['\u212a', '\u03ba', '\u043a'], // KELVIN SIGN (toLowerCase -> 'k'), Greek kappa, Cyrillic ka
  s: ['\u017f', '\u0455'], // LONG S (toUpperCase -> 'S'), Cyrillic dze
  i: ['\u0130', '\u0131', '\u0456'], // dotted capital I, dotless i, Cyrillic i
  a: ['\u0430', '\u00e5', '\u212b'], // Cyrillic a, a-ring, ANGSTROM SIGN
  e: ['\u0435'],
  o: ['\u043e', '\u03bf', '0'],
  c: ['\u0441'],
  p: ['\u0440'],
  l: ['1', '\u04cf'],
  w: ['\u0461'],
};
const INSERTS = ['.', ' ', '\\', '/', '\0', '\u200b', '\u00a0', '\t', '\u3000', '\ufeff'];

/** Every single-character mutation of `name`: case, relatives, replaced, inserted, removed. */
function mutations(name: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < name.length; i++) {
    const c = name[i] as string;
    const at = (r: string) => name.slice(0, i) + r + name.slice(i + 1);
    out.add(at(c.toUpperCase()));
    out.add(at(c.toLowerCase()));
    for (const r of RELATIVES[c.toLowerCase()] ?? []) out.add(at(r));
    for (const r of INSERTS) {
      out.add(at(r));
      out.add(name.slice(0, i) + r + name.slice(i));
    }
    out.add(at(''));
    out.add(at(c + c));
  }
  for (const r of INSERTS) out.add(name + r);
  out.add(`${name}..`);
  out.delete(name);
  return [...out];
}

/** The validated state when accepted, or null when refused (a BackupError; nothing else may be thrown). */
function verdict(raw: unknown): ReturnType<typeof validateState> | null {
  try {
    return validateState(raw, true);
  } catch (error) {
    expect(error).toBeInstanceOf(BackupError);
    return null;
  }
}

interface Location {
  value: ValueState;
  key: KeyState;
}

const LOCATIONS: Location[] = CATALOGUE.flatMap((entry) =>
  viewsFor(entry, true).map((view) => ({
    value: {
      entryId: entry.id,
      hive: entry.hive,
      view,
      key: entry.key,
      name: entry.name,
      keyExisted: true,
      valueExisted: true,
      type: 'REG_DWORD' as const,
      data: 1,
    },
    key: { hive: entry.hive, view, path: keyChain(entry).at(-1) as string, existed: true },
  })),
);

let cases = 0;

describe('every character of every catalogue name, mutated', () => {
  it.each(['hive', 'view', 'key', 'name'] as const)(
    'in a value entry, field %s: refused, or the same key',
    (field) => {
      for (const loc of LOCATIONS) {
        for (const mutated of mutations(String(loc.value[field]))) {
          cases += 1;
          const got = verdict({ keys: [], values: [{ ...loc.value, [field]: mutated }] });
          if (got === null) continue;
          // Accepted only when it is the same name in another ASCII case, written as the catalogue spells it.
          expect(sameName(mutated, String(loc.value[field])), JSON.stringify(mutated)).toBe(true);
          expect(/^[\x20-\x7e]*$/.test(mutated), JSON.stringify(mutated)).toBe(true);
          expect(got.values[0]).toEqual(loc.value);
        }
      }
    },
    60_000,
  );

  it.each(['hive', 'view', 'path'] as const)(
    'in a key entry, field %s: refused, or the same key',
    (field) => {
      for (const loc of LOCATIONS) {
        for (const mutated of mutations(String(loc.key[field]))) {
          cases += 1;
          const got = verdict({ keys: [{ ...loc.key, [field]: mutated }], values: [] });
          if (got === null) continue;
          expect(sameName(mutated, String(loc.key[field])), JSON.stringify(mutated)).toBe(true);
          expect(got.keys[0]).toEqual(loc.key);
        }
      }
    },
    60_000,
  );

  it('random multi-character mutations (fast-check): refused, or the same key in the catalogue spelling', () => {
    const pool = [...new Set([...Object.values(RELATIVES).flat(), ...INSERTS, 'K', 'k', 'S', 's', 'I', 'i'])];
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCATIONS),
        fc.constantFrom('hive', 'view', 'key', 'name'),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...pool), fc.boolean()), { minLength: 1, maxLength: 4 }),
        (loc, field, edits) => {
          let name = String(loc.value[field as keyof ValueState]);
          for (const [pos, ch, replace] of edits) {
            const i = pos % (name.length + 1);
            name = name.slice(0, i) + ch + name.slice(replace ? i + 1 : i);
          }
          const got = verdict({ keys: [], values: [{ ...loc.value, [field]: name }] });
          if (got !== null) {
            expect(sameName(name, String(loc.value[field as keyof ValueState]))).toBe(true);
            expect(got.values[0]).toEqual(loc.value);
          }
        },
      ),
      { numRuns: 5000 },
    );
    cases += 5000;
  }, 60_000);

  it('counts the cases (for SECURITY.md)', () => {
    expect(cases).toBeGreaterThan(10_000);
    console.log(`name mutations checked: ${cases}`);
  });
});

describe('the canonical form', () => {
  it('folds only ASCII letters: the Kelvin sign, long s and dotted I are not k, s, i', () => {
    expect(canonicalName('HKLM')).toBe('hklm');
    expect(sameName('H\u212aLM', 'HKLM')).toBe(false);
    expect('H\u212aLM'.toLowerCase()).toBe('hklm'); // why toLowerCase() must not be used
    expect(sameName('\u017fOFTWARE', 'SOFTWARE')).toBe(false);
    expect('\u017fOFTWARE'.toUpperCase()).toBe('SOFTWARE');
    expect(sameName('D\u0130SABLEDBYDEFAULT', 'DisabledByDefault')).toBe(false);
    expect(sameName('disabledbydefault', 'DisabledByDefault')).toBe(true);
    expect(sameName('TLS 1.2 ', 'TLS 1.2')).toBe(false);
  });
});

describe('the native registry adapter', () => {
  it('refuses a hive that is not exactly HKLM, HKCU or HKU, and never opens a default', () => {
    const opened: number[] = [];
    const fake = {
      HKLM: 1,
      HKCU: 2,
      HKU: 3,
      Access: { READ: 0x20019, WOW64_64KEY: 0x100, WOW64_32KEY: 0x200 },
      openKey: (root: number) => {
        opened.push(root);
        return 42;
      },
      closeKey: () => undefined,
      queryValueRaw: () => null,
    };
    const reg = new NativeRegistry(fake as unknown as typeof NativeReg);
    for (const hive of ['H\u212aLM', 'hklm', 'hku', 'HKEY_USERS', 'HKCR', '', 'HKLM ']) {
      expect(() => reg.readValue({ hive: hive as Hive, view: '64' as View, path: 'SOFTWARE' }, 'X')).toThrow(
        /hive/i,
      );
    }
    expect(opened).toEqual([]);
    reg.readValue({ hive: 'HKCU', view: 'shared', path: 'Software' }, 'X');
    reg.readValue({ hive: 'HKU', view: 'shared', path: 'S-1-5-21-1-2-3-1001' }, 'X');
    expect(opened).toEqual([2, 3]);
  });
});
