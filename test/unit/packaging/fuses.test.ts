/** The Electron fuses of both builds, flipped by electron-builder + @electron/fuses on a fake wire. */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { FuseV1Options, FuseVersion, flipFuses, getCurrentFuseWire } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { BUILDS, LEGACY, config, fusesOf, requireFromRoot, useLoadedConfigs } from './config-support.js';
import {
  DEFAULT_FUSE_WIRE,
  NOT_FUSES,
  OFF,
  ON,
  configuredFuses,
  fakeElectronExe,
  fuseIndex,
  fuseWireLength,
  generateFuseConfig,
} from './fuse-support.js';
import { useScratchDir } from './scratch-support.js';

useLoadedConfigs();
useScratchDir();

describe('packaging configuration: fuses', () => {
  it("every electronFuses option of electron-builder's schema is a known @electron/fuses fuse", () => {
    const scheme = JSON.parse(
      readFileSync(requireFromRoot.resolve('app-builder-lib/scheme.json'), 'utf8'),
    ) as {
      definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
    };
    const schemaFuses = Object.keys(scheme.definitions.FuseOptionsV1.properties).filter(
      (k) => !NOT_FUSES.has(k),
    );
    const indices = schemaFuses.map(fuseIndex).sort((a, b) => a - b);
    const known = Object.values(FuseV1Options).filter((v): v is number => typeof v === 'number');
    expect(indices).toEqual(known.sort((a, b) => a - b));
  });

  it.each(BUILDS)('%s: every configured fuse exists in its Electron line', (build) => {
    const c = config(build);
    const length = fuseWireLength(c.electronVersion ?? '');
    for (const [key] of configuredFuses(c)) {
      expect(fuseIndex(key), `electronFuses.${key} on Electron ${c.electronVersion}`).toBeLessThan(length);
    }
  });

  it.each(BUILDS)(
    '%s: electron-builder + @electron/fuses flip the fuse wire as configured',
    async (build) => {
      const c = config(build);
      const version = c.electronVersion ?? '';
      const exe = fakeElectronExe(path.basename(build, '.yml'), version);
      const fuseConfig = await generateFuseConfig(fusesOf(c));
      expect(fuseConfig.version).toBe(FuseVersion.V1);
      await flipFuses(exe, fuseConfig);

      const wire = (await getCurrentFuseWire(exe)) as unknown as Record<string, number>;
      const expected = new Map<number, number>();
      for (let i = 0; i < fuseWireLength(version); i++) expected.set(i, DEFAULT_FUSE_WIRE.charCodeAt(i));
      for (const [key, value] of configuredFuses(c)) expected.set(fuseIndex(key), value ? ON : OFF);
      for (const [index, state] of expected) expect(wire[String(index)], `fuse ${index}`).toBe(state);

      expect(wire[String(FuseV1Options.RunAsNode)]).toBe(OFF);
      expect(wire[String(FuseV1Options.EnableNodeOptionsEnvironmentVariable)]).toBe(OFF);
      expect(wire[String(FuseV1Options.EnableNodeCliInspectArguments)]).toBe(OFF);
      expect(wire[String(FuseV1Options.OnlyLoadAppFromAsar)]).toBe(ON);
    },
  );

  it('an Electron 22 build fails if grantFileProtocolExtraPrivileges is set (the fuse is newer)', async () => {
    const c = config(LEGACY);
    const exe = fakeElectronExe('legacy-with-grant', c.electronVersion ?? '');
    const fuseConfig = await generateFuseConfig({ ...fusesOf(c), grantFileProtocolExtraPrivileges: false });
    await expect(flipFuses(exe, fuseConfig)).rejects.toThrow(/not long enough/);
  });
});
