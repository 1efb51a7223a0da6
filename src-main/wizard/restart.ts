import type { FinishOutcome, Said } from '../../src-shared/ipc-contract.js';
import { msg, said } from '../../src-shared/messages/messages.js';
import type { DesktopPlatform } from './platform.js';
import { restartCommand } from './system-commands.js';

/** What the technician is told after choosing to restart now or later. */
export type RestartOutcome = Said<{ scheduled: boolean }>;

export const RESTART_LATER: RestartOutcome = { scheduled: false, ...said(msg('restart.later', {})) };

/** Starts shutdown.exe from the Windows folder and says what happened. */
export async function restartNow(platform: DesktopPlatform, systemRoot: string): Promise<RestartOutcome> {
  const cmd = restartCommand(systemRoot);
  const code = await platform.runProgram(cmd.file, cmd.args);
  return code === 0
    ? { scheduled: true, ...said(msg('restart.soon', {})) }
    : { scheduled: false, ...said(msg('restart.failed', { code })) };
}

/** Starts the tool again elevated (UAC) and says what happened. */
export async function relaunchElevated(platform: DesktopPlatform): Promise<Said<{ started: boolean }>> {
  const started = await platform.relaunchElevated();
  return { started, ...said(msg(started ? 'elevate.starting' : 'elevate.failed', {})) };
}

/** Finish: the window closes (and the tool with it), or the page is told it can be closed. */
export async function finish(platform: DesktopPlatform): Promise<FinishOutcome> {
  const closing = await platform.closeWindow();
  return { closing, ...said(msg(closing ? 'finish.closing' : 'finish.canClose', {})) };
}
