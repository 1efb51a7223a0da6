import { FAMILY_FACTS, type FamilyFacts, type OsFamily } from '../catalogue/windows-families.js';
import { msg, said } from '../../../src-shared/messages/messages.js';
import type { RegistryPort } from '../registry/registry-port.js';
import type { OsInfo } from './os-info.js';
import { compareVersions } from './pe-version.js';

export type { FileEvidence, KbState, KbStatus } from '../../../src-shared/detection-types.js';
import type { FileEvidence, KbState, KbStatus } from '../../../src-shared/detection-types.js';

export interface SystemFileReader {
  /** Full path of a System32 DLL as the OS sees it (never the SysWOW64 copy). */
  systemFilePath(dll: string): string;
  /** The file version from the PE version resource; null when the file is missing or has none. */
  fileVersion(path: string): string | null;
}

const CBS_PACKAGES = 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Component Based Servicing\\Packages';

/** Is KB 3140245 needed here, and is it installed? File versions decide; package keys only add. */
export function detectKb3140245(
  os: OsInfo,
  reg: RegistryPort,
  files: SystemFileReader,
  families: Record<OsFamily, FamilyFacts> = FAMILY_FACTS,
): KbStatus {
  const facts = os.family ? families[os.family].kb3140245 : null;
  const base = { kb: 'KB3140245' as const, files: [], servicingPackages: [], msuFile: null };
  if (!facts) {
    return {
      ...base,
      needed: false,
      state: 'not-needed',
      ...said(
        os.family ? msg('kb.builtIn', { os: os.displayNameMsg.params.os }) : msg('kb.notApplicable', {}),
      ),
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
  const filesOk = evidence.every((e) => e.ok);
  const state: KbState = !filesOk ? 'missing' : facts.confirmed ? 'present' : 'probably-present';
  const found = evidence.map((e) => ({ file: e.file, version: e.version }));
  const packageRegistered = servicingPackages.length > 0;
  const minimum = facts.minFileVersion;
  const message =
    state === 'present'
      ? msg('kb.installed', { files: found, minimum })
      : state === 'probably-present'
        ? msg('kb.probablyInstalled', { files: found, minimum, packageRegistered })
        : msg('kb.missing', { files: found, minimum, msu: msuFile, packageRegistered });
  return { ...base, needed: true, state, files: evidence, servicingPackages, msuFile, ...said(message) };
}
