/**
 * Which version and build is which Windows family: the one table detection (detect-os.ts), the
 * GPO export's fresh machines (gpo-plan.ts) and its WMI targeting (gpo-targeting.ts) read.
 *
 * Sources:
 * - VER: Win32 docs "Operating System Version" / "OSVERSIONINFOEX" (6.1 = 7 / 2008 R2, 6.2 = 8 /
 *   2012, 6.3 = 8.1 / 2012 R2, 10.0 = 10 / 11 / 2016 and later).
 * - REL: Microsoft Learn "Windows 10 release information", "Windows 11 release information" and
 *   "Windows Server release information" (the first build of each release: 10240 = Windows 10
 *   1507, 22000 = Windows 11 21H2, 14393 = Server 2016, 17763 = 2019, 20348 = 2022, 26100 = 2025,
 *   which is also Windows 11 24H2).
 * - SP: build 7601 is Windows 7 / Server 2008 R2 Service Pack 1 (7600 is RTM, refused: KB 3140245
 *   needs SP1).
 */
import type { OsFamily } from '../../../src-shared/detection-types.js';

/** The NT versions of the supported families, as CurrentVersion / Win32_OperatingSystem name them (VER). */
export const NT_VERSION = { nt61: '6.1', nt62: '6.2', nt63: '6.3', nt10: '10.0' } as const;
export type NtVersion = (typeof NT_VERSION)[keyof typeof NT_VERSION];

export interface FamilyBuild {
  /** "major.minor" (VER). */
  version: NtVersion;
  /** The first build of this family the tool supports (REL; SP1 for 6.1). */
  firstBuild: number;
  /** A build a fresh install reports today: the GPO export plans for it. */
  freshBuild: number;
}

/** Windows 7 / Server 2008 R2 with Service Pack 1 (SP); a 6.1 build below it is RTM. */
export const NT61_SP1_BUILD = 7601;

export const WINDOWS_BUILDS: Record<OsFamily, FamilyBuild> = {
  win7: { version: NT_VERSION.nt61, firstBuild: NT61_SP1_BUILD, freshBuild: NT61_SP1_BUILD },
  server2008r2: { version: NT_VERSION.nt61, firstBuild: NT61_SP1_BUILD, freshBuild: NT61_SP1_BUILD },
  win8: { version: NT_VERSION.nt62, firstBuild: 9200, freshBuild: 9200 },
  server2012: { version: NT_VERSION.nt62, firstBuild: 9200, freshBuild: 9200 },
  win81: { version: NT_VERSION.nt63, firstBuild: 9600, freshBuild: 9600 },
  server2012r2: { version: NT_VERSION.nt63, firstBuild: 9600, freshBuild: 9600 },
  // 19045 = Windows 10 22H2, the last release (REL).
  win10: { version: NT_VERSION.nt10, firstBuild: 10240, freshBuild: 19045 },
  // 26100 = Windows 11 24H2 (REL).
  win11: { version: NT_VERSION.nt10, firstBuild: 22000, freshBuild: 26100 },
  server2016: { version: NT_VERSION.nt10, firstBuild: 14393, freshBuild: 14393 },
  server2019: { version: NT_VERSION.nt10, firstBuild: 17763, freshBuild: 17763 },
  server2022: { version: NT_VERSION.nt10, firstBuild: 20348, freshBuild: 20348 },
  server2025: { version: NT_VERSION.nt10, firstBuild: 26100, freshBuild: 26100 },
};

/** From this build on, a client (never a server: 26100 is also Server 2025) is Windows 11. */
export const WINDOWS_11_FIRST_BUILD = WINDOWS_BUILDS.win11.firstBuild;

/** Server builds of the Windows 10 code base (10.0), lowest first. */
export const SERVER_BUILDS: [number, OsFamily][] = (
  ['server2016', 'server2019', 'server2022', 'server2025'] as const
).map((f) => [WINDOWS_BUILDS[f].firstBuild, f]);

/** Every build number this table knows (the facts-as-data test refuses them as literals elsewhere). */
export const KNOWN_BUILDS: readonly number[] = [
  ...new Set(Object.values(WINDOWS_BUILDS).flatMap((b) => [b.firstBuild, b.freshBuild])),
].sort((a, b) => a - b);
