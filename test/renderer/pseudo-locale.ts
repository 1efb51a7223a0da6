/**
 * A pseudo-locale, added the way a third language is: this one file, registered in the one list
 * (LANGUAGES). Every text is the English one between ⟦ and ⟧, placeholders kept, so that a test
 * can tell text that went through a catalogue from text that did not.
 */
import type { Catalogue, MessageCode } from '../../src-shared/messages/messages.js';
import { ENGLISH } from '../../src-shared/messages/messages.js';
import { en, type Dictionary } from '../../src-renderer/i18n/en.js';
import { LANGUAGES, type Language } from '../../src-renderer/i18n/languages.js';

const mark = (text: string): string => `⟦${text}⟧`;

const ui = Object.fromEntries(Object.entries(en).map(([k, v]) => [k, mark(v)])) as Dictionary;
const messages = Object.fromEntries(
  (Object.keys(ENGLISH.messages) as MessageCode[]).map((code) => [
    code,
    (p: never, x: never) => mark((ENGLISH.messages[code] as (p: never, x: never) => string)(p, x)),
  ]),
) as unknown as Catalogue;

export const PSEUDO: Language = {
  name: '⟦Pseudo⟧',
  ui,
  messages: { locale: 'en-XA', and: '⟦and⟧', messages },
};

/** Registers the pseudo-locale; returns its key for setLang. */
export function registerPseudo(): string {
  LANGUAGES.pseudo = PSEUDO;
  return 'pseudo';
}

/** Removes marked text (innermost first: a message may hold another). */
export function unmarked(text: string): string {
  let out = text;
  for (let before = ''; before !== out;) {
    before = out;
    out = out.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  }
  return out;
}
