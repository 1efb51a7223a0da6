/**
 * Messages by code: core, service and CLI say what happened as a code with typed parameters
 * (a Msg); each language's catalogue turns it into a sentence. The English catalogue defines
 * the codes and their parameters; every other catalogue is typed against it, so a missing or
 * mistyped entry fails to compile.
 */
import { en } from './en/index.js';
import { enReport } from './en/report.js';
import type { ReportWords } from './report-words.js';
import { renderMsg, type Speaker } from './render.js';
import type { Detail, Say } from './say.js';
import { SPEECH } from './speech.js';
import type { enToWizard } from './en/to-wizard.js';

type English = typeof en;
export type MessageCode = keyof English;
export type ParamsOf<K extends MessageCode> = Parameters<English[K]>[0];

/** One message: a code and its parameters, as JSON carries it. */
export type Msg = { [K in MessageCode]: { code: K; params: ParamsOf<K> } }[MessageCode];

/** A language's sentences, one per code. */
export type Catalogue = { [K in MessageCode]: (p: ParamsOf<K>, x: Say) => string };

/** The codes main sends the wizard: every one but the fleet report's and the GPO export's. */
export type WizardCode = keyof typeof enToWizard;
export type WizardCatalogue = Pick<Catalogue, WizardCode>;

/**
 * A language of the messages: its catalogue, the locale of its plural rules and dates, its word for
 * "and", and the report's and summary's own words.
 */
export interface MessageLanguage extends Speaker {
  messages: Catalogue;
  report: ReportWords;
}

export { msg, pluralRules, renderMsg, type Speaker } from './render.js';

export const ENGLISH: MessageLanguage = { ...SPEECH.en, messages: en, report: enReport };

/**
 * A message as results carry it: by code only. The English beside it is rendered where it is
 * shown (the CLI's text and its JSON, see src-main/cli/english-json.ts), never kept in a type.
 */
export function said(m: Msg): { msg: Msg } {
  return { msg: m };
}

/** English for the command line, the report's English and the `message` fields of JSON output. */
export function english(m: Detail): string {
  return renderMsg(ENGLISH, m, 'cli');
}
