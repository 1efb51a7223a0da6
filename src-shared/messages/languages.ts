/**
 * The languages of main's messages: the one list a new language is added to (its catalogue is
 * one folder beside en/ and sv/, typed against the English one; its locale and "and" in speech.ts).
 */
import { ENGLISH, type MessageLanguage } from './messages.js';
import { SPEECH, type MessageLang } from './speech.js';
import { sv } from './sv/index.js';
import { svReport } from './sv/report.js';

export { isMessageLang, type MessageLang } from './speech.js';

export const MESSAGE_LANGUAGES = {
  en: ENGLISH,
  sv: { ...SPEECH.sv, messages: sv, report: svReport },
} satisfies Record<MessageLang, MessageLanguage>;

/** Every language main writes reports and summaries in, from the catalogues above (never a copy). */
export function messageLangs(): [MessageLang, ...MessageLang[]] {
  return Object.keys(MESSAGE_LANGUAGES) as [MessageLang, ...MessageLang[]];
}
