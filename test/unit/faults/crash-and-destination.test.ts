// Crashes (a really killed process) after every write of an apply and while the backup is being
// written; backup folders that are missing, read-only, full, or pulled out; a second copy.
import { msg, type Msg } from '../../../src-shared/messages/messages.js';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src-main/core/backup/canonical-json.js';
import { GROUPS } from '../../../src-main/core/catalogue/catalogue.js';
import { detect } from '../../../src-main/core/detect/detect.js';
import { applyPlan } from '../../../src-main/core/operations/apply.js';
import { buildPlan } from '../../../src-main/core/plan/build-plan.js';
import { findProfile } from '../../../src-main/core/simulation/profiles.js';
import { simulatedMachine } from '../../../src-main/core/simulation/simulated-machine.js';
import { JournalStore } from '../../../src-main/core/state/journal.js';
import { WizardError } from '../../../src-main/wizard/wizard-error.js';
import { WizardService } from '../../../src-main/wizard/wizard-service.js';
import { operationSetup, tempFolder } from '../../support/sim.js';

const PROFILE = 'win7-sp1';
const ALL = GROUPS.join(',');

beforeAll(() => {
  const built = spawnSync(process.execPath, ['scripts/build.mjs'], { encoding: 'utf8' });
  expect(built.status, built.stderr).toBe(0);
});

function cli(simDir: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['out/cli.cjs', ...args, '--simulate', PROFILE], {
    encoding: 'utf8',
    env: { ...process.env, TLS12_WIZARD_SIM_DIR: simDir, ...env },
  });
}

const dump = (simDir: string): string =>
  canonicalJson(JSON.parse(fs.readFileSync(path.join(simDir, PROFILE, 'registry.json'), 'utf8')));
const journalFile = (simDir: string) => path.join(simDir, PROFILE, 'apply-journal.json');

describe('a crash after each write of an apply', () => {
  // How many writes a full apply makes here: its JSON result lists them.
  let writes = 0;
  beforeAll(() => {
    const simDir = tempFolder('crash-count');
    const r = cli(simDir, ['apply', '--yes', '--only', ALL, '--json']);
    writes = (JSON.parse(r.stdout) as { result: { steps: unknown[] } }).result.steps.length;
  });

  it(
    'is noticed and undone by whatever runs next: apply, audit, rollback or the wizard',
    { timeout: 120_000 },
    () => {
      expect(writes).toBeGreaterThanOrEqual(15);
      const nextCommands = ['audit', 'apply', 'rollback', 'wizard'] as const;
      for (let n = 1; n <= writes; n++) {
        const simDir = tempFolder('crash');
        const backups = path.join(simDir, 'b');
        fs.mkdirSync(backups);
        expect(cli(simDir, ['audit']).status).toBe(1);
        const original = dump(simDir);
        const crashed = cli(simDir, ['apply', '--yes', '--only', ALL, '--backup-dir', backups], {
          TLS12_WIZARD_TEST_CRASH_AFTER_WRITE: String(n),
        });
        expect(crashed.signal, `write ${n}`).toBe('SIGKILL');
        expect(fs.existsSync(journalFile(simDir)), `write ${n}`).toBe(true);
        expect(dump(simDir), `write ${n}: a real half-done state`).not.toBe(original);
        const backup = path.join(backups, fs.readdirSync(backups).find((f) => f.endsWith('.json')) as string);

        const next = nextCommands[n % nextCommands.length] as (typeof nextCommands)[number];
        if (next === 'wizard') {
          const service = serviceOn(simDir, backups);
          expect(service.start().interrupted?.operation).toBe('apply');
          expect(service.repairInterrupted().ok).toBe(true);
          expect(dump(simDir), `write ${n}, wizard`).toBe(original);
        } else if (next === 'apply') {
          const r = cli(simDir, ['apply', '--yes', '--only', ALL, '--backup-dir', backups, '--json']);
          const doc = JSON.parse(r.stdout) as {
            repair: { ok: boolean };
            result: { backup: { jsonFile: string } };
          };
          expect(doc.repair.ok, `write ${n}, apply`).toBe(true);
          // The second apply backed up the repaired registry: exactly the original.
          const second = JSON.parse(fs.readFileSync(doc.result.backup.jsonFile, 'utf8')) as {
            state: unknown;
          };
          const first = JSON.parse(fs.readFileSync(backup, 'utf8')) as { state: unknown };
          expect(canonicalJson(second.state), `write ${n}, apply`).toBe(canonicalJson(first.state));
        } else {
          const args =
            next === 'audit' ? ['audit', '--json'] : ['rollback', '--yes', '--backup', backup, '--json'];
          const r = cli(simDir, args);
          expect((JSON.parse(r.stdout) as { repair: { ok: boolean } }).repair.ok, `write ${n}, ${next}`).toBe(
            true,
          );
          expect(dump(simDir), `write ${n}, ${next}`).toBe(original);
        }
        expect(fs.existsSync(journalFile(simDir)), `write ${n}`).toBe(false);
      }
    },
  );

  it('while the backup is being written leaves the registry untouched', () => {
    for (const file of [1, 2]) {
      const simDir = tempFolder('crash-backup');
      expect(cli(simDir, ['audit']).status).toBe(1);
      const original = dump(simDir);
      const crashed = cli(simDir, ['apply', '--yes', '--only', ALL], {
        TLS12_WIZARD_TEST_CRASH_AFTER_BACKUP_FILE: String(file),
      });
      expect(crashed.signal).toBe('SIGKILL');
      expect(dump(simDir)).toBe(original);
      expect(fs.existsSync(journalFile(simDir))).toBe(false);
      const next = cli(simDir, ['audit', '--json']);
      expect(next.status).toBe(1);
      expect((JSON.parse(next.stdout) as { repair?: unknown }).repair).toBeUndefined();
    }
  });
});

