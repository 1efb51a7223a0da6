/**
 * The fleet report, in two passes over a folder of result files and its per-device subfolders
 * (fleet-reader.ts). The first reads, parses and checks every file and keeps only a small index
 * of each result (its file, time, identity and claim) to pick each machine's newest result
 * (fleet-machines.ts). The second reads each chosen file again, makes sure it is still the file
 * the first pass saw, and folds its record at once into the counts, the sections (fleet-view.ts),
 * the CSV rows and the few texts the page shows of it; the record is then dropped. Then the
 * history (fleet-history.ts) and the HTML, each file written into a new file and renamed into
 * place (exclusive-file.ts). Parsed records are never kept for the whole fleet: 50,000 machines
 * stay under the 200 MB the report is measured against (BENCHMARKS.md).
 */
import { MESSAGE_LANGUAGES, type MessageLang } from '../../../src-shared/messages/languages.js';
import { MessageError } from '../../../src-shared/messages/message-error.js';
import { msg, type MessageLanguage, type Msg } from '../../../src-shared/messages/messages.js';
import type { Verdict } from '../../../src-shared/readiness-types.js';
import { ExclusiveFile } from './exclusive-file.js';
import {
  CSV_HEADER,
  csvRow,
  csvUnreadableRow,
  escapeHtml,
  failureRowHtml,
  failuresHead,
  machineRow,
  machineRowParts,
  type MachineRowParts,
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
import {
  claimOf,
  MachineIndex,
  Pool,
  runsOf,
  type Machine,
  type Placed,
  type ReadEntry,
} from './fleet-machines.js';
import { conflictsHtml, headlineHtml, staleHtml, trendHtml, worseHtml, writeSections } from './fleet-page.js';
import {
  MAX_DEPTH,
  MAX_ENTRIES,
  readFleetFolder,
  rereadFleetFile,
  type FileIdentity,
  type Skipped,
  type TimeSource,
} from './fleet-reader.js';
import { FleetSummary } from './fleet-summary.js';
import {
  DEFAULT_STALE_DAYS,
  pageMachineOf,
  placeOf,
  SectionsBuilder,
  type ConflictMachine,
  type PageMachine,
  type PageView,
} from './fleet-view.js';

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
  view: PageView;
  files: number;
  unreadable: number;
  history: { file: string; rows: number; added: number; bad: number } | null;
  worse: Worse[];
  trend: TrendPoint[];
}

/** What the first pass keeps of a result: enough to pick each machine's newest and find it again. */
interface Indexed extends Placed {
  file: string;
  /** The name the result gives itself. */
  machine: string;
  timeSource: TimeSource;
  identity: FileIdentity;
  /** What the result says (fleet-machines.ts), shared between equal results. */
  claim: string;
  verdict: Verdict;
}

/** A counted or stale machine as the page shows it, and what its rows of the detail tables need. */
interface ReportMachine extends PageMachine {
  key: string;
  older: number;
  /** Its result's index entry: the file's name for its row. */
  entry: Indexed;
  /** The file's time, as the read gave it. */
  modified: Date | null;
  /** Its row of the machines table, worded (null when no page is written). */
  parts: MachineRowParts | null;
  /** Its row of the failures table, when its apply failed or was refused. */
  failure: string | null;
}

type Unreadable = { name: string; reason: Msg };

/** CSV lines, written a few thousand at a time; nothing when no CSV is asked for. */
class CsvLines {
  private readonly lines: string[] = [];
  constructor(private readonly out: ExclusiveFile | null) {
    this.push(CSV_HEADER);
  }
  push(line: string): void {
    if (this.out === null) return;
    this.lines.push(line);
    if (this.lines.length >= 2048) this.flush();
  }
  flush(): void {
    if (this.out !== null && this.lines.length > 0)
      this.out.write(`${this.lines.splice(0).join('\r\n')}\r\n`);
  }
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

