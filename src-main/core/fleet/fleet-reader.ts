/**
 * Reads a folder of result files one at a time, and its per-device subfolders: the directory is listed as a stream (opendir), each
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

/**
 * A file's place on the share names its machine: `<COMPUTERNAME>.json` directly in the folder, or
 * any result inside a folder `<COMPUTERNAME>\` (one folder per device, each computer account
 * allowed to write only its own: docs/deploy.md). The name inside the file must match it.
 */
export interface Filed {
  /** Where the file is, from the folder read ("PC1\\2026-12-01.json"), for the report. */
  name: string;
  /** The machine the share files it under. */
  filedAs: string;
}

/** Where a result's time came from: its own `ranAt` (or verdict time), else the file's time. */
export type TimeSource = 'result' | 'file';

/**
 * Which file was read, as its open handle said: a file read again later (fleet-report.ts reads
 * each machine's newest result a second time) must still be this one, unchanged.
 */
export interface FileIdentity {
  size: number;
  mtimeMs: number;
  dev: number;
  ino: number;
}

export type FleetEntry = Filed &
  (
    | {
        file: string;
        modified: Date;
        time: Date;
        timeSource: TimeSource;
        record: FleetRecord;
        reason: null;
        /** Absent only for entries not read from a file (made in memory). */
        identity?: FileIdentity;
      }
    | { file: string; modified: Date | null; time: null; timeSource: null; record: null; reason: Msg }
  );

/** How deep below the folder results are looked for (PC1\\x\\y\\file.json), and how many entries at most. */
export const MAX_DEPTH = 3;
export const MAX_ENTRIES = 250_000;
/** A result this much after the report's own time is from a wrong clock or made up: refused. */
export const FUTURE_SLACK_MS = 10 * 60 * 1000;

const errorCode = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? String(error);

let shared: Buffer | undefined;

function readBounded(file: string): { text: string; modified: Date; identity: FileIdentity } | Msg {
  // Node.js on Windows has no O_NOFOLLOW or O_NONBLOCK (both are 0 there): so the name is lstat-ed
  // first, and the open handle must be that same regular file (device and inode), whatever was
  // swapped in between. O_NONBLOCK keeps a FIFO planted after the listing from hanging the open.
  let before: fs.Stats;
  try {
    before = fs.lstatSync(file);
  } catch (error) {
    return msg('fleet.file.cannotOpen', { code: errorCode(error) });
  }
  if (before.isSymbolicLink()) return msg('fleet.file.symlink', {});
  if (!before.isFile()) return msg('fleet.file.notRegular', {});
  let fd: number;
  try {
    const flags = fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0);
    fd = fs.openSync(file, flags);
  } catch (error) {
    return msg('fleet.file.cannotOpen', { code: errorCode(error) });
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile() || stat.dev !== before.dev || stat.ino !== before.ino)
      return msg('fleet.file.notRegular', {});
    if (stat.size > MAX_RESULT_FILE_BYTES) {
      return msg('fleet.file.tooLarge', { bytes: stat.size, max: MAX_RESULT_FILE_BYTES });
    }
    // Read at most the limit + 1 byte, whatever the size said (the file may grow meanwhile), into
    // one buffer allocated once for the whole report.
    const buffer = (shared ??= Buffer.alloc(MAX_RESULT_FILE_BYTES + 1)).subarray(
      0,
      Math.min(stat.size, MAX_RESULT_FILE_BYTES) + 1,
    );
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) {
      n = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
    }
    if (length > MAX_RESULT_FILE_BYTES)
      return msg('fleet.file.tooLarge', { bytes: null, max: MAX_RESULT_FILE_BYTES });
    const identity = { size: stat.size, mtimeMs: stat.mtimeMs, dev: stat.dev, ino: stat.ino };
    return { text: buffer.subarray(0, length).toString('utf8'), modified: stat.mtime, identity };
  } catch (error) {
    return msg('fleet.file.cannotRead', { code: errorCode(error) });
  } finally {
    fs.closeSync(fd);
  }
}

function refused(file: string, filed: Filed, modified: Date | null, reason: Msg): FleetEntry {
  return { ...filed, file, modified, time: null, timeSource: null, record: null, reason };
}

