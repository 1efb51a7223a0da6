/**
 * The fleet report's own files (HTML, CSV, history) sit in folders other people can write to.
 * Each is written into a new file made exclusively (`wx`: O_CREAT | O_EXCL, CREATE_NEW on
 * Windows) under an unpredictable name beside it, then renamed into place; a destination that is
 * a link, has more than one hard link or is not a regular file is refused. A rename replaces a
 * name and never writes through a link, so a link planted meanwhile is replaced, not followed.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { MessageError } from '../../../src-shared/messages/message-error.js';
import { msg, type Msg } from '../../../src-shared/messages/messages.js';

/** Why a path given to write is not one the tool writes to, or null (absent, or a plain file). */
export function unsafeOutput(file: string): Msg | null {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(file);
  } catch (error) {
    // Absent, or under a file (ENOTDIR): nothing there to write through; creating it says why not.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw error;
  }
  if (stat.isSymbolicLink()) return msg('fleet.output.link', { file });
  if (!stat.isFile()) return msg('fleet.output.notRegular', { file });
  if (stat.nlink > 1) return msg('fleet.output.hardLinked', { file, links: stat.nlink });
  return null;
}

export class ExclusiveFile {
  private readonly temp: string;
  private fd: number | null;

  constructor(readonly file: string) {
    this.temp = `${file}.${randomBytes(8).toString('hex')}.tmp`;
    this.fd = fs.openSync(this.temp, 'wx', 0o644);
  }

  write(text: string): void {
    if (this.fd === null) throw new Error('written after it was closed');
    fs.writeSync(this.fd, text);
  }

  /** Puts the file in place; refuses (and removes the new file) when the destination became unsafe. */
  commit(): void {
    this.closeFd();
    const unsafe = unsafeOutput(this.file);
    if (unsafe) {
      fs.rmSync(this.temp, { force: true });
      throw new MessageError(unsafe);
    }
    fs.renameSync(this.temp, this.file);
  }

  /** Leaves nothing behind (a failed report). Safe to call after commit. */
  abort(): void {
    if (this.fd === null) return;
    this.closeFd();
    fs.rmSync(this.temp, { force: true });
  }

  private closeFd(): void {
    if (this.fd === null) return;
    const fd = this.fd;
    this.fd = null;
    fs.closeSync(fd);
  }
}
