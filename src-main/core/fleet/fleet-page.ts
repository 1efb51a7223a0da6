/**
 * The readiness part of the fleet page: the headline count, the count per verdict, one section
 * per reason (worst first, folded: a <details> element, no script), the stale machines, the trend
 * drawn as inline SVG from the numbers, and the machines that got worse. Every text from a file is
 * escaped; a file's message parameters are rendered into our sentences for its own row only.
 */
import { msg, renderMsg, type MessageLanguage, type Msg } from '../../../src-shared/messages/messages.js';
import { VERDICTS, type Verdict } from '../../../src-shared/readiness-types.js';
import { escapeHtml, kpi, say } from './fleet-format.js';
import type { TrendPoint, Worse } from './fleet-history.js';
import { daysSince, type FleetSection, type PageMachine, type PageView } from './fleet-view.js';

/** Most distinct next steps shown above a section's rows; the rest are in the rows. */
const MAX_STEPS = 10;

/**
 * A message whose parameters came from a result file: the schema bounded them, but they may not
 * fit the sentence (a list where a text belongs). Such a message shows its code, never an error.
 */
export function sayForeign(language: MessageLanguage, m: Msg): string {
  try {
    return renderMsg(language, m, 'cli');
  } catch {
    return `[${m.code}]`;
  }
}

const cell = (text: string) => `<td>${escapeHtml(text)}</td>`;
const num = (n: number) => `<td class="n">${n}</td>`;

function thead(language: MessageLanguage, columns: Msg[]): string {
  return `<table><thead><tr>${columns.map((c) => `<th>${escapeHtml(say(language, c))}</th>`).join('')}</tr></thead><tbody>\n`;
}
const col = (name: Parameters<typeof colMsg>[0]) => colMsg(name);
function colMsg(
  name: 'machine' | 'windows' | 'verdict' | 'nextStep' | 'resultTime' | 'days' | 'before' | 'now' | 'files',
): Msg {
  return msg(`fleet.column.${name}`, {});
}

const verdictName = (language: MessageLanguage, v: Verdict) =>
  say(language, msg('fleet.verdictName', { verdict: v }));

export function timeText(language: MessageLanguage, m: PageMachine): string {
  const time = m.time.toISOString().slice(0, 16).replace('T', ' ');
  return m.timeSource === 'file' ? `${time} ${say(language, msg('fleet.fileTimeMark', {}))}` : time;
}

function windowsText(language: MessageLanguage, m: PageMachine): string {
  return m.unsupported ? `${m.windows} (${say(language, msg('fleet.unsupportedMark', {}))})` : m.windows;
}

/** The headline, the counts per verdict and what was counted. */
export function headlineHtml(view: PageView, older: number, language: MessageLanguage): string {
  const t = (m: Msg) => escapeHtml(say(language, m));
  const kpis = VERDICTS.filter((v) => v !== 'ready')
    .reverse()
    .map((v) => kpi(verdictName(language, v), view.byVerdict[v], view.byVerdict[v] > 0))
    .join('');
  const notes = [
    msg('fleet.countedNote', {
      days: view.staleDays,
      stale: view.stale.length,
      conflicts: view.conflicts.length,
    }),
    ...(view.unsupported > 0 ? [msg('fleet.unsupported', { count: view.unsupported })] : []),
    ...(view.fileTimed > 0 ? [msg('fleet.timeFromFile', { count: view.fileTimed })] : []),
    ...(older > 0 ? [msg('fleet.older', { count: older })] : []),
  ];
  return `<p class="headline" id="headline">${t(msg('fleet.headline', { ready: view.byVerdict.ready, machines: view.counted }))}</p>
<div class="kpis">${kpis}</div>
${notes.map((n) => `<p>${t(n)}</p>`).join('\n')}
`;
}

/**
 * A section's opening: its summary, its distinct next steps (text -> machines, as each machine's
 * own result words them, most machines first) and its table head.
 */
