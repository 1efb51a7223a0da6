/**
 * The fleet's totals, gathered one record at a time in a fixed amount of memory: counts per
 * Windows family, per KB state, per group, per stack and protocol set, per outcome. Nothing here
 * grows with the number of machines (the per-machine rows are streamed to files, fleet-report.ts).
 */
import { msg, type Msg } from '../../../src-shared/messages/messages.js';
import { PROTOCOL_BITS, TLS_BITS_MASK } from '../catalogue/protocols.js';
import type { Group } from '../catalogue/catalogue.js';
import type { OsFamily } from '../catalogue/windows-families.js';
import type { FleetRecord, FleetStack } from './fleet-record.js';

export interface StackTally {
  /** "winhttp (64-bit)", by code (fleet.stack). */
  label: Msg;
  machines: number;
  withoutTls12: number;
  withTls10or11: number;
  /** Protocol set (its TLS bits: "TLS 1.0, TLS 1.2") -> machines: at most 16 sets per stack. */
  sets: Map<number, number>;
}

export class FleetSummary {
  machines = 0;
  unreadable = 0;
  otherFiles = 0;
  simulated = 0;
  /** Machines per family (null: a Windows the tool does not support). */
  readonly byFamily = new Map<OsFamily | null, number>();
  kbMissing = 0;
  machinesWithChanges = 0;
  valuesToChange = 0;
  readonly changesByGroup = new Map<Group, number>();
  /** Keyed by stack and view. */
  readonly stacks = new Map<string, StackTally>();
  /** The last command and its outcome ("apply: done", "audit: exit 0", by code) -> machines. */
  readonly lastCommand = new Map<string, { label: Msg; machines: number }>();
  applies = 0;
  failures = 0;
  restartsPending = 0;
  refusedPlans = 0;

  add(record: FleetRecord): void {
    this.machines += 1;
    if (record.simulated) this.simulated += 1;
    // Keyed by the catalogue's families (a fixed list), never by a name read from the file.
    this.byFamily.set(record.family, (this.byFamily.get(record.family) ?? 0) + 1);
    if (record.kbNeeded && record.kbState === 'missing') this.kbMissing += 1;
    if (record.changes > 0) this.machinesWithChanges += 1;
    this.valuesToChange += record.changes;
    for (const [group, n] of Object.entries(record.changesByGroup) as [Group, number][]) {
      this.changesByGroup.set(group, (this.changesByGroup.get(group) ?? 0) + n);
    }
    for (const stack of record.effective) this.addStack(stack);
    const key = record.command === 'apply' ? `apply:${record.outcome ?? ''}` : `audit:${record.exitCode}`;
    const last = this.lastCommand.get(key) ?? {
      label: msg('fleet.lastCommand', {
        command: record.command,
        outcome: record.outcome,
        exitCode: record.exitCode,
      }),
      machines: 0,
    };
    last.machines += 1;
    this.lastCommand.set(key, last);
    if (record.command === 'apply') this.applies += 1;
    if (record.outcome === 'failed' || record.outcome === 'refused') this.failures += 1;
    if (record.restartNeeded) this.restartsPending += 1;
    if (record.blockers > 0) this.refusedPlans += 1;
  }

  private addStack(s: FleetStack): void {
    const key = `${s.stack}/${s.view}`;
    const tally = this.stacks.get(key) ?? {
      label: msg('fleet.stack', { stack: s.stack, view: s.view }),
      machines: 0,
      withoutTls12: 0,
      withTls10or11: 0,
      sets: new Map(),
    };
    tally.machines += 1;
    if ((s.mask & PROTOCOL_BITS.tls12) === 0) tally.withoutTls12 += 1;
    if ((s.mask & (PROTOCOL_BITS.tls10 | PROTOCOL_BITS.tls11)) !== 0) tally.withTls10or11 += 1;
    const set = s.mask & TLS_BITS_MASK;
    tally.sets.set(set, (tally.sets.get(set) ?? 0) + 1);
    this.stacks.set(key, tally);
  }
}
