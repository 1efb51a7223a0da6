import type { BrowserWindow } from 'electron';

/** The part of a BrowserWindow that Finish needs. */
type Closable = Pick<BrowserWindow, 'isDestroyed' | 'close'>;

/**
 * Finish: closes the window a moment later, once the answer is on its way to the renderer (the
 * app quits with its last window). False when there is no window left to close.
 */
export function closeSoon(w: Closable | null, delayMs = 100): boolean {
  if (!w || w.isDestroyed()) return false;
  setTimeout(() => {
    if (!w.isDestroyed()) w.close();
  }, delayMs);
  return true;
}
