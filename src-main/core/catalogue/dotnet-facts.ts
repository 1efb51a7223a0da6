/**
 * What .NET Framework does by default, as data: the effective-protocols model and the findings
 * read it. Sources (see windows-families.ts for the short names):
 * - NETTLS: .NET docs "Transport Layer Security (TLS) best practices with .NET Framework": 4.0 has
 *   no TLS 1.2 at all; SystemDefaultTlsVersions is honoured from the 4.7 runtime on (and by 3.5
 *   with the update per Windows, CM); SchUseStrongCrypto makes apps ask for TLS 1.0-1.2; apps
 *   built for 4.5-4.6.x without either offer SSL 3.0 + TLS 1.0.
 * - CM: the .NET 3.5 update per Windows (FAMILY_FACTS' dotnet35Update / dotnet35UpdateByBuild).
 */
import { PROTOCOL_BITS } from '../../../src-shared/protocols.js';
import { FAMILY_FACTS, type OsFamily } from './windows-families.js';

export const DOTNET4_FACTS = {
  /** The 4.x release that has no TLS 1.2 at all (NETTLS). */
  noTls12Release: '4.0',
  /** The first 4.x runtime that honours SystemDefaultTlsVersions (NETTLS). */
  systemDefaultFrom: '4.7',
} as const;

/** SchUseStrongCrypto = 1: the protocols .NET asks for explicitly (NETTLS); TLS 1.3 never. */
export const DOTNET_STRONG_CRYPTO_MASK = PROTOCOL_BITS.tls10 | PROTOCOL_BITS.tls11 | PROTOCOL_BITS.tls12;
/** Neither value: the TLS part of SSL 3.0 + TLS 1.0 (NETTLS). */
export const DOTNET_LEGACY_MASK = PROTOCOL_BITS.tls10;

/** The update .NET 3.5 needs for SystemDefaultTlsVersions on this Windows, or null where it is built in (CM). */
export function dotnet35UpdateFor(family: OsFamily, build: number): string | null {
  const facts = FAMILY_FACTS[family];
  const byBuild = facts.dotnet35UpdateByBuild;
  if (byBuild.length === 0) return facts.dotnet35Update;
  const release = byBuild.filter(([first]) => build >= first).pop() ?? byBuild[0];
  return release?.[1] ?? null;
}
