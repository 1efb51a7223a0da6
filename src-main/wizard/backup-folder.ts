import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BackupFolderStatus } from '../../src-shared/ipc-contract.js';

/**
 * Checks a backup folder by writing and removing a small file: the only reliable test on
 * Windows, where permission bits say little (a write-protected stick, an ACL, a full disk).
 */
export function backupFolderStatus(
  folder: string,
  stickFolder: string | null,
  create = false,
): BackupFolderStatus {
  const onStick =
    stickFolder !== null &&
    path.resolve(folder).toLowerCase().startsWith(path.resolve(stickFolder).toLowerCase());
  const probe = path.join(folder, `.tls12-write-test-${process.pid}`);
  try {
    // Only the default folder is created; a folder the technician picked must exist. (Recursive
    // mkdir also loops forever on some paths, e.g. below /proc on Linux.)
    if (create) fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(probe, 'test');
    fs.rmSync(probe, { force: true });
    return { path: folder, writable: true, problem: null, onStick };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem =
      code === 'EROFS' || code === 'EACCES' || code === 'EPERM'
        ? 'This folder is not writable (write-protected stick or no permission). Choose another folder.'
        : code === 'ENOSPC'
          ? 'The drive is full. Free some space or choose another folder.'
          : code === 'ENOENT' || code === 'ENOTDIR'
            ? 'This folder does not exist (is the stick still plugged in?). Choose another folder.'
            : `This folder cannot be used: ${(error as Error).message}`;
    return { path: folder, writable: false, problem, onStick };
  }
}
