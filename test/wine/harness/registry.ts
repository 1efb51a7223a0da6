// The registry of a prefix through Wine's own reg.exe: the independent reader the tests check with.
import fs from 'node:fs';
import path from 'node:path';
import { toWinPath } from '../../../scripts/lib/wine-env.mjs';
import {
  describeFailure,
  newRunDir,
  spawnWineStarting,
  type Prefix,
  type RegView,
  type RunResult,
} from './wine-process.js';

/**
 * Runs Wine's reg.exe. Unlike node.exe it is happy with pipes, so no .bat detour is needed, and
 * its exit codes (0 / 1) survive the 8-bit truncation.
 */
export function reg(prefix: Prefix, args: string[]): RunResult {
  return regIn(prefix, args, newRunDir(prefix));
}

function regIn(prefix: Prefix, args: string[], runDir: string): RunResult {
  // reg.exe itself always says why it fails; a silent failure or a launcher error is Wine's.
  // Reading is safe to repeat after Wine's loader crashed at exit; a write is not run twice
  // (a second `reg delete` would fail on the key the first one removed).
  const readOnly = ['query', 'export'].includes((args[0] ?? '').toLowerCase());
  const result = spawnWineStarting('wine', ['reg', ...args], prefix.env, runDir, () => true, readOnly);
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
