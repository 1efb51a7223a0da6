// npm run bench: runs scripts/bench/registry-bench.ts in the Windows node.exe in a fresh Wine
// Windows 7 SP1 prefix and prints the figures for BENCHMARKS.md.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createPrefix, destroyPrefix, REPO_ROOT, runWinNode, toWinPath } from '../../test/wine/harness.js';

const iterations = process.env.BENCH_ITERATIONS ?? '20';
const baselineRuns = process.env.BENCH_BASELINE_RUNS ?? '3';
const prefix = createPrefix('win7');
try {
  const out = path.join(prefix.dir, 'bench.json');
  const r = runWinNode(prefix, [
    toWinPath(path.join(REPO_ROOT, 'out', 'bench-registry.cjs')),
    iterations,
    toWinPath(out),
    baselineRuns,
  ]);
  if (r.code !== 0) throw new Error(`bench failed (${r.code}): ${r.stdout}${r.stderr}`);
  const res = JSON.parse(fs.readFileSync(out, 'utf8')) as {
    iterations: number;
    audit: Record<string, number>;
    applyRollback: Record<string, number>;
    readiness: Record<string, number>;
    readinessOps: Record<string, number>;
    auditOps: Record<string, number>;
    cycleOps: Record<string, number>;
  };
  console.log(
    `registry operations: audit ${JSON.stringify(res.auditOps)}; apply + rollback ${JSON.stringify(res.cycleOps)}; readiness ${JSON.stringify(res.readinessOps)}`,
  );
  const row = (name: string, x: Record<string, number>) =>
    `| ${name} | ${x.operations} | ${x.minimum} | ${((x.operations ?? 0) / (x.minimum ?? 1)).toFixed(2)}x | ${x.registryMedianMs?.toFixed(2)} ms | ${x.wallMedianMs?.toFixed(2)} ms | ${x.regExeMedianMs?.toFixed(0)} ms | ${((x.regExeMedianMs ?? 0) / (x.registryMedianMs ?? 1)).toFixed(0)}x |`;
  console.log(
    `Windows 7 SP1 Wine prefix, ${res.iterations} iterations (median), reg.exe baseline ${baselineRuns} run(s) (median)\n`,
  );
  console.log(
    '| work | registry operations | stated minimum | ratio to minimum | native-reg, registry time | native-reg, whole operation | reg.exe per operation | ratio (reg.exe / native-reg registry time) |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  console.log(row('full audit (detect + plan, all groups)', res.audit));
  console.log(row('readiness model (cipher suites, Office, Group Policy, restart)', res.readiness));
  console.log(row('apply + rollback (with backups and journal)', res.applyRollback));
} finally {
  destroyPrefix(prefix);
}
