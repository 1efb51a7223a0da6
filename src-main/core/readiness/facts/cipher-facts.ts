/** The cipher suite evidence reduced to the model's facts: Microsoft 365's set and AFD's default policy. */
import {
  AFD_DHE_RETIREMENT,
  AFD_TLS12_2023,
  CIPHER_FAMILY_FACTS,
  splitCurve,
} from '../../catalogue/cipher-suites.js';
import type { OsFamily } from '../../catalogue/windows-families.js';
import type { RegistryPort } from '../../registry/registry-port.js';
import { readCipherSuites } from '../evidence/cipher-suite-evidence.js';
import type { CipherFacts } from '../readiness-input.js';

/**
 * Which AFD policy each Microsoft 365 front end uses is unconfirmed (M365_AFD_POLICY): the model
 * compares with the default one, TLSv1.2_2023, so that a PC is never called ready for a front end
 * it may not reach.
 */
export function cipherFacts(reg: RegistryPort, family: OsFamily, now: Date): CipherFacts {
  const e = readCipherSuites(reg, family, now);
  const unknownList = e.source === 'unknown';
  const shapedBy = e.notes.map((n) => ({ where: n.where, found: n.found }));
  return {
    source: unknownList ? 'unknown' : e.source,
    where: e.where,
    m365: e.m365.on,
    afd: e.afd2023.on,
    // A list that could not be read leaves every suite in doubt, even if no set overlaps by name.
    unknownM365: unknownList && e.m365.unknown.length === 0 ? [e.where] : e.m365.unknown,
    unknownAfd: e.afd2023.unknown,
    shapedBy,
    afdDheRetired: AFD_DHE_RETIREMENT.date,
    familyHasAfd: CIPHER_FAMILY_FACTS[family].suites.some((s) =>
      AFD_TLS12_2023.suites.includes(splitCurve(s).base),
    ),
  };
}
