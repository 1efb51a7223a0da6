/**
 * `--json-out FILE` and `--log FILE`, for every command of the CLI and of the packaged
 * executable's headless mode (`TLS12-Wizard.exe --cli ...`): a GUI-subsystem .exe has no console,
 * so deployment tools (Intune, ConfigMgr, GPO startup scripts, RMM) read its result from files.
 * --json-out gets the command's JSON document (also without --json); --log gets the text, stdout
 * and stderr as the console would show them. Both are written when the command has finished,
 * whatever its exit code; a file that cannot be written is reported on stderr and never changes
 * the exit code (a registry change that was made stays reported by its code).
 */
import { english } from '../../src-shared/messages/messages.js';
import { mapError } from '../use-cases/error-mapper.js';
import type { CliDocument } from './cli-document.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EXIT } from '../core/operations/operation-result.js';
import type { CliIo } from './run-cli.js';

export interface OutputFiles {
  jsonOut: string | null;
  log: string | null;
  /** The command line without --json-out / --log. */
  rest: string[];
}

/** Takes --json-out / --log (as `--name value` or `--name=value`) out of the command line. */
export function takeOutputFiles(argv: string[]): OutputFiles | string {
  const found: { jsonOut: string | null; log: string | null } = { jsonOut: null, log: null };
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const match = /^--(json-out|log)(?:=(.*))?$/.exec(arg);
    if (!match) {
      rest.push(arg);
      continue;
    }
    const name = match[1] === 'log' ? 'log' : 'jsonOut';
    const value = match[2] ?? argv[++i];
    if (value === undefined || value === '' || value.startsWith('--'))
      return `--${match[1]} needs a file name.`;
    if (found[name] !== null) return `--${match[1]} is given twice.`;
    found[name] = value;
  }
  return { ...found, rest };
}

function writeOut(file: string, text: string, io: CliIo): void {
  try {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    fs.writeFileSync(file, text);
  } catch (error) {
    io.err(`Could not write ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Runs a command with --json-out / --log handled around it. `run` is the CLI (runCli, or the
 * command dispatcher); its exit code is returned unchanged.
 */
export function runWithOutputFiles(
  argv: string[],
  io: CliIo,
  run: (argv: string[], io: CliIo) => number,
): number {
  const files = takeOutputFiles(argv);
  if (typeof files === 'string') {
    io.err(files);
    return EXIT.refused;
  }
  if (files.jsonOut === null && files.log === null) return run(files.rest, io);
  const log: string[] = [];
  const got: { doc: CliDocument | null } = { doc: null };
  const captured: CliIo = {
    ...io,
    out: (text) => {
      log.push(text);
      io.out(text);
    },
    err: (text) => {
      log.push(text);
      io.err(text);
    },
    document: (doc) => {
      got.doc = doc;
      io.document?.(doc);
    },
  };
  let code: number;
  try {
    code = run(files.rest, captured);
  } catch (error) {
    // The one error mapper: a sentence, never a stack trace.
    const mapped = mapError(error);
    captured.err(english(mapped.msg));
    code = mapped.exitCode;
  }
  if (files.jsonOut !== null) {
    // No document: the command stopped before it had one (bad usage, a lock): say why, as JSON.
    const doc = got.doc ?? {
      command: files.rest[0] ?? null,
      exitCode: code,
      ranAt: new Date().toISOString(),
      error: log.join('\n'),
    };
    writeOut(files.jsonOut, `${JSON.stringify(doc, null, 2)}\n`, io);
  }
  if (files.log !== null) writeOut(files.log, `${log.join('\n')}\nExit code: ${code}\n`, io);
  return code;
}
