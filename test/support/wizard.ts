import * as fs from 'node:fs';
import * as path from 'node:path';
import { findProfile } from '../../src-main/core/simulation/profiles.js';
import { simulatedMachine } from '../../src-main/core/simulation/simulated-machine.js';
import type { FolderGuard } from '../../src-main/core/state/folder-guard.js';
import { JournalStore } from '../../src-main/core/state/journal.js';
import type { ProgressEvent } from '../../src-main/ipc/contract.js';
import { simulatedPlatform } from '../../src-main/wizard/simulated-platform.js';
import { WizardService } from '../../src-main/wizard/wizard-service.js';
import { tempFolder } from './sim.js';

/** A wizard service on a simulated machine, with its folders in a fresh temp folder. */
export function wizardFor(
  profileId: string,
  options: {
    elevated?: boolean;
    msu?: boolean;
    pickFile?: string | null;
    pickFolder?: string | null;
    folderGuard?: FolderGuard;
  } = {},
) {
  const profile = findProfile(profileId);
  if (!profile) throw new Error(profileId);
  const root = tempFolder('tls12-wizard');
  const stick = path.join(root, 'stick');
  const backupFolder = path.join(stick, 'TLS12-Backups');
  fs.mkdirSync(backupFolder, { recursive: true });
  const machine = simulatedMachine(
    profile,
    options.elevated === undefined ? {} : { elevated: options.elevated },
  );
  const log: string[] = [];
  const platform = simulatedPlatform(machine, {
    pickFolder: options.pickFolder ?? null,
    pickFile: options.pickFile ?? null,
    log: (l) => log.push(l),
  });
  const progress: ProgressEvent[] = [];
  const journal = new JournalStore(path.join(root, 'state'), options.folderGuard);
  if (options.msu) fs.writeFileSync(path.join(stick, 'Windows6.1-KB3140245-x64.msu'), 'not really an msu');
  const service = new WizardService({
    machine,
    journal,
    platform,
    toolVersion: '1.0.0-test',
    locale: 'sv-SE',
    backupFolder,
    stickFolder: stick,
    simulation: { profile: profile.id, label: profile.label },
    onProgress: (e) => progress.push(e),
  });
  return { service, machine, platform, log, progress, root, stick, backupFolder, journal };
}
