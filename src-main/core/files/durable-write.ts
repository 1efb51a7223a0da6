import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Writes a file so that it is on the disk when this returns: a temporary file in the same
 * folder, flushed (FlushFileBuffers on Windows), then renamed over the target. A crash leaves
 * either the old file or the new one, never half of one.
 */
export function writeFileDurably(file: string, data: string | Buffer): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  const fd = fs.openSync(tmp, 'w');
  try {
    fs.writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fs.fsyncSync(fd);
  } catch (error) {
    fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw error;
  }
  fs.closeSync(fd);
  fs.renameSync(tmp, file);
  syncFolder(path.dirname(file));
}

/** Flushes a folder entry on POSIX; Windows cannot open folders for this and needs no call. */
export function syncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  const fd = fs.openSync(folder, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
