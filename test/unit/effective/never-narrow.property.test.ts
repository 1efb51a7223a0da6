// The promise of the per-Windows catalogue, checked on every supported profile, every protocol
// choice and every group selection, on fresh machines and on machines someone configured before
// (random states at every location the model reads): after an apply, every stack of the plan's
// groups offers TLS 1.2 (or the plan was refused, or a finding says why not), no stack loses a
// TLS 1.2 or TLS 1.3 it had, and what the review predicted is what the registry then gives.
// It checks against the effective-protocols model, so it is the second line: the model itself is
// held to literal, documented expectations in documented-effective.test.ts and windows-matrix.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STACK_GROUP } from '../../../src-shared/stacks.js';
import { CATALOGUE, GROUPS, KEYS, type Group } from '../../../src-main/core/catalogue/catalogue.js';
import { PROTOCOL_CHOICES, type ProtocolChoice } from '../../../src-main/core/catalogue/protocols.js';
import { detect } from '../../../src-main/core/detect/detect.js';
import {
  effectiveProtocols,
  offersTls12,
  offersTls13,
} from '../../../src-main/core/effective/effective-protocols.js';
import { applyPlan } from '../../../src-main/core/operations/apply.js';
import { buildPlan } from '../../../src-main/core/plan/build-plan.js';
import { viewsFor } from '../../../src-main/core/plan/views.js';
import type { KeyLocation, RegValue } from '../../../src-main/core/registry/registry-port.js';
import { operationSetup, SUPPORTED_PROFILES } from '../../support/sim.js';

/** Every non-empty subset of the groups, and null (what this Windows needs). */
const SELECTIONS: (Group[] | null)[] = [null];
for (let bits = 1; bits < 1 << GROUPS.length; bits++)
  SELECTIONS.push(GROUPS.filter((_, i) => bits & (1 << i)));

/** Every location the model reads: the catalogue's values and the SChannel clients it never writes. */
function locations(is64Bit: boolean): { key: KeyLocation; name: string }[] {
  const out = CATALOGUE.flatMap((e) =>
    viewsFor(e, is64Bit).map((view) => ({ key: { hive: e.hive, view, path: e.key }, name: e.name })),
  );
  for (const version of ['TLS 1.0', 'TLS 1.1', 'TLS 1.3']) {
    for (const name of ['Enabled', 'DisabledByDefault']) {
      out.push({
        key: { hive: 'HKLM', view: 'shared', path: `${KEYS.schannelProtocols}\\${version}\\Client` },
        name,
      });
    }
  }
  return out;
}

const dword = (data: number): RegValue => ({ type: 'REG_DWORD', data });
/** What technicians find there: absent, on / off, masks with and without TLS 1.2 / 1.3, 0xFFFFFFFF, a wrong type. */
const VALUES: (RegValue | null)[] = [
  null,
  dword(0),
  dword(1),
  dword(0xffffffff),
  dword(0xa0),
  dword(0x80),
  dword(0xa80),
  dword(0x800),
  dword(0x2a00),
  dword(0x2800),
  dword(0xaa0),
  { type: 'REG_SZ', data: '1' },
];

interface Case {
  profile: string;
  choice: ProtocolChoice;
  groups: Group[] | null;
  state: (RegValue | null)[];
}

function check(c: Case): void {
  const s = operationSetup(c.profile);
  const reg = s.machine.registry;
  const detection = detect(s.machine);
  locations(detection.os.is64Bit).forEach((loc, i) => {
    const value = c.state[i] ?? null;
    if (value === null) return;
    reg.createKey(loc.key);
    reg.setValue(loc.key, loc.name, value);
  });
  const before = reg.snapshot();
  const read = (key: KeyLocation, name: string) => reg.readValue(key, name);
  const beforeStacks = effectiveProtocols(read, detection, { assumeKb3140245: true });
  const plan = buildPlan(reg, detection, c.choice, c.groups);
  const result = applyPlan(plan, { backupDir: s.backupDir, replaceWrongTypes: true }, s.ctx);
  const where = JSON.stringify({ ...c, state: c.state.map((v) => v?.data ?? null) });

  if (plan.blockers.length > 0) {
    expect(result.exitCode, where).toBe(2);
    expect(reg.snapshot(), where).toEqual(before);
    // Refused only for a reason: the SChannel client is needed and was not chosen.
    expect(plan.needsSchannelFor.length, where).toBeGreaterThan(0);
    return;
  }
  expect(['done', 'nothing-to-do'], where).toContain(result.outcome);
  const after = effectiveProtocols(read, detection, { assumeKb3140245: true });
  // What the review showed is what the registry gives.
  expect(after, where).toEqual(plan.effective.after);
  const codes = plan.findings.map((f) => f.code);
  after.forEach((stack, i) => {
    const was = beforeStacks[i];
    const label = `${stack.stack}@${stack.view} ${where}`;
    if (was && offersTls13(was)) expect(offersTls13(stack), `TLS 1.3 lost: ${label}`).toBe(true);
    if (was && offersTls12(was)) expect(offersTls12(stack), `TLS 1.2 lost: ${label}`).toBe(true);
    if (offersTls12(stack)) return;
    // Without TLS 1.2 only when a finding says why: .NET 4.0, or a group the plan does not take.
    if (stack.stack === 'dotnet4' && codes.includes('dotnet4-no-tls12')) return;
    expect(plan.groups, `no TLS 1.2 although chosen: ${label}`).not.toContain(STACK_GROUP[stack.stack]);
    expect(codes, `no TLS 1.2 and no finding: ${label}`).toContain('stack-without-tls12');
  });
}

describe('never narrow, always TLS 1.2 (effective-protocols model)', () => {
  const fresh = SUPPORTED_PROFILES.flatMap((p) =>
    PROTOCOL_CHOICES.flatMap((choice) => SELECTIONS.map((groups) => ({ profile: p.id, choice, groups }))),
  );
  it(
    `holds on every fresh profile x choice x group selection (${fresh.length} cases)`,
    { timeout: 120_000 },
    () => {
      for (const c of fresh) check({ ...c, state: [] });
    },
  );

  it(
    'holds on machines configured before (2,000 random states at every location the model reads)',
    { timeout: 300_000 },
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...SUPPORTED_PROFILES.map((p) => p.id)),
          fc.constantFrom(...PROTOCOL_CHOICES),
          fc.constantFrom(...SELECTIONS),
          fc.array(fc.constantFrom(...VALUES), { minLength: 24, maxLength: 24 }),
          (profile, choice, groups, state) => check({ profile, choice, groups, state }),
        ),
        { numRuns: 2000, seed: 20261129 },
      );
    },
  );

  it('on Windows 11 a WinHTTP write keeps TLS 1.3 in both views, also when only one view had it', () => {
    for (const state of [[], [null, dword(0x2a00)], [dword(0xa00), null]]) {
      const s = operationSetup('win11');
      const views: KeyLocation['view'][] = ['64', '32'];
      state.forEach((v, i) => {
        const key: KeyLocation = { hive: 'HKLM', view: views[i] ?? '64', path: KEYS.winhttp };
        if (v) s.machine.registry.setValue(key, 'DefaultSecureProtocols', v);
      });
      const plan = buildPlan(s.machine.registry, detect(s.machine), '1.2', ['winhttp']);
      expect(plan.items.map((i) => [i.view, i.desired.data])).toEqual([
        ['64', 0x2800],
        ['32', 0x2800],
      ]);
    }
  });
});
