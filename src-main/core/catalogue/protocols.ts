/**
 * WinHTTP DefaultSecureProtocols / WinINet SecureProtocols bits (tls-facts §2) and the four
 * choices of the source article. Nothing else can be chosen.
 */
export const PROTOCOL_BITS = {
  ssl2: 0x8,
  ssl3: 0x20,
  tls10: 0x80,
  tls11: 0x200,
  tls12: 0x800,
  tls13: 0x2000,
} as const;

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

/**
 * The value to write for a choice, given what is there now: the chosen TLS 1.0-1.2 bits, plus a
 * TLS 1.3 bit that is already set (Windows 11 / Server 2022 use it). SSL 2.0 / 3.0 and unknown
 * bits are dropped.
 */
export function desiredProtocolMask(choice: ProtocolChoice, current: number | null): number {
  const keep13 = current !== null && (current & PROTOCOL_BITS.tls13) !== 0 ? PROTOCOL_BITS.tls13 : 0;
  return CHOICE_MASKS[choice] | keep13;
}

/** "TLS 1.0, TLS 1.2" for a mask; unknown bits are named in hex. */
export function describeProtocolMask(mask: number): string {
  const names: [number, string][] = [
    [PROTOCOL_BITS.ssl2, 'SSL 2.0'],
    [PROTOCOL_BITS.ssl3, 'SSL 3.0'],
    [PROTOCOL_BITS.tls10, 'TLS 1.0'],
    [PROTOCOL_BITS.tls11, 'TLS 1.1'],
    [PROTOCOL_BITS.tls12, 'TLS 1.2'],
    [PROTOCOL_BITS.tls13, 'TLS 1.3'],
  ];
  const known = names.reduce((acc, [bit]) => acc | bit, 0);
  const parts = names.filter(([bit]) => (mask & bit) !== 0).map(([, name]) => name);
  const unknown = mask & ~known;
  if (unknown !== 0) parts.push(`unknown bits 0x${(unknown >>> 0).toString(16).toUpperCase()}`);
  return parts.length > 0 ? parts.join(', ') : 'none';
}
