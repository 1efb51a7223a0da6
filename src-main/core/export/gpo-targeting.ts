/**
 * Which Windows a Group Policy Preferences item reaches: item-level targeting as WMI queries
 * (WQL) on Win32_OperatingSystem and Win32_Processor. Each class is a set of Windows families the
 * catalogue treats alike; gpo-plan.ts checks that every family of a class plans the same values.
 *
 * Why WMI and not the "Operating System" targeting item: that item's version list depends on the
 * GPMC release that edits it and cannot tell Windows 11 from Windows 10 (both "10.0"), nor
 * Windows 11 24H2 from Server 2025 (both build 26100). A build-number query can, and the whole
 * condition stays visible in the XML, where the test-only evaluator checks it on every profile.
 *
 * WQL facts this relies on (Win32 docs "Win32_OperatingSystem", "Win32_Processor"):
 * - Version is "major.minor.build" ("6.1.7601", "10.0.19045") and BuildNumber a STRING, compared
 *   as text: every 10.0 build has five digits (10240 and up), so text order is number order there.
 * - ProductType is 1 for a workstation, 2 for a domain controller, 3 for a server. Windows 10 / 11
 *   Enterprise multi-session reports 3 (ServerNT) but is a client for this tool; the classes below
 *   are drawn so that it lands where its build puts it anyway (see the NT 10 classes).
 * - Win32_Processor.AddressWidth is the width of the running OS (32 on 32-bit Windows on a 64-bit
 *   CPU), Architecture 6 is Itanium.
 */
import { WINDOWS_BUILDS, WINDOWS_11_FIRST_BUILD } from '../catalogue/windows-builds.js';
import type { OsFamily } from '../catalogue/windows-families.js';

export interface TargetClass {
  id: string;
  /** For people: the item's description in GPMC and the export's summary. */
  label: string;
  families: OsFamily[];
  /** The WHERE condition on Win32_OperatingSystem that selects exactly these families. */
  where: string;
}

/** Windows 10 / 11 code base (10.0): every build there has five digits. */
const NT10 = `Version LIKE '${WINDOWS_BUILDS.win10.version}.%'`;
const CLIENT = 'ProductType = 1';
const NOT_CLIENT = 'ProductType <> 1';

/** WQL compares BuildNumber as text: quoted, like the property (five digits on 10.0: text order is number order). */
function buildAtLeast(family: OsFamily): string {
  return `BuildNumber >= '${WINDOWS_BUILDS[family].firstBuild}'`;
}
function buildBelow(family: OsFamily): string {
  return `BuildNumber < '${WINDOWS_BUILDS[family].firstBuild}'`;
}
/** "Version = '6.1.7601'": an NT 6.x family has one build (for 6.1 the SP1 build: RTM is refused and never matches). */
function exactVersion(family: OsFamily): string {
  const { version, firstBuild } = WINDOWS_BUILDS[family];
  return `Version = '${version}.${firstBuild}'`;
}

/** The first Windows 11 build (the same number the detection uses). */
const WIN11 = `BuildNumber >= '${WINDOWS_11_FIRST_BUILD}'`;

export const TARGET_CLASSES: readonly TargetClass[] = [
  {
    id: 'nt61',
    label: 'Windows 7 SP1 / Server 2008 R2 SP1',
    families: ['win7', 'server2008r2'],
    where: exactVersion('win7'),
  },
  {
    id: 'nt62',
    label: 'Windows 8 / Server 2012',
    families: ['win8', 'server2012'],
    where: exactVersion('win8'),
  },
  {
    id: 'nt63',
    label: 'Windows 8.1 / Server 2012 R2',
    families: ['win81', 'server2012r2'],
    where: exactVersion('win81'),
  },
  {
    id: 'nt10',
    label: 'Windows 10 / Server 2016 / Server 2019',
    families: ['win10', 'server2016', 'server2019'],
    // Clients below Windows 11; servers from 2016 to before 2022 (multi-session Windows 10,
    // ProductType 3, has builds from Server 2019's up to 22H2's: this side too).
    where: `${NT10} AND ((${CLIENT} AND ${buildBelow('win11')}) OR (${NOT_CLIENT} AND ${buildAtLeast('server2016')} AND ${buildBelow('server2022')}))`,
  },
  {
    id: 'nt10-tls13',
    label: 'Windows 11 / Server 2022 / Server 2025',
    families: ['win11', 'server2022', 'server2025'],
    // Windows 11 from its first build on clients; Server 2022 and 2025 (the same build as
    // Windows 11 24H2: the catalogue treats both alike, so they need no separating).
    where: `${NT10} AND ((${CLIENT} AND ${WIN11}) OR (${NOT_CLIENT} AND ${buildAtLeast('server2022')}))`,
  },
];

export const OS_QUERY_NAMESPACE = 'root\\CIMv2';

/** The query that selects the machines of these classes (one class, or several OR-ed). */
export function osQuery(classes: readonly TargetClass[]): string {
  const where =
    classes.length === 1 ? (classes[0]?.where ?? '') : classes.map((c) => `(${c.where})`).join(' OR ');
  return `SELECT * FROM Win32_OperatingSystem WHERE ${where}`;
}

/** Items under Wow6432Node: only on 64-bit Windows (on 32-bit Windows that key does not exist). */
export const WOW64_QUERY = 'SELECT * FROM Win32_Processor WHERE AddressWidth = 64';
/** Windows on Itanium (refused by the tool): excluded from every item. */
export const ITANIUM_QUERY = 'SELECT * FROM Win32_Processor WHERE Architecture = 6';
