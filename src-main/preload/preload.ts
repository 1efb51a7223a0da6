// The sandboxed preload: one bundled CommonJS file that can only require('electron'). It exposes
// one method per intent as window.tls12; the renderer gets nothing generic (no invoke(channel)).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createTls12Api } from '../ipc/api-factory.js';
import { channelOf, PROGRESS_CHANNEL, type ProgressEvent } from '../../src-shared/ipc-contract.js';

const api = createTls12Api(
  (name, request) => ipcRenderer.invoke(channelOf(name), request),
  (listener) => {
    const wrapped = (_event: IpcRendererEvent, progress: ProgressEvent): void => listener(progress);
    ipcRenderer.on(PROGRESS_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(PROGRESS_CHANNEL, wrapped);
    };
  },
);

contextBridge.exposeInMainWorld('tls12', api);
