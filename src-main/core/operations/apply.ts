import { english, msg, said } from '../../../src-shared/messages/messages.js';
import { sealBackup, BACKUP_FORMAT, BACKUP_FORMAT_VERSION, TOOL_NAME } from '../backup/backup-document.js';
import { BackupError } from '../backup/backup-error.js';
import { writeBackup } from '../backup/backup-files.js';
import type { BackupDocument, WrittenBackup } from '../backup/backup-document.js';
import { CATALOGUE } from '../catalogue/catalogue.js';
import { deniedAdvice, deniedKeyOf } from '../plan/access-check.js';
import { keyChain } from '../plan/views.js';
import { changesOf, type Plan } from '../plan/plan-types.js';
import { captureState } from '../state/capture-state.js';
import { keyId, withValue, type KeyState, type RegistryState } from '../state/registry-state.js';
import { runTransaction } from '../state/transaction.js';
import type { OperationContext } from './context.js';
import { RegistryError } from '../registry/registry-error.js';
import { recordChange } from './record-change.js';
import { EXIT, failedBeforeWriting, refused, type OperationResult } from './operation-result.js';

export interface ApplyOptions {
  backupDir: string;
  /** How backup files are written (tests inject a full disk); flushed to disk by default. */
  writeFile?: (file: string, data: string | Buffer) => void;
  /** Called after each backup file is on disk (tests: a crash, or a stick pulled out). */
  onBackupFile?: (file: string) => void;
  /** The technician confirmed replacing values of the wrong type (e.g. REG_SZ "1"). */
  replaceWrongTypes?: boolean;
}

/** The state an apply aims at: every planned value as desired, every key leading to it present. */
function targetOf(plan: Plan, before: RegistryState): RegistryState {
  const keys = new Map<string, KeyState>();
  for (const item of plan.items) {
    const entry = CATALOGUE.find((e) => e.id === item.entryId);
    for (const path of entry ? keyChain(entry) : []) {
      const k = { hive: item.hive, view: item.view, path, existed: true };
      keys.set(keyId(k), k);
    }
  }
  const values = before.values.map((v, i) => withValue(v, plan.items[i]?.desired ?? null));
  return { keys: [...keys.values()], values };
}

/** Why this plan must not run here, as the result to return; null when it may. */
function refusalOf(plan: Plan, options: ApplyOptions, ctx: OperationContext): OperationResult | null {
  if (plan.blockers.length > 0) return refused(...plan.blockers);
  // Nothing to change needs no rights: that outcome (below) is told without them.
  if (!ctx.machine.isElevated() && changesOf(plan).length > 0) return refused(msg('result.notAdmin', {}));
  const changes = changesOf(plan);
  if (changes.length === 0) {
    return {
      outcome: 'nothing-to-do',
      exitCode: EXIT.ok,
      restartNeeded: false,
      ...said(msg('result.alreadyAsChosen', {})),
      backup: null,
      steps: [],
      restored: null,
    };
  }
  const wrongTypes = changes.filter((c) => c.action === 'replace-type');
  if (wrongTypes.length > 0 && !options.replaceWrongTypes) {
    return refused(msg('result.wrongTypes', { names: wrongTypes.map((c) => c.name) }));
  }
  return null;
}

/** The backup document of the state found, sealed with its checksum. */
function backupDocument(
  plan: Plan,
  before: RegistryState,
  target: RegistryState,
  ctx: OperationContext,
): BackupDocument {
  const { os } = plan.detection;
  return sealBackup({
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    tool: { name: TOOL_NAME, version: ctx.toolVersion },
    createdAt: (ctx.now?.() ?? new Date()).toISOString(),
    machine: {
      computerName: os.computerName,
      os: {
        displayName: english(os.displayNameMsg),
        family: os.family,
        version: os.version,
        build: os.build,
        architecture: os.architecture,
        is64Bit: os.is64Bit,
      },
      simulatedProfile: ctx.machine.simulatedProfile,
    },
    choice: { protocols: plan.choice, groups: plan.groups },
    state: before,
    applied: target,
  });
}

/** The state before any write, or the result that stops the apply (a denied key, a read error). */
function captureOrStop(plan: Plan, ctx: OperationContext): RegistryState | OperationResult {
  try {
    return captureState(ctx.machine.registry, plan.items);
  } catch (error) {
    const denied = deniedKeyOf(error);
    if (denied) return refused(deniedAdvice(denied));
    if (error instanceof RegistryError) return failedBeforeWriting(error);
    throw error;
  }
}

/**
 * Steps 4 to 6: refuses what must not run, backs up (flushed, read back) before the first write,
 * writes with a journal, verifies, and on any failure puts back what was changed.
 */
export function applyPlan(plan: Plan, options: ApplyOptions, ctx: OperationContext): OperationResult {
  const refusal = refusalOf(plan, options, ctx);
  if (refusal) return refusal;
  const before = captureOrStop(plan, ctx);
  if (!('keys' in before)) return before;
  const target = targetOf(plan, before);
  let backup: WrittenBackup;
  try {
    backup = writeBackup(
      options.backupDir,
      backupDocument(plan, before, target, ctx),
      options.writeFile,
      options.onBackupFile,
    );
  } catch (error) {
    if (error instanceof BackupError) return refused(error.msg);
    throw error;
  }
  const tx = runTransaction(ctx.machine.registry, ctx.journal, {
    operation: 'apply',
    computerName: plan.detection.os.computerName,
    backupFile: backup.jsonFile,
    before,
    target,
    ...(ctx.onStep ? { onStep: ctx.onStep } : {}),
  });
  if (!tx.ok) {
    return {
      outcome: 'failed',
      exitCode: EXIT.failed,
      restartNeeded: false,
      ...said(
        msg('result.applyFailed', {
          error: tx.error,
          restoreError: tx.restored ? null : tx.restoreError,
          regFile: backup.regFile,
        }),
      ),
      backup,
      steps: tx.steps,
      restored: tx.restored,
    };
  }
  const changes = changesOf(plan);
  const restartNeeded = changes.some((c) => c.restart);
  recordChange(
    ctx,
    'apply',
    plan.detection.os.computerName,
    restartNeeded,
    changes.map((c) => c.group),
  );
  return {
    outcome: 'done',
    exitCode: restartNeeded ? EXIT.restartNeeded : EXIT.ok,
    restartNeeded,
    ...said(msg('result.applied', { count: changes.length, restart: restartNeeded })),
    backup,
    steps: tx.steps,
    restored: null,
  };
}
