/** English: what detection says about Windows and KB 3140245. */
import type { FileVersion, OsName } from '../params.js';
import type { None } from '../say.js';
import { files, osName } from './words.js';

export const enDetection = {
  'os.name': (p: { os: OsName }) => osName(p.os),
  'os.noServicePack': (p: { server: boolean }) =>
    `${p.server ? 'Windows Server 2008 R2' : 'Windows 7'} without Service Pack 1 cannot get TLS 1.2 for WinHTTP: install Service Pack 1 first, then run this tool again.`,
  'os.unknownServerBuild': (p: { build: number }) =>
    `Windows Server build ${p.build} is not a release this tool knows.`,
  'os.unsupportedVersion': (p: { version: string; build: number }) =>
    `Windows ${p.version} (build ${p.build}) is not supported: this tool covers Windows 7 SP1 / Server 2008 R2 SP1 and later.`,
  'os.versionUnreadable': (_: None) => 'The Windows version could not be read from the registry.',
  'os.server2008': (_: None) =>
    'Windows Server 2008 SP2 is not supported by this tool. It gets TLS 1.2 through updates KB 4019276 (SChannel TLS 1.1 / 1.2) and KB 4467770 (WinHTTP DefaultSecureProtocols), then the registry values described with them; better, move the workload to a supported Windows Server.',
  'os.vista': (_: None) =>
    'Windows Vista cannot get TLS 1.2 for its system components and is not supported by this tool: replace or upgrade it to a supported Windows.',
  'os.xp': (p: { x64: boolean }) =>
    p.x64
      ? 'Windows XP x64 / Server 2003 cannot use TLS 1.2 and are not supported by this tool: replace or upgrade the computer.'
      : 'Windows XP cannot use TLS 1.2 and is not supported by this tool: replace or upgrade the computer.',
  'os.itanium': (_: None) =>
    'This is Windows on Itanium (IA-64), which this tool does not support and Microsoft no longer updates: plan its replacement.',
  'os.architectureUnknown': (p: { value: string | null }) =>
    `This tool cannot tell whether this Windows is 32-bit or 64-bit (PROCESSOR_ARCHITECTURE is ${p.value === null ? 'missing' : `"${p.value}"`} in the registry), so it changes nothing. Check the computer's system information.`,
  'kb.builtIn': (p: { os: OsName }) =>
    `${osName(p.os)} has TLS 1.1 and 1.2 in WinHTTP built in: no update needed.`,
  'kb.notApplicable': (_: None) => 'Not applicable to this Windows.',
  'kb.installed': (p: { files: FileVersion[]; minimum: string }) =>
    `KB 3140245 is installed (${files(p.files)}; needed ${p.minimum} or later).`,
  'kb.probablyInstalled': (p: { files: FileVersion[]; minimum: string; packageRegistered: boolean }) =>
    `KB 3140245, the update that lets Outlook and OneDrive (WinHTTP) use TLS 1.2, looks installed. ` +
    `Its files are new enough (${files(p.files)}; ${p.minimum} or later), though this minimum is not yet checked against the update's file list.` +
    (p.packageRegistered ? ' Its servicing package is registered too.' : ''),
  'kb.missing': (p: {
    files: FileVersion[];
    minimum: string;
    msu: string | null;
    packageRegistered: boolean;
  }) =>
    `KB 3140245 is missing (${files(p.files)}; needed ${p.minimum} or later). Install ${p.msu ?? 'the update'} and restart; DefaultSecureProtocols has no effect until then.` +
    (p.packageRegistered
      ? ' Its servicing package is registered, but the files are older: reinstall the update (a language pack added after it needs this).'
      : ''),
};
