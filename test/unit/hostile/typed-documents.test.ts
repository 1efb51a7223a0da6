// Issue 9 §2: every field of every untrusted document is typed, limits come before parsing, and
// anything that is not a regular file is refused without being read.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checksumOf, type BackupDocument } from '../../../src-main/core/backup/backup-document.js';
import { listBackups } from '../../../src-main/core/backup/backup-files.js';
import {
  jsonBoundsProblem,
  readUntrustedJson,
  readUntrustedText,
  UntrustedFileError,
} from '../../../src-main/core/files/read-untrusted.js';
import { simCli } from '../../support/sim-cli.js';
import { tempFolder } from '../../support/sim.js';
import { msg, type Msg } from '../../../src-shared/messages/messages.js';

/** The result message of a command run with --json. */
const resultMsg = (out: string) => (JSON.parse(out) as { result: { msg: Msg } }).result.msg;

const PROFILE = 'win7-sp1';

const cli = (simDir: string, argv: string[]) => simCli(simDir, argv, PROFILE);

const registry = (simDir: string) => fs.readFileSync(path.join(simDir, PROFILE, 'registry.json'), 'utf8');

function genuine() {
  const simDir = tempFolder('typed');
  const r = cli(simDir, ['apply', '--yes', '--only', 'winhttp,dotnet,schannel,wininet', '--json']);
  expect(r.code).toBe(3010);
  const file = (JSON.parse(r.out.slice(r.out.indexOf('{'))) as { result: { backup: { jsonFile: string } } })
    .result.backup.jsonFile;
  return { simDir, file, doc: JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown> };
}

/** Every path to a leaf (a value that is not an object or array) of a JSON document. */
function leaves(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) =>
      leaves(v, [...at, Array.isArray(value) ? Number(k) : k]),
    );
  }
  return [at];
}

function setAt(doc: unknown, at: (string | number)[], v: unknown): void {
  let o = doc as Record<string | number, unknown>;
  for (const k of at.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
  o[at[at.length - 1] as string | number] = v;
}

const OTHER_TYPES: unknown[] = [7601, '7601', null, true, [], {}, { toString: 'x' }, -1, 1.5];

describe('every field of a backup is typed (CLI rollback, exit 2, registry unchanged)', () => {
  const real = genuine();
  const fields = leaves(real.doc).filter((p) => p[0] !== 'checksum');

  it('has fields to mutate', () => expect(fields.length).toBeGreaterThan(100));

  it.each([
    'createdAt',
    'tool.version',
    'machine.os.build',
    'machine.os.displayName',
    'machine.simulatedProfile',
  ])('a wrong type in %s is refused naming the file and the field', (dotted) => {
    const doc = structuredClone(real.doc);
    const at = dotted.split('.');
    const current = at.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], doc);
    setAt(doc, at, typeof current === 'number' ? String(current) : 12345);
    const file = path.join(real.simDir, 'TLS12-backup_SIM-WIN7_20261129-100000.json');
    fs.writeFileSync(
      file,
      JSON.stringify({ ...doc, checksum: checksumOf(doc as unknown as BackupDocument) }),
    );
    const before = registry(real.simDir);
    const r = cli(real.simDir, ['rollback', '--yes', '--json', '--backup', file]);
    expect(r.code, r.out).toBe(2);
    expect(resultMsg(r.out)).toEqual(
      msg('result.refused', {
        reasons: [
          msg('backup.badField', {
            file,
            detail: expect.stringMatching(
              new RegExp(`^the field "${dotted.replace(/\./g, '\\.')}" `),
            ) as string,
          }),
        ],
      }),
    );
    expect(registry(real.simDir)).toBe(before);
  });

  it('every leaf of a genuine backup, given every other JSON type and resealed: exit 2 and nothing written, or restored', () => {
    let refusedCount = 0;
    for (const at of fields) {
      for (const other of OTHER_TYPES) {
        const doc = structuredClone(real.doc);
        const was = at.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], doc);
        if (typeof was === typeof other && was !== null && other !== null) continue;
        setAt(doc, at, other);
        const file = path.join(real.simDir, 'mutated.json');
        fs.writeFileSync(
          file,
          JSON.stringify({ ...doc, checksum: checksumOf(doc as unknown as BackupDocument) }),
        );
        const before = registry(real.simDir);
        const r = cli(real.simDir, ['rollback', '--yes', '--json', '--backup', file]);
        // A value's data may legitimately be null (a value that did not exist): then it may restore.
        if (r.code !== 2) {
          expect([0, 3010], `${at.join('.')} = ${JSON.stringify(other)}: ${r.out}`).toContain(r.code);
          cli(real.simDir, ['apply', '--yes', '--only', 'winhttp,dotnet,schannel,wininet']);
          continue;
        }
        refusedCount += 1;
        expect(resultMsg(r.out).code, at.join('.')).toBe('result.refused');
        expect(registry(real.simDir)).toBe(before);
      }
    }
    console.log(`typed fields: ${fields.length} leaves, ${refusedCount} wrong-type cases refused`);
    expect(refusedCount).toBeGreaterThan(fields.length * 5);
  }, 300_000);

  it('an extra field anywhere is refused', () => {
    for (const at of [
      [],
      ['tool'],
      ['machine'],
      ['machine', 'os'],
      ['choice'],
      ['state'],
      ['state', 'values', 0],
      ['state', 'keys', 0],
    ]) {
      const doc = structuredClone(real.doc);
      const target = at.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], doc);
      (target as Record<string, unknown>).smuggled = 'x';
      const file = path.join(real.simDir, 'extra.json');
      fs.writeFileSync(
        file,
        JSON.stringify({ ...doc, checksum: checksumOf(doc as unknown as BackupDocument) }),
      );
      const r = cli(real.simDir, ['rollback', '--yes', '--json', '--backup', file]);
      expect(r.code, at.join('.')).toBe(2);
      expect(resultMsg(r.out)).toEqual(
        msg('result.refused', {
          reasons: [
            msg('backup.badField', {
              file,
              detail: `the field "${[...at, 'smuggled'].join('.')}" Invalid key: Expected never but received "smuggled"`,
            }),
          ],
        }),
      );
    }
  });

  it('a backup list with such files still lists every genuine backup, each bad one with its problem', () => {
    const folder = tempFolder('typed-list');
    fs.copyFileSync(real.file, path.join(folder, path.basename(real.file)));
    for (const [i, v] of [12345, null, { a: 1 }, ['x']].entries()) {
      const doc = structuredClone(real.doc);
      doc.createdAt = v;
      fs.writeFileSync(
        path.join(folder, `TLS12-backup_SIM-WIN7_2026112${i}-000000.json`),
        JSON.stringify({ ...doc, checksum: checksumOf(doc as unknown as BackupDocument) }),
      );
    }
    fs.mkdirSync(path.join(folder, 'TLS12-backup_SIM-WIN7_folder.json'));
    const list = listBackups(folder, 'SIM-WIN7', true);
    expect(list).toHaveLength(6);
    expect(list.filter((b) => b.valid).map((b) => b.file)).toEqual([
      path.join(folder, path.basename(real.file)),
    ]);
    for (const b of list.filter((x) => !x.valid)) expect(b.problem).toContain(b.file);
  });
});

