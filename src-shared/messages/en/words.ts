/** English words several English messages share: registry locations, Windows names, file evidence. */
import { keyPath, type At, type FileVersion, type OsName } from '../params.js';
import { formatDate } from '../dates.js';

const BITS: Record<OsName['arch'], string> = {
  x64: '64-bit',
  x86: '32-bit',
  arm64: 'ARM64',
  itanium: 'Itanium',
  unknown: 'architecture unknown',
};

/** HKLM\...\WinHttp (64-bit view) "Name". */
export function at(a: At): string {
  const view = a.view === 'shared' ? '' : ` (${a.view}-bit view)`;
  return `${keyPath(a)}${view}${a.name === undefined ? '' : ` "${a.name}"`}`;
}

/** Windows 7 SP1 (64-bit). */
export function osName(os: OsName): string {
  return `${os.name}${os.sp > 0 ? ` SP${os.sp}` : ''} (${BITS[os.arch]})`;
}

/** winhttp.dll 6.1.7601.23375, webio.dll not found. */
export function files(list: readonly FileVersion[]): string {
  return list.map((f) => `${f.file} ${f.version ?? 'not found'}`).join(', ');
}

/** A moment a person reads: in this language's format, in the computer's local time. */
export function when(iso: string): string {
  return formatDate('en-GB', iso, 'moment');
}

/** A day (an ISO date such as an end of support), in this language's format. */
export function day(iso: string): string {
  return formatDate('en-GB', iso, 'day');
}
