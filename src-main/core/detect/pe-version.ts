/**
 * Reads the file version from a PE file's version resource: the VS_FIXEDFILEINFO that follows
 * the UTF-16 key "VS_VERSION_INFO" (its signature 0xFEEF04BD, then dwStrucVersion, then
 * dwFileVersionMS / dwFileVersionLS).
 */
const KEY = Buffer.from('VS_VERSION_INFO\0', 'utf16le');
const SIGNATURE = 0xfeef04bd;

export function readPeFileVersion(file: Buffer): string | null {
  if (file.length < 64 || file.readUInt16LE(0) !== 0x5a4d /* MZ */) return null;
  let at = file.indexOf(KEY);
  while (at >= 0) {
    // The fixed info starts at the next 32-bit boundary after the key.
    const fixed = (at + KEY.length + 3) & ~3;
    if (fixed + 16 <= file.length && file.readUInt32LE(fixed) === SIGNATURE) {
      const ms = file.readUInt32LE(fixed + 8);
      const ls = file.readUInt32LE(fixed + 12);
      return `${ms >>> 16}.${ms & 0xffff}.${ls >>> 16}.${ls & 0xffff}`;
    }
    at = file.indexOf(KEY, at + 2);
  }
  return null;
}

/** Compares dotted versions numerically: -1, 0 or 1. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? 0;
    const y = pb[i] ?? 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
