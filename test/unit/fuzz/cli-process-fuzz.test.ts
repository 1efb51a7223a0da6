// Issue 9 §11 through the real process: a seeded sample of mutated genuine backups and journals
// (the same structure-aware mutations as document-fuzz.test.ts) fed to the built out/cli.cjs on a
// simulated machine. Each run is refused with exit 2 (or, for a journal seen by `audit`, its usual
// exit with a warning) and the registry file is byte for byte unchanged, or it is accepted and the
// registry holds exactly what the document says. Never a crash, a stack trace or exit 1603.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { checksumOf, type BackupDocument } from '../../../src-main/core/backup/backup-document.js';
import { readBackupFile } from '../../../src-main/core/backup/backup-files.js';
import { validateState } from '../../../src-main/core/backup/validate-state.js';
import { composeMachine } from '../../../src-main/composition/compose-machine.js';
import { sameValue } from '../../../src-main/core/registry/registry-port.js';
import { valueOf, type RegistryState } from '../../../src-main/core/state/registry-state.js';
import { AUDIT_CODES_LOW_BYTE } from '../../support/audit-codes.js';
import { tempFolder } from '../../support/sim.js';
import { journalOf, mutated, mutation, paths, type Json, type Path } from './mutations.js';

const PROFILE = 'win7-sp1';
const BACKUP_CASES = 40;
const JOURNAL_CASES = 20;

beforeAll(() => {
  const built = spawnSync(process.execPath, ['scripts/build.mjs'], { encoding: 'utf8' });
  expect(built.status, built.stderr).toBe(0);
});

function cli(simDir: string, args: string[]) {
  const r = spawnSync(process.execPath, ['out/cli.cjs', ...args, '--simulate', PROFILE], {
    encoding: 'utf8',
    env: { ...process.env, TLS12_WIZARD_SIM_DIR: simDir },
    timeout: 60_000,
  });
  // POSIX keeps 8 bits of an exit code: 3010 arrives as 194, 1603 as 67.
  const code =
    r.status === null ? null : (({ 194: 3010, 67: 1603 } as Record<number, number>)[r.status] ?? r.status);
  return { code, out: `${r.stdout}${r.stderr}`, signal: r.signal };
}

/** What no run may ever print or end with. */
function expectNoCrash(r: ReturnType<typeof cli>, what: string): void {
  expect(r.signal, what).toBeNull();
  expect(r.code, `${what}: ${r.out}`).not.toBe(1603);
  expect(r.out, what).not.toMatch(/\n\s+at .+:\d+:\d+\)?/); // a stack trace
  expect(r.out, what).not.toMatch(/Uncaught|TypeError|RangeError|SyntaxError: /);
}

/** The simulated registry holds exactly what `state` says at each of its locations. */
function holds(simDir: string, state: RegistryState): boolean {
  const { machine } = composeMachine({
    simulate: PROFILE,
    env: { TLS12_WIZARD_SIM_DIR: simDir },
    platform: 'linux',
  });
  return state.values.every((v) =>
    sameValue(machine.registry.readValue({ hive: v.hive, view: v.view, path: v.key }, v.name), valueOf(v)),
  );
}

const edits = (doc: Json) =>
  fc.array(fc.tuple(fc.constantFrom(...paths(doc).filter((p) => p.length > 0)), mutation), {
    minLength: 1,
    maxLength: 3,
  }) as fc.Arbitrary<[Path, typeof mutation extends fc.Arbitrary<infer M> ? M : never][]>;

