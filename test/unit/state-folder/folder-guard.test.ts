// Issue 9 §10: the state folder is made administrators- and SYSTEM-only when the tool takes its
// lock, and a journal or lock in a folder that others can change is never trusted (exit 2).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  folderGuardFor,
  sddlCommand,
  secureCommands,
  windowsFolderGuard,
  type Command,
} from '../../../src-main/core/native/windows-folder-guard.js';
import { FolderGuardError } from '../../../src-main/core/state/folder-guard.js';
import { JournalStore } from '../../../src-main/core/state/journal.js';
import { LockUnusableError } from '../../../src-main/core/state/operation-lock.js';
import { simCli } from '../../support/sim-cli.js';
import { machineFor, tempFolder } from '../../support/sim.js';

const FOLDER = 'C:\\ProgramData\\TLS12-Wizard';
const system32 = (exe: string) => `C:\\Windows\\System32\\${exe}`;
const SECURE_SDDL = 'O:BAG:SYD:PAI(A;OICI;FA;;;BA)(A;OICI;FA;;;SY)\r\n';

describe('the Windows commands', () => {
  it('take ownership for Administrators, drop every explicit entry, then Administrators and SYSTEM only, by SID', () => {
    expect(secureCommands(FOLDER, system32)).toEqual([
      { file: 'C:\\Windows\\System32\\takeown.exe', args: ['/F', FOLDER, '/A'] },
      { file: 'C:\\Windows\\System32\\icacls.exe', args: [FOLDER, '/reset', '/T', '/C', '/Q'] },
      {
        file: 'C:\\Windows\\System32\\icacls.exe',
        args: [FOLDER, '/inheritance:r', '/grant:r', '*S-1-5-32-544:(OI)(CI)F', '*S-1-5-18:(OI)(CI)F', '/Q'],
      },
    ]);
  });

  it('read the owner and DACL as SDDL, the path passed in the environment, not in the script', () => {
    const c = sddlCommand("C:\\Data'; Remove-Item C:\\ -Recurse; '", system32);
    expect(c.file).toBe('C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe');
    expect(c.args.slice(0, 3)).toEqual(['-NoProfile', '-NonInteractive', '-Command']);
    expect(c.args[3]).toContain('$env:TLS12_WIZARD_ACL_PATH');
    expect(c.args[3]).not.toContain('Remove-Item');
    expect(c.env).toEqual({ TLS12_WIZARD_ACL_PATH: "C:\\Data'; Remove-Item C:\\ -Recurse; '" });
  });

  it('secure runs the three commands, then checks the result', () => {
    const ran: Command[] = [];
    const folder = tempFolder('guard');
    const guard = windowsFolderGuard(
      system32,
      (c) => (ran.push(c), c.file.endsWith('powershell.exe') ? SECURE_SDDL : ''),
    );
    guard.secure(folder);
    expect(ran.map((c) => c.file.split('\\').pop())).toEqual([
      'takeown.exe',
      'icacls.exe',
      'icacls.exe',
      'powershell.exe',
    ]);
  });

  it('secure fails when a command fails, or when others can still write', () => {
    const folder = tempFolder('guard');
    const failing = windowsFolderGuard(system32, (c) => {
      if (c.file.endsWith('icacls.exe')) throw new Error('Command failed: icacls.exe\nAccess is denied.');
      return SECURE_SDDL;
    });
    expect(() => failing.secure(folder)).toThrow(
      new FolderGuardError('icacls.exe failed: Command failed: icacls.exe'),
    );
    const leaky = windowsFolderGuard(system32, () => 'O:BAG:SYD:PAI(A;OICI;FA;;;BA)(A;OICI;FA;;;WD)');
    expect(() => leaky.secure(folder)).toThrow('still writable by Everyone');
  });

  it('secure still succeeds when only the PowerShell read-back cannot run (blocked by policy)', () => {
    const folder = tempFolder('guard');
    const ran: string[] = [];
    const blocked = windowsFolderGuard(system32, (c) => {
      ran.push(c.file.split('\\').pop() ?? '');
      if (c.file.endsWith('powershell.exe')) throw new Error('This program is blocked by group policy.');
      return '';
    });
    expect(() => blocked.secure(folder)).not.toThrow();
    expect(ran).toEqual(['takeown.exe', 'icacls.exe', 'icacls.exe', 'powershell.exe']);
    // Checking a journal someone else may have planted still fails closed.
    expect(() => blocked.otherWriters(folder)).toThrow(FolderGuardError);
  });

  it('a real Windows gets the guard; Wine (HKLM\\SOFTWARE\\Wine: stub icacls and PowerShell, no takeown) none', () => {
    const ran: string[] = [];
    const runner = (c: Command) => (ran.push(c.file), SECURE_SDDL);
    const machine = machineFor('win10');
    folderGuardFor(machine, runner).otherWriters(FOLDER);
    expect(ran).toHaveLength(1);
    machine.registry.createKey({ hive: 'HKLM', view: '64', path: 'SOFTWARE\\Wine' });
    const wine = folderGuardFor(machine, runner);
    wine.secure(tempFolder('guard'));
    expect(wine.otherWriters(FOLDER)).toEqual([]);
    expect(ran).toHaveLength(1);
  });

  it('the lock is not taken when the folder cannot be secured', () => {
    const folder = tempFolder('guard');
    const guard = windowsFolderGuard(system32, () => {
      throw new Error('spawnSync takeown.exe ENOENT');
    });
    const lock = new JournalStore(folder, guard).lock();
    expect(() => lock.hold(() => 1)).toThrow(LockUnusableError);
    expect(() => lock.hold(() => 1)).toThrow(`The folder ${folder} could not be made administrators-only`);
    expect(fs.existsSync(lock.file)).toBe(false);
  });
});

