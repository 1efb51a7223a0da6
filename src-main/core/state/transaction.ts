import { msg } from '../../../src-shared/messages/messages.js';
import type { Detail } from '../../../src-shared/messages/say.js';
import { RegistryError } from '../registry/registry-error.js';
import type { RegistryPort } from '../registry/registry-port.js';
import type { JournalStore } from './journal.js';
import type { RegistryState } from './registry-state.js';
import { verifyState, writeState, type Step } from './write-state.js';

export interface TransactionInput {
  operation: 'apply' | 'rollback';
  computerName: string;
  backupFile: string | null;
  before: RegistryState;
  target: RegistryState;
  onStep?: (step: Step) => void;
}

export type TransactionResult =
  | { ok: true; steps: Step[] }
  | { ok: false; steps: Step[]; error: Detail; restored: boolean; restoreError: string | null };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Writes `target` with a journal on disk, reads everything back, and on any failure writes
 * `before` again. The journal is removed only once the registry is in a known state: the
 * target verified, or `before` restored and verified.
 */
export function runTransaction(
  registry: RegistryPort,
  journal: JournalStore,
  input: TransactionInput,
): TransactionResult {
  journal.write({
    journalVersion: 1,
    operation: input.operation,
    startedAt: new Date().toISOString(),
    pid: process.pid,
    computerName: input.computerName,
    backupFile: input.backupFile,
    before: input.before,
  });
  const steps: Step[] = [];
  try {
    const { keptKeys } = writeState(registry, input.target, (s) => {
      steps.push(s);
      input.onStep?.(s);
    });
    const problems = verifyState(registry, input.target, keptKeys);
    if (problems.length > 0) throw new Error(`Verification failed: ${problems.join('; ')}.`);
  } catch (error) {
    const failure = error instanceof RegistryError ? error.msg : messageOf(error);
    const restoreError = restore(registry, input.before);
    if (restoreError === null) journal.clear();
    return { ok: false, steps, error: failure, restored: restoreError === null, restoreError };
  }
  journal.clear();
  return { ok: true, steps };
}

/** Writes `before` back and verifies it; returns null on success, else what went wrong. */
export function restore(registry: RegistryPort, before: RegistryState): string | null {
  try {
    const { keptKeys } = writeState(registry, before);
    const problems = verifyState(registry, before, keptKeys);
    return problems.length === 0 ? null : problems.join('; ');
  } catch (error) {
    return messageOf(error);
  }
}

export type RepairResult =
  | { repaired: false }
  | {
      repaired: true;
      ok: boolean;
      startedAt: string;
      operation: string;
      error: Detail | null;
      /** The journal was refused (it names something outside the catalogue): nothing was written. */
      refused?: boolean;
    };

/**
 * At start: an apply or rollback that never finished (power loss, killed process) left its
 * journal. Put the registry back to the state before it, then remove the journal.
 */
export function repairInterrupted(
  registry: RegistryPort,
  journal: JournalStore,
  /** Checks the journal's state against the allowlist: the journal folder is not trusted. */
  validate: (state: unknown) => RegistryState,
): RepairResult {
  const found = journal.read();
  if (!found) return { repaired: false };
  let error: Detail | null;
  let refused = false;
  try {
    error = restore(registry, validate(found.before));
  } catch (invalid) {
    refused = true;
    error = msg('repair.journalInvalid', { file: journal.file, detail: messageOf(invalid) });
  }
  if (error === null) journal.clear();
  return {
    repaired: true,
    ok: error === null,
    startedAt: found.startedAt,
    operation: found.operation,
    error,
    ...(refused ? { refused } : {}),
  };
}
