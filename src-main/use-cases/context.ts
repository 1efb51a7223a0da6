/**
 * The use-case layer: what the tool does (audit, apply, rollback, repair, export, fleet), written
 * once. The command line, the headless executable and the wizard service are thin adapters over
 * it: arguments in, rendering out. A use case takes the lock, reads the machine under it, plans,
 * changes, plans again and judges readiness; it renders nothing and returns data and messages
 * by code.
 */
import type { Machine } from '../core/machine.js';
import type { Step } from '../core/state/write-state.js';
import type { JournalStore } from '../core/state/journal.js';
import { holdForChange } from '../core/state/operation-lock.js';

export interface UseCaseContext {
  machine: Machine;
  journal: JournalStore;
  toolVersion: string;
  now?: () => Date;
}

/** Progress of a change: called with the number of writes planned, returns the per-write callback. */
export type StepReporter = (total: number) => ((step: Step) => void) | undefined;

/** What a change (apply or rollback) takes besides its own input. */
export interface ChangeHooks {
  /** Progress per write, told the number of writes planned (the wizard)... */
  onStepFor?: StepReporter;
  /** ...or a plain per-write callback (the command line's crash hook). */
  onStep?: (step: Step) => void;
  /** KB 3140245 was installed from the stick in this session and asked for a restart. */
  updateInstalledThisSession?: boolean;
  /** Checked under the lock before anything is read (the wizard: no interrupted change to repair). */
  guard?: () => void;
}

/**
 * One change at a time, across processes (another wizard, the CLI): the lock is taken (when the
 * process can write at all) and the machine read again under it, so the plan shown is the plan done.
 */
export function underLock<T>(ctx: UseCaseContext, fn: () => T): T {
  return holdForChange(ctx.journal.lock(), ctx.machine.isElevated(), () => {
    ctx.machine.refresh?.();
    return fn();
  });
}

export function operationContext(ctx: UseCaseContext, onStep?: (step: Step) => void) {
  return {
    machine: ctx.machine,
    journal: ctx.journal,
    toolVersion: ctx.toolVersion,
    ...(ctx.now ? { now: ctx.now } : {}),
    ...(onStep ? { onStep } : {}),
  };
}

/**
 * What is read after a change (the plan again, the verdict): a read that fails there must not
 * turn a change that was made and verified into a failure, so it gives null instead.
 */
export function afterChange<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}
