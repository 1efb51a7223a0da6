/**
 * The readiness table's rows: each client stack in each registry view, from the effective model's
 * "now" and "after the plan", with the cipher suites they share with Microsoft 365. Each row's
 * problem becomes a reason (rowReasons), so the overall verdict is the worst of them.
 */
import { PROTOCOL_BITS } from '../../../src-shared/protocols.js';
import type { Reason, StackReadiness, SuitesInCommon, Verdict } from '../../../src-shared/readiness-types.js';
import { STACK_GROUP, type EffectiveStack, type Stack } from '../../../src-shared/stacks.js';
import { msg } from '../../../src-shared/messages/messages.js';
import { changesOf } from '../plan/plan-types.js';
import type { CipherFacts, ReadinessInput } from './readiness-input.js';
import { SOURCES } from './sources.js';

const offers12 = (mask: number) => (mask & PROTOCOL_BITS.tls12) !== 0;

function suitesOf(cipher: CipherFacts | null): SuitesInCommon | null {
  if (cipher === null) return null;
  return {
    m365: cipher.m365,
    afd: cipher.afd,
    unknown: [...new Set([...cipher.unknownM365, ...cipher.unknownAfd])],
  };
}

/** A stack's own verdict from its protocols: the overall reasons decide the rest (KB, suites, restart). */
function protocolVerdict(
  now: EffectiveStack,
  after: EffectiveStack | undefined,
  kbMissing: boolean,
): Verdict {
  const afterMask = after?.mask ?? now.mask;
  if (now.stack === 'winhttp' && kbMissing) return 'blocked';
  if (offers12(now.mask)) return 'ready';
  if (offers12(afterMask)) return 'changes-needed';
  // WinINet carries only some Office 2010 / 2013 traffic (KB 3140245; Microsoft Easy Fix 51044): a risk, not a block.
  return now.stack === 'wininet' ? 'at-risk' : 'changes-needed';
}

/** The protocol rows (every stack but Office), in the effective model's order. */
export function protocolRows(input: ReadinessInput, pendingGroups: ReadonlySet<string>): StackReadiness[] {
  const { before, after } = input.plan.effective;
  const kbMissing = input.plan.detection.kb3140245.state === 'missing';
  const suites = suitesOf(input.cipher);
  return before.map((now) => {
    const later = after.find((a) => a.stack === now.stack && a.view === now.view);
    let verdict = protocolVerdict(now, later, kbMissing);
    if (verdict === 'ready' && pendingGroups.has(STACK_GROUP[now.stack])) verdict = 'ready-after-restart';
    return {
      stack: now.stack,
      view: now.view,
      verdict,
      now: now.mask,
      after: later?.mask ?? now.mask,
      afterAssumes: later?.assumes ?? [],
      group: STACK_GROUP[now.stack],
      suites,
    };
  });
}

const unique = <T>(items: T[]): T[] => [...new Set(items)];

/** The reasons the protocol rows give: stacks the plan fixes, and stacks it cannot. */
export function rowReasons(input: ReadinessInput, rows: StackReadiness[]): Reason[] {
  const reasons: Reason[] = [];
  const count = changesOf(input.plan).length;
  const fixable = rows.filter(
    (r) => r.now !== null && !offers12(r.now) && r.after !== null && offers12(r.after),
  );
  const fixableByPlan = fixable.filter((r) => r.stack !== 'winhttp' || r.verdict !== 'blocked');
  if (fixableByPlan.length > 0 && count > 0) {
    reasons.push({
      verdict: 'changes-needed',
      msg: msg('ready.needsChange', { stacks: unique(fixableByPlan.map((r) => r.stack)), count }),
      next: msg('next.apply', { count }),
      evidence: fixableByPlan.map((r) => evidenceOf(r)),
      source: SOURCES.stacks,
      stacks: unique(fixableByPlan.map((r) => r.stack)),
    });
  }
  const stuck = rows.filter((r) => r.after !== null && !offers12(r.after));
  for (const stack of unique(stuck.map((r) => r.stack))) {
    const these = stuck.filter((r) => r.stack === stack);
    const inPlan = input.plan.groups.includes(STACK_GROUP[stack as Stack]);
    const net40 = stack === 'dotnet4';
    reasons.push({
      verdict: stack === 'wininet' ? 'at-risk' : inPlan || net40 ? 'blocked' : 'changes-needed',
      msg: msg('ready.noTls12', { stacks: [stack] }),
      next: net40
        ? msg('next.installDotnet48', {})
        : msg('next.chooseGroup', { group: STACK_GROUP[stack as Stack] }),
      evidence: these.map((r) => evidenceOf(r)),
      source: SOURCES.stacks,
      stacks: [stack],
    });
  }
  return reasons;
}

function evidenceOf(row: StackReadiness): { where: string; found: string } {
  const view = row.view === 'shared' ? '' : ` (${row.view}-bit view)`;
  return { where: `${row.stack}${view}`, found: `protocols 0x${(row.now ?? 0).toString(16)}` };
}
