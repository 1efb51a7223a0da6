/**
 * Parts of the fleet page that are made before their place in the page is reached (the rows of
 * each section and of the machines tables, made one machine at a time in the report's second
 * pass): written to files in a private temporary folder and copied into the page in order, so
 * that the rows of 50,000 machines are never held in memory. The folder is made by mkdtemp (only
 * its owner may enter it), each file in it exclusively, and all of it is removed afterwards.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { StringDecoder } from 'node:string_decoder';

/** Text written a few tens of kilobytes at a time, read back in order. */
export class Spool {
  private fd: number | null;
  private pending: string[] = [];
  private pendingLength = 0;

  constructor(file: string) {
    this.fd = fs.openSync(file, 'wx+', 0o600);
  }

  write(text: string): void {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= 64 * 1024) this.flush();
  }

  /** Passes everything written, in order and in chunks, to `write`. */
  copyTo(write: (text: string) => void): void {
    this.flush();
    const fd = this.handle();
    // Chunks below V8's large-object size (128 KB), so that the texts made of them die young.
    const buffer = Buffer.alloc(64 * 1024);
    // A chunk may end inside a character: the decoder keeps its first bytes for the next.
    const decoder = new StringDecoder('utf8');
    for (let position = 0; ;) {
      const n = fs.readSync(fd, buffer, 0, buffer.length, position);
      if (n === 0) break;
      position += n;
      const text = decoder.write(buffer.subarray(0, n));
      if (text !== '') write(text);
    }
    const rest = decoder.end();
    if (rest !== '') write(rest);
  }

  close(): void {
    if (this.fd === null) return;
    const fd = this.fd;
    this.fd = null;
    fs.closeSync(fd);
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    fs.writeSync(this.handle(), this.pending.join(''));
    this.pending = [];
    this.pendingLength = 0;
  }

  private handle(): number {
    if (this.fd === null) throw new Error('spool used after it was closed');
    return this.fd;
  }
}

/** The spools of one report, in one temporary folder made when the first is needed. */
export class Spools {
  private dir: string | null = null;
  private readonly open: Spool[] = [];

  spool(): Spool {
    this.dir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'tls12-fleet-'));
    const spool = new Spool(path.join(this.dir, `${this.open.length}.part`));
    this.open.push(spool);
    return spool;
  }

  /** Closes every spool and removes the folder. Safe to call more than once. */
  remove(): void {
    for (const s of this.open.splice(0)) s.close();
    if (this.dir !== null) fs.rmSync(this.dir, { recursive: true, force: true });
    this.dir = null;
  }
}
