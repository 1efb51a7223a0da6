/**
 * "Is this PC ready for Microsoft 365?": the readiness model's verdict, its reasons and its rows,
 * as the core computes them (src-main/core/readiness/) and the CLI, the reports and the wizard
 * show them. Pure types and data, shared by both sides.
 */
import type { Group } from './groups.js';
import type { Msg } from './messages/messages.js';
import type { View } from './registry-types.js';

/** The verdicts, worst first: where several hold, the first of them in this list wins. */
export const VERDICTS = [
  'blocked',
  'unknown',
  'at-risk',
  'changes-needed',
  'ready-after-restart',
  'ready',
] as const;
export type Verdict = (typeof VERDICTS)[number];

/** The worse of two verdicts (VERDICTS order). */
export function worseVerdict(a: Verdict, b: Verdict): Verdict {
  return VERDICTS.indexOf(a) <= VERDICTS.indexOf(b) ? a : b;
}

/** The worst of several verdicts; `ready` when there are none. */
export function worstVerdict(verdicts: readonly Verdict[]): Verdict {
  return verdicts.reduce<Verdict>(worseVerdict, 'ready');
}

/** Where a fact was read and what was there: a registry value, a key, a file, or a documented default. */
export interface Evidence {
  /** "HKLM\SOFTWARE\...\WinHttp\DefaultSecureProtocols (32-bit view)", a file path, "default of Windows 8.1". */
  where: string;
  /** What was found there, as data ("0x000000a0", "absent", "6.1.7601.17514", "NistP521"). */
  found: string;
}

/** One reason the verdict is not `ready`, with its evidence, its source and the next step. */
export interface Reason {
  /** The reason's own contribution to the overall verdict. */
  verdict: Verdict;
  /** What was found, by code (reason codes start with `ready.`). */
  msg: Msg;
  /** What to do about it, by code: names an update and its file, an Office version, a GPO. */
  next: Msg;
  evidence: Evidence[];
  /** The public documentation that makes this a reason. */
  source: string;
  /** The rows this reason concerns. */
  stacks: ReadinessStackId[];
}

/** The client stacks Microsoft 365 traffic goes through, and Office itself. */
export const READINESS_STACKS = ['winhttp', 'dotnet4', 'dotnet35', 'schannel', 'wininet', 'office'] as const;
export type ReadinessStackId = (typeof READINESS_STACKS)[number];

/** Cipher suites a row has in common with Microsoft 365 and with Azure Front Door's default policy. */
export interface SuitesInCommon {
  m365: string[];
  afd: string[];
  /** Suites whose state could not be told (an odd Enabled value, an unconfirmed effect). */
  unknown: string[];
}

/** One row of the readiness table: a stack in one registry view, or Office. */
export interface StackReadiness {
  stack: ReadinessStackId;
  view: View;
  verdict: Verdict;
  /** TLS versions offered now / after the plan, as protocol bits; null for the Office row. */
  now: number | null;
  after: number | null;
  /** Updates the "after" assumes installed (KB 3140245 where it is missing). */
  afterAssumes: string[];
  /** The group that configures the stack (null for the SChannel-less Office row). */
  group: Group | null;
  suites: SuitesInCommon | null;
  /** The Office row: what was found ("no Office found" when empty). */
  office?: { product: string; version: string | null }[];
}

export interface Readiness {
  verdict: Verdict;
  /** Would the tool's plan change anything? Independent of the verdict (exit 1 of audit). */
  planHasChanges: boolean;
  /** Worst first. Empty exactly when the verdict is `ready`. */
  reasons: Reason[];
  stacks: StackReadiness[];
  /** When the verdict was made (dates such as end of support are read against it). */
  evaluatedAt: string;
  /** Evidence that shaped no reason but was read (what was checked), for the report. */
  checked: Evidence[];
}
