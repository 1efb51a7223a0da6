// Every readiness evidence source that lives in the registry or in a file, on a real registry
// (Wine): the cipher suite order policy, a planted Registry.pol (written by the tests' PReg
// writer), the Group Policy history with a cached Preferences Registry.xml, the Office keys, and
// a loaded user hive (HKU) for Office 2013's modern authentication values.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dwordValue, writePreg } from '../support/preg-writer.js';
import { createPrefix, destroyPrefix, reg, runCli, type Prefix } from './harness.js';

interface Audit {
  code: number;
  verdict: string;
  reasons: { msg: { code: string; params: Record<string, unknown> } }[];
  office: { product: string }[];
}

const POLICY = 'HKLM\\SOFTWARE\\Policies\\Microsoft\\Cryptography\\Configuration\\SSL\\00010002';
const HISTORY =
  'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Group Policy\\History\\{B087BE9D-ED37-454F-AF9C-04291E351182}\\0';
const GPO = '{7D2E0C4A-1B3F-4E5D-8A9C-0F1E2D3C4B5A}';
const UNINSTALL = 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall';
const USER = 'HKU\\S-1-5-21-0-0-0-1000';

let prefix: Prefix;
beforeAll(() => {
  prefix = createPrefix('win10');
  // The .NET values are set first, so that only the evidence decides what follows.
  expect(runCli(prefix, ['apply', '--yes', '--json']).code).toBe(3010);
});
afterAll(() => destroyPrefix(prefix));

const drive = (...parts: string[]) => path.join(prefix.dir, 'drive_c', ...parts);

function audit(): Audit {
  const r = runCli(prefix, ['audit', '--json']);
  const doc = JSON.parse(r.stdout) as {
    readiness: {
      verdict: string;
      reasons: Audit['reasons'];
      stacks: { stack: string; office?: { product: string }[] }[];
    };
  };
  return {
    code: r.code,
    verdict: doc.readiness.verdict,
    reasons: doc.readiness.reasons,
    office: doc.readiness.stacks.find((s) => s.stack === 'office')?.office ?? [],
  };
}

function regOk(args: string[]): void {
  const r = reg(prefix, args);
  expect(r.code, r.stdout + r.stderr).toBe(0);
}

const codes = (a: Audit) => a.reasons.map((r) => r.msg.code);

/** An MSI product's uninstall entry in the 32-bit view, as a 32-bit Office writes it. */
function addUninstallEntry(key: string, displayName: string, displayVersion: string): void {
  regOk(['add', key, '/v', 'DisplayName', '/d', displayName, '/f', '/reg:32']);
  regOk(['add', key, '/v', 'DisplayVersion', '/d', displayVersion, '/f', '/reg:32']);
}

