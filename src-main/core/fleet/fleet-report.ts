/**
 * The fleet report: one pass over a folder of result files and its per-device subfolders
 * (fleet-reader.ts), one row per machine (fleet-machines.ts: the newest result wins), the
 * readiness view of them (fleet-view.ts), the history beside the report (fleet-history.ts), then
 * the HTML, the CSV and the history, each written into a new file and renamed into place
 * (exclusive-file.ts). What is kept per machine is its parsed record, some kilobytes: 50,000
 * machines stay well under the 200 MB the report is measured against (BENCHMARKS.md).
 */
import { MESSAGE_LANGUAGES, type MessageLang } from '../../../src-shared/messages/languages.js';
import { MessageError } from '../../../src-shared/messages/message-error.js';
import { msg, type MessageLanguage } from '../../../src-shared/messages/messages.js';
import { ExclusiveFile } from './exclusive-file.js';
import {
  CSV_HEADER,
  csvRow,
  csvUnreadableRow,
  escapeHtml,
  failureRowHtml,
  failuresHead,
  machineRowHtml,
  machinesHead,
  pageHead,
  PAGE_END,
  say,
  summaryHtml,
  TABLE_END,
  unreadableHead,
  unreadableRowHtml,
} from './fleet-format.js';
import {
  gotWorse,
  historyFileFor,
  mergeHistory,
  readHistory,
  trendOf,
  writeHistory,
  type TrendPoint,
  type Worse,
} from './fleet-history.js';
import { FleetMachines, type FleetMachine } from './fleet-machines.js';
import { conflictsHtml, headlineHtml, staleHtml, trendHtml, worseHtml, writeSections } from './fleet-page.js';
import { MAX_DEPTH, MAX_ENTRIES, readFleetFolder, type Skipped } from './fleet-reader.js';
import { FleetSummary } from './fleet-summary.js';
import { DEFAULT_STALE_DAYS, fleetView, type FleetView } from './fleet-view.js';

export interface FleetReportOptions {
  folder: string;
  html: string | null;
  csv: string | null;
  /** The history file; undefined: fleet-history.jsonl beside the report; null: none kept. */
  history?: string | null;
  staleDays?: number;
  now?: Date;
  /** The language of the report's own words (default English); what the files hold is shown as it is. */
  lang?: MessageLang;
}

export interface FleetReport {
  /** Totals of the machines counted (reported within the stale limit, not in conflict). */
  summary: FleetSummary;
  view: FleetView;
  files: number;
  unreadable: number;
  history: { file: string; rows: number; added: number; bad: number } | null;
  worse: Worse[];
  trend: TrendPoint[];
}

/** Reads the folder and writes the requested files; throws MessageError for an unusable history. */
export function writeFleetReport(options: FleetReportOptions): FleetReport {
  const language = MESSAGE_LANGUAGES[options.lang ?? 'en'];
  const now = options.now ?? new Date();
  const staleDays = options.staleDays ?? DEFAULT_STALE_DAYS;
  const report = options.html ?? options.csv;
  const historyFile =
    options.history === undefined ? (report === null ? null : historyFileFor(report)) : options.history;
  // The history first: one that cannot be used stops the report before anything is written.
  const history = historyFile === null ? null : readHistory(historyFile);
  if (history !== null && 'code' in history) throw new MessageError(history);

  const machines = new FleetMachines();
  const skipped: Skipped = { count: 0 };
  for (const entry of readFleetFolder(options.folder, skipped, now)) machines.add(entry);
  const all = machines.all();
  const view = fleetView(all, now, staleDays);
  const summary = new FleetSummary();
  for (const m of view.current) summary.add(m.entry.record);
  summary.unreadable = machines.unreadable.length;
  summary.otherFiles = skipped.count;

  const merged = history === null ? null : mergeHistory(history, all);
  const trend = merged ? trendOf(merged.rows, staleDays) : [];
  // Worse since the machine's previous result, for the machines whose newest result is counted now.
  const counted = new Map(view.current.map((m) => [m.key, m.entry.time.toISOString()]));
  const worse = merged ? gotWorse(merged.rows).filter((w) => counted.get(w.machine) === w.now.time) : [];
  const historyInfo =
    merged && historyFile !== null && history !== null
      ? { file: historyFile, rows: merged.rows.length, added: merged.added, bad: history.bad }
      : null;

  const outputs: ExclusiveFile[] = [];
  try {
    if (options.csv !== null) {
      const csv = new ExclusiveFile(options.csv);
      outputs.push(csv);
      writeCsv(csv, view, machines, language);
    }
    if (options.html !== null) {
      const html = new ExclusiveFile(options.html);
      outputs.push(html);
      const page: Page = { view, summary, machines, skipped, now, trend, worse, history: historyInfo };
      writeHtml(html, page, language);
    }
    for (const out of outputs) out.commit();
    if (merged && historyFile !== null) writeHistory(historyFile, merged.rows);
  } finally {
    for (const out of outputs) out.abort();
  }
  return {
    summary,
    view,
    files: machines.files,
    unreadable: machines.unreadable.length,
    history: historyInfo,
    worse,
    trend,
  };
}

