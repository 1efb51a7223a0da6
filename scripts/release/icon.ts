/**
 * The application icon: assets/icon.ico made from the SVG artwork in assets/.
 *
 * Rasterised with @resvg/resvg-js (resvg, a Rust SVG renderer; its npm package carries prebuilt
 * binaries for each platform as optional npm packages, so nothing is downloaded or compiled at
 * install time). The ICO container is written with resedit, the library electron-builder 26 itself
 * uses to put this icon into the .exe, so the build reads exactly what was written here.
 *
 * Every size is stored as a PNG image: Windows Vista and later read PNG icon images at any size,
 * and Windows 7 is the oldest system the tool runs on.
 */
import { Resvg } from '@resvg/resvg-js';
import { Data } from 'resedit';

/** The sizes Windows asks for: small icons, title bar and taskbar at 100-200 %, Explorer views. */
export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;

/** Sizes up to this one are drawn from the small artwork, which is aligned to a 16-pixel grid. */
export const SMALL_ARTWORK_MAX_SIZE = 16;

export const ICON_FILES = {
  /** The artwork for 24 px and up (256-unit grid). */
  large: 'assets/icon.svg',
  /** The artwork for 16 px (16-unit grid, no check mark: it would blur at that size). */
  small: 'assets/icon-small.svg',
  ico: 'assets/icon.ico',
  /** The renderer's favicon: a copy of the small artwork (a browser tab shows it at 16 px). */
  favicon: 'src-renderer/public/favicon.svg',
} as const;

/** One square PNG of the artwork, `size` pixels wide. No fonts are loaded: the artwork has no text. */
export function renderPng(svg: string | Buffer, size: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: size },
    font: { loadSystemFonts: false },
  });
  const image = resvg.render();
  if (image.width !== size || image.height !== size) {
    throw new Error(`the artwork is not square: ${image.width}x${image.height} at width ${size}`);
  }
  return image.asPng();
}

/** The multi-size .ico, in ascending size order. */
export function makeIco(artwork: { large: string | Buffer; small: string | Buffer }): Buffer {
  const ico = new Data.IconFile();
  for (const size of ICON_SIZES) {
    const png = renderPng(size <= SMALL_ARTWORK_MAX_SIZE ? artwork.small : artwork.large, size);
    ico.icons.push({
      width: size,
      height: size,
      colors: 0,
      planes: 1,
      bitCount: 32,
      data: Data.RawIconItem.from(png, size, size, 32),
    });
  }
  return Buffer.from(ico.generate());
}
