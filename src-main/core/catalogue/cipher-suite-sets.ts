/**
 * The TLS 1.2 cipher suites Microsoft's servers accept, as data (names without curve suffix).
 * Sources (public; the short names used in this file):
 * - ENC: Microsoft 365 docs "Technical reference details about encryption" (3DES off since
 *   February 2019).
 * - AFD: Azure Front Door docs "TLS policy" and "Diffie-Hellman cipher suites retirement".
 */

export interface SuiteSet {
  id: 'm365' | 'afd2023' | 'afd2022';
  /** Base names (no _P256 / _P384 / _P521), in the order the source lists them. */
  suites: string[];
  source: string;
}

export const M365_TLS12: SuiteSet = {
  id: 'm365',
  suites: [
    'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
    'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
    'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384',
    'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256',
    'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA',
    'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA',
    'TLS_RSA_WITH_AES_256_GCM_SHA384',
    'TLS_RSA_WITH_AES_128_GCM_SHA256',
  ],
  source: 'ENC',
};

/** AFD's default policy: ECDHE_RSA with AES GCM only (plus TLS 1.3, not listed here). */
export const AFD_TLS12_2023: SuiteSet = {
  id: 'afd2023',
  suites: ['TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384', 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256'],
  source: 'AFD "TLS policy" (TLSv1.2_2023)',
};

/** AFD's older policy: also ECDHE_RSA CBC SHA384 / SHA256, RSA GCM and DHE_RSA GCM. */
export const AFD_TLS12_2022: SuiteSet = {
  id: 'afd2022',
  suites: [
    'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
    'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
    'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384',
    'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256',
    'TLS_RSA_WITH_AES_256_GCM_SHA384',
    'TLS_RSA_WITH_AES_128_GCM_SHA256',
    'TLS_DHE_RSA_WITH_AES_256_GCM_SHA384',
    'TLS_DHE_RSA_WITH_AES_128_GCM_SHA256',
  ],
  source: 'AFD "TLS policy" (TLSv1.2_2022)',
};

/** From this day (UTC) on, AFD negotiates no DHE suite, whatever the policy lists. */
export const AFD_DHE_RETIREMENT = {
  date: '2026-04-01',
  source: 'AFD "Diffie-Hellman cipher suites retirement"',
} as const;

/**
 * Which AFD policy each Microsoft 365 front end uses: UNCONFIRMED (ENC, SUITES, AFD). Some services
 * (Teams among them) sit behind AFD (ENC); no source names the policy per endpoint.
 */
export const M365_AFD_POLICY = {
  candidates: ['afd2023', 'afd2022'] as const,
  known: null,
  confirmed: false,
  source: 'ENC; AFD',
} as const;
