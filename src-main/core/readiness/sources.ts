/** The public documents that make each kind of fact a reason (short names: ENC, SUITES, AFD, CONN, MA, GPPREF, GPREG). */
export const SOURCES = {
  stacks:
    'Win32 docs "Protocols in TLS/SSL (Schannel SSP)" and "Option Flags"; .NET docs "TLS best practices with .NET Framework"',
  kb: 'support.microsoft.com KB 3140245',
  lifecycle: 'Microsoft Lifecycle; DeployOffice "Windows 7 support" / "Windows 8.1 support"',
  cipher:
    'Microsoft 365 "Technical reference details about encryption"; Win32 docs "TLS Cipher Suites in Windows"',
  afd: 'Azure Front Door "TLS policy" and "Diffie-Hellman cipher suites retirement"',
  office: 'DeployOffice "Microsoft 365 services connectivity"',
  modernAuth: 'Microsoft 365 docs "Enable modern authentication for Office 2013 on Windows devices"',
  policy: 'MS-GPREG (Registry.pol), MS-GPPREF (Preferences); Group Policy refresh every 90 minutes',
  restart: 'Microsoft Learn, ConfigMgr "Enable TLS 1.2 on clients" ("restart the computer")',
  dotnet35: 'Microsoft Learn, ConfigMgr "Enable TLS 1.2 on clients" (.NET 3.5 updates per Windows)',
  state: "This tool's journal (an interrupted apply or rollback)",
} as const;
