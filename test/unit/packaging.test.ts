/**
 * The packaging configuration: electron-builder.yml (CURRENT build) and electron-builder.legacy.yml
 * (LEGACY build, Electron 22). Neither Electron nor the Windows artifacts can be built here, so this
 * test runs electron-builder 26's own pieces on the configuration instead, offline and in memory:
 * its loader (YAML + `extends`), its schema check (ajv over app-builder-lib/scheme.json), its file
 * matchers (what goes into app.asar, what is unpacked), its fuse mapping (with @electron/fuses
 * flipping a fake fuse wire of the right length), plus node-gyp-build's prebuild lookup.
 *
 * Some of these are internal to app-builder-lib (no public types); they are pinned by the exact
 * electron-builder version in package.json. If an upgrade moves them, adapt the small typed
 * wrappers below.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FuseV1Options, FuseVersion, flipFuses, getCurrentFuseWire, type FuseConfig } from '@electron/fuses';
import { AppInfo, PlatformPackager, type Configuration, type FuseOptionsV1 } from 'app-builder-lib';
import { getFileMatchers } from 'app-builder-lib/out/fileMatcher.js';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { deepAssign } from 'builder-util-runtime';
import { load as parseYaml } from 'js-yaml';
import { Data, NtExecutable, NtExecutableResource, Resource } from 'resedit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTICES_FILE } from '../../scripts/release/notices.js';
import { windowIconPath } from '../../src-main/main/window-options.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CURRENT = 'electron-builder.yml';
const LEGACY = 'electron-builder.legacy.yml';
const BUILDS = [CURRENT, LEGACY] as const;
type Build = (typeof BUILDS)[number];

const requireFromRoot = createRequire(path.join(ROOT, 'package.json'));

// ---------------------------------------------------------------------------------------------
// electron-builder's loader and schema check

/** Loads a configuration exactly as `electron-builder --config <file>` does, then validates it
 *  (which, like in a real build, also applies ajv's type coercion to the object). */
async function loadValidated(file: string): Promise<Configuration> {
  const config = await getConfig(ROOT, file, null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

function validate(config: Configuration): Promise<void> {
  return validateConfiguration(structuredClone(config), new DebugLogger(false));
}

function readYaml(file: string): Record<string, unknown> {
  const value = parseYaml(readFileSync(path.join(ROOT, file), 'utf8'), { filename: file });
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`${file} is not a YAML mapping`);
  }
  return value as Record<string, unknown>;
}

/** Each configuration as loaded and validated once; an invalid one fails every test that uses it. */
const loaded = new Map<Build, Configuration | Error>();
beforeAll(async () => {
  for (const build of BUILDS) {
    loaded.set(
      build,
      await loadValidated(build).catch((error: unknown) =>
        error instanceof Error ? error : new Error(String(error)),
      ),
    );
  }
});

function config(build: Build): Configuration {
  const value = loaded.get(build);
  if (value === undefined) throw new Error(`${build} was not loaded`);
  if (value instanceof Error) throw value;
  return value;
}

// ---------------------------------------------------------------------------------------------
// Small views on the configuration

interface PortableTarget {
  target: string;
  arch: string[];
}

function winTargets(config: Configuration): PortableTarget[] {
  const raw = config.win?.target;
  const list = raw == null ? [] : Array.isArray(raw) ? raw : [raw];
  return list.map((item) =>
    typeof item === 'string'
      ? { target: item, arch: [] }
      : {
          target: item.target,
          arch: item.arch == null ? [] : Array.isArray(item.arch) ? [...item.arch] : [item.arch],
        },
  );
}

/** The architectures built (the portable and the folder target build the same ones). */
function archsOf(config: Configuration): string[] {
  return [...new Set(winTargets(config).flatMap((t) => t.arch))];
}

function fusesOf(config: Configuration): FuseOptionsV1 {
  const fuses = config.electronFuses;
  if (fuses == null) throw new Error('electronFuses is not set');
  return fuses;
}

// ---------------------------------------------------------------------------------------------
// electron-builder's file matchers (internal functions: typed here)

