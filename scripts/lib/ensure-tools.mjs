// Small process helpers shared by the test-tool installers (ensure-wine.mjs, wine-templates.mjs).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export class EnsureError extends Error {}

export function log(message) {
  // stderr: the harness captures stdout/stderr of this script and shows them on failure.
  process.stderr.write(`[ensure-wine] ${message}\n`);
}

/**
 * Runs a command with stdout / stderr in temporary files and returns its stdout; fails with
 * `what` and the output unless it exits 0. Files, not pipes: a wine call starts wineserver,
 * which inherits the pipes, and spawnSync would then wait for the server to exit (~2.5 s).
 */
export function spawnToFiles(command, args, options = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ensure-wine-'));
  try {
    const out = fs.openSync(path.join(dir, 'stdout'), 'w');
    const err = fs.openSync(path.join(dir, 'stderr'), 'w');
    let result;
    try {
      result = spawnSync(command, args, { ...options, stdio: ['ignore', out, err] });
    } finally {
      fs.closeSync(out);
      fs.closeSync(err);
    }
    return {
      ...result,
      stdout: fs.readFileSync(path.join(dir, 'stdout'), 'utf8'),
      stderr: fs.readFileSync(path.join(dir, 'stderr'), 'utf8'),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function run(what, command, args, options = {}) {
  const result = spawnToFiles(command, args, options);
  if (result.error) {
    throw new EnsureError(`${what}: could not start ${command}: ${result.error.message}`);
  }
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
    const how = result.signal ? `was killed by ${result.signal}` : `exited with ${result.status}`;
    throw new EnsureError(`${what}: \`${command} ${args.join(' ')}\` ${how}${output ? `:\n${output}` : ''}`);
  }
  return result.stdout;
}

export function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}
