// Test harness: runs the Windows build of Node.js (and Wine's reg.exe) inside throw-away Wine
// prefixes, so that tests exercise a real Windows registry API, including the 32/64-bit views.
// See test/wine/README.md for how it works, timings and pitfalls.

import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
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
const ENSURE_SCRIPT = path.join(REPO_ROOT, 'scripts', 'ensure-wine.mjs');
const TEMPLATES_DIR = path.join(REPO_ROOT, '.cache', 'wine-templates');
// Prefixes live next to the templates (same file system) so that clones can use hard links.
const PREFIXES_DIR = path.join(REPO_ROOT, '.cache', 'wine-prefixes');

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

/** Wine maps the Linux root to drive Z:. */
export function toWinPath(linuxPath: string): string {
  return `Z:${path.resolve(linuxPath).replace(/\//g, '\\')}`;
}

// ---------------------------------------------------------------------------------------------
// Prefixes

// Only the Linux variables Wine itself needs: Wine copies the whole Unix environment into the
// Windows one, and e.g. NODE_OPTIONS or VITEST_* from the test runner must not reach node.exe.
const PASSED_THROUGH = ['PATH', 'HOME', 'USER', 'LOGNAME', 'LANG', 'LC_ALL', 'TMPDIR'];

function wineEnv(prefixDir: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of PASSED_THROUGH) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  // DISPLAY is deliberately absent: no window may open.
  return {
    ...env,
    WINEPREFIX: prefixDir,
    WINEDEBUG: '-all',
    // Disables mscoree / mshtml: no Mono / Gecko install dialogs.
    WINEDLLOVERRIDES: 'mscoree,mshtml=',
    // Node 20 refuses to start on Windows 7 (our default prefix) without it.
    NODE_SKIP_PLATFORM_CHECK: '1',
  };
}

function describeFailure(
  what: string,
  result: Pick<WineResult, 'status' | 'signal' | 'error' | 'stdout' | 'stderr'>,
): string {
  if (result.error) return `${what}: ${result.error.message}`;
  const how = result.signal ? `was killed by ${result.signal}` : `exited with ${String(result.status)}`;
  const output = `${result.stdout}${result.stderr}`.trim();
  return `${what} ${how}${output ? `:\n${output}` : ''}`;
}

interface WineResult {
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
function spawnWine(command: string, args: string[], env: NodeJS.ProcessEnv, outDir: string): WineResult {
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

const checkedTemplates = new Set<PrefixKind>();

/**
 * Makes sure the template for `kind` exists and matches the installed Wine. The recipe lives
 * in scripts/ensure-wine.mjs only; running it costs ~80 ms when there is nothing to do.
 */
function ensureTemplate(kind: PrefixKind): string {
  const dir = path.join(TEMPLATES_DIR, kind);
  if (checkedTemplates.has(kind)) return dir;
  fs.mkdirSync(TEMPLATES_DIR, { recursive: true });
  const result = spawnWine(
    process.execPath,
    [ENSURE_SCRIPT, `--template=${kind}`],
    process.env,
    TEMPLATES_DIR,
  );
  if (result.status !== 0 || result.error) {
    throw new Error(
      describeFailure(`Wine template ${kind}: node scripts/ensure-wine.mjs --template=${kind}`, result),
    );
  }
  checkedTemplates.add(kind);
  return dir;
}

// Large PE binaries Wine only ever reads: these are hard-linked into clones. Everything else
// (the registry files above all) is copied, because Wine rewrites files in place: wineserver
// saves system.reg into the same inode, so a hard-linked registry would change the template.
const READ_ONLY_BINARY = /\.(dll|exe|sys|drv|ocx|cpl|acm|ax|tlb|nls|ds|msstyles|com)$/i;
// Set WINE_HARNESS_FULL_COPY=1 to copy every file (e.g. to rule out the hard links in a bug hunt).
const FULL_COPY = process.env['WINE_HARNESS_FULL_COPY'] === '1';

function clonePrefix(from: string, to: string): void {
  fs.mkdirSync(to);
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      clonePrefix(source, target);
    } else if (entry.isSymbolicLink()) {
      // dosdevices/c: -> ../drive_c, z: -> /, the user's Desktop -> $HOME: copy the link itself.
      fs.symlinkSync(fs.readlinkSync(source), target);
    } else if (entry.isFile()) {
      if (!FULL_COPY && READ_ONLY_BINARY.test(entry.name)) {
        try {
          fs.linkSync(source, target);
          continue;
        } catch (error) {
          // Different file system or link limit: fall back to a copy.
          if (!isErrnoException(error) || !['EXDEV', 'EMLINK', 'EPERM'].includes(error.code ?? ''))
            throw error;
        }
      }
      fs.copyFileSync(source, target);
    }
  }
}

