import { regExport, type Prefix, type RegView } from './harness.js';

const HKLM = 'HKEY_LOCAL_MACHINE';

/** Parents of every key the tool touches, in both views: their export must not change. */
const WATCHED: [string, RegView][] = [
  [`${HKLM}\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings`, '64'],
  [`${HKLM}\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings`, '32'],
  [`${HKLM}\\SOFTWARE\\Microsoft`, '64'],
  [`${HKLM}\\SOFTWARE\\Microsoft`, '32'],
  [`${HKLM}\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders`, '64'],
  [`${HKLM}\\SOFTWARE\\Policies`, '64'],
];

/** `reg export` of every watched key: what must be byte-for-byte the same after a rollback. */
export function exportAll(prefix: Prefix): string[] {
  return WATCHED.map(([key, view]) => regExport(prefix, key, view) ?? `(no ${key})`);
}