/** One file's entry: its record, or why it is not one. */
export function readFleetFile(file: string, filed: Filed, now: Date): FleetEntry {
  const read = readBounded(file);
  if ('code' in read) return refused(file, filed, null, read);
  let parsed: unknown;
  try {
    parsed = JSON.parse(read.text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    // JSON.parse's own words, kept as they are.
    const reason = msg('fleet.file.notJson', { detail: detail.slice(0, 120) });
    return refused(file, filed, read.modified, reason);
  }
  let record: FleetRecord;
  try {
    record = fleetRecordOf(parsed);
  } catch (error) {
    if (!(error instanceof FleetFileError)) throw error;
    return refused(file, filed, read.modified, error.msg);
  }
  // Windows computer names are not case-sensitive (NetBIOS names are upper case).
  if (record.machine.toUpperCase() !== filed.filedAs.toUpperCase()) {
    const reason = msg('fleet.file.otherMachine', { filedAs: filed.filedAs, claims: record.machine });
    return refused(file, filed, read.modified, reason);
  }
  const own = record.ranAt === null ? null : new Date(record.ranAt);
  const time = own ?? read.modified;
  if (time.getTime() > now.getTime() + FUTURE_SLACK_MS) {
    const reason = msg('fleet.file.future', { time: time.toISOString(), own: own !== null });
    return refused(file, filed, read.modified, reason);
  }
  const timeSource: TimeSource = own === null ? 'file' : 'result';
  const { identity } = read;
  return { ...filed, file, modified: read.modified, time, timeSource, record, reason: null, identity };
}

/** What the first read of a file settled, to be found again on a second read. */
export interface Expected {
  identity: FileIdentity;
  machine: string;
  time: Date;
  timeSource: TimeSource;
}

const sameIdentity = (a: FileIdentity, b: FileIdentity): boolean =>
  a.size === b.size && a.mtimeMs === b.mtimeMs && a.dev === b.dev && a.ino === b.ino;

/**
 * A file read a second time: its entry only if it is still the file the first read saw (the same
 * file, size and time on the handle, the same machine and result time); else it is refused as
 * changed, or with why it cannot be read now. Anyone may rewrite a file between two reads.
 */
export function rereadFleetFile(file: string, filed: Filed, now: Date, expected: Expected): FleetEntry {
  const entry = readFleetFile(file, filed, now);
  if (entry.record === null) return entry;
  const same =
    entry.identity !== undefined &&
    sameIdentity(entry.identity, expected.identity) &&
    entry.record.machine === expected.machine &&
    entry.time.getTime() === expected.time.getTime() &&
    entry.timeSource === expected.timeSource;
  return same ? entry : refused(file, filed, entry.modified, msg('fleet.file.changed', {}));
}

/** What the listing met besides results: other files, and what it did not go into. */
export interface Skipped {
  count: number;
  /** Folders deeper than MAX_DEPTH, and links to folders (never followed). */
  folders?: number;
  /** The listing stopped at MAX_ENTRIES. */
  truncated?: boolean;
}

/**
 * Every *.json file in the folder and in its subfolders down to MAX_DEPTH, as a stream of entries
 * (other files are counted). One listing per folder, each entry seen once: the work grows with the
 * number of entries, however they are spread over folders.
 */
export function* readFleetFolder(
  folder: string,
  skipped: Skipped,
  now: Date = new Date(),
): Generator<FleetEntry> {
  let listed = 0;
  function* walk(dirPath: string, relative: string[], depth: number): Generator<FleetEntry> {
    const dir = fs.opendirSync(dirPath);
    try {
      for (let entry = dir.readSync(); entry !== null; entry = dir.readSync()) {
        if (++listed > MAX_ENTRIES) {
          skipped.truncated = true;
          return;
        }
        const file = path.join(dirPath, entry.name);
        const parts = [...relative, entry.name];
        if (entry.isDirectory()) {
          if (depth >= MAX_DEPTH) skipped.folders = (skipped.folders ?? 0) + 1;
          else yield* walk(file, parts, depth + 1);
          continue;
        }
        if (!entry.name.toLowerCase().endsWith('.json')) {
          skipped.count += 1;
          continue;
        }
        // Directly in the folder: the file's name; in a subfolder: the device folder's name.
        const filedAs = relative[0] ?? entry.name.slice(0, -'.json'.length);
        const filed: Filed = { name: parts.join('\\'), filedAs };
        if (entry.isSymbolicLink()) yield refused(file, filed, null, msg('fleet.file.symlink', {}));
        else if (!entry.isFile()) yield refused(file, filed, null, msg('fleet.file.notRegular', {}));
        else yield readFleetFile(file, filed, now);
      }
    } finally {
      dir.closeSync();
    }
  }
  yield* walk(folder, [], 0);
}
