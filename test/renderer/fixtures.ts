import type { Group } from '../../src-main/core/catalogue/catalogue.js';
import type { ProtocolChoice } from '../../src-main/core/catalogue/protocols.js';
import type { Detection } from '../../src-main/core/detect/detect.js';
import type { EffectiveStack } from '../../src-main/core/effective/effective-protocols.js';
import type { GroupAdvice } from '../../src-main/core/plan/group-advice.js';
import type { Finding, Plan, PlanItem } from '../../src-main/core/plan/plan-types.js';
import type { RegValue, View } from '../../src-main/core/registry/registry-port.js';
import type {
  ApplyOutcome,
  BackupSummary,
  RollbackOutcome,
  RollbackPreview,
  StartInfo,
} from '../../src-main/ipc/contract.js';
import { msg, said, type Msg } from '../../src-shared/messages/messages.js';
import type { Readiness } from '../../src-shared/readiness-types.js';
import { win7Readiness, win7ReadinessAfter } from './readiness-fixtures.js';
import type { OsName } from '../../src-shared/messages/params.js';

const WIN7: OsName = { name: 'Windows 7', sp: 1, arch: 'x64' };
const WIN10: OsName = { name: 'Windows 10', sp: 0, arch: 'x64' };
const KB_FILES = [
  { file: 'winhttp.dll', version: '6.1.7601.17514' },
  { file: 'webio.dll', version: '6.1.7601.17514' },
];

/* Data shaped like `node out/cli.cjs audit --simulate win7-sp1 --json --fresh` and its apply. */

export function win7Detection(overrides: Partial<Detection> = {}): Detection {
  return {
    os: {
      family: 'win7',
      displayNameMsg: { code: 'os.name', params: { os: WIN7 } },
      productName: 'Windows 7 Professional',
      edition: 'Professional',
      version: '6.1',
      build: 7601,
      ubr: null,
      servicePack: 1,
      installationType: 'Client',
      server: false,
      multiSession: false,
      architecture: 'x64',
      architectureSource: 'registry',
      is64Bit: true,
      computerName: 'SIM-WIN7',
      unsupportedMsg: null,
    },
    kb3140245: {
      kb: 'KB3140245',
      needed: true,
      state: 'missing',
      files: [
        {
          file: 'winhttp.dll',
          path: 'C:\\Windows\\System32\\winhttp.dll',
          version: '6.1.7601.17514',
          minimum: '6.1.7601.23375',
          ok: false,
        },
        {
          file: 'webio.dll',
          path: 'C:\\Windows\\System32\\webio.dll',
          version: '6.1.7601.17514',
          minimum: '6.1.7601.23375',
          ok: false,
        },
      ],
      servicingPackages: [],
      msuFile: 'Windows6.1-KB3140245-x64.msu',
      ...said(
        msg('kb.missing', {
          files: KB_FILES,
          minimum: '6.1.7601.23375',
          msu: 'Windows6.1-KB3140245-x64.msu',
          packageRegistered: false,
        }),
      ),
    },
    dotNet: ['2.0', '3.5', '4.6.2'],
    internetExplorer: 11,
    elevated: true,
    registryAdapter: 'in-memory',
    simulatedProfile: 'win7-sp1',
    ...overrides,
  };
}

export function win10Detection(): Detection {
  const base = win7Detection();
  return {
    ...base,
    os: {
      ...base.os,
      family: 'win10',
      displayNameMsg: { code: 'os.name', params: { os: WIN10 } },
      productName: 'Windows 10 Pro',
      version: '10.0',
      build: 19045,
      ubr: 5131,
      servicePack: 0,
      computerName: 'SIM-WIN10',
    },
    kb3140245: {
      kb: 'KB3140245',
      needed: false,
      state: 'not-needed',
      files: [],
      servicingPackages: [],
      msuFile: null,
      ...said(msg('kb.builtIn', { os: WIN10 })),
    },
    dotNet: ['4.8'],
    simulatedProfile: 'win10',
  };
}

