// The fleet report's HTML as a person sees it, in Debian's Chromium: result files written by the
// built CLI (out/cli.cjs) for every simulated profile, an apply, a refused apply in a per-device
// folder and bad files, each filed under its machine's name; then `fleet` in English and in
// Swedish, and the pages it writes opened from disk. Screenshots:
// test-output/screenshots/fleet-report/01-fleet-report.png (English), 03-fleet-report-sv.png.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROFILES } from '../../src-main/core/simulation/profiles.js';
import { launchChromium } from './support/browser.js';
import { WizardPage } from './support/wizard-page.js';

const root = path.resolve('test-output', 'fleet-report');
const results = path.join(root, 'results');
const html = path.join(root, 'fleet.html');
const htmlSv = path.join(root, 'sv', 'fleet.html');
const staging = path.join(root, 'staging');
let browser: Browser;

function cli(args: string[]): number {
  const r = spawnSync(process.execPath, ['out/cli.cjs', ...args], {
    env: { ...process.env, TLS12_WIZARD_SIM_DIR: path.join(root, 'sim') },
    encoding: 'utf8',
  });
  return r.status ?? -1;
}

beforeAll(async () => {
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(path.join(root, 'backups'), { recursive: true });
  fs.mkdirSync(results);
  fs.mkdirSync(staging);
  // A result counts for the machine it is filed under: <COMPUTERNAME>.json, as the startup script writes it.
  const file = (name: string) => {
    const from = path.join(staging, name);
    const doc = JSON.parse(fs.readFileSync(from, 'utf8')) as { detection: { os: { computerName: string } } };
    fs.renameSync(from, path.join(results, `${doc.detection.os.computerName}.json`));
  };
  for (const p of PROFILES) {
    cli(['audit', '--simulate', p.id, '--json-out', path.join(staging, `${p.id}.json`)]);
    file(`${p.id}.json`);
  }
  expect(
    cli([
      'apply',
      '--yes',
      '--simulate',
      'win8',
      '--backup-dir',
      path.join(root, 'backups'),
      '--json-out',
      path.join(staging, 'win8.json'),
    ]),
  ).toBe(3010 & 0xff); // Linux keeps the low 8 bits of an exit code
  file('win8.json');
  expect(
    cli([
      'apply',
      '--yes',
      '--simulate',
      'win7-sp1',
      '--only',
      'dotnet',
      '--json-out',
      path.join(results, 'SIM-WIN7', 'refused.json'),
    ]),
  ).toBe(2);
  fs.writeFileSync(path.join(results, 'truncated.json'), '{"command": "audit", "detection":');
  fs.writeFileSync(path.join(results, 'someone-elses.json'), '{"hello": "world"}');
  expect(cli(['fleet', results, '--html', html, '--csv', path.join(root, 'fleet.csv')])).toBe(0);
  expect(cli(['fleet', results, '--html', htmlSv, '--lang', 'sv'])).toBe(0);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the fleet report in Chromium', () => {
  it('shows every section, loads nothing from outside, and has no serious accessibility problem', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const report = new WizardPage(page, 'fleet-report');
    await page.goto(pathToFileURL(html).href);
    // The page opens at the headline, its sections folded: what a person sees first.
    const shots = path.join(root, '..', 'screenshots', 'fleet-report');
    await page.screenshot({ path: path.join(shots, '01-fleet-report.png') });
    expect(await report.text()).toMatch(/Ready for Microsoft 365: \d+ of \d+ machines/);
    // Unfolded (from the test, through the browser's debugging protocol: the page has no script).
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const text = await report.text();
    for (const heading of [
      'Why machines are not ready, worst first',
      'Not reported for 14 days',
      'Ready machines over time',
      'Machines by Windows family',
      'Values still to change',
      'Effective protocols now',
      'Last command per machine',
      'Failed and refused applies',
      'Machines',
      'Unreadable files',
    ]) {
      await expect(page.getByRole('heading', { name: heading, exact: true })).toBeTruthy();
      expect(text).toContain(heading);
    }
    // One row per machine: every profile (win8 by its apply, win7-sp1 by its newer refused apply).
    expect(text).toMatch(new RegExp(`of ${PROFILES.length} machines`));
    expect(text).toContain('truncated.json not JSON');
    // A JSON file that is no result of this tool: refused by the result schema, with the reason.
    expect(text).toContain('someone-elses.json command is not one of audit, apply');
    // The page's own CSP allows its inline style and nothing else: no blocked-style warning either.
    expect(report.problems).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    const kpiColor = await page
      .locator('.kpi.warn b')
      .first()
      .evaluate((e) => getComputedStyle(e).color);
    expect(kpiColor).toBe('rgb(164, 38, 44)');
    await page.screenshot({ path: path.join(shots, '02-fleet-report-full-page.png'), fullPage: true });
    expect(await report.seriousA11yProblems()).toEqual([]);
  });

  it('shows the Swedish page from the catalogue, inert as the English one', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const report = new WizardPage(page, 'fleet-report-sv');
    await page.goto(pathToFileURL(htmlSv).href);
    const text = await report.text();
    expect(text).toMatch(new RegExp(`Redo för Microsoft 365: \\d+ av ${PROFILES.length} datorer`));
    expect(text).not.toContain('Ready for Microsoft 365');
    expect(report.problems).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    const shots = path.join(root, '..', 'screenshots', 'fleet-report');
    await page.screenshot({ path: path.join(shots, '03-fleet-report-sv.png') });
  });
});
