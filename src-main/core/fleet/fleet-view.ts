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

export const DEFAULT_STALE_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A result from before verdicts: its own section, unknown. */
export type SectionCode = FleetReasonCode | 'fleet.noVerdict';

export interface SectionMachine {
  machine: FleetMachine;
  /** This machine's next steps for this reason (more than one: two Office products, say). */
  next: Msg[];
}

export interface FleetSection {
  code: SectionCode;
  /** The worst verdict this reason gave on any of its machines. */
  verdict: Verdict;
  machines: SectionMachine[];
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

export function fleetView(machines: FleetMachine[], now: Date, staleDays = DEFAULT_STALE_DAYS): FleetView {
  const limit = now.getTime() - staleDays * DAY_MS;
  const current: FleetMachine[] = [];
  const stale: FleetMachine[] = [];
  const conflicts: FleetMachine[] = [];
  for (const m of machines) {
    if (m.rivals.length > 0) conflicts.push(m);
    else if (m.entry.time.getTime() < limit) stale.push(m);
    else current.push(m);
  }
  const byVerdict = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  const sections = new Map<SectionCode, FleetSection>();
  for (const m of current) {
    byVerdict[verdictOf(m)] += 1;
    const r = m.entry.record;
    if (r.verdict === null) {
      section(sections, 'fleet.noVerdict', 'unknown').machines.push({ machine: m, next: [] });
      continue;
    }
    const mine = new Map<FleetReasonCode, SectionMachine>();
    for (const reason of r.reasons) {
      const s = section(sections, reason.code, reason.verdict);
      s.verdict = worseVerdict(s.verdict, reason.verdict);
      let row = mine.get(reason.code);
      if (!row) {
        row = { machine: m, next: [] };
        mine.set(reason.code, row);
        s.machines.push(row);
      }
      const key = JSON.stringify(reason.next);
      if (!row.next.some((n) => JSON.stringify(n) === key)) row.next.push(reason.next);
    }
  }
  const ordered = [...sections.values()].sort(
    (a, b) =>
      VERDICTS.indexOf(a.verdict) - VERDICTS.indexOf(b.verdict) ||
      b.machines.length - a.machines.length ||
      (a.code < b.code ? -1 : 1),
  );
  return {
    current,
    stale,
    conflicts,
    byVerdict,
    sections: ordered,
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