interface FilterStats {
  isDirectory(): boolean;
  moduleFullFilePath?: string;
}
type Filter = (file: string, stat: FilterStats) => boolean;
interface Matcher {
  createFilter(): Filter;
}
interface InternalFileMatcherApi {
  getMainFileMatchers(
    appDir: string,
    destination: string,
    macroExpander: (pattern: string) => string,
    platformSpecificBuildOptions: object,
    platformPackager: {
      info: {
        isPrepackedAppAsar: boolean;
        config: Configuration;
        projectDir: string;
        buildResourcesDir: string;
        debugLogger: DebugLogger;
      };
    },
    outDir: string,
    isElectronCompile: boolean,
  ): Matcher[];
  getNodeModuleFileMatcher(
    appDir: string,
    destination: string,
    macroExpander: (pattern: string) => string,
    platformSpecificBuildOptions: object,
    packager: { config: Configuration; debugLogger: DebugLogger },
  ): Matcher;
}
const internalFileMatcher = requireFromRoot('app-builder-lib/out/fileMatcher.js') as InternalFileMatcherApi;

const DESTINATION = path.join(ROOT, 'dist', 'win-unpacked', 'resources', 'app');
const expandMacro = (arch: string) => (pattern: string) => pattern.replace(/\$\{arch\}/g, arch);
const fileStat: FilterStats = { isDirectory: () => false };
/** For files under node_modules electron-builder passes the path relative to the app. */
const moduleStat = (relative: string): FilterStats => ({
  isDirectory: () => false,
  moduleFullFilePath: relative,
});

function outDirOf(config: Configuration): string {
  return path.join(ROOT, config.directories?.output ?? 'dist');
}

/** The filter electron-builder applies to the project's own files (not node_modules). */
function appFileFilter(config: Configuration, arch: string): (relative: string) => boolean {
  const matchers = internalFileMatcher.getMainFileMatchers(
    ROOT,
    DESTINATION,
    expandMacro(arch),
    config.win ?? {},
    {
      info: {
        isPrepackedAppAsar: false,
        config,
        projectDir: ROOT,
        buildResourcesDir: path.join(ROOT, config.directories?.buildResources ?? 'build'),
        debugLogger: new DebugLogger(false),
      },
    },
    outDirOf(config),
    false,
  );
  expect(matchers).toHaveLength(1);
  const [matcher] = matchers;
  if (matcher === undefined) throw new Error('no file matcher');
  const filter = matcher.createFilter();
  return (relative) => filter(path.join(ROOT, relative), fileStat);
}

/** The filter electron-builder applies inside each production dependency. */
function nodeModuleFilter(config: Configuration, arch: string): (relative: string) => boolean {
  const filter = internalFileMatcher
    .getNodeModuleFileMatcher(ROOT, DESTINATION, expandMacro(arch), config.win ?? {}, {
      config,
      debugLogger: new DebugLogger(false),
    })
    .createFilter();
  return (relative) => filter(path.join(ROOT, relative), moduleStat(relative));
}

/** The asarUnpack filter (files it matches go to app.asar.unpacked). */
function unpackFilter(config: Configuration, arch: string): (relative: string) => boolean {
  const matchers = getFileMatchers(config, 'asarUnpack', DESTINATION, {
    macroExpander: expandMacro(arch),
    customBuildOptions: config.win ?? {},
    globalOutDir: outDirOf(config),
    defaultSrc: ROOT,
  });
  if (matchers == null) return () => false;
  expect(matchers).toHaveLength(1);
  const [matcher] = matchers as unknown as Matcher[];
  if (matcher === undefined) throw new Error('no asarUnpack matcher');
  const filter = matcher.createFilter();
  return (relative) => filter(path.join(ROOT, relative), moduleStat(relative));
}

function listFiles(dir: string, skip: ReadonlySet<string> = new Set()): string[] {
  const result: string[] = [];
  const walk = (relative: string) => {
    for (const name of readdirSync(path.join(ROOT, relative))) {
      const child = relative === '' ? name : `${relative}/${name}`;
      if (skip.has(child)) continue;
      if (statSync(path.join(ROOT, child)).isDirectory()) walk(child);
      else result.push(child);
    }
  };
  walk(dir);
  return result;
}

/** node-gyp-build's choice of native-reg binary for a Windows architecture (path only, nothing
 *  is loaded). Inside the package it runs on <resources>/app.asar/node_modules/native-reg. */
