// The Group Policy Preferences export against the tool's own apply: for every simulated profile
// (supported and refused) x protocol choice x group selection, the exported Registry.xml applied
// with its targeting leaves the registry exactly as `apply` leaves it (every key and value of the
// whole registry compared). The profiles are fresh installs; where a GPO cannot do what the tool
// does on a machine someone configured before, the last block pins the difference (docs/deploy.md).
// A GPO cannot see which .NET runtimes are installed, so it sets the values of both; apply only
// where one is installed: the profiles are compared with both runtimes installed.
import { describe, expect, it } from 'vitest';
import { GROUPS, type Group } from '../../../src-main/core/catalogue/catalogue.js';
import { PROTOCOL_CHOICES } from '../../../src-main/core/catalogue/protocols.js';
import { OS_FAMILIES } from '../../../src-main/core/catalogue/windows-families.js';
import { detect } from '../../../src-main/core/detect/detect.js';
import { runtimeInstalled } from '../../../src-main/core/detect/dotnet-runtimes.js';
import { planGpoExport } from '../../../src-main/core/export/gpo-plan.js';
import { TARGET_CLASSES } from '../../../src-main/core/export/gpo-targeting.js';
import { gpoRegistryXml } from '../../../src-main/core/export/gpo-xml.js';
import { applyPlan } from '../../../src-main/core/operations/apply.js';
import { buildPlan } from '../../../src-main/core/plan/build-plan.js';
import type { RegValue } from '../../../src-main/core/registry/registry-port.js';
import { PROFILES } from '../../../src-main/core/simulation/profiles.js';
import { machineFor, operationSetup } from '../../support/sim.js';
import { applyGpo, registryItems, wmiFactsOf } from './gpo-evaluator.js';

const SELECTIONS: (Group[] | null)[] = [null];
for (let bits = 1; bits < 1 << GROUPS.length; bits++)
  SELECTIONS.push(GROUPS.filter((_, i) => bits & (1 << i)));
const NOW = new Date('2026-11-29T12:00:00Z');

/** The registry after the tool's own apply (nothing written when it refuses). */
function afterApply(
  profileId: string,
  choice: (typeof PROTOCOL_CHOICES)[number],
  groups: Group[] | null,
  runtimes: 'both' | 'as-found' = 'both',
) {
  const { machine, backupDir, ctx } = operationSetup(profileId);
  if (runtimes === 'both') installBothRuntimes(machine);
  const plan = buildPlan(machine.registry, detect(machine), choice, groups);
  const result = applyPlan(plan, { backupDir }, ctx);
  return { snapshot: machine.registry.snapshot(), result };
}

function afterGpo(profileId: string, xml: string, mutate?: (m: ReturnType<typeof machineFor>) => void) {
  const machine = machineFor(profileId);
  mutate?.(machine);
  const profile = PROFILES.find((p) => p.id === profileId);
  applyGpo(xml, machine.registry, wmiFactsOf(machine.registry, profile?.wow64 ?? true));
  return machine.registry.snapshot();
}

const NDP = 'SOFTWARE\\Microsoft\\NET Framework Setup\\NDP';

/**
 * A GPO cannot see which .NET runtimes are installed, so the export sets both runtimes' values
 * everywhere; apply sets them only where the runtime is. Equivalence is therefore checked on each
 * profile with both runtimes installed (the ones it lacks added: .NET 3.5, .NET 4.8); the last
 * block pins what happens where one is missing.
 */
function installBothRuntimes(m: ReturnType<typeof machineFor>): void {
  const { dotNet } = detect(m);
  const add = (path: string, values: Record<string, number>) => {
    const key = { hive: 'HKLM' as const, view: '64' as const, path };
    m.registry.createKey(key);
    for (const [name, data] of Object.entries(values))
      m.registry.setValue(key, name, { type: 'REG_DWORD', data });
  };
  if (!runtimeInstalled('clr2', dotNet)) add(`${NDP}\\v3.5`, { Install: 1 });
  if (!runtimeInstalled('clr4', dotNet)) add(`${NDP}\\v4\\Full`, { Install: 1, Release: 528040 });
}

describe('the targeting classes', () => {
  it('cover every Windows family exactly once', () => {
    const families = TARGET_CLASSES.flatMap((c) => c.families).sort();
    expect(families).toEqual([...OS_FAMILIES].sort());
  });
});

describe('export gpo equals apply on every fresh profile', () => {
  let cases = 0;
  for (const choice of PROTOCOL_CHOICES) {
    for (const groups of SELECTIONS) {
      const label = `TLS ${choice}, ${groups === null ? 'what each Windows needs' : `--only ${groups.join(',')}`}`;
      it(label, () => {
        const xml = gpoRegistryXml(planGpoExport(choice, groups), NOW);
        for (const profile of PROFILES) {
          const tool = afterApply(profile.id, choice, groups);
          const gpo = afterGpo(profile.id, xml, installBothRuntimes);
          expect(gpo, `${profile.id}: ${label} (apply: ${tool.result.outcome})`).toEqual(tool.snapshot);
          cases += 1;
        }
      });
    }
  }
  it('ran every profile x choice x selection', () => {
    expect(cases).toBe(PROFILES.length * PROTOCOL_CHOICES.length * SELECTIONS.length);
  });
});

