import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { detectOs } from '../../src-main/core/detect/detect-os.js';
import { findProfile, PROFILES } from '../../src-main/core/simulation/profiles.js';
import { simulatedMachine } from '../../src-main/core/simulation/simulated-machine.js';
import { JournalStore } from '../../src-main/core/state/journal.js';

/** A fresh simulated machine from a built-in profile, in memory only. */
export function machineFor(profileId: string, options: { elevated?: boolean } = {}) {
  const profile = findProfile(profileId);
  if (!profile) throw new Error(`no profile ${profileId}`);
  return simulatedMachine(profile, options);
}

/** A new empty folder under the system temp folder. */
export function tempFolder(label = 'tls12-test'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `${label}-`));
}

/** Everything an operation needs, with its own journal and backup folders. */
export function operationSetup(profileId: string, options: { elevated?: boolean } = {}) {
  const machine = machineFor(profileId, options);
  const root = tempFolder();
  const backupDir = path.join(root, 'backups');
  fs.mkdirSync(backupDir);
  const journal = new JournalStore(path.join(root, 'state'));
  return { machine, journal, backupDir, root, ctx: { machine, journal, toolVersion: '0.0.0-test' } };
}

/** The built-in profiles of Windows the tool supports (the others are refused, each with a reason). */
export const SUPPORTED_PROFILES = PROFILES.filter((p) => detectOs(machineFor(p.id).registry).family !== null);
export const REFUSED_PROFILES = PROFILES.filter((p) => !SUPPORTED_PROFILES.includes(p));
