import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LockedError, LockUnusableError, OperationLock } from '../../src-main/core/state/operation-lock.js';
import { msg } from '../../src-shared/messages/messages.js';
import { tempFolder } from '../support/sim.js';

const lockIn = (folder: string) => new OperationLock(folder);

/** What `fn` throws (it must throw). */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('nothing was thrown');
}
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
    const error = thrown(() => lockIn(folder).hold(() => 1));
    expect(error).toBeInstanceOf(LockedError);
    expect((error as LockedError).msg).toEqual(
      msg('lock.held', { pid: process.ppid, since: 'then', file: path.join(folder, 'operation.lock') }),
    );
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

  const NOT_JSON = 'it is not valid JSON (truncated, empty or another kind of file)';
  it.each([
    ['empty', '', NOT_JSON],
    ['nonsense', 'not json', NOT_JSON],
    ['null', 'null', 'it names no owner: Invalid type: Expected Object but received null'],
    [
      'no pid',
      '{"token":"x"}',
      'it names no owner: the field "pid" Invalid key: Expected "pid" but received undefined',
    ],
    [
      'a pid that is not a process id',
      '{"pid":-5}',
      'it names no owner: the field "pid" Invalid value: Expected >=1 but received -5',
    ],
  ])('refuses a lock that is %s, naming the file and what to do, and leaves it', (_, content, detail) => {
    const folder = tempFolder('lock');
    write(folder, content);
    const error = thrown(() => lockIn(folder).hold(() => 1));
    expect(error).toBeInstanceOf(LockUnusableError);
    expect((error as LockUnusableError).msg).toEqual(
      msg('lock.unusable', { file: path.join(folder, 'operation.lock'), detail }),
    );
    expect(fs.readFileSync(path.join(folder, 'operation.lock'), 'utf8')).toBe(content);
  });

  it('refuses a folder where the lock file should be', () => {
    const folder = tempFolder('lock');
    fs.mkdirSync(path.join(folder, 'operation.lock'));
    const error = thrown(() => lockIn(folder).hold(() => 1));
    expect(error).toBeInstanceOf(LockUnusableError);
    expect((error as LockUnusableError).msg).toEqual(
      msg('lock.unusable', { file: path.join(folder, 'operation.lock'), detail: 'is not a file' }),
    );
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
