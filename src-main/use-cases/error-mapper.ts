/**
 * The one error mapper of every adapter: expected refusals (a message by code, exit 2) are kept
 * apart from failures the tool reports (the registry could not be read: exit 1603, nothing
 * changed) and from bugs (exit 1603 too, said in one sentence; never a stack trace to the user).
 */
import { MessageError } from '../../src-shared/messages/message-error.js';
import { msg, type Msg } from '../../src-shared/messages/messages.js';
import { EXIT } from '../../src-shared/operation-types.js';
import { RegistryError } from '../core/registry/registry-error.js';

export type MappedError =
  | { kind: 'refused'; msg: Msg; exitCode: typeof EXIT.refused }
  | { kind: 'failed'; msg: Msg; exitCode: typeof EXIT.failed }
  | { kind: 'bug'; msg: Msg; exitCode: typeof EXIT.failed; error: unknown };

export function mapError(error: unknown): MappedError {
  if (error instanceof RegistryError) {
    return {
      kind: 'failed',
      msg: msg('result.failedBeforeWriting', { error: error.msg }),
      exitCode: EXIT.failed,
    };
  }
  // LockedError, BackupError, WizardError, ...: each says by code why nothing was done.
  if (error instanceof MessageError) {
    return { kind: 'refused', msg: error.msg, exitCode: EXIT.refused };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { kind: 'bug', msg: msg('error.internal', { detail }), exitCode: EXIT.failed, error };
}
