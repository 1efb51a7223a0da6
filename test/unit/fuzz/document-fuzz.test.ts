// Issue 9 §11: structure-aware fuzzing of genuine backups and journals (fast-check). Fields,
// types, nesting, names and values of a real backup and a real journal are mutated (and usually
// resealed, so that the checks behind the checksum are reached) and fed to rollback and repair.
// Each case is refused (exit 2) with the registry unchanged, or accepted and restored exactly.
// None throws.
import { english } from '../../../src-shared/messages/messages.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checksumOf, type BackupDocument } from '../../../src-main/core/backup/backup-document.js';
import { readBackupFile } from '../../../src-main/core/backup/backup-files.js';
import { validateState } from '../../../src-main/core/backup/validate-state.js';
import { detect } from '../../../src-main/core/detect/detect.js';
import { applyPlan } from '../../../src-main/core/operations/apply.js';
import { rollback } from '../../../src-main/core/operations/rollback.js';
import { buildPlan } from '../../../src-main/core/plan/build-plan.js';
import { sameValue } from '../../../src-main/core/registry/registry-port.js';
import { JournalUnreadableError } from '../../../src-main/core/state/journal-schema.js';
import { valueOf, type RegistryState } from '../../../src-main/core/state/registry-state.js';
import { repairInterrupted } from '../../../src-main/core/state/transaction.js';
import { operationSetup } from '../../support/sim.js';
import { journalOf, mutated, mutation, paths, type Json } from './mutations.js';

const BACKUP_CASES = 6000;
const JOURNAL_CASES = 4000;

/** A machine after a full apply, its genuine backup, and the state before the apply. */
function genuine() {
  const s = operationSetup('win7-sp1');
  const plan = buildPlan(s.machine.registry, detect(s.machine), '1.2', [
    'winhttp',
    'dotnet',
    'schannel',
    'wininet',
  ]);
  const applied = applyPlan(plan, { backupDir: s.backupDir }, s.ctx);
  expect(applied.exitCode).toBe(3010);
  const doc = JSON.parse(fs.readFileSync(applied.backup?.jsonFile as string, 'utf8')) as Json;
  return { s, doc, after: s.machine.registry.snapshot() };
}

/** The registry holds exactly what `state` says at each of its locations. */
function holds(s: ReturnType<typeof operationSetup>, state: RegistryState): boolean {
  const reg = s.machine.registry;
  return state.values.every((v) =>
    sameValue(reg.readValue({ hive: v.hive, view: v.view, path: v.key }, v.name), valueOf(v)),
  );
}

const stats = { backups: { refused: 0, restored: 0 }, journals: { refused: 0, restored: 0 } };

describe('structure-aware fuzzing of documents', () => {
  const g = genuine();
  const docPaths = paths(g.doc).filter((p) => p.length > 0);

  it(`${BACKUP_CASES} mutated backups fed to rollback: refused with exit 2 and nothing written, or restored exactly`, () => {
    const file = path.join(g.s.backupDir, 'TLS12-backup_SIM-WIN7_fuzz.json');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...docPaths), mutation), { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 9 }),
        (edits, confirm, reseal) => {
          g.s.machine.registry.load(g.after);
          const doc = mutated(g.doc, edits);
          let text = JSON.stringify(doc);
          if (reseal > 0 && doc !== null && typeof doc === 'object' && !Array.isArray(doc)) {
            text = JSON.stringify({ ...doc, checksum: checksumOf(doc as unknown as BackupDocument) });
          }
          fs.writeFileSync(file, text);
          const result = rollback(file, g.s.ctx, { restoreWrongTypes: confirm });
          if (result.exitCode === 2) {
            stats.backups.refused += 1;
            expect(g.s.machine.registry.snapshot()).toEqual(g.after);
            return;
          }
          expect([0, 3010], english(result.msg)).toContain(result.exitCode);
          stats.backups.restored += 1;
          expect(holds(g.s, readBackupFile(file, 'SIM-WIN7', true).state)).toBe(true);
          expect(g.s.journal.read()).toBeNull();
        },
      ),
      { numRuns: BACKUP_CASES, seed: 9 },
    );
  }, 600_000);

  it(`${JOURNAL_CASES} mutated journals fed to repair: refused with the registry unchanged, or restored exactly`, () => {
    const journal = journalOf(g.doc);
    const journalPaths = paths(journal).filter((p) => p.length > 0);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...journalPaths), mutation), { minLength: 1, maxLength: 3 }),
        (edits) => {
          g.s.machine.registry.load(g.after);
          const doc = mutated(journal, edits);
          fs.mkdirSync(g.s.journal.folder, { recursive: true });
          fs.writeFileSync(g.s.journal.file, JSON.stringify(doc));
          let repaired;
          try {
            repaired = repairInterrupted(g.s.machine.registry, g.s.journal, (st) => validateState(st, true));
          } catch (error) {
            expect(error).toBeInstanceOf(JournalUnreadableError);
            stats.journals.refused += 1;
            expect(g.s.machine.registry.snapshot()).toEqual(g.after);
            return;
          }
          if (repaired.repaired && repaired.ok) {
            stats.journals.restored += 1;
            const d = doc as { before: Json };
            expect(holds(g.s, validateState(d.before, true))).toBe(true);
            expect(fs.existsSync(g.s.journal.file)).toBe(false);
          } else {
            expect(repaired.repaired && repaired.refused).toBe(true);
            stats.journals.refused += 1;
            expect(g.s.machine.registry.snapshot()).toEqual(g.after);
          }
          fs.rmSync(g.s.journal.file, { force: true });
        },
      ),
      { numRuns: JOURNAL_CASES, seed: 11 },
    );
  }, 600_000);

  it('the tally (for SECURITY.md): both outcomes reached, nothing else', () => {
    console.log(`document fuzz: ${JSON.stringify(stats)}`);
    expect(stats.backups.refused + stats.backups.restored).toBe(BACKUP_CASES);
    expect(stats.journals.refused + stats.journals.restored).toBe(JOURNAL_CASES);
    expect(stats.backups.restored).toBeGreaterThan(0);
    expect(stats.journals.restored).toBeGreaterThan(0);
  });
});
