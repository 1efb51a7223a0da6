/**
 * WinHTTP DefaultSecureProtocols / WinINet SecureProtocols bits and the four protocol choices of
 * the source article. Bits: Win32 docs "WINHTTP_OPTION_SECURE_PROTOCOLS" (Option Flags) and
 * KB 3140245's table; TLS 1.3 (0x2000) from the same option flags (Windows 11 / Server 2022).
 */
export const PROTOCOL_BITS = {
  ssl2: 0x8,
  ssl3: 0x20,
  tls10: 0x80,
  tls11: 0x200,
  tls12: 0x800,
  tls13: 0x2000,
} as const;
export type ProtocolId = keyof typeof PROTOCOL_BITS;

/** The TLS versions, oldest first: what the effective-protocols model speaks of. */
export const TLS_VERSIONS = ['tls10', 'tls11', 'tls12', 'tls13'] as const satisfies readonly ProtocolId[];
export type TlsVersion = (typeof TLS_VERSIONS)[number];
export const TLS_BITS_MASK = TLS_VERSIONS.reduce((mask, id) => mask | PROTOCOL_BITS[id], 0);

export const PROTOCOL_NAMES: Record<ProtocolId, string> = {
  ssl2: 'SSL 2.0',
  ssl3: 'SSL 3.0',
  tls10: 'TLS 1.0',
  tls11: 'TLS 1.1',
  tls12: 'TLS 1.2',
  tls13: 'TLS 1.3',
};

/** The source article's four choices: they decide TLS 1.0 / 1.1 / 1.2 only, never TLS 1.3. */
export const PROTOCOL_CHOICES = ['1.2', '1.1,1.2', '1.0,1.1,1.2', '1.0,1.2'] as const;
export type ProtocolChoice = (typeof PROTOCOL_CHOICES)[number];
export const DEFAULT_PROTOCOL_CHOICE: ProtocolChoice = '1.2';

const CHOICE_MASKS: Record<ProtocolChoice, number> = {
  '1.2': 0x800,
  '1.1,1.2': 0xa00,
  '1.0,1.1,1.2': 0xa80,
  '1.0,1.2': 0x880,
};

export function isProtocolChoice(text: string): text is ProtocolChoice {
  return (PROTOCOL_CHOICES as readonly string[]).includes(text);
}

export function choiceMask(choice: ProtocolChoice): number {
  return CHOICE_MASKS[choice];
}

export function choiceIncludes(choice: ProtocolChoice, version: TlsVersion): boolean {
  return (CHOICE_MASKS[choice] & PROTOCOL_BITS[version]) !== 0;
}

/** The TLS versions a mask names, oldest first. */
export function tlsVersionsOf(mask: number): TlsVersion[] {
  return TLS_VERSIONS.filter((id) => (mask & PROTOCOL_BITS[id]) !== 0);
}

/** "TLS 1.0, TLS 1.2" for a mask; unknown bits are named in hex. */
export function describeProtocolMask(mask: number): string {
  const ids = Object.keys(PROTOCOL_BITS) as ProtocolId[];
  const known = ids.reduce((acc, id) => acc | PROTOCOL_BITS[id], 0);
  const parts = ids.filter((id) => (mask & PROTOCOL_BITS[id]) !== 0).map((id) => PROTOCOL_NAMES[id]);
  const unknown = mask & ~known;
  if (unknown !== 0) parts.push(`unknown bits 0x${(unknown >>> 0).toString(16).toUpperCase()}`);
  return parts.length > 0 ? parts.join(', ') : 'none';
}
