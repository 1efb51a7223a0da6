import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { AppInfo, type Configuration } from 'app-builder-lib';
import { deepAssign } from 'builder-util-runtime';
import { NtExecutable, NtExecutableResource, Resource } from 'resedit';
import { ROOT, config, requireFromRoot, type Build } from './config-support.js';
import { iconOfBuild } from './icon-support.js';
import { scratchDir } from './scratch-support.js';

// ---------------------------------------------------------------------------------------------
// Windows version information

interface PackageJson {
  name: string;
  productName: string;
  version: string;
  description: string;
  author?: { name: string };
}
export const PACKAGE = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as PackageJson;
export const LEGACY_DESCRIPTION_PREFIX = 'For Windows 7 / 8.x (legacy build). ';

/** electron-builder's AppInfo for a build: package.json with the configuration's extraMetadata
 *  merged in (as Packager does), the source of every version string. */
export function appInfoOf(c: Configuration, metadata: object = PACKAGE): AppInfo {
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
export function launcherVersionStrings(c: Configuration): Record<string, string> {
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
  const file = path.join(scratchDir(), `${name}.exe`);
  writeFileSync(file, Buffer.from(exe.generate()));
  return file;
}

/** What electron-builder's WinPackager.signAndEditResources writes into the app's .exe (version
 *  information, icon, manifest; signing is skipped here), read back with resedit. */
export async function editedAppExe(build: Build) {
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
      scratchDir(),
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