function prebuildFor(arch: string): string {
  const saved = { platform: process.env.npm_config_platform, arch: process.env.npm_config_arch };
  const requireFromNativeReg = createRequire(path.join(ROOT, 'node_modules', 'native-reg', 'package.json'));
  const id = requireFromNativeReg.resolve('node-gyp-build/node-gyp-build.js');
  // node-gyp-build reads these when it is loaded: load a fresh copy for each architecture.
  process.env.npm_config_platform = 'win32';
  process.env.npm_config_arch = arch;
  Reflect.deleteProperty(requireFromNativeReg.cache, id);
  try {
    const nodeGypBuild = requireFromNativeReg(id) as { path(dir: string): string };
    return path
      .relative(ROOT, nodeGypBuild.path(path.join(ROOT, 'node_modules', 'native-reg')))
      .split(path.sep)
      .join('/');
  } finally {
    Reflect.deleteProperty(requireFromNativeReg.cache, id);
    for (const [key, value] of Object.entries({
      npm_config_platform: saved.platform,
      npm_config_arch: saved.arch,
    })) {
      if (value === undefined) Reflect.deleteProperty(process.env, key);
      else process.env[key] = value;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Fuses

/** electron-builder's electronFuses key -> @electron/fuses' option name (e.g. runAsNode -> RunAsNode). */
function fuseIndex(key: string): number {
  const name = key.charAt(0).toUpperCase() + key.slice(1);
  const index = (FuseV1Options as unknown as Record<string, unknown>)[name];
  if (typeof index !== 'number') throw new Error(`electronFuses.${key} has no @electron/fuses option`);
  return index;
}

const NOT_FUSES = new Set(['resetAdHocDarwinSignature']);

function configuredFuses(config: Configuration): [key: string, value: boolean][] {
  return Object.entries(fusesOf(config)).filter(
    (entry): entry is [string, boolean] => !NOT_FUSES.has(entry[0]) && typeof entry[1] === 'boolean',
  );
}

/**
 * Length of the fuse wire in the Electron lines packaged here (electron/electron
 * build/fuses/fuses.json5; a fuse is only ever appended):
 *   0 run_as_node (12), 1 cookie_encryption, 2 node_options, 3 node_cli_inspect (13),
 *   4 embedded_asar_integrity_validation, 5 only_load_app_from_asar (16),
 *   6 load_browser_process_specific_v8_snapshot (22.0.0, electron#35266),
 *   7 grant_file_protocol_extra_privileges (29.0.0, electron#40372, not backported),
 *   8 wasm_trap_handlers (electron#48983; present in 43+), unknown to @electron/fuses 1.8.
 */
function fuseWireLength(electronVersion: string): number {
  const major = Number(electronVersion.split('.')[0]);
  if (major >= 43) return 9;
  if (major >= 29) return 8;
  if (major >= 22) return 7;
  throw new Error(`no fuse wire recorded for Electron ${electronVersion}: check fuses.json5 of that line`);
}

/** Electron's default fuse states ('1' on, '0' off), index 0..8. */
const DEFAULT_FUSE_WIRE = '101100011';
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'; // @electron/fuses' marker before the wire
const ON = '1'.charCodeAt(0);
const OFF = '0'.charCodeAt(0);

let scratch = '';
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'tls12-packaging-'));
});
afterAll(() => {
  if (scratch !== '') rmSync(scratch, { recursive: true, force: true });
});

/** A stand-in for electron.exe: just the fuse wire (version 1) of the given Electron line. */
function fakeElectronExe(name: string, electronVersion: string): string {
  const length = fuseWireLength(electronVersion);
  const file = path.join(scratch, `${name}.exe`);
  writeFileSync(
    file,
    Buffer.concat([
      Buffer.from('MZ fake electron.exe '),
      Buffer.from(FUSE_SENTINEL),
      Buffer.from([1, length]),
      Buffer.from(DEFAULT_FUSE_WIRE.slice(0, length)),
      Buffer.from(' end'),
    ]),
  );
  return file;
}

/** electron-builder's own translation of `electronFuses` into an @electron/fuses config. */
function generateFuseConfig(fuses: FuseOptionsV1): Promise<FuseConfig> {
  const packager = PlatformPackager.prototype as unknown as {
    generateFuseConfig(fuses: FuseOptionsV1): Promise<FuseConfig>;
  };
  return packager.generateFuseConfig(fuses);
}

