import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeFileDurably } from '../files/durable-write.js';
import type { Machine } from '../machine.js';
import { MemoryRegistry, type RegistrySnapshot } from '../registry/memory-registry.js';
import type { MachineProfile } from './profiles.js';

export interface SimulatedMachineOptions {
  /**
   * Where the simulated registry is kept between runs, so that apply, a crash and the next
   * start's repair can be tried in separate processes. Without it the machine lives in memory.
   */
  stateFile?: string;
  elevated?: boolean;
}

/** A machine from a built-in profile, on the in-memory registry: changes nothing real. */
export function simulatedMachine(
  profile: MachineProfile,
  options: SimulatedMachineOptions = {},
): Machine & {
  registry: MemoryRegistry;
} {
  const { stateFile } = options;
  const registry = new MemoryRegistry({
    wow64: profile.wow64,
    ...(stateFile
      ? {
          onChange: (r: MemoryRegistry) => {
            fs.mkdirSync(path.dirname(stateFile), { recursive: true });
            writeFileDurably(stateFile, JSON.stringify(r.snapshot()));
          },
        }
      : {}),
  });
  let snapshot: RegistrySnapshot = profile.registry;
  if (stateFile && fs.existsSync(stateFile)) {
    snapshot = JSON.parse(fs.readFileSync(stateFile, 'utf8')) as RegistrySnapshot;
  }
  registry.load(snapshot);
  return {
    registry,
    files: {
      systemFilePath: (dll) => `C:\\Windows\\System32\\${dll}`,
      fileVersion: (p) => profile.dllVersions[path.win32.basename(p).toLowerCase()] ?? null,
    },
    isElevated: () => options.elevated ?? profile.elevated,
    simulatedProfile: profile.id,
    hostname: 'SIMULATED',
  };
}
