/**
 * The protocol bits and choices live in src-shared (the renderer needs them too); this module
 * adds what only the core decides: the mask written for a choice.
 */
import { choiceMask, PROTOCOL_BITS, type ProtocolChoice } from '../../../src-shared/protocols.js';

export {
  choiceIncludes,
  choiceMask,
  DEFAULT_PROTOCOL_CHOICE,
  describeProtocolMask,
  isProtocolChoice,
  PROTOCOL_BITS,
  PROTOCOL_CHOICES,
  TLS_BITS_MASK,
  TLS_VERSIONS,
  tlsVersionsOf,
  type ProtocolChoice,
  type TlsVersion,
} from '../../../src-shared/protocols.js';

/**
 * The value to write for a choice: the chosen TLS 1.0-1.2 bits, plus TLS 1.3 when it must be
 * kept (on by default on this Windows, or already set in any view of this value). The choice
 * never decides TLS 1.3, so a write never takes it away. SSL 2.0 / 3.0 and unknown bits are dropped.
 */
export function desiredProtocolMask(choice: ProtocolChoice, keepTls13: boolean): number {
  return choiceMask(choice) | (keepTls13 ? PROTOCOL_BITS.tls13 : 0);
}
