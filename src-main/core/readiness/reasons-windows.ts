/** Reasons that come from the Windows itself: refused, out of support, KB 3140245, .NET 3.5's update. */
import { msg } from '../../../src-shared/messages/messages.js';
import type { Reason } from '../../../src-shared/readiness-types.js';
import { UPDATES } from '../catalogue/kb-supplies.js';
import { UPGRADE_TARGET, WINDOWS_LIFECYCLE } from '../catalogue/windows-lifecycle.js';
import type { ReadinessInput } from './readiness-input.js';
import { SOURCES } from './sources.js';

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

export function windowsReasons(input: ReadinessInput): Reason[] {
  const { os, kb3140245: kb } = input.plan.detection;
  if (os.family === null) {
    const reason = os.unsupportedMsg ?? msg('os.versionUnreadable', {});
    return [
      {
        verdict: 'blocked',
        msg: msg('ready.windowsRefused', { reason }),
        next: msg('next.seeRefusal', { reason }),
        evidence: [
          {
            where: 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion',
            found: `${os.version} build ${os.build}`,
          },
        ],
        source: SOURCES.lifecycle,
        stacks: [],
      },
    ];
  }
  const reasons: Reason[] = [];
  const life = WINDOWS_LIFECYCLE[os.family];
  if (life && life.supportEnded <= isoDay(input.now)) {
    reasons.push({
      verdict: 'at-risk',
      msg: msg('ready.windowsEnded', {
        os: os.displayNameMsg,
        ended: life.supportEnded,
        frozenAt: life.m365AppsFrozenAt,
      }),
      next: msg('next.upgradeWindows', { target: os.server ? UPGRADE_TARGET.server : UPGRADE_TARGET.client }),
      evidence: [
        {
          where: 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion',
          found: `${os.version} build ${os.build}`,
        },
      ],
      source: life.source,
      stacks: [],
    });
  }
  const files = kb.files.map((f) => ({ where: f.path, found: f.version ?? 'not found' }));
  const update = UPDATES.KB3140245;
  if (kb.needed && kb.state === 'missing') {
    reasons.push({
      verdict: 'blocked',
      msg: msg('ready.kbMissing', { msu: kb.msuFile }),
      next: msg('next.installKb', { msu: kb.msuFile, search: update?.catalogSearch ?? 'KB3140245' }),
      evidence: files,
      source: SOURCES.kb,
      stacks: ['winhttp'],
    });
  } else if (kb.needed && kb.state === 'probably-present') {
    reasons.push({
      verdict: 'at-risk',
      msg: msg('ready.kbProbable', { minimum: kb.files[0]?.minimum ?? '' }),
      next: msg('next.confirmKb', { msu: kb.msuFile }),
      evidence: files,
      source: SOURCES.kb,
      stacks: ['winhttp'],
    });
  }
  const hotfix = input.dotnet35Hotfix;
  if (hotfix !== null && hotfix.packages.length === 0) {
    reasons.push({
      // The row is unknown; overall no better than at risk (the .NET 3.5 row alone does not block).
      verdict: 'at-risk',
      msg: msg('ready.dotnet35Hotfix', { kb: hotfix.kb }),
      next: msg('next.dotnet35Hotfix', { kb: hotfix.kb }),
      evidence: [
        { where: `CBS Packages\\${UPDATES[hotfix.kb]?.packagePrefix ?? hotfix.kb}*`, found: 'absent' },
      ],
      source: SOURCES.dotnet35,
      stacks: ['dotnet35'],
    });
  }
  return reasons;
}

/** An interrupted change and facts that could not be read make the verdict unknown. */
export function stateReasons(input: ReadinessInput): Reason[] {
  const reasons: Reason[] = [];
  if (input.interrupted !== null) {
    reasons.push({
      verdict: 'unknown',
      msg: msg('ready.interrupted', input.interrupted),
      next: msg('next.repair', {}),
      evidence: [
        {
          where: 'apply-journal.json',
          found: `${input.interrupted.operation} ${input.interrupted.startedAt}`,
        },
      ],
      source: SOURCES.state,
      stacks: [],
    });
  }
  if (input.unreadable.length > 0) {
    reasons.push({
      verdict: 'unknown',
      msg: msg('ready.unreadable', { where: input.unreadable.map((e) => e.where) }),
      next: msg('next.readAgain', {}),
      evidence: input.unreadable,
      source: SOURCES.state,
      stacks: [],
    });
  }
  return reasons;
}