export function sectionHead(
  code: FleetSection['code'],
  verdict: Verdict,
  count: number,
  steps: ReadonlyMap<string, number>,
  language: MessageLanguage,
): string {
  const title = say(language, msg('fleet.reasonTitle', { code }));
  const summary = say(language, msg('fleet.sectionSummary', { verdict, title, count }));
  const ranked = [...steps].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const stepLines =
    code === 'fleet.noVerdict'
      ? [say(language, msg('fleet.noVerdictNext', {}))]
      : ranked
          .slice(0, MAX_STEPS)
          .map(([text, n]) =>
            say(language, msg('fleet.nextCount', { step: msg('text.asIs', { detail: text }), count: n })),
          );
  if (ranked.length > MAX_STEPS)
    stepLines.push(say(language, msg('fleet.moreSteps', { count: ranked.length - MAX_STEPS })));
  return `<details class="section" data-reason="${escapeHtml(code)}"><summary>${escapeHtml(summary)}</summary>
<ul>${stepLines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>
${thead(language, [col('machine'), col('windows'), col('verdict'), col('nextStep'), col('resultTime')])}`;
}

/** One machine's row in a section; `texts`: its next steps for the reason, worded. */
export function sectionRow(machine: PageMachine, texts: string, language: MessageLanguage): string {
  return `<tr>${cell(machine.machine)}${cell(windowsText(language, machine))}${cell(verdictName(language, machine.verdict))}${cell(texts)}${cell(timeText(language, machine))}</tr>\n`;
}

export const SECTION_END = '</tbody></table></details>\n';

/** Writes one section: its summary, its distinct next steps, then its rows, a chunk at a time. */
function writeSection(
  s: FleetSection,
  language: MessageLanguage,
  say1: (m: Msg) => string,
  write: Write,
): void {
  const steps = new Map<string, number>();
  for (const { next } of s.machines) {
    for (const n of next) {
      const text = say1(n);
      steps.set(text, (steps.get(text) ?? 0) + 1);
    }
  }
  write(sectionHead(s.code, s.verdict, s.machines.length, steps, language));
  let rows: string[] = [];
  for (const { machine, next } of s.machines) {
    rows.push(sectionRow(machine, next.map(say1).join(' '), language));
    if (rows.length === 1024) {
      write(rows.join(''));
      rows = [];
    }
  }
  write(`${rows.join('')}${SECTION_END}`);
}

export type Write = (text: string) => void;

/** The heading of the sections, and the note that there are none when so. */
export function sectionsIntro(language: MessageLanguage, none: boolean): string {
  const head = `<h2>${escapeHtml(say(language, msg('fleet.heading.sections', {})))}</h2>\n`;
  return none ? `${head}<p>${escapeHtml(say(language, msg('fleet.noSections', {})))}</p>\n` : head;
}

export function writeSections(
  view: { sections: FleetSection[] },
  language: MessageLanguage,
  write: Write,
): void {
  write(sectionsIntro(language, view.sections.length === 0));
  if (view.sections.length === 0) return;
  // Machines of one Windows share their next-step messages (fleet-machines.ts): each is worded once.
  const worded = new Map<Msg, string>();
  const say1 = (m: Msg): string => {
    let text = worded.get(m);
    if (text === undefined) worded.set(m, (text = sayForeign(language, m)));
    return text;
  };
  for (const s of view.sections) writeSection(s, language, say1, write);
}

export function staleHtml(view: PageView, now: Date, language: MessageLanguage): string {
  const head = `<h2 id="stale">${escapeHtml(say(language, msg('fleet.heading.stale', { days: view.staleDays })))}</h2>\n`;
  if (view.stale.length === 0)
    return `${head}<p>${escapeHtml(say(language, msg('fleet.noStale', {})))}</p>\n`;
  const rows = view.stale.map(
    (m) =>
      `<tr>${cell(m.machine)}${cell(windowsText(language, m))}${cell(verdictName(language, m.verdict))}${cell(timeText(language, m))}${num(daysSince(m.time, now))}</tr>`,
  );
  return `${head}<p>${escapeHtml(say(language, msg('fleet.staleNote', { count: view.stale.length })))}</p>
${thead(language, [col('machine'), col('windows'), col('verdict'), col('resultTime'), col('days')])}${rows.join('\n')}
</tbody></table>
`;
}

