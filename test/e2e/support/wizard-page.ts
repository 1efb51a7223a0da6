import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { Words, type Lang } from './i18n-text.js';

const AXE = fs.readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');
export const SHOTS = path.resolve('test-output/screenshots');

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
}

/**
 * A page object for the wizard: steps, navigation, screenshots and accessibility checks. With a
 * language, buttons are found by that language's words and screenshots go to <lang>/<journey>/.
 */
export class WizardPage {
  private shot = 0;
  private readonly shots: string;
  readonly problems: string[] = [];
  readonly words: Words;

  constructor(
    readonly page: Page,
    journey: string,
    lang?: Lang,
  ) {
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') this.problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => this.problems.push(`pageerror: ${e.message}`));
    this.words = new Words(lang ?? 'en');
    this.shots = lang ? path.join(SHOTS, lang, journey) : path.join(SHOTS, journey);
    fs.mkdirSync(this.shots, { recursive: true });
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByRole('heading', { level: 1 }).first().waitFor();
    // Counts the technician's clicks (trusted mouse and keyboard activations) from here on.
    await this.page.evaluate(() => {
      const w = window as unknown as { clicks: number };
      w.clicks = 0;
      document.addEventListener('click', (e) => (w.clicks += e.isTrusted ? 1 : 0), true);
    });
  }

  /** Clicks since the page was opened. */
  async clicks(): Promise<number> {
    return this.page.evaluate(() => (window as unknown as { clicks: number }).clicks);
  }

  /** How far the page scrolls sideways (0: not at all). */
  async sidewaysOverflow(): Promise<number> {
    return this.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
  }

  /** The element with the focus: its tag and text. */
  async focused(): Promise<string> {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      return `${el?.tagName ?? ''} ${el?.textContent?.trim() ?? ''}`;
    });
  }

  /** The heading of the current step. */
  heading() {
    return this.page.locator('main h2').first();
  }

  async expectStep(title: string | RegExp): Promise<void> {
    await expect
      .poll(async () => (await this.heading().textContent())?.trim(), { timeout: 10_000 })
      .toMatch(title);
    await expect.poll(() => this.page.locator('[aria-current="step"]').count()).toBe(1);
  }

  /** A screen outside the numbered steps (rollback, repair): its heading only. */
  async expectScreen(title: string | RegExp): Promise<void> {
    await expect
      .poll(async () => (await this.heading().textContent())?.trim(), { timeout: 10_000 })
      .toMatch(title);
  }

  button(name: string | RegExp) {
    return this.page.getByRole('button', { name });
  }

  async next(): Promise<void> {
    await this.button(this.words.starts('next')).click();
  }

  async back(): Promise<void> {
    await this.button(this.words.exact('back')).click();
  }

  /** The element with the focus is this one (tag and text), not <body>. */
  async expectFocus(tag: string, text: string | RegExp): Promise<void> {
    // Tag and text at the same moment: the button just clicked may still hold the focus for a while.
    const is = (focused: string) => {
      const rest = focused.slice(tag.length + 1);
      return (
        focused.startsWith(`${tag} `) && (typeof text === 'string' ? rest.includes(text) : text.test(rest))
      );
    };
    await expect.poll(() => this.focused(), { timeout: 10_000 }).toSatisfy(is);
  }

  /**
   * Arrived on a step or screen: its heading, the focus on that heading, then the step's
   * screenshot, axe and no sideways scrolling.
   */
  async arrive(title: string | RegExp, name: string): Promise<void> {
    await this.expectScreen(title);
    await this.expectFocus('H2', title);
    await this.checkStep(name);
  }

  async text(): Promise<string> {
    return (await this.page.locator('body').innerText()).replace(/\s+/g, ' ');
  }

  async waitForText(text: string | RegExp, timeout = 10_000): Promise<void> {
    await expect.poll(() => this.text(), { timeout }).toMatch(text);
  }

  /** A screenshot kept as a test artifact: test-output/screenshots/[<lang>/]<journey>/NN-<name>.png. */
  async screenshot(name: string): Promise<void> {
    this.shot += 1;
    await this.page.screenshot({
      path: path.join(this.shots, `${String(this.shot).padStart(2, '0')}-${name}.png`),
    });
  }

  /** axe-core's serious and critical findings only (the fleet report's check). */
  async seriousA11yProblems(): Promise<string[]> {
    return this.a11yProblems(['serious', 'critical']);
  }

  /** axe-core's findings of these impacts, all by default (evaluated through the DevTools protocol, so the CSP stays on). */
  async a11yProblems(
    impacts: (string | null)[] = ['minor', 'moderate', 'serious', 'critical', null],
  ): Promise<string[]> {
    await this.page.evaluate(AXE);
    const result = (await this.page.evaluate(() =>
      (window as unknown as { axe: { run: (o: unknown) => Promise<unknown> } }).axe.run({
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      }),
    )) as AxeResult;
    return result.violations
      .filter((v) => impacts.includes(v.impact))
      .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  /**
   * The screen's primary action (its first enabled primary button, else Next) when it is not in
   * view without scrolling; null when it is. A screen without either has nothing to check.
   */
  async primaryOutOfView(): Promise<string | null> {
    return this.page.evaluate(() => {
      const candidates = [
        ...document.querySelectorAll<HTMLButtonElement>('button.primary, .step-nav button'),
      ];
      const primary =
        candidates.find((b) => b.classList.contains('primary') && !b.disabled) ??
        candidates.find((b) => /^(Next|Nästa)/.test(b.textContent?.trim() ?? ''));
      if (!primary) return null;
      const r = primary.getBoundingClientRect();
      const inView = r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
      return inView
        ? null
        : `"${primary.textContent?.trim() ?? ''}" at ${Math.round(r.top)}..${Math.round(r.bottom)} of ${innerHeight}`;
    });
  }

  /**
   * The step indicator's states, as "n:state" (current, done, folded, todo): a folded step (nothing
   * to decide there) is never shown as done, and nothing after the current step is done.
   */
  async stepStates(): Promise<string[]> {
    return this.page.evaluate(() =>
      [...document.querySelectorAll('nav.steps li')].map(
        (li) =>
          `${li.querySelector('.step-number')?.textContent ?? ''}:${li.getAttribute('data-state') ?? ''}`,
      ),
    );
  }

  /** Screenshot, accessibility check (no axe violation), no sideways scrolling, the primary action in view. */
  async checkStep(name: string): Promise<void> {
    await this.screenshot(name);
    expect(await this.a11yProblems()).toEqual([]);
    expect(await this.sidewaysOverflow(), `${name} scrolls sideways`).toBeLessThanOrEqual(0);
    expect(await this.primaryOutOfView(), `${name}: the primary action is out of view`).toBeNull();
    const states = await this.stepStates();
    const current = states.findIndex((s) => s.endsWith(':current'));
    states.forEach((s, i) => {
      if (s.endsWith(':folded')) expect(s, `${name}: a folded step shows as done`).not.toMatch(/^✓/);
      if (s.endsWith(':done')) expect(i, `${name}: ${s} comes after the current step`).toBeLessThan(current);
    });
  }
}
