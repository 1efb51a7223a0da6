// Main says what happened by code; the wizard renders each message from its language's catalogue.
// This runs the real core and wizard service (main-message-corpus.ts), renders every message in
// Swedish and in the wizard's English, and checks the Swedish has no English left and the wizard
// names no command-line flag.
import { describe, expect, it } from 'vitest';
import { MESSAGE_LANGUAGES } from '../../src-shared/messages/languages.js';
import { english, msg, renderMsg, type Catalogue } from '../../src-shared/messages/messages.js';
import { sv } from '../../src-renderer/i18n/sv.js';
import { recordedOsName } from '../../src-main/wizard/wizard-messages.js';
import { collectMainMessages } from './main-message-corpus.js';

const ENGLISH =
  /\b(the|is|was|are|and|not|has|have|this|been|could|must|run|into|value\(s\)|Nothing|Restart|Install|backup|folder|failed|written|missing|installed|needed|Remember)\b/;
/** Data kept as it is: paths, quoted names, and what the operating system or a file said. */
const DATA = /\/[^\s]+|[A-Z]:\\[^\s]+|HKLM\\[^\s]+|"[^"]*"|\([^()]*(it is|error|ENOENT|EACCES)[^()]*\)/g;

describe("main's messages in Swedish", () => {
  it('every message main produces in these situations has Swedish, with no English left', async () => {
    const messages = await collectMainMessages();
    expect(messages.length).toBeGreaterThan(40);
    const untranslated = messages
      .filter(
        (m) => m.code !== 'text.asIs' && m.code !== 'backup.invalidState' && m.code !== 'backup.badField',
      )
      .map((m) => ({ code: m.code, sv: renderMsg(MESSAGE_LANGUAGES.sv, m, 'gui') }))
      .filter(({ sv }) => ENGLISH.test(sv.replace(DATA, '')));
    expect(untranslated).toEqual([]);
  });

  it('names command-line flags only on the command line', async () => {
    const messages = await collectMainMessages();
    for (const lang of Object.values(MESSAGE_LANGUAGES)) {
      const gui = messages.map((m) => renderMsg(lang, m, 'gui')).filter((t) => /(^|\s|\()--[a-z]/.test(t));
      expect(gui).toEqual([]);
    }
    const needsSchannel = msg('refusal.needsSchannel', { groups: ['dotnet'], only: ['dotnet'] });
    expect(english(needsSchannel)).toContain('(--only dotnet,schannel)');
    expect(renderMsg(MESSAGE_LANGUAGES.en, needsSchannel, 'gui')).toContain('tick the SChannel group too.');
  });

  it('a catalogue without one of the codes does not compile', () => {
    const { 'wizard.busy': dropped, ...rest } = MESSAGE_LANGUAGES.sv.messages;
    // @ts-expect-error the Swedish catalogue without 'wizard.busy' is not a Catalogue
    const incomplete: Catalogue = rest;
    expect(typeof dropped).toBe('function');
    expect(Object.keys(incomplete)).not.toContain('wizard.busy');
  });

  it('keeps paths, names and values', () => {
    const m = msg('result.refused', {
      reasons: [
        msg('registry.failed', {
          operation: 'write',
          at: { hive: 'HKLM', view: '64', key: 'SOFTWARE\\X', name: 'DefaultSecureProtocols' },
          win32: 5,
        }),
      ],
    });
    expect(renderMsg(MESSAGE_LANGUAGES.sv, m, 'gui')).toBe(
      'Kunde inte skriva HKLM\\SOFTWARE\\X (64-bitarsvy) "DefaultSecureProtocols": åtkomst nekad: kör verktyget som administratör (högerklicka, "Kör som administratör") (Win32-fel 5). Inget ändrades.',
    );
    expect(english(m)).toBe(
      'Could not write HKLM\\SOFTWARE\\X (64-bit view) "DefaultSecureProtocols": access denied: run the tool as administrator (right-click, "Run as administrator") (Win32 error 5). Nothing was changed.',
    );
  });
});

describe("the issue's Swedish table", () => {
  const say = (m: Parameters<typeof english>[0]) => renderMsg(MESSAGE_LANGUAGES.sv, m, 'gui');
  it('uses the better phrases, and plurals by Intl.PluralRules', () => {
    const os = { name: 'Windows 7', sp: 1, arch: 'x64' } as const;
    expect(
      say(msg('simulation.label', { os, kb: 'missing', profile: 'win7-sp1', label: 'Windows 7 SP1 64-bit' })),
    ).toBe('Windows 7 SP1 (64-bitars), utan KB 3140245');
    expect(say(msg('os.name', { os }))).toBe('Windows 7 SP1 (64-bitars)');
    // Windows' name as a backup recorded it (English): shown as it is, never parsed back into a code.
    expect(recordedOsName('Windows 7 SP1 (64-bit)')).toEqual(
      msg('text.asIs', { detail: 'Windows 7 SP1 (64-bit)' }),
    );
    expect(say(recordedOsName('Windows Server 2012 R2 (32-bit)'))).toBe('Windows Server 2012 R2 (32-bit)');
    expect(say(msg('result.applied', { count: 12, restart: false }))).toBe(
      '12 värden har ställts in och kontrollerats.',
    );
    expect(say(msg('result.applied', { count: 1, restart: false }))).toBe(
      '1 värde har ställts in och kontrollerats.',
    );
    expect(english(msg('result.applied', { count: 1, restart: false }))).toBe('1 value set and verified.');
    expect(say(msg('result.alreadyAsChosen', {}))).toContain(
      'Alla värden är redan inställda enligt ditt val.',
    );
    expect(sv.col_minimum).toBe('Lägsta version');
    expect(sv.findingsTitle).toBe('Att observera (ändras inte)');
    expect(sv.group_winhttp_text).toContain('både 64- och 32-bitarsdelen av registret');
    expect(sv.protocolsHint).toContain('inaktiveras alltid');
    expect(sv.group_schannel_text).toMatch(/^Aktiverar TLS 1\.2 för klienten/);
    expect(sv.chooseBackupFile).toBe('Bläddra efter säkerhetskopia…');
    expect(sv.kbNotOnStick).toContain('lägg den bredvid programfilen på USB-minnet');
    expect(sv.verifiedCount_other).toContain('stämmer med ditt val');
    expect(Object.values(sv).join('\n')).not.toMatch(
      /Servicepaket|Iakttagelser|som valt|värde\(n\) satta|\(Client\)/,
    );
  });
});
