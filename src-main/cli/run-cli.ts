import { english } from '../../src-shared/messages/messages.js';
import { validateState } from '../core/backup/validate-state.js';
import { detect } from '../core/detect/detect.js';
import { detectOs } from '../core/detect/detect-os.js';
import { RegistryError } from '../core/registry/registry-error.js';
import { applyPlan } from '../core/operations/apply.js';
import { EXIT } from '../core/operations/operation-result.js';
import { planRollback, rollback } from '../core/operations/rollback.js';
import { buildPlan } from '../core/plan/build-plan.js';
import { assessMachine } from '../core/readiness/assess-machine.js';
import { auditExitCode } from '../core/readiness/audit-exit.js';
import { holdForChange, LockedError, OperationLock } from '../core/state/operation-lock.js';
import { repairInterrupted, type RepairResult } from '../core/state/transaction.js';
import { changeRefusal, checkState, readOnlyNotes } from '../core/state/state-health.js';
import { ComposeError, composeMachine, type Composition } from '../composition/compose-machine.js';
import { crashAfterBackupFileHook, crashAfterWriteHook } from '../composition/test-hooks.js';
import { parseArgs, USAGE, UsageError, type CliArgs } from './args.js';
import { renderReadiness, verdictLine } from './render-readiness.js';
import { renderDetection, renderPlan, renderResult, renderRollbackPlan } from './render-text.js';
import { writeCliReport } from './report-option.js';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  version: string;
  /** Receives the JSON document of every command, also without --json (--json-out, output-files.ts). */
  document?: (doc: Record<string, unknown>) => void;
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

/** What a command prints: text lines for a person, or one JSON document with --json. */
class Output {
  readonly lines: string[] = [];
  readonly json: Record<string, unknown>;

  constructor(
    private readonly args: CliArgs,
    private readonly io: CliIo,
  ) {
    this.json = { command: args.command, toolVersion: io.version };
  }

  finish(code: number): number {
    this.json.exitCode = code;
    this.io.document?.(this.json);
    this.io.out(this.args.json ? JSON.stringify(this.json, null, 2) : this.lines.join('\n'));
    return code;
  }
}

/** The arguments, or the exit code when there is nothing more to do (bad usage, help). */
function argsOrExit(argv: string[], io: CliIo): CliArgs | number {
  try {
    const args = parseArgs(argv);
    if (args.command !== 'help') return args;
    io.out(USAGE);
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`${error.message}\n\n${USAGE}`);
    return EXIT.refused;
  }
}

function composeOrExit(args: CliArgs, io: CliIo): Composition | number {
  try {
    return composeMachine({
      simulate: args.simulate,
      fresh: args.fresh,
      backupDir: args.backupDir,
      env: io.env,
      platform: io.platform,
    });
  } catch (error) {
    if (!(error instanceof ComposeError)) throw error;
    io.err(error.message);
    return EXIT.refused;
  }
}

/** A repair under the lock; a read-only command notes a lock held by another copy instead of stopping. */
function holdOrNote(
  lock: OperationLock,
  readOnly: boolean,
  out: Output,
  fn: () => RepairResult,
): RepairResult {
  try {
    return lock.hold(fn);
  } catch (error) {
    if (!readOnly || !(error instanceof LockedError)) throw error;
    out.lines.push(`WARNING: ${error.message}`, '');
    return { repaired: false };
  }
}

/**
 * A journal or lock that cannot be used stops changes (exit 2), never reading (issue 9 §4); an
 * apply or rollback that never finished is repaired before anything else happens. Returns an exit
 * code when the command must stop here, null when it goes on.
 */
function stateFirst(s: Composition, lock: OperationLock, args: CliArgs, out: Output): number | null {
  const { machine, journal } = s;
  const readOnly = args.command === 'detect' || args.command === 'audit';
  const state = checkState(journal, lock.file);
  if (state.problems.length > 0) out.json.stateProblems = state.problems;
  if (state.untrustedFolder) out.json.untrustedStateFolder = state.untrustedFolder;
  const refusal = changeRefusal(state);
  if (!readOnly && refusal !== null) {
    out.lines.push(english(refusal));
    return EXIT.refused;
  }
  out.lines.push(...readOnlyNotes(state), ...(state.problems.length > 0 ? [''] : []));
  if (state.journal === null || state.problems.length > 0) return null;
  if (!machine.isElevated()) {
    out.lines.push(
      'An interrupted change was found. Run this tool as administrator to repair it; nothing was changed.',
    );
    return EXIT.refused;
  }
  const is64 = detectOs(machine.registry, machine.hostname).is64Bit;
  const repair = holdOrNote(lock, readOnly, out, () => {
    machine.refresh?.();
    return repairInterrupted(machine.registry, journal, (st) => validateState(st, is64));
  });
  out.json.repair = repair;
  if (!repair.repaired) return null;
  out.lines.push(
    repair.ok
      ? `An interrupted ${repair.operation} (started ${repair.startedAt}) was found and undone: the registry is as it was before it.`
      : `An interrupted ${repair.operation} was found but could not be undone: ${english(repair.error ?? '')}`,
    '',
  );
  if (repair.ok) return null;
  return repair.refused === true ? EXIT.refused : EXIT.failed;
}

