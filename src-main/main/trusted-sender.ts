import type { IpcMainInvokeEvent } from 'electron';
import { isPackagedRendererUrl } from './harden.js';

/**
 * Only our window's top frame, showing our packaged page, may call the wizard. Anything else
 * (a subframe, another webContents, a navigated page) is refused before its request is read.
 */
export function isTrustedSender(
  event: IpcMainInvokeEvent,
  windowContentsId: number | null,
  rendererRootUrl: string,
): boolean {
  const frame = event.senderFrame;
  if (!frame || windowContentsId === null || event.sender.id !== windowContentsId) return false;
  if (frame.parent !== null) return false;
  return isPackagedRendererUrl(frame.url, rendererRootUrl);
}
