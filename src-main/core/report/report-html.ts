import { msg } from '../../../src-shared/messages/messages.js';
import { kbText, localTime, restartText, WORDS } from './report-text.js';
import {
  changedRows,
  doneMsg,
  choiceLine,
  effectiveLines,
  escapeHtml,
  heading,
  rowsTitle,
  initialRestart,
  value,
  where,
  windowsLine,
  type ReportInput,
  type ReportOptions,
  type ReportRow,
  sayIn,
  verdictMsg,
} from './report.js';

const STYLE = `
@page{size:A4;margin:15mm}
body{font-family:"Segoe UI",system-ui,sans-serif;margin:2em;color:#1b1b1b;font-size:11pt;line-height:1.35}
h1{font-size:1.4em;margin:0 0 .5em}h2{font-size:1.1em;margin:1.2em 0 .4em}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em;margin:0}dt{font-weight:600}dd{margin:0}
table{border-collapse:collapse;width:100%;font-size:.85em;table-layout:fixed}
th,td{border:1px solid #999;padding:3px 5px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
td.name{overflow-wrap:normal;word-break:keep-all}
th{background:#eee}thead{display:table-header-group}tr{break-inside:avoid}
.audit-only{border:2px solid #8a6d00;padding:4px 8px}
.mono{font-family:Consolas,"DejaVu Sans Mono",monospace}
@media print{body{margin:0;font-size:10pt}}
`;

/**
 * A key path that breaks only after a backslash, never inside a name: "overflow-wrap: anywhere"
 * once broke "SystemDefaultTlsVersions" in two. Escaped first, then <wbr> after each "\".
 */
export function breakableKey(path: string): string {
  return escapeHtml(path).replace(/\\/g, '\\<wbr>');
}

function rowsTable(o: ReportOptions, rows: ReportRow[], withCheck: boolean): string {
  const w = WORDS[o.lang];
  const body = rows
    .map(
      (r) =>
        `<tr><td class="mono name">${breakableKey(where(o.lang, r))}</td><td class="mono name">${escapeHtml(r.name)}</td><td class="mono">${escapeHtml(value(o.lang, r.before))}</td><td class="mono">${escapeHtml(value(o.lang, r.after))}</td>${withCheck ? `<td>${r.verified ? w.verified : w.notVerified}</td>` : ''}</tr>`,
    )
    .join('\n');
  return `<table><thead><tr><th style="width:38%">${w.col_key}</th><th>${w.col_value}</th><th>${w.col_before}</th><th>${w.col_after}</th>${withCheck ? `<th>${w.col_check}</th>` : ''}</tr></thead>
<tbody>
${body}
</tbody></table>`;
}

function effectiveTable(o: ReportOptions, input: ReportInput): string {
  const lines = effectiveLines(o.lang, input);
  if (lines.length === 0) return '';
  const w = WORDS[o.lang];
  const rows = lines
    .map((l) => {
      const [stack, change] = [l.slice(0, l.lastIndexOf(': ')), l.slice(l.lastIndexOf(': ') + 2)];
      const [before, after] = change.split(' → ');
      return `<tr><td>${escapeHtml(stack)}</td><td>${escapeHtml(before ?? '')}</td><td>${escapeHtml(after ?? '')}</td></tr>`;
    })
    .join('\n');
  return `<h2>${escapeHtml(w.effective)}</h2>
<table><thead><tr><th>${w.col_stack}</th><th>${w.col_before}</th><th>${w.col_after}</th></tr></thead>
<tbody>
${rows}
</tbody></table>`;
}

/** Under the verdict (the headline): each reason with its next step, before any registry row. */
function verdictHtml(input: ReportInput, o: ReportOptions): string {
  const r = input.readiness;
  if (!r) return '';
  const items = r.reasons
    .map(
      (reason) =>
        `<li>${escapeHtml(sayIn(o, reason.msg))}<br>${escapeHtml(sayIn(o, msg('ready.next', { step: reason.next })))}</li>`,
    )
    .join('\n');
  return items ? `<ul>${items}</ul>` : '';
}

/** A self-contained, printable HTML report (A4; no scripts, no external resources), in the wizard's language. */
export function reportHtml(
  input: ReportInput,
  o: ReportOptions = { lang: 'en', restart: initialRestart(input.result) },
): string {
  const w = WORDS[o.lang];
  const changed = changedRows(input);
  // Every value changed: the two tables would be the same, so only "Values changed" is shown.
  const allChanged = changed.length > 0 && changed.length === input.rows.length;
  const checkOnly = input.operation === 'check';
  const choice = choiceLine(o.lang, input);
  const backup = input.result.backup;
  const findings = input.findings.map((f) => `<li>${escapeHtml(sayIn(o, f))}</li>`).join('\n');
  const fact = (k: string, v: string) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`;
  return `<!doctype html>
<html lang="${o.lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(heading(o.lang, input))}</title>
<style>${STYLE}</style></head><body>
<h1>${escapeHtml(sayIn(o, verdictMsg(input)))}</h1>
${checkOnly ? `<p class="audit-only"><strong>${escapeHtml(sayIn(o, doneMsg(input)))}</strong></p>` : ''}
<p>${escapeHtml(heading(o.lang, input))}</p>
${verdictHtml(input, o)}
${input.readiness ? `<p><strong>${escapeHtml(sayIn(o, input.result.msg))}</strong></p>` : ''}
<dl>
${fact(w.time, localTime(o.lang, input.createdAt, o.timeZone))}
${fact(w.computer, input.detection.os.computerName)}
${fact(w.windows, windowsLine(input, o))}
${fact(w.kb, kbText(o.lang, input.detection.kb3140245))}
${choice ? fact(w.protocols, choice.slice(choice.indexOf(': ') + 2)) : ''}
${fact(w.restart, restartText(o.lang, o.restart))}
${backup ? fact(w.backup, `${backup.jsonFile} (.reg: ${backup.regFile})`) : ''}
${fact(w.tool, `${w.title} ${input.toolVersion}`)}
</dl>
<h2>${escapeHtml(rowsTitle(o.lang, input))} (${changed.length})</h2>
${changed.length > 0 ? rowsTable(o, changed, !checkOnly) : `<p>${w.none}</p>`}
${effectiveTable(o, input)}
${allChanged ? '' : `<h2>${escapeHtml(w.allValues)}</h2>\n${rowsTable(o, input.rows, !checkOnly)}`}
${findings ? `<h2>${escapeHtml(w.findings)}</h2><ul>${findings}</ul>` : ''}
</body></html>
`;
}
