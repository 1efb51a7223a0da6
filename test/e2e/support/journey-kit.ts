// What every journey file shares: one Chromium per file, one harness per journey, the CLI's view
// of the simulated registry, and the recommended path from launch to the result.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { MessageKey } from '../../../src-renderer/i18n/en.js';
import type { Verdict } from '../../../src-shared/readiness-types.js';
import { launchChromium } from './browser.js';
import { startSimulatedHarness, type RunningHarness } from './harness-process.js';
import { LOCALE, type Lang } from './i18n-text.js';
import { WizardPage } from './wizard-page.js';

/** 800×600, and the same screen at 150 % scaling (533×400 CSS pixels). */
export const NORMAL = { width: 800, height: 600 };
export const SMALL = { width: 533, height: 400 };
/** 1366×768 at 150 % scaling, less the taskbar and the title bar. */
export const LAPTOP = { width: 911, height: 440 };

/**
 * The first screen's one-screen path: "Make it ready" and its one confirmation, to the result
 * headed by the verdict after the change.
 */
export async function makeItReady(wizard: WizardPage, verdict: Verdict): Promise<void> {
  const w = wizard.words;
  await wizard.button(w.exact('makeReady')).click();
  await wizard.page.getByRole('group', { name: w.t('makeReady') }).waitFor();
  await wizard.checkStep('make-ready-confirm');
  await wizard.button(w.exact('makeReadyGo')).click();
  await wizard.arrive(w.verdict(verdict), 'result');
}

let browser: Browser;
const harnesses: RunningHarness[] = [];

/** One browser for the whole file; every harness stopped at its end. */
export function setUpJourneys(): void {
  beforeAll(async () => {
    fs.mkdirSync('test-output', { recursive: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
    await Promise.all(harnesses.splice(0).map((h) => h.stop()));
  });
}

export interface JourneyOptions {
  args?: string[];
  viewport?: { width: number; height: number };
  /** Another simulation folder (e.g. one the CLI changed first), not started fresh. */
  simRoot?: string;
}

/** A harness on a simulated Windows, its wizard opened in a new browser context in this language. */
export async function journey(lang: Lang, name: string, profile: string, o: JourneyOptions = {}) {
  const env: Record<string, string> = o.simRoot ? { TLS12_WIZARD_SIM_DIR: o.simRoot } : {};
  const args = [...(o.args ?? []), '--locale', LOCALE[lang]];
  const harness = await startSimulatedHarness(profile, args, env, o.simRoot === undefined);
  harnesses.push(harness);
  const context = await browser.newContext({ viewport: o.viewport ?? NORMAL, locale: LOCALE[lang] });
  const wizard = new WizardPage(await context.newPage(), name, lang);
  await wizard.open(harness.url);
  return { harness, wizard, w: wizard.words };
}

/** Runs the CLI on a simulated machine's folder: the same registry files the harness works on. */
export function cli(simRoot: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['out/cli.cjs', ...args], {
    encoding: 'utf8',
    env: { ...process.env, TLS12_WIZARD_SIM_DIR: simRoot, ...env },
  });
}

/** The simulated registry as the CLI's audit sees it (exit 1: values left to set; see README). */
export function cliAudit(harness: RunningHarness, profile: string) {
  const r = cli(path.dirname(harness.simDir), ['audit', '--simulate', profile, '--json']);
  return { code: r.status, doc: JSON.parse(r.stdout) as { plan: { items: { action: string }[] } } };
}

/** Keyboard only: Tab to the button and press Enter. */
export async function pressByKeyboard(wizard: WizardPage, name: string | RegExp): Promise<void> {
  const button = wizard.button(name);
  for (let i = 0; i < 60 && !(await button.evaluate((el) => el === document.activeElement)); i++)
    await wizard.page.keyboard.press('Tab');
  await wizard.page.keyboard.press('Enter');
}

/** A file name from a step's title in either language. */
function slug(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * From the step on screen to the Apply step on the recommended path (steps with nothing to decide
 * fold away), checking every step on the way: its focused heading, screenshot, axe, no sideways
 * scrolling. By mouse, or by keyboard only.
 */
export async function toApply(wizard: WizardPage, keyboard = false): Promise<void> {
  const w = wizard.words;
  for (let i = 0; i < 7; i++) {
    const title = (await wizard.heading().textContent())?.trim() ?? '';
    await wizard.arrive(title, slug(title));
    if (title === w.t('step_apply_long')) return;
    if (keyboard) await pressByKeyboard(wizard, w.starts('next'));
    else await wizard.next();
    await expect.poll(async () => (await wizard.heading().textContent())?.trim()).not.toBe(title);
  }
  throw new Error('the Apply step was never reached');
}

/**
 * Back up and apply, then the result: its headline, which has the focus, is the verdict after the
 * change; the outcome is the line under it.
 */
export async function applyToResult(
  wizard: WizardPage,
  outcome: MessageKey,
  verdict: Verdict,
  keyboard = false,
) {
  const apply = wizard.words.t('backUpAndApply');
  if (keyboard) await pressByKeyboard(wizard, apply);
  else await wizard.button(apply).click();
  await wizard.arrive(wizard.words.verdict(verdict), 'result');
  await expect
    .poll(async () => (await wizard.page.locator('.outcome-line').innerText()).trim())
    .toMatch(wizard.words.exact(outcome));
}

/** The recommended path from launch to the result, counting clicks: fails above the limit. */
export async function recommendedPath(
  wizard: WizardPage,
  limit: number,
  outcome: MessageKey,
  verdict: Verdict,
) {
  await toApply(wizard);
  await applyToResult(wizard, outcome, verdict);
  const clicks = await wizard.clicks();
  expect(clicks, 'the click counter counts').toBeGreaterThanOrEqual(limit - 1);
  expect(clicks).toBeLessThanOrEqual(limit);
}

/** Finish on the result: the harness logs that the window would close; the page says it can be closed. */
export async function finish(wizard: WizardPage, harness: RunningHarness): Promise<void> {
  expect(harness.output()).not.toMatch(/finish: the window would close now/);
  await wizard.button(wizard.words.exact('finish')).click();
  await wizard.arrive(wizard.words.exact('resultFinished'), 'finished');
  await wizard.waitForText(wizard.words.re('resultFinishedText'));
  await expect.poll(() => harness.output()).toMatch(/finish: the window would close now/);
}
