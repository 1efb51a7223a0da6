/**
 * The dates a person reads (the ticket summary, the report, the messages), in one place: each
 * language formats them with Intl.DateTimeFormat and its own locale, in the computer's local time
 * (or a time zone given). Machine outputs (JSON, file names) keep ISO 8601 and never come here.
 */

/** How much of the moment to show: a moment in a sentence, a timestamp for the ticket, or a day. */
export type DateStyle = 'moment' | 'stamp' | 'day';

const OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  // "2 Dec 2026, 00:43" / "2 dec. 2026 00:43"
  moment: { dateStyle: 'medium', timeStyle: 'short' },
  // "29 November 2026 at 18:52:20 CET": with the zone, for a ticket read elsewhere.
  stamp: { dateStyle: 'long', timeStyle: 'long' },
  // "1 December 2026": a day of its own (an end of support), the same everywhere.
  day: { dateStyle: 'long', timeZone: 'UTC' },
};

const FORMATS = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, style: DateStyle, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${locale}|${style}|${timeZone ?? ''}`;
  let f = FORMATS.get(key);
  if (!f) {
    const zone = style !== 'day' && timeZone ? { timeZone } : {};
    FORMATS.set(key, (f = new Intl.DateTimeFormat(locale, { ...OPTIONS[style], ...zone })));
  }
  return f;
}

/**
 * An ISO date or moment as `locale` writes it; text that is no date is kept as it is (a hand-made
 * file's own words are still shown). A day is taken at noon UTC, so no time zone moves it.
 */
export function formatDate(
  locale: string,
  iso: string,
  style: DateStyle = 'moment',
  timeZone?: string,
): string {
  const date = new Date(style === 'day' ? `${iso.slice(0, 10)}T12:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? iso : formatter(locale, style, timeZone).format(date);
}
