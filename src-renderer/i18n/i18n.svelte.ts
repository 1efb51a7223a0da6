import { en, type MessageKey } from './en.js';
import { translateMain } from './main-messages.js';
import { sv } from './sv.js';

export type Lang = 'en' | 'sv';
/** Keys that come as a pair: name_one and name_other. */
export type Countable = {
  [K in MessageKey]: K extends `${infer P}_one` ? (`${P}_other` extends MessageKey ? P : never) : never;
}[MessageKey];
export type Params = Record<string, string | number>;

const DICTIONARIES = { en, sv } as const;

/** The wizard's language; reading it in a template makes the text follow a switch. */
export const i18n = $state<{ lang: Lang }>({ lang: 'en' });

/** sv, sv-SE, sv-FI -> Swedish; anything else -> English. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return /^sv\b/i.test(locale ?? '') ? 'sv' : 'en';
}

export function setLang(lang: Lang): void {
  i18n.lang = lang;
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

/** The text for a key in the current language, with {name} placeholders filled in. */
export function t(key: MessageKey, params: Params = {}): string {
  const template = DICTIONARIES[i18n.lang][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A count with its noun: key_one for 1, key_other otherwise (both languages need only these two). */
export function tn(key: Countable, n: number): string {
  return t(n === 1 ? `${key}_one` : `${key}_other`, { n });
}

/** A sentence from main (English) in the wizard's language. */
export function tm(text: string | null | undefined): string {
  return text ? translateMain(text, i18n.lang) : '';
}
