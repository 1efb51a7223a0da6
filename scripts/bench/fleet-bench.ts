// npm run bench:fleet: the fleet report over 50,000 generated result files, measured (never a
// timed test). It writes BENCH_FILES (default 50,000) `audit --json` documents made by the real
// CLI from every simulated profile (each machine its own name, filed under it), flat or with
// BENCH_LAYOUT=folders one folder per device, then runs, each in a fresh Node.js process and
// BENCH_RUNS times (default 3), alternately:
//   floor:  reading the same files and parsing their JSON, nothing else (opendir down the same
//           folders, readFileSync and JSON.parse of each);
//   report: node out/cli.cjs fleet DIR --html FILE --csv FILE --no-history.
// Wall time per run (process start included, as for a person running it) and peak resident memory
// (process.resourceUsage().maxRSS at exit). Prints the medians, the worst peak and the ratio.
import type { CliDocument } from '../../src-main/cli/cli-document.js';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTool } from '../../src-main/cli/commands/dispatch.js';
import { PROFILES } from '../../src-main/core/simulation/profiles.js';
import { PROTOCOL_CHOICES } from '../../src-main/core/catalogue/protocols.js';

const FILES = Number(process.env.BENCH_FILES ?? 50_000);
const FOLDERS = process.env.BENCH_LAYOUT === 'folders';
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tls12-fleet-bench-'));
const results = path.join(root, 'results');
const cli = path.resolve('out', 'cli.cjs');

/** One audit document per profile and protocol choice, from the real CLI. */
function templates(): CliDocument[] {
  const docs: CliDocument[] = [];
  for (const profile of PROFILES) {
    for (const choice of PROTOCOL_CHOICES) {
      const io = {
        out: () => undefined,
        err: () => undefined,
        env: { TLS12_WIZARD_SIM_DIR: path.join(root, 'sim') },
        platform: 'linux' as const,
        version: '0.1.0',
        document: (doc: CliDocument) => docs.push(doc),
      };
      runTool(['audit', '--simulate', profile.id, '--protocols', choice], io);
    }
  }
  return docs;
}

function generate(): number {
  fs.mkdirSync(results);
  const docs = templates();
  let bytes = 0;
  for (let i = 0; i < FILES; i++) {
    const doc = docs[i % docs.length] as { detection: { os: { computerName: string } } };
    const name = `PC-${String(i).padStart(5, '0')}`;
    doc.detection.os.computerName = name;
    const text = JSON.stringify(doc, null, 2);
    bytes += text.length;
    if (FOLDERS) {
      fs.mkdirSync(path.join(results, name));
      fs.writeFileSync(path.join(results, name, 'result.json'), text);
    } else fs.writeFileSync(path.join(results, `${name}.json`), text);
  }
  return bytes;
}

const RSS_REPORTER = path.join(root, 'report-rss.cjs');
fs.writeFileSync(
  RSS_REPORTER,
  "process.on('exit', () => require('fs').writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));\n",
);
const FLOOR = `const fs = require('fs'), path = require('path'); let n = 0, keys = 0;
function walk(d) { const dir = fs.opendirSync(d); for (let e = dir.readSync(); e !== null; e = dir.readSync()) {
  const f = path.join(d, e.name); if (e.isDirectory()) walk(f); else { keys += Object.keys(JSON.parse(fs.readFileSync(f, 'utf8'))).length; n++; } }
  dir.closeSync(); }
walk(process.argv[1]); if (n === 0 || keys === 0) process.exit(1);`;

interface Run {
  ms: number;
  rssMb: number;
}

function measure(args: string[]): Run {
  const rssFile = path.join(root, 'rss.txt');
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', RSS_REPORTER, ...args], {
    env: { ...process.env, BENCH_RSS_FILE: rssFile },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${String(r.status)}`);
  return { ms, rssMb: Number(fs.readFileSync(rssFile, 'utf8')) / 1024 };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const bytes = generate();
console.log(
  `${FILES} result files${FOLDERS ? ' (one folder per device)' : ''}, ${(bytes / 1024 / 1024).toFixed(1)} MB, in ${results}`,
);
const floor: Run[] = [];
const report: Run[] = [];
measure(['-e', FLOOR, results]); // warms the page cache for both
for (let i = 0; i < RUNS; i++) {
  floor.push(measure(['-e', FLOOR, results]));
  report.push(
    measure([
      cli,
      'fleet',
      results,
      '--html',
      path.join(root, 'fleet.html'),
      '--csv',
      path.join(root, 'fleet.csv'),
      '--no-history',
    ]),
  );
}
const f = { ms: median(floor.map((r) => r.ms)), rss: Math.max(...floor.map((r) => r.rssMb)) };
const p = { ms: median(report.map((r) => r.ms)), rss: Math.max(...report.map((r) => r.rssMb)) };
const html = fs.statSync(path.join(root, 'fleet.html')).size / 1024 / 1024;
console.log(
  `floor (read + JSON.parse): median ${f.ms.toFixed(0)} ms, peak ${f.rss.toFixed(0)} MB (runs: ${floor.map((r) => r.ms.toFixed(0)).join(', ')} ms)`,
);
console.log(
  `fleet report (HTML+CSV): median ${p.ms.toFixed(0)} ms, peak ${p.rss.toFixed(0)} MB (runs: ${report.map((r) => r.ms.toFixed(0)).join(', ')} ms); HTML ${html.toFixed(1)} MB`,
);
console.log(
  `ratio report / floor:    time ${(p.ms / f.ms).toFixed(1)}x, peak memory ${(p.rss / f.rss).toFixed(1)}x`,
);
console.log(
  `targets: < 30 s ${p.ms < 30_000 ? 'met' : 'MISSED'}, < 200 MB ${p.rss < 200 ? 'met' : 'MISSED'}`,
);
// BENCH_KEEP=1 leaves the files for a closer look (a heap profile, another layout).
if (process.env.BENCH_KEEP === '1') console.log(`kept: ${root}`);
else fs.rmSync(root, { recursive: true, force: true });
