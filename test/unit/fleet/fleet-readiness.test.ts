// The fleet report's readiness view over a test fleet built from real CLI results: every profile's
// audit, machines made ready by a real apply (and a restart since), an apply waiting for its
// restart, machines with two runs two weeks apart in per-device folders, stale and unsupported
// machines, and a result from before verdicts. Every expected number below is computed from the
// fixture list and the result documents themselves, never by the report code.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runTool } from '../../../src-main/cli/commands/dispatch.js';
import type { CliDocument } from '../../../src-main/cli/cli-document.js';
import { writeFleetReport } from '../../../src-main/core/fleet/fleet-report.js';
import { PROFILES } from '../../../src-main/core/simulation/profiles.js';
import { ENGLISH, renderMsg, type Msg } from '../../../src-shared/messages/messages.js';
import { VERDICTS, type Verdict } from '../../../src-shared/readiness-types.js';
import { tempFolder } from '../../support/sim.js';
import { capturedIo } from '../../support/sim-cli.js';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.now();
const STALE_DAYS = 14;

type Doc = CliDocument & { ranAt?: string };
const docs = new Map<string, Doc>();

interface Run {
  doc: string;
  daysAgo: number;
}
interface Machine {
  name: string;
  layout: 'flat' | 'folder';
  runs: Run[];
}

/** The fleet: its machines, where each result is filed, and when each run was. */
const FLEET: Machine[] = [
  ...PROFILES.map((p, i): Machine => ({
    name: `PC-${p.id.toUpperCase()}`,
    layout: i % 2 === 0 ? 'flat' : 'folder',
    runs: [{ doc: p.id, daysAgo: 1 }],
  })),
  { name: 'READY-1', layout: 'flat', runs: [{ doc: 'ready-win11', daysAgo: 0.5 }] },
  { name: 'READY-2', layout: 'folder', runs: [{ doc: 'ready-win11', daysAgo: 2 }] },
  { name: 'RESTART-1', layout: 'flat', runs: [{ doc: 'apply-win10', daysAgo: 1 }] },
  // Two runs two weeks apart: one got better, two got worse.
  {
    name: 'IMPROVED',
    layout: 'folder',
    runs: [
      { doc: 'win11', daysAgo: 15 },
      { doc: 'ready-win11', daysAgo: 1 },
    ],
  },
  {
    name: 'WORSE-1',
    layout: 'folder',
    runs: [
      { doc: 'ready-win11', daysAgo: 15 },
      { doc: 'win10-domain-gpp', daysAgo: 1 },
    ],
  },
  {
    name: 'WORSE-2',
    layout: 'folder',
    runs: [
      { doc: 'apply-win10', daysAgo: 16 },
      { doc: 'win7-sp1', daysAgo: 2 },
    ],
  },
  // Quiet for longer than the limit: listed apart with the last verdict.
  { name: 'STALE-1', layout: 'flat', runs: [{ doc: 'win10', daysAgo: 20 }] },
  { name: 'STALE-XP', layout: 'folder', runs: [{ doc: 'xp', daysAgo: 30 }] },
  {
    name: 'STALE-TWO',
    layout: 'folder',
    runs: [
      { doc: 'win11', daysAgo: 40 },
      { doc: 'ready-win11', daysAgo: 16 },
    ],
  },
  // A result from before run times and verdicts: the file's time, verdict unknown.
  { name: 'OLD-1', layout: 'flat', runs: [{ doc: 'old-win11', daysAgo: 3 }] },
];

const newest = (m: Machine): Run => m.runs.reduce((a, b) => (a.daysAgo <= b.daysAgo ? a : b));
const verdictOfDoc = (id: string): Verdict => docs.get(id)?.readiness?.verdict ?? 'unknown';
/** The old result keeps only whole seconds: file systems store times that finely at least. */
const timeOf = (r: Run): string =>
  new Date(
    r.doc === 'old-win11' ? Math.floor((NOW - r.daysAgo * DAY) / 1000) * 1000 : NOW - r.daysAgo * DAY,
  ).toISOString();

