/**
 * Who besides administrators and SYSTEM can change a folder, from its security descriptor in SDDL
 * (what Windows' ConvertSecurityDescriptorToStringSecurityDescriptor writes, the same in every
 * language, unlike icacls' account names): the owner (who can always rewrite the DACL) and every
 * allow ACE with a right that creates, writes, deletes or re-permissions something in it.
 */

/** Administrators and SYSTEM, as SDDL writes them or as SID strings. */
const TRUSTED = new Set(['BA', 'SY', 'S-1-5-32-544', 'S-1-5-18']);
/** CREATOR OWNER: only meaningful as an inherit-only ACE (the creator of a child, already trusted). */
const CREATOR_OWNER = new Set(['CO', 'S-1-3-0']);

const NAMES: Record<string, string> = {
  WD: 'Everyone',
  'S-1-1-0': 'Everyone',
  AU: 'Authenticated Users',
  'S-1-5-11': 'Authenticated Users',
  BU: 'Users',
  'S-1-5-32-545': 'Users',
  IU: 'Interactive',
  BG: 'Guests',
  AN: 'Anonymous',
  DU: 'Domain Users',
  PU: 'Power Users',
  CO: 'CREATOR OWNER',
};

/** Rights in an ACE that let an account put or change something in the folder. */
const WRITE_BITS =
  0x2 | // FILE_ADD_FILE / WRITE_DATA
  0x4 | // FILE_ADD_SUBDIRECTORY / APPEND_DATA
  0x10 | // WRITE_EA
  0x40 | // FILE_DELETE_CHILD
  0x100 | // WRITE_ATTRIBUTES
  0x10000 | // DELETE
  0x40000 | // WRITE_DAC
  0x80000 | // WRITE_OWNER
  0x2000000 | // MAXIMUM_ALLOWED
  0x10000000 | // GENERIC_ALL
  0x40000000; // GENERIC_WRITE

/** SDDL's two-letter rights (the directory-service letters name the same bits for files). */
const RIGHTS: Record<string, number> = {
  GA: 0x10000000,
  GR: 0x80000000,
  GW: 0x40000000,
  GX: 0x20000000,
  RC: 0x20000,
  SD: 0x10000,
  WD: 0x40000,
  WO: 0x80000,
  RP: 0x10,
  WP: 0x20,
  CC: 0x1,
  DC: 0x2,
  LC: 0x4,
  SW: 0x8,
  LO: 0x80,
  DT: 0x40,
  CR: 0x100,
  FA: 0x1f01ff,
  FR: 0x120089,
  FW: 0x120116,
  FX: 0x1200a0,
};

/** The access mask of an ACE's rights field; unknown letters count as every right (fail closed). */
export function rightsMask(rights: string): number {
  if (/^0x[0-9a-f]+$/i.test(rights)) return Number.parseInt(rights, 16);
  if (rights.length % 2 !== 0) return 0xffffffff;
  let mask = 0;
  for (let i = 0; i < rights.length; i += 2) mask |= RIGHTS[rights.slice(i, i + 2)] ?? 0xffffffff;
  return mask;
}

const nameOf = (sid: string): string => NAMES[sid] ?? sid;

/**
 * The accounts other than administrators and SYSTEM that can change the folder described by
 * `sddl`, each once, for a person ("owner: S-1-5-21-...-1001", "Users"); [] when there are none.
 * A descriptor without an owner or a DACL, or with a NULL DACL, counts as "Everyone".
 */
export function otherWritersIn(sddl: string): string[] {
  const found = new Set<string>();
  const owner = /^O:([A-Z]{2}|S-1-[0-9-]+)/.exec(sddl.trim())?.[1];
  if (owner === undefined) found.add('owner: unknown');
  else if (!TRUSTED.has(owner)) found.add(`owner: ${nameOf(owner)}`);
  const dacl = /D:([A-Z_]*)((?:\([^)]*\))*)/.exec(sddl);
  if (dacl === null || dacl[1]?.includes('NO_ACCESS_CONTROL')) return [...found, 'Everyone'];
  for (const ace of (dacl[2] ?? '').match(/\(([^)]*)\)/g) ?? []) {
    const [type = '', flags = '', rights = '', , , sid = ''] = ace.slice(1, -1).split(';');
    if (type !== 'A' && type !== 'OA') continue; // deny and audit entries only take rights away
    if (TRUSTED.has(sid)) continue;
    if (CREATOR_OWNER.has(sid) && flags.includes('IO')) continue;
    if ((rightsMask(rights) & WRITE_BITS) !== 0) found.add(nameOf(sid));
  }
  return [...found];
}
