/** audit: what this Windows needs, and whether it is ready for Microsoft 365. Writes nothing. */
import type { Group } from '../../src-shared/groups.js';
import type { ExitCode } from '../../src-shared/operation-types.js';
import { english, type Msg } from '../../src-shared/messages/messages.js';
import type { ProtocolChoice } from '../../src-shared/protocols.js';
import type { Evidence, Readiness } from '../../src-shared/readiness-types.js';
import { detect, type Detection } from '../core/detect/detect.js';
import { buildPlan } from '../core/plan/build-plan.js';
import type { Plan } from '../core/plan/plan-types.js';
import { assessMachine } from '../core/readiness/assess-machine.js';
import { auditExitCode } from '../core/readiness/audit-exit.js';
import type { UseCaseContext } from './context.js';

export interface AuditInput {
  protocols: ProtocolChoice;
  groups: Group[] | null;
  /** What the caller already knows could not be read (an unusable journal or lock). */
  unreadable?: Evidence[];
  /** The journal or lock cannot be used: the registry's state is in doubt (named as unreadable). */
  stateProblems?: Msg[];
  updateInstalledThisSession?: boolean;
  /** The computer as the caller already detected it (read once). */
  detection?: Detection;
}

export interface AuditOutcome {
  detection: Detection;
  plan: Plan;
  readiness: Readiness;
  exitCode: ExitCode;
}

export function audit(ctx: UseCaseContext, input: AuditInput): AuditOutcome {
  const detection = input.detection ?? detect(ctx.machine);
  const plan = buildPlan(ctx.machine.registry, detection, input.protocols, input.groups);
  const problems = (input.stateProblems ?? []).map((p) => english(p));
  const unreadable = [
    ...(input.unreadable ?? []),
    ...(problems.length > 0 ? [{ where: ctx.journal.file, found: problems.join(' ') }] : []),
  ];
  const readiness = readinessOf(ctx, plan, { ...input, unreadable });
  return { detection, plan, readiness, exitCode: auditExitCode(readiness, plan.blockers.length > 0) };
}

/** The verdict of the machine as it is now, from a plan read just before. */
export function readinessOf(
  ctx: UseCaseContext,
  plan: Plan,
  o: { unreadable?: Evidence[]; updateInstalledThisSession?: boolean } = {},
): Readiness {
  return assessMachine(ctx.machine, ctx.journal, plan, {
    ...(ctx.now ? { now: ctx.now() } : {}),
    ...(o.unreadable ? { unreadable: o.unreadable } : {}),
    ...(o.updateInstalledThisSession !== undefined
      ? { updateInstalledThisSession: o.updateInstalledThisSession }
      : {}),
  });
}
