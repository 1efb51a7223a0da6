/**
 * The fleet's answer to "is it ready for Microsoft 365?", from one row per machine
 * (fleet-machines.ts): the machines that reported within the stale limit, counted by verdict
 * (only `ready` is ready: `at-risk` and `unknown` never are), one section per reason code, worst
 * first, and the stale machines apart with their last verdict. Pure: no file is read here.
 */
import type { FleetReasonCode } from '../../../src-shared/messages/en/fleet.js';
import type { Msg } from '../../../src-shared/messages/messages.js';
import { VERDICTS, worseVerdict, type Verdict } from '../../../src-shared/readiness-types.js';
import type { FleetMachine } from './fleet-machines.js';
import type { TimeSource } from './fleet-reader.js';
import type { FleetRecord } from './fleet-record.js';

export const DEFAULT_STALE_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A result from before verdicts: its own section, unknown. */
export type SectionCode = FleetReasonCode | 'fleet.noVerdict';

/** What the page shows of a machine in its sections and the stale table: nothing more is kept. */
export interface PageMachine {
  /** The name its result gives. */
  machine: string;
  windows: string;
  /** A Windows the tool does not support (no family). */
  unsupported: boolean;
  verdict: Verdict;
  time: Date;
  timeSource: TimeSource;
}

export interface SectionMachine {
  machine: PageMachine;
  /** This machine's next steps for this reason (more than one: two Office products, say). */
  next: readonly Msg[];
}

export interface FleetSection {
  code: SectionCode;
  /** The worst verdict this reason gave on any of its machines. */
  verdict: Verdict;
  machines: SectionMachine[];
}

/** A machine whose results conflict: each file's name and verdict. */
export interface ConflictMachine {
  key: string;
  files: { name: string; verdict: Verdict }[];
}

/** What the page and the summary line show besides the sections: the counts and the machines. */
export interface PageView<M extends PageMachine = PageMachine> {
  /** How many reported within the stale limit and are not in conflict: the machines counted. */
  counted: number;
  stale: readonly M[];
  conflicts: readonly ConflictMachine[];
  byVerdict: Record<Verdict, number>;
  /** Counted machines on a Windows the tool does not support. */
  unsupported: number;
  /** Counted machines whose time is the file's (their result records none). */
  fileTimed: number;
  staleDays: number;
}

export interface FleetView {
  /** Reported within the stale limit, and not in conflict: the machines counted. */
  current: FleetMachine[];
  stale: FleetMachine[];
  conflicts: FleetMachine[];
  byVerdict: Record<Verdict, number>;
  sections: FleetSection[];
  unsupported: FleetMachine[];
  /** Counted machines whose time is the file's (their result records none). */
  fileTimed: number;
  staleDays: number;
}

export const verdictOf = (m: FleetMachine): Verdict => m.entry.record.verdict ?? 'unknown';

/** Which of the three a machine is: in conflict, stale, or counted. */
export function placeOf(
  m: { rivals: readonly unknown[]; entry: { time: Date } },
  now: Date,
  staleDays: number,
): 'conflict' | 'stale' | 'current' {
  if (m.rivals.length > 0) return 'conflict';
  return m.entry.time.getTime() < now.getTime() - staleDays * DAY_MS ? 'stale' : 'current';
}

/** What the page shows of a machine, from its record; `windows` shared through `same`. */
export function pageMachineOf(
  record: FleetRecord,
  entry: { time: Date; timeSource: TimeSource },
  same: <T>(value: T) => T = (v) => v,
): PageMachine {
  return {
    machine: record.machine,
    windows: same(record.windows),
    unsupported: record.family === null,
    verdict: record.verdict ?? 'unknown',
    time: entry.time,
    timeSource: entry.timeSource,
  };
}

/**
 * The counts per verdict and the sections, one counted machine at a time: each machine's record
 * is folded in and may be dropped. `same` shares equal next steps between machines.
 */
export class SectionsBuilder {
  readonly byVerdict = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  private readonly sections = new Map<SectionCode, FleetSection>();
  private readonly single = new Map<Msg, readonly Msg[]>();

  constructor(private readonly same: <T>(value: T) => T = (v) => v) {}

  add(m: PageMachine, r: FleetRecord): void {
    this.byVerdict[m.verdict] += 1;
    if (r.verdict === null) {
      section(this.sections, 'fleet.noVerdict', 'unknown').machines.push({ machine: m, next: [] });
      return;
    }
    const mine = new Map<FleetReasonCode, { row: SectionMachine; next: Msg[] }>();
    for (const reason of r.reasons) {
      const s = section(this.sections, reason.code, reason.verdict);
      s.verdict = worseVerdict(s.verdict, reason.verdict);
      let own = mine.get(reason.code);
      if (!own) {
        own = { row: { machine: m, next: [] }, next: [] };
        mine.set(reason.code, own);
        s.machines.push(own.row);
      }
      const key = JSON.stringify(reason.next);
      if (!own.next.some((n) => JSON.stringify(n) === key)) own.next.push(this.same(reason.next));
    }
    // Most rows have one next step, shared by many machines: one list of it for them all.
    for (const { row, next } of mine.values()) {
      const first = next[0];
      if (next.length !== 1 || first === undefined) {
        row.next = next;
        continue;
      }
      let list = this.single.get(first);
      if (!list) this.single.set(first, (list = [first]));
      row.next = list;
    }
  }

  /** The sections, worst first, then by the number of machines, then by code. */
  result(): FleetSection[] {
    return [...this.sections.values()].sort(
      (a, b) =>
        VERDICTS.indexOf(a.verdict) - VERDICTS.indexOf(b.verdict) ||
        b.machines.length - a.machines.length ||
        (a.code < b.code ? -1 : 1),
    );
  }
}

export function fleetView(machines: FleetMachine[], now: Date, staleDays = DEFAULT_STALE_DAYS): FleetView {
  const current: FleetMachine[] = [];
  const stale: FleetMachine[] = [];
  const conflicts: FleetMachine[] = [];
  for (const m of machines) {
    const place = placeOf(m, now, staleDays);
    (place === 'conflict' ? conflicts : place === 'stale' ? stale : current).push(m);
  }
  const sections = new SectionsBuilder();
  for (const m of current) sections.add(pageMachineOf(m.entry.record, m.entry), m.entry.record);
  return {
    current,
    stale,
    conflicts,
    byVerdict: sections.byVerdict,
    sections: sections.result(),
    unsupported: current.filter((m) => m.entry.record.family === null),
    fileTimed: current.filter((m) => m.entry.timeSource === 'file').length,
    staleDays,
  };
}

function section(
  sections: Map<SectionCode, FleetSection>,
  code: SectionCode,
  verdict: Verdict,
): FleetSection {
  let s = sections.get(code);
  if (!s) sections.set(code, (s = { code, verdict, machines: [] }));
  return s;
}

/** Whole days from a result's time to the report's. */
export const daysSince = (time: Date, now: Date): number =>
  Math.floor((now.getTime() - time.getTime()) / DAY_MS);
