/**
 * What each TLS client stack of this Windows offers by default, computed from the registry and
 * the Windows family's defaults (windows-families.ts). It is a model, not a measurement: it
 * follows Microsoft's documented rules (sources in windows-families.ts), and the wizard and
 * the audit show it before and after a change. Only TLS versions are modelled (SSL is never a goal).
 */
import {
  PROTOCOL_BITS,
  TLS_BITS_MASK,
  TLS_VERSIONS,
  type TlsVersion,
} from '../../../src-shared/protocols.js';
import { SCHANNEL_VALUES, schannelKey, type CatalogueEntry } from '../catalogue/catalogue.js';
import {
  DOTNET4_FACTS,
  DOTNET_LEGACY_MASK,
  DOTNET_STRONG_CRYPTO_MASK,
  dotnet35UpdateFor,
} from '../catalogue/dotnet-facts.js';
import { stackInput } from '../catalogue/stack-facts.js';
import {
  FAMILY_FACTS,
  IE_WITH_TLS12_DEFAULT,
  WININET_DEFAULT_BEFORE_IE11,
  type FamilyFacts,
} from '../catalogue/windows-families.js';
import type { Detection } from '../detect/detect.js';
import { runtimeInstalled } from '../detect/dotnet-runtimes.js';
import { viewsFor } from '../plan/views.js';
import { dwordOf } from '../registry/dword-of.js';
import type { KeyLocation, RegValue, View } from '../registry/registry-port.js';

export { dotnet35UpdateFor };

export type ValueReader = (key: KeyLocation, name: string) => RegValue | null;

export type { EffectiveStack } from '../../../src-shared/stacks.js';
import type { EffectiveStack } from '../../../src-shared/stacks.js';

export interface EffectiveOptions {
  /** Count KB 3140245 as installed (the "after" picture, once the technician installs it). */
  assumeKb3140245: boolean;
}

type SchannelState = 'on' | 'explicit' | 'off' | 'unavailable';

/** SChannel client state of one TLS version: Enabled = 0 switches it off; DisabledByDefault decides "by default". */
function schannelState(read: ValueReader, facts: FamilyFacts, version: TlsVersion): SchannelState {
  const base = facts.schannelClient[version];
  if (base === 'unavailable') return 'unavailable';
  const key: KeyLocation = { hive: 'HKLM', view: 'shared', path: schannelKey(version, 'Client') };
  if (dwordOf(read(key, SCHANNEL_VALUES.enabled)) === 0) return 'off';
  const disabledByDefault = dwordOf(read(key, SCHANNEL_VALUES.disabledByDefault));
  if (disabledByDefault === null) return base;
  return disabledByDefault !== 0 ? 'explicit' : 'on';
}

function maskWhere(read: ValueReader, facts: FamilyFacts, states: SchannelState[]): number {
  return TLS_VERSIONS.filter((v) => states.includes(schannelState(read, facts, v))).reduce(
    (mask, v) => mask | PROTOCOL_BITS[v],
    0,
  );
}

/** The newest .NET Framework 4.x as "4.8", or null when none is installed. */
export function newestDotNet4(dotNet: string[]): string | null {
  return (
    dotNet
      .filter((v) => v.startsWith('4'))
      .sort(compareDotted)
      .pop() ?? null
  );
}

