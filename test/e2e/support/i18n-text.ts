// The wizard's own words in each language, from the renderer's dictionaries: the journeys find
// buttons and headings by these, never by hard-coded English.
import { en, type MessageKey } from '../../../src-renderer/i18n/en.js';
import { sv } from '../../../src-renderer/i18n/sv.js';
import { LANGUAGES } from '../../../src-renderer/i18n/languages.js';
import { msg, renderMsg } from '../../../src-shared/messages/messages.js';
import type { Verdict } from '../../../src-shared/readiness-types.js';

export type Lang = 'en' | 'sv';
export const LANGS: Lang[] = ['en', 'sv'];
/** The locale the harness reports to the wizard (main's `app.getLocale()` in Electron). */
export const LOCALE: Record<Lang, string> = { en: 'en-US', sv: 'sv-SE' };

type Params = Record<string, string | number>;

/** The dictionaries' text for one language: plain, as a whole-text pattern, or counted. */
export class Words {
  constructor(readonly lang: Lang) {}

  /** The text for a key, {name} placeholders filled in (as the renderer's t()). */
  t(key: MessageKey, params: Params = {}): string {
    const template = (this.lang === 'en' ? en : sv)[key];
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  }

  /** A count with its noun, as the renderer's tn(). */
  tn(key: string, n: number): string {
    return this.t(`${key}_${n === 1 ? 'one' : 'other'}` as MessageKey, { n });
  }

  /** The text anywhere in a longer one. */
  re(key: MessageKey, params: Params = {}): RegExp {
    return new RegExp(escape(this.t(key, params)));
  }

  /** Exactly this text (an accessible name, a heading). */
  exact(key: MessageKey, params: Params = {}): RegExp {
    return new RegExp(`^${escape(this.t(key, params))}$`);
  }

  /** Exactly the verdict's sentence, as the wizard renders main's message (a heading). */
  verdict(verdict: Verdict): RegExp {
    const language = LANGUAGES[this.lang];
    if (!language) throw new Error(`no language ${this.lang}`);
    return new RegExp(`^${escape(renderMsg(language.messages, msg('ready.verdict', { verdict }), 'gui'))}$`);
  }

  /** A name that starts with this text (a button with an arrow after it). */
  starts(key: MessageKey): RegExp {
    return new RegExp(`^${escape(this.t(key))}`);
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
