// Registries of test PCs with Office, as MemoryRegistry snapshots (physical key paths).
import { MemoryRegistry, type RegistrySnapshot } from '../../../src-main/core/registry/memory-registry.js';
import type { RegValue } from '../../../src-main/core/registry/registry-port.js';

export const sz = (data: string): RegValue => ({ type: 'REG_SZ', data });
export const one: RegValue = { type: 'REG_DWORD', data: 1 };
export const WOW = 'HKLM\\SOFTWARE\\WOW6432Node\\Microsoft';
export const NATIVE = 'HKLM\\SOFTWARE\\Microsoft';
export const UNINSTALL = 'Windows\\CurrentVersion\\Uninstall';

export function machine(snapshot: RegistrySnapshot, wow64 = true): MemoryRegistry {
  const reg = new MemoryRegistry({ wow64 });
  reg.load(snapshot);
  return reg;
}

export const c2r = (root: string, ids: string, platform: string): RegistrySnapshot => ({
  [`${root}\\Office\\ClickToRun\\Configuration`]: {
    VersionToReport: sz('16.0.17928.20156'),
    Platform: sz(platform),
    ProductReleaseIds: sz(ids),
  },
  [`${root}\\Office\\16.0\\Common\\InstallRoot`]: {
    Path: sz('C:\\Program Files\\Microsoft Office\\root\\Office16\\'),
  },
});

export const msi = (
  root: string,
  code: string,
  name: string,
  version: string,
  ver: string,
): RegistrySnapshot => ({
  [`${root}\\${UNINSTALL}\\${code}`]: { DisplayName: sz(name), DisplayVersion: sz(version) },
  [`${root}\\Office\\${ver}\\Common\\InstallRoot`]: {
    Path: sz(`C:\\Program Files\\Microsoft Office\\Office${ver}\\`),
  },
});

export const OFFICE_2013 = msi(
  NATIVE,
  '{90150000-0011-0000-1000-0000000FF1CE}',
  'Microsoft Office Professional Plus 2013',
  '15.0.4569.1506',
  '15.0',
);
export const SYSTEM_HIVES: RegistrySnapshot = {
  'HKU\\.DEFAULT\\Software': {},
  'HKU\\S-1-5-18\\Software': {},
  'HKU\\S-1-5-19\\Software': {},
  'HKU\\S-1-5-20\\Software': {},
};
export const ANNA = 'S-1-5-21-1111-2222-3333-1001';
export const BOB = 'S-1-5-21-1111-2222-3333-1002';
