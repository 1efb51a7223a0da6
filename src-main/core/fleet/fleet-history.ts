/**
 * The fleet's history: a small file beside the report (fleet-history.jsonl), one line per machine
 * and run: `{"machine":"PC1","time":"2026-12-01T08:00:00.000Z","verdict":"ready"}`. Each report
 * adds the runs it has not seen, keeps the newest MAX_HISTORY_ROWS, and writes the whole file anew
 * (exclusive-file.ts: made with `wx`, renamed into place, never through a link). The file sits on
 * a share others can write to: every line is checked, and one that is not a history row is left
 * out and counted. From it come the ready count per day and the machines that got worse.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { msg, type Msg } from '../../../src-shared/messages/messages.js';
import { VERDICTS, type Verdict } from '../../../src-shared/readiness-types.js';
import { ExclusiveFile, unsafeOutput } from './exclusive-file.js';
import type { Machine, Placed } from './fleet-machines.js';

export const HISTORY_FILE = 'fleet-history.jsonl';
/** About 25 weekly runs of 4,000 machines; some 80 bytes a row, so at most a few MB. */
export const MAX_HISTORY_ROWS = 100_000;
export const MAX_HISTORY_BYTES = 16 * 1024 * 1024;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface HistoryRow {
  machine: string;
  time: string;
  verdict: Verdict;
}

export interface History {
  rows: HistoryRow[];
  /** Lines that were not history rows, left out. */
  bad: number;
}

/** Where the history goes when not named: beside the HTML (else the CSV). */
export function historyFileFor(report: string): string {
  return path.join(path.dirname(path.resolve(report)), HISTORY_FILE);
}

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?Z$/;

function rowOf(line: string): HistoryRow | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { machine, time, verdict } = value as Record<string, unknown>;
  if (typeof machine !== 'string' || machine.length === 0 || machine.length > 64) return null;
  if ([...machine].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return null;
  if (typeof time !== 'string' || !ISO.test(time) || Number.isNaN(Date.parse(time))) return null;
  if (typeof verdict !== 'string' || !(VERDICTS as readonly string[]).includes(verdict)) return null;
  return { machine, time: new Date(time).toISOString(), verdict: verdict as Verdict };
}

/**
 * The history as it is, or why it cannot be used (a link, not a regular file, too large). Read by
 * the same checks as a result: lstat, open, fstat, and the two must be the same file.
 */
export function readHistory(file: string): History | Msg {
  const unsafe = unsafeOutput(file);
  if (unsafe) return msg('fleet.history.unusable', { reason: unsafe });
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { rows: [], bad: 0 };
    throw error;
  }
  try {
    const before = fs.lstatSync(file);
    const stat = fs.fstatSync(fd);
    if (stat.dev !== before.dev || stat.ino !== before.ino || !stat.isFile()) {
      return msg('fleet.history.unusable', { reason: msg('fleet.history.replaced', { file }) });
    }
    if (stat.size > MAX_HISTORY_BYTES) {
      const reason = msg('fleet.history.tooLarge', { file, max: MAX_HISTORY_BYTES });
      return msg('fleet.history.unusable', { reason });
    }
    const text = fs.readFileSync(fd, 'utf8');
    const rows: HistoryRow[] = [];
    let bad = 0;
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      const row = rowOf(line);
      if (row) rows.push(row);
      else bad += 1;
    }
    return { rows, bad };
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The history with the runs this report read added (each once), the newest rows kept; `runsOf`
 * gives a machine's runs as [time, verdict].
 */
export function mergeHistory<E extends Placed>(
  history: History,
  machines: Machine<E>[],
  runsOf: (m: Machine<E>) => [string, Verdict][],
): { rows: HistoryRow[]; added: number } {
  const seen = new Set(history.rows.map((r) => `${r.machine}\n${r.time}`));
  const rows = [...history.rows];
  let added = 0;
  for (const m of machines) {
    const conflicted = new Set([m.entry, ...m.rivals].map((e) => e.time.toISOString()));
    for (const [time, verdict] of runsOf(m)) {
      if (m.rivals.length > 0 && conflicted.has(time)) continue;
      const key = `${m.key}\n${time}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push({ machine: m.key, time, verdict });
      added += 1;
    }
  }
  rows.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
  return { rows: rows.slice(-MAX_HISTORY_ROWS), added };
}

export function writeHistory(file: string, rows: HistoryRow[]): void {
  const out = new ExclusiveFile(file);
  try {
    const lines: string[] = [];
    for (const r of rows) {
      lines.push(JSON.stringify({ machine: r.machine, time: r.time, verdict: r.verdict }));
      if (lines.length === 4096) out.write(`${lines.splice(0).join('\n')}\n`);
    }
    if (lines.length > 0) out.write(`${lines.join('\n')}\n`);
    out.commit();
  } finally {
    out.abort();
  }
}

export interface TrendPoint {
  /** The day (UTC, YYYY-MM-DD) at whose end the count is taken. */
  day: string;
  ready: number;
  /** Machines with a result at most staleDays old that day. */
  machines: number;
}

/** The ready count at the end of each day the history has rows for (the last MAX_POINTS of them). */
export function trendOf(rows: HistoryRow[], staleDays: number, maxPoints = 60): TrendPoint[] {
  const days = [...new Set(rows.map((r) => r.time.slice(0, 10)))].sort().slice(-maxPoints);
  const latest = new Map<string, HistoryRow>();
  const points: TrendPoint[] = [];
  let i = 0;
  for (const day of days) {
    const end = Date.parse(`${day}T00:00:00.000Z`) + DAY_MS;
    for (; i < rows.length && Date.parse((rows[i] as HistoryRow).time) < end; i++) {
      const row = rows[i] as HistoryRow;
      latest.set(row.machine, row);
    }
    let ready = 0;
    let machines = 0;
    for (const row of latest.values()) {
      if (Date.parse(row.time) < end - staleDays * DAY_MS) continue;
      machines += 1;
      if (row.verdict === 'ready') ready += 1;
    }
    points.push({ day, ready, machines });
  }
  return points;
}

export interface Worse {
  machine: string;
  before: HistoryRow;
  now: HistoryRow;
}

/** Machines whose newest row has a worse verdict than the row before it (VERDICTS order). */
export function gotWorse(rows: HistoryRow[]): Worse[] {
  const last = new Map<string, { before: HistoryRow | null; now: HistoryRow }>();
  for (const row of rows) {
    const known = last.get(row.machine);
    last.set(row.machine, { before: known ? known.now : null, now: row });
  }
  const out: Worse[] = [];
  for (const [machine, { before, now }] of last) {
    if (before && VERDICTS.indexOf(now.verdict) < VERDICTS.indexOf(before.verdict)) {
      out.push({ machine, before, now });
    }
  }
  return out.sort((a, b) => (a.machine < b.machine ? -1 : 1));
}
