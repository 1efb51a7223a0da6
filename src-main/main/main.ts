// The Electron main process: thin glue over the wizard service. Everything privileged happens
// here, behind the narrow IPC contract; the window shows only the packaged renderer.
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron';
import { version } from '../../package.json';
import { ComposeError, composeMachine } from '../composition/compose-machine.js';
import { PROGRESS_CHANNEL } from '../ipc/contract.js';
import { handlersFor } from '../ipc/dispatch.js';
import { simulatedPlatform } from '../wizard/simulated-platform.js';
import { WizardService } from '../wizard/wizard-service.js';
import { closeSoon } from './close-window.js';
import { electronPlatform } from './electron-platform.js';
import { hardenSession, hardenWebContents } from './harden.js';
import { headlessArgs, runHeadless } from './headless.js';
import { registerIpc } from './ipc-main.js';
import { registerRendererScheme, RENDERER_ROOT_URL, serveRenderer } from './renderer-protocol.js';
import { isTrustedSender } from './trusted-sender.js';
import { windowIconPath, windowOptions } from './window-options.js';

const rendererDir = path.join(__dirname, 'renderer');
const rendererRootUrl = RENDERER_ROOT_URL;
let mainWindow: BrowserWindow | null = null;

/** --simulate=<profile>, or any run on a computer that is not Windows: the in-memory registry. */
function simulationProfile(): string | null {
  // strict: false: Electron and Chromium put their own switches on the command line too.
  const { values } = parseArgs({
    args: process.argv.slice(1),
    options: { simulate: { type: 'string' } },
    strict: false,
  });
  if (typeof values.simulate === 'string') return values.simulate;
  return process.platform === 'win32' ? null : 'win7-sp1';
}

function createService(): WizardService {
  const composed = composeMachine({
    simulate: simulationProfile(),
    env: process.env,
    platform: process.platform,
  });
  return new WizardService({
    toolVersion: version,
    locale: app.getLocale(),
    onProgress: (event: unknown) => mainWindow?.webContents.send(PROGRESS_CHANNEL, event),
    machine: composed.machine,
    journal: composed.journal,
    platform: composed.simulated
      ? {
          ...simulatedPlatform(composed.simulated, {
            pickFolder: null,
            pickFile: null,
            log: () => undefined,
          }),
          // Finish closes the window in a simulation too.
          closeWindow: async () => closeSoon(mainWindow),
        }
      : electronPlatform(() => mainWindow),
    backupFolder: composed.backupFolder,
    stickFolder: composed.stickFolder,
    simulation: composed.simulation,
  });
}

/** The service, or null after telling the technician why the tool cannot start (an unknown profile). */
function serviceOrQuit(): WizardService | null {
  try {
    return createService();
  } catch (error) {
    if (!(error instanceof ComposeError)) throw error;
    dialog.showErrorBox('TLS 1.2 Wizard', error.message);
    app.exit(2);
    return null;
  }
}

function createWindow(): void {
  mainWindow = new BrowserWindow(
    windowOptions(path.join(__dirname, 'preload.cjs'), app.isPackaged, windowIconPath(__dirname)),
  );
  hardenWebContents(mainWindow.webContents, rendererRootUrl);
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(`${RENDERER_ROOT_URL}index.html`);
}

const cliArgs = headlessArgs(process.argv);
if (cliArgs !== null) {
  // TLS12-Wizard.exe --cli ...: the CLI contract for deployment tools, no window (docs/deploy.md).
  app.exit(runHeadless(cliArgs, { env: process.env, platform: process.platform, version }));
} else if (!app.requestSingleInstanceLock()) {
  // A second copy while one is open (maybe applying): refuse; the first one comes forward.
  app.quit();
} else {
  app.enableSandbox();
  registerRendererScheme(protocol);
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, rendererRootUrl));
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(() => {
    serveRenderer(protocol, rendererDir);
    hardenSession(session.defaultSession, rendererRootUrl);
    const service = serviceOrQuit();
    if (service === null) return;
    registerIpc(ipcMain, handlersFor(service), (event) =>
      isTrustedSender(event, mainWindow?.webContents.id ?? null, rendererRootUrl),
    );
    createWindow();
  });
}
