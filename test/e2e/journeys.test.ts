// End-to-end journeys: the built renderer in Debian's Chromium, talking through the same API as
// the preload to the real IPC handlers and core (out/harness.cjs) on simulated Windows machines.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser.js';
import { startSimulatedHarness, type RunningHarness } from './support/harness-process.js';
import { WizardPage } from './support/wizard-page.js';

let browser: Browser;
const harnesses: RunningHarness[] = [];

beforeAll(async () => {
  fs.mkdirSync('test-output', { recursive: true });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
  await Promise.all(harnesses.map((h) => h.stop()));
});

async function journey(
  name: string,
  profile: string,
  args: string[] = [],
  viewport = { width: 800, height: 600 },
) {
  const harness = await startSimulatedHarness(profile, args);
  harnesses.push(harness);
  const context = await browser.newContext({ viewport });
  const wizard = new WizardPage(await context.newPage(), name);
  await wizard.open(harness.url);
  return { harness, wizard };
}

/** The simulated registry as the CLI sees it: the same files the harness works on. */
function cliAudit(
  harness: RunningHarness,
  profile: string,
  protocols = '1.2',
): { code: number | null; doc: { plan: { items: { action: string }[] } } } {
  const r = spawnSync(
    process.execPath,
    ['out/cli.cjs', 'audit', '--simulate', profile, '--protocols', protocols, '--json'],
    {
      encoding: 'utf8',
      env: { ...process.env, TLS12_WIZARD_SIM_DIR: path.dirname(harness.simDir) },
    },
  );
  return { code: r.status, doc: JSON.parse(r.stdout) as { plan: { items: { action: string }[] } } };
}

/**
 * From launch to the Apply step on the recommended path (steps with nothing to decide fold away),
 * with the given protocols; leaves the wizard on the Apply step.
 */
async function toApply(wizard: WizardPage, protocols?: RegExp): Promise<void> {
  await wizard.heading().waitFor();
  for (let i = 0; i < 6; i++) {
    const title = (await wizard.heading().textContent())?.trim() ?? '';
    if (title === 'Back up and apply') return;
    await wizard.checkStep(title.toLowerCase().replace(/[^a-z0-9]+/g, '-'));
    if (protocols && /Choose the protocols/.test(title))
      await wizard.page.getByRole('radio', { name: protocols }).check();
    await wizard.next();
    await expect.poll(async () => (await wizard.heading().textContent())?.trim()).not.toBe(title);
  }
  await wizard.expectStep('Back up and apply');
}

/** The recommended path from launch to the result, counting clicks: fails above the limit. */
async function recommendedPath(wizard: WizardPage, limit: number, headline: RegExp): Promise<void> {
  await toApply(wizard);
  await wizard.checkStep('apply');
  await wizard.button('Back up and apply').click();
  await wizard.expectStep(headline);
  // The focus lands on the result's heading.
  const focused = await wizard.focused();
  expect(focused.slice(0, 3)).toBe('H2 ');
  expect(focused.slice(3)).toMatch(headline);
  const clicks = await wizard.clicks();
  expect(clicks, 'the click counter counts').toBeGreaterThanOrEqual(limit - 1);
  expect(clicks).toBeLessThanOrEqual(limit);
}

