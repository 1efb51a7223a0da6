// Runs inside Windows (here: the Windows node.exe under Wine). Times the registry work of a full
// audit and of apply + rollback with the in-process native-reg adapter, then replays the very
// same operations with one reg.exe process per operation, as most scripts do.
import { english } from '../../src-shared/messages/messages.js';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { GROUPS } from '../../src-main/core/catalogue/catalogue.js';
import { detect } from '../../src-main/core/detect/detect.js';
import { nativeMachine } from '../../src-main/core/native/native-machine.js';
import { applyPlan } from '../../src-main/core/operations/apply.js';
import { rollback } from '../../src-main/core/operations/rollback.js';
import { buildPlan } from '../../src-main/core/plan/build-plan.js';
import { changesOf } from '../../src-main/core/plan/plan-types.js';
import type { Plan } from '../../src-main/core/plan/plan-types.js';
import { readinessOf } from '../../src-main/use-cases/audit.js';
import { JournalStore } from '../../src-main/core/state/journal.js';
import { RecordingRegistry, type RecordedOp } from './recording-registry.js';

const iterations = Number(process.argv[2] ?? '20');
const outFile = process.argv[3] ?? 'bench.json';
const baselineRuns = Number(process.argv[4] ?? '3');

const native = nativeMachine();
const registry = new RecordingRegistry(native.registry);
const machine = { ...native, registry };
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tls12-bench-'));
const journal = new JournalStore(path.join(work, 'state'));
const ctx = { machine, journal, toolVersion: 'bench' };

const ms = (nanos: bigint): number => Number(nanos) / 1e6;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function audit() {
  return buildPlan(registry, detect(machine), '1.2', [...GROUPS]);
}

// The stated minimums, counted the same way on every run.
const loc = (hive: string, view: string, key: string, name: string): string =>
  `${hive}|${view}|${key.toLowerCase()}|${name.toLowerCase()}`;
/** The catalogue part of an audit: one read per location and view the catalogue considers here. */
function catalogueMinimum(plan: Plan): number {
  return new Set(plan.items.map((i) => loc(i.hive, i.view, i.key, i.name))).size;
}
/** apply + rollback: per planned location a read, a write and a verify; the same for the rollback. */
function cycleMinimum(plan: Plan): number {
  return 6 * new Set(changesOf(plan).map((i) => loc(i.hive, i.view, i.key, i.name))).size;
}
/** The readiness model: one read per distinct value or key it consults. */
function distinctConsulted(ops: RecordedOp[]): number {
  return new Set(
    ops.map((o) =>
      loc(o.key.hive, o.key.view, o.key.path, 'name' in o ? o.name : `<${o.op === 'list' ? 'list' : 'key'}>`),
    ),
  ).size;
}

function measure(fn: () => void): { wall: number[]; registry: number[]; ops: RecordedOp[] } {
  const wall: number[] = [];
  const reg: number[] = [];
  let ops: RecordedOp[] = [];
  fn(); // warm-up: loads the addon, fills caches
  for (let i = 0; i < iterations; i++) {
    registry.reset();
    const t = process.hrtime.bigint();
    fn();
    wall.push(ms(process.hrtime.bigint() - t));
    reg.push(ms(registry.nanos));
    ops = [...registry.ops];
  }
  return { wall, registry: reg, ops };
}

function applyRollback(): void {
  const backupDir = fs.mkdtempSync(path.join(work, 'b-'));
  const applied = applyPlan(audit(), { backupDir }, ctx);
  if (applied.outcome !== 'done') throw new Error(`apply: ${english(applied.msg)}`);
  const back = rollback(applied.backup?.jsonFile as string, ctx);
  if (back.outcome !== 'done') throw new Error(`rollback: ${english(back.msg)}`);
}

function regPath(op: RecordedOp): string {
  return `${op.key.hive}\\${op.key.path}`;
}

function viewFlag(op: RecordedOp): string {
  return op.key.view === '32' ? '/reg:32' : '/reg:64';
}

/** One reg.exe process per operation: what a .bat or PowerShell script calling reg.exe does. */
function regExeArgs(op: RecordedOp): string[] {
  switch (op.op) {
    case 'read':
      return ['query', regPath(op), '/v', op.name, viewFlag(op)];
    case 'exists':
    case 'list':
    case 'check-write':
      return ['query', regPath(op), viewFlag(op)];
    case 'create':
      return ['add', regPath(op), '/f', viewFlag(op)];
    case 'set':
      return [
        'add',
        regPath(op),
        '/v',
        op.name,
        '/t',
        'REG_DWORD',
        '/d',
        String(op.value.data),
        '/f',
        viewFlag(op),
      ];
    case 'delete-value':
      return ['delete', regPath(op), '/v', op.name, '/f', viewFlag(op)];
    case 'delete-key':
      return ['delete', regPath(op), '/f', viewFlag(op)];
  }
}

function replay(ops: RecordedOp[]): number {
  const t = process.hrtime.bigint();
  for (const op of ops) spawnSync('reg', regExeArgs(op), { stdio: 'ignore' });
  return ms(process.hrtime.bigint() - t);
}

const auditPlan = audit();
const readinessCtx = { machine, journal, toolVersion: 'bench' };
const auditRun = measure(() => void audit());
// What `audit` runs after the plan (src-main/use-cases/audit.ts): the readiness model's reads.
const readinessRun = measure(() => void readinessOf(readinessCtx, auditPlan));
const cycleRun = measure(applyRollback);
const auditBaseline: number[] = [];
const cycleBaseline: number[] = [];
const readinessBaseline: number[] = [];
for (let i = 0; i < baselineRuns; i++) {
  auditBaseline.push(replay(auditRun.ops));
  cycleBaseline.push(replay(cycleRun.ops));
  readinessBaseline.push(replay(readinessRun.ops));
}

const histogram = (ops: RecordedOp[]): Record<string, number> => {
  const h: Record<string, number> = {};
  for (const o of ops) h[o.op] = (h[o.op] ?? 0) + 1;
  return h;
};

const result = {
  auditOps: histogram(auditRun.ops),
  cycleOps: histogram(cycleRun.ops),
  sample: auditRun.ops.slice(0, 40),
  iterations,
  baselineRuns,
  readinessOps: histogram(readinessRun.ops),
  audit: {
    operations: auditRun.ops.length,
    minimum: catalogueMinimum(auditPlan),
    wallMedianMs: median(auditRun.wall),
    registryMedianMs: median(auditRun.registry),
    regExeMedianMs: median(auditBaseline),
  },
  readiness: {
    operations: readinessRun.ops.length,
    minimum: distinctConsulted(readinessRun.ops),
    wallMedianMs: median(readinessRun.wall),
    registryMedianMs: median(readinessRun.registry),
    regExeMedianMs: median(readinessBaseline),
  },
  applyRollback: {
    operations: cycleRun.ops.length,
    minimum: cycleMinimum(auditPlan),
    wallMedianMs: median(cycleRun.wall),
    registryMedianMs: median(cycleRun.registry),
    regExeMedianMs: median(cycleBaseline),
  },
};
fs.writeFileSync(outFile, JSON.stringify(result, null, 2));
fs.rmSync(work, { recursive: true, force: true });
