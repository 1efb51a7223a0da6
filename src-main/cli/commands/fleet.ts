/**
 * `cli fleet DIR --html FILE --csv FILE`: one view of a fleet from the result files its machines
 * wrote (`audit` / `apply` with --json-out, e.g. to a share by a startup script). Every file is
 * untrusted; a bad one is listed with its reason and never stops the report (src-main/core/fleet/).
 */
import { parseArgs } from 'node:util';
import { isMessageLang, messageLangs, type MessageLang } from '../../../src-shared/messages/languages.js';
import { english, msg } from '../../../src-shared/messages/messages.js';
import { DEFAULT_STALE_DAYS } from '../../core/fleet/fleet-view.js';
import { EXIT } from '../../core/operations/operation-result.js';
import { fleetReport } from '../../use-cases/fleet.js';
import type { CliIo } from '../run-cli.js';

export const FLEET_USAGE = `  cli fleet DIR [--html FILE] [--csv FILE] [--stale-days N] [--history FILE | --no-history] [--lang ${messageLangs().join('|')}]
      reads every *.json audit / apply result in DIR and its per-device subfolders (one row per
      machine, the newest result) and writes a fleet report; --stale-days (default ${DEFAULT_STALE_DAYS}) lists
      machines without a newer result apart; the history (default fleet-history.jsonl beside the
      report) keeps one row per machine and run for the trend`;

function usage(io: CliIo, message: string): number {
  io.err(`${message}\n\nUsage:\n${FLEET_USAGE}`);
  return EXIT.refused;
}

const SINGLE = ['html', 'csv', 'stale-days', 'history', 'lang'] as const;

/** Runs `fleet ...`: 0 report written (also with unreadable files in it), 2 bad usage, 1603 the report could not be written. */
export function runFleet(argv: string[], io: CliIo, now = new Date()): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: {
        html: { type: 'string', multiple: true },
        csv: { type: 'string', multiple: true },
        'stale-days': { type: 'string', multiple: true },
        history: { type: 'string', multiple: true },
        'no-history': { type: 'boolean' },
        lang: { type: 'string', multiple: true },
      },
    });
  } catch (error) {
    return usage(io, error instanceof Error ? error.message : String(error));
  }
  // A single-value option given twice is refused: the last one silently winning hides a mistake.
  for (const option of SINGLE) {
    if ((parsed.values[option]?.length ?? 0) > 1)
      return usage(io, english(msg('fleet.usage.repeated', { option })));
  }
  const one = (option: (typeof SINGLE)[number]): string | null => parsed.values[option]?.[0] ?? null;
  const [folder, ...extra] = parsed.positionals;
  const html = one('html');
  const csv = one('csv');
  if (folder === undefined || extra.length > 0) return usage(io, english(msg('fleet.usage.oneFolder', {})));
  if (html === null && csv === null) return usage(io, english(msg('fleet.usage.needsOutput', {})));
  const staleText = one('stale-days');
  const staleDays = staleText === null ? DEFAULT_STALE_DAYS : Number(staleText);
  if (staleText !== null && (!/^\d+$/.test(staleText) || staleDays < 1 || staleDays > 3650)) {
    return usage(io, english(msg('fleet.usage.staleDays', { value: staleText })));
  }
  if (parsed.values['no-history'] && one('history') !== null) {
    return usage(io, english(msg('fleet.usage.historyTwice', {})));
  }
  const lang = one('lang') ?? 'en';
  if (!isMessageLang(lang))
    return usage(io, english(msg('fleet.usage.lang', { lang, langs: messageLangs() })));
  const history = parsed.values['no-history'] ? null : (one('history') ?? undefined);
  const r = fleetReport({
    folder,
    html,
    csv,
    now,
    staleDays,
    lang: lang as MessageLang,
    ...(history !== undefined ? { history } : {}),
  });
  if (r.kind === 'refused') return usage(io, english(r.msg));
  if (r.kind === 'failed') {
    io.err(english(r.msg));
    return EXIT.failed;
  }
  const { summary: s, view } = r.report;
  io.out(
    [
      english(
        msg('fleet.summary.read', {
          files: r.report.files,
          machines: view.counted + view.stale.length + view.conflicts.length,
          unreadable: r.report.unreadable,
        }),
      ),
      english(
        msg('fleet.summary.ready', {
          ready: view.byVerdict.ready,
          machines: view.counted,
          stale: view.stale.length,
          days: view.staleDays,
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
      ...(r.report.history ? [`History: ${r.report.history.file}`] : []),
    ].join('\n'),
  );
  return EXIT.ok;
}
