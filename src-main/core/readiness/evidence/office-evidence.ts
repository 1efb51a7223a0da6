/**
 * Which Office a PC has, read from HKLM: Click-to-Run and Windows Installer (MSI) installs, each
 * named by its row of the Office support table (catalogue/office-support.ts), and for an Office
 * that needs them (2013) the modern authentication values of each signed-in user (HKU).
 * Structured data only: the readiness model turns it into verdicts and messages.
 */
import {
  CLICK_TO_RUN_LOCATIONS,
  MSI_NOT_A_SUITE,
  MSI_OFFICE_VERSIONS,
  MSI_PLATFORM_GROUP,
  MSI_PRODUCT_CODE_SUFFIX,
  MSI_SUITE_NAMES,
  productOfReleaseId,
} from '../../catalogue/office-registry.js';
import { supportOf, type OfficeProduct } from '../../catalogue/office-support.js';
import { softwareViews } from '../../plan/views.js';
import { dwordOf } from '../../registry/dword-of.js';
import { describeKey, type KeyLocation, type RegistryPort, type View } from '../../registry/registry-port.js';
import { readModernAuth, readText, type ModernAuthEvidence } from './office-modern-auth.js';

export type { ModernAuthEvidence, ModernAuthUser, ModernAuthValueFound } from './office-modern-auth.js';

export interface OfficeInstall {
  kind: 'click-to-run' | 'msi';
  product: OfficeProduct | 'unknown';
  /** Click-to-Run VersionToReport (or ClientVersionToReport); MSI DisplayVersion. */
  version: string | null;
  platform: 'x86' | 'x64' | null;
  view: View;
  /** The keys the install was read from (describeKey form). */
  where: string[];
}

export interface OfficeEvidence {
  /** [] when no Office is installed. */
  installs: OfficeInstall[];
  /** Null unless an install's support row needs the modern authentication values (2013). */
  modernAuth: ModernAuthEvidence | null;
}

const UNINSTALL = 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall';
const OFFICE = 'SOFTWARE\\Microsoft\\Office';

const hklm = (view: View, path: string): KeyLocation => ({ hive: 'HKLM', view, path });

function platformOf(raw: string | null): 'x86' | 'x64' | null {
  const lower = raw?.toLowerCase();
  return lower === 'x86' || lower === 'x64' ? lower : null;
}

/**
 * A Click-to-Run install per view and CLICK_TO_RUN_LOCATIONS key: the location's own product,
 * else one entry per distinct support-table product among its ProductReleaseIds, else one
 * 'unknown' entry.
 */
function clickToRun(reg: RegistryPort, view: View, officeKeys: Set<string>): OfficeInstall[] {
  return CLICK_TO_RUN_LOCATIONS.flatMap((location) => {
    const found = clickToRunAt(reg, view, location.key, location.product);
    if (found.length > 0) officeKeys.add(location.officeKey);
    return found;
  });
}

function clickToRunAt(
  reg: RegistryPort,
  view: View,
  path: string,
  fixed: OfficeProduct | null,
): OfficeInstall[] {
  const key = hklm(view, path);
  if (!reg.keyExists(key)) return [];
  const version = readText(reg, key, 'VersionToReport') ?? readText(reg, key, 'ClientVersionToReport');
  const platform = platformOf(readText(reg, key, 'Platform'));
  const tokens = (readText(reg, key, 'ProductReleaseIds') ?? '').split(',');
  const products = new Set<OfficeProduct>(fixed === null ? [] : [fixed]);
  for (const token of fixed === null ? tokens : []) {
    const mapped = productOfReleaseId(token);
    if (mapped) products.add(mapped.product);
  }
  const found: (OfficeProduct | 'unknown')[] = products.size > 0 ? [...products] : ['unknown'];
  return found.map((product) => ({
    kind: 'click-to-run',
    product,
    version,
    platform,
    view,
    where: [describeKey(key)],
  }));
}

