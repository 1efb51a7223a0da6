/**
 * The Office evidence reduced to the model's facts, read against today's date: each install's
 * support row (office-support.ts), Microsoft 365 Apps frozen on this Windows, and Office 2013's
 * per-user modern authentication values.
 */
import { M365_APPS_FROZEN, supportOf, type OfficeProduct } from '../../catalogue/office-support.js';
import type { OsFamily } from '../../catalogue/windows-families.js';
import type { OfficeEvidence } from '../evidence/office-evidence.js';
import type { OfficeFacts, OfficeProductFact } from '../readiness-input.js';

/** Product names, the same in every language. */
export const OFFICE_NAME: Record<OfficeProduct | 'unknown', string> = {
  'microsoft-365-apps': 'Microsoft 365 Apps',
  'office-ltsc-2024': 'Office LTSC 2024',
  'office-2021': 'Office 2021 / LTSC 2021',
  'office-2019': 'Office 2019',
  'office-2016': 'Office 2016',
  'office-2013': 'Office 2013',
  'office-2010-or-older': 'Office 2010 (or older)',
  unknown: 'Office (product not recognised)',
};

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

function productFact(
  install: OfficeEvidence['installs'][number],
  family: OsFamily | null,
  now: Date,
): OfficeProductFact {
  const where = install.where.join('; ');
  const base = { product: OFFICE_NAME[install.product], version: install.version, where };
  // A product the tool does not recognise, or one without a support row: cannot tell.
  const row = install.product === 'unknown' ? undefined : supportOf(install.product);
  if (!row) {
    return {
      ...base,
      connection: 'unknown',
      supportEnds: null,
      needsModernAuthValues: false,
      source: 'CONN',
    };
  }
  const frozen = M365_APPS_FROZEN.find((f) => f.family === family);
  const ends =
    install.product === 'microsoft-365-apps' && frozen ? frozen.securityUpdatesEnded : row.supportEnds;
  const ended = ends !== null && ends <= isoDay(now);
  const connection =
    row.connection === 'cannot-connect'
      ? 'cannot-connect'
      : row.connection === 'unsupported-may-connect' || ended
        ? 'out-of-support'
        : 'supported';
  return {
    ...base,
    connection,
    supportEnds: ends,
    needsModernAuthValues: row.needsModernAuthValues,
    source: row.source,
  };
}

export function officeFacts(e: OfficeEvidence, family: OsFamily | null, now: Date): OfficeFacts {
  const installs = e.installs.map((i) => productFact(i, family, now));
  const ma = e.modernAuth;
  return {
    installs,
    modernAuth:
      ma === null
        ? null
        : {
            users: ma.users.map((u) => ({
              sid: u.sid,
              name: u.name,
              missing: u.values
                .filter((v) => v.found !== 1)
                .map((v) => ({
                  where: `${v.where}\\${v.name}`,
                  found: v.found === null ? 'absent' : String(v.found),
                })),
            })),
            noInteractiveUser: ma.noInteractiveUser,
            unreadable: ma.unreadable.map((u) => u.sid),
          },
  };
}
