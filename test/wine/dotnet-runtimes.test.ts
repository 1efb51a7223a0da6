// A .NET runtime's values are written only where that runtime is installed (catalogue `runtime`),
// read from the real registry through native-reg under Wine. The templates carry the setup keys of
// .NET 3.5 and 4.8 (scripts/wine-templates.mjs); here they are removed as a fresh Windows 11 without
// .NET 3.5, and as a machine with no .NET at all, has them.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_CODES } from '../support/audit-codes.js';
import { createPrefix, destroyPrefix, reg, runCli, toWinPath, type Prefix } from './harness.js';
import { exportAll } from './watched-keys.js';

const NDP = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\NET Framework Setup\\NDP';
const NETFX = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\.NETFramework';

interface PlanJson {
  items: { group: string; key: string; name: string; view: string }[];
}

function removeSetupKeys(prefix: Prefix, subkeys: string[]): void {
  for (const sub of subkeys) {
    for (const view of ['64', '32']) {
      const r = reg(prefix, ['delete', `${NDP}\\${sub}`, '/f', `/reg:${view}`]);
      expect(r.code, r.stdout + r.stderr).toBe(0);
    }
  }
}

/** The .NET keys (last path part) the CLI's default plan writes. */
function dotnetKeysPlanned(prefix: Prefix): string[] {
  const r = runCli(prefix, ['audit', '--json']);
  expect(AUDIT_CODES, r.stderr).toContain(r.code);
  const plan = (JSON.parse(r.stdout) as { plan: PlanJson }).plan;
  return [
    ...new Set(plan.items.filter((i) => i.group === 'dotnet').map((i) => i.key.split('\\').pop())),
  ] as string[];
}

describe('.NET values only for the runtimes installed (Wine, Windows 11)', () => {
  let prefix: Prefix;
  const backupDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tls12-wine-dotnet-'));
  beforeAll(() => {
    prefix = createPrefix('win11');
  });
  afterAll(() => {
    destroyPrefix(prefix);
    fs.rmSync(backupDir, { recursive: true, force: true });
  });

  it('with .NET 3.5 and 4.8 plans both; without .NET 3.5 only v4.0.30319, and apply leaves v2.0.50727 alone', () => {
    expect(dotnetKeysPlanned(prefix)).toEqual(['v4.0.30319', 'v2.0.50727']);
    removeSetupKeys(prefix, ['v2.0.50727', 'v3.5']);
    expect(dotnetKeysPlanned(prefix)).toEqual(['v4.0.30319']);
    const before = reg(prefix, ['query', `${NETFX}\\v2.0.50727`, '/reg:64']);
    const a = runCli(prefix, [
      'apply',
      '--yes',
      '--only',
      'dotnet',
      '--backup-dir',
      toWinPath(backupDir),
      '--json',
    ]);
    expect(a.code, a.stdout + a.stderr).toBe(3010);
    const after = reg(prefix, ['query', `${NETFX}\\v2.0.50727`, '/reg:64']);
    expect(after.code).toBe(before.code);
    expect(after.stdout).toBe(before.stdout);
  });

  it('with no .NET at all: nothing in the .NET group to write, so the default plan has nothing to change', () => {
    removeSetupKeys(prefix, ['v4\\Full']);
    const original = exportAll(prefix);
    expect(dotnetKeysPlanned(prefix)).toEqual([]);
    // Nothing to set (not exit 1); the apply of the test before has not been followed by a restart.
    expect(runCli(prefix, ['audit']).code).toBe(3010);
    const a = runCli(prefix, ['apply', '--yes', '--backup-dir', toWinPath(backupDir)]);
    expect(a.code, a.stdout + a.stderr).toBe(0);
    expect(exportAll(prefix)).toEqual(original);
  });
});