interface MsiEntry {
  code: string;
  displayName: string;
  version: string;
}

const includesAny = (haystack: string, needles: readonly string[]) =>
  needles.some((n) => haystack.includes(n));

/**
 * What marks an installed MSI Office: its Uninstall entry. Windows Installer names a product's
 * uninstall key by its ProductCode (Win32 docs "ProductCode property"), and Office's product
 * codes end `0000000FF1CE}`. An entry counts as an Office suite when its DisplayName names
 * Office (or Outlook) and is not a component, language or proofing pack, Visio or Project, and
 * it is not Click-to-Run (`ClickToRunComponent`, or an UninstallString naming OfficeClickToRun:
 * Microsoft's Get-OfficeVersion.ps1 tells the two apart so). Office's own version key
 * (`Office\<nn>.0\Common\InstallRoot` Path) is extra evidence, listed in `where`, not required:
 * it can outlive an uninstalled Office.
 */
function msiEntries(reg: RegistryPort, view: View): MsiEntry[] {
  const entries: MsiEntry[] = [];
  for (const code of reg.listSubkeys(hklm(view, UNINSTALL))) {
    if (!code.toUpperCase().endsWith(MSI_PRODUCT_CODE_SUFFIX)) continue;
    const key = hklm(view, `${UNINSTALL}\\${code}`);
    const displayName = readText(reg, key, 'DisplayName');
    const version = readText(reg, key, 'DisplayVersion');
    if (displayName === null || version === null) continue;
    const name = displayName.toLowerCase();
    if (!includesAny(name, MSI_SUITE_NAMES) || includesAny(name, MSI_NOT_A_SUITE)) continue;
    const c2rFlag = dwordOf(reg.readValue(key, 'ClickToRunComponent'));
    const uninstall = readText(reg, key, 'UninstallString') ?? '';
    if ((c2rFlag !== null && c2rFlag !== 0) || /officeclicktorun/i.test(uninstall)) continue;
    entries.push({ code, displayName, version });
  }
  return entries;
}

function msi(reg: RegistryPort, view: View, clickToRunKeys: Set<string>): OfficeInstall[] {
  const byKey = new Map<string, OfficeInstall>();
  for (const entry of msiEntries(reg, view)) {
    const major = entry.version.split('.')[0] ?? '';
    const known = MSI_OFFICE_VERSIONS.find((v) => v.major === major);
    if (!known) continue;
    // Click-to-Run also creates Office\16.0 (2013's: 15.0): no second install of that version.
    if (clickToRunKeys.has(known.key)) continue;
    const uninstallKey = describeKey(hklm(view, `${UNINSTALL}\\${entry.code}`));
    const existing = byKey.get(known.key);
    if (existing) {
      existing.where.push(uninstallKey);
      continue;
    }
    const where = [uninstallKey];
    const installRoot = hklm(view, `${OFFICE}\\${known.key}\\Common\\InstallRoot`);
    if (readText(reg, installRoot, 'Path') !== null) where.push(describeKey(installRoot));
    const group = entry.code.split('-')[3]?.toUpperCase() ?? '';
    byKey.set(known.key, {
      kind: 'msi',
      product: known.product,
      version: entry.version,
      platform: MSI_PLATFORM_GROUP[group] ?? null,
      view,
      where,
    });
  }
  return [...byKey.values()];
}

export function readOffice(reg: RegistryPort, is64Bit: boolean): OfficeEvidence {
  const views = softwareViews(is64Bit);
  const clickToRunKeys = new Set<string>();
  const c2r = views.flatMap((view) => clickToRun(reg, view, clickToRunKeys));
  const installs = [...c2r, ...views.flatMap((view) => msi(reg, view, clickToRunKeys))];
  const needsValues = installs.some(
    (i) => i.product !== 'unknown' && supportOf(i.product)?.needsModernAuthValues === true,
  );
  return { installs, modernAuth: needsValues ? readModernAuth(reg, is64Bit) : null };
}
