/**
 * End of support per Windows family and where Microsoft 365 Apps stopped, as data: the readiness
 * model reads them against today's date, so one edit here updates every verdict.
 *
 * Sources (public):
 * - LIFE: Microsoft Lifecycle pages of each product (end of extended support). The dates are
 *   Microsoft's published ones; they were not re-read
 *   offline here, so `confirmed` is false: being wrong makes a PC "at risk", never "ready".
 * - CONN: DeployOffice "Windows 7 support" and "Windows 8.1 support": Microsoft 365 Apps frozen at
 *   Version 2002 on Windows 7 and at Version 2301 on Windows 8.1, no security updates there since
 *   January 2023.
 */
import { M365_APPS_FROZEN } from './office-support.js';
import type { OsFamily } from './windows-families.js';

export interface LifecycleFacts {
  /** The day Microsoft's (extended) support ended, ISO date. */
  supportEnded: string;
  /** The Microsoft 365 Apps version it is frozen at on this Windows, null where it is not frozen. */
  m365AppsFrozenAt: string | null;
  source: string;
  confirmed: boolean;
}

/** The Microsoft 365 Apps version frozen on a family (office-support.ts holds the fact). */
const frozenAt = (family: OsFamily) => M365_APPS_FROZEN.find((f) => f.family === family)?.lastVersion ?? null;

const LIFE = 'Microsoft Lifecycle (end of extended support)';
const CONN = 'DeployOffice "Windows 7 support" / "Windows 8.1 support" (Microsoft 365 Apps)';

/** Only the families whose support has ended or will end; the others are absent. */
export const WINDOWS_LIFECYCLE: Partial<Record<OsFamily, LifecycleFacts>> = {
  win7: {
    supportEnded: '2020-01-14',
    m365AppsFrozenAt: frozenAt('win7'),
    source: `${LIFE}; ${CONN}`,
    confirmed: false,
  },
  win8: { supportEnded: '2016-01-12', m365AppsFrozenAt: null, source: LIFE, confirmed: false },
  win81: {
    supportEnded: '2023-01-10',
    m365AppsFrozenAt: frozenAt('win81'),
    source: `${LIFE}; ${CONN}`,
    confirmed: false,
  },
  server2008r2: { supportEnded: '2020-01-14', m365AppsFrozenAt: null, source: LIFE, confirmed: false },
  server2012: { supportEnded: '2023-10-10', m365AppsFrozenAt: null, source: LIFE, confirmed: false },
  server2012r2: { supportEnded: '2023-10-10', m365AppsFrozenAt: null, source: LIFE, confirmed: false },
};

/** The Windows to move to, named in the next step of an ended Windows. */
export const UPGRADE_TARGET = { client: 'Windows 11', server: 'Windows Server 2022 or 2025' } as const;