describe('a journal or lock in a folder others can change (CLI, simulated)', () => {
  const registry = (dir: string) => fs.readFileSync(path.join(dir, 'win7-sp1', 'registry.json'), 'utf8');
  const writers = { TLS12_WIZARD_TEST_STATE_FOLDER_WRITERS: 'Users,owner: S-1-5-21-1-2-3-1001' };

  function plant(file: 'apply-journal.json' | 'operation.lock') {
    const dir = tempFolder('untrusted');
    expect(simCli(dir, ['detect']).code).toBe(0);
    const planted = path.join(dir, 'win7-sp1', file);
    fs.writeFileSync(planted, '{"anything": true}');
    return { dir, planted };
  }

  it.each(['apply-journal.json', 'operation.lock'] as const)(
    '%s: apply and rollback exit 2 naming the folder and who can write, nothing read or written',
    (file) => {
      const { dir, planted } = plant(file);
      const before = registry(dir);
      for (const argv of [
        ['apply', '--yes'],
        ['rollback', '--yes', '--backup', 'x.json'],
      ]) {
        const r = simCli(dir, argv, 'win7-sp1', writers);
        expect(r.code, r.out).toBe(2);
        expect(r.out).toContain(
          `${planted} cannot be trusted: the folder ${path.dirname(planted)} can be changed`,
        );
        expect(r.out).toContain('(Users, owner: S-1-5-21-1-2-3-1001)');
        expect(r.out).toMatch(/Nothing was changed\.$/);
      }
      expect(registry(dir)).toBe(before);
      expect(fs.readFileSync(planted, 'utf8')).toBe('{"anything": true}');
    },
  );

  it('detect still works and says so; --json carries it as data', () => {
    const { dir, planted } = plant('apply-journal.json');
    const text = simCli(dir, ['detect'], 'win7-sp1', writers);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/^WARNING: .*cannot be trusted/m);
    const json = JSON.parse(simCli(dir, ['detect', '--json'], 'win7-sp1', writers).out) as Record<
      string,
      unknown
    >;
    expect(json.untrustedStateFolder).toEqual({
      folder: path.dirname(planted),
      files: [planted],
      otherWriters: ['Users', 'owner: S-1-5-21-1-2-3-1001'],
      reason: null,
    });
  });

  it('rights that cannot be read: refused the same way (fail closed)', () => {
    const { dir } = plant('operation.lock');
    const r = simCli(dir, ['apply', '--yes'], 'win7-sp1', {
      TLS12_WIZARD_TEST_STATE_FOLDER_WRITERS: 'unreadable',
    });
    expect(r.code).toBe(2);
    expect(r.out).toMatch(
      /the access rights of the folder .* could not be read \(powershell\.exe failed: not found\)/,
    );
  });

  it('without a journal or lock there is nothing to trust: the apply runs (and secures the folder)', () => {
    const dir = tempFolder('untrusted');
    expect(simCli(dir, ['apply', '--yes'], 'win7-sp1', writers).code).toBe(3010);
  });
});

describe('looking for a journal or lock never throws', () => {
  it('a state folder that is a file: nothing there (ENOTDIR); a guard that cannot read: refused, not thrown', () => {
    const file = path.join(tempFolder('guard'), 'not-a-folder');
    fs.writeFileSync(file, 'x');
    const unreadable = {
      secure: () => undefined,
      otherWriters: () => {
        throw new FolderGuardError('powershell.exe failed: Access is denied.');
      },
    };
    expect(new JournalStore(file, unreadable).untrusted(path.join(file, 'operation.lock'))).toBeNull();
    const folder = tempFolder('guard');
    fs.writeFileSync(path.join(folder, 'operation.lock'), '{}');
    expect(new JournalStore(folder, unreadable).untrusted(path.join(folder, 'operation.lock'))).toMatchObject(
      {
        otherWriters: null,
        reason: 'powershell.exe failed: Access is denied.',
      },
    );
  });
});
