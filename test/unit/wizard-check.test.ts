// The verdict in the wizard's main process: at start, after a change, and "Check only".
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { wizardFor } from '../support/wizard.js';

const EN = { lang: 'en' as const };
const NEEDS = { protocols: '1.2' as const, groups: null, replaceWrongTypes: false };

/** The registry as the service plans it now: every value and its action. */
const planned = (w: ReturnType<typeof wizardFor>) =>
  w.service.plan({ protocols: '1.2', groups: null }).items.map((i) => `${i.entryId}:${i.view}:${i.action}`);

describe('the verdict in the wizard', () => {
  it('start() says whether the PC is ready, before anything changes', () => {
    const win7 = wizardFor('win7-sp1').service.start().readiness;
    expect(win7.verdict).toBe('blocked');
    expect(win7.reasons[0]?.msg.code).toBe('ready.kbMissing');
    expect(win7.reasons[0]?.next.code).toBe('next.installKb');
    const win11 = wizardFor('win11').service.start().readiness;
    expect(win11.verdict).toBe('changes-needed');
    expect(win11.planHasChanges).toBe(true);
  });

  it('an apply returns the verdict after the change: Windows 11 is ready after a restart', () => {
    const w = wizardFor('win11');
    const outcome = w.service.apply(NEEDS);
    expect(outcome.result.outcome).toBe('done');
    expect(outcome.readiness?.verdict).toBe('ready-after-restart');
    expect(outcome.readiness?.planHasChanges).toBe(false);
  });

  it('Windows 11 with WinHTTP unticked: the ticket says the protocol choice wrote nothing', () => {
    const w = wizardFor('win11');
    w.service.apply(NEEDS);
    const text = w.service.copySummary(EN).text;
    expect(text).toMatch(/^Chosen protocols: not used here \(no chosen setting writes a protocol list\)/m);
    expect(text).not.toMatch(/Chosen protocols: TLS 1\.2 only/);
    const win7 = wizardFor('win7-sp1');
    win7.service.apply(NEEDS);
    expect(win7.service.copySummary(EN).text).toMatch(/^Chosen protocols: TLS 1\.2 only/m);
  });
});

describe('"Check only"', () => {
  it('without administrator rights: the verdict, a ticket marked audit only, no registry path in its opening', () => {
    const w = wizardFor('win7-sp1', { elevated: false });
    const before = planned(w);
    const checked = w.service.check({ forTicket: true });
    expect(checked.readiness.verdict).toBe('blocked');
    expect(checked.reportAvailable).toBe(true);
    const lines = w.service.copySummary(EN).text.split('\n');
    expect(lines[0]).toBe(
      'Not ready for Microsoft 365: something this tool cannot change stands in the way.',
    );
    expect(lines[1]).toBe('Audit only: nothing was changed');
    expect(lines[2]).toMatch(/^Left for the technician: Install Windows6\.1-KB3140245-x64\.msu/);
    expect(lines.slice(0, 5).join('\n')).not.toMatch(/HKLM|SOFTWARE\\|0x[0-9a-f]{8}/i);
    const text = lines.join('\n');
    expect(text).toMatch(/TLS 1\.2 Wizard 1\.0\.0-test: check on /);
    expect(text).toMatch(/Values this tool would change \(now → after\) \((\d+)\):/);
    expect(text).not.toMatch(/\(verified\)|\(not verified\)/);
    expect(planned(w)).toEqual(before);
  });

  it('writes no file until the report is opened; then the report, marked audit only, beside the backups', async () => {
    const w = wizardFor('win10');
    w.service.check({ forTicket: true });
    expect(fs.readdirSync(w.backupFolder)).toEqual([]);
    const opened = await w.service.openReport(EN);
    expect(path.dirname(opened.file)).toBe(w.backupFolder);
    expect(path.basename(opened.file)).toMatch(/^TLS12-check_.*\.report\.html$/);
    const html = fs.readFileSync(opened.file, 'utf8');
    expect(html).toContain('<h1>Not ready for Microsoft 365 yet: this tool can make it ready.</h1>');
    expect(html).toContain('<p class="audit-only"><strong>Audit only: nothing was changed</strong></p>');
    expect(html).toContain('Values this tool would change (now → after) (4)');
  });

  it('a backup folder that is gone: the report goes to the temporary folder instead', async () => {
    const w = wizardFor('win10');
    w.service.check({ forTicket: true });
    fs.rmSync(w.backupFolder, { recursive: true });
    const opened = await w.service.openReport(EN);
    try {
      expect(path.dirname(opened.file)).toBe(os.tmpdir());
      expect(fs.readFileSync(opened.file, 'utf8')).toContain('Audit only: nothing was changed');
    } finally {
      fs.rmSync(opened.file, { force: true });
    }
  });

  it('a verdict read again (not for the ticket) leaves the apply summary as the ticket', () => {
    const w = wizardFor('win11');
    w.service.apply(NEEDS);
    const again = w.service.check({ forTicket: false });
    expect(again.readiness.verdict).toBe('ready-after-restart');
    expect(again.summary).toBe('');
    expect(w.service.copySummary(EN).text).toMatch(/: change on /);
  });
});