  // The first pass: every file read and checked, an index entry kept of each result.
  const pool = new Pool();
  const same = <T>(value: T): T => pool.same(value);
  const index = new MachineIndex<Indexed>(
    (e) => e.claim,
    (e) => e.verdict,
  );
  const unreadable: Unreadable[] = [];
  const skipped: Skipped = { count: 0 };
  let files = 0;
  for (const entry of readFleetFolder(options.folder, skipped, now)) {
    files += 1;
    if (entry.record === null) unreadable.push({ name: entry.name, reason: entry.reason });
    else index.add(indexed(entry, same));
  }
  const all = index.all();

  const outputs: ExclusiveFile[] = [];
  try {
    const csvFile = options.csv === null ? null : new ExclusiveFile(options.csv);
    if (csvFile) outputs.push(csvFile);
    const htmlFile = options.html === null ? null : new ExclusiveFile(options.html);
    if (htmlFile) outputs.push(htmlFile);

    // The second pass: each chosen file read again and folded in, its record then dropped.
    const csv = new CsvLines(csvFile);
    const changed = new Set<string>();
    const reread = (e: Indexed): ReadEntry | null => {
      const entry = rereadFleetFile(e.file, { name: e.name, filedAs: e.filedAs }, now, e);
      // The same file must also say the same: its claim decided which result won.
      if (entry.record !== null && claimOf(entry.record) === e.claim) return entry;
      unreadable.push({
        name: e.name,
        reason: entry.record === null ? entry.reason : msg('fleet.file.changed', {}),
      });
      changed.add(`${e.filedAs.toUpperCase()}\n${e.time.toISOString()}`);
      return null;
    };
    const byPlace = { current: [] as Machine<Indexed>[], stale: [] as Machine<Indexed>[] };
    const conflicts: ConflictMachine[] = [];
    const conflicted: Machine<Indexed>[] = [];
    for (const m of all) {
      const place = placeOf(m, now, staleDays);
      if (place !== 'conflict') byPlace[place].push(m);
      else {
        conflicted.push(m);
        const list = [m.entry, ...m.rivals].map((e) => ({ name: e.name, verdict: e.verdict }));
        conflicts.push({ key: m.key, files: list });
      }
    }
    const sections = new SectionsBuilder(same);
    const summary = new FleetSummary();
    const current: ReportMachine[] = [];
    const stale: ReportMachine[] = [];
    let unsupported = 0;
    let fileTimed = 0;
    for (const place of ['current', 'stale'] as const) {
      for (const m of byPlace[place]) {
        const entry = reread(m.entry);
        if (entry === null) continue;
        const r = entry.record;
        const page = {
          ...pageMachineOf(r, m.entry, same),
          // The first pass's copy of the name (the same text, checked), so only one is kept.
          machine: m.entry.machine,
          key: m.key,
          older: m.older,
          entry: m.entry,
          modified: null as Date | null,
          parts: null as MachineRowParts | null,
          failure: null as string | null,
        };
        csv.push(csvRow(entry, place === 'current' ? 'ok' : 'stale', language));
        if (place === 'stale') {
          stale.push(page);
          continue;
        }
        if (htmlFile) {
          // The first pass's copy of the name, so that only one is kept.
          page.parts = { ...machineRowParts(r, language, same), machine: m.entry.machine };
          page.modified = entry.modified;
          if (r.outcome === 'failed' || r.outcome === 'refused')
            page.failure = failureRowHtml(entry, language);
        }
        current.push(page);
        sections.add(page, r);
        summary.add(r);
        if (page.unsupported) unsupported += 1;
        if (page.timeSource === 'file') fileTimed += 1;
      }
    }
    // Results in conflict are in the CSV, each file as it is now; the page names them only.
    if (csvFile) {
      for (const m of conflicted) {
        for (const e of [m.entry, ...m.rivals]) {
          const entry = reread(e);
          if (entry !== null) csv.push(csvRow(entry, 'conflict', language));
        }
      }
    }
    for (const u of unreadable) csv.push(csvUnreadableRow(u.name, u.reason, language));
    csv.flush();
    summary.unreadable = unreadable.length;
    summary.otherFiles = skipped.count;
    const view: PageView<ReportMachine> = {
      current,
      stale,
      conflicts,
      byVerdict: sections.byVerdict,
      sections: sections.result(),
      unsupported,
      fileTimed,
      staleDays,
    };

    // A result that changed between the passes is no run of its machine's history.
    const runs = (m: Machine<Indexed>) => {
      const list = runsOf(m, index.verdict);
      return changed.size === 0 ? list : list.filter(([time]) => !changed.has(`${m.key}\n${time}`));
    };
    const merged = history === null ? null : mergeHistory(history, all, runs);
    const trend = merged ? trendOf(merged.rows, staleDays) : [];
    // Worse since the machine's previous result, for the machines whose newest result is counted now.
    const counted = new Map(current.map((m) => [m.key, m.time.toISOString()]));
    const worse = merged ? gotWorse(merged.rows).filter((w) => counted.get(w.machine) === w.now.time) : [];
    const historyInfo =
      merged && historyFile !== null && history !== null
        ? { file: historyFile, rows: merged.rows.length, added: merged.added, bad: history.bad }
        : null;

    if (htmlFile) {
      const page: Page = {
        view,
        summary,
        files,
        unreadable,
        skipped,
        now,
        trend,
        worse,
        history: historyInfo,
      };
      writeHtml(htmlFile, page, language);
    }
    for (const out of outputs) out.commit();
    if (merged && historyFile !== null) writeHistory(historyFile, merged.rows);
    return { summary, view, files, unreadable: unreadable.length, history: historyInfo, worse, trend };
  } finally {
    for (const out of outputs) out.abort();
  }
}

