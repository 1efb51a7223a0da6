/**
 * The use cases on their own, without an adapter: audit, apply, rollback, the state first
 * (repair), and the error mapper. The CLI's and the wizard's tests check their arguments and
 * rendering on top of these.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RegistryError } from '../../../src-main/core/registry/registry-error.js';
import { detect } from '../../../src-main/core/detect/detect.js';
import { buildPlan } from '../../../src-main/core/plan/build-plan.js';
import { captureState } from '../../../src-main/core/state/capture-state.js';
import { LockedError } from '../../../src-main/core/state/operation-lock.js';
import { msg } from '../../../src-shared/messages/messages.js';
import { applyChange, planFor } from '../../../src-main/use-cases/apply.js';
import { audit } from '../../../src-main/use-cases/audit.js';
import type { UseCaseContext } from '../../../src-main/use-cases/context.js';
import { mapError } from '../../../src-main/use-cases/error-mapper.js';
import { exportGpo } from '../../../src-main/use-cases/export-gpo.js';
import { fleetReport } from '../../../src-main/use-cases/fleet.js';
import { prepareState } from '../../../src-main/use-cases/repair.js';
import { rollbackChange } from '../../../src-main/use-cases/rollback.js';
import { simCli } from '../../support/sim-cli.js';
import { operationSetup } from '../../support/sim.js';

function setup(profile: string, options: { elevated?: boolean } = {}) {
  const s = operationSetup(profile, options);
  const ctx: UseCaseContext = { machine: s.machine, journal: s.journal, toolVersion: 't' };
  return { ...s, ctx };
}

const apply = (s: ReturnType<typeof setup>, extra: Partial<Parameters<typeof applyChange>[1]> = {}) =>
  applyChange(s.ctx, {
    protocols: '1.2',
    groups: null,
    backupDir: s.backupDir,
    replaceWrongTypes: false,
    ...extra,
  });

describe('audit', () => {
  it('plans, judges and gives the exit code, writing nothing', () => {
    const s = setup('win7-sp1');
    const before = s.machine.registry.snapshot();
    const r = audit(s.ctx, { protocols: '1.2', groups: null });
    expect(r.exitCode).toBe(1);
    expect(r.readiness.verdict).toBe('blocked');
    expect(r.plan.items).toHaveLength(8);
    expect(s.machine.registry.snapshot()).toEqual(before);
  });

  it('what the caller could not read makes the verdict unknown, naming it', () => {
    const s = setup('win10');
    simulateApplied(s);
    const r = audit(s.ctx, {
      protocols: '1.2',
      groups: null,
      unreadable: [{ where: 'apply-journal.json', found: 'x' }],
    });
    expect(r.readiness.reasons.map((x) => x.msg)).toContainEqual(
      msg('ready.unreadable', { where: ['apply-journal.json'] }),
    );
    expect(r.exitCode).toBe(5);
  });
});

/** The values in place, as after an apply, without the state folder's record of it. */
function simulateApplied(s: ReturnType<typeof setup>): void {
  expect(apply(s)).toMatchObject({ kind: 'ran', result: { outcome: 'done' } });
  fs.rmSync(path.join(s.journal.folder, 'last-change.json'));
}

describe('apply', () => {
  it('under the lock: backs up, changes, plans again, and judges the result', () => {
    const s = setup('win10');
    const ran = apply(s);
    if (ran.kind !== 'ran') throw new Error('not run');
    expect(ran.result.exitCode).toBe(3010);
    expect(ran.after?.items.every((i) => i.action === 'none')).toBe(true);
    expect(ran.readiness?.verdict).toBe('ready-after-restart');
    expect(fs.readdirSync(s.backupDir)).toHaveLength(2);
  });

  it('a plan that changed since the review is returned, and nothing is written', () => {
    const s = setup('win10');
    const before = s.machine.registry.snapshot();
    const ran = apply(s, { reviewedPlan: 'not-this-one' });
    expect(ran.kind).toBe('changed-since-review');
    expect(s.machine.registry.snapshot()).toEqual(before);
    expect(fs.readdirSync(s.backupDir)).toEqual([]);
  });

  it('the reviewed plan is applied', () => {
    const s = setup('win10');
    const reviewed = planFor(s.ctx, '1.2', null).fingerprint;
    expect(apply(s, reviewed ? { reviewedPlan: reviewed } : {})).toMatchObject({
      kind: 'ran',
      result: { outcome: 'done' },
    });
  });

  it('a guard that refuses stops it under the lock, before anything is read or written', () => {
    const s = setup('win10');
    const before = s.machine.registry.snapshot();
    expect(() =>
      apply(s, {
        guard: () => {
          throw new LockedError(msg('wizard.repairFirst', {}));
        },
      }),
    ).toThrow(LockedError);
    expect(s.machine.registry.snapshot()).toEqual(before);
    expect(fs.existsSync(path.join(s.journal.folder, 'operation.lock'))).toBe(false);
  });

  it('reports progress with the number of writes planned', () => {
    const s = setup('win10');
    const totals: number[] = [];
    let steps = 0;
    apply(s, {
      onStepFor: (total) => {
        totals.push(total);
        return () => (steps += 1);
      },
    });
    expect(totals).toEqual([4]);
    expect(steps).toBeGreaterThanOrEqual(4);
  });
});

