/**
 * What the fleet report's first pass keeps of each result it read (fleet-report.ts): its name,
 * the machine it is filed under, its claim (shared between equal results) and, in typed arrays
 * outside the JavaScript heap, its time and the file's identity. A few hundred bytes of heap per
 * result with its names, rather than its record of over a kilobyte: V8 lets its heap grow to a multiple of what stays alive
 * while the files are parsed, so what stays alive is kept small (BENCHMARKS.md).
 */
import * as path from 'node:path';
import { VERDICTS, type Verdict } from '../../../src-shared/readiness-types.js';
import { claimOf, type Placed, type ReadEntry } from './fleet-machines.js';
import type { Expected, FileIdentity, TimeSource } from './fleet-reader.js';

/** Numbers per result, one Float64Array each, grown by doubling. */
class Columns {
  length = 0;
  private capacity = 1024;
  time = new Float64Array(this.capacity);
  mtimeMs = new Float64Array(this.capacity);
  size = new Float64Array(this.capacity);
  dev = new Float64Array(this.capacity);
  ino = new Float64Array(this.capacity);

  constructor(readonly folder: string) {}

  push(time: number, id: FileIdentity): number {
    if (this.length === this.capacity) this.grow();
    const i = this.length++;
    this.time[i] = time;
    this.mtimeMs[i] = id.mtimeMs;
    this.size[i] = id.size;
    this.dev[i] = id.dev;
    this.ino[i] = id.ino;
    return i;
  }

  private grow(): void {
    this.capacity *= 2;
    const more = (a: Float64Array) => {
      const b = new Float64Array(this.capacity);
      b.set(a);
      return b;
    };
    this.time = more(this.time);
    this.mtimeMs = more(this.mtimeMs);
    this.size = more(this.size);
    this.dev = more(this.dev);
    this.ino = more(this.ino);
  }
}

const FILE_TIME = 1 << 4;

/** One result as the first pass saw it; times and identity are read back from the columns. */
export class IndexedResult implements Placed {
  private constructor(
    private readonly columns: Columns,
    private readonly row: number,
    /** verdict index, and FILE_TIME when the time is the file's. */
    private readonly bits: number,
    readonly name: string,
    readonly filedAs: string,
    /** What the result says (fleet-machines.ts), shared between equal results. */
    readonly claim: string,
    /** null: the file is where its name says (the folder and the name's parts). */
    private readonly path: string | null,
    /** null: the result gives the name it is filed under. */
    private readonly ownName: string | null,
  ) {}

  get time(): Date {
    return new Date(this.columns.time[this.row] ?? NaN);
  }
  get verdict(): Verdict {
    return VERDICTS[this.bits & (FILE_TIME - 1)] ?? 'unknown';
  }
  get timeSource(): TimeSource {
    return this.bits & FILE_TIME ? 'file' : 'result';
  }
  /** The name the result gives itself. */
  get machine(): string {
    return this.ownName ?? this.filedAs;
  }
  get file(): string {
    return this.path ?? path.join(this.columns.folder, ...this.name.split('\\'));
  }
  /** What a second read must find again (rereadFleetFile). */
  expected(): Expected {
    const { columns: c, row: i } = this;
    const identity = {
      size: c.size[i] ?? NaN,
      mtimeMs: c.mtimeMs[i] ?? NaN,
      dev: c.dev[i] ?? NaN,
      ino: c.ino[i] ?? NaN,
    };
    return { identity, machine: this.machine, time: this.time, timeSource: this.timeSource };
  }

  /** The results of one folder read. */
  static index(folder: string, same: <T>(value: T) => T): (entry: ReadEntry) => IndexedResult {
    const columns = new Columns(folder);
    return (entry) => {
      const r = entry.record;
      // Entries made in memory have no identity: one a second read can never match.
      const identity = entry.identity ?? { size: -1, mtimeMs: NaN, dev: -1, ino: -1 };
      const row = columns.push(entry.time.getTime(), identity);
      const bits =
        Math.max(0, VERDICTS.indexOf(r.verdict ?? 'unknown')) | (entry.timeSource === 'file' ? FILE_TIME : 0);
      const derived = path.join(folder, ...entry.name.split('\\'));
      return new IndexedResult(
        columns,
        row,
        bits,
        entry.name,
        entry.filedAs,
        same(claimOf(r)),
        entry.file === derived ? null : entry.file,
        r.machine === entry.filedAs ? null : r.machine,
      );
    };
  }
}
