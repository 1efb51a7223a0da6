// A read-only backup folder and a read-only output folder, with real permission bits: the built
// CLI runs as an ordinary user (test/support/as-user.ts), because root may write anywhere.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { english, msg } from '../../../src-shared/messages/messages.js';
import { assertUserCanRunCli, cliAsUser, giveToUser } from '../../support/as-user.js';
import { tempFolder } from '../../support/sim.js';

const PROFILE = 'win7-sp1';

beforeAll(() => {
  const built = spawnSync(process.execPath, ['scripts/build.mjs'], { encoding: 'utf8' });
  expect(built.status, built.stderr).toBe(0);
  assertUserCanRunCli();
});

/** A simulated machine the ordinary user may change, and a folder of theirs with `mode`. */
function setup(mode: number) {
  const root = tempFolder('read-only');
  fs.chmodSync(root, 0o755);
  const simDir = path.join(root, 'sim');
  const folder = path.join(root, 'stick');
  fs.mkdirSync(simDir);
  fs.mkdirSync(folder);
  giveToUser(simDir, 0o755);
  giveToUser(folder, mode);
  const env = { TLS12_WIZARD_SIM_DIR: simDir, HOME: simDir };
  const registry = () => fs.readFileSync(path.join(simDir, PROFILE, 'registry.json'), 'utf8');
  return { folder, env, registry };
}

describe('a read-only folder, for a user the permission bits refuse', () => {
  it('apply with a read-only backup folder: exit 2, nothing changed, nothing written there', () => {
    const s = setup(0o555);
    expect(cliAsUser(['audit', '--simulate', PROFILE], s.env).status).toBe(1);
    const before = s.registry();
    const r = cliAsUser(['apply', '--yes', '--simulate', PROFILE, '--backup-dir', s.folder], s.env);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stdout + r.stderr).toContain(
      english(msg('backup.folderNotWritable', { folder: s.folder })).replace(/ Nothing was changed\.$/, ''),
    );
    expect(s.registry()).toBe(before);
    expect(fs.readdirSync(s.folder)).toEqual([]);
  });

  it('the same apply with the folder writable succeeds: the refusal above was the permission bits', () => {
    const s = setup(0o755);
    const r = cliAsUser(['apply', '--yes', '--simulate', PROFILE, '--backup-dir', s.folder], s.env);
    // 3010 (done, restart needed), as POSIX keeps it: the low 8 bits.
    expect(r.status, r.stdout + r.stderr).toBe(3010 % 256);
    expect(fs.readdirSync(s.folder).filter((f) => /\.(json|reg)$/.test(f)).length).toBe(2);
  });

  it('--json-out into a read-only folder: said on stderr, the exit code unchanged, no file', () => {
    const s = setup(0o555);
    const file = path.join(s.folder, 'audit.json');
    const r = cliAsUser(['audit', '--simulate', PROFILE, '--json-out', file], s.env);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(`Could not write ${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: EACCES`),
    );
    expect(fs.existsSync(file)).toBe(false);
  });
});
