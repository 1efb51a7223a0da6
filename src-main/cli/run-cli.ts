/**
 * The command line's machine commands (detect, audit, apply, rollback): arguments in, rendering
 * out. What each command does is a use case (src-main/use-cases/); errors go through the one
 * error mapper, so a refusal is a sentence and exit 2, and a bug is a sentence and exit 1603.
 */
import { english, msg } from '../../src-shared/messages/messages.js';
import { detect, type Detection } from '../core/detect/detect.js';
import { EXIT } from '../core/operations/operation-result.js';
import { readOnlyNotes } from '../core/state/state-health.js';
import { ComposeError, composeMachine, type Composition } from '../composition/compose-machine.js';
import { crashAfterBackupFileHook, crashAfterWriteHook } from '../composition/test-hooks.js';
import { applyChange } from '../use-cases/apply.js';
import { audit } from '../use-cases/audit.js';
import type { UseCaseContext } from '../use-cases/context.js';
import { mapError } from '../use-cases/error-mapper.js';
import { prepareState } from '../use-cases/repair.js';
import { rollbackChange } from '../use-cases/rollback.js';
import { parseArgs, USAGE, UsageError, type CliArgs } from './args.js';
import type { CliDocument } from './cli-document.js';
import { withEnglish } from './english-json.js';
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
  document?: (doc: CliDocument) => void;
}

/** Runs one command and returns its exit code. All output goes through io. */
export function runCli(argv: string[], io: CliIo): number {
  try {
    return runCommand(argv, io);
  } catch (error) {
    const mapped = mapError(error);
    // A bug is said in one sentence; its stack only where someone asked for it.
    if (mapped.kind === 'bug' && io.env.TLS12_WIZARD_DEBUG && mapped.error instanceof Error) {
      io.err(mapped.error.stack ?? mapped.error.message);
    }
    io.err(english(mapped.msg));
    return mapped.exitCode;
  }
}

/** What a command prints: text lines for a person, or one JSON document with --json. */
class Output {
  readonly lines: string[] = [];
  readonly json: CliDocument;

  constructor(
    private readonly args: CliArgs,
    private readonly io: CliIo,
  ) {
    this.json = { command: args.command, toolVersion: io.version };
  }

