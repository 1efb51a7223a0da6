import * as fs from 'node:fs';
import * as path from 'node:path';
import { english, msg } from '../../src-shared/messages/messages.js';
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
    return { path: folder, writable: true, problem: null, problemMsg: null, onStick };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem =
      code === 'EROFS' || code === 'EACCES' || code === 'EPERM'
        ? msg('folder.notWritable', {})
        : code === 'ENOSPC'
          ? msg('folder.full', {})
          : code === 'ENOENT' || code === 'ENOTDIR'
            ? msg('folder.missing', {})
            : msg('folder.unusable', { detail: (error as Error).message });
    return { path: folder, writable: false, problem: english(problem), problemMsg: problem, onStick };
  }
}
