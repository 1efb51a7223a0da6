import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LockedError, LockUnusableError, OperationLock } from '../../src-main/core/state/operation-lock.js';
import { tempFolder } from '../support/sim.js';

const lockIn = (folder: string) => new OperationLock(folder);
const write = (folder: string, content: string) =>
  fs.writeFileSync(path.join(folder, 'operation.lock'), content);

/** A process id that is surely not running: a child that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((r) => child.once('exit', r));
  return child.pid as number;
}

describe('the operation lock', () => {
  it('holds our pid and a token while fn runs, and is gone afterwards', () => {
    const folder = tempFolder('lock');
    const seen = lockIn(folder).hold(() =>
      JSON.parse(fs.readFileSync(path.join(folder, 'operation.lock'), 'utf8')),
    );
    expect(seen).toMatchObject({ pid: process.pid, token: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it('refuses while a live process holds it, naming it', () => {
    const folder = tempFolder('lock');
    write(folder, JSON.stringify({ pid: process.ppid, token: 'x', startedAt: 'then' }));
    expect(() => lockIn(folder).hold(() => 1)).toThrow(LockedError);
    expect(() => lockIn(folder).hold(() => 1)).toThrow(new RegExp(`process ${process.ppid}, since then`));
    expect(fs.existsSync(path.join(folder, 'operation.lock'))).toBe(true);
  });

  it('takes over a lock whose process is gone, also one written by an older version (no token)', async () => {
    for (const content of [
      JSON.stringify({ pid: await deadPid(), token: 'old', startedAt: 'then' }),
      JSON.stringify({ pid: await deadPid(), startedAt: 'then' }),
    ]) {
      const folder = tempFolder('lock');
      write(folder, content);
      expect(lockIn(folder).hold(() => 'ran')).toBe('ran');
      expect(fs.readdirSync(folder)).toEqual([]);
    }
  });

  it.each([
    ['empty', ''],
    ['nonsense', 'not json'],
    ['null', 'null'],
    ['no pid', '{"token":"x"}'],
    ['a pid that is not a process id', '{"pid":-5}'],
  ])('refuses a lock that is %s, naming the file and what to do, and leaves it', (_, content) => {
    const folder = tempFolder('lock');
    write(folder, content);
    expect(() => lockIn(folder).hold(() => 1)).toThrow(LockUnusableError);
    expect(() => lockIn(folder).hold(() => 1)).toThrow(
      /operation\.lock cannot be used .*Remove it if no other copy/,
    );
    expect(fs.readFileSync(path.join(folder, 'operation.lock'), 'utf8')).toBe(content);
  });

  it('refuses a folder where the lock file should be', () => {
    const folder = tempFolder('lock');
    fs.mkdirSync(path.join(folder, 'operation.lock'));
    expect(() => lockIn(folder).hold(() => 1)).toThrow(/is not a file/);
  });

  it('releases only its own lock', () => {
    const folder = tempFolder('lock');
    const file = path.join(folder, 'operation.lock');
    const other = JSON.stringify({ pid: process.ppid, token: 'someone-else', startedAt: 'now' });
    lockIn(folder).hold(() => fs.writeFileSync(file, other));
    expect(fs.readFileSync(file, 'utf8')).toBe(other);
  });

  it('clears a takeover guard left by a copy that died while taking over, once it is old', async () => {
    const folder = tempFolder('lock');
    write(folder, JSON.stringify({ pid: await deadPid(), token: 'old', startedAt: 'then' }));
    const guard = path.join(folder, 'operation.lock.takeover');
    fs.writeFileSync(guard, '1');
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(guard, old, old);
    expect(lockIn(folder).hold(() => 'ran')).toBe('ran');
    expect(fs.readdirSync(folder)).toEqual([]);
  });
});
