import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checksumOf, type BackupDocument } from '../../../src-main/core/backup/backup-document.js';
import { simCli } from '../../support/sim-cli.js';
import { tempFolder } from '../../support/sim.js';
import { msg, type Msg } from '../../../src-shared/messages/messages.js';
import { HOSTILE } from './corpus.js';

const CORPUS = path.resolve('test/fixtures/hostile-backups');
const PROFILE = 'win7-sp1';

const cli = (simDir: string, argv: string[]) => simCli(simDir, argv, PROFILE);

/** A genuine backup of the simulated SIM-WIN7, and its machine after the apply. */
function genuine(): { simDir: string; doc: BackupDocument; file: string } {
  const simDir = tempFolder('hostile');
  const r = cli(simDir, ['apply', '--yes', '--only', 'winhttp,dotnet,schannel,wininet', '--json']);
  expect(r.code).toBe(3010);
  const file = (JSON.parse(r.out.slice(r.out.indexOf('{'))) as { result: { backup: { jsonFile: string } } })
    .result.backup.jsonFile;
  return { simDir, doc: JSON.parse(fs.readFileSync(file, 'utf8')) as BackupDocument, file };
}

/** The result message of a rollback run with --json. */
const resultMsg = (out: string) => (JSON.parse(out) as { result: { msg: Msg } }).result.msg;

const registry = (simDir: string) => fs.readFileSync(path.join(simDir, PROFILE, 'registry.json'), 'utf8');

describe('the hostile backup corpus', () => {
  const real = genuine();

  if (process.env.UPDATE_HOSTILE_CORPUS === '1') {
    fs.rmSync(CORPUS, { recursive: true, force: true });
    fs.mkdirSync(CORPUS, { recursive: true });
    for (const c of HOSTILE) fs.writeFileSync(path.join(CORPUS, c.file), c.make(real.doc));
  }

  it('is checked in, one file per case, nothing else', () => {
    expect(fs.readdirSync(CORPUS).sort()).toEqual(HOSTILE.map((c) => c.file).sort());
    expect(HOSTILE.length).toBeGreaterThanOrEqual(25);
  });

  it.each(HOSTILE.map((c) => [c.file, c] as const))(
    '%s is refused (exit 2) with a specific message, registry unchanged',
    (_file, c) => {
      const before = registry(real.simDir);
      const file = path.join(CORPUS, c.file);
      const r = cli(real.simDir, ['rollback', '--yes', '--json', '--backup', file]);
      expect(r.code, r.out).toBe(2);
      const { code, params = {}, detail } = c.refusal;
      expect(resultMsg(r.out)).toEqual({
        code: 'result.refused',
        params: {
          reasons: [
            {
              code,
              params: {
                ...(code.startsWith('backup.') ? { file } : {}),
                ...params,
                ...(detail ? { detail: expect.stringMatching(detail) as string } : {}),
              },
            },
          ],
        },
      });
      expect(registry(real.simDir)).toBe(before);
    },
  );

  it('a 100 MB file is refused before it is read', () => {
    const huge = path.join(tempFolder('huge'), 'TLS12-backup_SIM-WIN7_20261129-000000.json');
    const fd = fs.openSync(huge, 'w');
    fs.ftruncateSync(fd, 100 * 1024 * 1024); // sparse: 100 MB without writing them
    fs.closeSync(fd);
    const before = registry(real.simDir);
    const r = cli(real.simDir, ['rollback', '--yes', '--json', '--backup', huge]);
    expect(r.code).toBe(2);
    expect(resultMsg(r.out)).toEqual(
      msg('result.refused', {
        reasons: [msg('backup.tooLarge', { file: huge, size: 100 * 1024 * 1024, max: 1024 * 1024 })],
      }),
    );
    expect(registry(real.simDir)).toBe(before);
  });

  it('REG_SZ where a DWORD belongs is written back exactly once the technician confirms', () => {
    const simDir = tempFolder('hostile-confirm');
    fs.cpSync(path.join(real.simDir, PROFILE), path.join(simDir, PROFILE), { recursive: true });
    const r = cli(simDir, [
      'rollback',
      '--yes',
      '--restore-wrong-types',
      '--backup',
      path.join(CORPUS, 'sz-where-dword-belongs.json'),
    ]);
    expect(r.code, r.out).toBe(3010);
    const dump = JSON.parse(registry(simDir)) as Record<string, Record<string, unknown>>;
    expect(
      dump['HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp']
        ?.DefaultSecureProtocols,
    ).toEqual({ type: 'REG_SZ', data: '1' });
  });

  it('a REG_LINK kept as raw bytes is written back exactly (type 6, same bytes) once the technician confirms', () => {
    const simDir = tempFolder('hostile-confirm-raw');
    fs.cpSync(path.join(real.simDir, PROFILE), path.join(simDir, PROFILE), { recursive: true });
    const file = path.join(CORPUS, 'raw-link.json');
    const r = cli(simDir, ['rollback', '--yes', '--restore-wrong-types', '--backup', file]);
    expect(r.code, r.out).toBe(3010);
    const dump = JSON.parse(registry(simDir)) as Record<string, Record<string, unknown>>;
    const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as BackupDocument;
    expect(
      dump['HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp']
        ?.DefaultSecureProtocols,
    ).toEqual({ type: 'REG_RAW', data: doc.state.values[0]?.data });
  });

  it('a path that differs only in letter case is the same registry key: accepted, written with the catalogue spelling', () => {
    const simDir = tempFolder('hostile-case');
    fs.cpSync(path.join(real.simDir, PROFILE), path.join(simDir, PROFILE), { recursive: true });
    const doc = JSON.parse(JSON.stringify(real.doc)) as BackupDocument;
    for (const v of doc.state.values) v.key = v.key.toLowerCase();
    const file = path.join(simDir, 'TLS12-backup_SIM-WIN7_20261129-000001.json');
    fs.writeFileSync(file, JSON.stringify({ ...doc, checksum: checksumOf(doc) }));
    const r = cli(simDir, ['rollback', '--yes', '--backup', file]);
    expect(r.code, r.out).toBe(3010);
    expect(registry(simDir)).not.toMatch(/software\\\\microsoft/);
  });
});
