// The real Electron app, driven by Playwright's _electron. The window options, the preload and the
// IPC are tested without the binary in `npm test`; this file needs one.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';

/** The binary the electron package would use, when it was downloaded (ELECTRON_OVERRIDE_DIST_PATH also counts). */
function electronBinary(): string | null {
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.resolve('node_modules/electron/dist');
  const candidates = ['electron', 'electron.exe'].map((name) => path.join(dist, name));
  return candidates.find((file) => fs.existsSync(file)) ?? null;
}

const binary = electronBinary();

// Not part of `npm test`: the Electron binary cannot be downloaded on the build machine, so this
// file runs only through vitest.electron.config.mts (`npm run test:electron`), on a machine that has
// one (the Windows workflow). Without a binary it fails, it is never skipped.
describe('the Electron app (Playwright _electron)', () => {
  it('has an Electron binary to launch', () => {
    expect(
      binary,
      'no Electron binary: run `npm ci` with network access, or set ELECTRON_OVERRIDE_DIST_PATH',
    ).not.toBeNull();
  });

  it('opens one hardened window on a simulated Windows 10 and reaches the review step', async () => {
    const app = await electron.launch({
      executablePath: binary as string,
      args: ['out/main.cjs', '--simulate=win10'],
    });
    try {
      const window = await app.firstWindow();
      await window.getByRole('heading', { name: 'This computer' }).waitFor();
      expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe(
        'undefined',
      );
      expect(
        await window.evaluate(() => Object.keys((window as unknown as { tls12: object }).tls12).length),
      ).toBe(15);
      expect(window.url()).toBe('app://tls12/index.html');
      // Windows 10 needs no update: that step folds, and two clicks reach the review.
      await window.getByRole('button', { name: /^Next/ }).click();
      await window.getByRole('button', { name: /^Next/ }).click();
      await window.getByRole('heading', { name: 'Review the changes' }).waitFor();
      expect(app.windows()).toHaveLength(1);
    } finally {
      await app.close();
    }
  });
});