// =============================================================================================

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
    const file = path.join(scratch, 'bad-extends.yml');
    writeFileSync(file, `extends: ${path.join(ROOT, CURRENT)}\nwin:\n  requestedExecutionLevel: sometimes\n`);
    const merged = await getConfig(ROOT, file, null);
    expect(merged.electronVersion).toBe(config(CURRENT).electronVersion); // the parent was merged in
    await expect(validateConfiguration(merged, new DebugLogger(false))).rejects.toThrow(
      /requestedExecutionLevel/,
    );
  });

  it('the legacy file is a copy, not an `extends`, for reasons electron-builder 26 still has', async () => {
    // What a legacy file extending the current one would have to say:
    const file = path.join(scratch, 'legacy-extends.yml');
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
    'test/unit/packaging.test.ts',
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

// ---------------------------------------------------------------------------------------------
// The icon

/** electron-builder's own icon lookup for Windows (PlatformPackager.getOrConvertIcon('ico'), which
 *  WinPackager.getIconPath calls): finds the configured file, checks it is an ICO of at least
 *  256 px, and falls back to Electron's default icon when nothing is configured. */
async function iconOfBuild(c: Configuration, win: Configuration['win'] = c.win): Promise<string | null> {
  const methods = PlatformPackager.prototype as unknown as {
    getOrConvertIcon(this: unknown, format: 'ico'): Promise<string | null>;
    resolveIcon: unknown;
  };
  const fakePackager = {
    platformSpecificBuildOptions: win ?? {},
    config: { ...c, directories: { ...c.directories, output: path.relative(ROOT, scratch) } },
    projectDir: ROOT,
    buildResourcesDir: path.join(ROOT, c.directories?.buildResources ?? 'build'),
    info: { framework: { name: 'electron', getDefaultIcon: () => 'ELECTRON-DEFAULT-ICON' } },
    expandMacro: (pattern: string) => pattern,
    resolveIcon: methods.resolveIcon,
  };
  return methods.getOrConvertIcon.call(fakePackager, 'ico');
}

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
    const file = path.join(scratch, 'small.ico');
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

// ---------------------------------------------------------------------------------------------
// Windows version information

interface PackageJson {
  name: string;
  productName: string;
  version: string;
  description: string;
  author?: { name: string };
}
const PACKAGE = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as PackageJson;
const LEGACY_DESCRIPTION_PREFIX = 'For Windows 7 / 8.x (legacy build). ';

/** electron-builder's AppInfo for a build: package.json with the configuration's extraMetadata
 *  merged in (as Packager does), the source of every version string. */
function appInfoOf(c: Configuration, metadata: object = PACKAGE): AppInfo {
  const merged = deepAssign(structuredClone(metadata), c.extraMetadata ?? {});
  const info = { metadata: merged, config: c, devMetadata: null, framework: { name: 'electron' } };
  return new AppInfo(info as unknown as ConstructorParameters<typeof AppInfo>[0], null, c.win ?? null);
}

const BUILD_NUMBER_VARIABLES = [
  'BUILD_NUMBER',
  'TRAVIS_BUILD_NUMBER',
  'APPVEYOR_BUILD_NUMBER',
  'CIRCLE_BUILD_NUM',
  'BUILD_BUILDNUMBER',
  'CI_PIPELINE_IID',
  'ELECTRON_BUILDER_DISABLE_BUILD_CACHE',
];

/** Runs fn without CI build numbers (electron-builder appends them to FileVersion) and with the
 *  executable cache off (it would hash the signing configuration). */
async function withBuildEnvironment<T>(fn: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(BUILD_NUMBER_VARIABLES.map((k) => [k, process.env[k]]));
  for (const key of BUILD_NUMBER_VARIABLES) Reflect.deleteProperty(process.env, key);
  process.env.ELECTRON_BUILDER_DISABLE_BUILD_CACHE = 'true';
  try {
    return await fn();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) Reflect.deleteProperty(process.env, key);
      else process.env[key] = value;
    }
  }
}

/** The version strings NSIS writes into the portable launcher (VIAddVersionKey), by
 *  electron-builder's NsisTarget.computeVersionKey. */
function launcherVersionStrings(c: Configuration): Record<string, string> {
  const nsis = requireFromRoot('app-builder-lib/out/targets/nsis/NsisTarget.js') as {
    NsisTarget: { prototype: { computeVersionKey(this: unknown): string[] } };
  };
  const keys = nsis.NsisTarget.prototype.computeVersionKey.call({
    options: c.portable ?? {},
    packager: { appInfo: appInfoOf(c), platformSpecificBuildOptions: c.win ?? {} },
  });
  return Object.fromEntries(
    keys.map((key) => {
      const match = /^\/LANG=1033 (\w+) "(.*)"$/.exec(key);
      if (match === null) throw new Error(`unexpected NSIS version key ${key}`);
      return [match[1], match[2]];
    }),
  );
}

