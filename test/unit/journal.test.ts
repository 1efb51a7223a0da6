import { describe, expect, it } from 'vitest';
import { GROUPS } from '../../src-main/core/catalogue/catalogue.js';
import { validateState } from '../../src-main/core/backup/validate-state.js';
import { detect } from '../../src-main/core/detect/detect.js';
import { buildPlan } from '../../src-main/core/plan/build-plan.js';
import { captureState } from '../../src-main/core/state/capture-state.js';
import { withValue } from '../../src-main/core/state/registry-state.js';
import { repairInterrupted } from '../../src-main/core/state/transaction.js';
import { writeState } from '../../src-main/core/state/write-state.js';
import { english } from '../../src-shared/messages/messages.js';
import { operationSetup } from '../support/sim.js';

class Crash extends Error {}

describe('a crash half-way', () => {
  it.each([1, 4, 9, 15])('after write %i is repaired at the next start from the journal', (n) => {
    const s = operationSetup('win7-sp1');
    const reg = s.machine.registry;
    const original = reg.snapshot();
    const plan = buildPlan(reg, detect(s.machine), '1.2', [...GROUPS]);
    const before = captureState(reg, plan.items);
    const target = {
      keys: before.keys.map((k) => ({ ...k, existed: true })),
      values: before.values.map((v, i) => withValue(v, plan.items[i]?.desired ?? null)),
    };
    s.journal.write({
      journalVersion: 1,
      operation: 'apply',
      startedAt: 'now',
      pid: 1,
      computerName: 'SIM-WIN7',
      backupFile: null,
      before,
    });
    let writes = 0;
    expect(() =>
      writeState(reg, target, () => {
        writes += 1;
        if (writes === n) throw new Crash('power cut');
      }),
    ).toThrow(Crash);
    expect(reg.snapshot()).not.toEqual(original);

    const repair = repairInterrupted(reg, s.journal, (st) => validateState(st, true));
    expect(repair).toMatchObject({ repaired: true, ok: true, operation: 'apply' });
    expect(reg.snapshot()).toEqual(original);
    expect(s.journal.read()).toBeNull();
  });

  it('does nothing when there is no journal', () => {
    const s = operationSetup('win10');
    expect(repairInterrupted(s.machine.registry, s.journal, (st) => validateState(st, true))).toEqual({
      repaired: false,
    });
  });

  it('refuses a planted journal that names values outside the catalogue, and keeps it', () => {
    const s = operationSetup('win10');
    const before = s.machine.registry.snapshot();
    s.journal.write({
      journalVersion: 1,
      operation: 'apply',
      startedAt: 'x',
      pid: 1,
      computerName: 'SIM-WIN10',
      backupFile: null,
      before: {
        keys: [],
        values: [
          {
            entryId: 'winhttp.DefaultSecureProtocols',
            hive: 'HKLM',
            view: '64',
            key: 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run',
            name: 'Evil',
            keyExisted: true,
            valueExisted: true,
            type: 'REG_SZ',
            data: 'evil.exe',
          },
        ],
      },
    });
    const repair = repairInterrupted(s.machine.registry, s.journal, (st) => validateState(st, true));
    expect(repair).toMatchObject({ repaired: true, ok: false });
    expect(repair.repaired && english(repair.error ?? '')).toMatch(/not a value this tool manages/);
    expect(s.machine.registry.snapshot()).toEqual(before);
    expect(s.journal.read()).not.toBeNull();
  });
});
