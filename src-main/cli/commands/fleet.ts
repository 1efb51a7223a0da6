/**
 * `cli fleet DIR --html FILE --csv FILE`: one view of a fleet from the result files its machines
 * wrote (`audit` / `apply` with --json-out, e.g. to a share by a startup script). Every file is
 * untrusted; a bad one is listed with its reason and never stops the report (src-main/core/fleet/).
 */
import { parseArgs } from 'node:util';
import { english, msg } from '../../../src-shared/messages/messages.js';
import { EXIT } from '../../core/operations/operation-result.js';
import { fleetReport } from '../../use-cases/fleet.js';
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
  const r = fleetReport({ folder, html, csv, now });
  if (r.kind === 'refused') return usage(io, english(r.msg));
  if (r.kind === 'failed') {
    io.err(english(r.msg));
    return EXIT.failed;
  }
  const s = r.summary;
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