export function conflictsHtml(view: PageView, language: MessageLanguage): string {
  if (view.conflicts.length === 0) return '';
  const rows = view.conflicts.map((m) => {
    const files = m.files.map((e) => `${e.name}: ${verdictName(language, e.verdict)}`);
    return `<tr>${cell(m.key)}${cell(files.join('; '))}</tr>`;
  });
  return `<h2>${escapeHtml(say(language, msg('fleet.heading.conflicts', {})))}</h2>
<p>${escapeHtml(say(language, msg('fleet.conflictNote', {})))}</p>
${thead(language, [col('machine'), col('files')])}${rows.join('\n')}
</tbody></table>
`;
}

/** The ready count per day as a line over the machines counted that day: SVG from the numbers. */
export function trendHtml(points: TrendPoint[], language: MessageLanguage): string {
  const head = `<h2>${escapeHtml(say(language, msg('fleet.heading.trend', {})))}</h2>\n`;
  const last = points[points.length - 1];
  if (points.length < 2 || !last)
    return `${head}<p>${escapeHtml(say(language, msg('fleet.trendNone', {})))}</p>\n`;
  const w = 640;
  const h = 180;
  const pad = { l: 44, r: 12, t: 12, b: 28 };
  const top = Math.max(1, ...points.map((p) => p.machines));
  // Placed by date, so that a gap of a week looks like one.
  const dayOf = (p: TrendPoint) => Date.parse(`${p.day}T00:00:00.000Z`);
  const first = dayOf(points[0] as TrendPoint);
  const span = Math.max(1, dayOf(last) - first);
  const x = (i: number) => pad.l + ((dayOf(points[i] as TrendPoint) - first) * (w - pad.l - pad.r)) / span;
  const y = (n: number) => h - pad.b - (n * (h - pad.t - pad.b)) / top;
  const line = (pick: (p: TrendPoint) => number) =>
    points.map((p, i) => `${x(i).toFixed(1)},${y(pick(p)).toFixed(1)}`).join(' ');
  const label = say(
    language,
    msg('fleet.trendChart', {
      first: points[0]?.day ?? '',
      last: last.day,
      ready: last.ready,
      machines: last.machines,
    }),
  );
  const dots = points
    .map(
      (p, i) =>
        `<circle cx="${x(i).toFixed(1)}" cy="${y(p.ready).toFixed(1)}" r="3" fill="#107c10"><title>${escapeHtml(say(language, msg('fleet.trendPoint', p)))}</title></circle>`,
    )
    .join('');
  return `${head}<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" aria-label="${escapeHtml(label)}">
<line x1="${pad.l}" y1="${y(0)}" x2="${w - pad.r}" y2="${y(0)}" stroke="#888"/><line x1="${pad.l}" y1="${pad.t}" x2="${pad.l}" y2="${y(0)}" stroke="#888"/>
<text x="${pad.l - 6}" y="${y(0) + 4}" text-anchor="end">0</text><text x="${pad.l - 6}" y="${y(top) + 4}" text-anchor="end">${top}</text>
<text x="${pad.l}" y="${h - 8}">${escapeHtml(points[0]?.day ?? '')}</text><text x="${w - pad.r}" y="${h - 8}" text-anchor="end">${escapeHtml(last.day)}</text>
<polyline points="${line((p) => p.machines)}" fill="none" stroke="#8a8886" stroke-dasharray="4 3"/>
<polyline points="${line((p) => p.ready)}" fill="none" stroke="#107c10" stroke-width="2"/>${dots}
</svg>
<p>${escapeHtml(label)} ${escapeHtml(say(language, msg('fleet.trendLegend', {})))}</p>
`;
}

export function worseHtml(worse: Worse[], language: MessageLanguage): string {
  const head = `<h2 id="worse">${escapeHtml(say(language, msg('fleet.heading.worse', {})))}</h2>\n`;
  if (worse.length === 0) return `${head}<p>${escapeHtml(say(language, msg('fleet.noWorse', {})))}</p>\n`;
  const at = (t: string) => t.slice(0, 16).replace('T', ' ');
  const rows = worse.map(
    (w) =>
      `<tr>${cell(w.machine)}${cell(`${verdictName(language, w.before.verdict)} (${at(w.before.time)})`)}${cell(`${verdictName(language, w.now.verdict)} (${at(w.now.time)})`)}</tr>`,
  );
  return `${head}${thead(language, [col('machine'), col('before'), col('now')])}${rows.join('\n')}
</tbody></table>
`;
}
