import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readPeFileVersion } from '../detect/pe-version.js';
import type { Architecture } from '../detect/os-info.js';
import type { Machine } from '../machine.js';
import { nodeEvidenceFiles } from './evidence-files-node.js';
import { loadNativeReg, NativeRegistry } from '../registry/native-registry.js';

/** A 64-bit process runs only on 64-bit Windows; a 32-bit one on 64-bit Windows sees PROCESSOR_ARCHITEW6432. */
function processArchitectureHint(): Architecture | null {
  if (process.arch === 'x64') return 'x64';
  if (process.arch === 'arm64') return 'arm64';
  const wow = (process.env.PROCESSOR_ARCHITEW6432 ?? '').toUpperCase();
  return wow === 'AMD64' ? 'x64' : wow === 'ARM64' ? 'arm64' : null;
}

/**
 * The real Windows this process runs on. A 32-bit build on 64-bit Windows reads System32
 * through Sysnative: without it, file-system redirection would show the SysWOW64 copies.
 */
export function nativeMachine(): Machine {
  const reg = loadNativeReg();
  const registry = new NativeRegistry(reg);
  // From the registry: %SystemRoot% is an environment variable the user can change, and this
  // process runs elevated (it starts wusa.exe and shutdown.exe from this folder).
  const fromRegistry = registry.readValue(
    { hive: 'HKLM', view: '64', path: 'SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion' },
    'SystemRoot',
  );
  const systemRoot =
    fromRegistry?.type === 'REG_SZ' && /^[A-Za-z]:\\/.test(fromRegistry.data)
      ? fromRegistry.data
      : 'C:\\Windows';
  const wow64Process = process.arch === 'ia32' && process.env.PROCESSOR_ARCHITEW6432 !== undefined;
  const system32 = path.win32.join(systemRoot, wow64Process ? 'Sysnative' : 'System32');
  return {
    registry,
    files: {
      systemFilePath: (dll) => path.win32.join(system32, dll),
      fileVersion: (file) => {
        try {
          return readPeFileVersion(fs.readFileSync(file));
        } catch {
          return null;
        }
      },
    },
    isElevated: () => {
      // Write access to HKLM\SYSTEM is what the tool needs; only an elevated token has it.
      const h = (() => {
        try {
          return reg.openKey(
            reg.HKLM,
            'SYSTEM\\CurrentControlSet\\Control',
            reg.Access.READ | reg.Access.SET_VALUE | reg.Access.WOW64_64KEY,
          );
        } catch {
          return null;
        }
      })();
      if (h === null) return false;
      reg.closeKey(h);
      return true;
    },
    simulatedProfile: null,
    // GetTickCount64 under os.uptime: it keeps counting through a Fast Startup shut down, which is
    // a hibernation of the kernel, so only a real restart moves this time.
    evidenceFiles: nodeEvidenceFiles(),
    programData: `${systemRoot.slice(0, 2)}\\ProgramData`,
    bootTime: () => new Date(Date.now() - os.uptime() * 1000),
    architectureHint: processArchitectureHint(),
    systemRoot,
    hostname: os.hostname().toUpperCase(),
  };
}
