/**
 * The Windows versions the tool knows, as data (tls-facts §3, §4). Anything else is refused as
 * unsupported rather than guessed at.
 */
export const OS_FAMILIES = [
  'win7',
  'win8',
  'win81',
  'win10',
  'win11',
  'server2008r2',
  'server2012',
  'server2012r2',
  'server2016',
  'server2019',
  'server2022',
  'server2025',
] as const;
export type OsFamily = (typeof OS_FAMILIES)[number];

export interface FamilyFacts {
  displayName: string;
  server: boolean;
  /** KB 3140245 (WinHTTP TLS 1.1/1.2 as default protocols): minimum winhttp.dll / webio.dll version. */
  kb3140245: { minFileVersion: string; msu: { x64: string; x86?: string } } | null;
}

const WIN7_KB = {
  // Threshold from a Microsoft engineer's diagnostic script: unconfirmed against the KB's file table.
  minFileVersion: '6.1.7601.23375',
  msu: { x64: 'Windows6.1-KB3140245-x64.msu', x86: 'Windows6.1-KB3140245-x86.msu' },
};
const WIN2012_KB = {
  minFileVersion: '6.2.9200.21797',
  msu: { x64: 'Windows8-RT-KB3140245-x64.msu', x86: 'Windows8-RT-KB3140245-x86.msu' },
};

export const FAMILY_FACTS: Record<OsFamily, FamilyFacts> = {
  win7: { displayName: 'Windows 7', server: false, kb3140245: WIN7_KB },
  // Windows 8 shares Server 2012's code base (build 9200); the KB's applicability to it is unconfirmed.
  win8: { displayName: 'Windows 8', server: false, kb3140245: WIN2012_KB },
  win81: { displayName: 'Windows 8.1', server: false, kb3140245: null },
  win10: { displayName: 'Windows 10', server: false, kb3140245: null },
  win11: { displayName: 'Windows 11', server: false, kb3140245: null },
  server2008r2: { displayName: 'Windows Server 2008 R2', server: true, kb3140245: WIN7_KB },
  server2012: { displayName: 'Windows Server 2012', server: true, kb3140245: WIN2012_KB },
  server2012r2: { displayName: 'Windows Server 2012 R2', server: true, kb3140245: null },
  server2016: { displayName: 'Windows Server 2016', server: true, kb3140245: null },
  server2019: { displayName: 'Windows Server 2019', server: true, kb3140245: null },
  server2022: { displayName: 'Windows Server 2022', server: true, kb3140245: null },
  server2025: { displayName: 'Windows Server 2025', server: true, kb3140245: null },
};

/** Server builds of the Windows 10 code base (10.0), lowest first. */
export const SERVER_BUILDS: [number, OsFamily][] = [
  [14393, 'server2016'],
  [17763, 'server2019'],
  [20348, 'server2022'],
  [26100, 'server2025'],
];

/** From this build on, a client (never a server: 26100 is also Server 2025) is Windows 11. */
export const WINDOWS_11_FIRST_BUILD = 22000;
