// The catalogue decides per Windows; docs/windows-matrix.md shows it; `audit --json` on every
// family's profile plans exactly the values the matrix marks required, and shows what each stack
// offers before and after without losing TLS 1.3.
import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src-main/cli/run-cli.js';
import { CATALOGUE, needHere, onlyWithProtocolOf } from '../../src-main/core/catalogue/catalogue.js';
import { OS_FAMILIES, type OsFamily } from '../../src-main/core/catalogue/windows-families.js';
import { windowsMatrixMarkdown } from '../../src-main/core/catalogue/windows-matrix.js';
import { detect } from '../../src-main/core/detect/detect.js';
import type { EffectiveStack } from '../../src-main/core/effective/effective-protocols.js';
import type { Plan } from '../../src-main/core/plan/plan-types.js';
import { viewsFor } from '../../src-main/core/plan/views.js';
import { machineFor, SUPPORTED_PROFILES, tempFolder } from '../support/sim.js';

function auditJson(profile: string, extra: string[] = []): { code: number; plan: Plan } {
  const out: string[] = [];
  const code = runCli(['audit', '--simulate', profile, '--json', ...extra], {
    out: (t) => out.push(t),
    err: (t) => out.push(t),
    env: { TLS12_WIZARD_SIM_DIR: tempFolder('matrix') },
    platform: 'linux',
    version: 't',
  });
  return { code, plan: (JSON.parse(out.join('\n')) as { plan: Plan }).plan };
}

describe('docs/windows-matrix.md', () => {
  it('is what the catalogue says (run `npm run docs:matrix` after changing the catalogue)', () => {
    expect(fs.readFileSync('docs/windows-matrix.md', 'utf8')).toBe(windowsMatrixMarkdown());
  });

  it('marks every value for every family and names a source for each', () => {
    for (const e of CATALOGUE) {
      expect(Object.keys(e.need).sort()).toEqual([...OS_FAMILIES].sort());
      expect(e.source.length).toBeGreaterThan(10);
    }
  });
});

describe('audit --json on every family plans exactly what the matrix marks required', () => {
  const families = new Set<OsFamily>();
  it.each(SUPPORTED_PROFILES.map((p) => p.id))('%s', (id) => {
    const m = machineFor(id);
    const found = detect(m);
    const { family, is64Bit } = found.os;
    if (family === null) throw new Error(`${id} is not supported`);
    families.add(family);
    const { code, plan } = auditJson(id);
    const expected = CATALOGUE.filter(
      (e) => needHere(e, family, found.dotNet) === 'required' && onlyWithProtocolOf(e) === null,
    ).flatMap((e) => viewsFor(e, is64Bit).map((v) => `${e.id}@${v}`));
    expect(plan.items.map((i) => `${i.entryId}@${i.view}`)).toEqual(expected);
    expect(code).toBe(plan.items.some((i) => i.action !== 'none') ? 1 : 0);
    // The effective protocols before and after, stack by stack.
    const { before, after } = plan.effective;
    expect(after.length).toBeGreaterThan(0);
    expect(after.map((s: EffectiveStack) => `${s.stack}@${s.view}`)).toEqual(
      before.map((s: EffectiveStack) => `${s.stack}@${s.view}`),
    );
    after.forEach((s, i) => {
      if ((before[i]?.mask ?? 0) & 0x2000) expect(s.mask & 0x2000, `${s.stack}@${s.view}`).not.toBe(0);
    });
  });

  it('covers every family the tool knows', () => {
    expect([...families].sort()).toEqual([...OS_FAMILIES].sort());
  });
});

describe('the changes the issue named', () => {
  it('a default apply on fresh Windows 10 and 11 plans no WinHTTP and no SChannel value', () => {
    for (const id of ['win10', 'win11']) {
      const groups = new Set(auditJson(id).plan.items.map((i) => i.group));
      expect([...groups]).toEqual(['dotnet']);
    }
  });

  it('--only winhttp on Windows 11 writes TLS 1.2 + 1.3 in both views', () => {
    const { plan } = auditJson('win11', ['--only', 'winhttp']);
    expect(plan.items.map((i) => [i.view, i.desired])).toEqual([
      ['64', { type: 'REG_DWORD', data: 0x2800 }],
      ['32', { type: 'REG_DWORD', data: 0x2800 }],
    ]);
  });

  it('Windows 7 with TLS 1.1 chosen also sets the SChannel TLS 1.1 client values', () => {
    const ids = auditJson('win7-sp1', ['--protocols', '1.1,1.2']).plan.items.map((i) => i.entryId);
    expect(ids).toEqual(
      expect.arrayContaining(['schannel.tls11.client.Enabled', 'schannel.tls11.client.DisabledByDefault']),
    );
    expect(
      auditJson('win10', ['--protocols', '1.1,1.2', '--only', 'schannel']).plan.items.map((i) => i.entryId),
    ).toEqual(['schannel.tls12.client.Enabled', 'schannel.tls12.client.DisabledByDefault']);
  });

  it("sets a .NET runtime's values only where that runtime is installed, even with the group named", () => {
    const dotnetKeys = (id: string, args: string[] = []): string[] => [
      ...new Set(
        auditJson(id, args)
          .plan.items.filter((i) => i.group === 'dotnet')
          .map((i) => i.key.split('\\').pop() ?? ''),
      ),
    ];
    // Fresh Windows 11: .NET 4.8.1, no .NET 3.5; Windows 10 1507 with .NET 3.5; Windows 7: 3.5.1 only.
    expect(dotnetKeys('win11')).toEqual(['v4.0.30319']);
    expect(dotnetKeys('win10-1507')).toEqual(['v4.0.30319', 'v2.0.50727']);
    expect(dotnetKeys('win7-sp1')).toEqual(['v2.0.50727']);
    // Naming the group does not add them: nothing would read them.
    expect(dotnetKeys('win11', ['--only', 'dotnet'])).toEqual(['v4.0.30319']);
    expect(dotnetKeys('win7-sp1', ['--only', 'dotnet,schannel'])).toEqual(['v2.0.50727']);
  });
});
