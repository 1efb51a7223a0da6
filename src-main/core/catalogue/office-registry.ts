/**
 * How the registry names each Office of the support table (office-support.ts): Click-to-Run
 * release ids and locations, MSI versions and Uninstall entries, and Office 2013's modern
 * authentication values. Data only.
 *
 * Sources (public; the short names used in this file):
 * - MA: Microsoft 365 docs "Enable modern authentication for Office 2013 on Windows devices".
 * - ODT: MicrosoftDocs/OfficeDocs-Support, "Product IDs that are supported by the Office
 *   Deployment Tool for Click-to-Run" (Microsoft365/admin/installation/
 *   product-ids-supported-office-deployment-click-to-run.md, ms.date 8/23/2023): O365ProPlusRetail,
 *   O365BusinessRetail, ProPlus2019Volume / Retail, ProPlus2021Volume / Retail, Standard2019Volume,
 *   Standard2021Volume, Professional2019Retail, Professional2021Retail, ... (no 2024 ids there).
 * - GOV: OfficeDev/Office-IT-Pro-Deployment-Scripts, Get-OfficeVersion.ps1 (Microsoft's script):
 *   reads `SOFTWARE\Microsoft\Office\<nn.n>` and its `Wow6432Node` twin, `ClickToRun\Configuration`
 *   `Platform`, `<app>\InstallRoot` `Path`, and the Uninstall keys, where a product code
 *   `{........-....-....-1000-0000000FF1CE}` is 64-bit and `...-0000-0000000FF1CE}` 32-bit, and an
 *   entry with `ClickToRunComponent` or an `UninstallString` naming OfficeClickToRun is Click-to-Run.
 * UNCONFIRMED: that `ProductReleaseIds` holds exactly these ODT product ids (third-party inventory
 * scripts read it so); a token this table does not know is reported as product 'unknown'.
 */
import type { Hive } from '../registry/registry-port.js';
import type { OfficeProduct } from './office-support.js';

/** A Click-to-Run `ProductReleaseIds` token and the row it belongs to. */
export interface ReleaseIdMapping {
  token: string;
  product: OfficeProduct;
  /**
   * True when ODT lists the token for that product. False for the 2024 ids (not in ODT), the
   * un-yeared ids (their year, 2016, is an inference) and the consumer / small-business plans
   * (ODT lists them, but that they are the Microsoft 365 Apps row is an inference).
   */
  confirmed: boolean;
}

const ids = (product: OfficeProduct, confirmed: boolean, tokens: string[]): ReleaseIdMapping[] =>
  tokens.map((token) => ({ token, product, confirmed }));

/** Compared case-insensitively. Only suites: Visio, Project and single apps are not mapped. */
export const CLICK_TO_RUN_RELEASE_IDS: readonly ReleaseIdMapping[] = [
  // The EEA "NoTeams" ids: ODT's revision of 03/31/2024 (Microsoft 365 Apps without Teams).
  ...ids('microsoft-365-apps', true, [
    'O365ProPlusRetail',
    'O365BusinessRetail',
    'O365ProPlusEEANoTeamsRetail',
    'O365BusinessEEANoTeamsRetail',
  ]),
  ...ids('microsoft-365-apps', false, ['O365SmallBusPremRetail', 'O365HomePremRetail']),
  ...ids('office-ltsc-2024', false, ['ProPlus2024Volume', 'Standard2024Volume']),
  ...ids('office-2021', true, [
    'ProPlus2021Volume',
    'ProPlus2021Retail',
    'Standard2021Volume',
    'Professional2021Retail',
    'HomeBusiness2021Retail',
    'HomeStudent2021Retail',
  ]),
  ...ids('office-2019', true, [
    'ProPlus2019Volume',
    'ProPlus2019Retail',
    'Standard2019Volume',
    'Professional2019Retail',
    'HomeBusiness2019Retail',
    'HomeStudent2019Retail',
  ]),
  // The tokens without a year are Office 2016 under `Office\ClickToRun` (a 2013 Click-to-Run
  // lives under `Office\15.0\ClickToRun`: CLICK_TO_RUN_LOCATIONS): UNCONFIRMED.
  ...ids('office-2016', false, [
    'ProPlusRetail',
    'ProPlusVolume',
    'StandardVolume',
    'ProfessionalRetail',
    'HomeBusinessRetail',
    'HomeStudentRetail',
  ]),
];

