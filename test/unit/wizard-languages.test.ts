import { describe, expect, it } from 'vitest';
import { MESSAGE_LANGUAGES } from '../../src-shared/messages/languages.js';
import { msg, renderMsg } from '../../src-shared/messages/messages.js';
import { WIZARD_LANGUAGES } from '../../src-shared/messages/wizard-languages.js';

// The renderer bundles WIZARD_LANGUAGES only: the same sentences as main's catalogues, without the
// fleet report's and the GPO export's, which main never sends the wizard.
describe('the catalogues the wizard bundles', () => {
  for (const lang of ['en', 'sv'] as const) {
    const wizard = WIZARD_LANGUAGES[lang];
    const full = MESSAGE_LANGUAGES[lang];

    it(`${lang}: the same locale, "and" and sentences as main's catalogue`, () => {
      expect(wizard.locale).toBe(full.locale);
      expect(wizard.and).toBe(full.and);
      for (const [code, entry] of Object.entries(wizard.messages)) {
        expect(entry, code).toBe((full.messages as Record<string, unknown>)[code]);
      }
    });

    it(`${lang}: no fleet report or GPO export codes, every other code kept`, () => {
      const codes = Object.keys(wizard.messages);
      expect(codes.filter((c) => /^(fleet|export)\./.test(c))).toEqual([]);
      const left = Object.keys(full.messages).filter((c) => !codes.includes(c));
      expect(left.length).toBeGreaterThan(0);
      expect(left.filter((c) => !/^(fleet|export)\./.test(c))).toEqual([]);
    });
  }

  it('renders a readiness reason as main does, and an unknown code as its code', () => {
    const m = msg('ready.kbMissing', { msu: 'Windows6.1-KB3140245-x64.msu' });
    expect(renderMsg(WIZARD_LANGUAGES.sv, m, 'gui')).toBe(renderMsg(MESSAGE_LANGUAGES.sv, m, 'gui'));
    expect(renderMsg(WIZARD_LANGUAGES.en, msg('fleet.kpi.machinesWithChanges', {}), 'gui')).toBe(
      '[fleet.kpi.machinesWithChanges]',
    );
  });
});
