export {
  EXIT,
  type ExitCode,
  type OperationResult,
  type Outcome,
} from '../../../src-shared/operation-types.js';
import { EXIT, type OperationResult } from '../../../src-shared/operation-types.js';

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
