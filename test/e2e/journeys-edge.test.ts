// The edges, in Chromium against the browser harness, in English and in Swedish: nothing to
// change, not elevated (also with nothing to change), and an apply interrupted by a crash. Every
// step: a screenshot, axe, the focus, and no sideways scrolling.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from './support/i18n-text.js';
import { cli, cliAudit, finish, journey, recommendedPath, setUpJourneys } from './support/journey-kit.js';
import type { WizardPage } from './support/wizard-page.js';
import type { Verdict } from '../../src-shared/readiness-types.js';

setUpJourneys();

/** A simulated Windows 10 the CLI brought up to date first: nothing left to change. */
function upToDateWin10(): string {
  const simRoot = fs.mkdtempSync(path.join(path.resolve('test-output'), 'up-to-date-'));
  // Exit code 3010 (set, restart needed), as the process status sees it (modulo 256).
  expect(cli(simRoot, ['apply', '--yes', '--simulate', 'win10']).status).toBe(3010 % 256);
  return simRoot;
}

/** From the review with nothing to change, Next goes to "Nothing to change": only copy, report, finish. */
async function nothingToChange(wizard: WizardPage, verdict: Verdict): Promise<void> {
  const w = wizard.words;
  await wizard.arrive(w.exact('step_review_long'), 'review-nothing');
  await wizard.waitForText(w.re('nothingToChange'));
  await wizard.next();
  await wizard.arrive(w.verdict(verdict), 'result-nothing');
  await wizard.waitForText(w.re('resultNothing'));
  expect(await wizard.button(w.exact('backUpAndApply')).count()).toBe(0);
  const actions = wizard.page.getByRole('region', { name: w.t('actionsLabel') }).getByRole('button');
  expect(await actions.allInnerTexts()).toEqual([w.t('copySummary'), w.t('openReport'), w.t('finish')]);
  await wizard.button(w.exact('copySummary')).click();
  await wizard.waitForText(w.re('copied'));
  await wizard.expectFocus('BUTTON', w.exact('copySummary'));
}

