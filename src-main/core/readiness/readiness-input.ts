/**
 * What the readiness model decides from: detection, the plan, and the evidence the readers in
 * evidence/ gathered, reduced to the facts the verdict needs. `null` for a piece of evidence means
 * it could not be read: the model says so (`unknown`) rather than guess.
 */
import type { Evidence } from '../../../src-shared/readiness-types.js';
import type { Plan } from '../plan/plan-types.js';

export interface CipherFacts {
  /** Where the TLS 1.2 suite list came from. */
  /** unknown: a list was there but could not be read (another type, empty). */
  source: 'policy' | 'local' | 'default' | 'unknown';
  where: string;
  /** Suites switched on that Microsoft 365 accepts / Azure Front Door's default policy offers. */
  m365: string[];
  afd: string[];
  /** Suites of those sets whose state could not be told. */
  unknownM365: string[];
  unknownAfd: string[];
  /** The registry values that switched suites off or made them unknown. */
  shapedBy: Evidence[];
  /** The day AFD stopped offering the DHE fallback (the AFD-only reason names it). */
  afdDheRetired: string;
  /** This Windows' default list has a suite AFD's default policy offers (10 / 11): a loss is configuration. */
  familyHasAfd: boolean;
}

export type OfficeProductFact = {
  product: string;
  version: string | null;
  where: string;
  /** From the support table, read against today: */
  connection: 'supported' | 'out-of-support' | 'cannot-connect' | 'unknown';
  supportEnds: string | null;
  needsModernAuthValues: boolean;
  source: string;
};

export interface OfficeFacts {
  installs: OfficeProductFact[];
  /** Office 2013's per-user values; null when no Office 2013 is installed. */
  modernAuth: null | {
    users: { sid: string; name: string | null; missing: Evidence[] }[];
    /** Nobody signed in interactively (the tool run as SYSTEM, at night). */
    noInteractiveUser: boolean;
    unreadable: string[];
  };
}

/** A Group Policy setting that puts a catalogue value back to something without TLS 1.2. */
export interface PolicyConflict {
  entryId: string;
  /** "HKLM\...\WinHttp\DefaultSecureProtocols (32-bit view)". */
  value: string;
  /** What the policy sets: "0x000000a0", "deleted". */
  sets: string;
  gpo: { id: string; name: string | null } | null;
  where: string;
  kind: 'preferences' | 'registry-pol' | 'policy-value';
}

export interface PolicyFacts {
  conflicts: PolicyConflict[];
  /** GPOs seen in the history whose content could not be read. */
  unreadable: { id: string; name: string | null; where: string }[];
}

export interface RestartFacts {
  /** The tool's last finished change on this computer (the state folder), or null. */
  lastChange: {
    operation: 'apply' | 'rollback';
    finishedAt: string;
    restartNeeded: boolean;
    groups: string[];
  } | null;
  /** When Windows last started, or null when it cannot be told. */
  bootTime: string | null;
  /** Windows servicing's own pending-restart marks (registry keys found). */
  servicingPending: string[];
  /** An update installed from the stick in this session asked for a restart (wusa exit 3010). */
  updateInstalledThisSession: boolean;
  fastStartup: boolean | null;
}

export interface Dotnet35HotfixFact {
  kb: string;
  /** Servicing packages found that name it (their presence is the only registry evidence). */
  packages: string[];
}

export interface ReadinessInput {
  now: Date;
  plan: Plan;
  cipher: CipherFacts | null;
  office: OfficeFacts | null;
  policy: PolicyFacts | null;
  restart: RestartFacts;
  /** Where .NET 3.5 is installed on a Windows that needs its hotfix; null otherwise. */
  dotnet35Hotfix: Dotnet35HotfixFact | null;
  /** An interrupted change (journal) found and not repaired. */
  interrupted: { operation: string; startedAt: string } | null;
  /** Facts that could not be read at all, each with where. */
  unreadable: Evidence[];
  /** Why `cipher`, `office` or `policy` is null (where: "cipher suites", "Office", "Group Policy"). */
  errors: Evidence[];
}
