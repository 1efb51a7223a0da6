// Windows 10 and 11 in Chromium against the browser harness, in English and in Swedish: the
// recommended path in 4 clicks, then rolled back from the result (and finished). Every step: a screenshot, axe,
// the focus on its heading, and no sideways scrolling.
import { describe, expect, it } from 'vitest';
import { LANGS } from './support/i18n-text.js';
import {
  cliAudit,
  finish,
  journey,
  LAPTOP,
  makeItReady,
  recommendedPath,
  setUpJourneys,
  SMALL,
} from './support/journey-kit.js';
import type { WizardPage } from './support/wizard-page.js';

setUpJourneys();

/** "Roll back this change now" on the result: its preview, then the rollback, verified. */
async function rollBackFromResult(wizard: WizardPage, values: number): Promise<void> {
  const w = wizard.words;
  await wizard.button(w.exact('rollBackNow')).click();
  await wizard.arrive(w.exact('rollbackPreviewTitle'), 'rollback-preview');
  await wizard.waitForText(w.tn('restoreCount', values));
  await wizard.button(w.exact('confirmRollback')).click();
  await wizard.arrive(w.exact('rollbackResultTitle'), 'rollback-result');
  await wizard.waitForText(w.tn('matchCount', values));
}

describe.each(LANGS)('Windows 10 and 11 journeys in Chromium (%s)', (lang) => {
  it.each([
    ['win10', LAPTOP],
    ['win11', SMALL],
  ] as const)(
    '%s from the first screen: the verdict, "Make it ready", its confirmation: 2 clicks',
    async (profile, viewport) => {
      const { harness, wizard, w } = await journey(lang, `${profile}-one-screen`, profile, { viewport });
      await wizard.arrive(w.exact('step_computer'), 'computer');
      const verdict = wizard.page.getByRole('region', { name: w.t('verdictLabel') });
      await expect
        .poll(async () => (await verdict.locator('.verdict-headline').innerText()).trim())
        .toMatch(w.verdict('changes-needed'));
      // Update and backup have nothing to decide here: folded, numbered, never shown as done.
      expect(await wizard.stepStates()).toEqual([
        '1:current',
        '2:folded',
        '3:todo',
        '4:todo',
        '5:folded',
        '6:todo',
        '7:todo',
      ]);
      await makeItReady(wizard, 'ready-after-restart');
      expect(await wizard.clicks()).toBe(2);
      expect(cliAudit(harness, profile).code).toBe(3010 & 0xff);
      expect(wizard.problems).toEqual([]);
    },
  );

  it('Windows 10: done in 4 clicks (update and backup folded), then rolled back from the result and finished', async () => {
    const { harness, wizard } = await journey(lang, 'win10-apply-and-rollback', 'win10', {
      viewport: SMALL,
    });
    await recommendedPath(wizard, 4, 'resultRestart', 'ready-after-restart');
    // Nothing left to set; ready once restarted (3010, whose low byte a Linux parent sees).
    expect(cliAudit(harness, 'win10').code).toBe(3010 & 0xff);
    await rollBackFromResult(wizard, 4);
    expect(cliAudit(harness, 'win10').code).toBe(1);
    await finish(wizard, harness);
    expect(wizard.problems).toEqual([]);
  });

  it('Windows 11: done in 4 clicks, rolled back; then WinHTTP ticked keeps TLS 1.3 in both views', async () => {
    const { harness, wizard, w } = await journey(lang, 'win11-apply-and-rollback', 'win11', {
      viewport: LAPTOP,
    });
    await recommendedPath(wizard, 4, 'resultRestart', 'ready-after-restart');
    expect(cliAudit(harness, 'win11').code).toBe(3010 & 0xff);
    await rollBackFromResult(wizard, 4);
    expect(cliAudit(harness, 'win11').code).toBe(1);
    // A new start: WinHTTP is optional here and not ticked; ticked, its mask keeps TLS 1.3.
    await wizard.open(wizard.page.url());
    await wizard.next();
    await wizard.arrive(w.exact('step_choice_long'), 'choice');
    const winhttp = wizard.page.getByRole('checkbox', { name: w.starts('group_winhttp') });
    expect(await winhttp.isChecked()).toBe(false);
    await wizard.waitForText(w.re('need_optional'));
    // The protocol choice writes nothing until WinHTTP (a protocol list) is ticked: disabled till then.
    const choice = wizard.page.getByRole('radio', { name: w.starts('choice_11_12') });
    expect(await choice.isDisabled()).toBe(true);
    await winhttp.check();
    await choice.check();
    await wizard.next();
    await wizard.arrive(w.exact('step_review_long'), 'review-winhttp');
    await wizard.waitForText(w.tn('changeCount', 6));
    await wizard.page.getByText(w.tn('planRowsChanged', 6)).click();
    await wizard.waitForText(
      new RegExp(
        `DefaultSecureProtocols ${w.t('notSet').replace(/[()]/g, '\\$&')} →0x00002A00 \\(10752\\) = TLS 1\\.1, TLS 1\\.2, TLS 1\\.3`,
      ),
    );
    await wizard.checkStep('review-winhttp-rows');
    expect(wizard.problems).toEqual([]);
  });
});
