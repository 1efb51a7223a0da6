/**
 * TLS 1.2 cipher suites as data: each Windows family's default list, the sets Microsoft 365 and
 * Azure Front Door (AFD) accept, the parts (key exchange, cipher, hash) SCHANNEL's registry keys
 * switch off, and where the list is narrowed. No verdicts, no messages: the readiness model reads it.
 *
 * Sources (public; the short names used in this file):
 * - SUITES: Win32 docs "TLS Cipher Suites in Windows 7 / 8 / 8.1 / 10 v1809 / 11 / Server 2022"
 *   (MicrosoftDocs/win32, desktop-src/SecAuthN/tls-cipher-suites-in-windows-*.md), the table
 *   "enabled and in this priority order by default". Kept: the suites that TLS 1.2 negotiates;
 *   left out: SSL 2.0 suites, TLS 1.3 suites and those "only used when application explicitly
 *   requests" (the NULL suites).
 * - ENC: Microsoft 365 docs "Technical reference details about encryption".
 * - AFD: Azure Front Door docs "TLS policy", "Diffie-Hellman cipher suites retirement".
 * - ADO: microsoft/azure-devops-tls12 AzureDevOpsTls12Analysis.ps1.
 * - HC: microsoft/CSS-Exchange Get-TlsCipherSuiteInformation.ps1 / TLSConfigurationCheck.md.
 */
import type { OsFamily } from '../../../src-shared/detection-types.js';
export {
  AFD_TLS12_2022,
  AFD_TLS12_2023,
  AFD_DHE_RETIREMENT,
  M365_AFD_POLICY,
  M365_TLS12,
  type SuiteSet,
} from './cipher-suite-sets.js';

export type KeyExchange = 'ECDH' | 'Diffie-Hellman' | 'PKCS';
export type CipherName =
  'AES 128/128' | 'AES 256/256' | 'Triple DES 168' | 'RC4 128/128' | 'DES 56/56' | 'NULL';
export type HashName = 'SHA' | 'SHA256' | 'SHA384' | 'MD5';
export type Curve = 'P256' | 'P384' | 'P521';

/** The SCHANNEL subkey names a suite depends on: KeyExchangeAlgorithms\, Ciphers\, Hashes\. */
export interface SuiteParts {
  keyExchange: KeyExchange;
  cipher: CipherName;
  hash: HashName;
}

/** Windows 7 / 8 / 8.1 names carry the curve: TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P256. */
export const CURVE_SUFFIXES: Record<Curve, string> = { P256: '_P256', P384: '_P384', P521: '_P521' };

/** The EccCurves name (Windows 10+ curve order) of each curve suffix. */
export const CURVE_ECC_NAMES: Record<Curve, string> = {
  P256: 'NistP256',
  P384: 'NistP384',
  P521: 'NistP521',
};

/** Facts page §1: ECDHE needs NistP256 or NistP384 in a policy EccCurves list. */
export const ECDHE_NEEDS_ONE_OF: readonly string[] = ['NistP256', 'NistP384'];

/** Key exchange tokens between TLS_ and _WITH_ (ECDHE_* is ECDH's key, DHE_* Diffie-Hellman's). */
const KEY_EXCHANGE_TOKENS: Record<string, KeyExchange> = {
  ECDHE_RSA: 'ECDH',
  ECDHE_ECDSA: 'ECDH',
  DHE_RSA: 'Diffie-Hellman',
  DHE_DSS: 'Diffie-Hellman',
  RSA: 'PKCS',
};
/** Bulk cipher tokens after _WITH_, to the SCHANNEL Ciphers\ subkey names. */
const CIPHER_TOKENS: Record<string, CipherName> = {
  AES_128_GCM: 'AES 128/128',
  AES_128_CBC: 'AES 128/128',
  AES_256_GCM: 'AES 256/256',
  AES_256_CBC: 'AES 256/256',
  '3DES_EDE_CBC': 'Triple DES 168',
  RC4_128: 'RC4 128/128',
  DES_CBC: 'DES 56/56',
  NULL: 'NULL',
};
/** The last token, to the SCHANNEL Hashes\ subkey names. */
const HASH_TOKENS: Record<string, HashName> = { SHA: 'SHA', SHA256: 'SHA256', SHA384: 'SHA384', MD5: 'MD5' };

