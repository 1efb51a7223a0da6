/**
 * The languages of main's messages: the one list a new language is added to (its catalogue is
 * one folder beside en/ and sv/, typed against the English one).
 */
import { ENGLISH, type MessageLanguage } from './messages.js';
import { sv } from './sv/index.js';
import { svReport } from './sv/report.js';

export const MESSAGE_LANGUAGES = {
  en: ENGLISH,
  sv: { locale: 'sv-SE', and: 'och', messages: sv, report: svReport },
} satisfies Record<string, MessageLanguage>;
export type MessageLang = keyof typeof MESSAGE_LANGUAGES;

/** Every language main writes reports and summaries in, from the catalogues above (never a copy). */
export function messageLangs(): [MessageLang, ...MessageLang[]] {
  return Object.keys(MESSAGE_LANGUAGES) as [MessageLang, ...MessageLang[]];
}

export function isMessageLang(lang: string): lang is MessageLang {
  return Object.prototype.hasOwnProperty.call(MESSAGE_LANGUAGES, lang);
}
