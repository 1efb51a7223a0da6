import { msgOf } from '../../src-shared/messages/message-error.js';
import { msg, said, type Msg } from '../../src-shared/messages/messages.js';
import { mapError } from '../use-cases/error-mapper.js';
import type { WizardService } from '../wizard/wizard-service.js';
import { WizardError } from '../wizard/wizard-error.js';
import {
  CHANNEL_NAMES,
  parseRequest,
  type ChannelName,
  type Envelope,
  type Request,
  type Response,
} from './contract.js';
import { SchemaError } from './schema.js';

export type Handlers = { [C in ChannelName]: (request: Request<C>) => Response<C> | Promise<Response<C>> };

/** The handlers: one call into the service per channel, nothing else. */
export function handlersFor(service: WizardService): Handlers {
  return {
    start: () => service.start(),
    repairInterrupted: () => service.repairInterrupted(),
    plan: (r) => service.plan(r),
    chooseBackupFolder: () => service.chooseBackupFolder(),
    apply: (r) => service.apply(r),
    listBackups: () => service.listBackups(),
    chooseBackupFile: () => service.chooseBackupFile(),
    previewRollback: (r) => service.previewRollback(r),
    rollback: (r) => service.rollback(r),
    installKb: () => service.installKb(),
    check: (r) => service.check(r),
    openReport: (r) => service.openReport(r),
    copySummary: (r) => service.copySummary(r),
    restart: (r) => service.restart(r),
    relaunchElevated: () => service.relaunchElevated(),
    finish: () => service.finish(),
  };
}

function isChannel(name: string): name is ChannelName {
  return (CHANNEL_NAMES as string[]).includes(name);
}

/**
 * Checks who is calling, then what they sent, then runs the handler. Errors cross the boundary
 * as data; nothing thrown here reaches Electron (or the harness) as an exception.
 */
export async function dispatch(
  handlers: Handlers,
  name: string,
  payload: unknown,
  trustedSender: boolean,
): Promise<Envelope<unknown>> {
  if (!trustedSender) return failure('untrusted-sender', msg('ipc.unknownSender', {}));
  if (!isChannel(name)) return failure('unknown-channel', msg('ipc.unknownRequest', {}));
  let request: unknown;
  try {
    request = parseRequest(name, payload);
  } catch (error) {
    if (error instanceof SchemaError) return failure('bad-request', msgOf(error));
    throw error;
  }
  try {
    const handler = handlers[name] as (r: unknown) => unknown;
    return { ok: true, value: await handler(request) };
  } catch (error) {
    if (error instanceof WizardError) return failure(error.code, error.msg);
    // The one error mapper: a refusal by its code; a failure or a bug as one sentence.
    const mapped = mapError(error);
    return failure(mapped.kind === 'refused' ? 'refused' : 'failed', mapped.msg);
  }
}

function failure(code: string, m: Msg): Envelope<never> {
  return { ok: false, error: { code, ...said(m) } };
}