/** The index entry of a result that was read, its shared values kept once. */
function indexed(entry: ReadEntry, same: <T>(value: T) => T): Indexed {
  const r = entry.record;
  return {
    name: entry.name,
    filedAs: entry.filedAs,
    file: entry.file,
    time: entry.time,
    // The file's own name where the result says the same (as it nearly always does).
    machine: r.machine === entry.filedAs ? entry.filedAs : r.machine,
    timeSource: entry.timeSource,
    identity: entry.identity ?? { size: -1, mtimeMs: NaN, dev: -1, ino: -1 },
    claim: same(claimOf(r)),
    verdict: r.verdict ?? 'unknown',
  };
}

const machineRowOf = (m: ReportMachine): string =>
  m.parts && m.modified ? machineRow(m.parts, m.modified, m.entry.name) : '';

interface Page {
  view: PageView<ReportMachine>;
  summary: FleetSummary;
  files: number;
  unreadable: Unreadable[];
  skipped: Skipped;
  now: Date;
  trend: TrendPoint[];
  worse: Worse[];
  history: FleetReport['history'];
}

function writeHtml(out: ExclusiveFile, page: Page, language: MessageLanguage): void {
  const t = (m: Parameters<typeof say>[1]) => escapeHtml(say(language, m));
  const { view, summary, skipped, unreadable } = page;
  const older = view.current.reduce((n, m) => n + m.older, 0) + view.stale.reduce((n, m) => n + m.older, 0);
  out.write(pageHead(page.now, page.files, summary.simulated, language));
  out.write(headlineHtml(view, older, language));
  writeSections(view, language, (text) => out.write(text));
  out.write(trendHtml(page.trend, language));
  out.write(worseHtml(page.worse, language));
  out.write(staleHtml(view, page.now, language));
  out.write(conflictsHtml(view, language));
  out.write(`<details class="details"><summary>${t(msg('fleet.heading.details', {}))}</summary>\n`);
  out.write(summaryHtml(summary, language));
  const failed = view.current.filter((m) => m.failure !== null);
  const tables = [
    [failuresHead(language), failed, (m: ReportMachine) => m.failure ?? '', msg('fleet.noFailures', {})],
    [machinesHead(language), view.current, machineRowOf, msg('fleet.noMachines', {})],
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
  if (unreadable.length === 0) {
    out.write(`${head.split('\n')[0] ?? ''}\n<p>${t(msg('fleet.noUnreadable', {}))}</p>\n`);
  } else {
    out.write(head);
    for (let i = 0; i < unreadable.length; i += 1024)
      out.write(
        unreadable
          .slice(i, i + 1024)
          .map((u) => unreadableRowHtml(u.name, u.reason, language))
          .join(''),
      );
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
