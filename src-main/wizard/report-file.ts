import * as fs from 'node:fs';
import * as path from 'node:path';
import type { OperationResult } from '../core/operations/operation-result.js';
import { reportHtml, summaryText, type ReportInput } from './report.js';

/** The last report: its HTML file (null when none was written) and the ticket summary. */
export interface SavedReport {
  file: string | null;
  summary: string;
}

/** Beside the backup (TLS12-backup_….report.html), else in the backup folder by operation, computer and time. */
function reportBase(report: ReportInput, result: OperationResult, backupFolder: string): string {
  if (result.backup) return result.backup.jsonFile.replace(/\.json$/i, '');
  const computer = report.detection.os.computerName.replace(/[^A-Za-z0-9_-]/g, '_');
  const stamp = report.createdAt.replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return path.join(backupFolder, `TLS12-${report.operation}_${computer}_${stamp}`);
}

/**
 * Writes the HTML report of an apply or rollback that changed (or tried to change) something;
 * a refusal gets only the summary ("nothing to do" gets a report: the check is worth keeping). A report that cannot be written is not an
 * error of the operation: the summary is still there to copy.
 */
export function saveReport(report: ReportInput, result: OperationResult, backupFolder: string): SavedReport {
  const summary = summaryText(report);
  if (result.outcome === 'refused') return { file: null, summary };
  const file = `${reportBase(report, result, backupFolder)}.report.html`;
  try {
    fs.writeFileSync(file, reportHtml(report));
    return { file, summary };
  } catch {
    return { file: null, summary };
  }
}
