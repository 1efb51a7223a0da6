/**
 * audit's exit code: the first row that holds wins (README and docs/deploy.md print this table).
 * `1` stays "run apply" for every recipe; `0` is said only for a PC that is ready.
 */
import { EXIT, type ExitCode } from '../../../src-shared/operation-types.js';
import type { Readiness, Verdict } from '../../../src-shared/readiness-types.js';

const BY_VERDICT: Record<Verdict, ExitCode> = {
  blocked: EXIT.blocked,
  unknown: EXIT.unknown,
  'at-risk': EXIT.atRisk,
  // Only reachable without values to set in this plan (another group is needed): not "run apply",
  // not ready either.
  'changes-needed': EXIT.atRisk,
  'ready-after-restart': EXIT.restartNeeded,
  ready: EXIT.ok,
};

/** The rows in order, for the documentation and for tests that check a recipe's mapping. */
export const AUDIT_EXIT_TABLE: readonly { exit: ExitCode; when: string }[] = [
  { exit: EXIT.refused, when: 'refused or bad usage (an unsupported Windows, a denied key)' },
  { exit: EXIT.failed, when: 'failed' },
  { exit: EXIT.changesNeeded, when: 'planHasChanges: the tool has values to set, whatever the verdict' },
  { exit: EXIT.blocked, when: 'blocked' },
  { exit: EXIT.unknown, when: 'unknown' },
  { exit: EXIT.atRisk, when: 'at-risk (and changes-needed where this plan has nothing to set)' },
  { exit: EXIT.restartNeeded, when: 'ready-after-restart' },
  { exit: EXIT.ok, when: 'ready, and nothing else' },
];

export function auditExitCode(readiness: Readiness, refused: boolean): ExitCode {
  if (refused) return EXIT.refused;
  if (readiness.planHasChanges) return EXIT.changesNeeded;
  return BY_VERDICT[readiness.verdict];
}