/** What main advises on Windows 7: the three groups needed, .NET and WinHTTP only with SChannel. */
export const WIN7_ADVICE: GroupAdvice[] = [
  { group: 'winhttp', need: 'required', requires: ['schannel'], requiredOn: [], usesProtocolChoice: true },
  { group: 'dotnet', need: 'required', requires: ['schannel'], requiredOn: [], usesProtocolChoice: false },
  {
    group: 'schannel',
    need: 'required',
    requires: [],
    requiredOn: ['Windows 7', 'Windows Server 2008 R2'],
    usesProtocolChoice: false,
  },
  { group: 'wininet', need: 'optional', requires: [], requiredOn: [], usesProtocolChoice: true },
];

/** Windows 10: only .NET needed; WinHTTP, SChannel and WinINet optional. */
export const WIN10_ADVICE: GroupAdvice[] = [
  { group: 'winhttp', need: 'optional', requires: [], requiredOn: [], usesProtocolChoice: true },
  { group: 'dotnet', need: 'required', requires: [], requiredOn: [], usesProtocolChoice: false },
  {
    group: 'schannel',
    need: 'optional',
    requires: [],
    requiredOn: ['Windows 7', 'Windows Server 2008 R2'],
    usesProtocolChoice: false,
  },
  { group: 'wininet', need: 'optional', requires: [], requiredOn: [], usesProtocolChoice: true },
];

export function startInfo(overrides: Partial<StartInfo> = {}): StartInfo {
  return {
    toolVersion: '0.1.0',
    locale: 'en-US',
    simulation: {
      profile: 'win7-sp1',
      label: 'Windows 7 SP1, 64-bit, without KB 3140245',
      labelMsg: msg('simulation.label', {
        os: WIN7,
        kb: 'missing',
        profile: 'win7-sp1',
        label: 'Windows 7 SP1, 64-bit, without KB 3140245',
      }),
    },
    interrupted: null,
    detection: win7Detection(),
    groupAdvice: WIN7_ADVICE,
    backupFolder: {
      path: 'E:\\TLS12\\backups',
      writable: true,
      problem: null,
      problemMsg: null,
      onStick: true,
    },
    kbInstaller: { file: 'Windows6.1-KB3140245-x64.msu' },
    readiness: win7Readiness(),
    ...overrides,
  };
}

const WINHTTP = 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp';
const NET4 = 'SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319';
const NET2 = 'SOFTWARE\\Microsoft\\.NETFramework\\v2.0.50727';
const SCHANNEL =
  'SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client';
const WININET = 'SOFTWARE\\Policies\\Microsoft\\Windows\\CurrentVersion\\Internet Settings';
export const MASKS: Record<ProtocolChoice, number> = {
  '1.2': 0x800,
  '1.1,1.2': 0xa00,
  '1.0,1.1,1.2': 0xa80,
  '1.0,1.2': 0x880,
};

/**
 * The items the core plans on Windows 7 SP1 64-bit with .NET 2.0 and 4.x installed, every group
 * ticked, written out (not computed): WinHTTP and .NET in the 64-bit and the 32-bit view of
 * HKLM\SOFTWARE, SChannel and the WinINet policy once. test/unit/renderer-fixture.test.ts checks
 * this table against the core's plan, so the renderer tests see what main really sends.
 */
