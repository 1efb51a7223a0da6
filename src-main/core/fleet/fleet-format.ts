/**
 * How the fleet report writes what it read: HTML (every text escaped; no script, no external
 * resource: a static page with a CSP that forbids both) and CSV (RFC 4180 quoting; a cell that a
 * spreadsheet would run as a formula gets a leading apostrophe). Every string from a result file
 * is untrusted and passes through these functions.
 */
import { englishCount } from '../../../src-shared/messages/messages.js';
import { GROUPS } from '../catalogue/catalogue.js';
import { describeProtocolMask, PROTOCOL_BITS, TLS_BITS_MASK } from '../catalogue/protocols.js';
import type { FleetEntry } from './fleet-reader.js';
import type { FleetRecord } from './fleet-record.js';
import type { FleetSummary } from './fleet-summary.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function csvCell(value: string | number | boolean | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_HEADER = [
  'file',
  'status',
  'reason',
  'machine',
  'windows',
  'family',
  'build',
  'kb3140245',
  'command',
  'exit_code',
  'outcome',
  'values_to_change',
  'restart_needed',
  'stacks_without_tls12',
  'effective_now',
  'file_time',
  'simulated',
].join(',');

function withoutTls12(r: FleetRecord): string {
  return r.effective
    .filter((s) => (s.mask & PROTOCOL_BITS.tls12) === 0)
    .map((s) => (s.view === 'shared' ? s.stack : `${s.stack}/${s.view}`))
    .join(' ');
}

function effectiveText(r: FleetRecord): string {
  return r.effective
    .map(
      (s) =>
        `${s.view === 'shared' ? s.stack : `${s.stack}/${s.view}`}: ${describeProtocolMask(s.mask & TLS_BITS_MASK)}`,
    )
    .join('; ');
}

function kbText(r: FleetRecord): string {
  return r.kbNeeded ? r.kbState : 'not needed';
}

export function csvRow(entry: FleetEntry, name: string): string {
  const time = entry.modified?.toISOString() ?? null;
  if (entry.record === null) {
    return [name, 'unreadable', entry.reason, '', '', '', '', '', '', '', '', '', '', '', '', time, '']
      .map(csvCell)
      .join(',');
  }
  const r = entry.record;
  return [
    name,
    'ok',
    '',
    r.machine,
    r.windows,
    r.family,
    r.build,
    kbText(r),
    r.command,
    r.exitCode,
    r.outcome,
    r.changes,
    r.restartNeeded,
    withoutTls12(r),
    effectiveText(r),
    time,
    r.simulated,
  ]
    .map(csvCell)
    .join(',');
}

export function machineRowHtml(entry: FleetEntry & { record: FleetRecord }, name: string): string {
  const r = entry.record;
  const missing = withoutTls12(r);
  const last = r.command === 'apply' ? `apply: ${r.outcome ?? ''}` : 'audit';
  const cells = [
    r.machine,
    r.windows,
    kbText(r),
    `${last} (exit ${r.exitCode})`,
    String(r.changes),
    missing === '' ? '-' : missing,
    entry.modified.toISOString().slice(0, 16).replace('T', ' '),
    name,
  ];
  const attention = r.changes > 0 || missing !== '' || r.outcome === 'failed' || r.outcome === 'refused';
  return `<tr${attention ? ' class="attention"' : ''}>${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>\n`;
}

export function failureRowHtml(entry: FleetEntry & { record: FleetRecord }): string {
  const r = entry.record;
  const cells = [r.machine, r.windows, `${r.outcome ?? ''} (exit ${r.exitCode})`, r.message];
  return `<tr>${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>\n`;
}

export function unreadableRowHtml(name: string, reason: string): string {
  return `<tr><td>${escapeHtml(name)}</td><td>${escapeHtml(reason)}</td></tr>\n`;
}

