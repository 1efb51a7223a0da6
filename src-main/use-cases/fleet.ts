/**
 * fleet: one view of a fleet from the result files its machines wrote. Every file is untrusted;
 * a bad one is listed with its reason and never stops the report (src-main/core/fleet/). The
 * report's own paths are checked before anything is read: a link, a hard-linked file, a path
 * named twice or one inside the folder being read is refused, and nothing is written.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MessageError } from '../../src-shared/messages/message-error.js';
import type { Msg } from '../../src-shared/messages/messages.js';
import { msg } from '../../src-shared/messages/messages.js';
import type { MessageLang } from '../../src-shared/messages/languages.js';
import { unsafeOutput } from '../core/fleet/exclusive-file.js';
import { historyFileFor } from '../core/fleet/fleet-history.js';
import { writeFleetReport, type FleetReport } from '../core/fleet/fleet-report.js';

export interface FleetInput {
  folder: string;
  html: string | null;
  csv: string | null;
  /** undefined: fleet-history.jsonl beside the report. */
  history?: string | null;
  staleDays?: number;
  now: Date;
  lang?: MessageLang;
}

export type FleetOutcome =
  | { kind: 'written'; report: FleetReport }
  /** The folder to read is not one, or an output may not be written (bad usage: nothing written). */
  | { kind: 'refused'; msg: Msg }
  /** The report's own files could not be written (a full disk, a read-only folder). */
  | { kind: 'failed'; msg: Msg };

const inside = (folder: string, file: string): boolean => {
  const rel = path.relative(folder, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
};

/** Why the outputs may not be written, or null. */
function refusedOutputs(input: FleetInput): Msg | null {
  const folder = path.resolve(input.folder);
  const report = input.html ?? input.csv;
  const history =
    input.history === undefined ? (report === null ? null : historyFileFor(report)) : input.history;
  const seen = new Set<string>();
  for (const file of [input.html, input.csv, history]) {
    if (file === null) continue;
    const full = path.resolve(file);
    // Windows paths are not case-sensitive: two spellings of one file are one output.
    const key = process.platform === 'win32' ? full.toLowerCase() : full;
    if (seen.has(key)) return msg('fleet.output.same', { file });
    seen.add(key);
    if (inside(folder, full)) return msg('fleet.output.inFolder', { file });
    const unsafe = unsafeOutput(full);
    if (unsafe) return unsafe;
  }
  return null;
}

export function fleetReport(input: FleetInput): FleetOutcome {
  if (!fs.existsSync(input.folder) || !fs.statSync(input.folder).isDirectory()) {
    return { kind: 'refused', msg: msg('fleet.usage.notFolder', { folder: input.folder }) };
  }
  const refused = refusedOutputs(input);
  if (refused) return { kind: 'refused', msg: refused };
  try {
    for (const file of [input.html, input.csv])
      if (file !== null) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const report = writeFleetReport({
      folder: input.folder,
      html: input.html,
      csv: input.csv,
      now: input.now,
      ...(input.history !== undefined ? { history: input.history } : {}),
      ...(input.staleDays !== undefined ? { staleDays: input.staleDays } : {}),
      ...(input.lang ? { lang: input.lang } : {}),
    });
    return { kind: 'written', report };
  } catch (error) {
    // An unusable history or an output that became a link meanwhile: refused, nothing written.
    if (error instanceof MessageError) return { kind: 'refused', msg: error.msg };
    // A bad result file never gets here: only the report's own files.
    const detail = error instanceof Error ? error.message : String(error);
    return { kind: 'failed', msg: msg('fleet.summary.notWritten', { detail }) };
  }
}