let root: string;
let folder: string;

function capture(argv: string[], sim: string): Doc {
  let doc: Doc | null = null;
  const io = { ...capturedIo({ TLS12_WIZARD_SIM_DIR: sim }).cli, document: (d: CliDocument) => (doc = d) };
  runTool(argv, io);
  if (doc === null) throw new Error(`no document from ${argv.join(' ')}`);
  return JSON.parse(JSON.stringify(doc)) as Doc;
}

function writeRun(m: Machine, run: Run, index: number): void {
  const doc = structuredClone(docs.get(run.doc)) as Doc & { detection: { os: { computerName: string } } };
  doc.detection.os.computerName = m.name;
  const file =
    m.layout === 'flat'
      ? path.join(folder, `${m.name}.json`)
      : path.join(folder, m.name, `run-${index}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (run.doc === 'old-win11') {
    delete doc.ranAt;
    delete doc.readiness;
  } else {
    doc.ranAt = timeOf(run);
  }
  fs.writeFileSync(file, JSON.stringify(doc, null, 2));
  const t = new Date(timeOf(run));
  fs.utimesSync(file, t, t);
}

beforeAll(() => {
  root = tempFolder('tls12-fleet-ready');
  folder = path.join(root, 'share');
  for (const p of PROFILES) docs.set(p.id, capture(['audit', '--simulate', p.id], path.join(root, 'sim')));
  // Made ready by the tool: a real apply, then Windows restarted (the change finished before the
  // simulated machine's last boot), then an audit.
  const sim = path.join(root, 'sim-ready');
  capture(['apply', '--yes', '--simulate', 'win11'], sim);
  const lastChange = path.join(sim, 'win11', 'last-change.json');
  const record = JSON.parse(fs.readFileSync(lastChange, 'utf8')) as { finishedAt: string };
  record.finishedAt = '2026-01-01T00:00:00.000Z';
  fs.writeFileSync(lastChange, JSON.stringify(record));
  docs.set('ready-win11', capture(['audit', '--simulate', 'win11'], sim));
  docs.set('apply-win10', capture(['apply', '--yes', '--simulate', 'win10'], path.join(root, 'sim-apply')));
  const old = structuredClone(docs.get('win11') as Doc);
  delete old.ranAt;
  delete old.readiness;
  docs.set('old-win11', old);
  FLEET.forEach((m) => m.runs.forEach((r, i) => writeRun(m, r, i + 1)));
});

/** What the fixture says the report must show. */
function expected() {
  const counted = FLEET.filter((m) => newest(m).daysAgo <= STALE_DAYS);
  const stale = FLEET.filter((m) => newest(m).daysAgo > STALE_DAYS);
  const byVerdict = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  const sections = new Map<string, { machines: Set<string>; verdict: Verdict; next: Msg[] }>();
  for (const m of counted) {
    const run = newest(m);
    byVerdict[verdictOfDoc(run.doc)] += 1;
    const readiness = run.doc === 'old-win11' ? undefined : docs.get(run.doc)?.readiness;
    const reasons = readiness
      ? readiness.reasons.map((r) => ({ code: r.msg.code as string, verdict: r.verdict, next: r.next }))
      : [{ code: 'fleet.noVerdict', verdict: 'unknown' as Verdict, next: null }];
    for (const r of reasons) {
      const s = sections.get(r.code) ?? { machines: new Set<string>(), verdict: 'ready', next: [] };
      s.machines.add(m.name);
      if (VERDICTS.indexOf(r.verdict) < VERDICTS.indexOf(s.verdict)) s.verdict = r.verdict;
      if (r.next) s.next.push(r.next);
      sections.set(r.code, s);
    }
  }
  const history = FLEET.flatMap((m) => m.runs.map((r) => `${m.name}|${timeOf(r)}|${verdictOfDoc(r.doc)}`));
  const worse = counted
    .filter((m) => {
      const runs = [...m.runs].sort((a, b) => b.daysAgo - a.daysAgo);
      const [before, now] = runs.slice(-2).map((r) => VERDICTS.indexOf(verdictOfDoc(r.doc)));
      return runs.length > 1 && (now as number) < (before as number);
    })
    .map((m) => m.name);
  return { counted, stale, byVerdict, sections, history, worse };
}

function report(extra: string[] = []) {
  const out = path.join(root, 'report');
  const html = path.join(out, 'fleet.html');
  const csv = path.join(out, 'fleet.csv');
  const io = capturedIo();
  const code = runTool(['fleet', folder, '--html', html, '--csv', csv, ...extra], io.cli);
  return {
    code,
    out,
    err: io.err.join('\n'),
    html: fs.existsSync(html) ? fs.readFileSync(html, 'utf8') : '',
    csv: fs.existsSync(csv) ? fs.readFileSync(csv, 'utf8') : '',
    history: path.join(out, 'fleet-history.jsonl'),
  };
}

/** The rows of the table that follows `marker` in the page: each row's cells, as text. */
function rowsAfter(html: string, marker: string): string[][] {
  const start = html.indexOf(marker);
  if (start < 0) return [];
  const table = html.slice(start, html.indexOf('</table>', start));
  return [...table.matchAll(/<tr>(.*?)<\/tr>/g)]
    .map((m) => [...(m[1] ?? '').matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((c) => c[1] ?? ''))
    .filter((cells) => cells.length > 0);
}

const csvCells = (line: string) =>
  [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => (m[1] ?? '').replace(/""/g, '"'));

describe('the fleet report: ready, why not, gone quiet, getting better', () => {
  it('sanity: the fixture has ready, restart-pending, unsupported and stale machines', () => {
    const e = expected();
    expect(e.byVerdict.ready).toBeGreaterThanOrEqual(3);
    expect(e.byVerdict['ready-after-restart']).toBeGreaterThanOrEqual(1);
    expect(e.stale.length).toBe(3);
    expect(e.worse.length).toBe(2);
  });

  it('heads with the readiness count, then each verdict, counting only the newest result', () => {
    const e = expected();
    const r = report();
    expect(r.code).toBe(0);
    expect(r.html).toContain(
      `<p class="headline" id="headline">Ready for Microsoft 365: ${e.byVerdict.ready} of ${e.counted.length} machines</p>`,
    );
    const names: Record<Verdict, string> = {
      ready: 'Ready',
      'ready-after-restart': 'Ready after restart',
      'changes-needed': 'Changes needed',
      'at-risk': 'At risk',
      unknown: 'Unknown',
      blocked: 'Blocked',
    };
    for (const v of VERDICTS.filter((x) => x !== 'ready')) {
      expect(r.html).toMatch(new RegExp(`<b>${e.byVerdict[v]}</b>${names[v]}</div>`));
    }
    // at-risk and unknown are never ready.
    expect(e.byVerdict.ready).toBe(e.counted.filter((m) => verdictOfDoc(newest(m).doc) === 'ready').length);
  });

  it('has one section per reason, worst first, with its machines, its count and its next step', () => {
    const e = expected();
    const { html } = report();
    const found = [
      ...html.matchAll(
        /<details class="section" data-reason="([^"]+)"><summary>([^<]*)<\/summary>([\s\S]*?)<\/details>/g,
      ),
    ];
    expect(found.map((f) => f[1]).sort()).toEqual([...e.sections.keys()].sort());
    const order = found.map((f) =>
      VERDICTS.indexOf((e.sections.get(f[1] ?? '') as { verdict: Verdict }).verdict),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const [, code, summary, body] of found) {
      const s = e.sections.get(code ?? '');
      if (!s) throw new Error(`no section ${code}`);
      const n = s.machines.size;
      expect(summary).toContain(`(${n} ${n === 1 ? 'machine' : 'machines'})`);
      const rows = [...(body ?? '').matchAll(/<tr><td>([^<]*)<\/td>/g)].map((m) => m[1]);
      expect(rows.sort()).toEqual([...s.machines].sort());
      // The wizard's next step, by the same message code, as the machine's own result words it.
      for (const next of s.next) {
        const text = renderMsg(ENGLISH, next, 'cli').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
        expect(body).toContain(text);
      }
    }
  });

  it('marks unsupported Windows with the tool refusal', () => {
    const e = expected();
    const { html } = report();
    const unsupported = e.counted.filter((m) => docs.get(newest(m).doc)?.detection?.os.family === null);
    expect(unsupported.length).toBe(4);
    expect(html).toContain(`${unsupported.length} machines run a Windows this tool does not support`);
    const refused = rowsAfter(html, 'data-reason="ready.windowsRefused"');
    expect(refused.map((c) => c[0]).sort()).toEqual(unsupported.map((m) => m.name).sort());
    for (const row of refused) expect(row[1]).toContain('(Unsupported Windows)');
    expect(html).toContain('Windows XP cannot use TLS 1.2 and is not supported by this tool');
  });

  it('lists stale machines apart with their last verdict, not counted as today', () => {
    const e = expected();
    const { html } = report();
    const rows = rowsAfter(html, '<h2 id="stale">');
    expect(rows.map((c) => c[0]).sort()).toEqual(e.stale.map((m) => m.name).sort());
    for (const row of rows) {
      const m = e.stale.find((x) => x.name === row[0]) as Machine;
      expect(row[4]).toBe(String(Math.floor(newest(m).daysAgo)));
    }
    expect(html).toContain('<h2 id="stale">Not reported for 14 days</h2>');
    // With a longer limit they are counted again.
    const longer = report(['--stale-days', '45']);
    expect(longer.html).toContain(`of ${FLEET.length} machines</p>`);
  });

  it('says when a time is the file time, and puts the old result under its own section', () => {
    const { html } = report();
    expect(html).toContain('For 1 machine the result records no run time of its own');
    const old = rowsAfter(html, 'data-reason="fleet.noVerdict"');
    expect(old.map((c) => c[0])).toEqual(['OLD-1']);
    expect(old[0]?.[4]).toContain('(file time)');
  });

  it('writes the verdict and the reason codes per machine into the CSV', () => {
    const { csv } = report();
    const [head, ...lines] = csv.split('\r\n').filter(Boolean);
    const columns = (head ?? '').split(',');
    const at = (name: string) => columns.indexOf(name);
    const rows = lines.map(csvCells).filter((c) => c[at('status')] !== 'unreadable');
    expect(rows.map((c) => c[at('machine')]).sort()).toEqual(FLEET.map((m) => m.name).sort());
    for (const row of rows) {
      const m = FLEET.find((x) => x.name === row[at('machine')]) as Machine;
      const run = newest(m);
      expect(row[at('verdict')]).toBe(verdictOfDoc(run.doc));
      expect(row[at('status')]).toBe(run.daysAgo > STALE_DAYS ? 'stale' : 'ok');
      const codes =
        run.doc === 'old-win11'
          ? ['fleet.noVerdict']
          : [...new Set(docs.get(run.doc)?.readiness?.reasons.map((x) => x.msg.code))];
      expect(row[at('reason_codes')]?.split(' ').filter(Boolean)).toEqual(codes);
      expect(row[at('result_time')]).toBe(timeOf(run));
    }
  });

  it('keeps one history row per machine and run, appended once, and shows the trend and who got worse', () => {
    const e = expected();
    const first = report();
    fs.rmSync(first.history);
    const r = report();
    const rows = () =>
      fs
        .readFileSync(r.history, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => {
          const x = JSON.parse(l) as { machine: string; time: string; verdict: string };
          return `${x.machine}|${x.time}|${x.verdict}`;
        });
    expect(rows().sort()).toEqual([...e.history].sort());
    // Run again: nothing new, nothing twice.
    report();
    expect(rows().sort()).toEqual([...e.history].sort());
    expect(rowsAfter(r.html, '<h2 id="worse">').map((c) => c[0])).toEqual([...e.worse].sort());
    expect(r.html).toMatch(/<svg [^>]*role="img"/);
    expect(r.html).toContain(`last: ${e.byVerdict.ready} of ${e.counted.length}.`);
    // A new run of one machine adds one row.
    const improved = FLEET.find((m) => m.name === 'IMPROVED') as Machine;
    writeRun(improved, { doc: 'win11', daysAgo: 0.1 }, 3);
    try {
      report();
      expect(rows().length).toBe(e.history.length + 1);
    } finally {
      fs.rmSync(path.join(folder, 'IMPROVED', 'run-3.json'));
    }
  });

  it('refuses a history or an output that is a link, and writes nothing', () => {
    const r = report();
    const target = path.join(root, 'precious.txt');
    fs.writeFileSync(target, 'keep');
    fs.rmSync(r.history);
    fs.symlinkSync(target, r.history);
    const html = fs.statSync(path.join(r.out, 'fleet.html')).mtimeMs;
    const refused = report();
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('is a link: the report does not write through links.');
    expect(fs.readFileSync(target, 'utf8')).toBe('keep');
    expect(fs.statSync(path.join(r.out, 'fleet.html')).mtimeMs).toBe(html);
    fs.rmSync(r.history);
    fs.linkSync(target, path.join(r.out, 'hard.csv'));
    const io = capturedIo();
    expect(runTool(['fleet', folder, '--csv', path.join(r.out, 'hard.csv'), '--no-history'], io.cli)).toBe(2);
    expect(io.err.join('\n')).toContain('has 2 hard links');
    expect(fs.readFileSync(target, 'utf8')).toBe('keep');
    expect(fs.readdirSync(r.out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it.each([
    [['--stale-days', '0'], '--stale-days takes a whole number of days from 1 to 3650, not 0.'],
    [['--stale-days', '2w'], 'not 2w.'],
    [['--stale-days', '3', '--stale-days', '4'], '--stale-days is given more than once.'],
    [['--lang', 'de'], '--lang takes one of en, sv, not de.'],
  ])('refuses %j with exit 2, naming it', (argv, message) => {
    const io = capturedIo();
    expect(runTool(['fleet', folder, '--csv', path.join(root, 'x', 'f.csv'), ...argv], io.cli)).toBe(2);
    expect(io.err.join('\n')).toContain(message);
    expect(fs.existsSync(path.join(root, 'x'))).toBe(false);
  });

  it('writes the page in Swedish from the catalogue', () => {
    const e = expected();
    const out = tempFolder('tls12-fleet-ready-sv');
    writeFleetReport({ folder, html: path.join(out, 'f.html'), csv: null, lang: 'sv', now: new Date() });
    const page = fs.readFileSync(path.join(out, 'f.html'), 'utf8');
    expect(page).toContain(`Redo för Microsoft 365: ${e.byVerdict.ready} av ${e.counted.length} datorer`);
    expect(page).toContain('<h2 id="stale">Inte rapporterat på 14 dagar</h2>');
    expect(page).toContain('Varför datorer inte är redo, värst först');
    for (const english of ['Ready for Microsoft 365', 'Not reported', 'worst first', 'machines)']) {
      expect(page).not.toContain(english);
    }
  });

  it('is inert: no script, no event handler, nothing fetched, a CSP that forbids both', () => {
    const { html } = report();
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/<[^>]+\s(src|href|action|formaction)\s*=/i);
    expect(html).not.toMatch(/url\(|@import/i);
  });
});
