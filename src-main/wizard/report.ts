import type { Detection } from '../core/detect/detect.js';
import type { OperationResult } from '../core/operations/operation-result.js';
import type { Plan, PlanItem } from '../core/plan/plan-types.js';
import { formatValue, type RegValue } from '../core/registry/registry-port.js';

export interface ReportInput {
  operation: 'apply' | 'rollback';
  toolVersion: string;
  createdAt: string;
  detection: Detection;
  result: OperationResult;
  /** The values before and after, as planned and read back. */
  rows: { where: string; name: string; before: RegValue | null; after: RegValue | null; verified: boolean }[];
  findings: string[];
}

const escapeHtml = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

export function rowsFromPlans(before: Plan, after: Plan | null): ReportInput['rows'] {
  return before.items.map((item: PlanItem, i: number) => {
    const now = after?.items[i];
    return {
      where: `${item.hive}\\${item.key}${item.view === 'shared' ? '' : ` (${item.view}-bit)`}`,
      name: item.name,
      before: item.current,
      after: now ? now.current : item.current,
      verified: now ? now.action === 'none' : false,
    };
  });
}

/** One short paragraph for the ticket. */
export function summaryText(input: ReportInput): string {
  const { os, kb3140245 } = input.detection;
  const changed = input.rows.filter((r) => formatValue(r.before) !== formatValue(r.after)).length;
  return [
    `TLS 1.2 Wizard ${input.toolVersion} - ${input.operation} on ${os.computerName} (${os.displayName}, build ${os.build}) at ${input.createdAt}`,
    `Result: ${input.result.message}`,
    `Values changed: ${changed}; verified: ${input.rows.filter((r) => r.verified).length}/${input.rows.length}.`,
    `KB 3140245: ${kb3140245.state}.`,
    input.result.backup ? `Backup: ${input.result.backup.jsonFile}` : '',
    `Restart needed: ${input.result.restartNeeded ? 'yes' : 'no'}.`,
  ]
    .filter((l) => l !== '')
    .join('\n');
}

/** A self-contained, printable HTML report (no scripts, no external resources). */
export function reportHtml(input: ReportInput): string {
  const { os } = input.detection;
  const rows = input.rows
    .map(
      (r) =>
        `<tr><td>${escapeHtml(r.where)}</td><td>${escapeHtml(r.name)}</td><td>${escapeHtml(formatValue(r.before))}</td><td>${escapeHtml(formatValue(r.after))}</td><td>${r.verified ? 'verified' : '-'}</td></tr>`,
    )
    .join('\n');
  const findings = input.findings.map((f) => `<li>${escapeHtml(f)}</li>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>TLS 1.2 Wizard report - ${escapeHtml(os.computerName)}</title>
<style>
body{font-family:"Segoe UI",system-ui,sans-serif;margin:2em;color:#1b1b1b}
table{border-collapse:collapse;width:100%;font-size:0.9em}th,td{border:1px solid #999;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#eee}h1{font-size:1.4em}@media print{body{margin:0}}
</style></head><body>
<h1>TLS 1.2 Wizard: ${escapeHtml(input.operation)} on ${escapeHtml(os.computerName)}</h1>
<p>${escapeHtml(os.displayName)}, build ${os.build}. Tool ${escapeHtml(input.toolVersion)}. ${escapeHtml(input.createdAt)}.</p>
<p><strong>${escapeHtml(input.result.message)}</strong></p>
<p>Restart needed: ${input.result.restartNeeded ? 'yes' : 'no'}. KB 3140245: ${escapeHtml(input.detection.kb3140245.message)}</p>
${input.result.backup ? `<p>Backup: ${escapeHtml(input.result.backup.jsonFile)}<br>.reg: ${escapeHtml(input.result.backup.regFile)}</p>` : ''}
<table><thead><tr><th>Key</th><th>Value</th><th>Before</th><th>After</th><th>Check</th></tr></thead>
<tbody>
${rows}
</tbody></table>
${findings ? `<h2>Findings</h2><ul>${findings}</ul>` : ''}
</body></html>
`;
}