type Row = {
  id: string;
  group: Group;
  key: string;
  name: string;
  view: View;
  data: number | 'mask';
  /** Why the core plans it: Windows 7 needs every value but the WinINet policy, which is only chosen. */
  reason: PlanItem['reason'];
};
export const WIN7_ITEMS: readonly Row[] = [
  {
    id: 'winhttp.DefaultSecureProtocols',
    group: 'winhttp',
    key: WINHTTP,
    name: 'DefaultSecureProtocols',
    view: '64',
    data: 'mask',
    reason: 'windows-needs',
  },
  {
    id: 'winhttp.DefaultSecureProtocols',
    group: 'winhttp',
    key: WINHTTP,
    name: 'DefaultSecureProtocols',
    view: '32',
    data: 'mask',
    reason: 'windows-needs',
  },
  {
    id: 'dotnet.v4.0.30319.SystemDefaultTlsVersions',
    group: 'dotnet',
    key: NET4,
    name: 'SystemDefaultTlsVersions',
    view: '64',
    data: 1,
    reason: 'windows-needs',
  },
  {
    id: 'dotnet.v4.0.30319.SystemDefaultTlsVersions',
    group: 'dotnet',
    key: NET4,
    name: 'SystemDefaultTlsVersions',
    view: '32',
    data: 1,
    reason: 'windows-needs',
  },
  {
    id: 'dotnet.v4.0.30319.SchUseStrongCrypto',
    group: 'dotnet',
    key: NET4,
    name: 'SchUseStrongCrypto',
    view: '64',
    data: 1,
    reason: 'windows-needs',
  },
  {
    id: 'dotnet.v4.0.30319.SchUseStrongCrypto',
    group: 'dotnet',
    key: NET4,
    name: 'SchUseStrongCrypto',
    view: '32',
    data: 1,
    reason: 'windows-needs',
  },
  {
    id: 'dotnet.v2.0.50727.SystemDefaultTlsVersions',
    group: 'dotnet',
    key: NET2,
    name: 'SystemDefaultTlsVersions',
    view: '64',
    data: 1,
    reason: 'windows-needs',
  },
  {
    id: 'dotnet.v2.0.50727.SystemDefaultTlsVersions',
    group: 'dotnet',
    key: NET2,
    name: 'SystemDefaultTlsVersions',
    view: '32',
    data: 1,
    reason: 'windows-needs',
  },
  {
    id: 'dotnet.v2.0.50727.SchUseStrongCrypto',
    group: 'dotnet',
    key: NET2,
    name: 'SchUseStrongCrypto',
    view: '64',
    data: 1,
    reason: 'windows-needs',
  },
  {
    id: 'dotnet.v2.0.50727.SchUseStrongCrypto',
    group: 'dotnet',
    key: NET2,
    name: 'SchUseStrongCrypto',
    view: '32',
    data: 1,
    reason: 'windows-needs',
  },
  {
    id: 'schannel.tls12.client.Enabled',
    group: 'schannel',
    key: SCHANNEL,
    name: 'Enabled',
    view: 'shared',
    data: 1,
    reason: 'windows-needs',
  },
  {
    id: 'schannel.tls12.client.DisabledByDefault',
    group: 'schannel',
    key: SCHANNEL,
    name: 'DisabledByDefault',
    view: 'shared',
    data: 0,
    reason: 'windows-needs',
  },
  {
    id: 'wininet.SecureProtocols',
    group: 'wininet',
    key: WININET,
    name: 'SecureProtocols',
    view: 'shared',
    data: 'mask',
    reason: 'chosen',
  },
];

export interface PlanOptions {
  protocols?: ProtocolChoice;
  /** null or absent: what Windows 7 needs (WinHTTP, .NET, SChannel). */
  groups?: Group[] | null;
  detection?: Detection;
  /** Current values by "name/view"; the rest are missing (as on a fresh Windows 7). */
  current?: Record<string, RegValue | null>;
  findings?: Finding[];
  blockers?: Msg[];
}

function actionOf(current: RegValue | null, desired: RegValue): PlanItem['action'] {
  if (current === null) return 'create';
  if (current.type !== desired.type) return 'replace-type';
  return JSON.stringify(current.data) === JSON.stringify(desired.data) ? 'none' : 'change';
}