const STYLE = `body{font:14px/1.4 system-ui,Segoe UI,sans-serif;margin:1.5rem;color:#1b1b1b}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.6rem}table{border-collapse:collapse;margin:.4rem 0}
th,td{border:1px solid #c8c8c8;padding:.2rem .5rem;text-align:left;vertical-align:top}th{background:#eef1f5}
td.n{text-align:right}.kpis{display:flex;gap:.8rem;flex-wrap:wrap}.kpi{border:1px solid #c8c8c8;border-radius:6px;padding:.5rem .8rem;min-width:9rem}
.kpi b{display:block;font-size:1.5rem}.warn b{color:#a4262c}.ok b{color:#107c10}tr.attention td:first-child{border-left:4px solid #a4262c}`;

function table(head: string[], rows: (string | number)[][]): string {
  const th = head.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const body = rows
    .map(
      (r) =>
        `<tr>${r.map((c) => (typeof c === 'number' ? `<td class="n">${c}</td>` : `<td>${escapeHtml(c)}</td>`)).join('')}</tr>`,
    )
    .join('\n');
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function kpi(label: string, value: number, bad: boolean): string {
  return `<div class="kpi ${bad ? 'warn' : 'ok'}"><b>${value}</b>${escapeHtml(label)}</div>`;
}

/** The page up to the per-machine tables: totals, families, KB, values, protocols, applies. */
export function summaryHtml(s: FleetSummary, title: string, generated: Date): string {
  const byCount = <K>(m: Map<K, number>): [K, number][] =>
    [...m.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
  const stacks = [...s.stacks.values()].sort((a, b) => a.label.localeCompare(b.label));
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>
<h1>${escapeHtml(title)}</h1>
<p>Generated ${escapeHtml(generated.toISOString().slice(0, 19).replace('T', ' '))} UTC from ${englishCount(s.machines + s.unreadable, 'result file', 'result files')}${s.simulated > 0 ? `, ${s.simulated} of them from simulated machines` : ''}.</p>
<div class="kpis">${kpi('machines', s.machines, false)}${kpi('KB 3140245 missing', s.kbMissing, s.kbMissing > 0)}${kpi('machines with values to change', s.machinesWithChanges, s.machinesWithChanges > 0)}${kpi('failed or refused applies', s.failures, s.failures > 0)}${kpi('restarts pending', s.restartsPending, s.restartsPending > 0)}${kpi('unreadable files', s.unreadable, s.unreadable > 0)}</div>
<h2>Machines by Windows family</h2>
${table(['Windows', 'Machines'], byCount(s.byFamily))}
<h2>Values still to change</h2>
<p>${englishCount(s.valuesToChange, 'value', 'values')} on ${englishCount(s.machinesWithChanges, 'machine', 'machines')}; ${englishCount(s.refusedPlans, 'machine', 'machines')} where the tool refuses the plan.</p>
${table(
  ['Group', 'Values'],
  GROUPS.map((g) => [g, s.changesByGroup.get(g) ?? 0]),
)}
<h2>Effective protocols now</h2>
${table(
  ['Stack', 'Machines', 'Without TLS 1.2', 'Still offering TLS 1.0 / 1.1', 'Protocol sets'],
  stacks.map((t) => [
    t.label,
    t.machines,
    t.withoutTls12,
    t.withTls10or11,
    byCount(t.sets)
      .map(([k, n]) => `${k}: ${n}`)
      .join('; '),
  ]),
)}
<h2>Last command per machine</h2>
${table(['Last command', 'Machines'], byCount(s.lastCommand))}
`;
}

export const MACHINES_HEAD = `<h2>Machines</h2>
<table><thead><tr><th>Machine</th><th>Windows</th><th>KB 3140245</th><th>Last command</th><th>Values to change</th><th>Stacks without TLS 1.2</th><th>File time (UTC)</th><th>File</th></tr></thead><tbody>\n`;
export const FAILURES_HEAD = `<h2>Failed and refused applies</h2>
<table><thead><tr><th>Machine</th><th>Windows</th><th>Outcome</th><th>Message</th></tr></thead><tbody>\n`;
export const UNREADABLE_HEAD = `<h2>Unreadable files</h2>
<table><thead><tr><th>File</th><th>Reason</th></tr></thead><tbody>\n`;
export const TABLE_END = '</tbody></table>\n';
export const PAGE_END = '</body></html>\n';
