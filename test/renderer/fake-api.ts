import { vi, type Mock } from 'vitest';
import type { Envelope, ProgressEvent, Tls12Api } from '../../src-main/ipc/contract.js';
import {
  applyOutcome,
  backupList,
  makePlan,
  rollbackOutcome,
  rollbackPreview,
  startInfo,
  verifiedPlan,
  WIN7_ADVICE,
  win7Detection,
} from './fixtures.js';
import { win7Readiness } from './readiness-fixtures.js';
import { asIs } from '../../src-shared/messages/message-error.js';
import { msg, said, type Msg } from '../../src-shared/messages/messages.js';

export function ok<T>(value: T): Envelope<T> {
  return { ok: true, value };
}

/** A refusal from main; text without a code is shown as it is (the wizard's own errors have codes). */
export function fail(message: string | Msg, code = 'failed'): Envelope<never> {
  return { ok: false, error: { code, ...said(typeof message === 'string' ? asIs(message) : message) } };
}

type Methods = Omit<Tls12Api, 'onProgress'>;

/** Tls12Api with every method a spy; `emit` plays main's progress events. */
export type FakeApi = { [K in keyof Methods]: Mock<Methods[K]> } & {
  onProgress: Mock<Tls12Api['onProgress']>;
  emit(event: ProgressEvent): void;
  listenerCount(): number;
};

/** A fake of what the preload exposes, answering like main does for a Windows 7 SP1 simulation. */
export function createFakeApi(): FakeApi {
  const listeners = new Set<(event: ProgressEvent) => void>();
  const emit = (event: ProgressEvent): void => listeners.forEach((l) => l(event));
  const api: FakeApi = {
    start: vi.fn(async () => ok(startInfo())),
    repairInterrupted: vi.fn(async () =>
      ok({
        ok: true,
        ...said(msg('repair.undone', { operation: 'apply', startedAt: '2026-11-29T17:50:00.000Z' })),
        groupAdvice: WIN7_ADVICE,
        detection: win7Detection(),
      }),
    ),
    plan: vi.fn(async (request) => ok(makePlan({ protocols: request.protocols, groups: request.groups }))),
    chooseBackupFolder: vi.fn(async () =>
      ok({ path: 'D:\\Backups', writable: true, problem: null, problemMsg: null, onStick: false }),
    ),
    apply: vi.fn(async (request) => {
      const plan = makePlan({ protocols: request.protocols, groups: request.groups });
      plan.items.forEach((item, i) =>
        emit({
          operation: 'apply',
          done: i + 1,
          total: 12,
          kind: 'set-value',
          what: `HKLM\\${item.key}${item.view === 'shared' ? '' : ` (${item.view}-bit view)`} ${item.name}`,
          at: { hive: 'HKLM', view: item.view, key: item.key, name: item.name },
        }),
      );
      return ok(applyOutcome(plan));
    }),
    listBackups: vi.fn(async () => ok(backupList())),
    chooseBackupFile: vi.fn(async () => ok(null)),
    previewRollback: vi.fn(async (request) => ok(rollbackPreview(request.id))),
    rollback: vi.fn(async (request) => {
      emit({
        operation: 'rollback',
        done: 1,
        total: 12,
        kind: 'delete-value',
        what: 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp (64-bit view) DefaultSecureProtocols',
        at: {
          hive: 'HKLM',
          view: '64',
          key: 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp',
          name: 'DefaultSecureProtocols',
        },
      });
      return ok(rollbackOutcome(request.id));
    }),
    installKb: vi.fn(async () =>
      ok({
        exitCode: 3010,
        ok: true,
        restartNeeded: true,
        ...said(msg('kb.wusaInstalled', { restart: true })),
        detection: win7Detection(),
      }),
    ),
    check: vi.fn(async () =>
      ok({
        readiness: win7Readiness(),
        detection: win7Detection(),
        reportAvailable: true,
        summary: 'Not ready for Microsoft 365: something this tool cannot change stands in the way.',
      }),
    ),
    openReport: vi.fn(async () =>
      ok({ opened: true, file: 'E:\\TLS12\\backups\\TLS12-backup_SIM-WIN7_20261129-175220.report.html' }),
    ),
    copySummary: vi.fn(async () => ok({ copied: true, text: 'TLS 1.2 Wizard 0.1.0 - apply on SIM-WIN7' })),
    restart: vi.fn(async (request) =>
      ok(
        request.when === 'now'
          ? { scheduled: true, ...said(msg('restart.soon', {})) }
          : { scheduled: false, ...said(msg('restart.later', {})) },
      ),
    ),
    relaunchElevated: vi.fn(async () => ok({ started: true, ...said(msg('elevate.starting', {})) })),
    finish: vi.fn(async () => ok({ closing: true, ...said(msg('finish.closing', {})) })),
    onProgress: vi.fn((listener: (event: ProgressEvent) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }),
    emit,
    listenerCount: () => listeners.size,
  };
  return api;
}

/** Main's answers on a computer where every value is already as chosen: plan and apply change nothing. */
export function answerNothingToChange(api: FakeApi): FakeApi {
  api.plan.mockImplementation(async (r) => ok(verifiedPlan(makePlan(r))));
  api.apply.mockImplementation(async (r) => {
    const out = applyOutcome(verifiedPlan(makePlan(r)));
    return ok({
      ...out,
      result: {
        ...out.result,
        outcome: 'nothing-to-do',
        exitCode: 0,
        restartNeeded: false,
        backup: null,
      },
    });
  });
  return api;
}
