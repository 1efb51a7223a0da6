import { execFile } from 'node:child_process';
import { app, clipboard, dialog, shell, type BrowserWindow } from 'electron';
import type { DesktopPlatform } from '../wizard/platform.js';
import { elevatedRelaunchCommand } from '../wizard/system-commands.js';
import { closeSoon } from './close-window.js';

function run(file: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    execFile(file, args, { windowsHide: true }, (error) => {
      if (!error) resolve(0);
      else resolve(typeof error.code === 'number' ? error.code : -1);
    });
  });
}

/** The real desktop: native pickers, the default browser, the clipboard, programs, UAC. */
export function electronPlatform(window: () => BrowserWindow | null): DesktopPlatform {
  return {
    chooseFolder: async (title, startIn) => {
      const w = window();
      const options = {
        title,
        defaultPath: startIn,
        properties: ['openDirectory' as const, 'createDirectory' as const],
      };
      const r = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    chooseFile: async (title, startIn) => {
      const w = window();
      const options = {
        title,
        defaultPath: startIn,
        properties: ['openFile' as const],
        filters: [{ name: 'Backup', extensions: ['json'] }],
      };
      const r = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    openFile: async (file) => (await shell.openPath(file)) === '',
    writeClipboard: (text) => clipboard.writeText(text),
    runProgram: run,
    relaunchElevated: async () => {
      const exe = process.env.PORTABLE_EXECUTABLE_FILE ?? process.execPath;
      const cmd = elevatedRelaunchCommand(exe);
      const code = await run(cmd.file, cmd.args);
      if (code === 0) setTimeout(() => app.quit(), 200);
      return code === 0;
    },
    closeWindow: async () => closeSoon(window()),
  };
}
