/**
 * The wizard's languages: the one list a language is registered in. Each has its name (as the
 * language switch offers it), the wizard's own words (a dictionary with en.ts's keys) and main's
 * messages by code (a catalogue in src-shared/messages, typed against the English one).
 */
import { MESSAGE_LANGUAGES } from '../../src-shared/messages/languages.js';
import type { MessageLanguage } from '../../src-shared/messages/messages.js';
import { en, type Dictionary } from './en.js';
import { sv } from './sv.js';

export interface Language {
  /** The language's name in itself: "Svenska". */
  name: string;
  ui: Dictionary;
  messages: MessageLanguage;
}

export const LANGUAGES: Record<string, Language> = {
  en: { name: 'English', ui: en, messages: MESSAGE_LANGUAGES.en },
  sv: { name: 'Svenska', ui: sv, messages: MESSAGE_LANGUAGES.sv },
};
