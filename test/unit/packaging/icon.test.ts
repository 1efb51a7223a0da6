/** The Windows icon: electron-builder's own lookup and check, and the window icon in app.asar. */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { Data } from 'resedit';
import { describe, expect, it } from 'vitest';
import { windowIconPath } from '../../../src-main/main/window-options.js';
import { BUILDS, CURRENT, ROOT, config, useLoadedConfigs } from './config-support.js';
import { appFileFilter } from './file-matcher-support.js';
import { iconOfBuild } from './icon-support.js';
import { scratchDir, useScratchDir } from './scratch-support.js';

useLoadedConfigs();
useScratchDir();

describe('packaging configuration: the icon', () => {
  it.each(BUILDS)(
    '%s: electron-builder finds assets/icon.ico and accepts it (ICO, 256 px)',
    async (build) => {
      const c = config(build);
      expect(c.win?.icon).toBe('assets/icon.ico');
      expect(await iconOfBuild(c)).toBe(path.join(ROOT, 'assets', 'icon.ico'));
    },
  );

  it("without an icon, electron-builder would use Electron's default one (the check can fail)", async () => {
    const c = config(CURRENT);
    const { icon: _icon, ...winWithoutIcon } = c.win ?? {};
    expect(await iconOfBuild(c, winWithoutIcon)).toBe('ELECTRON-DEFAULT-ICON');
  });

  it('an icon without a 256 px image is refused by electron-builder', async () => {
    const full = Data.IconFile.from(readFileSync(path.join(ROOT, 'assets', 'icon.ico')));
    const small = new Data.IconFile();
    small.icons = full.icons.filter((i) => (i.width ?? 0) !== 0 && (i.width ?? 0) <= 128);
    const file = path.join(scratchDir(), 'small.ico');
    writeFileSync(file, Buffer.from(small.generate()));
    const c = config(CURRENT);
    await expect(iconOfBuild(c, { ...c.win, icon: file })).rejects.toThrow(/at least 256x256/);
  });

  it.each(BUILDS)('%s: the window icon that main.ts loads is packaged at that place in app.asar', (build) => {
    // out/main.cjs runs from <resources>/app.asar/out; the icon is <resources>/app.asar/assets/icon.ico.
    const icon = path
      .relative(ROOT, windowIconPath(path.join(ROOT, 'out')))
      .split(path.sep)
      .join('/');
    expect(icon).toBe('assets/icon.ico');
    expect(appFileFilter(config(build), 'x64')(icon)).toBe(true);
  });
});
