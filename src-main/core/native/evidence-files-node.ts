import * as fs from 'node:fs';
import type { EvidenceFileReader, EvidenceFileResult } from '../readiness/evidence/evidence-files.js';

type Unreadable = Extract<EvidenceFileResult, { kind: 'unreadable' }>;

const unreadable = (problem: Unreadable['problem'], detail: string): Unreadable => ({
  kind: 'unreadable',
  problem,
  detail,
});

function kindOf(st: fs.BigIntStats): string {
  if (st.isSymbolicLink()) return 'link';
  if (st.isDirectory()) return 'directory';
  if (st.isFIFO()) return 'pipe';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device';
  if (st.isSocket()) return 'socket';
  return 'other';
}

function fromError(error: unknown): EvidenceFileResult {
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'absent' };
  if (code === 'EACCES' || code === 'EPERM' || code === 'EBUSY') return unreadable('denied', code);
  return unreadable('error', code);
}

/**
 * Reads one evidence file: lstat first (a link, junction or anything but a regular file is
 * refused without opening it), then the opened handle is checked to be the same regular file
 * (dev / ino) within the size, and at most maxBytes + 1 bytes are read, so a file that grows
 * meanwhile is still caught.
 */
function readEvidenceFile(file: string, maxBytes: number): EvidenceFileResult {
  let st: fs.BigIntStats;
  try {
    st = fs.lstatSync(file, { bigint: true });
  } catch (error) {
    return fromError(error);
  }
  if (!st.isFile()) return unreadable('not-regular', kindOf(st));
  if (st.size > BigInt(maxBytes)) return unreadable('too-large', `${st.size} > ${maxBytes}`);
  let fd: number;
  try {
    const noFollow = fs.constants.O_NOFOLLOW ?? 0;
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | noFollow);
  } catch (error) {
    return fromError(error);
  }
  try {
    const held = fs.fstatSync(fd, { bigint: true });
    if (held.dev !== st.dev || held.ino !== st.ino) return unreadable('error', 'changed');
    if (!held.isFile()) return unreadable('not-regular', kindOf(held));
    if (held.size > BigInt(maxBytes)) return unreadable('too-large', `${held.size} > ${maxBytes}`);
    const buffer = Buffer.alloc(Number(held.size) + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) {
      n = fs.readSync(fd, buffer, length, buffer.length - length, null);
    }
    if (length > maxBytes) return unreadable('too-large', `more than ${maxBytes}`);
    return { kind: 'read', bytes: new Uint8Array(buffer.subarray(0, length)) };
  } catch (error) {
    return fromError(error);
  } finally {
    fs.closeSync(fd);
  }
}

/** The evidence file reader of the real Windows this process runs on. */
export function nodeEvidenceFiles(): EvidenceFileReader {
  return { read: readEvidenceFile };
}
