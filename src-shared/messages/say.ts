/**
 * What a catalogue entry gets besides its parameters: where the text is shown (the CLI names
 * its flags, the wizard names what to tick) and the language's plural rules.
 */
export type Surface = 'gui' | 'cli';

/** A count's forms by plural category; "#" is replaced by the number. `other` is always needed. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface Say {
  surface: Surface;
  /** The form for this count, chosen by Intl.PluralRules of the catalogue's locale. */
  count(n: number, forms: PluralForms): string;
  /** "a, b and c" in the catalogue's language. */
  list(items: readonly string[]): string;
  /** A message inside this one's parameters, in the same language and surface. */
  say(detail: Detail): string;
}

/**
 * A message inside another one's parameters. Typed loosely (a code and its parameters) because
 * the message types are derived from the English catalogue, which would otherwise refer to itself.
 */
export interface Nested {
  code: string;
  params: object;
}
/** A nested message, or text kept as it is (an operating-system error, a file's own words). */
export type Detail = Nested | string;

/** Parameters of a message that needs none. */
export type None = Record<string, never>;
