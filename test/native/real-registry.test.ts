// The CLI on a real Windows registry (the GitHub Actions windows-latest runner, elevated): the
// same round trip the Wine tests make, read back with the real reg.exe. Run by
// vitest.windows.config.mts in .github/workflows/windows.yml only: it changes HKLM of the machine
// it runs on, so it is not part of `npm test` (which runs the same checks under Wine).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

const HKLM = 'HKEY_LOCAL_MACHINE';
/** Parents of every key the tool touches, in both views: their export must not change. */
const WATCHED: [string, '32' | '64'][] = [
  [`${HKLM}\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings`, '64'],
  [`${HKLM}\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings`, '32'],
  [`${HKLM}\\SOFTWARE\\Microsoft\\.NETFramework`, '64'],
  [`${HKLM}\\SOFTWARE\\Microsoft\\.NETFramework`, '32'],
  [`${HKLM}\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL`, '64'],
  [`${HKLM}\\SOFTWARE\\Policies\\Microsoft\\Windows\\CurrentVersion`, '64'],
];

function cli(args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['out/cli.cjs', ...args], { encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function exportAll(): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tls12-native-export-'));
  return WATCHED.map(([key, view], i) => {
    const file = path.join(dir, `${i}.reg`);
    const r = spawnSync('reg.exe', ['export', key, file, '/y', `/reg:${view}`], { encoding: 'utf8' });
    return r.status === 0 ? fs.readFileSync(file).toString('utf16le') : `(no ${key})`;
  });
}

function regQuery(key: string, name: string, view: string): string | null {
  const r = spawnSync('reg.exe', ['query', key, '/v', name, `/reg:${view}`], { encoding: 'utf8' });
  if (r.status !== 0) return null;
  const line = r.stdout.split(/\r?\n/).find((l) => l.trim().startsWith(name));
  return line?.trim().split(/\s+/).pop() ?? null;
}

interface PlanJson {
  plan: { items: { key: string; name: string; view: string; desired: { data: number } }[] };
  result: { backup: { jsonFile: string } | null };
}

describe('the CLI on the real registry of this Windows', () => {
  it('detects a supported Windows, elevated, through native-reg', () => {
    const r = cli(['detect', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const d = (
      JSON.parse(r.stdout) as {
        detection: { os: { family: string | null }; elevated: boolean; registryAdapter: string };
      }
    ).detection;
    expect(d.os.family).not.toBeNull();
    expect(d.elevated).toBe(true);
    expect(d.registryAdapter).toBe('native-reg');
  });

  it('applies every group, reg.exe reads every value back, and rollback restores the exports exactly', () => {
    const before = exportAll();
    const backups = fs.mkdtempSync(path.join(os.tmpdir(), 'tls12-native-backups-'));
    const a = cli([
      'apply',
      '--yes',
      '--only',
      'winhttp,dotnet,schannel,wininet',
      '--backup-dir',
      backups,
      '--json',
    ]);
    expect([0, 3010], a.stdout + a.stderr).toContain(a.code);
    const applied = JSON.parse(a.stdout) as PlanJson;
    for (const item of applied.plan.items) {
      const view = item.view === '32' ? '32' : '64';
      expect(regQuery(`${HKLM}\\${item.key}`, item.name, view), `${item.key} ${item.name}`).toBe(
        `0x${item.desired.data.toString(16)}`,
      );
    }
    expect(cli(['audit', '--only', 'winhttp,dotnet,schannel,wininet']).code).toBe(0);
    const backup = applied.result.backup?.jsonFile;
    if (backup) {
      const b = cli(['rollback', '--yes', '--backup', backup]);
      expect([0, 3010], b.stdout + b.stderr).toContain(b.code);
    }
    expect(exportAll()).toEqual(before);
  });
});
