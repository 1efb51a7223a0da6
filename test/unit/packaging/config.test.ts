/** electron-builder loads and validates both configurations; their security-relevant settings;
 *  how the CURRENT and LEGACY builds differ. (Approach: see config-support.ts.) */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Configuration } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';
import {
  BUILDS,
  CURRENT,
  LEGACY,
  ROOT,
  archsOf,
  config,
  fusesOf,
  loadValidated,
  readYaml,
  requireFromRoot,
  useLoadedConfigs,
  validate,
  winTargets,
} from './config-support.js';
import { scratchDir, useScratchDir } from './scratch-support.js';

useLoadedConfigs();
useScratchDir();

describe('packaging configuration: electron-builder loads and validates it', () => {
  it.each(BUILDS)('%s passes electron-builder 26 schema validation', async (file) => {
    await expect(loadValidated(file)).resolves.toBeTypeOf('object');
  });

  it.each(BUILDS)('%s is plain YAML that electron-builder reads unchanged', (file) => {
    const raw = readYaml(file);
    const loaded = config(file);
    for (const key of [
      'electronVersion',
      'electronFuses',
      'win',
      'portable',
      'asarUnpack',
      'publish',
    ] as const) {
      expect(loaded[key], key).toEqual(raw[key]);
    }
  });

  it.each([
    [
      'an invalid requestedExecutionLevel',
      (c: Configuration) => ({ ...c, win: { ...c.win, requestedExecutionLevel: 'sometimes' } }),
      /requestedExecutionLevel/,
    ],
    [
      'an invalid portable requestExecutionLevel',
      (c: Configuration) => ({ ...c, portable: { ...c.portable, requestExecutionLevel: 'root' } }),
      /requestExecutionLevel/,
    ],
    [
      'an unknown top-level key',
      (c: Configuration) => ({ ...c, electronFuse: { runAsNode: false } }),
      /unknown property 'electronFuse'/,
    ],
    [
      'an unknown fuse',
      (c: Configuration) => ({ ...c, electronFuses: { ...c.electronFuses, runAsNodes: false } }),
      /electronFuses/,
    ],
    ['an unknown compression', (c: Configuration) => ({ ...c, compression: 'ultra' }), /compression/],
  ])('rejects %s', async (_name, mutate, message) => {
    for (const build of BUILDS) {
      const bad = mutate(config(build)) as unknown as Configuration;
      await expect(validate(bad)).rejects.toThrow(message);
    }
  });

  it('rejects an invalid file that extends the real configuration (loader + extends + schema)', async () => {
    const file = path.join(scratchDir(), 'bad-extends.yml');
    writeFileSync(file, `extends: ${path.join(ROOT, CURRENT)}\nwin:\n  requestedExecutionLevel: sometimes\n`);
    const merged = await getConfig(ROOT, file, null);
    expect(merged.electronVersion).toBe(config(CURRENT).electronVersion); // the parent was merged in
    await expect(validateConfiguration(merged, new DebugLogger(false))).rejects.toThrow(
      /requestedExecutionLevel/,
    );
  });

  it('the legacy file is a copy, not an `extends`, for reasons electron-builder 26 still has', async () => {
    // What a legacy file extending the current one would have to say:
    const file = path.join(scratchDir(), 'legacy-extends.yml');
    writeFileSync(
      file,
      [
        `extends: ${path.join(ROOT, CURRENT)}`,
        'win:',
        '  target:',
        '    - target: portable',
        '      arch: [ia32, x64]',
        'electronFuses:',
        '  grantFileProtocolExtraPrivileges: null',
      ].join('\n'),
    );
    const merged = await getConfig(ROOT, file, null);
    // 1. Arrays are merged, not replaced: the arm64 target of the parent survives.
    expect(archsOf(merged)).toContain('arm64');
    // 2. A key cannot be removed: null is coerced to false by the schema check, and a false
    //    grantFileProtocolExtraPrivileges breaks an Electron 22 build (see the fuse tests).
    await validateConfiguration(merged, new DebugLogger(false));
    expect(merged.electronFuses?.grantFileProtocolExtraPrivileges).toBe(false);
    // If either expectation ever fails, `extends` has become usable for the legacy file.
  });
});

