/**
 * The readiness model's reason codes and next-step codes, as a result file may carry them. The
 * fleet report groups machines by these codes (a fixed list from the English catalogue), never by
 * a text read from a file, so a file can only add its own machine to a section that exists.
 */
import { enReadiness } from '../../../src-shared/messages/en/readiness.js';
import type { FleetReasonCode, FleetNextCode } from '../../../src-shared/messages/en/fleet.js';
import { en } from '../../../src-shared/messages/en/index.js';

/** Codes of `ready.*` that are words of the verdict and its table, not reasons. */
const NOT_REASONS = new Set([
  'ready.verdict',
  'ready.verdictWord',
  'ready.stackName',
  'ready.noOffice',
  'ready.next',
  'ready.assumes',
]);

export const REASON_CODES = Object.keys(enReadiness).filter(
  (k) => k.startsWith('ready.') && !NOT_REASONS.has(k),
) as [FleetReasonCode, ...FleetReasonCode[]];

export const NEXT_CODES = Object.keys(enReadiness).filter((k) => k.startsWith('next.')) as [
  FleetNextCode,
  ...FleetNextCode[],
];

/** Every code of the catalogue: a message nested in a parameter must be one of them. */
export const ALL_CODES: ReadonlySet<string> = new Set(Object.keys(en));
