// Wine processes for the test harness: the repository's paths, the shared types, and spawning
// wine with its output in files (and again when Wine's launcher did not start the program).
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the nearest folder above this file with scripts/ensure-wine.mjs (also when bundled into out/). */
export const REPO_ROOT = findRepoRoot(path.dirname(fileURLToPath(import.meta.url)));

function findRepoRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'scripts', 'ensure-wine.mjs'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no repository root above ${from}`);
  }
}
export const WIN_NODE = path.join(REPO_ROOT, '.cache', 'win-node', 'node.exe');
export const ENSURE_SCRIPT = path.join(REPO_ROOT, 'scripts', 'ensure-wine.mjs');
export const TEMPLATES_DIR = path.join(REPO_ROOT, '.cache', 'wine-templates');
// Prefixes live next to the templates (same file system) so that clones can use hard links.
export const PREFIXES_DIR = path.join(REPO_ROOT, '.cache', 'wine-prefixes');

export type PrefixKind = 'win7' | 'win8' | 'win81' | 'win2008r2' | 'win10' | 'win11' | 'server2022';
export type RegView = '32' | '64';

export interface Prefix {
  /** Linux path of the prefix (WINEPREFIX). */
  readonly dir: string;
  readonly kind: PrefixKind;
  /** Complete environment for wine / wineserver calls on this prefix. */
  readonly env: Readonly<Record<string, string>>;
}

export interface RunResult {
  /** Full Windows exit code (e.g. 3010), not just its low 8 bits. */
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Extra environment variables for node.exe (ASCII; no `%`, `"` or line breaks). */
  env?: Record<string, string>;
  /** Linux path of node.exe's working directory; default: the prefix's C:\. */
  cwd?: string;
}

export function describeFailure(
  what: string,
  result: Pick<WineResult, 'status' | 'signal' | 'error' | 'stdout' | 'stderr'>,
): string {
  if (result.error) return `${what}: ${result.error.message}`;
  const how = result.signal ? `was killed by ${result.signal}` : `exited with ${String(result.status)}`;
  const output = `${result.stdout}${result.stderr}`.trim();
  return `${what} ${how}${output ? `:\n${output}` : ''}`;
}

export interface WineResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  error?: Error;
  stdout: string;
  stderr: string;
}

let spawnCounter = 0;

/**
 * Runs wine / wineserver with stdout and stderr going to files, not pipes: the first wine call
 * on a prefix starts wineserver, which inherits the pipes and keeps them open until it exits,
 * so spawnSync with pipes waits ~2.5 s per call (with files: ~0.1 s for a warm reg.exe).
 */
export function spawnWine(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  outDir: string,
): WineResult {
  fs.mkdirSync(outDir, { recursive: true });
  spawnCounter += 1;
  const base = path.join(outDir, `${path.basename(command)}-${process.pid}-${spawnCounter}`);
  const outFile = `${base}.stdout.txt`;
  const errFile = `${base}.stderr.txt`;
  const out = fs.openSync(outFile, 'w');
  const err = fs.openSync(errFile, 'w');
  let result: SpawnSyncReturns<Buffer>;
  try {
    result = spawnSync(command, args, { env, stdio: ['ignore', out, err], timeout: 240_000 });
  } finally {
    fs.closeSync(out);
    fs.closeSync(err);
  }
  const stdout = fs.readFileSync(outFile, 'utf8');
  const stderr = fs.readFileSync(errFile, 'utf8');
  fs.rmSync(outFile);
  fs.rmSync(errFile);
  return {
    status: result.status,
    signal: result.signal,
    ...(result.error ? { error: result.error } : {}),
    stdout,
    stderr,
  };
}

/**
 * Wine's own launcher failure under load (seen in CI on a 2-core machine): "Application could not
 * be started ... ShellExecuteEx failed: Internal error", or a program that exits 1 without a word.
 * The program itself never ran, so running it again is safe.
 */
export function wineDidNotStart(result: WineResult): boolean {
  const output = `${result.stdout}${result.stderr}`;
  if (/Application could not be started|ShellExecuteEx failed/.test(output)) return true;
  return result.status !== 0 && !result.error && output.trim() === '';
}

/**
 * glibc's loader asserting while the Wine loader process exits (seen in CI under load:
 * "Inconsistency detected by ld.so: dl-fini.c: 87: _dl_fini: Assertion ... failed!", exit 127).
 * The program may have done its work, so only a command that is safe to repeat is run again.
 */
export function wineCrashedAtExit(result: WineResult): boolean {
  return /Inconsistency detected by ld\.so/.test(`${result.stdout}${result.stderr}`);
}

/**
 * spawnWine, run again (up to 3 more times, pausing 0.5, 1, 2 s) while Wine did not start it, or
 * while Wine's loader crashed at exit and `repeatable` says running the command again is safe.
 */
export function spawnWineStarting(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  outDir: string,
  nothingRan: (result: WineResult) => boolean = () => true,
  repeatable = false,
): WineResult {
  return runAgainWhile(
    () => spawnWine(command, args, env, outDir),
    (result) => (wineDidNotStart(result) && nothingRan(result)) || (repeatable && wineCrashedAtExit(result)),
  );
}

/**
 * Runs `run`, and again (up to 3 more times, pausing 0.5, 1, 2 s) while `again` says the outcome
 * was one of Wine's own failures that is safe to repeat: every runner of the harness retries so.
 */
export function runAgainWhile<T>(run: () => T, again: (outcome: T) => boolean): T {
  let outcome = run();
  for (const pause of ['0.5', '1', '2']) {
    if (!again(outcome)) break;
    spawnSync('sleep', [pause]);
    outcome = run();
  }
  return outcome;
}

let runCounter = 0;

/** A fresh folder for one run's files, inside the prefix. */
export function newRunDir(prefix: Prefix): string {
  runCounter += 1;
  // Outside drive_c, so that runs do not show up on the simulated C: drive.
  const dir = path.join(prefix.dir, 'harness-runs', String(runCounter));
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}
