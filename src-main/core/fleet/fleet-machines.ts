/**
 * One row per machine. A machine is the name the share files its result under (fleet-reader.ts);
 * of its results the newest wins, by the time the result records itself (the file's time only
 * where an older result has none). Two results of one machine with the same time that say
 * different things are a conflict: shown, and counted for neither. So one hostile file changes at
 * most its own machine's row.
 */
import type { Msg } from '../../../src-shared/messages/messages.js';
import type { Verdict } from '../../../src-shared/readiness-types.js';
import type { FleetEntry } from './fleet-reader.js';
import type { FleetRecord } from './fleet-record.js';

export type ReadEntry = Extract<FleetEntry, { record: FleetRecord }>;

/** What deciding a machine's newest result needs of each of its results. */
export interface Placed {
  name: string;
  filedAs: string;
  time: Date;
}

export interface Machine<E extends Placed> {
  /** The machine's name as filed, upper case (Windows names are not case-sensitive). */
  key: string;
  entry: E;
  /** Older results of the same machine that were read and set aside. */
  older: number;
  /** Results with the same time that say something else: a conflict when not empty. */
  rivals: readonly E[];
  /**
   * Every run of the machine that was read (its time and verdict), for the history; null while
   * there is only the one in `entry` (most machines: a map each would cost 50,000 maps).
   */
  runs: Map<string, Verdict> | null;
}

export type FleetMachine = Machine<ReadEntry>;

const verdictOfRecord = (r: FleetRecord): Verdict => r.verdict ?? 'unknown';

/** What a result says, for telling a copy of it from a different claim. */
export function claimOf(r: FleetRecord): string {
  return JSON.stringify([r.command, r.exitCode, r.verdict, r.reasons.map((x) => x.code), r.changes, r.build]);
}

/**
 * One copy of each value many machines share: results of one Windows and one plan carry the same
 * stacks, reasons and next steps, so keeping them once per fleet rather than once per machine
 * keeps the memory of 50,000 machines within bounds (BENCHMARKS.md). Values are shared, never
 * changed, so sharing cannot carry one machine's data into another's row.
 */
export class Pool {
  private readonly values = new Map<string, unknown>();
  same<T>(value: T): T {
    const key = typeof value === 'string' ? `s${value}` : `j${JSON.stringify(value)}`;
    const known = this.values.get(key);
    if (known !== undefined) return known as T;
    this.values.set(key, value);
    return value;
  }
}

function compact(r: FleetRecord, pool: Pool): FleetRecord {
  return {
    ...r,
    toolVersion: pool.same(r.toolVersion),
    windows: pool.same(r.windows),
    kbState: pool.same(r.kbState),
    changesByGroup: pool.same(r.changesByGroup),
    effective: pool.same(r.effective),
    reasons: pool.same(r.reasons),
    refusal: pool.same(r.refusal),
    message: pool.same(r.message),
  };
}

const NO_RIVALS: readonly never[] = Object.freeze([]);

/** A machine's runs, oldest listed first where known: [time, verdict]. */
export function runsOf<E extends Placed>(m: Machine<E>, verdict: (e: E) => Verdict): [string, Verdict][] {
  return m.runs ? [...m.runs] : [[m.entry.time.toISOString(), verdict(m.entry)]];
}

/**
 * One row per machine from results of any shape: the newest wins, a different claim with the
 * same time is a rival, a copy keeps the first name. The report keeps only a small index per
 * result here (fleet-report.ts); FleetMachines keeps whole records.
 */
export class MachineIndex<E extends Placed> {
  private readonly byKey = new Map<string, Machine<E>>();

  constructor(
    private readonly claim: (e: E) => string,
    readonly verdict: (e: E) => Verdict,
  ) {}

  add(entry: E): void {
    // The name as filed where it is upper case already (as NetBIOS names are): one string, not two.
    const upper = entry.filedAs.toUpperCase();
    const key = upper === entry.filedAs ? entry.filedAs : upper;
    const time = entry.time.toISOString();
    const known = this.byKey.get(key);
    if (!known) {
      // Most machines never have a rival: they share one empty list until one comes.
      this.byKey.set(key, { key, entry, older: 0, rivals: NO_RIVALS, runs: null });
      return;
    }
    known.runs ??= new Map(runsOf(known, this.verdict));
    // Two runs with one time and different verdicts: a conflict, and neither is history.
    if (!known.runs.has(time)) known.runs.set(time, this.verdict(entry));
    const diff = entry.time.getTime() - known.entry.time.getTime();
    if (diff > 0) {
      known.older += 1 + known.rivals.length;
      known.entry = entry;
      known.rivals = NO_RIVALS;
    } else if (diff < 0) {
      known.older += 1;
    } else if (this.claim(entry) !== this.claim(known.entry)) {
      known.rivals = [...known.rivals, entry];
    } else {
      // A copy of the same result: the one with the first name stays, whatever the listing order.
      known.older += 1;
      if (entry.name < known.entry.name) known.entry = entry;
    }
  }

  /** Every machine, by name. */
  all(): Machine<E>[] {
    return [...this.byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }
}

const readVerdict = (e: ReadEntry): Verdict => verdictOfRecord(e.record);

/** The runs of a machine whose results are kept whole. */
export const fleetRunsOf = (m: FleetMachine): [string, Verdict][] => runsOf(m, readVerdict);

export class FleetMachines {
  private readonly index = new MachineIndex<ReadEntry>((e) => claimOf(e.record), readVerdict);
  private readonly pool = new Pool();
  readonly unreadable: { name: string; reason: Msg }[] = [];
  files = 0;

  add(entry: FleetEntry): void {
    this.files += 1;
    if (entry.record === null) {
      this.unreadable.push({ name: entry.name, reason: entry.reason });
      return;
    }
    this.index.add({ ...entry, record: compact(entry.record, this.pool) });
  }

  /** Every machine, by name. */
  all(): FleetMachine[] {
    return this.index.all();
  }
}
