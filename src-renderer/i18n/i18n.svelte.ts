import { isMessageLang, type MessageLang } from '../../src-shared/messages/speech.js';
import type { Detail } from '../../src-shared/messages/say.js';
import { pluralRules, renderMsg } from '../../src-shared/messages/render.js';
import type { MessageKey } from './en.js';
import { LANGUAGES, type Language } from './languages.js';

/** A key of LANGUAGES ('en', 'sv', or one a test registers). */
export type Lang = string;
/** Keys that come as a pair: name_one and name_other. */
export type Countable = {
  [K in MessageKey]: K extends `${infer P}_one` ? (`${P}_other` extends MessageKey ? P : never) : never;
}[MessageKey];
export type Params = Record<string, string | number>;

/** The wizard's language; reading it in a template makes the text follow a switch. */
export const i18n = $state<{ lang: Lang }>({ lang: 'en' });

function language(): Language {
  return LANGUAGES[i18n.lang] ?? (LANGUAGES.en as Language);
}

/** The registered language a locale asks for (sv, sv-SE, sv-FI -> sv); English otherwise. */
export function langFromLocale(locale: string | null | undefined): Lang {
  const tag = (locale ?? '').toLowerCase();
  return Object.keys(LANGUAGES).find((lang) => tag === lang || tag.startsWith(`${lang}-`)) ?? 'en';
}

export function setLang(lang: Lang): void {
  i18n.lang = lang;
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

/** Kept for this window's life only (sessionStorage): a reload keeps the technician's choice. */
const CHOSEN_KEY = 'tls12-wizard.lang';

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null; // storage refused (a sandboxed page): the locale decides, as before
  }
}

/** The technician switched languages: use it, and keep it across a reload of the page. */
export function chooseLang(lang: Lang): void {
  setLang(lang);
  storage()?.setItem(CHOSEN_KEY, lang);
}

/** The language to start in: the one chosen in this window, else the locale's. */
export function startLang(locale: string | null | undefined): Lang {
  const chosen = storage()?.getItem(CHOSEN_KEY);
  return chosen && chosen in LANGUAGES ? chosen : langFromLocale(locale);
}

/** The language main writes the report and the summary in: the wizard's, when main has it. */
export function reportLang(): MessageLang {
  return isMessageLang(i18n.lang) ? i18n.lang : 'en';
}

/** "A, B and C" in the current language (the same hand-made list as the messages'). */
export function tlist(items: readonly string[]): string {
  const and = language().messages.and;
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** The text for a key in the current language, with {name} placeholders filled in. */
export function t(key: MessageKey, params: Params = {}): string {
  const template = language().ui[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A count with its noun: key_one when the language's plural rules say "one", key_other otherwise. */
export function tn(key: Countable, n: number): string {
  const one = pluralRules(language().messages.locale).select(n) === 'one';
  return t(one ? `${key}_one` : `${key}_other`, { n });
}

/** A message from main (by code) in the wizard's language, in the wizard's terms (no CLI flags). */
export function tm(m: Detail | null | undefined): string {
  return m ? renderMsg(language().messages, m, 'gui') : '';
}