function compareDotted(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** One catalogue value as a DWORD, in one of the views its row is written in. */
function readEntry(read: ValueReader, entry: CatalogueEntry, view: View): number | null {
  return dwordOf(read({ hive: entry.hive, view, path: entry.key }, entry.name));
}

/**
 * Every stack this Windows has, per registry view where the view matters, with the TLS versions
 * it offers by default. Empty for a Windows the tool does not support.
 */
export function effectiveProtocols(
  read: ValueReader,
  detection: Detection,
  options: EffectiveOptions,
): EffectiveStack[] {
  const { os } = detection;
  if (os.family === null) return [];
  const facts = FAMILY_FACTS[os.family];
  const onByDefault = maskWhere(read, facts, ['on']);
  const enabled = maskWhere(read, facts, ['on', 'explicit']);
  const out: EffectiveStack[] = [{ stack: 'schannel', view: 'shared', mask: onByDefault, assumes: [] }];

  const kbInstalled =
    facts.kb3140245 === null ||
    detection.kb3140245.state === 'present' ||
    detection.kb3140245.state === 'probably-present';
  const winhttp = stackInput('winhttp', 'mask');
  for (const view of viewsFor(winhttp, os.is64Bit)) {
    const configured = readEntry(read, winhttp, view);
    const honoured = configured !== null && (kbInstalled || options.assumeKb3140245);
    const mask = honoured ? configured : facts.winhttpDefault;
    const allowed = facts.winhttpNeedsSchannelDefault ? onByDefault : enabled;
    const assumes = honoured && !kbInstalled ? ['KB3140245'] : [];
    out.push({ stack: 'winhttp', view, mask: mask & allowed & TLS_BITS_MASK, assumes });
  }

  const net4 = newestDotNet4(detection.dotNet);
  if (net4 !== null) {
    const systemDefaultValue = stackInput('dotnet4', 'system-default');
    const strongValue = stackInput('dotnet4', 'strong-crypto');
    for (const view of viewsFor(systemDefaultValue, os.is64Bit)) {
      const systemDefault = readEntry(read, systemDefaultValue, view) === 1;
      const strong = readEntry(read, strongValue, view) === 1;
      // Apps built for .NET 4.5-4.6.x (the ones these values exist for): 4.0 has no TLS 1.2 at
      // all; SystemDefaultTlsVersions needs the 4.7 runtime; strong crypto asks for 1.0-1.2
      // explicitly; otherwise SSL 3.0 + TLS 1.0.
      const mask =
        net4 === DOTNET4_FACTS.noTls12Release
          ? DOTNET_LEGACY_MASK & enabled
          : systemDefault && compareDotted(net4, DOTNET4_FACTS.systemDefaultFrom) >= 0
            ? onByDefault
            : (strong ? DOTNET_STRONG_CRYPTO_MASK : DOTNET_LEGACY_MASK) & enabled;
      out.push({ stack: 'dotnet4', view, mask, assumes: [] });
    }
  }

  if (runtimeInstalled('clr2', detection.dotNet)) {
    const update = dotnet35UpdateFor(os.family, os.build);
    const systemDefaultValue = stackInput('dotnet35', 'system-default');
    for (const view of viewsFor(systemDefaultValue, os.is64Bit)) {
      const systemDefault = readEntry(read, systemDefaultValue, view) === 1;
      out.push({
        stack: 'dotnet35',
        view,
        mask: systemDefault ? onByDefault : DOTNET_LEGACY_MASK & enabled,
        assumes: systemDefault && update !== null ? [update] : [],
      });
    }
  }

  // WinINet's policy value lives in one shared view (viewsFor gives exactly one).
  const wininet = stackInput('wininet', 'mask');
  const policy = readEntry(read, wininet, viewsFor(wininet, os.is64Bit)[0] ?? 'shared');
  const ieDefault =
    detection.internetExplorer !== null && detection.internetExplorer < IE_WITH_TLS12_DEFAULT
      ? WININET_DEFAULT_BEFORE_IE11
      : facts.wininetDefault;
  out.push({
    stack: 'wininet',
    view: 'shared',
    mask: (policy ?? ieDefault) & enabled & TLS_BITS_MASK,
    assumes: [],
  });
  return out;
}

export function offersTls12(stack: EffectiveStack): boolean {
  return (stack.mask & PROTOCOL_BITS.tls12) !== 0;
}

export function offersTls13(stack: EffectiveStack): boolean {
  return (stack.mask & PROTOCOL_BITS.tls13) !== 0;
}
