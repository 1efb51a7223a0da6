// Windows 7 SP1 in Chromium against the browser harness, in English and in Swedish: KB 3140245
// missing, installed from the stick, and present. Every step: a screenshot, axe, the focus, and
// no sideways scrolling (two journeys at 533×400 CSS pixels, 150 % of 800×600).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from './support/i18n-text.js';
import {
  applyToResult,
  cliAudit,
  finish,
  journey,
  LAPTOP,
  makeItReady,
  recommendedPath,
  setUpJourneys,
  SMALL,
  toApply,
} from './support/journey-kit.js';

setUpJourneys();

describe.each(LANGS)('Windows 7 SP1 journeys in Chromium (%s)', (lang) => {
  it('without KB 3140245 and no stick: saved, but not active until the update is installed; by keyboard at 533×400', async () => {
    const { wizard, w, harness } = await journey(lang, 'win7-kb-missing', 'win7-sp1', { viewport: SMALL });
    await wizard.waitForText(w.re('simulationPrefix'));
    await toApply(wizard, true);
    await applyToResult(wizard, 'resultKbMissing', 'blocked', true);
    const steps = await wizard.page.getByRole('list', { name: w.t('nextActionsLabel') }).innerText();
    expect(steps.replace(/\s+/g, ' ')).toContain(
      [
        w.t('nextInstallKb', { msu: 'Windows6.1-KB3140245-x64.msu' }),
        w.t('nextRestartOnce'),
        w.t('nextTicket'),
      ].join(' '),
    );
    await finish(wizard, harness);
    expect(wizard.problems).toEqual([]);
  });

  it('without KB 3140245, the update on the stick: installs it, then applies', async () => {
    const stick = fs.mkdtempSync(path.join(path.resolve('test-output'), 'stick-'));
    fs.writeFileSync(path.join(stick, 'Windows6.1-KB3140245-x64.msu'), 'stand-in for the update package');
    const { wizard, w } = await journey(lang, 'win7-kb-from-stick', 'win7-sp1', { args: ['--stick', stick] });
    await wizard.arrive(w.exact('step_computer'), 'computer');
    await wizard.next();
    await wizard.arrive(w.exact('step_update_long'), 'update-missing');
    await wizard.waitForText(w.re('kbState_missing'));
    await wizard.waitForText(
      new RegExp(`winhttp\\.dll 6\\.1\\.7601\\.17514 6\\.1\\.7601\\.23375 ${w.re('fileTooOld').source}`),
    );
    await wizard.waitForText(w.re('kbOnStick', { file: 'Windows6.1-KB3140245-x64.msu' }));
    await wizard.button(w.exact('installKb')).click();
    await wizard.waitForText(w.re('kbRestartNeeded'));
    await wizard.waitForText(w.re('kbState_probablyPresent'));
    // The install button is gone: the focus is on what happened.
    await wizard.expectFocus('DIV', w.re('kbRestartNeeded'));
    await wizard.checkStep('update-installed');
    await wizard.next();
    await toApply(wizard);
    // Windows 7 is past its end of support: never better than at risk.
    await applyToResult(wizard, 'resultRestart', 'at-risk');
    expect(wizard.problems).toEqual([]);
  });

  it('without KB 3140245, the update on the stick, from the first screen at 911×440: 3 clicks', async () => {
    const stick = fs.mkdtempSync(path.join(path.resolve('test-output'), 'stick-'));
    fs.writeFileSync(path.join(stick, 'Windows6.1-KB3140245-x64.msu'), 'stand-in for the update package');
    const { wizard, w } = await journey(lang, 'win7-first-screen', 'win7-sp1', {
      args: ['--stick', stick],
      viewport: LAPTOP,
    });
    await wizard.arrive(w.exact('step_computer'), 'computer');
    // The update first: the install is the primary button; a restart never is before it.
    expect(await wizard.page.locator('main button.primary').allInnerTexts()).toEqual([w.t('installKb')]);
    await wizard.button(w.exact('installKb')).click();
    await wizard.waitForText(w.re('kbRestartNeeded'));
    await wizard.checkStep('update-installed');
    await makeItReady(wizard, 'at-risk');
    expect(await wizard.clicks()).toBeLessThanOrEqual(4);
    expect(await wizard.clicks()).toBe(3);
    expect(wizard.problems).toEqual([]);
  });

  it('with KB 3140245: done in 5 clicks at 533×400; restart asked first (cancelled, then now), report, ticket summary, finish', async () => {
    const { harness, wizard, w } = await journey(lang, 'win7-with-kb', 'win7-sp1-kb', { viewport: SMALL });
    await recommendedPath(wizard, 5, 'resultRestart', 'at-risk');
    await wizard.waitForText(w.re('verifiedCount_other', { n: 12 }));
    // The effective protocols after: WinHTTP for 32-bit programs gets TLS 1.2 beside TLS 1.0.
    await wizard.waitForText(`${w.t('stack_winhttp')}, ${w.t('programs32')} TLS 1.0 TLS 1.2`);
    await wizard.page.getByText(w.tn('registryRowsChanged', 12)).click();
    await wizard.checkStep('result-registry-rows');
    await wizard.button(w.exact('copySummary')).click();
    await wizard.waitForText(w.re('copied'));
    await wizard.expectFocus('BUTTON', w.exact('copySummary'));
    await wizard.button(w.exact('openReport')).click();
    await wizard.waitForText(new RegExp(`${w.t('reportOpened', { file: '' })}.*\\.report\\.html`));
    await wizard.expectFocus('BUTTON', w.exact('openReport'));
    await wizard.button(w.exact('restartAsk')).click();
    await wizard.waitForText(w.re('restartConfirmText'));
    await wizard.expectFocus('BUTTON', w.exact('cancel'));
    await wizard.checkStep('restart-confirmation');
    await wizard.button(w.exact('cancel')).click();
    await wizard.expectFocus('BUTTON', w.exact('restartAsk'));
    await wizard.checkStep('restart-later');
    // Restart now, after asking: shutdown.exe is started (logged by the harness), the focus comes back.
    await wizard.button(w.exact('restartAsk')).click();
    await wizard.button(w.exact('restartNow')).click();
    await expect.poll(() => harness.output()).toMatch(/run .*shutdown\.exe/i);
    await wizard.expectFocus('BUTTON', w.exact('restartAsk'));
    await wizard.checkStep('restart-now');
    // The registry the wizard changed is the one the CLI reads: nothing left to change (not 1);
    // Windows 7 stays at risk (4: out of support, no suite Azure Front Door offers).
    expect(cliAudit(harness, 'win7-sp1-kb').code).toBe(4);
    const backups = fs.readdirSync(path.join(harness.simDir, 'stick', 'TLS12-Backups'));
    expect(backups.some((f) => f.endsWith('.reg'))).toBe(true);
    await finish(wizard, harness);
    expect(wizard.problems).toEqual([]);
  });
});
