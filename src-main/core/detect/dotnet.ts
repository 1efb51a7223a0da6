import type { RegistryPort } from '../registry/registry-port.js';
import { readDword } from './registry-read.js';

const NDP = 'SOFTWARE\\Microsoft\\NET Framework Setup\\NDP';

/** .NET Framework 4.5+ "Release" numbers: the minimum release of each version. */
const RELEASES: [number, string][] = [
  [533320, '4.8.1'],
  [528040, '4.8'],
  [461808, '4.7.2'],
  [461308, '4.7.1'],
  [460798, '4.7'],
  [394802, '4.6.2'],
  [394254, '4.6.1'],
  [393295, '4.6'],
  [379893, '4.5.2'],
  [378675, '4.5.1'],
  [378389, '4.5'],
];

/** The installed .NET Framework versions, e.g. ["3.5", "4.8"]. */
export function detectDotNet(reg: RegistryPort): string[] {
  const found: string[] = [];
  const installed = (sub: string): boolean => readDword(reg, 'HKLM', '64', `${NDP}\\${sub}`, 'Install') === 1;
  if (installed('v2.0.50727')) found.push('2.0');
  if (installed('v3.0')) found.push('3.0');
  if (installed('v3.5')) found.push('3.5');
  const release = readDword(reg, 'HKLM', '64', `${NDP}\\v4\\Full`, 'Release');
  if (release !== null) {
    found.push(RELEASES.find(([min]) => release >= min)?.[1] ?? '4.0');
  } else if (installed('v4\\Full') || installed('v4\\Client')) {
    // .NET 4.0 (no Release value), or only its Client Profile: still the CLR 4 that reads v4.0.30319.
    found.push('4.0');
  }
  return found;
}
