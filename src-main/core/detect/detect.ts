import type { Machine } from '../machine.js';
import { detectDotNet } from './dotnet.js';
import { detectOs } from './detect-os.js';
import { detectInternetExplorer } from './internet-explorer.js';
import { detectKb3140245 } from './kb3140245.js';

export type { Detection } from '../../../src-shared/detection-types.js';
import type { Detection } from '../../../src-shared/detection-types.js';

/** Step 1 and 2 of the wizard: what this computer is, and whether it has the WinHTTP update. */
export function detect(machine: Machine): Detection {
  const os = detectOs(machine.registry, machine.hostname, { process64: machine.architectureHint ?? null });
  return {
    os,
    kb3140245: detectKb3140245(os, machine.registry, machine.files),
    dotNet: detectDotNet(machine.registry),
    internetExplorer: detectInternetExplorer(machine.registry),
    elevated: machine.isElevated(),
    registryAdapter: machine.registry.adapterName,
    simulatedProfile: machine.simulatedProfile,
  };
}
