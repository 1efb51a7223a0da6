/**
 * Messages by code: core, service and CLI say what happened as a code with typed parameters
 * (a Msg); each language's catalogue turns it into a sentence. The English catalogue defines
 * the codes and their parameters; every other catalogue is typed against it, so a missing or
 * mistyped entry fails to compile.
 */
import { en } from './en/index.js';
import { enReport } from './en/report.js';
import type { ReportWords } from './report-words.js';
import type { Detail, PluralForms, Say, Surface } from './say.js';

type English = typeof en;
export type MessageCode = keyof English;
export type ParamsOf<K extends MessageCode> = Parameters<English[K]>[0];

/** One message: a code and its parameters, as JSON carries it. */
export type Msg = { [K in MessageCode]: { code: K; params: ParamsOf<K> } }[MessageCode];

/** A language's sentences, one per code. */
export type Catalogue = { [K in MessageCode]: (p: ParamsOf<K>, x: Say) => string };

/**
 * A language of the messages: its catalogue, the locale of its plural rules and dates, its word for
 * "and", and the report's and summary's own words.
 */
export interface MessageLanguage {
  locale: string;
  and: string;
  messages: Catalogue;
  report: ReportWords;
}

export function msg<K extends MessageCode>(code: K, params: ParamsOf<K>): Msg {
  return { code, params } as Msg;
}

const RULES = new Map<string, Intl.PluralRules>();

/** A locale's plural rules, made once (each message and count would otherwise build them again). */
export function pluralRules(locale: string): Intl.PluralRules {
  let rules = RULES.get(locale);
  if (!rules) RULES.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

/** The sentence for `m` in `language`, for the wizard ('gui') or the command line ('cli'). */
export function renderMsg(language: MessageLanguage, m: Detail, surface: Surface): string {
  if (typeof m === 'string') return m;
  const rules = pluralRules(language.locale);
  const x: Say = {
    surface,
    count: (n: number, forms: PluralForms) =>
      (forms[rules.select(n)] ?? forms.other).replace(/#/g, String(n)),
    // Hand-made rather than Intl.ListFormat: the English lists stay exactly as the CLI wrote them.
    list: (items) =>
      items.length <= 1
        ? (items[0] ?? '')
        : `${items.slice(0, -1).join(', ')} ${language.and} ${items[items.length - 1]}`,
    say: (detail) => renderMsg(language, detail, surface),
  };
  const entry = language.messages[m.code as MessageCode] as ((p: object, x: Say) => string) | undefined;
  // A code this catalogue does not know (a newer main, a hand-made file) shows its code, not nothing.
  return entry ? entry(m.params, x) : `[${m.code}]`;
}

export const ENGLISH: MessageLanguage = { locale: 'en-GB', and: 'and', messages: en, report: enReport };

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