  finish(code: number): number {
    this.json.exitCode = code;
    this.json.ranAt = new Date().toISOString();
    const doc = withEnglish(this.json);
    this.io.document?.(doc);
    this.io.out(this.args.json ? JSON.stringify(doc, null, 2) : this.lines.join('\n'));
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

/** The state folder first (repair, or refuse a change): an exit code when the command stops here. */
function stateFirst(ctx: UseCaseContext, args: CliArgs, out: Output): number | null {
  const readOnly = args.command === 'detect' || args.command === 'audit';
  const state = prepareState(ctx, { readOnly });
  const { check } = state;
  if (check.problems.length > 0) out.json.stateProblems = check.problems.map((p) => ({ msg: p }));
  if (check.untrustedFolder) out.json.untrustedStateFolder = check.untrustedFolder;
  if (state.repair) out.json.repair = state.repair;
  if (state.kind !== 'go') {
    if (state.repair?.repaired) out.lines.push(english(state.msg), '');
    else out.lines.push(english(state.msg));
    return state.kind === 'refused' ? EXIT.refused : EXIT.failed;
  }
  out.lines.push(...readOnlyNotes(check), ...(check.problems.length > 0 ? [''] : []));
  if (state.lockedBy) out.lines.push(`WARNING: ${english(state.lockedBy)}`, '');
  if (state.repairMsg) out.lines.push(english(state.repairMsg), '');
  return null;
}

function runCommand(argv: string[], io: CliIo): number {
  const args = argsOrExit(argv, io);
  if (typeof args === 'number') return args;
  const s = composeOrExit(args, io);
  if (typeof s === 'number') return s;
  const ctx: UseCaseContext = { machine: s.machine, journal: s.journal, toolVersion: io.version };
  const out = new Output(args, io);
  out.json.simulatedProfile = s.machine.simulatedProfile;
  try {
    return runMachineCommand(ctx, args, io, out, s);
  } catch (error) {
    const mapped = mapError(error);
    if (!args.json) throw error;
    // With --json a refusal (a lock held, a refused folder) is a document too, never bare text.
    out.json.error = { kind: mapped.kind, msg: mapped.msg };
    return out.finish(mapped.exitCode);
  }
}

function runMachineCommand(
  ctx: UseCaseContext,
  args: CliArgs,
  io: CliIo,
  out: Output,
  s: Composition,
): number {
  if (s.simulation) out.lines.push(english(msg('cli.simulation', { label: s.simulation.label })), '');
  const stop = stateFirst(ctx, args, out);
  if (stop !== null) return out.finish(stop);
  // The computer as it is now: shown by detect and audit, kept in every command's JSON.
  const detection = detect(s.machine);
  out.json.detection = detection;
  if (args.command === 'detect') {
    out.lines.push(...renderDetection(detection));
    return out.finish(EXIT.ok);
  }
  if (args.command === 'audit') return runAudit(ctx, args, out, s, detection);
  if (args.command === 'rollback') return runRollback(ctx, args, io, out, detection);
  return runApply(ctx, args, io, out, s);
}

function runAudit(
  ctx: UseCaseContext,
  args: CliArgs,
  out: Output,
  s: Composition,
  detection: Detection,
): number {
  // A journal or lock that cannot be used (told above) leaves the registry's state in doubt.
  const r = audit(ctx, {
    protocols: args.protocols,
    groups: args.groups,
    detection,
    stateProblems: (out.json.stateProblems ?? []).map((p) => p.msg),
  });
  out.json.readiness = r.readiness;
  out.json.plan = r.plan;
  // The verdict comes first, right under the simulation banner.
  const [verdict, ...rest] = renderReadiness(r.readiness);
  out.lines.splice(s.simulation ? 2 : 0, 0, verdict ?? '', '');
  out.lines.push(...rest, '', ...renderDetection(r.detection), ...renderPlan(r.plan));
  return out.finish(r.exitCode);
}

function runApply(ctx: UseCaseContext, args: CliArgs, io: CliIo, out: Output, s: Composition): number {
  const ran = applyChange(ctx, {
    protocols: args.protocols,
    groups: args.groups,
    backupDir: s.backupFolder,
    replaceWrongTypes: args.replaceWrongTypes,
    onBackupFile: crashAfterBackupFileHook(io.env),
    onStep: crashAfterWriteHook(io.env),
  });
  if (ran.kind !== 'ran') throw new Error('the command line reviews no plan');
  const { plan, result, after, readiness } = ran;
  out.json.plan = plan;
  out.json.result = result;
  out.lines.push(...renderDetection(plan.detection), ...renderPlan(plan), ...renderResult(result));
  // The verdict after the change, for the fleet report and the engines (and the report file).
  if (readiness) {
    out.json.readiness = readiness;
    out.lines.push('', verdictLine(readiness));
  }
  writeCliReport(args, io, plan.detection, result, { operation: 'apply', plan, after }, readiness);
  return out.finish(result.exitCode);
}

function runRollback(
  ctx: UseCaseContext,
  args: CliArgs,
  io: CliIo,
  out: Output,
  detection: Detection,
): number {
  // One plan, read once under the lock: what is shown is what is done.
  const r = rollbackChange(ctx, {
    file: args.backupFile as string,
    options: { restoreWrongTypes: args.restoreWrongTypes, overwriteDrift: args.overwriteDrift },
    onStep: crashAfterWriteHook(io.env),
  });
  out.json.rollbackPlan = r.plan;
  out.json.result = r.result;
  if (r.plan) out.lines.push(...renderRollbackPlan(r.plan));
  out.lines.push(...renderResult(r.result));
  if (r.readiness) out.json.readiness = r.readiness;
  if (r.plan) {
    const after = r.result.outcome === 'refused' ? null : r.after;
    writeCliReport(
      args,
      io,
      r.detection ?? detection,
      r.result,
      { operation: 'rollback', plan: r.plan, after },
      r.readiness,
    );
  }
  return out.finish(r.result.exitCode);
}
