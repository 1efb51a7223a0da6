import type { WrittenBackup } from '../backup/backup-document.js';
import type { Step } from '../state/write-state.js';

/** Exit codes of Windows deployment tools (msiexec, wusa): what scripts and RMM tools expect. */
export const EXIT = {
  ok: 0,
  changesNeeded: 1,
  refused: 2,
  failed: 1603,
  restartNeeded: 3010,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export type Outcome = 'done' | 'nothing-to-do' | 'refused' | 'failed';

export interface OperationResult {
  outcome: Outcome;
  exitCode: ExitCode;
  restartNeeded: boolean;
  /** One or two sentences for the technician. */
  message: string;
  backup: WrittenBackup | null;
  steps: Step[];
  /** For a failure: whether every value already changed was put back and verified. */
  restored: boolean | null;
}

export function refused(message: string): OperationResult {
  return {
    outcome: 'refused',
    exitCode: EXIT.refused,
    restartNeeded: false,
    message,
    backup: null,
    steps: [],
    restored: null,
  };
}

/** The registry could not be read before anything was written: nothing changed, but it failed. */
export function failedBeforeWriting(error: Error): OperationResult {
  return {
    outcome: 'failed',
    exitCode: EXIT.failed,
    restartNeeded: false,
    message: `${error.message} Nothing was changed.`,
    backup: null,
    steps: [],
    restored: true,
  };
}
