/**
 * Main's side of the IPC contract: the run-time schema of every channel's request (checked in
 * main before a request reaches a service). The channel and response types live in
 * src-shared/ipc-contract.ts, which the renderer imports too.
 */
import { messageLangs } from '../../src-shared/messages/languages.js';
import { GROUPS } from '../core/catalogue/catalogue.js';
import { PROTOCOL_CHOICES } from '../core/catalogue/protocols.js';
import type {
  ApplyRequest,
  BackupRequest,
  CheckRequest,
  ChannelName,
  LangRequest,
  PlanRequest,
  Request,
  RestartRequest,
  RollbackRequest,
} from '../../src-shared/ipc-contract.js';
import {
  bool,
  exact,
  nothing,
  nullable,
  oneOf,
  parseWithSchema,
  setOf,
  text,
  type Schema,
} from './schema.js';

export * from '../../src-shared/ipc-contract.js';

const planRequest = {
  protocols: oneOf(PROTOCOL_CHOICES),
  groups: nullable(setOf(oneOf(GROUPS), 1, GROUPS.length)),
};
// A backup id is a file name this tool writes: no folders, no dots-only, bounded.
const backupId = text(/^TLS12-backup_[A-Za-z0-9_-]{1,64}_[0-9]{8}-[0-9]{6}(-[0-9]{1,3})?\.json$/, 120);

// The report languages are main's message catalogues: a new catalogue is a new accepted value.
const langRequest = { lang: oneOf(messageLangs()) };

export const REQUEST_SCHEMAS: { [C in ChannelName]: Schema<Request<C>> } = {
  start: nothing,
  repairInterrupted: nothing,
  plan: exact<PlanRequest>(planRequest),
  chooseBackupFolder: nothing,
  apply: exact<ApplyRequest>({
    ...planRequest,
    replaceWrongTypes: bool,
    reviewedPlan: text(/^[0-9a-f]{64}$/, 64),
  }),
  listBackups: nothing,
  chooseBackupFile: nothing,
  previewRollback: exact<BackupRequest>({ id: backupId }),
  rollback: exact<RollbackRequest>({
    id: backupId,
    restoreWrongTypes: bool,
    previewHash: text(/^[0-9a-f]{64}$/, 64),
    overwriteDrift: bool,
  }),
  installKb: nothing,
  check: exact<CheckRequest>({ forTicket: bool }),
  openReport: exact<LangRequest>(langRequest),
  copySummary: exact<LangRequest>(langRequest),
  restart: exact<RestartRequest>({ when: oneOf(['now', 'later'] as const) }),
  relaunchElevated: nothing,
  finish: nothing,
};

export const CHANNEL_NAMES = Object.keys(REQUEST_SCHEMAS) as ChannelName[];

/** A channel's request, typed by its schema; SchemaError (naming the field) when it is not one. */
export function parseRequest<C extends ChannelName>(channel: C, payload: unknown): Request<C> {
  return parseWithSchema(REQUEST_SCHEMAS[channel] as Schema<Request<C>>, payload);
}
