/**
 * The report's and the ticket summary's own words (headings, labels, states), per language: part
 * of each message language, beside its catalogue.
 */
import type { KbState } from '../detection-types.js';
import type { ProtocolChoice } from '../protocols.js';
import type { Stack } from '../stacks.js';

/** Where the restart stands when the summary is copied. */
export type RestartState = 'not-needed' | 'pending' | 'later' | 'started';

export interface ReportWords {
  labels: Record<ReportLabel, string>;
  kb: Record<KbState, string>;
  choice: Record<ProtocolChoice, string>;
  stack: Record<Stack, string>;
  restart: Record<RestartState, string>;
  view: { '64': string; '32': string };
}

export type ReportLabel =
  | 'title'
  | 'apply'
  | 'rollback'
  | 'check'
  | 'on'
  | 'computer'
  | 'windows'
  | 'build'
  | 'time'
  | 'tool'
  | 'result'
  | 'kb'
  | 'protocols'
  | 'settings'
  | 'needs'
  | 'changed'
  | 'restored'
  | 'wouldChange'
  | 'choiceUnused'
  | 'none'
  | 'notSet'
  | 'effective'
  | 'backup'
  | 'restart'
  | 'verified'
  | 'notVerified'
  | 'allValues'
  | 'findings'
  | 'noTls'
  | 'col_key'
  | 'col_value'
  | 'col_before'
  | 'col_after'
  | 'col_check'
  | 'col_stack';
