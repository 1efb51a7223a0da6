/**
 * Reads a folder of result files one at a time: the directory is listed as a stream (opendir), each
 * file is opened, its size checked on the open handle before a byte is parsed, read, parsed,
 * checked (fleet-record.ts) and dropped before the next. Memory stays that of one file, however
 * many machines the folder holds. Nothing here throws for a bad file: it comes out with its reason.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { msg, type Msg } from '../../../src-shared/messages/messages.js';
import { FleetFileError, fleetRecordOf, type FleetRecord } from './fleet-record.js';

/** Result files are some tens of kilobytes; anything above this is not one (and is not parsed). */
export const MAX_RESULT_FILE_BYTES = 1024 * 1024;

export type FleetEntry =
  | { file: string; modified: Date; record: FleetRecord; reason: null }
  | { file: string; modified: Date | null; record: null; reason: Msg };

const errorCode = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? String(error);

function readBounded(file: string): { text: string; modified: Date } | Msg {
  let fd: number;
  try {
    // O_NOFOLLOW where the platform has it: a link planted on the share is not followed.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    return msg('fleet.file.cannotOpen', { code: errorCode(error) });
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return msg('fleet.file.notRegular', {});
    if (stat.size > MAX_RESULT_FILE_BYTES) {
      return msg('fleet.file.tooLarge', { bytes: stat.size, max: MAX_RESULT_FILE_BYTES });
    }
    // Read at most the limit + 1 byte, whatever the size said (the file may grow meanwhile).
    const buffer = Buffer.alloc(Math.min(stat.size, MAX_RESULT_FILE_BYTES) + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) {
      n = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
    }
    if (length > MAX_RESULT_FILE_BYTES)
      return msg('fleet.file.tooLarge', { bytes: null, max: MAX_RESULT_FILE_BYTES });
    return { text: buffer.subarray(0, length).toString('utf8'), modified: stat.mtime };
  } catch (error) {
    return msg('fleet.file.cannotRead', { code: errorCode(error) });
  } finally {
    fs.closeSync(fd);
  }
}

/** One file's entry: its record, or why it is not one. */
export function readFleetFile(file: string): FleetEntry {
  const read = readBounded(file);
  if ('code' in read) return { file, modified: null, record: null, reason: read };
  let parsed: unknown;
  try {
    parsed = JSON.parse(read.text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    // JSON.parse's own words, kept as they are.
    const reason = msg('fleet.file.notJson', { detail: detail.slice(0, 120) });
    return { file, modified: read.modified, record: null, reason };
  }
  try {
    return { file, modified: read.modified, record: fleetRecordOf(parsed), reason: null };
  } catch (error) {
    if (!(error instanceof FleetFileError)) throw error;
    return { file, modified: read.modified, record: null, reason: error.msg };
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
        yield { file, modified: null, record: null, reason: msg('fleet.file.symlink', {}) };
      else if (!entry.isFile())
        yield { file, modified: null, record: null, reason: msg('fleet.file.notRegular', {}) };
      else yield readFleetFile(file);
    }
  } finally {
    dir.closeSync();
  }
}
