import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportHtml } from '../../src-main/core/report/report-html.js';
import { localTime } from '../../src-main/core/report/report-text.js';
import { summaryText, type ReportInput } from '../../src-main/core/report/report.js';
import { asIs } from '../../src-shared/messages/message-error.js';
import { wizardFor } from '../support/wizard.js';

const CHOICE = { protocols: '1.2' as const, groups: null };

/** What the service keeps of its last apply, through the summary it copies. */
function applied(profile: string) {
  const w = wizardFor(profile);
  const out = w.service.apply({ ...CHOICE, replaceWrongTypes: false });
  return { w, out };
}

describe('the ticket summary and the report', () => {
  it('writes local time with its time zone, in the language', () => {
    const iso = '2026-11-29T17:52:20.000Z';
    expect(localTime('en', iso, 'Europe/Stockholm')).toMatch(/29 November 2026.*18:52:20 (CET|GMT\+1)/);
    expect(localTime('sv', iso, 'Europe/Stockholm')).toMatch(/29 november 2026.*18:52:20 (CET|GMT\+1)/);
    expect(localTime('en', iso, 'UTC')).not.toContain('T17:52');
  });

  it('English: computer, Windows and KB in words, choice, every value from → to, effective, backup, restart', () => {
    const { w, out } = applied('win7-sp1');
    const text = w.service.copySummary({ lang: 'en' }).text;
    // Five lines a person reads, then the reasons with their next steps, before any registry row.
    const lines = text.split('\n');
    expect(lines[0]).toBe(
      'Not ready for Microsoft 365: something this tool cannot change stands in the way.',
    );
    expect(lines[1]).toBe('Changed 8 registry values; backup taken');
    expect(lines[2]).toMatch(/^Left for the technician: Install Windows6\.1-KB3140245-x64\.msu/);
    expect(lines[3]).toBe(`Backup: ${path.basename(out.result.backup?.jsonFile ?? '')}`);
    expect(lines[4]).toMatch(/^Time: \d+ \w+ 2\d{3}/);
    expect(lines[5]).toBe('');
    expect(lines[6]).toMatch(
      /^- Outlook and OneDrive \(WinHTTP\) cannot use TLS 1\.2: update KB 3140245 is not installed/,
    );
    expect(lines[7]).toMatch(/^ {2}Next: Install Windows6\.1-KB3140245-x64\.msu/);
    expect(text.indexOf('Next:')).toBeLessThan(text.indexOf('HKLM\\'));
    // The caveat of the screen is kept: WinHTTP's "after" needs the update.
    expect(text).toMatch(/WinHTTP.*→ .*TLS 1\.2 \(once KB3140245 is installed\)/);
    expect(text).toContain('Computer: SIM-WIN7; Windows: Windows 7 SP1 (64-bit)');
    expect(text).toContain('KB 3140245: missing: WinHTTP ignores the new setting until it is installed');
    expect(text).toContain('Chosen protocols: TLS 1.2 only (Settings: what this Windows needs)');
    expect(text).toMatch(
      /Values changed \(8\):\n {2}HKLM\\.*\(64-bit\) DefaultSecureProtocols: \(not set\) → 0x00000800/,
    );
    expect(text).toMatch(/What the computer offers by default \(before → after\):\n {2}.* → .*TLS 1\.2/);
    expect(text).toContain(`Backup: ${out.result.backup?.jsonFile}`);
    expect(text).toContain('Restart: needed, not yet done');
    expect(text).not.toMatch(/not-needed|probably-present|\bmissing\.$|T\d\d:\d\d:\d\d\.\d{3}Z/m);
    void w.service.restart({ when: 'later' });
    expect(w.service.copySummary({ lang: 'en' }).text).toContain(
      'Restart: needed: the technician restarts later',
    );
  });

  it('Swedish: the same in Swedish, and the KB not needed in words on Windows 10', () => {
    const { w } = applied('win10');
    const text = w.service.copySummary({ lang: 'sv' }).text;
    // The verdict first, then its reasons, then the heading and the facts.
    expect(text.split('\n')[0]).toBe('Redo för Microsoft 365 efter en omstart.');
    expect(text).toMatch(/^TLS 1\.2-guiden .*: ändring på /m);
    expect(text).toContain('KB 3140245: behövs inte i den här Windows-versionen');
    // Only .NET is needed on Windows 10: no chosen value is a protocol list, so the choice wrote nothing.
    expect(text).toContain(
      'Valda protokoll: används inte här (ingen vald inställning skriver en protokollista)',
    );
    expect(text).toMatch(/Ändrade värden \(4\):/);
    expect(text).toMatch(/\(64-bitars\)/);
    expect(text).toMatch(/Omstart: /);
    expect(text).not.toMatch(/not-needed|Values changed/);
  });

  it('after a rollback: says what was restored, not "0 changed"', () => {
    const { w } = applied('win7-sp1');
    const [backup] = w.service.listBackups();
    const id = backup?.id as string;
    const previewHash = w.service.previewRollback({ id }).contentHash;
    const out = w.service.rollback({ id, restoreWrongTypes: false, previewHash, overwriteDrift: false });
    expect(out.summary).toMatch(/Återställda värden \(8\):/);
    const en = w.service.copySummary({ lang: 'en' }).text;
    expect(en).toMatch(/^TLS 1\.2 Wizard .*: rollback on SIM-WIN7/m);
    const lines = en.split('\n');
    expect(lines[0]).toMatch(/^Not ready for Microsoft 365/);
    // The backup's date as the language writes it (the preview's "2 Dec 2026, 00:43"), never ISO.
    expect(lines[1]).toMatch(/^Rolled back to the backup of \d{1,2} \w{3} \d{4}, \d\d:\d\d$/);
    expect(lines[3]).toBe(`Backup restored: ${id}`);
    expect(en).toMatch(/Result: Rolled back to the backup of \d{1,2} \w{3} \d{4}, \d\d:\d\d:/);
    expect(en).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:/);
    expect(en).toMatch(/Values restored \(8\):\n {2}HKLM\\.* → \(not set\)/);
    expect(en).not.toMatch(/Values changed: 0/);
  });

  it('the report: one self-contained HTML file for A4, in the language, with the same facts', async () => {
    const { w } = applied('win7-sp1');
    const { file } = await w.service.openReport({ lang: 'sv' });
    const html = (await import('node:fs')).readFileSync(file, 'utf8');
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('@page{size:A4');
    expect(html).not.toMatch(/<script|<link|src=|url\(/i);
    expect(html).toContain('Valda protokoll');
    expect(html).toContain('Ändrade värden (8)');
    expect(html).toContain('Vad datorn erbjuder som standard (före → efter)');
    expect(html).toContain('saknas: WinHTTP');
    // The verdict is the headline; every value changed, so one table, not two the same.
    expect(html).toMatch(/<h1>Inte redo för Microsoft 365/);
    expect(html).not.toContain('Alla värden (före → efter)');
    // Keys break after a backslash, names never inside a word.
    expect(html).toContain('HKLM\\<wbr>SOFTWARE\\<wbr>');
    expect(html).toContain('td.name{overflow-wrap:normal;word-break:keep-all}');
    expect(html).toContain('<td class="mono name">SystemDefaultTlsVersions</td>');
  });

  it('escapes what it did not write itself', () => {
    const { w } = applied('win10');
    void w;
    const input = {
      operation: 'apply',
      toolVersion: '<b>',
      createdAt: 'not a date',
      detection: w.service.start().detection,
      result: {
        outcome: 'done',
        exitCode: 0,
        restartNeeded: false,
        message: '<img src=x>',
        msg: asIs('<img src=x>'),
        backup: null,
        steps: [],
        restored: null,
      },
      rows: [],
      findings: [asIs('<script>')],
    } as ReportInput;
    const html = reportHtml(input, { lang: 'en', restart: 'not-needed' });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script>');
    expect(summaryText(input)).toContain('Time: not a date');
  });
});
