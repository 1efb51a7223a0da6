import { describe, expect, it } from 'vitest';
import { reportLang } from '../../src-main/core/report/report-text.js';
import { dialogTitle } from '../../src-main/wizard/dialog-titles.js';
import { ReportKeeper } from '../../src-main/wizard/report-file.js';
import { en } from '../../src-shared/messages/en/index.js';
import { sv } from '../../src-shared/messages/sv/index.js';

describe("the wizard's dialog titles", () => {
  it('are codes of the catalogues, in English and Swedish', () => {
    for (const code of ['wizard.dialog.chooseBackupFolder', 'wizard.dialog.chooseBackupFile'] as const) {
      expect(en[code]).toBeTypeOf('function');
      expect(sv[code]).toBeTypeOf('function');
    }
    expect(dialogTitle('en', 'wizard.dialog.chooseBackupFolder')).toBe('Choose the backup folder');
    expect(dialogTitle('en', 'wizard.dialog.chooseBackupFile')).toBe('Choose a backup of this computer');
    expect(dialogTitle('sv', 'wizard.dialog.chooseBackupFolder')).toBe('Välj mappen för säkerhetskopior');
    expect(dialogTitle('sv', 'wizard.dialog.chooseBackupFile')).toBe(
      'Välj en säkerhetskopia av den här datorn',
    );
  });

  it('are English where the language is not known', () => {
    expect(dialogTitle(null, 'wizard.dialog.chooseBackupFolder')).toBe('Choose the backup folder');
    expect(dialogTitle('de', 'wizard.dialog.chooseBackupFile')).toBe('Choose a backup of this computer');
  });

  it("follow the wizard's report language", () => {
    const reports = new ReportKeeper(reportLang('sv-SE'));
    expect(reports.language()).toBe('sv');
    expect(dialogTitle(reports.language(), 'wizard.dialog.chooseBackupFile')).toMatch(/^Välj/);
    reports.setLang('en');
    expect(dialogTitle(reports.language(), 'wizard.dialog.chooseBackupFile')).toMatch(/^Choose/);
  });
});
