/**
 * The report's languages come from main's message catalogues, never from a copied list: a stub
 * language registered in MESSAGE_LANGUAGES (as a new folder beside en/ and sv/ would be) reaches
 * the locale choice, the ticket summary and the IPC schema of the wizard's
 * language, without another edit.
 */
import { describe, expect, it, vi } from 'vitest';
import type { MessageLanguage } from '../../src-shared/messages/messages.js';

const mark = (text: string) => `«${text}»`;

describe('a stub language reaches the report', () => {
  it('is chosen by its locale, writes the summary and the report, and is accepted over IPC', async () => {
    vi.resetModules();
    const languages = await import('../../src-shared/messages/languages.js');
    const { ENGLISH } = await import('../../src-shared/messages/messages.js');
    const messages = Object.fromEntries(
      Object.entries(ENGLISH.messages).map(([code, say]) => [
        code,
        (p: never, x: never) => mark((say as (p: never, x: never) => string)(p, x)),
      ]),
    ) as unknown as MessageLanguage['messages'];
    const report = JSON.parse(JSON.stringify(ENGLISH.report), (_k, v: unknown) =>
      typeof v === 'string' ? mark(v) : v,
    ) as MessageLanguage['report'];
    (languages.MESSAGE_LANGUAGES as Record<string, MessageLanguage>).xx = {
      locale: 'en-GB',
      and: '&',
      messages,
      report,
    };

    const { reportLang } = await import('../../src-main/core/report/report-text.js');
    const { parseRequest } = await import('../../src-main/ipc/contract.js');
    const { wizardFor } = await import('../support/wizard.js');

    expect(reportLang('xx_XX.UTF-8')).toBe('xx');
    const w = wizardFor('win7-sp1');
    w.service.apply({ protocols: '1.2', groups: null, replaceWrongTypes: false });
    const text = w.service.copySummary({ lang: 'xx' as 'en' }).text;
    expect(text.split('\n')[0]).toMatch(/^«Not ready for Microsoft 365/);
    expect(text).toContain('«Next: «Install Windows6.1-KB3140245-x64.msu');
    expect(parseRequest('copySummary', { lang: 'xx' })).toEqual({ lang: 'xx' });
    expect(() => parseRequest('copySummary', { lang: 'zz' })).toThrow();
  });
});
