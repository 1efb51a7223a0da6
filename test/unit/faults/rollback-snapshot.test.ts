// Issue 9 §6: "put back as it was" is always true. A rollback's safety snapshot covers every key
// it may touch, including keys named only in the document's key list; a failure half-way restores
// and verifies that snapshot.
import { english, msg } from '../../../src-shared/messages/messages.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checksumOf, type BackupDocument } from '../../../src-main/core/backup/backup-document.js';
import { detect } from '../../../src-main/core/detect/detect.js';
import { applyPlan } from '../../../src-main/core/operations/apply.js';
import { rollback } from '../../../src-main/core/operations/rollback.js';
import { buildPlan } from '../../../src-main/core/plan/build-plan.js';
import { FaultInjectingRegistry } from '../../../src-main/core/registry/fault-injecting-registry.js';
import { operationSetup } from '../../support/sim.js';

/** A win10 machine with the SChannel TLS 1.2 client keys present and empty, and a keys-only backup saying they did not exist. */
function keysOnly() {
  const s = operationSetup('win10');
  const reg = s.machine.registry;
  const plan = buildPlan(reg, detect(s.machine), '1.2', ['schannel']);
  const applied = applyPlan(plan, { backupDir: s.backupDir }, s.ctx);
  expect(applied.exitCode).toBe(3010);
  const doc = JSON.parse(fs.readFileSync(applied.backup?.jsonFile as string, 'utf8')) as BackupDocument;
  const created = doc.state.keys.filter((k) => !k.existed);
  expect(created.length).toBeGreaterThanOrEqual(2);
  for (const v of doc.state.values) reg.deleteValue({ hive: v.hive, view: v.view, path: v.key }, v.name);
  const keysOnlyDoc: BackupDocument = {
    ...doc,
    state: { keys: created, values: [] },
    applied: { keys: [], values: [] },
  };
  const file = path.join(s.backupDir, 'TLS12-backup_SIM-WIN10_keys-only.json');
  fs.writeFileSync(file, JSON.stringify({ ...keysOnlyDoc, checksum: checksumOf(keysOnlyDoc) }));
  return { s, file, created };
}

describe('a rollback that fails half-way', () => {
  it('with a keys-only document whose second delete fails: every deleted key is back, and it says so truthfully', () => {
    const { s, file, created } = keysOnly();
    const original = s.machine.registry.snapshot();
    const faulty = new FaultInjectingRegistry(s.machine.registry, { kind: 'delete', n: 2, win32Code: 5 });
    const result = rollback(file, { ...s.ctx, machine: { ...s.machine, registry: faulty } });
    expect(result.exitCode, english(result.msg)).toBe(1603);
    expect(result.restored).toBe(true);
    expect(result.msg).toEqual(
      msg('result.rollbackFailed', {
        error: msg('registry.failed', {
          operation: 'delete',
          at: {
            hive: 'HKLM',
            view: 'shared',
            key: 'SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2',
          },
          win32: 5,
        }),
        restoreError: null,
      }),
    );
    for (const k of created) expect(s.machine.registry.keyExists(k), k.path).toBe(true);
    expect(s.machine.registry.snapshot()).toEqual(original);
    expect(s.journal.read()).toBeNull();
  });

  it('with every delete of a keys-only document failing in turn: the registry is as it was each time', () => {
    for (let n = 1; n <= 3; n++) {
      const { s, file } = keysOnly();
      const original = s.machine.registry.snapshot();
      const faulty = new FaultInjectingRegistry(s.machine.registry, { kind: 'delete', n, win32Code: 5 });
      const result = rollback(file, { ...s.ctx, machine: { ...s.machine, registry: faulty } });
      if (result.exitCode === 1603) expect(result.restored, `delete ${n}`).toBe(true);
      else expect([0, 3010], `delete ${n}: ${english(result.msg)}`).toContain(result.exitCode);
      if (result.exitCode === 1603) expect(s.machine.registry.snapshot(), `delete ${n}`).toEqual(original);
    }
  });

  it('without a fault, the keys-only rollback removes the keys it names', () => {
    const { s, file, created } = keysOnly();
    const result = rollback(file, s.ctx);
    expect([0, 3010]).toContain(result.exitCode);
    for (const k of created) expect(s.machine.registry.keyExists(k), k.path).toBe(false);
  });
});
