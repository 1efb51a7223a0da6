// Running the Windows node.exe (and batch scripts) inside a prefix, with the full exit code.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { toWinPath } from '../../../scripts/lib/wine-env.mjs';
import {
  describeFailure,
  newRunDir,
  REPO_ROOT,
  runAgainWhile,
  spawnWineStarting,
  WIN_NODE,
  type Prefix,
  type RunOptions,
  type RunResult,
  type WineResult,
} from './wine-process.js';

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

interface NodeBat {
  runDir: string;
  files: { bat: string; stdout: string; stderr: string; code: string };
}

/** The files of one run: the .bat, where its output goes, and where it writes %ERRORLEVEL%. */
function runFiles(runDir: string, bat: string): NodeBat['files'] {
  return {
    bat: path.join(runDir, bat),
    stdout: path.join(runDir, 'stdout.txt'),
    stderr: path.join(runDir, 'stderr.txt'),
    code: path.join(runDir, 'exitcode.txt'),
  };
}

/** Writes the .bat that runs node.exe with stdout / stderr / %ERRORLEVEL% going to files. */
function writeNodeBat(prefix: Prefix, args: string[], opts: RunOptions): NodeBat {
  if (!fs.existsSync(WIN_NODE)) {
    throw new Error(`Windows node.exe missing (${WIN_NODE}): run node scripts/ensure-wine.mjs`);
  }
  const runDir = newRunDir(prefix);
  const files = runFiles(runDir, 'run.bat');
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
  return runAgainWhile(() => runNodeBatOnce(prefix, bat), cmdCouldNotFindNode);
}

function runNodeBatOnce(prefix: Prefix, bat: NodeBat): RunResult {
  for (const file of [bat.files.code, bat.files.stdout, bat.files.stderr]) fs.rmSync(file, { force: true });
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
 * Wine's cmd failing to find node.exe (which exists: writeNodeBat checked) under load, seen in CI:
 * exit 9009 with "Can't recognize '...node.exe...' as an internal or external command". node.exe
 * never ran, so the run is repeated.
 */
export function cmdCouldNotFindNode(result: RunResult): boolean {
  return (
    result.code === 9009 &&
    result.stdout === '' &&
    /Can't recognize '.*node\.exe.*' as an internal or external command/s.test(result.stderr)
  );
}

/**
 * Runs a batch script (already on disk, CRLF line ends) with Wine's cmd, from `cwd`, its output
 * going to files and its full %ERRORLEVEL% (3010, 1603) read back from a file, as runWinNode does.
 * The script's own lines are run as written: this is for testing scripts, e.g. those of
 * docs/deploy.md (test/wine/deploy-docs.test.ts).
 */
export function runBatchScript(prefix: Prefix, script: string, cwd: string): RunResult {
  // The same Wine cmd failure as in runWinNode; only when the script printed nothing yet, so that
  // the failing node.exe line was its first command and nothing of it ran.
  return runAgainWhile(() => runBatchScriptOnce(prefix, script, cwd), cmdCouldNotFindNode);
}

function runBatchScriptOnce(prefix: Prefix, script: string, cwd: string): RunResult {
  const runDir = newRunDir(prefix);
  const files = runFiles(runDir, 'runner.bat');
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
