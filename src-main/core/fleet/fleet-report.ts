/**
 * The fleet report, in two passes over a folder of result files and its per-device subfolders
 * (fleet-reader.ts). The first reads, parses and checks every file and keeps only a small index
 * of each result (its file, time, identity and claim) to pick each machine's newest result
 * (fleet-machines.ts). The second reads each chosen file again, makes sure it is still the file
 * the first pass saw, folds its record at once into the counts and the CSV, and writes its rows
 * of the sections and the detail tables to spools (fleet-spool.ts); the record is dropped. Then
 * the history (fleet-history.ts) and the HTML, each file written into a new file and renamed into
 * place (exclusive-file.ts). Parsed records are never kept for the whole fleet: 50,000 machines
 * stay under the 200 MB the report is measured against (BENCHMARKS.md).
 */
import { MESSAGE_LANGUAGES, type MessageLang } from '../../../src-shared/messages/languages.js';
import { MessageError } from '../../../src-shared/messages/message-error.js';
import { msg, type MessageLanguage, type Msg } from '../../../src-shared/messages/messages.js';
import type { FleetReasonCode } from '../../../src-shared/messages/en/fleet.js';
import { VERDICTS, worseVerdict, type Verdict } from '../../../src-shared/readiness-types.js';
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
import { claimOf, MachineIndex, Pool, runsOf, type Machine, type ReadEntry } from './fleet-machines.js';
import {
  conflictsHtml,
  headlineHtml,
  SECTION_END,
  sayForeign,
  sectionHead,
  sectionRow,
  sectionsIntro,
  staleHtml,
  trendHtml,
  worseHtml,
} from './fleet-page.js';
import { MAX_DEPTH, MAX_ENTRIES, readFleetFolder, rereadFleetFile, type Skipped } from './fleet-reader.js';
import type { FleetRecord } from './fleet-record.js';
import { Spools, type Spool } from './fleet-spool.js';
import { IndexedResult } from './fleet-index.js';
import { FleetSummary } from './fleet-summary.js';
import {
  DEFAULT_STALE_DAYS,
  pageMachineOf,
  placeOf,
  type SectionCode,
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

/** A counted or stale machine as the page shows it; its table rows are already written (spooled). */
interface ReportMachine extends PageMachine {
  key: string;
  older: number;
}

type Section = {
  code: SectionCode;
  verdict: Verdict;
  count: number;
  steps: Map<string, number>;
  rows: Spool | null;
};

/**
 * The sections made one counted machine at a time: each machine's rows are written at once to
 * its sections' spools (fleet-spool.ts), and only the counts and the distinct next steps stay.
 * The same rows, in the same order, as writeSections makes from sections kept in memory.
 */
class SpooledSections {
  readonly byVerdict = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  private readonly sections = new Map<SectionCode, Section>();
  // Machines of one Windows share their next-step messages (through `same`): each is worded once.
  private readonly worded = new Map<Msg, string>();

  constructor(
    private readonly spools: Spools | null,
    private readonly language: MessageLanguage,
    private readonly same: <T>(value: T) => T,
  ) {}

  add(m: PageMachine, r: FleetRecord): void {
    this.byVerdict[m.verdict] += 1;
    if (r.verdict === null) {
      this.row(this.section('fleet.noVerdict', 'unknown'), m, []);
      return;
    }
    const mine = new Map<FleetReasonCode, { s: Section; next: Msg[] }>();
    for (const reason of r.reasons) {
      const s = this.section(reason.code, reason.verdict);
      s.verdict = worseVerdict(s.verdict, reason.verdict);
      let own = mine.get(reason.code);
      if (!own) mine.set(reason.code, (own = { s, next: [] }));
      const key = JSON.stringify(reason.next);
      if (!own.next.some((n) => JSON.stringify(n) === key)) own.next.push(this.same(reason.next));
    }
    for (const { s, next } of mine.values()) this.row(s, m, next);
  }

  /** The sections, worst first, then by the number of machines, then by code. */
  writeTo(write: (text: string) => void): void {
    write(sectionsIntro(this.language, this.sections.size === 0));
    const ordered = [...this.sections.values()].sort(
      (a, b) =>
        VERDICTS.indexOf(a.verdict) - VERDICTS.indexOf(b.verdict) ||
        b.count - a.count ||
        (a.code < b.code ? -1 : 1),
    );
    for (const s of ordered) {
      write(sectionHead(s.code, s.verdict, s.count, s.steps, this.language));
      s.rows?.copyTo(write);
      write(SECTION_END);
    }
  }

  private section(code: SectionCode, verdict: Verdict): Section {
    let s = this.sections.get(code);
    if (!s) {
      s = { code, verdict, count: 0, steps: new Map(), rows: this.spools ? this.spools.spool() : null };
      this.sections.set(code, s);
    }
    return s;
  }

  private row(s: Section, m: PageMachine, next: Msg[]): void {
    s.count += 1;
    if (s.rows === null) return;
    const texts = next.map((n) => {
      let text = this.worded.get(n);
      if (text === undefined) this.worded.set(n, (text = sayForeign(this.language, n)));
      s.steps.set(text, (s.steps.get(text) ?? 0) + 1);
      return text;
    });
    s.rows.write(sectionRow(m, texts.join(' '), this.language));
  }
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
    // Some hundred kilobytes at a time: a longer string goes to V8's large-object space, which is
    // only freed by a full collection, and 50,000 rows would leave tens of megabytes there.
    if (this.lines.length >= 256) this.flush();
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
  const index = new MachineIndex<IndexedResult>(
    (e) => e.claim,
    (e) => e.verdict,
  );
  const unreadable: Unreadable[] = [];
  const skipped: Skipped = { count: 0 };
  let files = 0;
  const indexed = IndexedResult.index(options.folder, same);
  for (const entry of readFleetFolder(options.folder, skipped, now)) {
    files += 1;
    if (entry.record === null) unreadable.push({ name: entry.name, reason: entry.reason });
    else index.add(indexed(entry));
  }
  const all = index.all();

  const outputs: ExclusiveFile[] = [];
  const cleanup: (() => void)[] = [];
  try {
    const csvFile = options.csv === null ? null : new ExclusiveFile(options.csv);
    if (csvFile) outputs.push(csvFile);
    const htmlFile = options.html === null ? null : new ExclusiveFile(options.html);
    if (htmlFile) outputs.push(htmlFile);

    // The second pass: each chosen file read again and folded in, its record then dropped.
    const csv = new CsvLines(csvFile);
    const changed = new Set<string>();
    const reread = (e: IndexedResult): ReadEntry | null => {
      const entry = rereadFleetFile(e.file, { name: e.name, filedAs: e.filedAs }, now, e.expected());
      // The same file must also say the same: its claim decided which result won.
      if (entry.record !== null && claimOf(entry.record) === e.claim) return entry;
      unreadable.push({
        name: e.name,
        reason: entry.record === null ? entry.reason : msg('fleet.file.changed', {}),
      });
      changed.add(`${e.filedAs.toUpperCase()}\n${e.time.toISOString()}`);
      return null;
    };
    const byPlace = { current: [] as Machine<IndexedResult>[], stale: [] as Machine<IndexedResult>[] };
    const conflicts: ConflictMachine[] = [];
    const conflicted: Machine<IndexedResult>[] = [];
    for (const m of all) {
      const place = placeOf(m, now, staleDays);
      if (place !== 'conflict') byPlace[place].push(m);
      else {
        conflicted.push(m);
        const list = [m.entry, ...m.rivals].map((e) => ({ name: e.name, verdict: e.verdict }));
        conflicts.push({ key: m.key, files: list });
      }
    }
    const spools = htmlFile ? new Spools() : null;
    cleanup.push(() => spools?.remove());
    const sections = new SpooledSections(spools, language, same);
    const machineRows = spools?.spool() ?? null;
    const failureRows = spools?.spool() ?? null;
    let failures = 0;
    const summary = new FleetSummary();
    // Counted machines are not kept: their rows are written, their counts folded in.
    let counted = 0;
    let older = 0;
    const stale: ReportMachine[] = [];
    let unsupported = 0;
    let fileTimed = 0;
    for (const place of ['current', 'stale'] as const) {
      for (const m of byPlace[place]) {
        const entry = reread(m.entry);
        if (entry === null) continue;
        older += m.older;
        const r = entry.record;
        const shown = pageMachineOf(r, m.entry, same);
        // Written out rather than spread: V8 gives each object made by a spread and then added to
        // its own hidden class, some 300 bytes per machine. The name is the first pass's copy (the
        // same text, checked), so that only one is kept.
        const page: ReportMachine = {
          machine: m.entry.machine,
          windows: shown.windows,
          unsupported: shown.unsupported,
          verdict: shown.verdict,
          time: shown.time,
          timeSource: shown.timeSource,
          key: m.key,
          older: m.older,
        };
        csv.push(csvRow(entry, place === 'current' ? 'ok' : 'stale', language));
        if (place === 'stale') {
          stale.push(page);
          continue;
        }
        if (machineRows && failureRows) {
          // The first pass's copy of the name, so that only one is kept.
          const parts = { ...machineRowParts(r, language, same), machine: m.entry.machine };
          machineRows.write(machineRow(parts, entry.modified, m.entry.name));
          if (r.outcome === 'failed' || r.outcome === 'refused') {
            failureRows.write(failureRowHtml(entry, language));
            failures += 1;
          }
        }
        counted += 1;
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
      counted,
      stale,
      conflicts,
      byVerdict: sections.byVerdict,
      unsupported,
      fileTimed,
      staleDays,
    };

    // A result that changed between the passes is no run of its machine's history.
    const runs = (m: Machine<IndexedResult>) => {
      const list = runsOf(m, index.verdict);
      return changed.size === 0 ? list : list.filter(([time]) => !changed.has(`${m.key}\n${time}`));
    };
    const merged = history === null ? null : mergeHistory(history, all, runs);
    const trend = merged ? trendOf(merged.rows, staleDays) : [];
    // Worse since the machine's previous result, for the machines whose newest result is counted now.
    const countedAt = new Map(
      byPlace.current
        .filter((m) => !changed.has(`${m.key}\n${m.entry.time.toISOString()}`))
        .map((m) => [m.key, m.entry.time.toISOString()]),
    );
    const worse = merged ? gotWorse(merged.rows).filter((w) => countedAt.get(w.machine) === w.now.time) : [];
    const historyInfo =
      merged && historyFile !== null && history !== null
        ? { file: historyFile, rows: merged.rows.length, added: merged.added, bad: history.bad }
        : null;

    if (htmlFile && machineRows && failureRows) {
      const page: Page = {
        view,
        sections,
        older,
        tables: { failures, machineRows, failureRows },
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
    for (const clean of cleanup) clean();
  }
}

interface Page {
  view: PageView<ReportMachine>;
  sections: SpooledSections;
  /** Older results set aside, of the machines counted or stale. */
  older: number;
  /** The detail tables' rows, written during the second pass. */
  tables: { failures: number; machineRows: Spool; failureRows: Spool };
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
  out.write(pageHead(page.now, page.files, summary.simulated, language));
  out.write(headlineHtml(view, page.older, language));
  page.sections.writeTo((text) => out.write(text));
  out.write(trendHtml(page.trend, language));
  out.write(worseHtml(page.worse, language));
  out.write(staleHtml(view, page.now, language));
  out.write(conflictsHtml(view, language));
  out.write(`<details class="details"><summary>${t(msg('fleet.heading.details', {}))}</summary>\n`);
  out.write(summaryHtml(summary, language));
  const { tables } = page;
  const detail = [
    [failuresHead(language), tables.failures, tables.failureRows, msg('fleet.noFailures', {})],
    [machinesHead(language), view.counted, tables.machineRows, msg('fleet.noMachines', {})],
  ] as const;
  for (const [head, count, rows, none] of detail) {
    if (count === 0) {
      out.write(`${head.split('\n')[0] ?? ''}\n<p>${t(none)}</p>\n`);
      continue;
    }
    out.write(head);
    rows.copyTo((text) => out.write(text));
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
