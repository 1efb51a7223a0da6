/**
 * Reads the evidence the readiness model needs from the machine, read-only, and hands the model
 * its facts. A reader that fails (a denied key, a file that cannot be read) leaves its piece
 * `null` and names it: the verdict then says what could not be told.
 */
import type { Evidence } from '../../../src-shared/readiness-types.js';
import { CBS_PACKAGES_KEY, FAST_STARTUP, REBOOT_PENDING_KEYS, UPDATES } from '../catalogue/kb-supplies.js';
import { runtimeInstalled } from '../detect/dotnet-runtimes.js';
import { dotnet35UpdateFor } from '../catalogue/dotnet-facts.js';
import type { Machine } from '../machine.js';
import type { Plan } from '../plan/plan-types.js';
import { dwordOf } from '../registry/dword-of.js';
import type { RegistryPort } from '../registry/registry-port.js';
import type { LastChange } from '../state/last-change.js';
import { readCipherFacts, readOfficeFacts, readPolicyFacts } from './evidence-facts.js';
import type { Dotnet35HotfixFact, ReadinessInput, RestartFacts } from './readiness-input.js';

export interface GatherOptions {
  now: Date;
  lastChange: LastChange | null;
  interrupted: { operation: string; startedAt: string } | null;
  /** The wizard installed KB 3140245 from the stick in this session and wusa asked for a restart. */
  updateInstalledThisSession?: boolean;
  /** Facts the caller already knows could not be read (an unusable journal). */
  unreadable?: Evidence[];
}

/** Runs one reader; a failure leaves null and names what could not be read. */
function attempt<T>(what: string, unreadable: Evidence[], read: () => T): T | null {
  try {
    return read();
  } catch (error) {
    unreadable.push({ where: what, found: error instanceof Error ? error.message : String(error) });
    return null;
  }
}

function restartFacts(machine: Machine, o: GatherOptions, unreadable: Evidence[]): RestartFacts {
  const reg = machine.registry;
  const servicingPending =
    attempt('Windows servicing restart marks', unreadable, () =>
      REBOOT_PENDING_KEYS.filter((k) => reg.keyExists({ hive: 'HKLM', view: '64', path: k.path })).map(
        (k) => `HKLM\\${k.path}`,
      ),
    ) ?? [];
  const hiberboot = attempt('Fast Startup', unreadable, () =>
    dwordOf(reg.readValue({ hive: 'HKLM', view: 'shared', path: FAST_STARTUP.path }, FAST_STARTUP.name)),
  );
  const boot = machine.bootTime?.() ?? null;
  return {
    lastChange: o.lastChange,
    bootTime: boot === null || Number.isNaN(boot.getTime()) ? null : boot.toISOString(),
    servicingPending,
    updateInstalledThisSession: o.updateInstalledThisSession ?? false,
    fastStartup: hiberboot === null ? null : hiberboot === 1,
  };
}

/** .NET 3.5 on a Windows that needs an update for SystemDefaultTlsVersions: its packages, if any. */
function dotnet35Hotfix(reg: RegistryPort, plan: Plan): Dotnet35HotfixFact | null {
  const { os, dotNet } = plan.detection;
  if (os.family === null || !runtimeInstalled('clr2', dotNet)) return null;
  const kb = dotnet35UpdateFor(os.family, os.build);
  if (kb === null) return null;
  const prefix = (UPDATES[kb]?.packagePrefix ?? `Package_for_${kb}~`).toLowerCase();
  const packages = reg
    .listSubkeys({ hive: 'HKLM', view: '64', path: CBS_PACKAGES_KEY })
    .filter((name) => name.toLowerCase().startsWith(prefix));
  return { kb, packages };
}

export function gatherReadiness(machine: Machine, plan: Plan, o: GatherOptions): ReadinessInput {
  const unreadable: Evidence[] = [...(o.unreadable ?? [])];
  // Why the cipher, Office or Group Policy evidence could not be read: their reasons show it.
  const errors: Evidence[] = [];
  const reg = machine.registry;
  const family = plan.detection.os.family;
  return {
    now: o.now,
    plan,
    cipher:
      family === null
        ? null
        : attempt('cipher suites', errors, () => readCipherFacts(machine, family, o.now)),
    office: attempt('Office', errors, () => readOfficeFacts(machine, plan, o.now)),
    policy: attempt('Group Policy', errors, () => readPolicyFacts(machine, plan)),
    errors,
    restart: restartFacts(machine, o, unreadable),
    dotnet35Hotfix: attempt('.NET 3.5 update', unreadable, () => dotnet35Hotfix(reg, plan)),
    interrupted: o.interrupted,
    unreadable,
  };
}
