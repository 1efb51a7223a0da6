/**
 * The fleet report: one pass over a folder of result files (fleet-reader.ts), the totals kept in
 * fleet-summary.ts, every per-machine row written out at once: the CSV directly, the HTML's three
 * tables into spool files beside the HTML that are appended after the totals (which are known only
 * at the end) and then deleted. Memory does not grow with the number of files.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MESSAGE_LANGUAGES, type MessageLang } from '../../../src-shared/messages/languages.js';
import { msg, renderMsg, type MessageLanguage } from '../../../src-shared/messages/messages.js';
import {
  CSV_HEADER,
  csvRow,
  escapeHtml,
  failureRowHtml,
  failuresHead,
  machineRowHtml,
  machinesHead,
  PAGE_END,
  summaryHtml,
  TABLE_END,
  unreadableHead,
  unreadableRowHtml,
} from './fleet-format.js';
import { readFleetFolder } from './fleet-reader.js';
import { FleetSummary } from './fleet-summary.js';

export interface FleetReportOptions {
  folder: string;
  html: string | null;
  csv: string | null;
  now?: Date;
  /** The language of the report's own words (default English); what the files hold is shown as it is. */
  lang?: MessageLang;
}

/** Lines appended to a file as they come, read back in chunks. */
class Spool {
  private readonly fd: number;
  private closed = false;
  rows = 0;
  constructor(readonly file: string) {
    this.fd = fs.openSync(file, 'w+', 0o600);
  }
  write(text: string): void {
    fs.writeSync(this.fd, text);
    this.rows += 1;
  }
  /** Appends everything written so far to another open file, 64 KiB at a time, and deletes itself. */
  drainInto(target: number): void {
    const chunk = Buffer.alloc(64 * 1024);
    let position = 0;
    for (;;) {
      const n = fs.readSync(this.fd, chunk, 0, chunk.length, position);
      if (n === 0) break;
      fs.writeSync(target, chunk, 0, n);
      position += n;
    }
    this.close();
  }
  /** Closes (once: a number closed twice could be another file's by then) and deletes the spool. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    fs.closeSync(this.fd);
    fs.rmSync(this.file, { force: true });
  }
}

function openSpools(html: string | null): { machines: Spool; failures: Spool; unreadable: Spool } | null {
  if (html === null) return null;
  const base = `${html}.${process.pid}`;
  return {
    machines: new Spool(`${base}.machines.tmp`),
    failures: new Spool(`${base}.failures.tmp`),
    unreadable: new Spool(`${base}.unreadable.tmp`),
  };
}

/** Reads the folder and writes the requested files; returns the totals. */
export function writeFleetReport(options: FleetReportOptions): FleetSummary {
  const language = MESSAGE_LANGUAGES[options.lang ?? 'en'];
  const summary = new FleetSummary();
  const skipped = { count: 0 };
  const csv = options.csv === null ? null : fs.openSync(options.csv, 'w');
  const spools = openSpools(options.html);
  try {
    if (csv !== null) fs.writeSync(csv, `${CSV_HEADER}\r\n`);
    for (const entry of readFleetFolder(options.folder, skipped)) {
      const name = path.basename(entry.file);
      if (csv !== null) fs.writeSync(csv, `${csvRow(entry, name, language)}\r\n`);
      if (entry.record === null) {
        summary.unreadable += 1;
        spools?.unreadable.write(unreadableRowHtml(name, entry.reason, language));
        continue;
      }
      summary.add(entry.record);
      if (!spools) continue;
      spools.machines.write(machineRowHtml(entry, name, language));
      if (entry.record.outcome === 'failed' || entry.record.outcome === 'refused') {
        spools.failures.write(failureRowHtml(entry, language));
      }
    }
    summary.otherFiles = skipped.count;
    if (spools && options.html !== null)
      writeHtml(options.html, summary, spools, options.now ?? new Date(), language);
  } finally {
    if (csv !== null) fs.closeSync(csv);
    for (const spool of spools ? Object.values(spools) : []) spool.close();
  }
  return summary;
}

function writeHtml(
  file: string,
  summary: FleetSummary,
  spools: NonNullable<ReturnType<typeof openSpools>>,
  now: Date,
  language: MessageLanguage,
): void {
  const say = (m: Parameters<typeof renderMsg>[1]) => escapeHtml(renderMsg(language, m, 'cli'));
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeSync(fd, summaryHtml(summary, now, language));
    for (const [head, spool, none] of [
      [failuresHead(language), spools.failures, msg('fleet.noFailures', {})],
      [machinesHead(language), spools.machines, msg('fleet.noMachines', {})],
      [unreadableHead(language), spools.unreadable, msg('fleet.noUnreadable', {})],
    ] as const) {
      if (spool.rows === 0) {
        fs.writeSync(fd, `${head.split('\n')[0] ?? ''}\n<p>${say(none)}</p>\n`);
        spool.close();
        continue;
      }
      fs.writeSync(fd, head);
      spool.drainInto(fd);
      fs.writeSync(fd, TABLE_END);
    }
    if (summary.otherFiles > 0) {
      fs.writeSync(fd, `<p>${say(msg('fleet.otherFiles', { count: summary.otherFiles }))}</p>\n`);
    }
    fs.writeSync(fd, PAGE_END);
  } finally {
    fs.closeSync(fd);
  }
}
