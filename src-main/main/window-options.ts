import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The one window: isolated, sandboxed, no Node.js in the page, web security on, DevTools only
 * in development. A unit test asserts every one of these.
 */
export function windowOptions(preload: string, packaged: boolean): BrowserWindowConstructorOptions {
  return {
    width: 900,
    height: 680,
    minWidth: 640,
    minHeight: 480,
    show: false,
    title: 'TLS 1.2 Wizard',
    autoHideMenuBar: true,
    backgroundColor: '#f3f3f3',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: !packaged,
    },
  };
}
