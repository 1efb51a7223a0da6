import { formatDate } from '../../../src-shared/messages/dates.js';
import type { KbStatus } from '../../../src-shared/detection-types.js';
import type { ProtocolChoice } from '../../../src-shared/protocols.js';
import type { Stack } from '../../../src-shared/stacks.js';
import { MESSAGE_LANGUAGES, type MessageLang } from '../../../src-shared/messages/languages.js';
import type { ReportWords, RestartState } from '../../../src-shared/messages/report-words.js';

/** The languages of the ticket summary and the report: those main's messages have (MESSAGE_LANGUAGES). */
export type ReportLang = MessageLang;
export type { RestartState };

/** The language a locale asks for ("sv-SE", "sv_SE.UTF-8" -> sv), English when main has no such messages. */
export function reportLang(locale: string | null | undefined): ReportLang {
  const tag = (locale ?? '').toLowerCase();
  const langs = Object.keys(MESSAGE_LANGUAGES) as ReportLang[];
  return (
    langs.find((lang) => tag === lang || (/^[-_.]/.test(tag.slice(lang.length)) && tag.startsWith(lang))) ??
    'en'
  );
}

type Words = ReportWords['labels'] & { locale: string };

/** The report's words in each language, with the locale its dates are written in. */
export const WORDS = Object.fromEntries(
  Object.entries(MESSAGE_LANGUAGES).map(([lang, l]) => [lang, { ...l.report.labels, locale: l.locale }]),
) as Record<ReportLang, Words>;

const words = (lang: ReportLang): ReportWords => MESSAGE_LANGUAGES[lang].report;

export function kbText(lang: ReportLang, kb: KbStatus): string {
  return words(lang).kb[kb.needed ? kb.state : 'not-needed'];
}

export function choiceText(lang: ReportLang, choice: ProtocolChoice): string {
  return words(lang).choice[choice];
}

export function stackText(lang: ReportLang, stack: Stack): string {
  return words(lang).stack[stack];
}

export function restartText(lang: ReportLang, state: RestartState): string {
  return words(lang).restart[state];
}

export function viewText(lang: ReportLang, view: string): string {
  return view === '64' || view === '32' ? words(lang).view[view] : '';
}

/** Local time with its time zone, in the language's conventions ("29 November 2026 at 18:52:20 CET"). */
export function localTime(lang: ReportLang, iso: string, timeZone?: string): string {
  return formatDate(WORDS[lang].locale, iso, 'stamp', timeZone);
}