function runCommand(argv: string[], io: CliIo): number {
  const args = argsOrExit(argv, io);
  if (typeof args === 'number') return args;
  const s = composeOrExit(args, io);
  if (typeof s === 'number') return s;
  const { journal, machine } = s;
  const lock = journal.lock();
  const out = new Output(args, io);
  out.json.simulatedProfile = machine.simulatedProfile;
  if (s.simulation)
    out.lines.push(`SIMULATION: ${s.simulation.label}. Nothing on this computer is changed.`, '');
  const stop = stateFirst(s, lock, args, out);
  if (stop !== null) return out.finish(stop);

  const detection = detect(machine);
  out.json.detection = detection;
  if (args.command === 'detect') {
    out.lines.push(...renderDetection(detection));
    return out.finish(EXIT.ok);
  }
  const ctx = { machine, journal, toolVersion: io.version, onStep: crashAfterWriteHook(io.env) };
  if (args.command === 'rollback') {
    // One plan, read once: what is shown is what is done.
    const { plan, ...result } = holdForChange(lock, machine.isElevated(), () => {
      machine.refresh?.(); // read under the lock: no other copy writes in between
      return rollback(args.backupFile as string, ctx, {
        restoreWrongTypes: args.restoreWrongTypes,
        overwriteDrift: args.overwriteDrift,
      });
    });
    out.json.rollbackPlan = plan;
    out.json.result = result;
    if (plan) out.lines.push(...renderRollbackPlan(plan));
    out.lines.push(...renderResult(result));
    if (plan && args.report !== null) {
      const after = result.outcome === 'refused' ? null : planRollback(args.backupFile as string, ctx);
      writeCliReport(args, io, detect(machine), result, { operation: 'rollback', plan, after });
    }
    return out.finish(result.exitCode);
  }
  if (args.command === 'audit') {
    const plan = buildPlan(machine.registry, detection, args.protocols, args.groups);
    // A journal or lock that cannot be used (told above) leaves the registry's state in doubt.
    const problems = (out.json.stateProblems as string[] | undefined) ?? [];
    const readiness = assessMachine(machine, journal, plan, {
      unreadable: problems.length > 0 ? [{ where: journal.file, found: problems.join(' ') }] : [],
    });
    out.json.readiness = readiness;
    out.json.plan = plan;
    // The verdict comes first, right under the simulation banner.
    const [verdict, ...rest] = renderReadiness(readiness);
    out.lines.splice(s.simulation ? 2 : 0, 0, verdict ?? '', '');
    out.lines.push(...rest, '', ...renderDetection(detection), ...renderPlan(plan));
    return out.finish(auditExitCode(readiness, plan.blockers.length > 0));
  }
  // Planned inside the lock from the registry as it is then: the plan shown is the plan done.
  const options = {
    backupDir: s.backupFolder,
    replaceWrongTypes: args.replaceWrongTypes,
    onBackupFile: crashAfterBackupFileHook(io.env),
  };
  const { plan, result } = holdForChange(lock, machine.isElevated(), () => {
    machine.refresh?.();
    const reviewed = buildPlan(machine.registry, detect(machine), args.protocols, args.groups);
    out.json.plan = reviewed;
    out.lines.push(...renderDetection(reviewed.detection), ...renderPlan(reviewed));
    return { plan: reviewed, result: applyPlan(reviewed, options, ctx) };
  });
  out.json.result = result;
  out.lines.push(...renderResult(result));
  // The verdict after the change, for the fleet report and the engines (and the report file).
  const after =
    result.outcome === 'refused'
      ? null
      : buildPlan(machine.registry, detect(machine), args.protocols, args.groups);
  const readiness = after && assessMachine(machine, journal, after);
  if (readiness) {
    out.json.readiness = readiness;
    out.lines.push('', verdictLine(readiness));
  }
  if (args.report !== null) {
    writeCliReport(args, io, plan.detection, result, { operation: 'apply', plan, after }, readiness);
  }
  return out.finish(result.exitCode);
}