describe('packaging configuration: security-relevant settings', () => {
  it.each(BUILDS)('%s: elevated, portable, unsigned by default, no update channel', (build) => {
    const c = config(build);
    expect(c.win?.requestedExecutionLevel).toBe('requireAdministrator');
    // resedit writes requestedExecutionLevel into the manifest only if this stays on.
    expect(c.win?.signAndEditExecutable).not.toBe(false);
    expect(c.portable?.requestExecutionLevel).toBe('admin');
    expect(winTargets(c).map((t) => t.target)).toEqual(['portable', 'dir']);
    // The folder build (for deployment tools) has the same architectures as the portable one.
    expect(winTargets(c)[1]?.arch).toEqual(winTargets(c)[0]?.arch);
    expect(c.publish).toBeNull();
    expect(c.win?.publish ?? null).toBeNull();
    expect(c.portable?.publish ?? null).toBeNull();
  });

  it.each(BUILDS)('%s: app in an asar, native-reg prebuilds only, nothing compiled', (build) => {
    const c = config(build);
    expect(c.asar).toBe(true);
    expect(c.npmRebuild).toBe(false);
    expect(c.buildDependenciesFromSource).toBe(false);
    expect(c.nodeGypRebuild).not.toBe(true);
    expect(c.asarUnpack).toContain('node_modules/native-reg/prebuilds/**');
  });

  it.each(BUILDS)(
    '%s: fuses close ELECTRON_RUN_AS_NODE, NODE_OPTIONS, --inspect and loose app folders',
    (build) => {
      const fuses = fusesOf(config(build));
      expect(fuses.runAsNode).toBe(false);
      expect(fuses.enableNodeOptionsEnvironmentVariable).toBe(false);
      expect(fuses.enableNodeCliInspectArguments).toBe(false);
      expect(fuses.onlyLoadAppFromAsar).toBe(true);
      expect(fuses.enableEmbeddedAsarIntegrityValidation).toBe(true);
      expect(fuses.loadBrowserProcessSpecificV8Snapshot).toBeUndefined();
    },
  );

  it('current build: the installed Electron line, x64 (and arm64), file:// without extra privileges', () => {
    const c = config(CURRENT);
    const installed = (requireFromRoot('electron/package.json') as { version: string }).version;
    expect(c.electronVersion).toBe(installed);
    expect(archsOf(c)).toEqual(['x64', 'arm64']);
    expect(fusesOf(c).grantFileProtocolExtraPrivileges).toBe(false);
    expect(c.directories?.output).toBe('dist/current');
  });

  it('legacy build: Electron 22.3.27, ia32 and x64, no fuse that Electron 22 lacks', () => {
    const c = config(LEGACY);
    expect(c.electronVersion).toBe('22.3.27');
    expect(archsOf(c)).toEqual(['ia32', 'x64']);
    expect('grantFileProtocolExtraPrivileges' in fusesOf(c)).toBe(false);
    expect(c.directories?.output).toBe('dist/legacy');
    expect(c.portable?.artifactName).toMatch(/legacy/);
    expect(config(CURRENT).portable?.artifactName).not.toMatch(/legacy/);
  });

  it.each(BUILDS)('%s: one portable .exe per architecture, named with version and arch', (build) => {
    const c = config(build);
    expect(c.portable?.buildUniversalInstaller).toBe(false);
    expect(c.portable?.artifactName).toContain('${version}');
    expect(c.portable?.artifactName).toContain('${arch}');
    expect(c.portable?.artifactName).toMatch(/\.\$\{ext\}$/);
  });
});

describe('packaging configuration: the two builds differ only where they must', () => {
  it('everything else is identical', () => {
    const strip = (c: Configuration): unknown => {
      const {
        electronVersion: _version,
        extraMetadata: _metadata,
        directories,
        portable,
        win,
        electronFuses,
        ...rest
      } = c;
      const { output: _output, ...otherDirectories } = directories ?? {};
      const { artifactName: _artifactName, ...otherPortable } = portable ?? {};
      const { target: _target, ...otherWin } = win ?? {};
      const { grantFileProtocolExtraPrivileges: _grant, ...otherFuses } = electronFuses ?? {};
      return {
        ...rest,
        directories: otherDirectories,
        portable: otherPortable,
        win: otherWin,
        electronFuses: otherFuses,
      };
    };
    expect(strip(config(LEGACY))).toEqual(strip(config(CURRENT)));
    // extraMetadata: the legacy build's own file description, and nothing else.
    expect(config(CURRENT).extraMetadata).toBeUndefined();
    expect(Object.keys(config(LEGACY).extraMetadata ?? {})).toEqual(['description']);
  });

  it('they write to different folders and different file names', () => {
    expect(config(LEGACY).directories?.output).not.toBe(config(CURRENT).directories?.output);
    expect(config(LEGACY).portable?.artifactName).not.toBe(config(CURRENT).portable?.artifactName);
  });
});
