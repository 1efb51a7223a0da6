import { FAMILY_FACTS } from '../catalogue/windows-families.js';
import type { RegistryPort } from '../registry/registry-port.js';
import type { OsInfo } from './os-info.js';
import { compareVersions } from './pe-version.js';

export type KbState = 'not-needed' | 'present' | 'missing';

export interface FileEvidence {
  file: string;
  path: string;
  version: string | null;
  minimum: string;
  ok: boolean;
}

export interface KbStatus {
  kb: 'KB3140245';
  needed: boolean;
  state: KbState;
  /** Primary evidence: winhttp.dll and webio.dll file versions. */
  files: FileEvidence[];
  /** Secondary evidence: servicing package keys that name the KB (often absent once superseded). */
  servicingPackages: string[];
  /** The .msu file name for this OS and architecture, when the KB is needed. */
  msuFile: string | null;
  message: string;
}

export interface SystemFileReader {
  /** Full path of a System32 DLL as the OS sees it (never the SysWOW64 copy). */
  systemFilePath(dll: string): string;
  /** The file version from the PE version resource; null when the file is missing or has none. */
  fileVersion(path: string): string | null;
}

const CBS_PACKAGES = 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Component Based Servicing\\Packages';

/** Is KB 3140245 needed here, and is it installed? File versions decide; package keys only add. */
export function detectKb3140245(os: OsInfo, reg: RegistryPort, files: SystemFileReader): KbStatus {
  const facts = os.family ? FAMILY_FACTS[os.family].kb3140245 : null;
  const base = { kb: 'KB3140245' as const, files: [], servicingPackages: [], msuFile: null };
  if (!facts) {
    return {
      ...base,
      needed: false,
      state: 'not-needed',
      message: os.family
        ? `${os.displayName} has TLS 1.1 and 1.2 in WinHTTP built in: no update needed.`
        : 'Not applicable to this Windows.',
    };
  }
  const evidence: FileEvidence[] = ['winhttp.dll', 'webio.dll'].map((file) => {
    const path = files.systemFilePath(file);
    const version = files.fileVersion(path);
    return {
      file,
      path,
      version,
      minimum: facts.minFileVersion,
      ok: version !== null && compareVersions(version, facts.minFileVersion) >= 0,
    };
  });
  const servicingPackages = reg
    .listSubkeys({ hive: 'HKLM', view: '64', path: CBS_PACKAGES })
    .filter((name) => /^Package_for_KB3140245~/i.test(name));
  const msuFile = os.architecture === 'x86' ? (facts.msu.x86 ?? null) : facts.msu.x64;
  const state: KbState = evidence.every((e) => e.ok) ? 'present' : 'missing';
  const detail = evidence.map((e) => `${e.file} ${e.version ?? 'not found'}`).join(', ');
  const message =
    state === 'present'
      ? `KB 3140245 is installed (${detail}; needed ${facts.minFileVersion} or later).`
      : `KB 3140245 is missing (${detail}; needed ${facts.minFileVersion} or later). Install ${msuFile ?? 'the update'} and restart; DefaultSecureProtocols has no effect until then.` +
        (servicingPackages.length > 0
          ? ' Its servicing package is registered, but the files are older: reinstall the update (a language pack added after it needs this).'
          : '');
  return { ...base, needed: true, state, files: evidence, servicingPackages, msuFile, message };
}
