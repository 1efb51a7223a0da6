/**
 * The wizard's languages: the one list a language is registered in. Each has its name (as the
 * language switch offers it), the wizard's own words (a dictionary with en.ts's keys) and main's
 * messages by code (the part of a catalogue in src-shared/messages that main sends the wizard,
 * typed against the English one).
 */
import type { Speaker } from '../../src-shared/messages/render.js';
import { WIZARD_LANGUAGES } from '../../src-shared/messages/wizard-languages.js';
import { en, type Dictionary } from './en.js';
import { sv } from './sv.js';

export interface Language {
  /** The language's name in itself: "Svenska". */
  name: string;
  ui: Dictionary;
  messages: Speaker;
}

export const LANGUAGES: Record<string, Language> = {
  en: { name: 'English', ui: en, messages: WIZARD_LANGUAGES.en },
  sv: { name: 'Svenska', ui: sv, messages: WIZARD_LANGUAGES.sv },
};
