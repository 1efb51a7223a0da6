/** What electron-builder puts into app.asar (and app.asar.unpacked) for both builds. */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDS, CURRENT, ROOT, archsOf, config, useLoadedConfigs } from './config-support.js';
import {
  appFileFilter,
  listFiles,
  nodeModuleFilter,
  prebuildFor,
  unpackFilter,
} from './file-matcher-support.js';

useLoadedConfigs();

describe('packaging configuration: what goes into app.asar', () => {
  /** The run-time part of the build output: the Electron main process, its preload, the renderer. */
  const SHIPPED = /^out\/(main\.cjs|preload\.cjs|renderer\/.+)$/;
  /** Build output that must not be shipped (and why). A file in out/ that is in neither list
   *  fails the test below: decide whether the app needs it, then extend `files` or this list. */
  const NOT_SHIPPED: [RegExp, string][] = [
    [/\.map$/, 'source maps'],
    [/^out\/cli\.cjs$/, 'the plain-Node CLI: the packaged binary cannot run it (runAsNode fuse off)'],
    [/^out\/harness[^/]*$/, 'the browser test harness and its preload stand-in'],
    [/^out\/bench-/, 'benchmarks'],
    [
      /^out\/bundled-packages\.json$/,
      'build record of the npm packages in the bundles (for the SBOM and notices)',
    ],
  ];

  const APP_INCLUDED = [
    'package.json',
    'out/main.cjs',
    'out/preload.cjs',
    'out/renderer/index.html',
    'out/renderer/assets/index-4f2a9c1e.js',
    'out/renderer/assets/index-b81d0f3a.css',
    'assets/icon.ico',
  ];
  const APP_EXCLUDED = [
    'out/cli.cjs',
    'out/harness.cjs',
    'out/harness-bridge.js',
    'out/bench-runner.mjs',
    'out/bench-registry.cjs',
    'out/main.cjs.map',
    'out/renderer/assets/index-4f2a9c1e.js.map',
    'out/some-future-output.cjs',
    'src-main/main/main.ts',
    'src-main/core/detect/detect.ts',
    'src-renderer/App.svelte',
    'test/unit/packaging/asar-contents.test.ts',
    'test/wine/harness.ts',
    'scripts/build.mjs',
    'assets/icon.png',
    'assets/icon.svg',
    'assets/icon-small.svg',
    'assets/README.md',
    'electron-builder.yml',
    'electron-builder.legacy.yml',
    'tsconfig.json',
    'package-lock.json',
    'README.md',
    'dist/current/tls12-wizard-0.1.0-win10-11-x64-portable.exe',
    'node_modules/native-reg/lib/index.js', // copied by the dependency walker, not from here
  ];

  it.each(BUILDS)('%s: main, preload, renderer and package.json; no sources, tests or tools', (build) => {
    for (const arch of archsOf(config(build))) {
      const included = appFileFilter(config(build), arch);
      for (const file of APP_INCLUDED) expect(included(file), `${file} (${arch})`).toBe(true);
      for (const file of APP_EXCLUDED) expect(included(file), `${file} (${arch})`).toBe(false);
    }
  });

  it.each(BUILDS)(
    '%s: of the files in this checkout, only package.json, the window icon and run-time output are packaged',
    (build) => {
      const included = appFileFilter(config(build), 'x64');
      const skip = new Set(['node_modules', '.git', 'dist', '.cache', 'test-output']);
      const packaged = listFiles('', skip).filter(included);
      for (const file of packaged) {
        expect(
          file === 'package.json' ||
            file === 'assets/icon.ico' ||
            (SHIPPED.test(file) && !file.endsWith('.map')),
          file,
        ).toBe(true);
      }
      expect(packaged).toContain('package.json');
      expect(packaged).toContain('assets/icon.ico');
    },
  );

  it('every file in out/ (if built) is either shipped or known not to be needed', () => {
    const outFiles = existsSync(path.join(ROOT, 'out')) ? listFiles('out') : [];
    const included = appFileFilter(config(CURRENT), 'x64');
    for (const file of outFiles) {
      const reason = NOT_SHIPPED.find(([pattern]) => pattern.test(file))?.[1];
      if (reason === undefined) {
        expect(included(file), `${file}: new build output, neither shipped nor listed in NOT_SHIPPED`).toBe(
          true,
        );
      } else {
        expect(included(file), `${file} (${reason}) must not be shipped`).toBe(false);
      }
    }
  });

  it('package.json: main is packaged, native-reg is a runtime dependency, electron is not', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      main?: string;
      dependencies?: Record<string, string>;
    };
    expect(pkg.main).toBe('out/main.cjs');
    expect(appFileFilter(config(CURRENT), 'x64')(pkg.main ?? '')).toBe(true);
    expect(pkg.dependencies).toHaveProperty('native-reg');
    // electron-builder refuses to build with electron among the runtime dependencies.
    expect(pkg.dependencies ?? {}).not.toHaveProperty('electron');
  });

  it.each(BUILDS)('%s: native-reg keeps lib/ and prebuilds/ and loses its sources and tests', (build) => {
    const included = nodeModuleFilter(config(build), 'x64');
    const nativeReg = listFiles('node_modules/native-reg');
    const kept = nativeReg.filter(included);
    expect(kept).toContain('node_modules/native-reg/lib/index.js');
    expect(kept).toContain('node_modules/native-reg/package.json');
    for (const arch of ['ia32', 'x64', 'arm64']) {
      expect(kept).toContain(`node_modules/native-reg/prebuilds/win32-${arch}/node.napi.node`);
    }
    for (const file of kept) {
      expect(file, file).toMatch(/^node_modules\/native-reg\/(lib\/|prebuilds\/|package\.json$|LICENSE)/);
    }
    for (const file of [
      'node_modules/native-reg/src/index.ts',
      'node_modules/native-reg/test/test.js',
      'node_modules/native-reg/reg.cc',
      'node_modules/native-reg/binding.gyp',
      'node_modules/native-reg/build/Release/native_reg.node',
    ]) {
      expect(included(file), file).toBe(false);
    }
    const nodeGypBuild = listFiles('node_modules/node-gyp-build').filter(included);
    expect(nodeGypBuild).toEqual(
      expect.arrayContaining([
        'node_modules/node-gyp-build/index.js',
        'node_modules/node-gyp-build/node-gyp-build.js',
        'node_modules/node-gyp-build/package.json',
      ]),
    );
    expect(nodeGypBuild).not.toContain('node_modules/node-gyp-build/build-test.js');
  });

  it.each(BUILDS)(
    '%s: for each architecture, node-gyp-build picks a prebuild that is packaged and unpacked',
    (build) => {
      const c = config(build);
      for (const arch of archsOf(c)) {
        const prebuild = prebuildFor(arch);
        expect(prebuild).toBe(`node_modules/native-reg/prebuilds/win32-${arch}/node.napi.node`);
        expect(nodeModuleFilter(c, arch)(prebuild), `${prebuild} packaged`).toBe(true);
        expect(unpackFilter(c, arch)(prebuild), `${prebuild} unpacked`).toBe(true);
      }
      // Only the binaries need to be real files: JavaScript stays in the asar as far as asarUnpack goes.
      expect(unpackFilter(c, 'x64')('node_modules/native-reg/lib/index.js')).toBe(false);
      expect(unpackFilter(c, 'x64')('out/main.cjs')).toBe(false);
    },
  );
});