/** A wizard service on the same folders the CLI used: the simulated registry file and the journal beside it. */
function serviceOn(simDir: string, backups: string): WizardService {
  const folder = path.join(simDir, PROFILE);
  const machine = simulatedMachine(findProfile(PROFILE) as never, {
    stateFile: path.join(folder, 'registry.json'),
  });
  return new WizardService({
    machine,
    journal: new JournalStore(folder),
    platform: {
      chooseFolder: async () => null,
      chooseFile: async () => null,
      openFile: async () => true,
      writeClipboard: () => undefined,
      runProgram: async () => 0,
      relaunchElevated: async () => false,
      closeWindow: async () => false,
    },
    toolVersion: 't',
    locale: 'en',
    backupFolder: backups,
    stickFolder: null,
    simulation: { profile: PROFILE, label: PROFILE },
  });
}

describe('backup destination faults: nothing in the registry changes, the message says what to do', () => {
  const applyWith = (options: Partial<Parameters<typeof applyPlan>[1]>) => {
    const s = operationSetup(PROFILE);
    const before = s.machine.registry.snapshot();
    const plan = buildPlan(s.machine.registry, detect(s.machine), '1.2', [...GROUPS]);
    const result = applyPlan(plan, { backupDir: s.backupDir, ...options }, s.ctx);
    expect(result.exitCode).toBe(2);
    expect(s.machine.registry.snapshot()).toEqual(before);
    expect(s.journal.read()).toBeNull();
    return { result, s };
  };
  const refusedFor = (reason: Msg) => msg('result.refused', { reasons: [reason] });

  it('a missing folder', () => {
    const folder = '/nonexistent-tls12/backups';
    expect(applyWith({ backupDir: folder }).result.msg).toEqual(
      refusedFor(msg('backup.folderMissing', { folder })),
    );
  });

  it('a read-only folder (EROFS, as a write-protected stick)', () => {
    const readOnly = (): void => {
      throw Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
    };
    const { result, s } = applyWith({ writeFile: readOnly });
    expect(result.msg).toEqual(refusedFor(msg('backup.folderNotWritable', { folder: s.backupDir })));
  });

  it('a full disk (ENOSPC)', () => {
    let writes = 0;
    const full = (): void => {
      writes += 1;
      if (writes === 2) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    };
    const { result, s } = applyWith({ writeFile: full });
    expect(result.msg).toEqual(refusedFor(msg('backup.folderFull', { folder: s.backupDir })));
  });

  it('a folder removed between the backup and the first registry write', () => {
    let json = '';
    const { result } = applyWith({
      onBackupFile: (file) => {
        if (!file.endsWith('.reg')) return;
        json = file.replace(/\.reg$/, '.json');
        fs.rmSync(path.dirname(file), { recursive: true, force: true });
      },
    });
    expect(result.msg).toEqual(
      refusedFor(msg('backup.unreadableAfterWrite', { detail: msg('backup.notFound', { file: json }) })),
    );
  });
});

describe('a second copy while one is changing the computer', () => {
  it('is refused clearly, exit 2, nothing changed; a lock left by a crashed copy is taken over', async () => {
    const simDir = tempFolder('second');
    expect(cli(simDir, ['audit']).status).toBe(1);
    const original = dump(simDir);
    const other = spawn('sleep', ['30']);
    try {
      fs.writeFileSync(
        path.join(simDir, PROFILE, 'operation.lock'),
        JSON.stringify({ pid: other.pid, startedAt: '2026-11-29T10:00:00Z' }),
      );
      const r = cli(simDir, ['apply', '--yes']);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(
        new RegExp(
          `Another copy of the TLS 1\\.2 Wizard \\(process ${other.pid}, since 2026-11-29T10:00:00Z\\) is changing this computer`,
        ),
      );
      expect(dump(simDir)).toBe(original);
      // The wizard refuses too, with the same message.
      let caught: unknown;
      try {
        serviceOn(simDir, simDir).apply({ protocols: '1.2', groups: ['winhttp'], replaceWrongTypes: false });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(WizardError);
      expect((caught as WizardError).msg).toEqual(
        msg('lock.held', {
          pid: other.pid as number,
          since: '2026-11-29T10:00:00Z',
          file: path.join(simDir, PROFILE, 'operation.lock'),
        }),
      );
    } finally {
      other.kill();
    }
    await new Promise((r) => other.once('exit', r));
    // Its process is gone now: the lock is stale and the next apply goes ahead.
    expect(cli(simDir, ['apply', '--yes']).status).toBe(3010 & 0xff);
    expect(fs.existsSync(path.join(simDir, PROFILE, 'operation.lock'))).toBe(false);
  });
});