function writeCsv(
  out: ExclusiveFile,
  view: FleetView,
  machines: FleetMachines,
  language: MessageLanguage,
): void {
  const lines: string[] = [CSV_HEADER];
  const flush = (force = false) => {
    if (lines.length >= 2048 || (force && lines.length > 0)) out.write(`${lines.splice(0).join('\r\n')}\r\n`);
  };
  const rows = (list: FleetMachine[], status: 'ok' | 'stale' | 'conflict') => {
    for (const m of list) {
      for (const entry of [m.entry, ...(status === 'conflict' ? m.rivals : [])]) {
        lines.push(csvRow(entry, status, language));
        flush();
      }
    }
  };
  rows(view.current, 'ok');
  rows(view.stale, 'stale');
  rows(view.conflicts, 'conflict');
  for (const u of machines.unreadable) {
    lines.push(csvUnreadableRow(u.name, u.reason, language));
    flush();
  }
  flush(true);
}

interface Page {
  view: FleetView;
  summary: FleetSummary;
  machines: FleetMachines;
  skipped: Skipped;
  now: Date;
  trend: TrendPoint[];
  worse: Worse[];
  history: FleetReport['history'];
}

function writeHtml(out: ExclusiveFile, page: Page, language: MessageLanguage): void {
  const t = (m: Parameters<typeof say>[1]) => escapeHtml(say(language, m));
  const { view, summary, machines, skipped } = page;
  const older = view.current.reduce((n, m) => n + m.older, 0) + view.stale.reduce((n, m) => n + m.older, 0);
  out.write(pageHead(page.now, machines.files, summary.simulated, language));
  out.write(headlineHtml(view, older, language));
  writeSections(view, language, (text) => out.write(text));
  out.write(trendHtml(page.trend, language));
  out.write(worseHtml(page.worse, language));
  out.write(staleHtml(view, page.now, language));
  out.write(conflictsHtml(view, language));
  out.write(`<details class="details"><summary>${t(msg('fleet.heading.details', {}))}</summary>\n`);
  out.write(summaryHtml(summary, language));
  const failed = view.current.filter(
    (m) => m.entry.record.outcome === 'failed' || m.entry.record.outcome === 'refused',
  );
  const tables = [
    [
      failuresHead(language),
      failed,
      (m: FleetMachine) => failureRowHtml(m.entry, language),
      msg('fleet.noFailures', {}),
    ],
    [
      machinesHead(language),
      view.current,
      (m: FleetMachine) => machineRowHtml(m.entry, m.entry.name, language),
      msg('fleet.noMachines', {}),
    ],
  ] as const;
  for (const [head, list, row, none] of tables) {
    if (list.length === 0) {
      out.write(`${head.split('\n')[0] ?? ''}\n<p>${t(none)}</p>\n`);
      continue;
    }
    out.write(head);
    // A chunk at a time: the rows of 50,000 machines are never one string.
    for (let i = 0; i < list.length; i += 1024)
      out.write(
        list
          .slice(i, i + 1024)
          .map(row)
          .join(''),
      );
    out.write(TABLE_END);
  }
  out.write('</details>\n');
  const head = unreadableHead(language);
  if (machines.unreadable.length === 0) {
    out.write(`${head.split('\n')[0] ?? ''}\n<p>${t(msg('fleet.noUnreadable', {}))}</p>\n`);
  } else {
    out.write(head);
    out.write(machines.unreadable.map((u) => unreadableRowHtml(u.name, u.reason, language)).join(''));
    out.write(TABLE_END);
  }
  const notes = [
    ...(summary.otherFiles > 0 ? [msg('fleet.otherFiles', { count: summary.otherFiles })] : []),
    ...(skipped.folders ? [msg('fleet.deepFolders', { count: skipped.folders, depth: MAX_DEPTH })] : []),
    ...(skipped.truncated ? [msg('fleet.listingTruncated', { max: MAX_ENTRIES })] : []),
    ...(page.history ? [msg('fleet.historyNote', page.history)] : []),
  ];
  for (const n of notes) out.write(`<p>${t(n)}</p>\n`);
  out.write(PAGE_END);
}
