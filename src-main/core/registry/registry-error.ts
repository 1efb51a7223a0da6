import { describeKey, type KeyLocation } from './registry-port.js';

/** Win32 error numbers the tool meets, with what a technician should do about them. */
const WIN32_MESSAGES: Record<number, string> = {
  2: 'the key or value does not exist',
  5: 'access denied: run the tool as administrator (right-click, "Run as administrator")',
  6: 'internal error: invalid registry handle',
  13: 'the data is invalid',
  87: 'invalid parameter',
  234: 'the value is larger than expected',
  1009: 'the registry database is corrupt',
  1015: 'the registry is corrupt and could not be recovered',
  1016: 'the registry could not complete an I/O operation: check the disk',
  1018: 'the key was marked for deletion by another program',
  1021: 'a permanent subkey cannot be created under a volatile parent key',
  1450: 'not enough system resources',
};

/** A registry operation that failed, with the Win32 error number kept. */
export class RegistryError extends Error {
  constructor(
    readonly win32Code: number,
    readonly operation: string,
    readonly key: KeyLocation,
    readonly valueName?: string,
  ) {
    const what = valueName === undefined ? describeKey(key) : `${describeKey(key)} "${valueName}"`;
    const why = WIN32_MESSAGES[win32Code] ?? `Windows error ${win32Code}`;
    super(`Could not ${operation} ${what}: ${why} (Win32 error ${win32Code}).`);
    this.name = 'RegistryError';
  }
}

export function win32Message(code: number): string {
  return WIN32_MESSAGES[code] ?? `Windows error ${code}`;
}
