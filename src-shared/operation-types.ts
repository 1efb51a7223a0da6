/** The result of an apply or rollback, as the CLI prints it and the wizard shows it. */
import type { Msg } from './messages/messages.js';
import type { KeyLocation } from './registry-types.js';

export interface WrittenBackup {
  jsonFile: string;
  regFile: string;
}

/**
 * Drift of one value a rollback restores: "drifted" when it was changed by someone
 * else since the apply and the rollback would overwrite it; "unknown" for a backup older than
 * format 3, which does not record what the apply set.
 */
export type Drift = 'none' | 'drifted' | 'unknown';

export type StepKind = 'create-key' | 'set-value' | 'delete-value' | 'delete-key';

/** One registry write of an operation, in order. */
export interface Step {
  kind: StepKind;
  key: KeyLocation;
  name?: string;
}

/** Exit codes of Windows deployment tools (msiexec, wusa): what scripts and RMM tools expect. */
export const EXIT = {
  ok: 0,
  changesNeeded: 1,
  refused: 2,
  failed: 1603,
  restartNeeded: 3010,
  // audit's readiness codes: not 194 or 67 (3010 and 1603 as a Linux parent sees their low byte).
  atRisk: 4,
  unknown: 5,
  blocked: 6,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export type Outcome = 'done' | 'nothing-to-do' | 'refused' | 'failed';

export interface OperationResult {
  outcome: Outcome;
  exitCode: ExitCode;
  restartNeeded: boolean;
  /** One or two sentences for the technician, by code: each surface renders it in its language. */
  msg: Msg;
  backup: WrittenBackup | null;
  steps: Step[];
  /** For a failure: whether every value already changed was put back and verified. */
  restored: boolean | null;
}