/** The core's plan for Windows 7 SP1 64-bit, from WIN7_ITEMS: 12 items for the default groups. */
export function makePlan(o: PlanOptions = {}): Plan {
  const protocols = o.protocols ?? '1.2';
  const groups: Group[] = o.groups ?? ['winhttp', 'dotnet', 'schannel'];
  const detection = o.detection ?? win7Detection();
  const items: PlanItem[] = WIN7_ITEMS.filter((row) => groups.includes(row.group)).map((row) => {
    const desired: RegValue = { type: 'REG_DWORD', data: row.data === 'mask' ? MASKS[protocols] : row.data };
    const current = o.current?.[`${row.name}/${row.view}`] ?? null;
    return {
      entryId: row.id,
      group: row.group,
      hive: 'HKLM',
      view: row.view,
      key: row.key,
      name: row.name,
      protocolMask: row.data === 'mask',
      current,
      desired,
      action: actionOf(current, desired),
      reason: row.reason,
      restart: true,
      why: 'Why this value is needed.',
    };
  });
  return {
    detection,
    choice: protocols,
    requestedGroups: o.groups ?? null,
    groups,
    items,
    effective: { before: WIN7_BEFORE, after: WIN7_AFTER },
    needsSchannelFor: [],
    findings: o.findings ?? [
      {
        code: 'kb3140245-missing',
        severity: 'warning',
        msg: detection.kb3140245.msg,
      },
      {
        code: 'dotnet35-update',
        severity: 'info',
        ...said(msg('finding.dotnet35Update', { update: 'KB3154518' })),
      },
    ],
    blockers: o.blockers ?? [],
    fingerprint: 'e'.repeat(64),
  };
}

const stack = (
  s: EffectiveStack['stack'],
  view: EffectiveStack['view'],
  mask: number,
  assumes: string[] = [],
): EffectiveStack => ({
  stack: s,
  view,
  mask,
  assumes,
});
/**
 * What Windows 7 without the KB (.NET 2.0, 3.5 and 4.6.2, IE 11) offers now, and after the default
 * plan once the KB is in; test/unit/renderer-fixture.test.ts holds it to the core's model.
 */
export const WIN7_BEFORE: EffectiveStack[] = [
  stack('schannel', 'shared', 0x80),
  stack('winhttp', '64', 0x80),
  stack('winhttp', '32', 0x80),
  stack('dotnet4', '64', 0x80),
  stack('dotnet4', '32', 0x80),
  stack('dotnet35', '64', 0x80),
  stack('dotnet35', '32', 0x80),
  stack('wininet', 'shared', 0xa80),
];
export const WIN7_AFTER: EffectiveStack[] = [
  stack('schannel', 'shared', 0x880),
  stack('winhttp', '64', 0x800, ['KB3140245']),
  stack('winhttp', '32', 0x800, ['KB3140245']),
  // .NET 4.6.2 does not honour SystemDefaultTlsVersions (4.7 and later do): SchUseStrongCrypto asks
  // for TLS 1.0-1.2 explicitly, which SChannel grants on Windows 7 even where 1.1 is not a default.
  stack('dotnet4', '64', 0xa80),
  stack('dotnet4', '32', 0xa80),
  // .NET 3.5 hands over to SChannel's default (TLS 1.0 + 1.2 once its client is on), with its update.
  stack('dotnet35', '64', 0x880, ['KB3154518']),
  stack('dotnet35', '32', 0x880, ['KB3154518']),
  stack('wininet', 'shared', 0xa80),
];

/** The plan read again after a successful apply: every item already right. */
export function verifiedPlan(plan: Plan): Plan {
  return {
    ...plan,
    items: plan.items.map((i) => ({ ...i, current: i.desired, action: 'none' as const })),
    findings: [],
  };
}

export const BACKUP_ID = 'TLS12-backup_SIM-WIN7_20261129-175220.json';

