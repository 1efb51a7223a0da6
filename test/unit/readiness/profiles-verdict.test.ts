/**
 * The verdict of the machines a helpdesk meets, pinned as literals taken from Microsoft's documentation
 * (Microsoft's documentation, short names in the comments), never computed by the model under test.
 */
import { describe, expect, it } from 'vitest';
import type { Readiness } from '../../../src-shared/readiness-types.js';
import { simCli } from '../../support/sim-cli.js';
import { tempFolder } from '../../support/sim.js';

interface AuditDoc {
  readiness: Readiness;
  exitCode: number;
}

function audit(simDir: string, profile: string): AuditDoc {
  const r = simCli(simDir, ['audit', '--json'], profile);
  return JSON.parse(r.out) as AuditDoc;
}

const codes = (r: Readiness) => r.reasons.map((x) => x.msg.code);

describe('the verdict of each profile, before any change (audit --json)', () => {
  // [profile, verdict, exit, a reason code that must be there]
  const CASES: [string, Readiness['verdict'], number, string][] = [
    // Office 2010 has no modern authentication: it cannot sign in (CONN).
    ['win7-office2010', 'blocked', 1, 'ready.officeCannotConnect'],
    // Windows 8.1: no ECDHE GCM, AFD dropped DHE on 2026-04-01; Microsoft 365 Apps frozen (AFD, CONN).
    ['win81-m365apps', 'at-risk', 1, 'ready.cipherAfdOnly'],
    // ECDH Enabled = 0 removes every ECDHE suite: RSA GCM still meets Microsoft 365, AFD not (ENC, AFD).
    ['win10-no-ecdh', 'at-risk', 1, 'ready.cipherAfdOnly'],
    // A suite order policy naming only RSA CBC SHA256 suites: none is in Microsoft 365's list (ENC).
    ['win11-suite-policy', 'blocked', 1, 'ready.cipherNone'],
    // A Preferences item sets DefaultSecureProtocols to 0xA0 at every refresh (GPPREF).
    ['win10-domain-gpp', 'blocked', 1, 'ready.policyReverts'],
    // Fresh Windows 7 without KB 3140245: WinHTTP cannot get TLS 1.2 (KB 3140245).
    ['win7-sp1', 'blocked', 1, 'ready.kbMissing'],
    // A fresh Windows 10 / 11 needs only its .NET values (CM).
    ['win10', 'changes-needed', 1, 'ready.needsChange'],
    ['win11', 'changes-needed', 1, 'ready.needsChange'],
    // Windows 8.1 with default suites: at best at risk, naming Front Door and the date.
    ['win81', 'at-risk', 1, 'ready.cipherAfdOnly'],
  ];
  it.each(CASES)('%s: %s, exit %i, with %s', (profile, verdict, exit, code) => {
    const doc = audit(tempFolder(), profile);
    expect(doc.readiness.verdict).toBe(verdict);
    expect(doc.exitCode).toBe(exit);
    expect(codes(doc.readiness)).toContain(code);
    // Reasons come worst first, and each names a next step and its evidence source.
    expect(doc.readiness.reasons[0]?.verdict).toBe(verdict);
    for (const reason of doc.readiness.reasons) {
      expect(reason.next.code).toMatch(/^next\./);
      expect(reason.source.length).toBeGreaterThan(10);
    }
  });

  it('Windows 8.1 names Azure Front Door and 1 April 2026', () => {
    const doc = audit(tempFolder(), 'win81');
    const afd = doc.readiness.reasons.find((r) => r.msg.code === 'ready.cipherAfdOnly');
    expect(afd?.msg.params).toEqual({ since: '2026-04-01' });
    expect(afd?.verdict).toBe('at-risk');
  });

  it('the domain PC names the GPO that sets the value back', () => {
    const doc = audit(tempFolder(), 'win10-domain-gpp');
    const gpo = doc.readiness.reasons.find((r) => r.msg.code === 'ready.policyReverts');
    expect(gpo?.msg.params).toMatchObject({ gpo: 'Legacy TLS settings (2019)', sets: '0x000000A0 (160)' });
    expect(gpo?.next).toMatchObject({
      code: 'next.policyOwner',
      params: { gpo: 'Legacy TLS settings (2019)' },
    });
  });
});

describe('after the default apply', () => {
  it('Windows 7 without KB 3140245: exit 6, blocked by the KB, nothing left to set', () => {
    const dir = tempFolder();
    expect(simCli(dir, ['apply', '--yes'], 'win7-sp1').code).toBe(3010);
    const doc = audit(dir, 'win7-sp1');
    expect(doc.exitCode).toBe(6);
    expect(doc.readiness.verdict).toBe('blocked');
    expect(doc.readiness.planHasChanges).toBe(false);
    expect(doc.readiness.reasons[0]?.msg).toEqual({
      code: 'ready.kbMissing',
      params: { msu: 'Windows6.1-KB3140245-x64.msu' },
    });
    expect(doc.readiness.reasons[0]?.next).toEqual({
      code: 'next.installKb',
      params: { msu: 'Windows6.1-KB3140245-x64.msu', search: 'KB3140245' },
    });
  });

  it.each(['win10', 'win11'])('%s: ready after a restart, exit 3010', (profile) => {
    const dir = tempFolder();
    expect(simCli(dir, ['apply', '--yes'], profile).code).toBe(3010);
    const doc = audit(dir, profile);
    expect(doc.readiness.verdict).toBe('ready-after-restart');
    expect(doc.exitCode).toBe(3010);
    expect(codes(doc.readiness)).toEqual(['ready.restartPending']);
  });

  it('Windows 11 keeps TLS 1.3 in every stack row', () => {
    const dir = tempFolder();
    simCli(dir, ['apply', '--yes'], 'win11');
    const rows = audit(dir, 'win11').readiness.stacks.filter((s) => s.stack !== 'office');
    expect(rows.length).toBeGreaterThan(4);
    for (const row of rows.filter((r) => r.stack !== 'dotnet4'))
      expect((row.after ?? 0) & 0x2000).toBe(0x2000);
  });
});
