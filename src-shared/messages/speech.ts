/**
 * Each language of main's messages by its plural and date locale and its word for "and": the one
 * place these are said, for main's full catalogues (languages.ts) and the wizard's (wizard-languages.ts).
 */
export const SPEECH = {
  en: { locale: 'en-GB', and: 'and' },
  sv: { locale: 'sv-SE', and: 'och' },
} as const satisfies Record<string, { locale: string; and: string }>;

export type MessageLang = keyof typeof SPEECH;

export function isMessageLang(lang: string): lang is MessageLang {
  return Object.prototype.hasOwnProperty.call(SPEECH, lang);
}
