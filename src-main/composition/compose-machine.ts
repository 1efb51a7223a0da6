/**
 * The one composition root: the CLI, the browser harness and the Electron main process all
 * build the machine they work on, its journal, its backup folder and the stick here, from the
 * same options, with the same layout and the same errors.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultBackupFolder, simulationFolder, stateFolder } from '../core/files/folders.js';
import type { Machine } from '../core/machine.js';
import { nativeMachine } from '../core/native/native-machine.js';
import { folderGuardFor } from '../core/native/windows-folder-guard.js';
import { findProfile, PROFILES } from '../core/simulation/profiles.js';
import { simulatedMachine, type SimulatedMachine } from '../core/simulation/simulated-machine.js';
import { JournalStore } from '../core/state/journal.js';
import { testFolderGuard, withRegistryFaults } from './test-hooks.js';
import { MessageError } from '../../src-shared/messages/message-error.js';
import { msg } from '../../src-shared/messages/messages.js';

export interface ComposeOptions {
  /** A built-in profile id: the in-memory registry, kept in the simulation folder; null: this computer. */
  simulate: string | null;
  /** Start the simulated machine over. */
  fresh?: boolean;
  /** A simulated machine without administrator rights (the read-only mode). */
  notElevated?: boolean;
  /** A backup folder the technician named (it must exist); else the default one (created). */
  backupDir?: string | null;
  /** The folder of the portable executable (the stick); simulation: <simulation folder>/stick. */
  stickFolder?: string | null;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
}

export interface Composition {
  machine: Machine;
  journal: JournalStore;
  backupFolder: string;
  stickFolder: string | null;
  simulation: { profile: string; label: string } | null;
  /** The simulated machine itself (what the simulated desktop installs updates into), or null. */
  simulated: SimulatedMachine | null;
}

/** Why nothing could be composed, by code (exit 2 in the CLI). */
export class ComposeError extends MessageError {}

const profileIds = (): string[] => PROFILES.map((p) => p.id);

/** Builds the machine and its folders; throws ComposeError for an unknown profile or a non-Windows computer. */
export function composeMachine(o: ComposeOptions): Composition {
  if (o.simulate !== null) return composeSimulation(o.simulate, o);
  if (o.platform !== 'win32') {
    throw new ComposeError(msg('compose.notWindows', { profiles: profileIds() }));
  }
  const machine = nativeMachine();
  // The state folder is made administrators-only and checked, with System32's tools.
  const guard = folderGuardFor(machine);
  return {
    machine: withRegistryFaults(machine, o.env),
    journal: new JournalStore(stateFolder(o.env), guard),
    backupFolder: o.backupDir ?? defaultBackupFolder(o.env),
    stickFolder: o.stickFolder ?? o.env.PORTABLE_EXECUTABLE_DIR ?? null,
    simulation: null,
    simulated: null,
  };
}

/** A simulated machine: its registry, journal, stick and backups in one folder per profile. */
function composeSimulation(id: string, o: ComposeOptions): Composition {
  const profile = findProfile(id);
  if (!profile) throw new ComposeError(msg('compose.unknownProfile', { id, profiles: profileIds() }));
  const folder = simulationFolder(profile.id, o.env);
  if (o.fresh) fs.rmSync(folder, { recursive: true, force: true });
  const stickFolder = o.stickFolder ?? path.join(folder, 'stick');
  const backupFolder = o.backupDir ?? path.join(stickFolder, 'TLS12-Backups');
  if (!o.backupDir) fs.mkdirSync(backupFolder, { recursive: true });
  const machine = simulatedMachine(profile, {
    stateFile: path.join(folder, 'registry.json'),
    ...(o.notElevated ? { elevated: false } : {}),
  });
  return {
    machine: withRegistryFaults(machine, o.env),
    journal: new JournalStore(folder, testFolderGuard(o.env)),
    backupFolder,
    stickFolder,
    simulation: { profile: profile.id, label: profile.label },
    simulated: machine,
  };
}
