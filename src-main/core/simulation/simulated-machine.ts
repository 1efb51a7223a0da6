import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeFileDurably } from '../files/durable-write.js';
import type { Machine } from '../machine.js';
import { MemoryRegistry, type RegistrySnapshot } from '../registry/memory-registry.js';
import { memoryEvidenceFiles } from './memory-evidence-files.js';
import type { MachineProfile } from './profiles.js';

export interface SimulatedMachineOptions {
  /**
   * Where the simulated registry is kept between runs, so that apply, a crash and the next
   * start's repair can be tried in separate processes. Without it the machine lives in memory.
   */
  stateFile?: string;
  elevated?: boolean;
}

export interface SimulatedMachine extends Machine {
  registry: MemoryRegistry;
  /** What a successful UAC prompt would give. */
  setElevated(elevated: boolean): void;
  /** What installing an update would do to a system DLL's version. */
  setDllVersion(dll: string, version: string): void;
}

/** When a simulated Windows last started, unless its profile says otherwise: before any change. */
export const SIMULATED_BOOT = '2026-01-05T07:00:00.000Z';

/** A machine from a built-in profile, on the in-memory registry: changes nothing real. */
export function simulatedMachine(
  profile: MachineProfile,
  options: SimulatedMachineOptions = {},
): SimulatedMachine {
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
  const readState = (): void => {
    let snapshot: RegistrySnapshot = profile.registry;
    if (stateFile && fs.existsSync(stateFile)) {
      snapshot = JSON.parse(fs.readFileSync(stateFile, 'utf8')) as RegistrySnapshot;
    }
    registry.load(snapshot);
  };
  readState();
  if (stateFile && !fs.existsSync(stateFile)) {
    // A new simulated machine is kept from the start, so that every run sees the same one.
    // Created only if still absent (a hard link fails if it exists): a copy starting while another
    // has already applied never writes the fresh profile over that change.
    fs.mkdirSync(path.dirname(stateFile), { recursive: true });
    const draft = `${stateFile}.${process.pid}.new`;
    writeFileDurably(draft, JSON.stringify(registry.snapshot()));
    try {
      fs.linkSync(draft, stateFile);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      fs.rmSync(draft, { force: true });
    }
  }
  let elevated = options.elevated ?? profile.elevated;
  const dllVersions: Record<string, string> = { ...profile.dllVersions };
  return {
    registry,
    files: {
      systemFilePath: (dll) => `C:\\Windows\\System32\\${dll}`,
      fileVersion: (p) => dllVersions[path.win32.basename(p).toLowerCase()] ?? null,
    },
    isElevated: () => elevated,
    setElevated: (value) => {
      elevated = value;
    },
    setDllVersion: (dll, version) => {
      dllVersions[dll.toLowerCase()] = version;
    },
    // Another process may have changed the kept registry since this one was built: read it again
    // once the operation lock is held, as a real registry would be read at that moment.
    refresh: () => {
      if (stateFile) readState();
    },
    simulatedProfile: profile.id,
    evidenceFiles: memoryEvidenceFiles(profile.files ?? {}),
    programData: 'C:\\ProgramData',
    bootTime: () => new Date(profile.bootedAt ?? SIMULATED_BOOT),
    systemRoot: 'C:\\Windows',
    hostname: 'SIMULATED',
  };
}
