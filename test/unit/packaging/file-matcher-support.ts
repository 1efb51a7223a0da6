/** electron-builder's file matchers (what goes into app.asar, what is unpacked) and
 *  node-gyp-build's prebuild lookup, on this checkout. */
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import type { Configuration } from 'app-builder-lib';
import { getFileMatchers } from 'app-builder-lib/out/fileMatcher.js';
import { DebugLogger } from 'builder-util';
import { expect } from 'vitest';
import { ROOT, requireFromRoot } from './config-support.js';

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

export const DESTINATION = path.join(ROOT, 'dist', 'win-unpacked', 'resources', 'app');
export const expandMacro = (arch: string) => (pattern: string) => pattern.replace(/\$\{arch\}/g, arch);
const fileStat: FilterStats = { isDirectory: () => false };
/** For files under node_modules electron-builder passes the path relative to the app. */
const moduleStat = (relative: string): FilterStats => ({
  isDirectory: () => false,
  moduleFullFilePath: relative,
});

export function outDirOf(config: Configuration): string {
  return path.join(ROOT, config.directories?.output ?? 'dist');
}

/** The filter electron-builder applies to the project's own files (not node_modules). */
export function appFileFilter(config: Configuration, arch: string): (relative: string) => boolean {
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
export function nodeModuleFilter(config: Configuration, arch: string): (relative: string) => boolean {
  const filter = internalFileMatcher
    .getNodeModuleFileMatcher(ROOT, DESTINATION, expandMacro(arch), config.win ?? {}, {
      config,
      debugLogger: new DebugLogger(false),
    })
    .createFilter();
  return (relative) => filter(path.join(ROOT, relative), moduleStat(relative));
}

/** The asarUnpack filter (files it matches go to app.asar.unpacked). */
export function unpackFilter(config: Configuration, arch: string): (relative: string) => boolean {
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

export function listFiles(dir: string, skip: ReadonlySet<string> = new Set()): string[] {
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
export function prebuildFor(arch: string): string {
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