describe.each(LANGS)('edge journeys in Chromium (%s)', (lang) => {
  it('nothing to change: says so, and offers only report, copy and finish', async () => {
    const { harness, wizard, w } = await journey(lang, 'nothing-to-change', 'win11');
    await recommendedPath(wizard, 4, 'resultRestart', 'ready-after-restart');
    // Started again on the same computer: everything is already as chosen.
    await wizard.open(wizard.page.url());
    await wizard.arrive(w.exact('step_computer'), 'computer');
    await wizard.next();
    await wizard.arrive(w.exact('step_choice_long'), 'choice');
    await wizard.next();
    await nothingToChange(wizard, 'ready-after-restart');
    await wizard.button(w.exact('openReport')).click();
    await wizard.waitForText(new RegExp(`${w.t('reportOpened', { file: '' })}.*\\.report\\.html`));
    await finish(wizard, harness);
    expect(wizard.problems).toEqual([]);
  });

  it('not elevated: explains, cannot reach Apply, and offers to restart as administrator', async () => {
    const { wizard, w } = await journey(lang, 'not-elevated', 'win10', { args: ['--not-elevated'] });
    await wizard.arrive(w.exact('step_computer'), 'computer');
    await wizard.waitForText(w.re('notElevatedTitle'));
    // The update step folds on Windows 10; the backup step does not while the wizard is not elevated.
    for (const [key, name] of [
      ['step_choice_long', 'choice'],
      ['step_review_long', 'review'],
      ['step_backup_long', 'backup-blocked'],
    ] as const) {
      await wizard.next();
      await wizard.arrive(w.exact(key), name);
    }
    expect(await wizard.button(w.starts('next')).isDisabled()).toBe(true);
    await wizard.waitForText(w.re('blockNotElevated'));
    await wizard.button(w.exact('relaunchElevated')).click();
    await expect.poll(() => wizard.page.getByRole('status').count()).toBeGreaterThan(0);
    await wizard.expectFocus('BUTTON', w.exact('relaunchElevated'));
    await wizard.checkStep('relaunching');
    // Electron quits and UAC starts a new, elevated instance; the harness elevates and the page starts again.
    await wizard.open(wizard.page.url());
    await wizard.arrive(w.exact('step_computer'), 'elevated');
    expect(await wizard.text()).not.toMatch(w.re('notElevatedTitle'));
    for (let i = 0; i < 3; i++) await wizard.next();
    await wizard.arrive(w.exact('step_apply_long'), 'apply');
    expect(await wizard.button(w.exact('backUpAndApply')).isDisabled()).toBe(false);
    expect(wizard.problems).toEqual([]);
  });

  it('not elevated, with nothing to change: reaches "Nothing to change", copies and finishes', async () => {
    const simRoot = upToDateWin10();
    const { harness, wizard, w } = await journey(lang, 'not-elevated-nothing-to-change', 'win10', {
      args: ['--not-elevated'],
      simRoot,
    });
    await wizard.arrive(w.exact('step_computer'), 'computer');
    await wizard.waitForText(w.re('notElevatedTitle'));
    await wizard.next();
    await wizard.arrive(w.exact('step_choice_long'), 'choice');
    await wizard.next();
    await nothingToChange(wizard, 'ready-after-restart');
    await finish(wizard, harness);
    expect(wizard.problems).toEqual([]);
  });

  it('not elevated, "Check only": the verdict first, then a copied ticket and a report marked audit only', async () => {
    const { harness, wizard, w } = await journey(lang, 'check-only', 'win7-sp1', {
      args: ['--not-elevated'],
    });
    await wizard.arrive(w.exact('step_computer'), 'computer');
    // The verdict comes before the facts about the computer, before anything changes.
    const verdict = wizard.page.getByRole('region', { name: w.t('verdictLabel') });
    await expect
      .poll(async () => (await verdict.locator('.verdict-headline').innerText()).trim())
      .toMatch(w.verdict('blocked'));
    expect(await wizard.button(w.exact('makeReady')).count()).toBe(0);
    await wizard.button(w.exact('checkOnly')).click();
    await wizard.arrive(w.exact('checkTitle'), 'check-only');
    await wizard.waitForText(w.re('checkReadOnly'));
    await wizard.button(w.exact('copySummary')).click();
    await wizard.waitForText(w.re('copied'));
    await wizard.button(w.exact('openReport')).click();
    await wizard.waitForText(
      new RegExp(`${w.t('reportOpened', { file: '' })}.*TLS12-check_.*\\.report\\.html`),
    );
    const opened = /open (.*TLS12-check_[^\n]*\.report\.html)/.exec(harness.output())?.[1];
    expect(opened, harness.output()).toBeTruthy();
    const html = fs.readFileSync(opened ?? '', 'utf8');
    expect(html).toContain('class="audit-only"');
    expect(cliAudit(harness, 'win7-sp1').doc.plan.items.some((i) => i.action !== 'none')).toBe(true);
    await wizard.button(w.exact('checkBack')).click();
    await wizard.arrive(w.exact('step_computer'), 'computer-again');
    expect(wizard.problems).toEqual([]);
  });

  it('an apply interrupted by a crash is shown first and repaired in one click', async () => {
    const simRoot = fs.mkdtempSync(path.join(path.resolve('test-output'), 'crash-'));
    const crashed = cli(simRoot, ['apply', '--yes', '--simulate', 'win7-sp1'], {
      TLS12_WIZARD_TEST_CRASH_AFTER_WRITE: '5',
    });
    expect(crashed.signal).toBe('SIGKILL');
    const { harness, wizard, w } = await journey(lang, 'interrupted-apply', 'win7-sp1', { simRoot });
    await wizard.arrive(w.exact('interruptedTitle'), 'interrupted');
    await wizard.button(w.exact('repairNow')).click();
    await wizard.expectFocus('BUTTON', w.exact('continue'));
    await wizard.checkStep('repaired');
    await wizard.button(w.exact('continue')).click();
    await wizard.arrive(w.exact('step_computer'), 'after-repair');
    expect(cliAudit(harness, 'win7-sp1').doc.plan.items.every((i) => i.action === 'create')).toBe(true);
    expect(fs.existsSync(path.join(simRoot, 'win7-sp1', 'apply-journal.json'))).toBe(false);
    expect(wizard.problems).toEqual([]);
  });
});