/**
 * Where Click-to-Run keeps its configuration. 2016 and later: `Office\ClickToRun` (GOV, facts
 * page), named by ProductReleaseIds. Office 2013 Click-to-Run: `Office\15.0\ClickToRun` (GOV
 * reads `<nn.n>\ClickToRun\Configuration`; that 2013 writes the same value names there:
 * UNCONFIRMED), always the 2013 row whatever its tokens say.
 */
export interface ClickToRunLocation {
  key: string;
  /** The row every install found here belongs to; null: decided by ProductReleaseIds. */
  product: OfficeProduct | null;
  /**
   * The `Office\<nn>.0` key a Click-to-Run here creates as well: an MSI entry of that version
   * is then not counted as a second install (CONN; Click-to-Run creates `Office\16.0`).
   */
  officeKey: MsiOfficeVersion['key'];
  confirmed: boolean;
}

export const CLICK_TO_RUN_LOCATIONS: readonly ClickToRunLocation[] = [
  {
    key: 'SOFTWARE\\Microsoft\\Office\\ClickToRun\\Configuration',
    product: null,
    officeKey: '16.0',
    confirmed: true,
  },
  {
    key: 'SOFTWARE\\Microsoft\\Office\\15.0\\ClickToRun\\Configuration',
    product: 'office-2013',
    officeKey: '15.0',
    confirmed: false,
  },
];

/** An MSI Office version: its `SOFTWARE\Microsoft\Office\<key>` and DisplayVersion major. */
export interface MsiOfficeVersion {
  key: '14.0' | '15.0' | '16.0';
  /** The first part of the Uninstall entry's DisplayVersion, e.g. '15' in 15.0.4569.1506. */
  major: string;
  product: OfficeProduct;
  source: string;
  confirmed: boolean;
}

export const MSI_OFFICE_VERSIONS: readonly MsiOfficeVersion[] = [
  {
    key: '14.0',
    major: '14',
    product: 'office-2010-or-older',
    source: 'CONN',
    confirmed: true,
  },
  {
    key: '15.0',
    major: '15',
    product: 'office-2013',
    source: 'CONN',
    confirmed: true,
  },
  // 16.0 is 2016 and later; Office 2019 and later ship as Click-to-Run only, so an MSI 16.0 is
  // Office 2016 (DeployOffice Office 2019 overview: not checked in this round, UNCONFIRMED).
  {
    key: '16.0',
    major: '16',
    product: 'office-2016',
    source: 'CONN; DeployOffice',
    confirmed: false,
  },
];

/** Uninstall key names of Office's Windows Installer products end so (GOV). */
export const MSI_PRODUCT_CODE_SUFFIX = '0000000FF1CE}';
/** The fourth group of such a product code: x64 ('1000') or x86 ('0000') build (GOV). */
export const MSI_PLATFORM_GROUP: Readonly<Record<string, 'x86' | 'x64'>> = { '0000': 'x86', '1000': 'x64' };
/**
 * An Uninstall entry counts as an Office suite when its DisplayName contains one of these and
 * none of MSI_NOT_A_SUITE (GOV's "MICROSOFT OFFICE" test and exception list, extended).
 */
export const MSI_SUITE_NAMES: readonly string[] = ['microsoft office', 'microsoft outlook'];
export const MSI_NOT_A_SUITE: readonly string[] = [
  'mui',
  'proofing',
  'language pack',
  'visio',
  'project',
  'shared',
  'click-to-run',
  'web components',
];

export interface ModernAuthValue {
  hive: Hive;
  /** Below the user's hive root (HKCU, or HKU\<SID>). */
  key: string;
  name: string;
  /** REG_DWORD data MA asks for. */
  want: number;
}

/** MA: Office 2013 uses modern authentication only with all three, per user. */
export const OFFICE_2013_MODERN_AUTH: readonly ModernAuthValue[] = [
  { hive: 'HKCU', key: 'Software\\Microsoft\\Office\\15.0\\Common\\Identity', name: 'EnableADAL', want: 1 },
  { hive: 'HKCU', key: 'Software\\Microsoft\\Office\\15.0\\Common\\Identity', name: 'Version', want: 1 },
  { hive: 'HKCU', key: 'Software\\Microsoft\\Exchange', name: 'AlwaysUseMSOAuthForAutoDiscover', want: 1 },
];

export function productOfReleaseId(token: string): ReleaseIdMapping | undefined {
  const lower = token.trim().toLowerCase();
  return CLICK_TO_RUN_RELEASE_IDS.find((m) => m.token.toLowerCase() === lower);
}