describe('reading an untrusted file', () => {
  const folder = tempFolder('untrusted');

  it('refuses a named pipe without opening it (a read would block forever)', () => {
    const fifo = path.join(folder, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    expect(() => readUntrustedText(fifo, 100)).toThrow(/is a named pipe, not a file/);
    const link = path.join(folder, 'link-to-pipe.json');
    fs.symlinkSync(fifo, link);
    expect(() => readUntrustedText(link, 100)).toThrow(/is a named pipe, not a file/);
  });

  it('refuses a device, a folder and a link to a folder', () => {
    expect(() => readUntrustedText('/dev/zero', 100)).toThrow(/is a device, not a file/);
    expect(() => readUntrustedText(folder, 100)).toThrow(/is a folder, not a file/);
    const link = path.join(folder, 'link-to-folder');
    fs.symlinkSync(folder, link);
    expect(() => readUntrustedText(link, 100)).toThrow(/is a folder, not a file/);
  });

  it('measures the size, refuses a file over the limit, and reads one at the limit', () => {
    const file = path.join(folder, 'sized.json');
    fs.writeFileSync(file, 'x'.repeat(101));
    expect(() => readUntrustedText(file, 100)).toThrow(/is 101 bytes/);
    fs.writeFileSync(file, 'x'.repeat(100));
    expect(readUntrustedText(file, 100)).toHaveLength(100);
  });

  it('bounds nesting, text length and entries before parsing', () => {
    const limits = { maxBytes: 1 << 20, maxDepth: 4, maxString: 10, maxItems: 3 };
    expect(jsonBoundsProblem('[[[[[1]]]]]', limits)).toMatch(/nesting deeper than 4/);
    expect(jsonBoundsProblem('[[[[1]]]]', limits)).toBeNull();
    expect(jsonBoundsProblem('["01234567890"]', limits)).toMatch(/longer than 10/);
    expect(jsonBoundsProblem('["0123456789"]', limits)).toBeNull();
    expect(jsonBoundsProblem('["a\\"]bc"]', limits)).toBeNull();
    expect(jsonBoundsProblem('[1,2,3,4]', limits)).toMatch(/more than 3 entries/);
    expect(jsonBoundsProblem('{"a":1,"b":2,"c":3}', limits)).toBeNull();
    const file = path.join(folder, 'deep.json');
    fs.writeFileSync(file, `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(() => readUntrustedJson(file, limits)).toThrow(UntrustedFileError);
    expect(() => readUntrustedJson(file, limits)).toThrow(/nesting deeper than 4 levels/);
  });

  it('a deeply nested backup is refused with exit 2, not a stack overflow', () => {
    const simDir = tempFolder('typed-deep');
    const file = path.join(simDir, 'deep.json');
    fs.writeFileSync(
      file,
      `{"format":"tls12-wizard-backup","x":${'['.repeat(200_000)}${']'.repeat(200_000)}}`,
    );
    const r = cli(simDir, ['rollback', '--yes', '--json', '--backup', file]);
    expect(r.code).toBe(2);
    expect(resultMsg(r.out)).toEqual(
      msg('result.refused', {
        reasons: [
          msg('backup.unreadable', {
            detail: `${file} holds nesting deeper than 8 levels; a file of this tool never does. Refused.`,
          }),
        ],
      }),
    );
  });
});
