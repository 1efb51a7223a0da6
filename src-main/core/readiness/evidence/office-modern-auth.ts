/**
 * Office 2013's per-user modern authentication values (MA), read from the hive of each user
 * signed in interactively (HKU\<SID>), never from HKCU: an elevated process started with another
 * account's credentials sees that account's HKCU, not the end user's (Win32 docs on HKEY_CURRENT_USER and elevation).
 */
import { OFFICE_2013_MODERN_AUTH } from '../../catalogue/office-registry.js';
import { softwareViews } from '../../plan/views.js';
import { dwordOf } from '../../registry/dword-of.js';
import { RegistryError } from '../../registry/registry-error.js';
import { describeKey, type KeyLocation, type RegistryPort } from '../../registry/registry-port.js';

export interface ModernAuthValueFound {
  name: string;
  /** The key, describeKey form (HKU\<SID>\...). */
  where: string;
  /** The DWORD read, or null when the value is missing or not a usable DWORD. */
  found: number | null;
}

export interface ModernAuthUser {
  sid: string;
  /** DOMAIN\user from Volatile Environment, else the profile folder's name; null if neither. */
  name: string | null;
  values: ModernAuthValueFound[];
  /** Every value is the DWORD MA asks for. */
  ok: boolean;
}

export interface ModernAuthEvidence {
  users: ModernAuthUser[];
  /** No hive of an interactive user was found, and none was unreadable. */
  noInteractiveUser: boolean;
  /** Hives that threw on reading (e.g. access denied): whose they are is unknown. */
  unreadable: { sid: string; where: string }[];
}

/**
 * Local and domain accounts (S-1-5-21-...). This excludes `<SID>_Classes`, `.DEFAULT` and the
 * service accounts S-1-5-18 / 19 / 20, whose hives are loaded on every PC.
 */
const USER_SID = /^S-1-5-21(-\d+)+$/i;
const VOLATILE = 'Volatile Environment';
const PROFILE_LIST = 'SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList';

const hku = (path: string): KeyLocation => ({ hive: 'HKU', view: 'shared', path });

/** A REG_SZ / REG_EXPAND_SZ value, trimmed; null when missing, empty or of another type. */
export function readText(reg: RegistryPort, key: KeyLocation, name: string): string | null {
  const value = reg.readValue(key, name);
  if (value?.type !== 'REG_SZ' && value?.type !== 'REG_EXPAND_SZ') return null;
  const trimmed = value.data.replace(/\0+$/, '').trim();
  return trimmed === '' ? null : trimmed;
}

function userName(reg: RegistryPort, sid: string, is64Bit: boolean): string | null {
  const volatile = hku(`${sid}\\${VOLATILE}`);
  const user = readText(reg, volatile, 'USERNAME');
  if (user !== null) {
    const domain = readText(reg, volatile, 'USERDOMAIN');
    return domain === null ? user : `${domain}\\${user}`;
  }
  for (const view of softwareViews(is64Bit)) {
    const profile = readText(
      reg,
      { hive: 'HKLM', view, path: `${PROFILE_LIST}\\${sid}` },
      'ProfileImagePath',
    );
    const folder = profile
      ?.split('\\')
      .filter((p) => p !== '')
      .pop();
    if (folder !== undefined) return folder;
  }
  return null;
}

/**
 * A hive is counted as an interactive user's when it has a `Volatile Environment` key. This is a
 * heuristic: Windows creates that key (USERNAME, USERDOMAIN, LOGONSERVER, ...) in the user's
 * hive at an interactive logon, while a hive loaded for a service or by another program lacks
 * it. Community scripts find logged-on users so (PowerShell Get-LoggedInUser functions filter
 * HKEY_USERS for `Volatile Environment`); no Microsoft page was found that documents the key's
 * lifetime: UNCONFIRMED.
 */
export function readModernAuth(reg: RegistryPort, is64Bit: boolean): ModernAuthEvidence {
  const users: ModernAuthUser[] = [];
  const unreadable: { sid: string; where: string }[] = [];
  for (const sid of reg.listSubkeys(hku('')).filter((s) => USER_SID.test(s))) {
    try {
      if (!reg.keyExists(hku(`${sid}\\${VOLATILE}`))) continue;
      const values = OFFICE_2013_MODERN_AUTH.map((v) => {
        const key = hku(`${sid}\\${v.key}`);
        return { name: v.name, where: describeKey(key), found: dwordOf(reg.readValue(key, v.name)) };
      });
      const ok = OFFICE_2013_MODERN_AUTH.every((v, i) => values[i]?.found === v.want);
      users.push({ sid, name: userName(reg, sid, is64Bit), values, ok });
    } catch (error) {
      if (!(error instanceof RegistryError)) throw error;
      unreadable.push({ sid, where: describeKey(hku(sid)) });
    }
  }
  return { users, noInteractiveUser: users.length === 0 && unreadable.length === 0, unreadable };
}
