import { MessageError, msgOf } from '../../../src-shared/messages/message-error.js';
import { msg, type Msg } from '../../../src-shared/messages/messages.js';

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

/** Errors of the device itself (a stick pulled out, a failing drive), not of the folder or its rights. */
const IO_CODES = new Set(['EIO', 'ENODEV', 'ENXIO', 'ENOMEDIUM', 'EREMOTEIO']);

export function isDeviceError(error: unknown): boolean {
  return IO_CODES.has((error as NodeJS.ErrnoException | null)?.code ?? '');
}

/** Why the backup could not be written to `folder`, for a person: what happened and what to do. */
export function writeFailureMessage(error: unknown, folder: string): Msg {
  const code = (error as NodeJS.ErrnoException).code;
  if (isDeviceError(error)) return msg('backup.driveError', { folder, errno: code ?? '' });
  switch (code) {
    case 'ENOENT':
      return msg('backup.folderMissing', { folder });
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return msg('backup.folderNotWritable', { folder });
    case 'ENOSPC':
      return msg('backup.folderFull', { folder });
    default:
      return msg('backup.notWritten', { folder, detail: (error as Error).message });
  }
}

/** Why the backup just written does not read back: the drive (or its removal), or its content. */
export function readBackFailureMessage(error: unknown, file: string): Msg {
  const code = error instanceof BackupError ? error.code : null;
  if (code === null || code === 'not-found' || code === 'unreadable' || isDeviceError(error)) {
    return msg('backup.unreadableAfterWrite', { detail: msgOf(error) });
  }
  return msg('backup.readBackDamaged', { file, detail: msgOf(error) });
}
