/**
 * fleet: one view of a fleet from the result files its machines wrote. Every file is untrusted;
 * a bad one is listed with its reason and never stops the report (src-main/core/fleet/).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Msg } from '../../src-shared/messages/messages.js';
import { msg } from '../../src-shared/messages/messages.js';
import type { MessageLang } from '../../src-shared/messages/languages.js';
import { writeFleetReport } from '../core/fleet/fleet-report.js';
import type { FleetSummary } from '../core/fleet/fleet-summary.js';

export interface FleetInput {
  folder: string;
  html: string | null;
  csv: string | null;
  now: Date;
  lang?: MessageLang;
}

export type FleetOutcome =
  | { kind: 'written'; summary: FleetSummary }
  /** The folder to read is not one (bad usage: nothing written). */
  | { kind: 'refused'; msg: Msg }
  /** The report's own files could not be written (a full disk, a read-only folder). */
  | { kind: 'failed'; msg: Msg };

export function fleetReport(input: FleetInput): FleetOutcome {
  if (!fs.existsSync(input.folder) || !fs.statSync(input.folder).isDirectory()) {
    return { kind: 'refused', msg: msg('fleet.usage.notFolder', { folder: input.folder }) };
  }
  try {
    for (const file of [input.html, input.csv])
      if (file !== null) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const summary = writeFleetReport({
      folder: input.folder,
      html: input.html,
      csv: input.csv,
      now: input.now,
      ...(input.lang ? { lang: input.lang } : {}),
    });
    return { kind: 'written', summary };
  } catch (error) {
    // A bad result file never gets here: only the report's own files.
    const detail = error instanceof Error ? error.message : String(error);
    return { kind: 'failed', msg: msg('fleet.summary.notWritten', { detail }) };
  }
}
