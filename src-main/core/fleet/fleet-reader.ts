/**
 * Reads a folder of result files one at a time: the directory is listed as a stream (opendir), each
 * file is opened, its size checked on the open handle before a byte is parsed, read, parsed,
 * checked (fleet-record.ts) and dropped before the next. Memory stays that of one file, however
 * many machines the folder holds. Nothing here throws for a bad file: it comes out with its reason.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FleetFileError, fleetRecordOf, type FleetRecord } from './fleet-record.js';

/** Result files are some tens of kilobytes; anything above this is not one (and is not parsed). */
export const MAX_RESULT_FILE_BYTES = 1024 * 1024;

export type FleetEntry =
  | { file: string; modified: Date; record: FleetRecord; reason: null }
  | { file: string; modified: Date | null; record: null; reason: string };

function readBounded(file: string): { text: string; modified: Date } | string {
  let fd: number;
  try {
    // O_NOFOLLOW where the platform has it: a link planted on the share is not followed.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    return `cannot be opened (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return 'not a regular file';
    if (stat.size > MAX_RESULT_FILE_BYTES) {
      return `${stat.size} bytes: larger than ${MAX_RESULT_FILE_BYTES} bytes, not read`;
    }
    // Read at most the limit + 1 byte, whatever the size said (the file may grow meanwhile).
    const buffer = Buffer.alloc(Math.min(stat.size, MAX_RESULT_FILE_BYTES) + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) {
      n = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
    }
    if (length > MAX_RESULT_FILE_BYTES) return `larger than ${MAX_RESULT_FILE_BYTES} bytes, not read`;
    return { text: buffer.subarray(0, length).toString('utf8'), modified: stat.mtime };
  } catch (error) {
    return `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
  } finally {
    fs.closeSync(fd);
  }
}

/** One file's entry: its record, or why it is not one. */
export function readFleetFile(file: string): FleetEntry {
  const read = readBounded(file);
  if (typeof read === 'string') return { file, modified: null, record: null, reason: read };
  let parsed: unknown;
  try {
    parsed = JSON.parse(read.text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { file, modified: read.modified, record: null, reason: `not JSON (${detail.slice(0, 120)})` };
  }
  try {
    return { file, modified: read.modified, record: fleetRecordOf(parsed), reason: null };
  } catch (error) {
    if (!(error instanceof FleetFileError)) throw error;
    return { file, modified: read.modified, record: null, reason: error.message };
  }
}

/** Every *.json file directly in the folder, as a stream of entries (other files are counted). */
export function* readFleetFolder(folder: string, skipped: { count: number }): Generator<FleetEntry> {
  const dir = fs.opendirSync(folder);
  try {
    for (let entry = dir.readSync(); entry !== null; entry = dir.readSync()) {
      if (!entry.name.toLowerCase().endsWith('.json')) {
        skipped.count += 1;
        continue;
      }
      const file = path.join(folder, entry.name);
      if (entry.isSymbolicLink())
        yield { file, modified: null, record: null, reason: 'a symbolic link, not followed' };
      else if (!entry.isFile()) yield { file, modified: null, record: null, reason: 'not a regular file' };
      else yield readFleetFile(file);
    }
  } finally {
    dir.closeSync();
  }
}
