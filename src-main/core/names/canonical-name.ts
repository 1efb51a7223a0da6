/**
 * The one canonical form in which a name from an untrusted document (hive, view, key path,
 * value name, computer name) is compared with the catalogue's.
 *
 * The registry compares names case-insensitively, but with its own upper-case table, not
 * JavaScript's: `toLowerCase()` / `toUpperCase()` map some non-ASCII characters onto ASCII
 * letters ('K' KELVIN SIGN -> 'k', 'ſ' LONG S -> 'S', 'İ' -> 'i̇'), so a name that Windows may
 * treat as another key would compare equal to a catalogue name. Here only the 26 ASCII letters
 * are folded; every other character (non-ASCII, control, separators, trailing dots and spaces)
 * is compared exactly. Every catalogue name is plain ASCII, so a document name is either the
 * very same key in another letter case, or it matches nothing and is refused.
 */
export function canonicalName(name: string): string {
  return name.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
}

/** Equal in the canonical form: the same registry name (or computer name) in another ASCII case. */
export function sameName(a: string, b: string): boolean {
  return canonicalName(a) === canonicalName(b);
}
