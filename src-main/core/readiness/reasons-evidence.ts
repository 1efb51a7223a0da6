/** Reasons from the evidence beyond the tool's own values: cipher suites, Office, Group Policy. */
import { msg } from '../../../src-shared/messages/messages.js';
import type { ReadinessStackId, Reason } from '../../../src-shared/readiness-types.js';
import { STACK_GROUP, STACKS } from '../../../src-shared/stacks.js';
import { CATALOGUE } from '../catalogue/catalogue.js';
import { UPGRADE_TARGET } from '../catalogue/windows-lifecycle.js';
import type { ReadinessInput } from './readiness-input.js';
import { SOURCES } from './sources.js';

/** Every stack that negotiates through SChannel: all of them but Office itself. */
const SCHANNEL_STACKS: ReadinessStackId[] = ['winhttp', 'dotnet4', 'dotnet35', 'schannel', 'wininet'];

/** The Office to move to, named in its next step. */
const OFFICE_TARGET = 'Microsoft 365 Apps or Office LTSC 2024';

const errorsOf = (input: ReadinessInput, where: string) => input.errors.filter((e) => e.where === where);

export function cipherReasons(input: ReadinessInput): Reason[] {
  const c = input.cipher;
  if (c === null) {
    return [
      {
        verdict: 'unknown',
        msg: msg('ready.cipherUnread', {}),
        next: msg('next.readAgain', {}),
        evidence: errorsOf(input, 'cipher suites'),
        source: SOURCES.cipher,
        stacks: SCHANNEL_STACKS,
      },
    ];
  }
  const base = { evidence: [{ where: c.where, found: c.source }, ...c.shapedBy], stacks: SCHANNEL_STACKS };
  if (c.m365.length === 0) {
    const odd = c.shapedBy.map((e) => e.where);
    if (c.unknownM365.length > 0) {
      return [
        {
          ...base,
          verdict: 'unknown',
          msg: msg('ready.cipherUnknown', { where: odd }),
          next: msg('next.cipherSetKnown', { where: odd }),
          source: SOURCES.cipher,
        },
      ];
    }
    return [
      {
        ...base,
        verdict: 'blocked',
        msg: msg('ready.cipherNone', { source: c.source === 'unknown' ? 'local' : c.source, where: c.where }),
        next: msg('next.cipherRestore', { where: odd.length > 0 ? odd : [c.where] }),
        source: SOURCES.cipher,
      },
    ];
  }
  if (c.afd.length === 0) {
    const server = input.plan.detection.os.server;
    return [
      {
        ...base,
        verdict: c.unknownAfd.length > 0 ? 'unknown' : 'at-risk',
        msg: msg('ready.cipherAfdOnly', { since: c.afdDheRetired }),
        next: c.familyHasAfd
          ? msg('next.cipherRestore', {
              where: c.shapedBy.length > 0 ? c.shapedBy.map((e) => e.where) : [c.where],
            })
          : msg('next.upgradeForAfd', { target: server ? UPGRADE_TARGET.server : UPGRADE_TARGET.client }),
        source: SOURCES.afd,
      },
    ];
  }
  return [];
}

export function officeReasons(input: ReadinessInput): Reason[] {
  const o = input.office;
  const stacks: ReadinessStackId[] = ['office'];
  if (o === null) {
    return [
      {
        verdict: 'unknown',
        msg: msg('ready.officeUnread', {}),
        next: msg('next.readAgain', {}),
        evidence: errorsOf(input, 'Office'),
        source: SOURCES.office,
        stacks,
      },
    ];
  }
  const reasons: Reason[] = [];
  for (const install of o.installs) {
    const evidence = [{ where: install.where, found: `${install.product} ${install.version ?? ''}`.trim() }];
    const next = msg('next.officeUpgrade', { to: OFFICE_TARGET });
    if (install.connection === 'cannot-connect') {
      reasons.push({
        verdict: 'blocked',
        msg: msg('ready.officeCannotConnect', { product: install.product, version: install.version }),
        next,
        evidence,
        source: install.source,
        stacks,
      });
    } else if (install.connection === 'unknown') {
      reasons.push({
        verdict: 'unknown',
        msg: msg('ready.officeUnknownProduct', { where: install.where }),
        next: msg('next.officeCheckVersion', {}),
        evidence,
        source: install.source,
        stacks,
      });
    } else if (install.connection === 'out-of-support') {
      reasons.push({
        verdict: 'at-risk',
        msg: msg('ready.officeOutOfSupport', { product: install.product, ended: install.supportEnds ?? '' }),
        next,
        evidence,
        source: install.source,
        stacks,
      });
    }
  }
  const ma = o.modernAuth;
  if (ma !== null) {
    const missing = ma.users.filter((u) => u.missing.length > 0);
    if (missing.length > 0) {
      const values = [
        ...new Set(missing.flatMap((u) => u.missing.map((e) => e.where.split('\\').slice(-1)[0] ?? e.where))),
      ];
      reasons.push({
        verdict: 'blocked',
        msg: msg('ready.officeModernAuthMissing', { users: missing.map((u) => u.name ?? u.sid), values }),
        next: msg('next.setModernAuth', { values }),
        evidence: missing.flatMap((u) => u.missing),
        source: SOURCES.modernAuth,
        stacks,
      });
    }
    if (ma.noInteractiveUser || ma.unreadable.length > 0) {
      reasons.push({
        verdict: 'unknown',
        msg: msg('ready.officeModernAuthUnknown', {
          why: ma.noInteractiveUser ? 'no-user' : 'unreadable',
          users: ma.unreadable,
        }),
        next: msg('next.checkAsUser', {}),
        evidence: ma.unreadable.map((sid) => ({ where: `HKU\\${sid}`, found: 'unreadable' })),
        source: SOURCES.modernAuth,
        stacks,
      });
    }
  }
  return reasons;
}

export function policyReasons(input: ReadinessInput): Reason[] {
  const p = input.policy;
  if (p === null) {
    return [
      {
        verdict: 'unknown',
        msg: msg('ready.unreadable', { where: ['Group Policy'] }),
        next: msg('next.readAgain', {}),
        evidence: errorsOf(input, 'Group Policy'),
        source: SOURCES.policy,
        stacks: [],
      },
    ];
  }
  const reasons: Reason[] = p.conflicts.map((c) => {
    const gpo = c.gpo?.name ?? c.gpo?.id ?? null;
    const group = CATALOGUE.find((e) => e.id === c.entryId)?.group;
    return {
      verdict: 'blocked',
      msg: msg('ready.policyReverts', { gpo, value: c.value, sets: c.sets }),
      next: msg('next.policyOwner', { gpo, value: c.value }),
      evidence: [{ where: c.where, found: c.sets }],
      source: SOURCES.policy,
      // The rows whose values the policy sets back.
      stacks: STACKS.filter((s) => STACK_GROUP[s] === group),
    };
  });
  for (const u of p.unreadable) {
    reasons.push({
      verdict: 'unknown',
      msg: msg('ready.policyUnreadable', { gpo: u.name ?? u.id }),
      next: msg('next.policyRead', { gpo: u.name ?? u.id }),
      evidence: [{ where: u.where, found: 'not readable' }],
      source: SOURCES.policy,
      stacks: [],
    });
  }
  return reasons;
}
