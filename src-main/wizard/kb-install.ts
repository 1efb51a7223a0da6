import * as path from 'node:path';
import { detect, type Detection } from '../core/detect/detect.js';
import type { Machine } from '../core/machine.js';
import type { KbInstallOutcome } from '../../src-shared/ipc-contract.js';
import { findMsuOnStick } from './msu-on-stick.js';
import type { DesktopPlatform } from './platform.js';
import { describeWusaExit, wusaCommand } from './system-commands.js';
import { requireElevated } from './service-guards.js';
import { WizardError } from './wizard-error.js';
import { msg } from '../../src-shared/messages/messages.js';

/** Installs KB 3140245 from the .msu on the stick with wusa.exe, then detects again. */
export async function installKbFromStick(
  machine: Machine,
  stickFolder: string | null,
  platform: DesktopPlatform,
): Promise<KbInstallOutcome> {
  const detection = detect(machine);
  const msu = findMsuOnStick(detection, stickFolder);
  if (!detection.kb3140245.needed) throw new WizardError('refused', msg('kb.notNeeded', {}));
  if (!msu) throw new WizardError('not-found', msg('kb.noInstaller', { msu: detection.kb3140245.msuFile }));
  requireElevated(machine);
  const cmd = wusaCommand(machine.systemRoot, msu);
  const exitCode = await platform.runProgram(cmd.file, cmd.args);
  return { exitCode, ...describeWusaExit(exitCode), detection: detect(machine) };
}

/** The .msu on the stick by its file name (what the start screen shows), or null. */
export function msuOnStick(detection: Detection, stickFolder: string | null): { file: string } | null {
  const msu = findMsuOnStick(detection, stickFolder);
  return msu ? { file: path.win32.basename(msu) } : null;
}