describe('the export for a mixed fleet', () => {
  it('writes both views of the HKLM\\SOFTWARE values, the 32-bit one only for 64-bit Windows', () => {
    const xml = gpoRegistryXml(planGpoExport('1.2', null), NOW);
    const items = registryItems(xml);
    const wow = items.filter((i) => i.Properties[0]?.['@_key'].includes('\\WOW6432Node\\'));
    expect(wow.length).toBeGreaterThan(0);
    for (const item of wow) {
      const queries = (item.Filters?.[0]?.FilterWmi ?? []).map((f) => f['@_query']);
      expect(queries).toContain('SELECT * FROM Win32_Processor WHERE AddressWidth = 64');
    }
    // SCHANNEL lives in HKLM\SYSTEM: one view, never under Wow6432Node.
    expect(
      items.some((i) =>
        /Wow6432Node\\.*SCHANNEL|SYSTEM\\.*Wow6432Node/i.test(i.Properties[0]?.['@_key'] ?? ''),
      ),
    ).toBe(false);
  });

  it('gives Windows 11 a WinHTTP mask with TLS 1.3 and Windows 10 one without, told apart by build', () => {
    const xml = gpoRegistryXml(planGpoExport('1.2', ['winhttp']), NOW);
    const win11 = afterGpo('win11', xml);
    const win10 = afterGpo('win10', xml);
    const key = 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp';
    expect(win11[key]?.DefaultSecureProtocols).toEqual({ type: 'REG_DWORD', data: 0x2800 });
    expect(win10[key]?.DefaultSecureProtocols).toEqual({ type: 'REG_DWORD', data: 0x800 });
    // Server 2025 shares build 26100 with Windows 11 24H2, and the catalogue treats it alike.
    expect(afterGpo('server2025', xml)[key]?.DefaultSecureProtocols).toEqual({
      type: 'REG_DWORD',
      data: 0x2800,
    });
  });

  it("leaves Windows 7 / 2008 R2 out of --only dotnet, naming the tool's reason, and includes it with schannel", () => {
    const exp = planGpoExport('1.2', ['dotnet']);
    expect(exp.leftOut.map((l) => l.cls.id)).toEqual(['nt61']);
    expect(exp.leftOut[0]?.reasonMsgs).toEqual([
      { code: 'refusal.needsSchannel', params: { groups: ['dotnet'], only: ['dotnet'] } },
    ]);
    expect(planGpoExport('1.2', ['dotnet', 'schannel']).leftOut).toEqual([]);
  });

  it('is the same document when exported twice (stable ids)', () => {
    expect(gpoRegistryXml(planGpoExport('1.1,1.2', null), NOW)).toBe(
      gpoRegistryXml(planGpoExport('1.1,1.2', null), NOW),
    );
  });
});

describe('what a GPO cannot do that apply does (machines configured before; docs/deploy.md)', () => {
  it('a fresh Windows 11 without .NET 3.5: apply leaves the v2.0.50727 values out, the GPO sets them', () => {
    const xml = gpoRegistryXml(planGpoExport('1.2', null), NOW);
    const key = 'HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v2.0.50727';
    const tool = afterApply('win11', '1.2', null, 'as-found');
    expect(tool.snapshot[key]).toBeUndefined();
    expect(afterGpo('win11', xml)[key]).toEqual({
      SystemDefaultTlsVersions: { type: 'REG_DWORD', data: 1 },
      SchUseStrongCrypto: { type: 'REG_DWORD', data: 1 },
    });
  });

  const dword = (data: number): RegValue => ({ type: 'REG_DWORD', data });
  const CLIENT =
    'SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client';
  const WINHTTP = 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp';

  it('an SChannel TLS 1.2 client switched off on Windows 10: apply switches it on, the default GPO does not', () => {
    const xml = gpoRegistryXml(planGpoExport('1.2', null), NOW);
    const off = (m: ReturnType<typeof machineFor>) => {
      m.registry.createKey({ hive: 'HKLM', view: 'shared', path: CLIENT });
      m.registry.setValue({ hive: 'HKLM', view: 'shared', path: CLIENT }, 'Enabled', dword(0));
    };
    const tool = machineFor('win10');
    off(tool);
    const plan = buildPlan(tool.registry, detect(tool), '1.2', null);
    expect(plan.items.some((i) => i.reason === 'tls12-switched-off')).toBe(true);
    expect(afterGpo('win10', xml, off)[`HKLM\\${CLIENT}`]?.Enabled).toEqual(dword(0));
  });

  it('a TLS 1.3 bit set before on Windows 10: apply keeps it, the GPO writes the fixed mask', () => {
    const xml = gpoRegistryXml(planGpoExport('1.2', ['winhttp']), NOW);
    const set = (m: ReturnType<typeof machineFor>) =>
      m.registry.setValue(
        { hive: 'HKLM', view: '64', path: WINHTTP },
        'DefaultSecureProtocols',
        dword(0x2a00),
      );
    const tool = machineFor('win10');
    set(tool);
    const plan = buildPlan(tool.registry, detect(tool), '1.2', ['winhttp']);
    expect(plan.items.map((i) => i.desired)).toContainEqual(dword(0x2800));
    expect(afterGpo('win10', xml, set)[`HKLM\\${WINHTTP}`]?.DefaultSecureProtocols).toEqual(dword(0x800));
  });
});
