import { describe, expect, it } from 'vitest';
import { splitCurve, suiteParts } from '../../../src-main/core/catalogue/cipher-suites.js';

describe('cipher suite names', () => {
  it('splits suite names from known tokens only', () => {
    expect(suiteParts('TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P256')).toEqual({
      keyExchange: 'ECDH',
      cipher: 'AES 256/256',
      hash: 'SHA384',
    });
    expect(suiteParts('TLS_DHE_RSA_WITH_AES_128_GCM_SHA256')?.keyExchange).toBe('Diffie-Hellman');
    expect(suiteParts('TLS_RSA_WITH_3DES_EDE_CBC_SHA')).toEqual({
      keyExchange: 'PKCS',
      cipher: 'Triple DES 168',
      hash: 'SHA',
    });
    for (const odd of [
      'TLS_AES_256_GCM_SHA384',
      'TLS_PSK_WITH_AES_128_GCM_SHA256',
      'TLS_RSA_WITH_AES_512_CBC_SHA',
      'x',
    ]) {
      expect(suiteParts(odd), odd).toBeNull();
    }
    expect(splitCurve('TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA_P521')).toEqual({
      base: 'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA',
      curve: 'P521',
    });
    expect(splitCurve('TLS_RSA_WITH_AES_128_CBC_SHA')).toEqual({
      base: 'TLS_RSA_WITH_AES_128_CBC_SHA',
      curve: null,
    });
  });
});
