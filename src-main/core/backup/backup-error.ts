/** A backup file that is refused: nothing was written. The message says why, for a person. */
export class BackupError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

/** Errors of the device itself (a stick pulled out, a failing drive), not of the folder or its rights. */
const IO_CODES = new Set(['EIO', 'ENODEV', 'ENXIO', 'ENOMEDIUM', 'EREMOTEIO']);

export function isDeviceError(error: unknown): boolean {
  return IO_CODES.has((error as NodeJS.ErrnoException | null)?.code ?? '');
}

/** Why the backup could not be written to `folder`, for a person: what happened and what to do. */
export function writeFailureMessage(error: unknown, folder: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (isDeviceError(error)) {
    return `The backup could not be written to ${folder}: a read or write error of the drive (${code}). Is the USB stick still plugged in?`;
  }
  switch (code) {
    case 'ENOENT':
      return `The backup folder ${folder} does not exist or was removed (is the USB stick still plugged in?).`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `The backup folder ${folder} is not writable (write-protected stick, or no permission). Choose another folder with --backup-dir.`;
    case 'ENOSPC':
      return `The backup folder ${folder} is full. Free some space or choose another folder with --backup-dir.`;
    default:
      return `The backup could not be written to ${folder}: ${(error as Error).message}`;
  }
}

/** Why the backup just written does not read back: the drive (or its removal), or its content. */
export function readBackFailureMessage(error: unknown, file: string): string {
  const code = error instanceof BackupError ? error.code : null;
  if (code === null || code === 'not-found' || code === 'unreadable' || isDeviceError(error)) {
    return `The backup was written but can no longer be read (${(error as Error).message}) Is the USB stick still plugged in?`;
  }
  return `The backup ${file} did not read back as written (${(error as Error).message})`;
}
