import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNEL_NAMES, channelOf } from '../ipc/contract.js';
import { dispatch, type Handlers } from '../ipc/dispatch.js';

/** Registers one handler per channel; each checks the sender, then the request, then runs. */
export function registerIpc(
  ipcMain: IpcMain,
  handlers: Handlers,
  trusted: (event: IpcMainInvokeEvent) => boolean,
): void {
  for (const name of CHANNEL_NAMES) {
    ipcMain.handle(channelOf(name), (event, payload: unknown) =>
      dispatch(handlers, name, payload, trusted(event)),
    );
  }
}
