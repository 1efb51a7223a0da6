// Issue 9 §11 on the real registry API (Wine): a handful of mutated genuine backups (the seeded
// structure-aware mutations of test/unit/fuzz/) fed to the Windows CLI. Each is refused with
// exit 2 and the registry export unchanged, or accepted and then already matches (a second
// rollback has nothing to do). Never a stack trace or exit 1603.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checksumOf, type BackupDocument } from '../../src-main/core/backup/backup-document.js';
import { mutated, mutation, paths, type Json } from '../unit/fuzz/mutations.js';
import { createPrefix, destroyPrefix, runCli, toWinPath, type Prefix } from './harness.js';
import { exportAll } from './watched-keys.js';

const CASES = 6;

describe('mutated backups through the Windows CLI (Windows 7 SP1, Wine)', () => {
  let prefix: Prefix;
  let dir: string;
  let genuine: Json;
  beforeAll(() => {
    prefix = createPrefix('win7');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tls12-wine-mutated-'));
    const r = runCli(prefix, ['apply', '--yes', '--backup-dir', toWinPath(dir)]);
    expect(r.code, r.stdout + r.stderr).toBe(3010);
    const json = fs.readdirSync(dir).find((f) => f.endsWith('.json')) as string;
    genuine = JSON.parse(fs.readFileSync(path.join(dir, json), 'utf8')) as Json;
  });
  afterAll(() => destroyPrefix(prefix));

  it(`${CASES} cases: exit 2 and the registry unchanged, or restored`, () => {
    const where = paths(genuine).filter((p) => p.length > 0);
    const cases = fc.sample(
      fc.array(fc.tuple(fc.constantFrom(...where), mutation), { minLength: 1, maxLength: 2 }),
      {
        numRuns: CASES,
        seed: 31,
      },
    );
    const file = path.join(dir, 'TLS12-backup_mutated.json');
    for (const [i, edits] of cases.entries()) {
      const doc = mutated(genuine, edits) as Record<string, Json>;
      fs.writeFileSync(
        file,
        JSON.stringify({ ...doc, checksum: checksumOf(doc as unknown as BackupDocument) }),
      );
      const before = exportAll(prefix);
      const r = runCli(prefix, ['rollback', '--yes', '--backup', toWinPath(file)]);
      const what = `case ${i}: ${JSON.stringify(edits)}: ${r.stdout}${r.stderr}`;
      expect(r.code, what).not.toBe(1603);
      expect(r.stdout + r.stderr, what).not.toMatch(/\n\s+at .+:\d+:\d+\)?/);
      if (r.code === 2) {
        expect(r.stdout, what).toMatch(/Nothing was changed\./);
        expect(exportAll(prefix), what).toEqual(before);
        continue;
      }
      expect([0, 3010], what).toContain(r.code);
      expect(runCli(prefix, ['rollback', '--yes', '--backup', toWinPath(file)]).code, what).toBe(0);
      expect(runCli(prefix, ['apply', '--yes', '--backup-dir', toWinPath(dir)]).code).not.toBe(1603);
    }
  });
});
