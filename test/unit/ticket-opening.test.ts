/**
 * The ticket summary's first five lines: what a person reads before any registry row (the
 * verdict, what was done, what is left, the backup's file name, the local time), with no
 * registry path and no hex in them.
 */
import { describe, expect, it } from 'vitest';
import { localTime } from '../../src-main/core/report/report-text.js';
import {
  changedRows,
  sayIn,
  summaryText,
  type ReportInput,
  type ReportOptions,
} from '../../src-main/core/report/report.js';
import { applyChange } from '../../src-main/use-cases/apply.js';
import { applyReport } from '../../src-main/wizard/operation-reports.js';
import { msg } from '../../src-shared/messages/messages.js';
import { operationSetup } from '../support/sim.js';

const CREATED = '2026-12-02T00:43:02.167Z';
const CHOICE = { protocols: '1.2' as const, groups: null, replaceWrongTypes: false };
const MACHINE_TEXT = /HKLM|HKEY_|\\|0x[0-9a-f]/i;

/** An apply on a simulated machine (twice: the second one has nothing to do), as the wizard reports it. */
function applied(profile: string, times = 1): ReportInput {
  const s = operationSetup(profile);
  let input: ReportInput | null = null;
  for (let i = 0; i < times; i++) {
    const ran = applyChange(s.ctx, { ...CHOICE, backupDir: s.backupDir });
    if (ran.kind !== 'ran') throw new Error(ran.kind);
    const stamp = { toolVersion: '0.0.0-test', createdAt: CREATED };
    input = applyReport(stamp, CHOICE, ran.plan, ran.after, ran.result, ran.readiness);
  }
  return input as ReportInput;
}

function opening(input: ReportInput, o: ReportOptions): string[] {
  const lines = summaryText(input, o).split('\n');
  // Five lines, then a blank line before the reasons and the facts.
  expect(lines[5]).toBe('');
  return lines.slice(0, 5);
}

function expectReadable(lines: string[]): void {
  expect(lines).toHaveLength(5);
  for (const line of lines) expect(line).not.toMatch(MACHINE_TEXT);
  expect(lines.join('\n')).not.toMatch(/T\d\d:\d\d:\d\d/);
}

describe("the ticket summary's first five lines", () => {
  for (const lang of ['en', 'sv'] as const) {
    const o: ReportOptions = { lang, restart: 'pending', timeZone: 'Europe/Stockholm' };

    it(`${lang}: Windows 7 SP1 without KB 3140245: blocked, and the update is what is left`, () => {
      const input = applied('win7-sp1');
      const r = input.readiness;
      expect(r?.verdict).toBe('blocked');
      const [top, ...more] = r?.reasons ?? [];
      if (!top) throw new Error('no reason');
      expect(top.msg.code).toBe('ready.kbMissing');
      expect(top.next.code).toBe('next.installKb');
      const lines = opening(input, o);
      expectReadable(lines);
      expect(lines[0]).toBe(sayIn(o, msg('ready.verdict', { verdict: 'blocked' })));
      const count = changedRows(input).length;
      expect(count).toBeGreaterThan(0);
      expect(lines[1]).toBe(sayIn(o, msg('summary.changed', { count, backup: true })));
      expect(lines[2]).toBe(sayIn(o, msg('summary.left', { step: top.next, more: more.length })));
      expect(lines[2]).toContain(sayIn(o, top.next));
      expect(lines[2]).toContain('Windows6.1-KB3140245-x64.msu');
      const file = input.result.backup?.jsonFile ?? '';
      expect(lines[3]).toBe(sayIn(o, msg('summary.backup', { file: file.split(/[\\/]/).pop() ?? '' })));
      expect(lines[3]).not.toContain('/');
      const time = localTime(lang, CREATED, 'Europe/Stockholm');
      expect(lines[4]).toBe(`${lang === 'en' ? 'Time' : 'Tid'}: ${time}`);
      // Every reason follows, each with its next step, before any registry row.
      const text = summaryText(input, o);
      for (const reason of r?.reasons ?? []) {
        const next = text.indexOf(sayIn(o, msg('ready.next', { step: reason.next })));
        expect(next).toBeGreaterThan(0);
        expect(next).toBeLessThan(text.indexOf('HKLM\\'));
      }
    });

    it(`${lang}: Windows 11: the verdict and what is left, read the same way`, () => {
      const input = applied('win11');
      const r = input.readiness;
      if (!r) throw new Error('no verdict');
      const lines = opening(input, o);
      expectReadable(lines);
      expect(lines[0]).toBe(sayIn(o, msg('ready.verdict', { verdict: r.verdict })));
      const [top, ...more] = r.reasons;
      const left = top
        ? msg('summary.left', { step: top.next, more: more.length })
        : msg('summary.nothingLeft', {});
      expect(lines[2]).toBe(sayIn(o, left));
    });

    it(`${lang}: an apply with nothing to do is marked audit only, with no backup`, () => {
      const input = applied('win11', 2);
      expect(input.result.outcome).toBe('nothing-to-do');
      const lines = opening(input, o);
      expectReadable(lines);
      expect(lines[1]).toBe(sayIn(o, msg('summary.auditOnly', {})));
      expect(lines[3]).toBe(sayIn(o, msg('summary.noBackup', {})));
    });
  }

  it('says it in words: the English lines as a person reads them', () => {
    const o: ReportOptions = { lang: 'en', restart: 'pending', timeZone: 'UTC' };
    const lines = opening(applied('win7-sp1'), o);
    expect(lines[0]).toBe(
      'Not ready for Microsoft 365: something this tool cannot change stands in the way.',
    );
    expect(lines[1]).toMatch(/^Changed \d+ registry values; backup taken$/);
    expect(lines[2]).toMatch(/^Left for the technician: Install Windows6\.1-KB3140245-x64\.msu /);
    expect(lines[3]).toMatch(/^Backup: [^\\/]+\.json$/);
    expect(lines[4]).toBe('Time: 2 December 2026 at 00:43:02 UTC');
    const nothing = opening(applied('win11', 2), o);
    expect(nothing[1]).toBe('Audit only: nothing was changed');
    expect(nothing[3]).toBe('No backup (nothing changed)');
  });
});
