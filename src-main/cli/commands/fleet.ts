/**
 * `cli fleet DIR --html FILE --csv FILE`: one view of a fleet from the result files its machines
 * wrote (`audit` / `apply` with --json-out, e.g. to a share by a startup script). Every file is
 * untrusted; a bad one is listed with its reason and never stops the report (src-main/core/fleet/).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { english, msg } from '../../../src-shared/messages/messages.js';
import { writeFleetReport } from '../../core/fleet/fleet-report.js';
import { EXIT } from '../../core/operations/operation-result.js';
import type { CliIo } from '../run-cli.js';

export const FLEET_USAGE = `  cli fleet DIR [--html FILE] [--csv FILE]
      reads every *.json audit / apply result in DIR and writes a fleet report`;

function usage(io: CliIo, message: string): number {
  io.err(`${message}\n\nUsage:\n${FLEET_USAGE}`);
  return EXIT.refused;
}

/** Runs `fleet ...`: 0 report written (also with unreadable files in it), 2 bad usage, 1603 the report could not be written. */
export function runFleet(argv: string[], io: CliIo, now = new Date()): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: { html: { type: 'string' }, csv: { type: 'string' } },
    });
  } catch (error) {
    return usage(io, error instanceof Error ? error.message : String(error));
  }
  const [folder, ...extra] = parsed.positionals;
  const { html = null, csv = null } = parsed.values;
  if (folder === undefined || extra.length > 0) return usage(io, english(msg('fleet.usage.oneFolder', {})));
  if (html === null && csv === null) return usage(io, english(msg('fleet.usage.needsOutput', {})));
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory())
    return usage(io, english(msg('fleet.usage.notFolder', { folder })));
  let s;
  try {
    for (const file of [html, csv])
      if (file !== null) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    s = writeFleetReport({ folder, html, csv, now });
  } catch (error) {
    // The report's own files (a full disk, a read-only folder); a bad result file never gets here.
    const detail = error instanceof Error ? error.message : String(error);
    io.err(english(msg('fleet.summary.notWritten', { detail })));
    return EXIT.failed;
  }
  io.out(
    [
      english(
        msg('fleet.summary.read', {
          files: s.machines + s.unreadable,
          machines: s.machines,
          unreadable: s.unreadable,
        }),
      ),
      english(
        msg('fleet.summary.changes', {
          kbMissing: s.kbMissing,
          machines: s.machinesWithChanges,
          values: s.valuesToChange,
        }),
      ),
      english(msg('fleet.summary.applies', { failures: s.failures, restarts: s.restartsPending })),
      ...(html ? [`HTML: ${html}`] : []),
      ...(csv ? [`CSV: ${csv}`] : []),
    ].join('\n'),
  );
  return EXIT.ok;
}
