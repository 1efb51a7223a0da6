/**
 * assets/icon.ico: the seven sizes, each a PNG of its size, made from the SVG artwork by
 * `npm run icon` (scripts/release/icon.ts), and the favicon made from the same artwork.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { Data } from 'resedit';
import { describe, expect, it } from 'vitest';
import { ICON_FILES, ICON_SIZES, makeIco, renderPng } from '../../scripts/release/icon.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const read = (file: string) => readFileSync(path.join(ROOT, file));

interface DirectoryEntry {
  width: number;
  height: number;
  bitCount: number;
  size: number;
  offset: number;
}

/** The ICO header and directory, read by hand (ICONDIR + ICONDIRENTRY, little-endian). */
function icoDirectory(ico: Buffer): { type: number; entries: DirectoryEntry[] } {
  expect(ico.readUInt16LE(0), 'reserved').toBe(0);
  const type = ico.readUInt16LE(2);
  const count = ico.readUInt16LE(4);
  const entries: DirectoryEntry[] = [];
  for (let i = 0; i < count; i++) {
    const at = 6 + 16 * i;
    entries.push({
      width: ico.readUInt8(at) || 256,
      height: ico.readUInt8(at + 1) || 256,
      bitCount: ico.readUInt16LE(at + 6),
      size: ico.readUInt32LE(at + 8),
      offset: ico.readUInt32LE(at + 12),
    });
  }
  return { type, entries };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width, height, bit depth and colour type from a PNG's IHDR chunk. */
function pngHeader(png: Buffer): { width: number; height: number; depth: number; colourType: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE), 'PNG signature').toBe(true);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return {
    width: png.readUInt32BE(16),
    height: png.readUInt32BE(20),
    depth: png.readUInt8(24),
    colourType: png.readUInt8(25),
  };
}

describe('assets/icon.ico', () => {
  const ico = read(ICON_FILES.ico);

  it('is an ICO file with the seven sizes 16, 24, 32, 48, 64, 128 and 256 px, in that order', () => {
    const { type, entries } = icoDirectory(ico);
    expect(type, 'type 1 = icon').toBe(1);
    expect(entries.map((e) => e.width)).toEqual([16, 24, 32, 48, 64, 128, 256]);
    expect(entries.map((e) => e.height)).toEqual([16, 24, 32, 48, 64, 128, 256]);
    expect(entries.every((e) => e.bitCount === 32)).toBe(true);
    expect([...ICON_SIZES]).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('each image is a 32-bit RGBA PNG of its own size, inside the file and not overlapping', () => {
    const { entries } = icoDirectory(ico);
    let end = 6 + 16 * entries.length;
    for (const entry of entries) {
      expect(entry.offset, `${entry.width}px offset`).toBeGreaterThanOrEqual(end);
      expect(entry.offset + entry.size).toBeLessThanOrEqual(ico.length);
      end = entry.offset + entry.size;
      const header = pngHeader(ico.subarray(entry.offset, entry.offset + entry.size));
      expect(header, `${entry.width}px`).toEqual({
        width: entry.width,
        height: entry.width,
        depth: 8,
        colourType: 6,
      });
    }
  });

  it("resedit (electron-builder's resource editor) reads the same seven images", () => {
    const parsed = Data.IconFile.from(ico);
    // In an ICO directory 0 stands for 256.
    const sizes = parsed.icons.map((i) => [i.width || 256, i.height || 256]);
    expect(sizes).toEqual(ICON_SIZES.map((s) => [s, s]));
    for (const icon of parsed.icons) expect(icon.data.isRaw(), `${icon.width}px is PNG`).toBe(true);
  });

  it('is exactly what `npm run icon` makes from assets/icon.svg and assets/icon-small.svg', () => {
    const made = makeIco({ large: read(ICON_FILES.large), small: read(ICON_FILES.small) });
    expect(made.equals(ico), 'assets/icon.ico is out of date: run npm run icon').toBe(true);
  });

  it('the header check fails on a file that is not an icon (the test can fail)', () => {
    const cursor = Buffer.from(ico);
    cursor.writeUInt16LE(2, 2); // type 2: a cursor
    expect(icoDirectory(cursor).type).not.toBe(1);
    expect(() => pngHeader(Buffer.from('GIF89a................'))).toThrow();
  });
});

describe('the artwork', () => {
  /** RGBA pixel at (x, y) of the artwork rendered at `size` px. */
  function pixels(file: string, size: number): (x: number, y: number) => number[] {
    const image = new Resvg(read(file), {
      fitTo: { mode: 'width', value: size },
      font: { loadSystemFonts: false },
    }).render();
    const data = image.pixels;
    return (x, y) => [...data.subarray((y * size + x) * 4, (y * size + x) * 4 + 4)];
  }

  it.each([
    [ICON_FILES.large, 256],
    [ICON_FILES.large, 32],
    [ICON_FILES.small, 16],
  ])('%s at %ipx: transparent rounded corners, a blue tile, a white padlock body', (file, size) => {
    const at = pixels(file, size);
    // (At 16 px the rounded corner's edge is anti-aliased into the corner pixel.)
    expect(at(0, 0)[3], 'top-left corner alpha').toBeLessThan(32);
    expect(at(size - 1, size - 1)[3], 'bottom-right corner alpha').toBeLessThan(32);
    const [r, g, b, a] = at(Math.round(size * 0.1), Math.round(size / 2));
    expect(a, 'tile is opaque').toBe(255);
    expect(b ?? 0, 'tile is blue').toBeGreaterThan((r ?? 0) + 80);
    expect(g ?? 0).toBeLessThan(b ?? 0);
    // The padlock's body, left of the check mark (large) or its centre (small): white.
    expect(at(Math.round(size * 0.3), Math.round(size * 0.75))).toEqual([255, 255, 255, 255]);
  });

  it('renders square at any size and refuses a non-square drawing', () => {
    expect(pngHeader(renderPng(read(ICON_FILES.large), 20))).toMatchObject({ width: 20, height: 20 });
    const wide =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 16"><rect width="32" height="16"/></svg>';
    expect(() => renderPng(wide, 32)).toThrow(/not square/);
  });
});

describe('the favicon', () => {
  it('is the small artwork, served from the renderer itself (no data: URL under the strict CSP)', () => {
    expect(read(ICON_FILES.favicon).equals(read(ICON_FILES.small)), 'run npm run icon').toBe(true);
    const html = read('src-renderer/index.html').toString('utf8');
    expect(html).toMatch(/<link rel="icon" href="\.\/favicon\.svg" type="image\/svg\+xml" \/>/);
    expect(html).toMatch(/img-src 'self'/);
    expect(html).not.toMatch(/data:/);
  });
});