/** The name without its curve suffix, and the curve it named (null without one). */
export function splitCurve(name: string): { base: string; curve: Curve | null } {
  for (const [curve, suffix] of Object.entries(CURVE_SUFFIXES) as [Curve, string][]) {
    if (name.toUpperCase().endsWith(suffix)) return { base: name.slice(0, -suffix.length), curve };
  }
  return { base: name, curve: null };
}

/**
 * The parts of a TLS 1.2 suite name (with or without curve suffix) from the token tables above;
 * null for any name they do not cover whole (TLS 1.3 names, PSK, export, typos): never a guess.
 */
export function suiteParts(name: string): SuiteParts | null {
  const match = /^TLS_(.+)_WITH_(.+)_([A-Z0-9]+)$/.exec(splitCurve(name.trim()).base.toUpperCase());
  if (!match) return null;
  const keyExchange = KEY_EXCHANGE_TOKENS[match[1] ?? ''];
  const cipher = CIPHER_TOKENS[match[2] ?? ''];
  const hash = HASH_TOKENS[match[3] ?? ''];
  return keyExchange && cipher && hash ? { keyExchange, cipher, hash } : null;
}

const SCHANNEL = 'SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL';

/** Where the list and the parts are narrowed; every key is HKLM, one shared view (SRV). */
export const CIPHER_SUITE_KEYS = {
  /** ADMX "SSL Cipher Suite Order": REG_SZ comma list (some tools write REG_MULTI_SZ); wins (HC). */
  policy: 'SOFTWARE\\Policies\\Microsoft\\Cryptography\\Configuration\\SSL\\00010002',
  /** The local list (REG_MULTI_SZ); editing it by registry is unsupported (SUITES). */
  local: 'SYSTEM\\CurrentControlSet\\Control\\Cryptography\\Configuration\\Local\\SSL\\00010002',
  functions: 'Functions',
  eccCurves: 'EccCurves',
  enabled: 'Enabled',
  keyExchange: (kx: KeyExchange): string => `${SCHANNEL}\\KeyExchangeAlgorithms\\${kx}`,
  cipher: (cipher: CipherName): string => `${SCHANNEL}\\Ciphers\\${cipher}`,
  hash: (hash: HashName): string => `${SCHANNEL}\\Hashes\\${hash}`,
} as const;

export interface FamilyCipherSuites {
  /** The default TLS 1.2 list, in priority order, on a machine with `assumesUpdates` installed. */
  suites: string[];
  source: string;
  assumesUpdates: string[];
  /** False where the list is not the documented one for every build of the family. */
  confirmed: boolean;
  /** Suites attributed to an update; which ones exactly: UNCONFIRMED. */
  addedByUpdates: { update: string; suites: string[]; confirmed: false }[];
  /** A policy EccCurves list acts (Windows 10 / Server 2016 on; SUITES' note on curve order). */
  honoursEccCurves: boolean;
  /** Ciphers\ and Hashes\ Enabled=0 is known to remove suites (UNCONFIRMED on 10 / 11). */
  cipherHashKeysConfirmed: boolean;
}

const NT61_NT62 = [
  'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P256',
  'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384',
  'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256_P256',
  'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256_P384',
  'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA_P256',
  'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA_P384',
  'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA_P256',
  'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA_P384',
  'TLS_DHE_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_DHE_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_DHE_RSA_WITH_AES_256_CBC_SHA',
  'TLS_DHE_RSA_WITH_AES_128_CBC_SHA',
  'TLS_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_RSA_WITH_AES_256_CBC_SHA256',
  'TLS_RSA_WITH_AES_128_CBC_SHA256',
  'TLS_RSA_WITH_AES_256_CBC_SHA',
  'TLS_RSA_WITH_AES_128_CBC_SHA',
  'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384_P384',
  'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256_P256',
  'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256_P384',
  'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384_P384',
  'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256_P256',
  'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256_P384',
  'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA_P256',
  'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA_P384',
  'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA_P256',
  'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA_P384',
  'TLS_DHE_DSS_WITH_AES_256_CBC_SHA256',
  'TLS_DHE_DSS_WITH_AES_128_CBC_SHA256',
  'TLS_DHE_DSS_WITH_AES_256_CBC_SHA',
  'TLS_DHE_DSS_WITH_AES_128_CBC_SHA',
  'TLS_RSA_WITH_3DES_EDE_CBC_SHA',
  'TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA',
  'TLS_RSA_WITH_RC4_128_SHA',
  'TLS_RSA_WITH_RC4_128_MD5',
];
/** SUITES "Windows 8" has the Windows 7 list without TLS_DHE_RSA_WITH_AES_*_CBC_SHA. */
const NT62 = NT61_NT62.filter((s) => !/^TLS_DHE_RSA_WITH_AES_(128|256)_CBC_SHA$/.test(s));
/** SUITES "Windows 8.1" (after KB 2919355) lists exactly the Windows 7 suites in the same order. */
const NT63 = NT61_NT62;

