/**
 * Which update supplies what the readiness model looks for, as data (the per-family update names
 * are in windows-families.ts: kb3140245, dotnet35Update). Sources, public: KB =
 * support.microsoft.com, CM = Microsoft Learn, ConfigMgr "Enable TLS 1.2 on clients".
 */

export interface UpdateFacts {
  kb: string;
  supplies: string;
  /** The term to search the Microsoft Update Catalog for. */
  catalogSearch: string;
  /** The servicing package key names it registers (CBS Packages), a secondary signal only. */
  packagePrefix: string;
  source: string;
}

const CBS = (kb: string) => `Package_for_${kb}~`;

export const UPDATES: Record<string, UpdateFacts> = {
  KB3140245: {
    kb: 'KB3140245',
    supplies: 'WinHTTP: TLS 1.1 / 1.2 as default secure protocols (DefaultSecureProtocols)',
    catalogSearch: 'KB3140245',
    packagePrefix: CBS('KB3140245'),
    source: 'KB 3140245',
  },
  KB3154518: {
    kb: 'KB3154518',
    supplies: '.NET 3.5.1 on Windows 7 / 2008 R2: SystemDefaultTlsVersions',
    catalogSearch: 'KB3154518',
    packagePrefix: CBS('KB3154518'),
    source: 'CM; KB 3154518 ("or a later rollup")',
  },
  KB3154519: {
    kb: 'KB3154519',
    supplies: '.NET 3.5 on Windows 8 / Server 2012: SystemDefaultTlsVersions',
    catalogSearch: 'KB3154519',
    packagePrefix: CBS('KB3154519'),
    source: 'CM; KB 3154519 ("or a later rollup")',
  },
  KB3154520: {
    kb: 'KB3154520',
    supplies: '.NET 3.5 on Windows 8.1 / 2012 R2: SystemDefaultTlsVersions',
    catalogSearch: 'KB3154520',
    packagePrefix: CBS('KB3154520'),
    source: 'CM; KB 3154520 ("or a later rollup")',
  },
  KB3156387: {
    kb: 'KB3156387',
    supplies: '.NET 3.5 on Windows 10 1507: SystemDefaultTlsVersions',
    catalogSearch: 'KB3156387',
    packagePrefix: CBS('KB3156387'),
    source: 'CM; KB 3156387',
  },
  KB3156421: {
    kb: 'KB3156421',
    supplies: '.NET 3.5 on Windows 10 1511: SystemDefaultTlsVersions',
    catalogSearch: 'KB3156421',
    packagePrefix: CBS('KB3156421'),
    source: 'CM; KB 3156421',
  },
};

/** Where a pending restart of Windows servicing shows (read-only evidence). */
export const REBOOT_PENDING_KEYS = [
  {
    path: 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Component Based Servicing\\RebootPending',
    source: 'Component Based Servicing (wusa.exe / DISM) marks a pending restart here',
  },
  {
    path: 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WindowsUpdate\\Auto Update\\RebootRequired',
    source: 'Windows Update marks a required restart here',
  },
] as const;

/** Fast Startup: a shut down then is a hibernation of the kernel, not a restart. */
export const FAST_STARTUP = {
  path: 'SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Power',
  name: 'HiberbootEnabled',
  source: 'Windows power settings ("Turn on fast startup"; HiberbootEnabled = 1)',
} as const;

export const CBS_PACKAGES_KEY =
  'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Component Based Servicing\\Packages';
