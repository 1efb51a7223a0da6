// Version resources of Windows files in a prefix (the KB 3140245 evidence).
import fs from 'node:fs';
import path from 'node:path';
import type { Prefix } from './wine-process.js';

const VS_FIXEDFILEINFO_SIGNATURE = 0xfeef04bd;

/** Offset of the VS_FIXEDFILEINFO structure in a PE file's bytes (throws unless exactly one). */
function findFixedFileInfo(bytes: Buffer, file: string): number {
  const offsets: number[] = [];
  for (let i = 0; i + 52 <= bytes.length; i += 1) {
    // The signature is followed by dwStrucVersion 0x00010000: rules out stray byte matches.
    if (bytes.readUInt32LE(i) === VS_FIXEDFILEINFO_SIGNATURE && bytes.readUInt32LE(i + 4) === 0x00010000) {
      offsets.push(i);
    }
  }
  if (offsets.length !== 1)
    throw new Error(`${file}: expected one VS_FIXEDFILEINFO, found ${offsets.length}`);
  return offsets[0] as number;
}

function parseVersion(version: string): [number, number, number, number] {
  const parts = version.split('.').map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 0xffff)) {
    throw new Error(`invalid file version ${JSON.stringify(version)} (expected a.b.c.d, each 0-65535)`);
  }
  return parts as [number, number, number, number];
}

/** File and product version from a PE file's VS_FIXEDFILEINFO, e.g. "6.1.7601.23375". */
export function readFileVersion(file: string): { fileVersion: string; productVersion: string } {
  const bytes = fs.readFileSync(file);
  const at = findFixedFileInfo(bytes, file);
  const format = (ms: number, ls: number): string =>
    [ms >>> 16, ms & 0xffff, ls >>> 16, ls & 0xffff].join('.');
  return {
    fileVersion: format(bytes.readUInt32LE(at + 8), bytes.readUInt32LE(at + 12)),
    productVersion: format(bytes.readUInt32LE(at + 16), bytes.readUInt32LE(at + 20)),
  };
}

/**
 * Makes the prefix look like a machine with KB 3140245: system32\winhttp.dll gets that file
 * version (Wine's says 5.1.2600.2180) and a webio.dll appears (Wine has none). Only the binary
 * VS_FIXEDFILEINFO is patched, not the FileVersion string in StringFileInfo. The files are
 * written anew (unlink, then write) because the clone's DLLs are hard links to the template's.
 */
export function markKb3140245Installed(prefix: Prefix, version = '6.1.7601.23375'): void {
  const [a, b, c, d] = parseVersion(version);
  const ms = ((a << 16) | b) >>> 0;
  const ls = ((c << 16) | d) >>> 0;
  const system32 = path.join(prefix.dir, 'drive_c', 'windows', 'system32');
  const source = path.join(system32, 'winhttp.dll');
  const bytes = Buffer.from(fs.readFileSync(source));
  const at = findFixedFileInfo(bytes, source);
  bytes.writeUInt32LE(ms, at + 8); // dwFileVersionMS
  bytes.writeUInt32LE(ls, at + 12); // dwFileVersionLS
  bytes.writeUInt32LE(ms, at + 16); // dwProductVersionMS
  bytes.writeUInt32LE(ls, at + 20); // dwProductVersionLS
  for (const name of ['winhttp.dll', 'webio.dll']) {
    const target = path.join(system32, name);
    fs.rmSync(target, { force: true });
    fs.writeFileSync(target, bytes);
  }
}
