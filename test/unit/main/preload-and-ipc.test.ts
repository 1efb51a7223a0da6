import { describe, expect, it, vi } from 'vitest';
import type { IpcMain } from 'electron';
import { CHANNEL_NAMES, PROGRESS_CHANNEL, type Tls12Api } from '../../../src-main/ipc/contract.js';
import type { Handlers } from '../../../src-main/ipc/dispatch.js';
import { registerIpc } from '../../../src-main/main/ipc-main.js';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async () => ({ ok: true, value: null }));
const on = vi.fn();
const removeListener = vi.fn();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: { invoke, on, removeListener },
}));

describe('the preload', () => {
  it('exposes exactly one method per intent as window.tls12, and nothing generic', async () => {
    await import('../../../src-main/preload/preload.js');
    const api = exposed.tls12 as Tls12Api;
    expect(Object.keys(exposed)).toEqual(['tls12']);
    expect(Object.keys(api).sort()).toEqual([...CHANNEL_NAMES, 'onProgress'].sort());
    expect(Object.isFrozen(api)).toBe(true);
    expect('invoke' in api || 'send' in api || 'ipcRenderer' in api).toBe(false);
  });

  it('maps each method to its prefixed channel with the request as given', async () => {
    await import('../../../src-main/preload/preload.js');
    const api = exposed.tls12 as Tls12Api;
    await api.plan({ protocols: '1.2', groups: ['winhttp'] });
    expect(invoke).toHaveBeenLastCalledWith('tls12:plan', { protocols: '1.2', groups: ['winhttp'] });
    const previewHash = 'a'.repeat(64);
    await api.rollback({
      id: 'TLS12-backup_PC_20260101-010101.json',
      restoreWrongTypes: false,
      previewHash,
      overwriteDrift: false,
    });
    expect(invoke).toHaveBeenLastCalledWith('tls12:rollback', {
      id: 'TLS12-backup_PC_20260101-010101.json',
      restoreWrongTypes: false,
      previewHash,
      overwriteDrift: false,
    });
    await api.start();
    expect(invoke).toHaveBeenLastCalledWith('tls12:start', {});
    await api.finish();
    expect(invoke).toHaveBeenLastCalledWith('tls12:finish', {});
  });

  it('subscribes to progress and unsubscribes', async () => {
    await import('../../../src-main/preload/preload.js');
    const api = exposed.tls12 as Tls12Api;
    const listener = vi.fn();
    const stop = api.onProgress(listener);
    expect(on).toHaveBeenCalledWith(PROGRESS_CHANNEL, expect.any(Function));
    const wrapped = on.mock.calls[0]?.[1] as (e: unknown, p: unknown) => void;
    wrapped({}, { done: 1 });
    expect(listener).toHaveBeenCalledWith({ done: 1 });
    stop();
    expect(removeListener).toHaveBeenCalledWith(PROGRESS_CHANNEL, wrapped);
  });
});

describe('the main-process IPC registration', () => {
  it('registers every channel with a prefix, and refuses untrusted senders before reading the request', async () => {
    const registered = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>();
    const ipcMain = {
      handle: (channel: string, fn: never) => registered.set(channel, fn),
    } as unknown as IpcMain;
    const plan = vi.fn(() => ({}));
    const handlers = { plan } as unknown as Handlers;
    let trusted = false;
    registerIpc(ipcMain, handlers, () => trusted);
    expect([...registered.keys()].sort()).toEqual(CHANNEL_NAMES.map((c) => `tls12:${c}`).sort());
    const call = registered.get('tls12:plan') as (e: unknown, p: unknown) => Promise<unknown>;
    expect(await call({}, { protocols: '1.2', groups: ['winhttp'] })).toMatchObject({
      ok: false,
      error: { code: 'untrusted-sender' },
    });
    expect(plan).not.toHaveBeenCalled();
    trusted = true;
    expect(
      await call({}, { protocols: '1.2', groups: ['winhttp'], path: 'HKLM\\SOFTWARE\\Run' }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'bad-request',
        msg: { params: { detail: expect.stringMatching(/unknown field\(s\): path/) } },
      },
    });
    expect(plan).not.toHaveBeenCalled();
    expect(await call({}, { protocols: '1.2', groups: ['winhttp'] })).toEqual({ ok: true, value: {} });
    expect(plan).toHaveBeenCalledTimes(1);
  });
});
