/**
 * Which Office versions can reach Microsoft 365: the support table, data only. The readiness
 * model turns it into verdicts; nothing here is a sentence for the user. How the registry names
 * each product: office-registry.ts.
 *
 * Sources (public; the short names used in this file):
 * - CONN: DeployOffice "Microsoft 365 services connectivity" and "Windows 7 / 8.1 support" pages.
 * - MA: Microsoft 365 docs "Enable modern authentication for Office 2013 on Windows devices".
 */

/** The rows of the support table (CONN). */
import type { OsFamily } from './windows-families.js';

export type OfficeProduct =
  | 'microsoft-365-apps'
  | 'office-ltsc-2024'
  | 'office-2021'
  | 'office-2019'
  | 'office-2016'
  | 'office-2013'
  | 'office-2010-or-older';

export type OfficeConnection = 'supported' | 'unsupported-may-connect' | 'cannot-connect';

export interface OfficeSupport {
  product: OfficeProduct;
  connection: OfficeConnection;
  /** ISO date the connection support ends or ended; null: none announced (or none ever). */
  supportEnds: string | null;
  /** Office 2013: connects with modern authentication only when MA's per-user values are set. */
  needsModernAuthValues: boolean;
  source: string;
  /** False where the row rests on an inference or on sources other than Microsoft's. */
  confirmed: boolean;
}

/** Where Microsoft 365 Apps stop updating on an older Windows (CONN). */
export interface FrozenVersion {
  family: OsFamily;
  /** The last Microsoft 365 Apps feature version there. */
  lastVersion: string;
  /** No security updates after this date. */
  securityUpdatesEnded: string;
}

export const M365_APPS_FROZEN: readonly FrozenVersion[] = [
  { family: 'win7', lastVersion: '2002', securityUpdatesEnded: '2023-01-10' },
  { family: 'win81', lastVersion: '2301', securityUpdatesEnded: '2023-01-10' },
];

export const OFFICE_SUPPORT: readonly OfficeSupport[] = [
  {
    product: 'microsoft-365-apps',
    connection: 'supported',
    supportEnds: null,
    needsModernAuthValues: false,
    source: 'CONN: supported on a supported version; frozen on Windows 7 / 8.1 (M365_APPS_FROZEN)',
    confirmed: true,
  },
  {
    product: 'office-ltsc-2024',
    connection: 'supported',
    supportEnds: '2029-10-13',
    needsModernAuthValues: false,
    source: 'CONN',
    confirmed: true,
  },
  {
    product: 'office-2021',
    connection: 'supported',
    supportEnds: '2026-10-13',
    needsModernAuthValues: false,
    source: 'CONN: Office LTSC 2021 and Office 2021',
    confirmed: true,
  },
  {
    product: 'office-2019',
    connection: 'unsupported-may-connect',
    supportEnds: '2023-10-10',
    needsModernAuthValues: false,
    // Not actively blocked per CONN; whether that still holds after October 2025: UNCONFIRMED.
    source: 'CONN: connection support ended, not actively blocked',
    confirmed: true,
  },
  {
    product: 'office-2016',
    connection: 'unsupported-may-connect',
    supportEnds: '2023-10-10',
    needsModernAuthValues: false,
    source: 'CONN: connection support ended, not actively blocked',
    confirmed: true,
  },
  {
    product: 'office-2013',
    connection: 'unsupported-may-connect',
    supportEnds: null,
    needsModernAuthValues: true,
    source: 'CONN ("might still connect, not supported"); MA',
    confirmed: true,
  },
  {
    product: 'office-2010-or-older',
    connection: 'cannot-connect',
    supportEnds: null,
    needsModernAuthValues: false,
    // No modern authentication, and Exchange Online turned Basic authentication off.
    source: 'inference from two sources: no modern authentication; Basic authentication off',
    confirmed: false,
  },
];

export function supportOf(product: OfficeProduct): OfficeSupport | undefined {
  return OFFICE_SUPPORT.find((row) => row.product === product);
}