describe('rollback', () => {
  it('restores the state before, reads the backup again and judges the machine', () => {
    const s = setup('win7-sp1');
    const original = s.machine.registry.snapshot();
    const ran = apply(s);
    if (ran.kind !== 'ran' || !ran.result.backup) throw new Error('not run');
    const r = rollbackChange(s.ctx, {
      file: ran.result.backup.jsonFile,
      options: { restoreWrongTypes: false },
    });
    expect(r.result.outcome).toBe('done');
    expect(s.machine.registry.snapshot()).toEqual(original);
    expect(r.after?.items.every((i) => !i.changes)).toBe(true);
    expect(r.readiness?.verdict).toBe('blocked');
  });

  it('a file that cannot be used: refused, no plan, nothing written', () => {
    const s = setup('win10');
    const before = s.machine.registry.snapshot();
    const bad = path.join(s.root, 'bad.json');
    fs.writeFileSync(bad, '{');
    const r = rollbackChange(s.ctx, { file: bad, options: { restoreWrongTypes: false } });
    expect(r.result.outcome).toBe('refused');
    expect(r.plan).toBeNull();
    expect(r.readiness).toBeNull();
    expect(s.machine.registry.snapshot()).toEqual(before);
  });
});

describe('the state first', () => {
  function plantJournal(s: ReturnType<typeof setup>): void {
    const plan = buildPlan(s.machine.registry, detect(s.machine), '1.2', null);
    s.journal.write({
      journalVersion: 1,
      operation: 'apply',
      startedAt: '2026-12-01T10:00:00.000Z',
      pid: 1,
      computerName: 'SIM-WIN10',
      backupFile: null,
      before: captureState(s.machine.registry, plan.items),
    });
  }

  it('nothing there: go on', () => {
    expect(prepareState(setup('win10').ctx, { readOnly: false })).toMatchObject({ kind: 'go', repair: null });
  });

  it('an interrupted change is repaired under the lock, and said by code', () => {
    const s = setup('win10');
    plantJournal(s);
    const r = prepareState(s.ctx, { readOnly: true });
    expect(r.kind).toBe('go');
    expect(r.kind === 'go' && r.repairMsg).toEqual(
      msg('repair.undone', { operation: 'apply', startedAt: '2026-12-01T10:00:00.000Z' }),
    );
    expect(s.journal.read()).toBeNull();
  });

  it('without administrator rights it is refused, and the journal kept', () => {
    const s = setup('win10', { elevated: false });
    plantJournal(s);
    expect(prepareState(s.ctx, { readOnly: true })).toMatchObject({
      kind: 'refused',
      msg: msg('repair.needsAdmin', {}),
    });
    expect(s.journal.read()).not.toBeNull();
  });

  it('an unreadable journal refuses a change but lets a read go on', () => {
    const s = setup('win10');
    fs.mkdirSync(s.journal.folder, { recursive: true });
    fs.writeFileSync(s.journal.file, '{');
    expect(prepareState(s.ctx, { readOnly: false }).kind).toBe('refused');
    const read = prepareState(s.ctx, { readOnly: true });
    expect(read.kind).toBe('go');
    expect(read.check.problems[0]?.code).toBe('state.journalUnreadable');
  });
});

describe('the error mapper', () => {
  it('keeps refusals, failures and bugs apart, and never puts a stack in the message', () => {
    const registry = new RegistryError(5, 'read', { hive: 'HKLM', view: '64', path: 'SOFTWARE\\X' });
    expect(mapError(registry)).toMatchObject({
      kind: 'failed',
      exitCode: 1603,
      msg: { code: 'result.failedBeforeWriting' },
    });
    expect(mapError(new LockedError(msg('wizard.busy', {})))).toEqual({
      kind: 'refused',
      exitCode: 2,
      msg: msg('wizard.busy', {}),
    });
    const bug = mapError(new TypeError('x is undefined'));
    expect(bug).toMatchObject({
      kind: 'bug',
      exitCode: 1603,
      msg: { code: 'error.internal', params: { detail: 'x is undefined' } },
    });
    expect(JSON.stringify(bug.msg)).not.toMatch(/\bat .*:\d+:\d+/);
  });
});

describe('export gpo and fleet', () => {
  it('export gpo writes OUT/Registry.xml with the plan of every Windows', () => {
    const out = path.join(setup('win10').root, 'gpo');
    const { exp, file } = exportGpo({
      out,
      choice: '1.2',
      groups: null,
      now: new Date('2026-12-02T12:00:00Z'),
    });
    expect(file).toBe(path.join(out, 'Registry.xml'));
    expect(fs.readFileSync(file, 'utf8')).toContain('<RegistrySettings');
    expect(exp.items.length).toBeGreaterThan(0);
  });

  it('fleet: a folder that is not one is refused by code; a folder of results is reported', () => {
    const s = setup('win10');
    const notAFolder = path.join(s.root, 'nope');
    expect(
      fleetReport({ folder: notAFolder, html: null, csv: path.join(s.root, 'f.csv'), now: new Date() }),
    ).toEqual({
      kind: 'refused',
      msg: msg('fleet.usage.notFolder', { folder: notAFolder }),
    });
    const results = path.join(s.root, 'results');
    fs.mkdirSync(results);
    // A result file as the command line writes it.
    fs.writeFileSync(path.join(results, 'SIM-WIN10.json'), simCli(s.root, ['audit', '--json'], 'win10').out);
    const r = fleetReport({
      folder: results,
      html: null,
      csv: path.join(s.root, 'out', 'f.csv'),
      now: new Date(),
    });
    expect(r.kind === 'written' && r.report.summary.machines).toBe(1);
  });
});
