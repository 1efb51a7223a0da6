/**
 * The languages of the messages main sends the wizard: what the renderer bundles. Without the
 * fleet report's and the GPO export's sentences, which the wizard never shows (about a fifth of
 * each catalogue), so that the first screen parses less.
 */
import { enToWizard } from './en/to-wizard.js';
import type { Speaker } from './render.js';
import { SPEECH, type MessageLang } from './speech.js';
import { svToWizard } from './sv/to-wizard.js';

export const WIZARD_LANGUAGES = {
  en: { ...SPEECH.en, messages: enToWizard },
  sv: { ...SPEECH.sv, messages: svToWizard },
} satisfies Record<MessageLang, Speaker>;
