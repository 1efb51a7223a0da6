import type { FinishOutcome } from '../../src-shared/ipc-contract.js';
import type { DesktopPlatform } from './platform.js';
import { restartCommand } from './system-commands.js';

/** What the technician is told after choosing to restart now or later. */
export interface RestartOutcome {
  scheduled: boolean;
  message: string;
}

export const RESTART_LATER: RestartOutcome = {
  scheduled: false,
  message: 'Remember to restart this computer: the new settings take effect after a restart.',
};

/** Starts shutdown.exe from the Windows folder and says what happened. */
export async function restartNow(platform: DesktopPlatform, systemRoot: string): Promise<RestartOutcome> {
  const cmd = restartCommand(systemRoot);
  const code = await platform.runProgram(cmd.file, cmd.args);
  return code === 0
    ? { scheduled: true, message: 'The computer restarts in 5 seconds.' }
    : {
        scheduled: false,
        message: `The restart could not be started (shutdown.exe exit code ${code}). Restart from the Start menu.`,
      };
}

/** Starts the tool again elevated (UAC) and says what happened. */
export async function relaunchElevated(
  platform: DesktopPlatform,
): Promise<{ started: boolean; message: string }> {
  const started = await platform.relaunchElevated();
  return {
    started,
    message: started
      ? 'Starting as administrator...'
      : 'The tool could not be started as administrator (was the UAC prompt declined?).',
  };
}

/** Finish: the window closes (and the tool with it), or the page is told it can be closed. */
export async function finish(platform: DesktopPlatform): Promise<FinishOutcome> {
  const closing = await platform.closeWindow();
  return {
    closing,
    message: closing ? 'The wizard closes.' : 'The wizard has finished: you can close this window.',
  };
}
