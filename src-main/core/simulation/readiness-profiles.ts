/**
 * Machines a helpdesk meets whose readiness is decided by more than the tool's own values: old
 * Office, a hardening tool, a cipher suite order policy, a domain's Preferences. Their expected
 * verdicts are pinned in test/unit/readiness/profiles-verdict.test.ts, from Microsoft's documentation (ENC, SUITES, AFD, CONN, KB 3140245).
 */
import type { RegValue } from '../registry/registry-port.js';
import {
  NET,
  nt6,
  profile,
  sz,
  win10nt,
  win7nt,
  KB_PACKAGE_WIN7,
  type MachineProfile,
} from './profile-builder.js';

const dw = (data: number): RegValue => ({ type: 'REG_DWORD', data });
const UNINSTALL = 'HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall';
const SCHANNEL = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL';
const GP_HISTORY = 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Group Policy\\History';
const PREFERENCES_CSE = '{B087BE9D-ED37-454F-AF9C-04291E351182}';
const DOMAIN_GPO = '{5C0A1E7B-3D44-4F7A-9B1E-2A6D8C4F0E31}';

/** A cached Preferences Registry.xml with one item: WinHTTP DefaultSecureProtocols = 0xA0 (SSL 3.0 + TLS 1.0). */
const DOMAIN_REGISTRY_XML = new TextEncoder().encode(
  '<?xml version="1.0" encoding="utf-8"?>\r\n' +
    '<RegistrySettings clsid="{A3CCFC41-DFDB-43a5-8D26-0FE8B954DA51}">' +
    '<Registry clsid="{9CD4B2F4-923D-47f5-A062-E897DD1DAD50}" name="DefaultSecureProtocols" status="DefaultSecureProtocols" image="12" changed="2019-03-04 09:12:41" uid="{0E3C0B5A-7D2B-4C1E-9B61-3D2F1A0C4B11}">' +
    '<Properties action="U" displayDecimal="0" default="0" hive="HKEY_LOCAL_MACHINE" key="SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp" name="DefaultSecureProtocols" type="REG_DWORD" value="000000a0"/>' +
    '</Registry></RegistrySettings>\r\n',
);

export const READINESS_PROFILES: readonly MachineProfile[] = [
  profile({
    id: 'win7-office2010',
    label: 'Windows 7 SP1 64-bit, updated (KB 3140245, IE 11, .NET 4.8), Office 2010 32-bit',
    computerName: 'SIM-WIN7-O2010',
    nt: win7nt('Windows 7 Professional', 'Professional'),
    productType: 'WinNT',
    arch: 'AMD64',
    dotNetRelease: NET.v48,
    dotNet35: true,
    ie: '11.0.9600.19596',
    dllVersions: { 'winhttp.dll': '6.1.7601.23375', 'webio.dll': '6.1.7601.23375' },
    extra: {
      [KB_PACKAGE_WIN7]: {},
      'HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\Office\\14.0\\Common\\InstallRoot': {
        Path: sz('C:\\Program Files (x86)\\Microsoft Office\\Office14\\'),
      },
      [`${UNINSTALL}\\{90140000-0011-0000-0000-0000000FF1CE}`]: {
        DisplayName: sz('Microsoft Office Professional Plus 2010'),
        DisplayVersion: sz('14.0.7015.1000'),
      },
    },
  }),
  profile({
    id: 'win81-m365apps',
    label: 'Windows 8.1 64-bit, fresh install (.NET 4.5.1), Microsoft 365 Apps 32-bit (Version 2301)',
    computerName: 'SIM-WIN81-M365',
    nt: nt6('6.3', 9600, 'Windows 8.1 Pro', 'Professional', { InstallationType: sz('Client') }),
    productType: 'WinNT',
    arch: 'AMD64',
    dotNetRelease: NET.v451,
    dotNet35: false,
    ie: '11.0.9600.17031',
    extra: {
      'HKLM\\SOFTWARE\\Microsoft\\Office\\ClickToRun\\Configuration': {
        VersionToReport: sz('16.0.16026.20238'),
        Platform: sz('x86'),
        ProductReleaseIds: sz('O365ProPlusRetail'),
      },
      'HKLM\\SOFTWARE\\Microsoft\\Office\\16.0\\Common\\InstallRoot': {
        Path: sz('C:\\Program Files (x86)\\Microsoft Office\\root\\Office16\\'),
      },
    },
  }),
  profile({
    id: 'win10-no-ecdh',
    label: 'Windows 10 22H2 64-bit (.NET 4.8), hardened: KeyExchangeAlgorithms\\ECDH Enabled = 0',
    computerName: 'SIM-WIN10-HARD',
    nt: win10nt(19045, 2006, 'Windows 10 Pro', 'Professional'),
    productType: 'WinNT',
    arch: 'AMD64',
    dotNetRelease: NET.v48,
    dotNet35: false,
    ie: '11.0.19041.1',
    extra: { [`${SCHANNEL}\\KeyExchangeAlgorithms\\ECDH`]: { Enabled: dw(0) } },
  }),
  profile({
    id: 'win11-suite-policy',
    label: 'Windows 11 24H2 64-bit (.NET 4.8.1), SSL Cipher Suite Order policy without a Microsoft 365 suite',
    computerName: 'SIM-WIN11-POL',
    nt: win10nt(26100, 2314, 'Windows 10 Pro', 'Professional'),
    productType: 'WinNT',
    arch: 'AMD64',
    dotNetRelease: NET.v481,
    dotNet35: false,
    ie: '11.0.26100.1',
    extra: {
      'HKLM\\SOFTWARE\\Policies\\Microsoft\\Cryptography\\Configuration\\SSL\\00010002': {
        Functions: sz('TLS_RSA_WITH_AES_128_CBC_SHA256,TLS_RSA_WITH_AES_256_CBC_SHA256'),
      },
    },
  }),
  profile({
    id: 'win10-domain-gpp',
    label:
      'Windows 10 22H2 64-bit (.NET 4.8), domain: a cached Preferences GPO sets DefaultSecureProtocols to 0xA0',
    computerName: 'SIM-WIN10-DOM',
    nt: win10nt(19045, 2006, 'Windows 10 Enterprise', 'Enterprise'),
    productType: 'WinNT',
    arch: 'AMD64',
    dotNetRelease: NET.v48,
    dotNet35: false,
    ie: '11.0.19041.1',
    extra: {
      [`${GP_HISTORY}\\${PREFERENCES_CSE}\\0`]: {
        GPOName: sz(DOMAIN_GPO),
        DisplayName: sz('Legacy TLS settings (2019)'),
        FileSysPath: sz(`\\\\corp.example\\SysVol\\corp.example\\Policies\\${DOMAIN_GPO}\\Machine`),
      },
    },
    files: {
      [`C:\\ProgramData\\Microsoft\\Group Policy\\History\\${DOMAIN_GPO}\\Machine\\Preferences\\Registry\\Registry.xml`]:
        DOMAIN_REGISTRY_XML,
    },
  }),
];
