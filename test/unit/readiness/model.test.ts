/**
 * The pure readiness model on hand-made evidence: each rule on its own, with the verdict it gives
 * stated as a literal. The profiles' verdicts (profiles-verdict.test.ts) put them together.
 */
import { describe, expect, it } from 'vitest';
import { detect } from '../../../src-main/core/detect/detect.js';
import { buildPlan } from '../../../src-main/core/plan/build-plan.js';
import type { ReadinessInput } from '../../../src-main/core/readiness/readiness-input.js';
import { assessReadiness } from '../../../src-main/core/readiness/readiness.js';
import { officeFacts } from '../../../src-main/core/readiness/facts/office-facts.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { assessMachine } from '../../../src-main/core/readiness/assess-machine.js';
import { LAST_CHANGE_FILE } from '../../../src-main/core/state/last-change.js';
import { machineFor, operationSetup } from '../../support/sim.js';

const NOW = new Date('2026-12-02T12:00:00Z');

/** A Windows 11 whose values are all in place (nothing to change), with clean evidence. */
function base(profile = 'win11'): ReadinessInput {
  const m = machineFor(profile);
  const plan = buildPlan(m.registry, detect(m), '1.2', null);
  // Treat the plan as done: only the evidence decides in these tests.
  plan.items = plan.items.map((i) => ({ ...i, action: 'none' as const }));
  plan.effective.before = plan.effective.after;
  return {
    now: NOW,
    plan,
    cipher: {
      source: 'default',
      where: 'default',
      m365: ['TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384'],
      afd: ['TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384'],
      unknownM365: [],
      unknownAfd: [],
      shapedBy: [],
      afdDheRetired: '2026-04-01',
      familyHasAfd: true,
    },
    office: { installs: [], modernAuth: null },
    policy: { conflicts: [], unreadable: [] },
    restart: {
      lastChange: null,
      bootTime: '2026-12-01T08:00:00.000Z',
      servicingPending: [],
      updateInstalledThisSession: false,
      fastStartup: null,
    },
    dotnet35Hotfix: null,
    interrupted: null,
    unreadable: [],
    errors: [],
  };
}

const change = (finishedAt: string) => ({
  operation: 'apply' as const,
  finishedAt,
  restartNeeded: true,
  groups: ['dotnet'],
});

