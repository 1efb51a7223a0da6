import * as path from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The window icon, assets/icon.ico, seen from the folder of out/main.cjs (packaged: inside
 * app.asar, where electron-builder.yml's `files` puts it; Electron copies an .ico out of the
 * archive for Windows' LoadImage). Only Windows reads .ico: on Linux, where the wizard runs only on
 * a simulated machine, the window may show no icon.
 */
export function windowIconPath(mainDir: string): string {
  return path.join(mainDir, '..', 'assets', 'icon.ico');
}

/**
 * The one window: isolated, sandboxed, no Node.js in the page, web security on, DevTools only
 * in development. A unit test asserts every one of these.
 */
export function windowOptions(
  preload: string,
  packaged: boolean,
  icon?: string,
): BrowserWindowConstructorOptions {
  return {
    ...(icon === undefined ? {} : { icon }),
    width: 900,
    height: 680,
    // Old laptops at 1366×768 with 150 % scaling leave about 911×440 once the taskbar and the
    // title bar are taken off; the e2e journeys check every screen's primary action at 533×400.
    minWidth: 520,
    minHeight: 380,
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
