/** Swedish words several Swedish messages share: registry locations, Windows names, file evidence. */
import type { Stack } from '../../stacks.js';
import { keyPath, type At, type FileVersion, type OsName, type RegistryOperation } from '../params.js';
import { formatDate } from '../dates.js';

const BITS: Record<OsName['arch'], string> = {
  x64: '64-bitars',
  x86: '32-bitars',
  arm64: 'ARM64',
  itanium: 'Itanium',
  unknown: 'okänd arkitektur',
};

export function at(a: At): string {
  const view = a.view === 'shared' ? '' : ` (${a.view}-bitarsvy)`;
  return `${keyPath(a)}${view}${a.name === undefined ? '' : ` "${a.name}"`}`;
}

export function osName(os: OsName): string {
  return `${os.name}${os.sp > 0 ? ` SP${os.sp}` : ''} (${BITS[os.arch]})`;
}

export function files(list: readonly FileVersion[]): string {
  return list.map((f) => `${f.file} ${f.version ?? 'saknas'}`).join(', ');
}

export const STACK_NAME: Record<Stack, string> = {
  winhttp: 'WinHTTP (Outlook, OneDrive, Windows Update)',
  schannel: 'SChannels standardval',
  dotnet4: '.NET 4.x-program',
  dotnet35: '.NET 3.5-program',
  wininet: 'WinINet (Internetalternativ)',
};

export const OPERATION: Record<RegistryOperation, string> = {
  open: 'öppna',
  read: 'läsa',
  list: 'lista',
  create: 'skapa',
  write: 'skriva',
  delete: 'ta bort',
  'delete the non-empty key': 'ta bort den icke-tomma nyckeln',
};

/** A moment a person reads: in this language's format, in the computer's local time. */
export function when(iso: string): string {
  return formatDate('sv-SE', iso, 'moment');
}

/** A day (an ISO date such as an end of support), in this language's format. */
export function day(iso: string): string {
  return formatDate('sv-SE', iso, 'day');
}
