/** Windows version information of the portable launcher and the app's .exe, all from package.json. */
import { describe, expect, it } from 'vitest';
import { BUILDS, CURRENT, LEGACY, config, requireFromRoot, useLoadedConfigs } from './config-support.js';
import { useScratchDir } from './scratch-support.js';
import {
  LEGACY_DESCRIPTION_PREFIX,
  PACKAGE,
  appInfoOf,
  editedAppExe,
  launcherVersionStrings,
} from './version-info-support.js';

useLoadedConfigs();
useScratchDir();

describe('packaging configuration: Windows version information, all from package.json', () => {
  const smarten = (requireFromRoot('app-builder-lib/out/appInfo.js') as { smarten(s: string): string })
    .smarten;

  it('package.json names the product, version, description and company (author.name)', () => {
    expect(PACKAGE.productName).toBe('TLS 1.2 Wizard');
    expect(PACKAGE.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(PACKAGE.description.length).toBeGreaterThan(20);
    expect(PACKAGE.author?.name ?? '').not.toBe('');
    for (const build of BUILDS) expect(config(build).productName).toBe(PACKAGE.productName);
  });

  it.each(BUILDS)('%s: the portable launcher (what is on the stick) carries them', (build) => {
    const strings = launcherVersionStrings(config(build));
    const description =
      build === LEGACY ? `${LEGACY_DESCRIPTION_PREFIX}${PACKAGE.description}` : PACKAGE.description;
    expect(strings).toEqual({
      ProductName: PACKAGE.productName,
      ProductVersion: PACKAGE.version,
      FileVersion: PACKAGE.version,
      FileDescription: smarten(description),
      CompanyName: PACKAGE.author?.name,
      LegalCopyright: `Copyright © ${PACKAGE.author?.name ?? ''}`,
    });
  });

  it('only the legacy description mentions Windows 7 / 8.x', () => {
    expect(launcherVersionStrings(config(LEGACY)).FileDescription).toMatch(/^For Windows 7 \/ 8\.x/);
    expect(launcherVersionStrings(config(CURRENT)).FileDescription).not.toMatch(/Windows 7/);
  });

  it.each(BUILDS)(
    "%s: the app's .exe gets them, the icon and requireAdministrator from electron-builder's resource editor",
    async (build) => {
      const exe = await editedAppExe(build);
      expect(exe.strings).toMatchObject({
        ProductName: PACKAGE.productName,
        FileDescription: PACKAGE.productName,
        CompanyName: PACKAGE.author?.name,
        LegalCopyright: `Copyright © ${PACKAGE.author?.name ?? ''}`,
        FileVersion: PACKAGE.version,
        // executableName (electron-builder passes the .exe's base name as InternalName).
        InternalName: 'TLS12-Wizard',
      });
      expect(exe.fileVersion).toBe(`${PACKAGE.version}.0`);
      expect(exe.icons).toEqual([16, 24, 32, 48, 64, 128, 256]);
      expect(exe.manifest).toMatch(/<requestedExecutionLevel level="requireAdministrator"/);
      expect(exe.signed, 'signing is attempted once (and skipped without a certificate)').toBe(1);
    },
  );

  it('without an author in package.json the build stops instead of writing an empty company', () => {
    const { author: _author, ...withoutAuthor } = PACKAGE;
    expect(() => appInfoOf(config(CURRENT), withoutAuthor).copyright).toThrow(/author is not specified/);
  });
});