export function applyOutcome(plan: Plan, readiness: Readiness | null = win7ReadinessAfter()): ApplyOutcome {
  const changes = plan.items.filter((i) => i.action !== 'none').length;
  return {
    result: {
      outcome: 'done',
      exitCode: 3010,
      restartNeeded: true,
      ...said(msg('result.applied', { count: changes, restart: true })),
      backup: {
        jsonFile: `E:\\TLS12\\backups\\${BACKUP_ID}`,
        regFile: `E:\\TLS12\\backups\\${BACKUP_ID.replace('.json', '.reg')}`,
      },
      steps: [],
      restored: null,
    },
    after: verifiedPlan(plan),
    readiness,
    reportAvailable: true,
    summary: 'TLS 1.2 Wizard 0.1.0 - apply on SIM-WIN7',
  };
}

export function backupList(): BackupSummary[] {
  return [
    {
      id: BACKUP_ID,
      createdAt: '2026-11-29T17:52:20.000Z',
      osName: 'Windows 7 SP1 (64-bit)',
      osNameMsg: { code: 'os.name', params: { os: WIN7 } },
      valid: true,
      problem: null,
      problemMsg: null,
    },
    {
      id: 'TLS12-backup_SIM-WIN7_20261101-090000.json',
      createdAt: '2026-11-01T09:00:00.000Z',
      osName: 'Windows 7 SP1 (64-bit)',
      osNameMsg: { code: 'os.name', params: { os: WIN7 } },
      valid: false,
      problem: 'C:\\b\\x.json is damaged or was edited: its checksum does not match. Refused.',
      problemMsg: msg('backup.checksum', { file: 'C:\\b\\x.json' }),
    },
  ];
}

const DPS = { type: 'REG_DWORD', data: 0x800 } as const;
const ONE = { type: 'REG_DWORD', data: 1 } as const;

export function rollbackPreview(id = BACKUP_ID): RollbackPreview {
  return {
    id,
    createdAt: '2026-11-29T17:52:20.000Z',
    computerName: 'SIM-WIN7',
    osName: 'Windows 7 SP1 (64-bit)',
    osNameMsg: { code: 'os.name', params: { os: WIN7 } },
    contentHash: 'c'.repeat(64),
    items: [
      {
        hive: 'HKLM',
        view: '64',
        key: WINHTTP,
        name: 'DefaultSecureProtocols',
        protocolMask: true,
        current: DPS,
        restoreTo: null,
        changes: true,
        wrongType: false,
        setByTool: null,
        drift: 'none',
      },
      {
        hive: 'HKLM',
        view: '32',
        key: WINHTTP,
        name: 'DefaultSecureProtocols',
        protocolMask: true,
        current: DPS,
        restoreTo: null,
        changes: true,
        wrongType: false,
        setByTool: null,
        drift: 'none',
      },
      {
        hive: 'HKLM',
        view: 'shared',
        key: SCHANNEL,
        name: 'Enabled',
        protocolMask: false,
        current: ONE,
        restoreTo: ONE,
        changes: false,
        wrongType: false,
        setByTool: null,
        drift: 'none',
      },
    ],
    keysToRemove: [{ hive: 'HKLM', view: 'shared', path: SCHANNEL }],
    driftKnown: true,
  };
}

export function rollbackOutcome(id = BACKUP_ID): RollbackOutcome {
  const before = rollbackPreview(id);
  return {
    result: {
      outcome: 'done',
      exitCode: 3010,
      restartNeeded: true,
      ...said(msg('result.rolledBack', { createdAt: '2026-11-29T17:52:20.000Z', count: 2, restart: true })),
      backup: null,
      steps: [],
      restored: null,
    },
    after: {
      ...before,
      items: before.items.map((i) => ({ ...i, current: i.restoreTo, changes: false })),
      keysToRemove: [],
    },
    readiness: win7Readiness(),
    reportAvailable: true,
    summary: 'TLS 1.2 Wizard 0.1.0 - rollback on SIM-WIN7',
  };
}
