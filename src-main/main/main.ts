// The Electron main process: thin glue over the wizard service. Everything privileged happens
// here, behind the narrow IPC contract; the window shows only the packaged renderer.
import * as path from 'node:path';
import { app, BrowserWindow, ipcMain, protocol, session } from 'electron';
import { version } from '../../package.json';
import { defaultBackupFolder, simulationFolder, stateFolder } from '../core/files/folders.js';
import { nativeMachine } from '../core/native/native-machine.js';
import { findProfile, PROFILES } from '../core/simulation/profiles.js';
import { simulatedMachine } from '../core/simulation/simulated-machine.js';
import { JournalStore } from '../core/state/journal.js';
import { PROGRESS_CHANNEL } from '../ipc/contract.js';
import { handlersFor } from '../ipc/dispatch.js';
import { simulatedPlatform } from '../harness/simulated-platform.js';
import { WizardService } from '../wizard/wizard-service.js';
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
  const arg = process.argv.find((a) => a.startsWith('--simulate='));
  if (arg) return arg.slice('--simulate='.length);
  return process.platform === 'win32' ? null : 'win7-sp1';
}

function createService(): WizardService {
  const common = {
    toolVersion: version,
    locale: app.getLocale(),
    onProgress: (event: unknown) => mainWindow?.webContents.send(PROGRESS_CHANNEL, event),
  };
  const profileId = simulationProfile();
  if (profileId !== null) {
    const profile = findProfile(profileId) ?? PROFILES[0];
    if (!profile) throw new Error('no simulation profiles');
    const folder = simulationFolder(profile.id);
    const machine = simulatedMachine(profile, { stateFile: path.join(folder, 'registry.json') });
    return new WizardService({
      ...common,
      machine,
      journal: new JournalStore(folder),
      platform: simulatedPlatform(machine, { pickFolder: null, pickFile: null, log: () => undefined }),
      backupFolder: path.join(folder, 'stick', 'TLS12-Backups'),
      stickFolder: path.join(folder, 'stick'),
      simulation: { profile: profile.id, label: profile.label },
    });
  }
  return new WizardService({
    ...common,
    machine: nativeMachine(),
    journal: new JournalStore(stateFolder()),
    platform: electronPlatform(() => mainWindow),
    backupFolder: defaultBackupFolder(),
    stickFolder: process.env.PORTABLE_EXECUTABLE_DIR ?? null,
    simulation: null,
  });
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
    registerIpc(ipcMain, handlersFor(createService()), (event) =>
      isTrustedSender(event, mainWindow?.webContents.id ?? null, rendererRootUrl),
    );
    createWindow();
  });
}
