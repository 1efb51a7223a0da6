/**
 * The test hooks, in one place and out of the command code paths. Each can only make the tool
 * fail (a killed process, a failed registry call), never write: they exist so that crash repair
 * and fault handling can be tested for real, also through the built CLI and harness.
 *
 * - TLS12_WIZARD_TEST_CRASH_AFTER_WRITE=N: kill this process after its N-th registry write.
 * - TLS12_WIZARD_TEST_CRASH_AFTER_BACKUP_FILE=N: after the N-th backup file (1 = .json, 2 = .reg).
 * - TLS12_WIZARD_TEST_FAULT=write:3:5: fail the 3rd registry write with Win32 error 5
 *   (read / write / delete).
 * - TLS12_WIZARD_TEST_DENY=write:<key path> (or read:<key path>): deny that key and its subkeys,
 *   as a tightened ACL would.
 * - TLS12_WIZARD_TEST_STATE_FOLDER_WRITERS=Users,Everyone: the simulated state folder can be
 *   changed by these accounts (as a %ProgramData% folder with the inherited ACL can); the value
 *   "unreadable" makes its rights unreadable.
 */
import type { Machine } from '../core/machine.js';
import { FolderGuardError, NO_FOLDER_GUARD, type FolderGuard } from '../core/state/folder-guard.js';
import {
  FaultInjectingRegistry,
  parseDenied,
  parseFault,
} from '../core/registry/fault-injecting-registry.js';

/** A function that kills this process the n-th time it is called (n from the variable), or undefined. */
function killOnNthCall(value: string | undefined): (() => void) | undefined {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) return undefined;
  let calls = 0;
  return () => {
    calls += 1;
    if (calls === n) process.kill(process.pid, 'SIGKILL');
  };
}

/** Called after every registry write of an apply or rollback. */
export function crashAfterWriteHook(env: NodeJS.ProcessEnv): (() => void) | undefined {
  return killOnNthCall(env.TLS12_WIZARD_TEST_CRASH_AFTER_WRITE);
}

/** Called after each backup file is on disk. */
export function crashAfterBackupFileHook(env: NodeJS.ProcessEnv): ((file: string) => void) | undefined {
  return killOnNthCall(env.TLS12_WIZARD_TEST_CRASH_AFTER_BACKUP_FILE);
}

/** The machine with a fault-injecting registry when a fault or a denied key is asked for. */
export function withRegistryFaults(machine: Machine, env: NodeJS.ProcessEnv): Machine {
  const fault = parseFault(env.TLS12_WIZARD_TEST_FAULT);
  const denied = parseDenied(env.TLS12_WIZARD_TEST_DENY);
  if (!fault && denied.length === 0) return machine;
  return { ...machine, registry: new FaultInjectingRegistry(machine.registry, fault, denied) };
}

/** The simulated state folder's guard: nothing to check, unless other writers are asked for. */
export function testFolderGuard(env: NodeJS.ProcessEnv): FolderGuard {
  const value = env.TLS12_WIZARD_TEST_STATE_FOLDER_WRITERS;
  if (!value) return NO_FOLDER_GUARD;
  return {
    secure: () => undefined,
    otherWriters: () => {
      if (value === 'unreadable') throw new FolderGuardError('powershell.exe failed: not found');
      return value.split(',');
    },
  };
}
