import * as fs from 'node:fs';
import * as path from 'node:path';
import { reportHtml } from '../core/report/report-html.js';
import type { ReportLang, RestartState } from '../core/report/report-text.js';
import { initialRestart, summaryText, type ReportInput, type ReportOptions } from '../core/report/report.js';

/** Beside the backup (TLS12-backup_….report.html), else in the backup folder by operation, computer and time. */
function reportBase(report: ReportInput, backupFolder: string): string {
  if (report.result.backup) return report.result.backup.jsonFile.replace(/\.json$/i, '');
  const computer = report.detection.os.computerName.replace(/[^A-Za-z0-9_-]/g, '_');
  const stamp = report.createdAt.replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return path.join(backupFolder, `TLS12-${report.operation}_${computer}_${stamp}`);
}

/** Writes a report file; false when it cannot be written (not an error of the operation). */
export function writeReport(file: string, input: ReportInput, o: ReportOptions): boolean {
  try {
    fs.writeFileSync(file, reportHtml(input, o));
    return true;
  } catch {
    return false;
  }
}

/**
 * The last apply or rollback, for the ticket: its HTML report and summary, in the wizard's
 * language and with the restart as it stands. A refusal gets only the summary; "nothing to do"
 * gets a report too (the check is worth keeping). A report that cannot be written is not an
 * error of the operation: the summary is still there to copy.
 */
export class ReportKeeper {
  private last: {
    input: ReportInput;
    file: string | null;
    restart: RestartState;
    /** Where a report not yet written may go (a check's); empty after an operation. */
    folders: string[];
  } | null = null;

  constructor(private lang: ReportLang) {}

  /** After an operation: writes its report; whether a file was written, and the summary. */
  record(input: ReportInput, backupFolder: string): { reportAvailable: boolean; summary: string } {
    const restart = initialRestart(input.result);
    let file: string | null = null;
    if (input.result.outcome !== 'refused') {
      const candidate = `${reportBase(input, backupFolder)}.report.html`;
      if (writeReport(candidate, input, { lang: this.lang, restart })) file = candidate;
    }
    this.last = { input, file, restart, folders: [] };
    return { reportAvailable: file !== null, summary: summaryText(input, { lang: this.lang, restart }) };
  }

  /**
   * "Check only" writes nothing until the technician opens the report: then into the first of
   * `folders` that takes it (the backup folder, else the temporary folder: a check also runs
   * without administrator rights, where %ProgramData% may refuse it).
   */
  recordCheck(input: ReportInput, folders: string[]): { reportAvailable: boolean; summary: string } {
    this.last = { input, file: null, restart: 'not-needed', folders };
    return { reportAvailable: folders.length > 0, summary: summaryText(input, this.options()) };
  }

  setLang(lang: ReportLang): void {
    this.lang = lang;
  }

  /** The language reports and summaries are written in now (also the wizard's dialog titles'). */
  language(): ReportLang {
    return this.lang;
  }

  /** The technician chose to restart now or later (only when a restart is needed). */
  setRestart(state: RestartState): void {
    if (this.last && this.last.restart !== 'not-needed') this.last.restart = state;
  }

  summary(): string | null {
    return this.last ? summaryText(this.last.input, this.options()) : null;
  }

  /** The report file, written again in the current language and restart state; null when there is none. */
  file(): string | null {
    const last = this.last;
    if (!last) return null;
    if (!last.file) {
      const candidates = last.folders.map((folder) => `${reportBase(last.input, folder)}.report.html`);
      last.file = candidates.find((file) => writeReport(file, last.input, this.options())) ?? null;
      return last.file;
    }
    writeReport(last.file, last.input, this.options());
    return last.file;
  }

  private options(): ReportOptions {
    return { lang: this.lang, restart: this.last?.restart ?? 'not-needed' };
  }
}
