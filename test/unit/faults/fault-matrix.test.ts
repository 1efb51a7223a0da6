// Every registry operation of a full apply and of a full rollback, failed in turn with a Win32
// error through the CLI's fault hook: the registry must end exactly as it was (complete dump of
// the simulated machine, every key in every view), the exit code must be 1603, and the message
// must name what failed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/run-cli.js';
import { canonicalJson } from '../../../src-main/core/backup/canonical-json.js';
import { GROUPS } from '../../../src-main/core/catalogue/catalogue.js';
import { detect } from '../../../src-main/core/detect/detect.js';
import { applyPlan } from '../../../src-main/core/operations/apply.js';
import { rollback } from '../../../src-main/core/operations/rollback.js';
import { buildPlan } from '../../../src-main/core/plan/build-plan.js';
import {
  FaultInjectingRegistry,
  type OperationKind,
} from '../../../src-main/core/registry/fault-injecting-registry.js';
import { operationSetup, tempFolder } from '../../support/sim.js';

const PROFILE = 'win7-sp1';
const ALL = GROUPS.join(',');

function cli(argv: string[], simDir: string, fault?: string) {
  const out: string[] = [];
  const env: Record<string, string> = { TLS12_WIZARD_SIM_DIR: simDir };
  if (fault) env.TLS12_WIZARD_TEST_FAULT = fault;
  const code = runCli([...argv, '--simulate', PROFILE], {
    out: (t) => out.push(t),
    err: (t) => out.push(t),
    env,
    platform: 'linux',
    version: 't',
  });
  return { code, out: out.join('\n') };
}

const registryFile = (simDir: string) => path.join(simDir, PROFILE, 'registry.json');

/**
 * The complete dump, with value names sorted within each key: a value deleted and written back
 * returns at the end of its key (Windows has no way to insert it where it was), and the order
 * of values carries no meaning to Windows.
 */
const dumpOf = (simDir: string): string =>
  canonicalJson(JSON.parse(fs.readFileSync(registryFile(simDir), 'utf8')));

/** How many operations of each kind a full apply and a full rollback make (counted in-process). */
function countOperations() {
  const s = operationSetup(PROFILE);
  const counting = new FaultInjectingRegistry(s.machine.registry, null);
  const machine = { ...s.machine, registry: counting };
  detect(machine); // the CLI shows the computer, then plans again under the lock
  const plan = buildPlan(counting, detect(machine), '1.2', [...GROUPS]);
  const applied = applyPlan(plan, { backupDir: s.backupDir }, { ...s.ctx, machine });
  const apply = { ...counting.counts };
  const back = new FaultInjectingRegistry(s.machine.registry, null);
  const backMachine = { ...s.machine, registry: back };
  detect(backMachine); // the CLI shows the computer before it rolls back
  rollback(applied.backup?.jsonFile as string, { ...s.ctx, machine: backMachine });
  return { apply, rollback: { ...back.counts } };
}

/** A simulated machine in a fresh folder, after `setup` ran on it; returns its folder and registry dump. */
function machineAfter(setup: (simDir: string) => void): { simDir: string; dump: string } {
  const simDir = tempFolder('faults');
  setup(simDir);
  return { simDir, dump: dumpOf(simDir) };
}

function cloneMachine(from: string): string {
  const simDir = tempFolder('faults');
  fs.cpSync(path.join(from, PROFILE), path.join(simDir, PROFILE), { recursive: true });
  return simDir;
}

const counts = countOperations();

describe.each(['read', 'write', 'delete'] as OperationKind[])('faults in %s operations', (kind) => {
  it(
    `apply: each of the ${counts.apply[kind]} ${kind} operations failing leaves the registry as it was, exit 1603 (or 2: refused while planning)`,
    { timeout: 120_000 },
    () => {
      // The fresh machine, persisted once so that each case starts from the same dump.
      const base = machineAfter((d) => expect(cli(['audit'], d).code).toBe(1));
      const refusals: number[] = [];
      for (let n = 1; n <= counts.apply[kind]; n++) {
        const simDir = cloneMachine(base.simDir);
        const backups = path.join(simDir, 'b');
        fs.mkdirSync(backups);
        const r = cli(['apply', '--yes', '--only', ALL, '--backup-dir', backups], simDir, `${kind}:${n}:5`);
        if (r.code === 2) {
          // Access denied while planning (a catalogue key that cannot be read, or opened for
          // writing): refused before anything is written, naming the key and what to do.
          refusals.push(n);
          expect(r.out, `${kind} ${n}`).toMatch(
            /HKLM\\[^\n]+ cannot be (opened|written): access denied\. In regedit, right-click the key.*Nothing was changed\./,
          );
        } else {
          expect(r.code, `${kind} ${n}: ${r.out}`).toBe(1603);
          expect(r.out, `${kind} ${n}`).toMatch(
            /Could not \w+( the non-empty key)? HKLM\\[^\n]+: access denied: run the tool as administrator.*\(Win32 error 5\)/,
          );
        }
        expect(dumpOf(simDir), `${kind} ${n}`).toBe(base.dump);
        expect(fs.existsSync(path.join(simDir, PROFILE, 'apply-journal.json')), `${kind} ${n}`).toBe(false);
      }
      // Only reads can be refused this way, and the planning reads are some but not all of them.
      if (kind === 'read') {
        expect(refusals.length).toBeGreaterThan(0);
        expect(refusals.length).toBeLessThan(counts.apply.read);
      } else {
        expect(refusals).toEqual([]);
      }
      // One more than counted: no fault is hit and the apply succeeds, so the count was complete.
      const simDir = cloneMachine(base.simDir);
      expect(
        cli(
          ['apply', '--yes', '--only', ALL, '--backup-dir', simDir],
          simDir,
          `${kind}:${counts.apply[kind] + 1}:5`,
        ).code,
      ).toBe(3010);
    },
  );

  it(
    `rollback: each of the ${counts.rollback[kind]} ${kind} operations failing leaves the registry as it was, exit 1603`,
    { timeout: 120_000 },
    () => {
      let backupFile = '';
      const applied = machineAfter((d) => {
        const r = cli(['apply', '--yes', '--only', ALL, '--backup-dir', d, '--json'], d);
        expect(r.code).toBe(3010);
        backupFile = (JSON.parse(r.out) as { result: { backup: { jsonFile: string } } }).result.backup
          .jsonFile;
      });
      for (let n = 1; n <= counts.rollback[kind]; n++) {
        const simDir = cloneMachine(applied.simDir);
        const r = cli(['rollback', '--yes', '--backup', backupFile], simDir, `${kind}:${n}:1016`);
        expect(r.code, `${kind} ${n}: ${r.out}`).toBe(1603);
        expect(r.out, `${kind} ${n}`).toMatch(
          /Could not \w+( the non-empty key)? HKLM\\[^\n]+: the registry could not complete an I\/O operation.*\(Win32 error 1016\)/,
        );
        expect(dumpOf(simDir), `${kind} ${n}`).toBe(applied.dump);
      }
      const simDir = cloneMachine(applied.simDir);
      expect(
        cli(
          ['rollback', '--yes', '--backup', backupFile],
          simDir,
          `${kind}:${counts.rollback[kind] + 1}:1016`,
        ).code,
      ).toBe(3010);
    },
  );
});

describe('the counts', () => {
  it('cover every write of a full apply: 13 values and the keys created for them', () => {
    expect(counts.apply.write).toBeGreaterThanOrEqual(13 + 2);
    expect(counts.rollback.delete).toBeGreaterThanOrEqual(13);
  });
});
