/**
 * How the fleet report writes what it read: HTML (every text escaped; no script, no external
 * resource: a static page with a CSP that forbids both) and CSV (RFC 4180 quoting; a cell that a
 * spreadsheet would run as a formula gets a leading apostrophe). Every string from a result file
 * is untrusted and passes through these functions.
 */
import {
  ENGLISH,
  msg,
  renderMsg,
  type MessageLanguage,
  type Msg,
} from '../../../src-shared/messages/messages.js';
import { GROUPS } from '../catalogue/catalogue.js';
import { describeProtocolMask, PROTOCOL_BITS, TLS_BITS_MASK } from '../catalogue/protocols.js';
import { FAMILY_FACTS } from '../catalogue/windows-families.js';
import type { FleetEntry } from './fleet-reader.js';
import type { FleetRecord } from './fleet-record.js';
import type { FleetSummary } from './fleet-summary.js';

/** The report's sentences: from the catalogue of its language (English unless told). */
export function say(language: MessageLanguage, m: Msg): string {
  return renderMsg(language, m, 'cli');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** What a spreadsheet runs as a formula when a cell starts with it (OWASP "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Separators Excel splits on: `,`, and `;` where the list separator is `;` (Swedish, German). */
const SEPARATOR = /^[,;]$/;

/**
 * One CSV cell: always quoted (RFC 4180), with an apostrophe before a formula sign at the start and
 * right after a `,` or `;`. Each character is judged after Unicode compatibility normalisation
 * (NFKC), so full-width and small forms (＝ ＋ － ＠ ﹦ ，；) count as what they become.
 */
export function csvCell(value: string | number | boolean | null): string {
  const text = value === null ? '' : String(value);
  let out = '';
  let atStart = true;
  for (const ch of text) {
    const plain = ch.normalize('NFKC');
    if (atStart && FORMULA_START.test(plain)) out += "'";
    out += ch;
    atStart = SEPARATOR.test(plain);
  }
  return `"${out.replace(/"/g, '""')}"`;
}

export const CSV_HEADER = [
  'file',
  'status',
  'reason',
  'machine',
  'verdict',
  'reason_codes',
  'result_time',
  'time_source',
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

function kbText(r: FleetRecord, language: MessageLanguage): string {
  return r.kbNeeded ? r.kbState : say(language, msg('fleet.kbNotNeeded', {}));
}

/** A file that is not a result the report can use: its name and why. */
export function csvUnreadableRow(name: string, reason: Msg, language: MessageLanguage = ENGLISH): string {
  const cells: (string | null)[] = [name, 'unreadable', say(language, reason)];
  while (cells.length < CSV_HEADER.split(',').length) cells.push(null);
  return cells.map(csvCell).join(',');
}

/**
 * One machine's row: its newest result, its verdict and reason codes (language-neutral, for Excel
 * and Power BI), and whether it is counted (`ok`), went quiet (`stale`) or conflicts (`conflict`).
 */
export function csvRow(
  entry: FleetEntry & { record: FleetRecord },
  status: 'ok' | 'stale' | 'conflict',
  language: MessageLanguage = ENGLISH,
): string {
  const r = entry.record;
  return [
    entry.name,
    status,
    '',
    r.machine,
    r.verdict ?? 'unknown',
    r.verdict === null ? 'fleet.noVerdict' : [...new Set(r.reasons.map((x) => x.code))].join(' '),
    entry.time.toISOString(),
    entry.timeSource,
    r.windows,
    r.family,
    r.build,
    kbText(r, language),
    r.command,
    r.exitCode,
    r.outcome,
    r.changes,
    r.restartNeeded,
    withoutTls12(r),
    effectiveText(r),
    entry.modified.toISOString(),
    r.simulated,
  ]
    .map(csvCell)
    .join(',');
}

/**
 * What a machine's row of the machines table shows, its texts worded: many machines share all but
 * the name and the time, so these can be kept for 50,000 machines rather than their rows.
 */
export interface MachineRowParts {
  machine: string;
  windows: string;
  kb: string;
  last: string;
  changes: number;
  missing: string;
  attention: boolean;
}

export function machineRowParts(
  r: FleetRecord,
  language: MessageLanguage = ENGLISH,
  same: <T>(value: T) => T = (v) => v,
): MachineRowParts {
  const missing = withoutTls12(r);
  const last = msg('fleet.lastCommandCell', { command: r.command, outcome: r.outcome, exitCode: r.exitCode });
  return {
    machine: r.machine,
    windows: same(
      r.family === null ? `${r.windows} (${say(language, msg('fleet.unsupportedMark', {}))})` : r.windows,
    ),
    kb: same(kbText(r, language)),
    last: same(say(language, last)),
    changes: r.changes,
    missing: same(missing),
    attention: r.changes > 0 || missing !== '' || r.outcome === 'failed' || r.outcome === 'refused',
  };
}

/** The row of the machines table: its parts, the file's time and the file's name. */
export function machineRow(p: MachineRowParts, modified: Date, name: string): string {
  const cells = [
    p.machine,
    p.windows,
    p.kb,
    p.last,
    String(p.changes),
    p.missing === '' ? '-' : p.missing,
    modified.toISOString().slice(0, 16).replace('T', ' '),
    name,
  ];
  return `<tr${p.attention ? ' class="attention"' : ''}>${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>\n`;
}

export function machineRowHtml(
  entry: FleetEntry & { record: FleetRecord },
  name: string,
  language: MessageLanguage = ENGLISH,
): string {
  return machineRow(machineRowParts(entry.record, language), entry.modified, name);
}

export function failureRowHtml(
  entry: FleetEntry & { record: FleetRecord },
  language: MessageLanguage = ENGLISH,
): string {
  const r = entry.record;
  const outcome = say(language, msg('fleet.outcomeCell', { outcome: r.outcome, exitCode: r.exitCode }));
  // The result's own message, in the language of the machine that wrote it: shown as it is.
  const cells = [r.machine, r.windows, outcome, r.message];
  return `<tr>${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>\n`;
}

export function unreadableRowHtml(name: string, reason: Msg, language: MessageLanguage = ENGLISH): string {
  return `<tr><td>${escapeHtml(name)}</td><td>${escapeHtml(say(language, reason))}</td></tr>\n`;
}

const STYLE = `body{font:14px/1.4 system-ui,Segoe UI,sans-serif;margin:1.5rem;color:#1b1b1b}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.6rem}table{border-collapse:collapse;margin:.4rem 0}
.headline{font-size:1.3rem;font-weight:600}summary{cursor:pointer;font-weight:600;margin:.3rem 0}
details{margin:.2rem 0 .6rem}svg text{font-size:11px;fill:#444}
th,td{border:1px solid #c8c8c8;padding:.2rem .5rem;text-align:left;vertical-align:top}th{background:#eef1f5}
td.n{text-align:right}.kpis{display:flex;gap:.8rem;flex-wrap:wrap}.kpi{border:1px solid #c8c8c8;border-radius:6px;padding:.5rem .8rem;min-width:9rem}
.kpi b{display:block;font-size:1.5rem}.warn b{color:#a4262c}.ok b{color:#107c10}tr.attention td:first-child{border-left:4px solid #a4262c}`;

export function table(head: string[], rows: (string | number)[][]): string {
  const th = head.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const body = rows
    .map(
      (r) =>
        `<tr>${r.map((c) => (typeof c === 'number' ? `<td class="n">${c}</td>` : `<td>${escapeHtml(c)}</td>`)).join('')}</tr>`,
    )
    .join('\n');
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

export function kpi(label: string, value: number, bad: boolean): string {
  return `<div class="kpi ${bad ? 'warn' : 'ok'}"><b>${value}</b>${escapeHtml(label)}</div>`;
}

const byCount = <K>(entries: Iterable<[K, number]>, label: (k: K) => string): [string, number][] =>
  [...entries]
    .map(([k, n]): [string, number] => [label(k), n])
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));

/** The page's head, its title and when and from how many files it was made. */
export function pageHead(
  generated: Date,
  files: number,
  simulated: number,
  language: MessageLanguage = ENGLISH,
): string {
  const title = say(language, msg('fleet.title', {}));
  const time = generated.toISOString().slice(0, 19).replace('T', ' ');
  const generatedText = say(language, msg('fleet.generated', { time, files, simulated }));
  return `<!DOCTYPE html>
<html lang="${escapeHtml(language.locale.slice(0, 2))}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(generatedText)}</p>
`;
}

/** The totals of the machines counted: families, KB, values, protocols, applies. */
export function summaryHtml(s: FleetSummary, language: MessageLanguage = ENGLISH): string {
  const t = (code: Extract<Msg, { params: Record<string, never> }>['code']): string =>
    say(language, msg(code, {}));
  const family = (f: keyof typeof FAMILY_FACTS | null): string =>
    f === null ? t('fleet.familyUnsupported') : FAMILY_FACTS[f].displayName;
  const protocols = (mask: number): string => say(language, msg('fleet.protocolSet', { mask }));
  const stacks = [...s.stacks.values()]
    .map((tally) => ({ ...tally, name: say(language, tally.label) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const kpis = [
    kpi(t('fleet.kpi.machines'), s.machines, false),
    kpi(t('fleet.kpi.kbMissing'), s.kbMissing, s.kbMissing > 0),
    kpi(t('fleet.kpi.machinesWithChanges'), s.machinesWithChanges, s.machinesWithChanges > 0),
    kpi(t('fleet.kpi.failures'), s.failures, s.failures > 0),
    kpi(t('fleet.kpi.restartsPending'), s.restartsPending, s.restartsPending > 0),
    kpi(t('fleet.kpi.unreadable'), s.unreadable, s.unreadable > 0),
  ].join('');
  const values = say(
    language,
    msg('fleet.valuesToChange', {
      values: s.valuesToChange,
      machines: s.machinesWithChanges,
      refused: s.refusedPlans,
    }),
  );
  return `<div class="kpis">${kpis}</div>
<h2>${escapeHtml(t('fleet.heading.families'))}</h2>
${table([t('fleet.column.windows'), t('fleet.column.machines')], byCount(s.byFamily, family))}
<h2>${escapeHtml(t('fleet.heading.values'))}</h2>
<p>${escapeHtml(values)}</p>
${table(
  [t('fleet.column.group'), t('fleet.column.values')],
  GROUPS.map((g) => [g, s.changesByGroup.get(g) ?? 0]),
)}
<h2>${escapeHtml(t('fleet.heading.protocols'))}</h2>
${table(
  [
    t('fleet.column.stack'),
    t('fleet.column.machines'),
    t('fleet.column.withoutTls12'),
    t('fleet.column.withTls10or11'),
    t('fleet.column.protocolSets'),
  ],
  stacks.map((st) => [
    st.name,
    st.machines,
    st.withoutTls12,
    st.withTls10or11,
    byCount(st.sets, protocols)
      .map(([k, n]) => `${k}: ${n}`)
      .join('; '),
  ]),
)}
<h2>${escapeHtml(t('fleet.heading.lastCommand'))}</h2>
${table(
  [t('fleet.column.lastCommand'), t('fleet.column.machines')],
  byCount(
    [...s.lastCommand.values()].map((c): [Msg, number] => [c.label, c.machines]),
    (m) => say(language, m),
  ),
)}
`;
}

function head(language: MessageLanguage, heading: Msg, columns: Msg[]): string {
  const th = columns.map((c) => `<th>${escapeHtml(say(language, c))}</th>`).join('');
  return `<h2>${escapeHtml(say(language, heading))}</h2>\n<table><thead><tr>${th}</tr></thead><tbody>\n`;
}

type Column =
  | 'machine'
  | 'windows'
  | 'kb'
  | 'lastCommand'
  | 'valuesToChange'
  | 'stacksWithoutTls12'
  | 'fileTime'
  | 'file'
  | 'outcome'
  | 'message'
  | 'reason';
const column = (name: Column): Msg => msg(`fleet.column.${name}`, {});

/** The heading and table head of the per-machine tables, in the report's language. */
export function machinesHead(language: MessageLanguage = ENGLISH): string {
  return head(
    language,
    msg('fleet.heading.machines', {}),
    (
      [
        'machine',
        'windows',
        'kb',
        'lastCommand',
        'valuesToChange',
        'stacksWithoutTls12',
        'fileTime',
        'file',
      ] as const
    ).map(column),
  );
}
export function failuresHead(language: MessageLanguage = ENGLISH): string {
  return head(
    language,
    msg('fleet.heading.failures', {}),
    (['machine', 'windows', 'outcome', 'message'] as const).map(column),
  );
}
export function unreadableHead(language: MessageLanguage = ENGLISH): string {
  return head(language, msg('fleet.heading.unreadable', {}), (['file', 'reason'] as const).map(column));
}
export const TABLE_END = '</tbody></table>\n';
export const PAGE_END = '</body></html>\n';
