// Issue 9 §7 on the real registry API (Wine): a value changed with reg.exe after the apply is shown
// by the CLI's rollback (text and --json) and overwritten only with --overwrite-drift.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPrefix,
  destroyPrefix,
  reg,
  regQueryValue,
  runCli,
  toWinPath,
  type Prefix,
} from './harness.js';
import { exportAll } from './watched-keys.js';

const WINHTTP =
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp';

interface RollbackJson {
  exitCode: number;
  rollbackPlan: {
    driftKnown: boolean;
    items: { value: { name: string; view: string }; drift: string; current: unknown; setByTool: unknown }[];
  };
}

describe('drift before a rollback (Windows 7 SP1, Wine)', () => {
  let prefix: Prefix;
  beforeAll(() => {
    prefix = createPrefix('win7');
  });
  afterAll(() => destroyPrefix(prefix));

  it('shows the value changed with reg.exe, refuses (exit 2) and overwrites it only when confirmed', () => {
    const original = exportAll(prefix);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tls12-wine-drift-'));
    const applied = runCli(prefix, ['apply', '--yes', '--backup-dir', toWinPath(dir), '--json']);
    expect(applied.code, applied.stdout + applied.stderr).toBe(3010);
    const backup = (JSON.parse(applied.stdout) as { result: { backup: { jsonFile: string } } }).result.backup
      .jsonFile;
    const set = reg(prefix, [
      'add',
      WINHTTP,
      '/v',
      'DefaultSecureProtocols',
      '/t',
      'REG_DWORD',
      '/d',
      '0x2a0',
      '/f',
      '/reg:64',
    ]);
    expect(set.code, set.stderr).toBe(0);
    const drifted = exportAll(prefix);

    const json = runCli(prefix, ['rollback', '--yes', '--backup', backup, '--json']);
    expect(json.code, json.stdout + json.stderr).toBe(2);
    const doc = JSON.parse(json.stdout) as RollbackJson;
    expect(doc.rollbackPlan.driftKnown).toBe(true);
    expect(doc.rollbackPlan.items.filter((i) => i.drift === 'drifted')).toEqual([
      expect.objectContaining({
        value: expect.objectContaining({ name: 'DefaultSecureProtocols', view: '64' }) as unknown,
        current: { type: 'REG_DWORD', data: 0x2a0 },
        setByTool: { type: 'REG_DWORD', data: 0x800 },
      }),
    ]);
    const text = runCli(prefix, ['rollback', '--yes', '--backup', backup]);
    expect(text.code).toBe(2);
    expect(text.stdout).toMatch(/DRIFT: changed since the apply; the tool had set 0x00000800 \(2048\)/);
    expect(text.stdout).toMatch(/--overwrite-drift\. Nothing was changed\./);
    expect(exportAll(prefix)).toEqual(drifted);

    const done = runCli(prefix, ['rollback', '--yes', '--backup', backup, '--overwrite-drift']);
    expect(done.code, done.stdout + done.stderr).toBe(3010);
    expect(exportAll(prefix)).toEqual(original);
    expect(regQueryValue(prefix, WINHTTP, 'DefaultSecureProtocols', '64')).toBeNull();
  });
});
