import * as path from 'node:path';
import { validateState } from '../core/backup/validate-state.js';
import { detect } from '../core/detect/detect.js';
import { detectOs } from '../core/detect/detect-os.js';
import type { Machine } from '../core/machine.js';
import { nativeMachine } from '../core/native/native-machine.js';
import {
  FaultInjectingRegistry,
  parseDenied,
  parseFault,
} from '../core/registry/fault-injecting-registry.js';
import { RegistryError } from '../core/registry/registry-error.js';
import { applyPlan } from '../core/operations/apply.js';
import { EXIT } from '../core/operations/operation-result.js';
import { rollback } from '../core/operations/rollback.js';
import { buildPlan } from '../core/plan/build-plan.js';
import { changesOf } from '../core/plan/plan-types.js';
import { findProfile, PROFILES } from '../core/simulation/profiles.js';
import { simulatedMachine } from '../core/simulation/simulated-machine.js';
import { JournalStore } from '../core/state/journal.js';
import { LockedError, OperationLock } from '../core/state/operation-lock.js';
import { repairInterrupted, type RepairResult } from '../core/state/transaction.js';
import { changeRefusal, checkState, readOnlyNotes } from '../core/state/state-health.js';
import { parseArgs, USAGE, UsageError, type CliArgs } from './args.js';
import { defaultBackupFolder, simulationFolder, stateFolder } from '../core/files/folders.js';
import { renderDetection, renderPlan, renderResult, renderRollbackPlan } from './render-text.js';
import * as fs from 'node:fs';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  version: string;
}

interface Setup {
  machine: Machine;
  journal: JournalStore;
  backupDir: string;
}

function setup(args: CliArgs, io: CliIo): Setup | string {
  if (args.simulate !== null) {
    const profile = findProfile(args.simulate);
    if (!profile) {
      return `Unknown simulation profile "${args.simulate}". Profiles: ${PROFILES.map((p) => p.id).join(', ')}.`;
    }
    const folder = simulationFolder(profile.id, io.env);
    const stateFile = path.join(folder, 'registry.json');
    if (args.fresh) fs.rmSync(folder, { recursive: true, force: true });
    const backupDir = args.backupDir ?? path.join(folder, 'backups');
    if (args.backupDir === null) fs.mkdirSync(backupDir, { recursive: true });
    return {
      machine: simulatedMachine(profile, { stateFile }),
      journal: new JournalStore(folder),
      backupDir,
    };
  }
  if (io.platform !== 'win32') {
    return `This computer is not Windows. Try the tool on a simulated Windows: --simulate ${PROFILES.map((p) => p.id).join(' | ')}.`;
  }
  return {
    machine: nativeMachine(),
    journal: new JournalStore(stateFolder(io.env)),
    backupDir: args.backupDir ?? defaultBackupFolder(io.env),
  };
}

/**
 * Test hook for crash recovery: TLS12_WIZARD_TEST_CRASH_AFTER_WRITE=N kills this process after its
 * N-th registry write, as a power cut would. It can only interrupt the tool; the journal repairs it.
 */
function crashHook(env: NodeJS.ProcessEnv): (() => void) | undefined {
  const n = Number(env.TLS12_WIZARD_TEST_CRASH_AFTER_WRITE);
  if (!Number.isInteger(n) || n < 1) return undefined;
  let writes = 0;
  return () => {
    writes += 1;
    if (writes === n) process.kill(process.pid, 'SIGKILL');
  };
}

/** Test hook: TLS12_WIZARD_TEST_CRASH_AFTER_BACKUP_FILE=N kills this process after the N-th backup file (1 = .json, 2 = .reg). */
function backupCrashHook(env: NodeJS.ProcessEnv): ((file: string) => void) | undefined {
  const n = Number(env.TLS12_WIZARD_TEST_CRASH_AFTER_BACKUP_FILE);
  if (!Number.isInteger(n) || n < 1) return undefined;
  let files = 0;
  return () => {
    files += 1;
    if (files === n) process.kill(process.pid, 'SIGKILL');
  };
}

/** Under the lock; a read-only command that cannot have it says so and goes on (nothing repaired). */
function holdOrNote(
  lock: OperationLock,
  readOnly: boolean,
  lines: string[],
  fn: () => RepairResult,
): RepairResult {
  try {
    return lock.hold(fn);
  } catch (error) {
    if (!readOnly || !(error instanceof LockedError)) throw error;
    lines.push(`WARNING: ${error.message}`, '');
    return { repaired: false };
  }
}

function refuse(lines: string[], message: string | null): number {
  lines.push(message ?? '');
  return EXIT.refused;
}

/** Runs one command and returns its exit code. All output goes through io. */
export function runCli(argv: string[], io: CliIo): number {
  try {
    return runCommand(argv, io);
  } catch (error) {
    if (error instanceof LockedError) {
      io.err(error.message);
      return EXIT.refused;
    }
    // A registry that cannot even be read (before any write): say which value, exit 1603.
    if (error instanceof RegistryError) {
      io.err(`${error.message} Nothing was changed.`);
      return EXIT.failed;
    }
    throw error;
  }
}

