import type { ChannelName, Envelope, ProgressEvent, Request, Response, Tls12Api } from './contract.js';

export type Invoke = <C extends ChannelName>(name: C, request: Request<C>) => Promise<Envelope<Response<C>>>;
export type Subscribe = (listener: (event: ProgressEvent) => void) => () => void;

const empty = {} as Record<string, never>;

/**
 * Builds `window.tls12` from a transport: Electron's ipcRenderer in the preload, fetch in the
 * browser harness. Both expose exactly the same methods, so the renderer cannot tell them apart.
 */
export function createTls12Api(invoke: Invoke, subscribe: Subscribe): Tls12Api {
  return Object.freeze({
    start: () => invoke('start', empty),
    repairInterrupted: () => invoke('repairInterrupted', empty),
    plan: (r) => invoke('plan', r),
    chooseBackupFolder: () => invoke('chooseBackupFolder', empty),
    apply: (r) => invoke('apply', r),
    listBackups: () => invoke('listBackups', empty),
    chooseBackupFile: () => invoke('chooseBackupFile', empty),
    previewRollback: (r) => invoke('previewRollback', r),
    rollback: (r) => invoke('rollback', r),
    installKb: () => invoke('installKb', empty),
    check: (r) => invoke('check', r),
    openReport: (r) => invoke('openReport', r),
    copySummary: (r) => invoke('copySummary', r),
    restart: (r) => invoke('restart', r),
    relaunchElevated: () => invoke('relaunchElevated', empty),
    finish: () => invoke('finish', empty),
    onProgress: (listener) => subscribe(listener),
  } satisfies Tls12Api);
}