/** A minimal Windows executable with Electron's kind of manifest (asInvoker), standing in for
 *  electron.exe: resedit's pe-library makes an empty PE image. */
function fakeAppExe(name: string): string {
  const exe = NtExecutable.createEmpty(false, false);
  const res = NtExecutableResource.from(exe);
  const manifest = Buffer.from(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<assembly xmlns="urn:schemas-microsoft-com:asm.v1" manifestVersion="1.0">' +
      '<trustInfo xmlns="urn:schemas-microsoft-com:asm.v3"><security><requestedPrivileges>' +
      '<requestedExecutionLevel level="asInvoker" uiAccess="false"/>' +
      '</requestedPrivileges></security></trustInfo></assembly>',
  );
  res.entries.push({ type: 24, id: 1, lang: 1033, codepage: 0, bin: new Uint8Array(manifest).buffer });
  res.outputResource(exe);
  const file = path.join(scratch, `${name}.exe`);
  writeFileSync(file, Buffer.from(exe.generate()));
  return file;
}

/** What electron-builder's WinPackager.signAndEditResources writes into the app's .exe (version
 *  information, icon, manifest; signing is skipped here), read back with resedit. */
async function editedAppExe(build: Build) {
  const c = config(build);
  const winPackager = requireFromRoot('app-builder-lib/out/winPackager.js') as {
    WinPackager: {
      prototype: {
        signAndEditResources(
          this: unknown,
          file: string,
          arch: number,
          outDir: string,
          internalName: string,
          level: string | undefined,
        ): Promise<void>;
      };
    };
  };
  const file = fakeAppExe(`app-${path.basename(build, '.yml')}`);
  let signed = 0;
  const fakePackager = {
    appInfo: appInfoOf(c),
    config: c,
    platformSpecificBuildOptions: c.win ?? {},
    getIconPath: () => iconOfBuild(c),
    signIf: () => {
      signed += 1;
      return Promise.resolve(false);
    },
  };
  await withBuildEnvironment(() =>
    winPackager.WinPackager.prototype.signAndEditResources.call(
      fakePackager,
      file,
      1,
      scratch,
      fakePackager.appInfo.productFilename,
      c.win?.requestedExecutionLevel ?? undefined,
    ),
  );
  const res = NtExecutableResource.from(NtExecutable.from(readFileSync(file)));
  const [versionInfo] = Resource.VersionInfo.fromEntries(res.entries);
  if (versionInfo === undefined) throw new Error('no version information written');
  const manifest = res.entries.find((e) => e.type === 24 && e.id === 1);
  return {
    strings: versionInfo.getStringValues({ lang: 1033, codepage: 1200 }),
    fileVersion: [
      versionInfo.fixedInfo.fileVersionMS >>> 16,
      versionInfo.fixedInfo.fileVersionMS & 0xffff,
      versionInfo.fixedInfo.fileVersionLS >>> 16,
      versionInfo.fixedInfo.fileVersionLS & 0xffff,
    ].join('.'),
    icons: Resource.IconGroupEntry.fromEntries(res.entries).flatMap((g) =>
      g.icons.map((i) => i.width || 256),
    ),
    manifest: manifest === undefined ? '' : Buffer.from(manifest.bin).toString('utf8'),
    signed,
  };
}

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

// ---------------------------------------------------------------------------------------------
// Third-party notices

describe('packaging configuration: the third-party notices', () => {
  it.each(BUILDS)('%s: dist/THIRD-PARTY-NOTICES.txt goes to resources/ beside app.asar', (build) => {
    const c = config(build);
    const resources = path.join(ROOT, 'dist', 'win-unpacked', 'resources');
    const matchers = getFileMatchers(c, 'extraResources', resources, {
      macroExpander: expandMacro('x64'),
      customBuildOptions: c.win ?? {},
      globalOutDir: outDirOf(c),
      defaultSrc: ROOT,
    }) as unknown as { from: string; to: string }[] | null;
    expect(matchers?.map((m) => ({ from: m.from, to: m.to }))).toEqual([
      {
        from: path.join(ROOT, 'dist', 'THIRD-PARTY-NOTICES.txt'),
        to: path.join(resources, 'THIRD-PARTY-NOTICES.txt'),
      },
    ]);
    // scripts/release/dist.ts writes exactly this file before it runs electron-builder.
    expect(path.join(ROOT, NOTICES_FILE)).toBe(matchers?.[0]?.from);
  });
});