function runCommand(argv: string[], io: CliIo): number {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${USAGE}`);
      return EXIT.refused;
    }
    throw error;
  }
  if (args.command === 'help') {
    io.out(USAGE);
    return EXIT.ok;
  }
  const s = setup(args, io);
  if (typeof s === 'string') {
    io.err(s);
    return EXIT.refused;
  }
  const { journal } = s;
  const lock = new OperationLock(journal.folder);
  // Test hooks for fault injection: TLS12_WIZARD_TEST_FAULT=write:3:5 fails the third registry
  // write with Win32 error 5; TLS12_WIZARD_TEST_DENY=write:<key path> denies writing that key (and
  // its subkeys), read:<key path> opening it at all, as a tightened ACL would. Like the crash
  // hook, they can only make the tool fail, never write.
  const fault = parseFault(io.env.TLS12_WIZARD_TEST_FAULT);
  const denied = parseDenied(io.env.TLS12_WIZARD_TEST_DENY);
  const machine =
    fault || denied.length > 0
      ? { ...s.machine, registry: new FaultInjectingRegistry(s.machine.registry, fault, denied) }
      : s.machine;
  const lines: string[] = [];
  const json: Record<string, unknown> = {
    command: args.command,
    toolVersion: io.version,
    simulatedProfile: machine.simulatedProfile,
  };
  if (machine.simulatedProfile) {
    lines.push(
      `SIMULATION: ${findProfile(machine.simulatedProfile)?.label}. Nothing on this computer is changed.`,
      '',
    );
  }
  const finish = (code: number): number => {
    json.exitCode = code;
    io.out(args.json ? JSON.stringify(json, null, 2) : lines.join('\n'));
    return code;
  };

  // A journal or lock that cannot be used stops changes (exit 2), never reading (issue 9 §4).
  const readOnly = args.command === 'detect' || args.command === 'audit';
  const state = checkState(journal, lock.file);
  if (state.problems.length > 0) json.stateProblems = state.problems;
  if (!readOnly && changeRefusal(state) !== null) return finish(refuse(lines, changeRefusal(state)));
  lines.push(...readOnlyNotes(state), ...(state.problems.length > 0 ? [''] : []));
  // An apply or rollback that never finished is repaired before anything else happens.
  if (state.journal !== null && state.problems.length === 0) {
    if (!machine.isElevated()) {
      lines.push(
        'An interrupted change was found. Run this tool as administrator to repair it; nothing was changed.',
      );
      return finish(EXIT.refused);
    }
    const is64 = detectOs(machine.registry, machine.hostname).is64Bit;
    const repair = holdOrNote(lock, readOnly, lines, () => {
      machine.refresh?.();
      return repairInterrupted(machine.registry, journal, (st) => validateState(st, is64));
    });
    json.repair = repair;
    if (repair.repaired) {
      lines.push(
        repair.ok
          ? `An interrupted ${repair.operation} (started ${repair.startedAt}) was found and undone: the registry is as it was before it.`
          : `An interrupted ${repair.operation} was found but could not be undone: ${repair.error}`,
        '',
      );
      if (!repair.ok) return finish(repair.refused === true ? EXIT.refused : EXIT.failed);
    }
  }

  const detection = detect(machine);
  json.detection = detection;
  if (args.command === 'detect') {
    lines.push(...renderDetection(detection));
    return finish(EXIT.ok);
  }
  const ctx = { machine, journal, toolVersion: io.version, onStep: crashHook(io.env) };
  if (args.command === 'rollback') {
    // One plan, read once: what is shown is what is done.
    const { plan, ...result } = lock.hold(() => {
      machine.refresh?.(); // read under the lock: no other copy writes in between
      return rollback(args.backupFile as string, ctx, { restoreWrongTypes: args.restoreWrongTypes });
    });
    json.rollbackPlan = plan;
    json.result = result;
    if (plan) lines.push(...renderRollbackPlan(plan));
    lines.push(...renderResult(result));
    return finish(result.exitCode);
  }
  if (args.command === 'audit') {
    const plan = buildPlan(machine.registry, detection, args.protocols, args.groups);
    json.plan = plan;
    lines.push(...renderDetection(detection), ...renderPlan(plan));
    if (plan.blockers.length > 0) return finish(EXIT.refused);
    return finish(changesOf(plan).length > 0 ? EXIT.changesNeeded : EXIT.ok);
  }
  // Planned inside the lock from the registry as it is then: the plan shown is the plan done.
  const result = lock.hold(() => {
    machine.refresh?.();
    const plan = buildPlan(machine.registry, detect(machine), args.protocols, args.groups);
    json.plan = plan;
    lines.push(...renderDetection(plan.detection), ...renderPlan(plan));
    const options = { backupDir: s.backupDir, replaceWrongTypes: args.replaceWrongTypes };
    return applyPlan(plan, { ...options, onBackupFile: backupCrashHook(io.env) }, ctx);
  });
  json.result = result;
  lines.push(...renderResult(result));
  return finish(result.exitCode);
}