describe('journeys in Chromium', () => {
  it('Windows 7 SP1 without KB 3140245: guided to the update on the stick, installs it, then applies in 3 more clicks', async () => {
    const stick = fs.mkdtempSync(path.join(path.resolve('test-output'), 'stick-'));
    fs.writeFileSync(path.join(stick, 'Windows6.1-KB3140245-x64.msu'), 'stand-in for the update package');
    const { wizard } = await journey('win7-without-kb', 'win7-sp1', ['--stick', stick]);
    await wizard.expectStep('This computer');
    await wizard.waitForText(
      /SIMULATION: Windows 7 SP1 64-bit, fresh install \(no KB 3140245, IE 8, \.NET 3\.5\.1 only\)\. Nothing on this computer is changed\./,
    );
    await wizard.checkStep('computer');
    await wizard.next();
    await wizard.expectStep(/Update KB 3140245/);
    await wizard.waitForText(/MISSING/);
    await wizard.waitForText(/winhttp\.dll.*6\.1\.7601\.17514.*6\.1\.7601\.23375.*too old/);
    await wizard.waitForText(/The update is on the USB stick: Windows6\.1-KB3140245-x64\.msu/);
    await wizard.checkStep('update-missing');
    await wizard.button('Install KB 3140245 from the stick').click();
    await wizard.waitForText(/Restart the computer to finish installing the update/);
    await wizard.waitForText(/Probably installed/);
    await wizard.checkStep('update-installed');
    await toApply(wizard);
    await wizard.button('Back up and apply').click();
    await wizard.expectStep('Done — restart needed');
    await wizard.checkStep('result');
    expect(wizard.problems).toEqual([]);
  });

  it('Windows 7 SP1 without KB 3140245 and no stick: saved, but not active until the update is installed', async () => {
    const { wizard } = await journey('win7-kb-missing-result', 'win7-sp1');
    await toApply(wizard);
    await wizard.button('Back up and apply').click();
    await wizard.expectStep('Saved, but not active until KB 3140245 is installed');
    const steps = await wizard.page.getByRole('list', { name: 'Next steps, in order' }).innerText();
    expect(steps.replace(/\s+/g, ' ')).toMatch(
      /Install the update KB 3140245 \(Windows6\.1-KB3140245-x64\.msu\)\..*Then restart the computer once\..*Copy the summary into the ticket\./,
    );
    await wizard.checkStep('result-kb-missing');
    expect(wizard.problems).toEqual([]);
  });

  it('Windows 7 SP1 with KB 3140245: done in 5 clicks, restart asked first, report and ticket summary', async () => {
    const { harness, wizard } = await journey('win7-with-kb', 'win7-sp1-kb');
    await recommendedPath(wizard, 5, /Done — restart needed/);
    await wizard.waitForText(/All 12 values were read back and are as chosen \(verified\)/);
    await wizard.waitForText(
      /WinHTTP \(Outlook, OneDrive, Windows Update\), 32-bit programs TLS 1\.0 TLS 1\.2/,
    );
    await wizard.checkStep('result');
    await wizard.page.getByText('Show the 12 registry values that were changed').click();
    await wizard.checkStep('result-registry-rows');
    await wizard.button('Copy for the ticket').click();
    await wizard.waitForText(/The summary was copied to the clipboard/);
    expect(await wizard.focused()).toBe('BUTTON Copy for the ticket');
    await wizard.button('Open report').click();
    await wizard.waitForText(/Report opened: .*\.report\.html/);
    await wizard.button('Restart…').click();
    await wizard.waitForText(/anything unsaved in open programs is lost/);
    expect(await wizard.focused()).toBe('BUTTON Cancel');
    await wizard.checkStep('restart-confirmation');
    await wizard.button('Cancel').click();
    await wizard.waitForText(/Remember to restart this computer/);
    expect(await wizard.focused()).toBe('BUTTON Restart…');
    await wizard.screenshot('result-after-actions');
    // The registry the wizard changed is the one the CLI reads: nothing left to change.
    expect(cliAudit(harness, 'win7-sp1-kb').code).toBe(0);
    expect(
      fs.readdirSync(path.join(harness.simDir, 'stick', 'TLS12-Backups')).some((f) => f.endsWith('.reg')),
    ).toBe(true);
    expect(wizard.problems).toEqual([]);
  });

  it('Windows 10: done in 4 clicks (update and backup folded), then rolled back from the result', async () => {
    const { harness, wizard } = await journey('win10-apply-and-rollback', 'win10');
    await recommendedPath(wizard, 4, /^Done/);
    await wizard.checkStep('result');
    expect(cliAudit(harness, 'win10').code).toBe(0);
    await wizard.button('Roll back this change now').click();
    await wizard.expectScreen('Check the rollback');
    await wizard.waitForText(/4 values will be restored/);
    await wizard.checkStep('rollback-preview');
    await wizard.button('Roll back now').click();
    await wizard.expectScreen('Rollback result');
    await wizard.waitForText(/All 4 values match the backup \(verified\)/);
    await wizard.checkStep('rollback-result');
    expect(cliAudit(harness, 'win10').code).toBe(1);
    expect(wizard.problems).toEqual([]);
  });

  it('Windows 11: done in 4 clicks, no WinHTTP value by default; ticked, WinHTTP keeps TLS 1.3 in both views', async () => {
    const { wizard } = await journey('win11', 'win11');
    await wizard.expectStep('This computer');
    await wizard.waitForText(/Windows 11 \(64-bit\)/);
    await wizard.next();
    await wizard.expectStep(/Choose the protocols/);
    expect(await wizard.page.getByRole('checkbox', { name: /^WinHTTP/ }).isChecked()).toBe(false);
    await wizard.waitForText(/Optional here/);
    await wizard.checkStep('choice');
    await wizard.next();
    await wizard.expectStep('Review the changes');
    await wizard.waitForText(/4 values will change/);
    expect(await wizard.text()).not.toMatch(/DefaultSecureProtocols/);
    await wizard.back();
    await wizard.page.getByRole('radio', { name: /TLS 1\.1 and 1\.2/ }).check();
    await wizard.page.getByRole('checkbox', { name: /^WinHTTP/ }).check();
    await wizard.next();
    await wizard.expectStep('Review the changes');
    await wizard.waitForText(/6 values will change/);
    await wizard.page.getByText('Show the 6 registry values that will change').click();
    await wizard.waitForText(
      /DefaultSecureProtocols \(not set\) →0x00002A00 \(10752\) = TLS 1\.1, TLS 1\.2, TLS 1\.3/,
    );
    await wizard.checkStep('review-rows');
    // A new start, on the recommended path.
    await wizard.open(wizard.page.url());
    await recommendedPath(wizard, 4, /^Done/);
    expect(wizard.problems).toEqual([]);
  });

  it('nothing to change: says so, and offers only report, copy and finish', async () => {
    const { wizard } = await journey('nothing-to-change', 'win11');
    await recommendedPath(wizard, 4, /^Done/);
    // Started again on the same computer: everything is already as chosen.
    await wizard.open(wizard.page.url());
    await wizard.next();
    await wizard.next();
    await wizard.expectStep('Review the changes');
    await wizard.waitForText(/Nothing to change: every value is already as chosen/);
    await wizard.checkStep('review-nothing');
    await wizard.next();
    await wizard.expectStep('Nothing to change');
    expect(await wizard.button('Back up and apply').count()).toBe(0);
    const actions = wizard.page.getByRole('region', { name: 'What to do now' }).getByRole('button');
    expect(await actions.allInnerTexts()).toEqual(['Copy for the ticket', 'Open report', 'Finish']);
    await wizard.checkStep('result-nothing');
    await wizard.button('Open report').click();
    await wizard.waitForText(/Report opened: .*\.report\.html/);
    await wizard.button('Finish').click();
    await wizard.expectStep('Finished');
    expect(await wizard.focused()).toMatch(/^H2 Finished/);
    await wizard.checkStep('finished');
    expect(wizard.problems).toEqual([]);
  });
  it('an apply interrupted by a crash is shown first and repaired in one click', async () => {
    const simRoot = fs.mkdtempSync(path.join(path.resolve('test-output'), 'crash-'));
    const crashed = spawnSync(process.execPath, ['out/cli.cjs', 'apply', '--yes', '--simulate', 'win7-sp1'], {
      env: { ...process.env, TLS12_WIZARD_SIM_DIR: simRoot, TLS12_WIZARD_TEST_CRASH_AFTER_WRITE: '5' },
    });
    expect(crashed.signal).toBe('SIGKILL');
    const harness = await startSimulatedHarness('win7-sp1', [], { TLS12_WIZARD_SIM_DIR: simRoot }, false);
    harnesses.push(harness);
    const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
    const wizard = new WizardPage(await context.newPage(), 'interrupted-apply');
    await wizard.open(harness.url);
    await wizard.waitForText(/An interrupted change was found/);
    await wizard.checkStep('interrupted');
    await wizard.button('Repair now').click();
    await wizard.waitForText(/was undone: the registry is as it was before it/);
    await wizard.screenshot('repaired');
    await wizard.button('Continue').click();
    await wizard.screenshot('after-repair');
    expect(cliAudit(harness, 'win7-sp1').doc.plan.items.every((i) => i.action === 'create')).toBe(true);
    expect(fs.existsSync(path.join(simRoot, 'win7-sp1', 'apply-journal.json'))).toBe(false);
    expect(wizard.problems).toEqual([]);
  });

  it('not elevated: explains, cannot reach Apply, and offers to restart as administrator', async () => {
    const { wizard } = await journey('not-elevated', 'win10', ['--not-elevated']);
    await wizard.expectStep('This computer');
    await wizard.waitForText(/Not running as administrator/);
    await wizard.checkStep('not-elevated');
    // The update step folds on Windows 10; the backup step does not while the wizard is not elevated.
    for (let i = 0; i < 3; i++) await wizard.next();
    await wizard.expectStep('Backup');
    expect(await wizard.button(/^Next/).isDisabled()).toBe(true);
    await wizard.waitForText(/Applying needs administrator rights/);
    await wizard.screenshot('backup-blocked');
    await wizard.button('Restart as administrator').click();
    await wizard.waitForText(/Starting as administrator/);
    // Electron quits and UAC starts a new, elevated instance; the harness elevates and the page starts again.
    await wizard.open(wizard.page.url());
    await wizard.expectStep('This computer');
    expect(await wizard.text()).not.toMatch(/Not running as administrator/);
    for (let i = 0; i < 3; i++) await wizard.next();
    await wizard.expectStep('Back up and apply');
    expect(await wizard.button('Back up and apply').isDisabled()).toBe(false);
    expect(wizard.problems).toEqual([]);
  });

  it('is usable at 150% scaling on an 800x600 screen (533x400 CSS pixels), keyboard only, and in Swedish', async () => {
    const { wizard } = await journey('small-screen-keyboard-swedish', 'win7-sp1-kb', [], {
      width: 533,
      height: 400,
    });
    await wizard.expectStep('This computer');
    const overflow = await wizard.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await wizard.checkStep('computer-533x400');
    // Keyboard only: Tab to "Next" and press Enter, step after step.
    for (const title of [/Update KB 3140245/, /Choose the protocols/]) {
      await pressByKeyboard(wizard, /^Next/);
      await wizard.expectStep(title);
      await wizard.checkStep('step-533x400');
    }
    await wizard.button('Svenska').click();
    await wizard.expectStep(/Välj protokoll|protokoll/i);
    await wizard.checkStep('choice-swedish');
    // Main's sentences follow the language too: the update step's finding from detection.
    await wizard.button(/Tillbaka/).click();
    await wizard.waitForText(
      /KB 3140245 är troligen installerad \(winhttp\.dll 6\.1\.7601\.23375, webio\.dll 6\.1\.7601\.23375; 6\.1\.7601\.23375 eller senare väntas/,
    );
    await wizard.checkStep('update-swedish');
    // On to the result in Swedish, by keyboard, every step without sideways scrolling.
    for (const title of [/Välj protokoll/, /Granska ändringarna/, /Säkerhetskopiera och verkställ/]) {
      await pressByKeyboard(wizard, /^Nästa/);
      await wizard.expectStep(title);
      await wizard.checkStep('step-swedish');
    }
    await pressByKeyboard(wizard, 'Säkerhetskopiera och verkställ');
    await wizard.expectStep('Klart – omstart krävs');
    await wizard.checkStep('result-swedish');
    await wizard.page.getByText('Visa de 12 registervärden som ändrades').click();
    await wizard.checkStep('result-rows-swedish');
    await pressByKeyboard(wizard, 'Starta om…');
    await wizard.checkStep('restart-confirmation-swedish');
    expect(wizard.problems).toEqual([]);
  });
});

/** Keyboard only: Tab to the button and press Enter. */
async function pressByKeyboard(wizard: WizardPage, name: string | RegExp): Promise<void> {
  const button = wizard.button(name);
  for (let i = 0; i < 60 && !(await button.evaluate((el) => el === document.activeElement)); i++)
    await wizard.page.keyboard.press('Tab');
  await wizard.page.keyboard.press('Enter');
}
