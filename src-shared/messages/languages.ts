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