function isErrnoException(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error;
}

let prefixCounter = 0;

/** A fresh prefix (tests mutate the registry): a clone of the template built once per kind. */
export function createPrefix(kind: PrefixKind): Prefix {
  if (!fs.existsSync(WIN_NODE)) {
    throw new Error(`Windows node.exe missing (${WIN_NODE}): run node scripts/ensure-wine.mjs`);
  }
  const template = ensureTemplate(kind);
  fs.mkdirSync(PREFIXES_DIR, { recursive: true });
  prefixCounter += 1;
  const dir = path.join(PREFIXES_DIR, `${kind}-${process.pid}-${prefixCounter}-${Date.now().toString(36)}`);
  try {
    clonePrefix(template, dir);
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw new Error(`cloning Wine template ${template} to ${dir} failed: ${String(error)}`, { cause: error });
  }
  // The stamp belongs to the template only.
  fs.rmSync(path.join(dir, '.harness-template.json'), { force: true });
  return { dir, kind, env: wineEnv(dir) };
}

/** Stops the prefix's wineserver (and every Windows process in it), then deletes the prefix. */
export function destroyPrefix(prefix: Prefix): void {
  if (!fs.existsSync(prefix.dir)) return;
  // Debian's Wine keeps the server socket in /tmp/<name in $WINEPREFIX/wineserver>/server-<dev>-<inode>.
  let serverDir: string | null = null;
  try {
    const base = fs.readFileSync(path.join(prefix.dir, 'wineserver'), 'utf8').trim();
    const stat = fs.statSync(prefix.dir);
    if (/^[\w.-]+$/.test(base)) {
      serverDir = path.join('/tmp', base, `server-${stat.dev.toString(16)}-${stat.ino.toString(16)}`);
    }
  } catch {
    // No such file: upstream Wine layout; nothing to tidy up.
  }
  // Not spawnWine: its output files would live in the directory removed next.
  spawnSync('wineserver', ['-k'], { env: prefix.env, stdio: 'ignore', timeout: 30_000 });
  // rmSync does not follow symlinks, so dosdevices/z: -> / is merely unlinked.
  fs.rmSync(prefix.dir, { recursive: true, force: true });
  if (serverDir) fs.rmSync(serverDir, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------
// Running programs

let runCounter = 0;

function newRunDir(prefix: Prefix): string {
  runCounter += 1;
  // Outside drive_c, so that runs do not show up on the simulated C: drive.
  const dir = path.join(prefix.dir, 'harness-runs', String(runCounter));
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** Checks a string can be written verbatim into a .bat line. */
function assertBatchSafe(what: string, value: string): void {
  // `%` is expanded even inside quotes, `"` would end the quoting, a line break ends the
  // command, and cmd reads batch files in the OEM code page (UTF-8 arrives mangled).
  if (/[%"\r\n]/.test(value) || /[^\x20-\x7e]/.test(value)) {
    throw new Error(
      `${what} ${JSON.stringify(value)} cannot be passed through a .bat file: ` +
        'only printable ASCII without % and " is supported (pass complex data in a file)',
    );
  }
}

/**
 * Quotes one argument for cmd and for the MSVC command-line parser node.exe uses. Inside
 * quotes cmd leaves & | < > ^ , ; = and spaces alone; backslashes are literal except before
 * a quote, so trailing backslashes are doubled ("C:\dir\\" reaches node.exe as C:\dir\).
 */
function quoteArg(arg: string): string {
  assertBatchSafe('argument', arg);
  const trailing = /\\*$/.exec(arg)?.[0] ?? '';
  return `"${arg}${trailing}"`;
}

/**
 * Runs the Windows node.exe inside Wine. node.exe gets EBADF under Wine when stdin is a terminal
 * or stdout/stderr are pipes, and Linux sees only the low 8 bits of a Windows exit code: so a
 * .bat file redirects stdout/stderr to files and writes %ERRORLEVEL% to a third file.
 */
interface NodeBat {
  runDir: string;
  files: { bat: string; stdout: string; stderr: string; code: string };
}

/** Writes the .bat that runs node.exe with stdout / stderr / %ERRORLEVEL% going to files. */
function writeNodeBat(prefix: Prefix, args: string[], opts: RunOptions): NodeBat {
  if (!fs.existsSync(WIN_NODE)) {
    throw new Error(`Windows node.exe missing (${WIN_NODE}): run node scripts/ensure-wine.mjs`);
  }
  const runDir = newRunDir(prefix);
  const files = {
    bat: path.join(runDir, 'run.bat'),
    stdout: path.join(runDir, 'stdout.txt'),
    stderr: path.join(runDir, 'stderr.txt'),
    code: path.join(runDir, 'exitcode.txt'),
  };
  const lines = ['@echo off'];
  for (const [name, value] of Object.entries(opts.env ?? {})) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
      throw new Error(`invalid environment variable name ${JSON.stringify(name)}`);
    assertBatchSafe(`value of ${name}`, value);
    lines.push(`set "${name}=${value}"`);
  }
  const cwd = opts.cwd ?? path.join(prefix.dir, 'drive_c');
  lines.push(`cd /d ${quoteArg(toWinPath(cwd))}`);
  lines.push(
    [
      quoteArg(toWinPath(WIN_NODE)),
      ...args.map(quoteArg),
      `>${quoteArg(toWinPath(files.stdout))}`,
      `2>${quoteArg(toWinPath(files.stderr))}`,
    ].join(' '),
  );
  // A separate line: in the same line %ERRORLEVEL% would be expanded before node.exe runs.
  // The redirection comes first: `echo 1>file` would redirect handle 1 and write "Echo is OFF",
  // and Wine 8's cmd ignores the redirection in `(echo %ERRORLEVEL%)>file`.
  lines.push(`>${quoteArg(toWinPath(files.code))} echo %ERRORLEVEL%`);
  fs.writeFileSync(files.bat, `${lines.join('\r\n')}\r\n`);
  return { runDir, files };
}

function readNodeResult(bat: NodeBat, wine: WineResult | null): RunResult {
  const { files } = bat;
  const read = (file: string): string => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');
  const codeText = read(files.code).trim();
  if (!/^-?\d+$/.test(codeText)) {
    // cmd never reached the echo line (e.g. the cd failed): report what Wine said.
    throw new Error(
      (wine
        ? describeFailure(
            `wine cmd /c ${files.bat} wrote no exit code (${JSON.stringify(codeText)}); wine`,
            wine,
          )
        : `wine cmd /c ${files.bat} wrote no exit code`) + `\nnode stderr: ${read(files.stderr)}`,
    );
  }
  return { code: Number(codeText), stdout: read(files.stdout), stderr: read(files.stderr) };
}

/**
 * Runs the Windows node.exe inside Wine. node.exe gets EBADF under Wine when stdin is a terminal
 * or stdout/stderr are pipes, and Linux sees only the low 8 bits of a Windows exit code: so a
 * .bat file redirects stdout/stderr to files and writes %ERRORLEVEL% to a third file.
 */
export function runWinNode(prefix: Prefix, args: string[], opts: RunOptions = {}): RunResult {
  const bat = writeNodeBat(prefix, args, opts);
  // stdin is /dev/null: node.exe dies with EBADF when it inherits a terminal.
  const result = spawnWineStarting(
    'wine',
    ['cmd', '/c', toWinPath(bat.files.bat)],
    prefix.env,
    bat.runDir,
    // Nothing ran when cmd could not start node.exe: the .bat never wrote its exit code.
    () => !fs.existsSync(bat.files.code),
  );
  if (result.error || result.signal) throw new Error(describeFailure(`wine cmd /c ${bat.files.bat}`, result));
  return readNodeResult(bat, result);
}

/**
 * Wine's own launcher failure under load (seen in CI on a 2-core machine): "Application could not
 * be started ... ShellExecuteEx failed: Internal error", or a program that exits 1 without a word.
 * The program itself never ran, so running it again is safe.
 */
function wineDidNotStart(result: WineResult): boolean {
  const output = `${result.stdout}${result.stderr}`;
  if (/Application could not be started|ShellExecuteEx failed/.test(output)) return true;
  return result.status !== 0 && !result.error && output.trim() === '';
}

/** spawnWine, run again (up to 3 more times, pausing 0.5, 1, 2 s) while Wine did not start it. */
function spawnWineStarting(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  outDir: string,
  nothingRan: (result: WineResult) => boolean = () => true,
): WineResult {
  let result = spawnWine(command, args, env, outDir);
  for (const pause of ['0.5', '1', '2']) {
    if (!(wineDidNotStart(result) && nothingRan(result))) break;
    spawnSync('sleep', [pause]);
    result = spawnWine(command, args, env, outDir);
  }
  return result;
}

/**
 * Runs a batch script (already on disk, CRLF line ends) with Wine's cmd, from `cwd`, its output
 * going to files and its full %ERRORLEVEL% (3010, 1603) read back from a file, as runWinNode does.
 * The script's own lines are run as written: this is for testing scripts, e.g. those of
 * docs/deploy.md (test/wine/deploy-docs.test.ts).
 */
export function runBatchScript(prefix: Prefix, script: string, cwd: string): RunResult {
  const runDir = newRunDir(prefix);
  const files = {
    bat: path.join(runDir, 'runner.bat'),
    stdout: path.join(runDir, 'stdout.txt'),
    stderr: path.join(runDir, 'stderr.txt'),
    code: path.join(runDir, 'exitcode.txt'),
  };
  const lines = [
    '@echo off',
    `cd /d ${quoteArg(toWinPath(cwd))}`,
    // cmd /c, not call: after `call x.cmd` Wine 8's cmd reports ERRORLEVEL 1 whatever x.cmd's
    // `exit /b N` said (seen with 3010); a child cmd passes the code on (as Windows does).
    `cmd /c ${quoteArg(toWinPath(script))} >${quoteArg(toWinPath(files.stdout))} 2>${quoteArg(toWinPath(files.stderr))}`,
    `>${quoteArg(toWinPath(files.code))} echo %ERRORLEVEL%`,
  ];
  fs.writeFileSync(files.bat, `${lines.join('\r\n')}\r\n`);
  const result = spawnWineStarting(
    'wine',
    ['cmd', '/c', toWinPath(files.bat)],
    prefix.env,
    runDir,
    () => !fs.existsSync(files.code),
  );
  if (result.error || result.signal) throw new Error(describeFailure(`wine cmd /c ${files.bat}`, result));
  return readNodeResult({ runDir, files }, result);
}

export interface BackgroundNode {
  /** Settles when node.exe exits (e.g. after stop()). */
  exited: Promise<RunResult>;
  /** Ends node.exe (and every other process of this prefix). */
  stop(): void;
}

/** Starts node.exe in the background (a server, e.g. the browser harness) in this prefix. */
export function startWinNode(prefix: Prefix, args: string[], opts: RunOptions = {}): BackgroundNode {
  const bat = writeNodeBat(prefix, args, opts);
  const out = fs.openSync(path.join(bat.runDir, 'wine.stdout.txt'), 'w');
  const err = fs.openSync(path.join(bat.runDir, 'wine.stderr.txt'), 'w');
  const child = spawn('wine', ['cmd', '/c', toWinPath(bat.files.bat)], {
    env: prefix.env,
    stdio: ['ignore', out, err],
  });
  fs.closeSync(out);
  fs.closeSync(err);
  const exited = new Promise<RunResult>((resolve) => {
    child.on('exit', () => {
      try {
        resolve(readNodeResult(bat, null));
      } catch (error) {
        resolve({ code: -1, stdout: '', stderr: String(error) });
      }
    });
  });
  return {
    exited,
    stop: () => {
      spawnSync('wineserver', ['-k'], { env: prefix.env, stdio: 'ignore' });
      child.kill();
    },
  };
}

/** Runs the bundled CLI (out/cli.cjs, built by `npm run build`) with the Windows node.exe. */
export function runCli(prefix: Prefix, args: string[], opts?: RunOptions): RunResult {
  const cli = path.join(REPO_ROOT, 'out', 'cli.cjs');
  if (!fs.existsSync(cli)) throw new Error(`${cli} missing: run npm run build`);
  return runWinNode(prefix, [toWinPath(cli), ...args], opts);
}

// ---------------------------------------------------------------------------------------------
// Registry through Wine's reg.exe

/**
 * Runs Wine's reg.exe. Unlike node.exe it is happy with pipes, so no .bat detour is needed, and
 * its exit codes (0 / 1) survive the 8-bit truncation.
 */
export function reg(prefix: Prefix, args: string[]): RunResult {
  return regIn(prefix, args, newRunDir(prefix));
}

function regIn(prefix: Prefix, args: string[], runDir: string): RunResult {
  // reg.exe itself always says why it fails; a silent failure or a launcher error is Wine's.
  const result = spawnWineStarting('wine', ['reg', ...args], prefix.env, runDir);
  if (result.error || result.signal || result.status === null) {
    throw new Error(describeFailure(`wine reg ${args.join(' ')}`, result));
  }
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function isMissingKey(result: RunResult): boolean {
  return /Unable to find the specified registry (key|value)/i.test(`${result.stdout}${result.stderr}`);
}

/**
 * `reg export` of a key (with its subkeys) in one registry view. Returns the .reg text (the file
 * is UTF-16LE with a BOM; the BOM is stripped, CRLF line ends are kept) or null if there is no
 * such key.
 */
export function regExport(prefix: Prefix, key: string, view: RegView): string | null {
  const runDir = newRunDir(prefix);
  const file = path.join(runDir, 'export.reg');
  const result = regIn(prefix, ['export', key, toWinPath(file), `/reg:${view}`, '/y'], runDir);
  if (result.code !== 0) {
    if (isMissingKey(result)) return null;
    throw new Error(
      `reg export ${key} /reg:${view} failed (${result.code}): ${result.stdout}${result.stderr}`,
    );
  }
  const bytes = fs.readFileSync(file);
  if (bytes[0] !== 0xff || bytes[1] !== 0xfe)
    throw new Error(`reg export ${key} did not write UTF-16LE with a BOM`);
  return bytes.subarray(2).toString('utf16le');
}

/**
 * One value as `reg query` shows it, or null if the key or value does not exist. `name` ''
 * means the default value. Data is reg.exe's text: REG_DWORD as 0x hex, REG_BINARY as hex
 * digits, REG_MULTI_SZ items joined with \0.
 */
export function regQueryValue(
  prefix: Prefix,
  key: string,
  name: string,
  view: RegView,
): { type: string; data: string } | null {
  const selector = name === '' ? ['/ve'] : ['/v', name];
  const result = reg(prefix, ['query', key, ...selector, `/reg:${view}`]);
  if (result.code !== 0) {
    if (isMissingKey(result)) return null;
    throw new Error(
      `reg query ${key} /v ${name} /reg:${view} failed (${result.code}): ${result.stdout}${result.stderr}`,
    );
  }
  // Lines look like "    <name>    <REG_TYPE>    <data>"; names may contain spaces.
  const shownName = name === '' ? '(Default)' : name;
  for (const line of result.stdout.split(/\r?\n/)) {
    const head = `    ${shownName}    `;
    if (!line.toLowerCase().startsWith(head.toLowerCase())) continue;
    const match = /^(REG_[A-Z0-9_]+)(?: {4}(.*))?$/.exec(line.slice(head.length));
    if (match?.[1]) return { type: match[1], data: match[2] ?? '' };
  }
  throw new Error(`could not parse reg query output for ${key} /v ${name}:\n${result.stdout}`);
}

// ---------------------------------------------------------------------------------------------
// KB 3140245 (WinHTTP TLS 1.1/1.2 defaults) simulation

const VS_FIXEDFILEINFO_SIGNATURE = 0xfeef04bd;

/** Offset of the VS_FIXEDFILEINFO structure in a PE file's bytes (throws unless exactly one). */
function findFixedFileInfo(bytes: Buffer, file: string): number {
  const offsets: number[] = [];
  for (let i = 0; i + 52 <= bytes.length; i += 1) {
    // The signature is followed by dwStrucVersion 0x00010000: rules out stray byte matches.
    if (bytes.readUInt32LE(i) === VS_FIXEDFILEINFO_SIGNATURE && bytes.readUInt32LE(i + 4) === 0x00010000) {
      offsets.push(i);
    }
  }
  if (offsets.length !== 1)
    throw new Error(`${file}: expected one VS_FIXEDFILEINFO, found ${offsets.length}`);
  return offsets[0] as number;
}

function parseVersion(version: string): [number, number, number, number] {
  const parts = version.split('.').map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 0xffff)) {
    throw new Error(`invalid file version ${JSON.stringify(version)} (expected a.b.c.d, each 0-65535)`);
  }
  return parts as [number, number, number, number];
}

/** File and product version from a PE file's VS_FIXEDFILEINFO, e.g. "6.1.7601.23375". */
export function readFileVersion(file: string): { fileVersion: string; productVersion: string } {
  const bytes = fs.readFileSync(file);
  const at = findFixedFileInfo(bytes, file);
  const format = (ms: number, ls: number): string =>
    [ms >>> 16, ms & 0xffff, ls >>> 16, ls & 0xffff].join('.');
  return {
    fileVersion: format(bytes.readUInt32LE(at + 8), bytes.readUInt32LE(at + 12)),
    productVersion: format(bytes.readUInt32LE(at + 16), bytes.readUInt32LE(at + 20)),
  };
}

/**
 * Makes the prefix look like a machine with KB 3140245: system32\winhttp.dll gets that file
 * version (Wine's says 5.1.2600.2180) and a webio.dll appears (Wine has none). Only the binary
 * VS_FIXEDFILEINFO is patched, not the FileVersion string in StringFileInfo. The files are
 * written anew (unlink, then write) because the clone's DLLs are hard links to the template's.
 */
export function markKb3140245Installed(prefix: Prefix, version = '6.1.7601.23375'): void {
  const [a, b, c, d] = parseVersion(version);
  const ms = ((a << 16) | b) >>> 0;
  const ls = ((c << 16) | d) >>> 0;
  const system32 = path.join(prefix.dir, 'drive_c', 'windows', 'system32');
  const source = path.join(system32, 'winhttp.dll');
  const bytes = Buffer.from(fs.readFileSync(source));
  const at = findFixedFileInfo(bytes, source);
  bytes.writeUInt32LE(ms, at + 8); // dwFileVersionMS
  bytes.writeUInt32LE(ls, at + 12); // dwFileVersionLS
  bytes.writeUInt32LE(ms, at + 16); // dwProductVersionMS
  bytes.writeUInt32LE(ls, at + 20); // dwProductVersionLS
  for (const name of ['winhttp.dll', 'webio.dll']) {
    const target = path.join(system32, name);
    fs.rmSync(target, { force: true });
    fs.writeFileSync(target, bytes);
  }
}