describe('mutated documents through the built CLI process', () => {
  const simDir = tempFolder('cli-fuzz');
  const registryFile = path.join(simDir, PROFILE, 'registry.json');
  let genuine: Json;
  let after: string;
  const tally = { backups: { refused: 0, restored: 0 }, journals: { refused: 0, restored: 0 } };

  beforeAll(() => {
    const r = cli(simDir, ['apply', '--yes', '--only', 'winhttp,dotnet,schannel,wininet', '--json']);
    expect(r.code, r.out).toBe(3010);
    const file = (JSON.parse(r.out) as { result: { backup: { jsonFile: string } } }).result.backup.jsonFile;
    genuine = JSON.parse(fs.readFileSync(file, 'utf8')) as Json;
    after = fs.readFileSync(registryFile, 'utf8');
  });

  it(`${BACKUP_CASES} mutated backups to rollback: exit 2 and the registry unchanged, or restored exactly`, () => {
    const cases = fc.sample(
      fc.tuple(edits(genuine), fc.boolean(), fc.boolean(), fc.integer({ min: 0, max: 9 })),
      {
        numRuns: BACKUP_CASES,
        seed: 21,
      },
    );
    const file = path.join(simDir, 'TLS12-backup_SIM-WIN7_process-fuzz.json');
    for (const [i, [changes, confirmTypes, confirmDrift, reseal]] of cases.entries()) {
      fs.writeFileSync(registryFile, after);
      const doc = mutated(genuine, changes);
      const sealable = reseal > 0 && doc !== null && typeof doc === 'object' && !Array.isArray(doc);
      const text = sealable ? { ...doc, checksum: checksumOf(doc as unknown as BackupDocument) } : doc;
      fs.writeFileSync(file, JSON.stringify(text));
      const args = ['rollback', '--yes', '--backup', file];
      if (confirmTypes) args.push('--restore-wrong-types');
      if (confirmDrift) args.push('--overwrite-drift');
      const r = cli(simDir, args);
      const what = `backup case ${i}: ${JSON.stringify(changes)}`;
      expectNoCrash(r, what);
      if (r.code === 2) {
        tally.backups.refused += 1;
        expect(r.out, what).toMatch(/Nothing was changed\./);
        expect(fs.readFileSync(registryFile, 'utf8'), what).toBe(after);
        continue;
      }
      expect([0, 3010], `${what}: ${r.out}`).toContain(r.code);
      tally.backups.restored += 1;
      expect(holds(simDir, readBackupFile(file, 'SIM-WIN7', true).state), what).toBe(true);
    }
  }, 300_000);

  it(`${JOURNAL_CASES} mutated journals found by audit: not trusted and the registry unchanged, or undone exactly`, () => {
    const journal = journalOf(genuine);
    const journalFile = path.join(simDir, PROFILE, 'apply-journal.json');
    for (const [i, changes] of fc.sample(edits(journal), { numRuns: JOURNAL_CASES, seed: 23 }).entries()) {
      fs.writeFileSync(registryFile, after);
      const doc = mutated(journal, changes);
      fs.writeFileSync(journalFile, JSON.stringify(doc));
      const r = cli(simDir, ['audit', '--json']);
      const what = `journal case ${i}: ${JSON.stringify(changes)}`;
      expectNoCrash(r, what);
      const out = JSON.parse(r.out) as { repair?: { repaired: boolean; ok?: boolean } };
      if (out.repair?.repaired === true && out.repair.ok === true) {
        tally.journals.restored += 1;
        expect(AUDIT_CODES_LOW_BYTE, what).toContain(r.code);
        expect(fs.existsSync(journalFile), what).toBe(false);
        expect(holds(simDir, validateState((doc as { before: Json }).before, true)), what).toBe(true);
      } else {
        tally.journals.refused += 1;
        expect([...AUDIT_CODES_LOW_BYTE, 2], `${what}: ${r.out}`).toContain(r.code);
        expect(fs.readFileSync(registryFile, 'utf8'), what).toBe(after);
      }
      fs.rmSync(journalFile, { force: true });
    }
  }, 300_000);

  it('the tally (for SECURITY.md): every case counted', () => {
    console.log(`cli process fuzz: ${JSON.stringify(tally)}`);
    expect(tally.backups.refused + tally.backups.restored).toBe(BACKUP_CASES);
    expect(tally.journals.refused + tally.journals.restored).toBe(JOURNAL_CASES);
  });
});