describe('the readiness model', () => {
  it('ready only when no reason holds', () => {
    const r = assessReadiness(base());
    expect(r.verdict).toBe('ready');
    expect(r.reasons).toEqual([]);
    expect(r.planHasChanges).toBe(false);
    expect(r.stacks.every((s) => s.verdict === 'ready')).toBe(true);
  });

  it('a change after the last boot waits for a restart; a boot after it does not', () => {
    const pending = base();
    pending.restart.lastChange = change('2026-12-02T09:00:00.000Z');
    expect(assessReadiness(pending).verdict).toBe('ready-after-restart');
    const restarted = base();
    restarted.restart.lastChange = change('2026-11-30T09:00:00.000Z');
    expect(assessReadiness(restarted).verdict).toBe('ready');
    const unknownBoot = base();
    unknownBoot.restart.bootTime = null;
    unknownBoot.restart.lastChange = change('2026-11-30T09:00:00.000Z');
    expect(assessReadiness(unknownBoot).reasons.map((x) => x.msg.code)).toEqual(['ready.restartUnknownBoot']);
  });

  it('Fast Startup makes the next step name Restart, not Shut down', () => {
    const i = base();
    i.restart.lastChange = change('2026-12-02T09:00:00.000Z');
    i.restart.fastStartup = true;
    expect(assessReadiness(i).reasons[0]?.next).toEqual({
      code: 'next.restart',
      params: { fastStartup: true },
    });
  });

  it('evidence that could not be read is unknown, never ready', () => {
    for (const piece of ['cipher', 'office', 'policy'] as const) {
      const i = base();
      i[piece] = null;
      expect(assessReadiness(i).verdict, piece).toBe('unknown');
    }
    const gpo = base();
    gpo.policy = { conflicts: [], unreadable: [{ id: '{X}', name: 'Baseline', where: 'cache' }] };
    expect(assessReadiness(gpo).reasons[0]?.msg).toEqual({
      code: 'ready.policyUnreadable',
      params: { gpo: 'Baseline' },
    });
  });

  it('.NET 3.5 without a visible update: its row unknown, the PC no better than at risk', () => {
    const i = base('win10-1507');
    i.dotnet35Hotfix = { kb: 'KB3156387', packages: [] };
    const r = assessReadiness(i);
    expect(r.verdict).toBe('at-risk');
    expect(r.stacks.filter((s) => s.stack === 'dotnet35').every((s) => s.verdict === 'unknown')).toBe(true);
    i.dotnet35Hotfix = {
      kb: 'KB3156387',
      packages: ['Package_for_KB3156387~31bf3856ad364e35~amd64~~10.0.1.0'],
    };
    expect(assessReadiness(i).reasons.map((x) => x.msg.code)).not.toContain('ready.dotnet35Hotfix');
  });

  it('the worst wins, and reasons come worst first', () => {
    const i = base();
    i.restart.lastChange = change('2026-12-02T09:00:00.000Z');
    i.cipher = { ...(i.cipher as NonNullable<ReadinessInput['cipher']>), afd: [] };
    i.office = null;
    const r = assessReadiness(i);
    expect(r.verdict).toBe('unknown');
    expect(r.reasons.map((x) => x.verdict)).toEqual(['unknown', 'at-risk', 'ready-after-restart']);
  });

  it('the Office support table is read against the clock (LTSC 2021 ended 13 October 2026)', () => {
    const ltsc = {
      installs: [
        {
          kind: 'click-to-run' as const,
          product: 'office-2021' as const,
          version: '16.0.14332',
          platform: 'x64' as const,
          view: '64' as const,
          where: ['C2R'],
        },
      ],
      modernAuth: null,
    };
    expect(officeFacts(ltsc, 'win11', new Date('2026-10-12T12:00:00Z')).installs[0]?.connection).toBe(
      'supported',
    );
    expect(officeFacts(ltsc, 'win11', new Date('2026-10-13T12:00:00Z')).installs[0]?.connection).toBe(
      'out-of-support',
    );
    // Microsoft 365 Apps is frozen on Windows 7: out of support there, supported on 11.
    const [first] = ltsc.installs;
    if (!first) throw new Error('no install');
    const apps = { installs: [{ ...first, product: 'microsoft-365-apps' as const }], modernAuth: null };
    expect(officeFacts(apps, 'win7', NOW).installs[0]?.connection).toBe('out-of-support');
    expect(officeFacts(apps, 'win11', NOW).installs[0]?.connection).toBe('supported');
  });

  it('an Office out of support by date follows the clock (LTSC 2021: 13 October 2026)', () => {
    const i = base();
    i.office = {
      installs: [
        {
          product: 'Office 2021 / LTSC 2021',
          version: '16.0.14332',
          where: 'C2R',
          connection: 'out-of-support',
          supportEnds: '2026-10-13',
          needsModernAuthValues: false,
          source: 'CONN',
        },
      ],
      modernAuth: null,
    };
    expect(assessReadiness(i).reasons[0]?.msg).toEqual({
      code: 'ready.officeOutOfSupport',
      params: { product: 'Office 2021 / LTSC 2021', ended: '2026-10-13' },
    });
  });
});

describe('the record of the last change', () => {
  it('a record that is there but cannot be used makes the verdict unknown, never ready', () => {
    const s = operationSetup('win11');
    const journal = s.journal;
    fs.mkdirSync(journal.folder, { recursive: true });
    const plan = buildPlan(s.machine.registry, detect(s.machine), '1.2', null);
    const file = path.join(journal.folder, LAST_CHANGE_FILE);
    for (const text of [
      '{',
      '{"lastChangeVersion": 1}',
      JSON.stringify({
        lastChangeVersion: 1,
        operation: 'apply',
        finishedAt: '2026-12-02T09:00:00.000Z',
        computerName: 'ANOTHER-PC',
        restartNeeded: true,
        groups: ['dotnet'],
      }),
    ]) {
      fs.writeFileSync(file, text);
      const r = assessMachine(s.machine, journal, plan, { now: NOW });
      expect(r.reasons.find((x) => x.msg.code === 'ready.unreadable')?.msg.params, text).toEqual({
        where: [file],
      });
      expect(r.verdict, text).toBe('unknown');
    }
    fs.rmSync(file);
    expect(
      assessMachine(s.machine, journal, plan, { now: NOW }).reasons.map((x) => x.msg.code),
    ).not.toContain('ready.unreadable');
  });
});
