import * as path from 'node:path';
import { FAMILY_FACTS } from '../core/catalogue/windows-families.js';
import { detectOs } from '../core/detect/detect-os.js';
import type { SimulatedMachine } from '../core/simulation/simulated-machine.js';
import type { DesktopPlatform } from './platform.js';
import { WUSA } from './system-commands.js';

export interface SimulatedPlatformOptions {
  /** What the folder picker returns (null: as if cancelled). */
  pickFolder: string | null;
  /** What the file picker returns (null: as if cancelled). */
  pickFile: string | null;
  log: (line: string) => void;
}

/**
 * The desktop as the harness and simulation see it: pickers return preset answers, programs are
 * not run (wusa.exe "installs" by raising the simulated DLL versions, shutdown.exe is logged),
 * "relaunch as administrator" elevates the simulated machine, and Finish closes nothing.
 * Everything is logged.
 */
export function simulatedPlatform(
  machine: SimulatedMachine | null,
  o: SimulatedPlatformOptions,
): DesktopPlatform & { clipboard: string } {
  const platform = {
    clipboard: '',
    chooseFolder: async () => o.pickFolder,
    chooseFile: async () => o.pickFile,
    openFile: async (file: string) => {
      o.log(`open ${file}`);
      return true;
    },
    writeClipboard: (text: string) => {
      platform.clipboard = text;
    },
    runProgram: async (file: string, args: string[]) => {
      o.log(`run ${file} ${args.join(' ')}`);
      const program = path.win32.basename(file).toLowerCase();
      if (program === 'wusa.exe' && machine) {
        const family = detectOs(machine.registry, machine.hostname).family;
        const min = family ? FAMILY_FACTS[family].kb3140245?.minFileVersion : undefined;
        if (!min) return WUSA.notApplicable;
        machine.setDllVersion('winhttp.dll', min);
        machine.setDllVersion('webio.dll', min);
        return WUSA.restartNeeded;
      }
      return program === 'shutdown.exe' ? 0 : 1;
    },
    relaunchElevated: async () => {
      if (!machine) return false;
      machine.setElevated(true);
      return true;
    },
    // The browser harness has no window to close: it logs it, and the page says it can be closed.
    closeWindow: async () => {
      o.log('finish: the window would close now');
      return false;
    },
  };
  return platform;
}
