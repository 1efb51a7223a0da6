export {
  EXIT,
  type ExitCode,
  type OperationResult,
  type Outcome,
} from '../../../src-shared/operation-types.js';
import type { MessageError } from '../../../src-shared/messages/message-error.js';
import { msg, said } from '../../../src-shared/messages/messages.js';
import type { Detail } from '../../../src-shared/messages/say.js';
import { EXIT, type OperationResult } from '../../../src-shared/operation-types.js';

/** Refused for these reasons ("... Nothing was changed."). */
export function refused(...reasons: Detail[]): OperationResult {
  return {
    outcome: 'refused',
    exitCode: EXIT.refused,
    restartNeeded: false,
    ...said(msg('result.refused', { reasons })),
    backup: null,
    steps: [],
    restored: null,
  };
}

/** The registry could not be read before anything was written: nothing changed, but it failed. */
export function failedBeforeWriting(error: MessageError): OperationResult {
  return {
    outcome: 'failed',
    exitCode: EXIT.failed,
    restartNeeded: false,
    ...said(msg('result.failedBeforeWriting', { error: error.msg })),
    backup: null,
    steps: [],
    restored: true,
  };
}
