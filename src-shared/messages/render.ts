/**
 * A message by code turned into a sentence. Apart from the catalogues (messages.ts imports them
 * all) so that the wizard's renderer bundles only the catalogue it is given.
 */
import type { Catalogue, MessageCode, Msg, ParamsOf } from './messages.js';
import type { Detail, PluralForms, Say, Surface } from './say.js';

/** What renders messages: a locale, its "and", and sentences for some or all codes. */
export interface Speaker {
  locale: string;
  and: string;
  messages: Partial<Catalogue>;
}

/** One message by its code and parameters. */
export function msg<K extends MessageCode>(code: K, params: ParamsOf<K>): Msg {
  return { code, params } as Msg;
}

const RULES = new Map<string, Intl.PluralRules>();

/** A locale's plural rules, made once (each message and count would otherwise build them again). */
export function pluralRules(locale: string): Intl.PluralRules {
  let rules = RULES.get(locale);
  if (!rules) RULES.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

/** The sentence for `m` in `language`, for the wizard ('gui') or the command line ('cli'). */
export function renderMsg(language: Speaker, m: Detail, surface: Surface): string {
  if (typeof m === 'string') return m;
  const rules = pluralRules(language.locale);
  const x: Say = {
    surface,
    count: (n: number, forms: PluralForms) =>
      (forms[rules.select(n)] ?? forms.other).replace(/#/g, String(n)),
    // Hand-made rather than Intl.ListFormat: the English lists stay exactly as the CLI wrote them.
    list: (items) =>
      items.length <= 1
        ? (items[0] ?? '')
        : `${items.slice(0, -1).join(', ')} ${language.and} ${items[items.length - 1]}`,
    say: (detail) => renderMsg(language, detail, surface),
  };
  const entry = language.messages[m.code as MessageCode] as ((p: object, x: Say) => string) | undefined;
  // A code this catalogue does not know (a newer main, a hand-made file) shows its code, not nothing.
  return entry ? entry(m.params, x) : `[${m.code}]`;
}
