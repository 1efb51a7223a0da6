// Issue 9 §10 on a real Windows (the GitHub Actions windows-latest runner, elevated): the state
// folder is made administrators- and SYSTEM-only with takeown and icacls, its SDDL read back shows
// nobody else, a folder that Users can change is seen as such, and the CLI refuses a lock in it.
// Run by vitest.windows.config.mts only (.github/workflows/windows.yml), never by `npm test`:
// Wine's icacls.exe is a stub that changes nothing.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { windowsFolderGuard } from '../../src-main/core/native/windows-folder-guard.js';

const system32 = (exe: string) => path.win32.join(process.env.SystemRoot ?? 'C:\\Windows', 'System32', exe);

function usersMayModify(folder: string): void {
  execFileSync(system32('icacls.exe'), [folder, '/grant', '*S-1-5-32-545:(OI)(CI)M', '/Q']);
}

describe('the state folder on a real Windows', () => {
  const guard = windowsFolderGuard(system32);

  it('secures a folder: then nobody but administrators and SYSTEM can change it; Users given modify are seen', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tls12-state-'));
    fs.writeFileSync(path.join(folder, 'inside.txt'), 'x');
    guard.secure(folder);
    expect(guard.otherWriters(folder)).toEqual([]);
    usersMayModify(folder);
    expect(guard.otherWriters(folder)).toContain('Users');
    guard.secure(folder);
    expect(guard.otherWriters(folder)).toEqual([]);
  });

  it('the CLI refuses a lock in a state folder that Users can change (exit 2, naming the folder)', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tls12-state-'));
    usersMayModify(folder);
    fs.writeFileSync(path.join(folder, 'operation.lock'), '{"pid": 1}');
    const r = spawnSync(process.execPath, ['out/cli.cjs', 'apply', '--yes'], {
      encoding: 'utf8',
      env: { ...process.env, TLS12_WIZARD_STATE_DIR: folder },
    });
    expect(r.status, r.stdout + r.stderr).toBe(2);
    expect(r.stdout).toContain(`the folder ${folder} can be changed by other accounts`);
    expect(r.stdout).toContain('Users');
  });
});