/** SUITES "Windows 10 v1809" (also Server 2019's build). */
const WIN10 = [
  'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_DHE_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_DHE_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384',
  'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384',
  'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256',
  'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA',
  'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA',
  'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA',
  'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA',
  'TLS_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_RSA_WITH_AES_256_CBC_SHA256',
  'TLS_RSA_WITH_AES_128_CBC_SHA256',
  'TLS_RSA_WITH_AES_256_CBC_SHA',
  'TLS_RSA_WITH_AES_128_CBC_SHA',
  'TLS_RSA_WITH_3DES_EDE_CBC_SHA',
];
/** SUITES "Windows 11" and "Windows Server 2022": the TLS 1.2 part is the 1809 list, same order. */
const WIN11 = WIN10;

/** ECDHE_RSA CBC SHA384 / SHA256: what the updates brought, per SUITES and ADO (which ones exactly: UNCONFIRMED). */
const ECDHE_RSA_CBC_SHA2 = NT61_NT62.slice(0, 4);

const KB3042058 = 'KB3042058';
const KB2919355 = 'KB2919355';

function old(suites: string[], source: string, update: string): FamilyCipherSuites {
  return {
    suites,
    source,
    assumesUpdates: [update],
    confirmed: true,
    addedByUpdates: [{ update, suites: ECDHE_RSA_CBC_SHA2, confirmed: false }],
    honoursEccCurves: false,
    cipherHashKeysConfirmed: true,
  };
}

function modern(suites: string[], source: string, confirmed: boolean): FamilyCipherSuites {
  return {
    suites,
    source,
    assumesUpdates: [],
    confirmed,
    addedByUpdates: [],
    honoursEccCurves: true,
    cipherHashKeysConfirmed: false,
  };
}

const SRC_W7 = 'SUITES "TLS Cipher Suites in Windows 7" (after KB 3042058); ENC, SUITES, AFD';
const SRC_W8 = 'SUITES "TLS Cipher Suites in Windows 8" (after KB 3042058); ENC, SUITES, AFD';
const SRC_W81 = 'SUITES "TLS Cipher Suites in Windows 8.1" (after KB 2919355); ENC, SUITES, AFD';
// The Windows 10 list changed between versions (v1607 also had DHE_RSA CBC and DHE_DSS; the
// v22H2 page's visible part shows no DHE_RSA GCM ahead of the ECDHE CBC suites): v1809 is used.
const SRC_W10 = 'SUITES "TLS Cipher Suites in Windows 10 v1809" (other 10 versions differ); ADO';
const SRC_W11 = 'SUITES "TLS Cipher Suites in Windows 11" / "in Windows Server 2022"';
const SRC_2025 = 'SUITES "TLS Cipher Suites in Windows Server 2022" (no Server 2025 page read)';

export const CIPHER_FAMILY_FACTS: Record<OsFamily, FamilyCipherSuites> = {
  win7: old(NT61_NT62, SRC_W7, KB3042058),
  server2008r2: old(NT61_NT62, SRC_W7, KB3042058),
  win8: old(NT62, SRC_W8, KB3042058),
  server2012: old(NT62, SRC_W8, KB3042058),
  win81: old(NT63, SRC_W81, KB2919355),
  server2012r2: old(NT63, SRC_W81, KB2919355),
  win10: modern(WIN10, SRC_W10, false),
  server2016: modern(WIN10, SRC_W10, false),
  server2019: modern(WIN10, SRC_W10, true),
  win11: modern(WIN11, SRC_W11, true),
  server2022: modern(WIN11, SRC_W11, true),
  server2025: modern(WIN11, SRC_2025, false),
};