describe('readiness evidence on a real registry (Windows 10 Wine prefix)', () => {
  it('with the values set and nothing else: ready after the restart (3010)', () => {
    const a = audit();
    expect(a.verdict).toBe('ready-after-restart');
    expect(a.code).toBe(3010);
    expect(a.office).toEqual([]);
  });

  it('a cipher suite order policy (REG_SZ) without a Microsoft 365 suite: blocked, 6', () => {
    regOk(['add', POLICY, '/v', 'Functions', '/t', 'REG_SZ', '/d', 'TLS_RSA_WITH_AES_128_CBC_SHA256', '/f']);
    const a = audit();
    expect(a.code).toBe(6);
    expect(codes(a)).toContain('ready.cipherNone');
    regOk(['delete', POLICY, '/f']);
    expect(audit().code).toBe(3010);
  });

  it('a planted Registry.pol that switches SchUseStrongCrypto off: blocked, naming the local policy', () => {
    const folder = drive('windows', 'system32', 'GroupPolicy', 'Machine');
    fs.mkdirSync(folder, { recursive: true });
    const pol = path.join(folder, 'Registry.pol');
    fs.writeFileSync(
      pol,
      writePreg([
        {
          key: 'SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319',
          name: 'SchUseStrongCrypto',
          value: dwordValue(0),
        },
      ]),
    );
    const a = audit();
    expect(a.code).toBe(6);
    const reason = a.reasons.find((r) => r.msg.code === 'ready.policyReverts');
    expect(reason?.msg.params).toMatchObject({ gpo: null, sets: '0x00000000 (0)' });
    fs.rmSync(pol);
  });

  it('a Preferences GPO in the history: its cached Registry.xml decides; without it, unknown', () => {
    regOk(['add', HISTORY, '/v', 'GPOName', '/d', GPO, '/f']);
    regOk(['add', HISTORY, '/v', 'DisplayName', '/d', 'Old TLS baseline', '/f']);
    const cache = drive(
      'ProgramData',
      'Microsoft',
      'Group Policy',
      'History',
      GPO,
      'Machine',
      'Preferences',
      'Registry',
    );
    fs.mkdirSync(cache, { recursive: true });
    fs.writeFileSync(
      path.join(cache, 'Registry.xml'),
      '<?xml version="1.0" encoding="utf-8"?><RegistrySettings clsid="{A3CCFC41-DFDB-43a5-8D26-0FE8B954DA51}">' +
        '<Registry clsid="{9CD4B2F4-923D-47f5-A062-E897DD1DAD50}" name="DefaultSecureProtocols" uid="{0E3C0B5A-7D2B-4C1E-9B61-3D2F1A0C4B11}">' +
        '<Properties action="U" hive="HKEY_LOCAL_MACHINE" key="SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp" name="DefaultSecureProtocols" type="REG_DWORD" value="000000a0"/>' +
        '</Registry></RegistrySettings>',
    );
    const blocked = audit();
    expect(blocked.code).toBe(6);
    expect(blocked.reasons.find((r) => r.msg.code === 'ready.policyReverts')?.msg.params).toMatchObject({
      gpo: 'Old TLS baseline',
    });
    fs.rmSync(path.join(cache, 'Registry.xml'));
    const unknown = audit();
    expect(unknown.code).toBe(5);
    expect(codes(unknown)).toContain('ready.policyUnreadable');
    regOk(['delete', HISTORY, '/f']);
  });

  it('Office 2010 (MSI, 32-bit view): cannot sign in, blocked', () => {
    const key = `${UNINSTALL}\\{90140000-0011-0000-0000-0000000FF1CE}`;
    addUninstallEntry(key, 'Microsoft Office Professional Plus 2010', '14.0.7015.1000');
    const a = audit();
    expect(a.code).toBe(6);
    expect(codes(a)).toContain('ready.officeCannotConnect');
    expect(a.office.map((o) => o.product)).toEqual(['Office 2010 (or older)']);
    regOk(['delete', key, '/f', '/reg:32']);
  });

  it("Office 2013: the signed-in user's hive (HKU) is read; the values set there make it pass", () => {
    const key = `${UNINSTALL}\\{91150000-0011-0000-0000-0000000FF1CE}`;
    addUninstallEntry(key, 'Microsoft Office Professional Plus 2013', '15.0.4569.1506');
    const missing = audit();
    expect(missing.code).toBe(6);
    const reason = missing.reasons.find((r) => r.msg.code === 'ready.officeModernAuthMissing');
    expect((reason?.msg.params.users as string[]).length).toBe(1);
    for (const [k, v] of [
      [`${USER}\\Software\\Microsoft\\Office\\15.0\\Common\\Identity`, 'EnableADAL'],
      [`${USER}\\Software\\Microsoft\\Office\\15.0\\Common\\Identity`, 'Version'],
      [`${USER}\\Software\\Microsoft\\Exchange`, 'AlwaysUseMSOAuthForAutoDiscover'],
    ] as const) {
      regOk(['add', k, '/v', v, '/t', 'REG_DWORD', '/d', '1', '/f']);
    }
    const set = audit();
    expect(codes(set)).not.toContain('ready.officeModernAuthMissing');
    // Office 2013 is out of support: at risk, not ready.
    expect(set.code).toBe(4);
  });
});
