import { MessageError } from '../../../src-shared/messages/message-error.js';
import type { Msg } from '../../../src-shared/messages/messages.js';

/** A backup file that is refused: nothing was written. The message says why, by code. */
export class BackupError extends MessageError {
  constructor(
    readonly code: string,
    msg: Msg,
  ) {
    super(msg);
    this.name = 'BackupError';
  }
}
