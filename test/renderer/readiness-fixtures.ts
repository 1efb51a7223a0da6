/*
 * The readiness verdicts the wizard shows, written out as
 * `node out/cli.cjs audit --simulate <profile> --json --fresh` reports them (the reasons and the
 * rows the screens use), so that a renderer test reads a verdict the core really gives.
 */
import type { Readiness, Reason, StackReadiness } from '../../src-shared/readiness-types.js';
import { msg } from '../../src-shared/messages/messages.js';

const MSU = 'Windows6.1-KB3140245-x64.msu';
const SOURCE =
  'https://learn.microsoft.com/troubleshoot/windows-client/networking/update-to-enable-tls-1-1-and-tls-1-2-as-default-secure-protocols-in-winhttp';

const row = (
  stack: StackReadiness['stack'],
  view: StackReadiness['view'],
  verdict: StackReadiness['verdict'],
  now: number | null,
  after: number | null,
  afterAssumes: string[] = [],
): StackReadiness => ({
  stack,
  view,
  verdict,
  now,
  after,
  afterAssumes,
  group: stack === 'office' ? null : stack === 'dotnet4' || stack === 'dotnet35' ? 'dotnet' : stack,
  suites: null,
  ...(stack === 'office' ? { office: [] } : {}),
});

const reason = (
  verdict: Reason['verdict'],
  m: Reason['msg'],
  next: Reason['next'],
  stacks: Reason['stacks'],
): Reason => ({
  verdict,
  msg: m,
  next,
  evidence: [],
  source: SOURCE,
  stacks,
});

const kbMissing = reason(
  'blocked',
  msg('ready.kbMissing', { msu: MSU }),
  msg('next.installKb', { msu: MSU, search: 'KB3140245' }),
  ['winhttp'],
);
const windowsEnded = reason(
  'at-risk',
  msg('ready.windowsEnded', {
    os: msg('os.name', { os: { name: 'Windows 7', sp: 1, arch: 'x64' } }),
    ended: '2020-01-14',
    frozenAt: '2002',
  }),
  msg('next.upgradeWindows', { target: 'Windows 11' }),
  [],
);

function readiness(
  verdict: Readiness['verdict'],
  reasons: Reason[],
  stacks: StackReadiness[],
  planHasChanges: boolean,
): Readiness {
  return { verdict, planHasChanges, reasons, stacks, evaluatedAt: '2026-11-29T17:50:00.000Z', checked: [] };
}

/** Windows 7 SP1 without KB 3140245, before the change (win7-sp1). */
export function win7Readiness(): Readiness {
  return readiness(
    'blocked',
    [
      kbMissing,
      windowsEnded,
      reason(
        'changes-needed',
        msg('ready.needsChange', { stacks: ['schannel', 'dotnet35'], count: 8 }),
        msg('next.apply', { count: 8 }),
        ['schannel', 'dotnet35'],
      ),
    ],
    [
      row('schannel', 'shared', 'at-risk', 128, 2176),
      row('winhttp', '64', 'blocked', 128, 2048, ['KB3140245']),
      row('winhttp', '32', 'blocked', 128, 2048, ['KB3140245']),
      row('office', 'shared', 'ready', null, null),
    ],
    true,
  );
}

/** The same Windows 7 after the change: the update is still missing, so still blocked. */
export function win7ReadinessAfter(): Readiness {
  return readiness(
    'blocked',
    [kbMissing, windowsEnded],
    [row('winhttp', '64', 'blocked', 128, 2048, ['KB3140245'])],
    false,
  );
}

/** Windows 10 22H2 (win10): only .NET needs a change. */
export function win10Readiness(): Readiness {
  return readiness(
    'changes-needed',
    [
      reason(
        'changes-needed',
        msg('ready.needsChange', { stacks: ['dotnet4'], count: 4 }),
        msg('next.apply', { count: 4 }),
        ['dotnet4'],
      ),
    ],
    [row('dotnet4', '64', 'changes-needed', 128, 2688), row('winhttp', '64', 'ready', 2688, 2688)],
    true,
  );
}

/** Windows 10 after the change: ready once restarted. */
export function win10ReadinessAfter(): Readiness {
  return readiness(
    'ready-after-restart',
    [
      reason(
        'ready-after-restart',
        msg('ready.restartPending', { operation: 'apply', finishedAt: '2026-11-29T17:52:20.000Z' }),
        msg('next.restart', { fastStartup: null }),
        ['dotnet4'],
      ),
    ],
    [row('dotnet4', '64', 'ready-after-restart', 128, 2688)],
    false,
  );
}
