import type { RegistryPort } from '../registry/registry-port.js';
import { readString } from './registry-read.js';

const IE_KEY = 'SOFTWARE\\Microsoft\\Internet Explorer';

/**
 * The major version of Internet Explorer (WinINet's Internet Options defaults follow it), or null
 * when the registry does not say. IE 10 and later write svcVersion ("11.0.9600.19036"); older
 * ones only Version ("8.0.7601.17514"); IE 10 / 11 also keep a misleading Version "9.11...".
 */
export function detectInternetExplorer(reg: RegistryPort): number | null {
  const text =
    readString(reg, 'HKLM', '64', IE_KEY, 'svcVersion') ?? readString(reg, 'HKLM', '64', IE_KEY, 'Version');
  const major = text === null ? NaN : Number.parseInt(text, 10);
  return Number.isInteger(major) && major > 0 ? major : null;
}
