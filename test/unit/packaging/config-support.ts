/**
 * The packaging configuration: electron-builder.yml (CURRENT build) and electron-builder.legacy.yml
 * (LEGACY build, Electron 22). Neither Electron nor the Windows artifacts can be built here, so this
 * test runs electron-builder 26's own pieces on the configuration instead, offline and in memory:
 * its loader (YAML + `extends`), its schema check (ajv over app-builder-lib/scheme.json), its file
 * matchers (what goes into app.asar, what is unpacked), its fuse mapping (with @electron/fuses
 * flipping a fake fuse wire of the right length), plus node-gyp-build's prebuild lookup.
 * The tests are test/unit/packaging/*.test.ts; this file and the other *-support.ts files hold
 * what they share (this one: the configurations as electron-builder loads them).
 *
 * Some of these are internal to app-builder-lib (no public types); they are pinned by the exact
 * electron-builder version in package.json. If an upgrade moves them, adapt the small typed
 * wrappers in the *-support.ts files.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Configuration, FuseOptionsV1 } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { load as parseYaml } from 'js-yaml';
import { beforeAll } from 'vitest';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const CURRENT = 'electron-builder.yml';
export const LEGACY = 'electron-builder.legacy.yml';
export const BUILDS = [CURRENT, LEGACY] as const;
export type Build = (typeof BUILDS)[number];

export const requireFromRoot = createRequire(path.join(ROOT, 'package.json'));

// ---------------------------------------------------------------------------------------------
// electron-builder's loader and schema check

/** Loads a configuration exactly as `electron-builder --config <file>` does, then validates it
 *  (which, like in a real build, also applies ajv's type coercion to the object). */
export async function loadValidated(file: string): Promise<Configuration> {
  const config = await getConfig(ROOT, file, null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

export function validate(config: Configuration): Promise<void> {
  return validateConfiguration(structuredClone(config), new DebugLogger(false));
}

export function readYaml(file: string): Record<string, unknown> {
  const value = parseYaml(readFileSync(path.join(ROOT, file), 'utf8'), { filename: file });
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`${file} is not a YAML mapping`);
  }
  return value as Record<string, unknown>;
}

/** Each configuration as loaded and validated once; an invalid one fails every test that uses it.
 *  Call useLoadedConfigs() at the top of each test file that uses config(). */
const loaded = new Map<Build, Configuration | Error>();
export function useLoadedConfigs(): void {
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
}

export function config(build: Build): Configuration {
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

export function winTargets(config: Configuration): PortableTarget[] {
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
export function archsOf(config: Configuration): string[] {
  return [...new Set(winTargets(config).flatMap((t) => t.arch))];
}

export function fusesOf(config: Configuration): FuseOptionsV1 {
  const fuses = config.electronFuses;
  if (fuses == null) throw new Error('electronFuses is not set');
  return fuses;
}
