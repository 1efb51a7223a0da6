/**
 * The CycloneDX SBOM of what ships in each build (`npm run sbom`).
 *
 * npm's own generator (`npm sbom --sbom-format cyclonedx`, built into npm 10+, offline: it reads
 * node_modules and package-lock.json) describes the whole dependency tree; this module keeps what
 * ends up in the executables:
 * - the production dependencies (native-reg, node-gyp-build), copied into app.asar;
 * - the npm packages bundled into out/main.cjs, out/preload.cjs and out/renderer, as recorded by
 *   scripts/build.mjs in out/bundled-packages.json (Svelte's runtime, clsx);
 * - the Electron runtime of that build (45.x current, 22.3.27 legacy), named as the npm package
 *   `electron` so that vulnerability databases (which list Electron's advisories under npm) match.
 * Dependency edges are kept between these and the app only.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { BUILDS, type BuildName } from './builds.js';

export interface Property {
  name: string;
  value: string;
}
export interface LicenseChoice {
  license?: { id?: string; name?: string };
  expression?: string;
}
export interface Component {
  'bom-ref': string;
  type: string;
  name: string;
  version: string;
  scope?: string;
  author?: string;
  description?: string;
  purl?: string;
  properties?: Property[];
  externalReferences?: { type: string; url: string }[];
  hashes?: { alg: string; content: string }[];
  licenses?: LicenseChoice[];
}
export interface Bom {
  $schema?: string;
  bomFormat: 'CycloneDX';
  specVersion: string;
  serialNumber?: string;
  version: number;
  metadata: {
    timestamp?: string;
    tools?: unknown;
    lifecycles?: unknown;
    component: Component;
    properties?: Property[];
  };
  components: Component[];
  dependencies: { ref: string; dependsOn?: string[] }[];
}

export interface BundledPackage {
  name: string;
  version: string;
  into: string[];
}

export const BUNDLED_MANIFEST = 'out/bundled-packages.json';
export const SHIPPED_AS = 'tls12-wizard:shipped-as';
const DEVELOPMENT = 'cdx:npm:package:development';

/** npm's CycloneDX SBOM of the whole installed tree (dev dependencies marked as such). */
export function npmSbom(root: string): Bom {
  const result = spawnSync('npm', ['sbom', '--sbom-format', 'cyclonedx', '--sbom-type', 'application'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0)
    throw new Error(`npm sbom failed (exit ${String(result.status)}): ${result.stderr}`);
  return JSON.parse(result.stdout) as Bom;
}

/** What scripts/build.mjs recorded about the bundles. */
export function readBundledPackages(root: string): BundledPackage[] {
  const file = path.join(root, BUNDLED_MANIFEST);
  if (!fs.existsSync(file)) throw new Error(`${BUNDLED_MANIFEST} is missing: run npm run build first`);
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { packages: BundledPackage[] }).packages;
}

export interface BuildFacts {
  build: BuildName;
  electronVersion: string;
  /** The file description of the build (package.json's, or the legacy configuration's own). */
  description: string;
}

/** electronVersion and the description of a build, from its electron-builder configuration. */
export function buildFacts(root: string, build: BuildName, packageDescription: string): BuildFacts {
  const config = parseYaml(fs.readFileSync(path.join(root, BUILDS[build].config), 'utf8')) as {
    electronVersion?: string;
    extraMetadata?: { description?: string };
  };
  if (typeof config.electronVersion !== 'string')
    throw new Error(`${BUILDS[build].config}: no electronVersion`);
  return {
    build,
    electronVersion: config.electronVersion,
    description: config.extraMetadata?.description ?? packageDescription,
  };
}

const isDevelopment = (c: Component) =>
  (c.properties ?? []).some((p) => p.name === DEVELOPMENT && p.value === 'true');

function shipped(component: Component, shippedAs: string): Component {
  return {
    ...structuredClone(component),
    properties: [
      ...(component.properties ?? []).filter((p) => p.name !== DEVELOPMENT),
      { name: SHIPPED_AS, value: shippedAs },
    ],
  };
}

/** The Electron runtime of a build. Its npm package is only the downloader: the hashes npm
 *  records are of that, not of the binaries, so none are given. Electron is MIT-licensed. */
export function electronComponent(version: string): Component {
  return {
    'bom-ref': `electron@${version}`,
    type: 'framework',
    name: 'electron',
    version,
    scope: 'required',
    description:
      "The Electron runtime (Chromium, Node.js, V8): the app's .exe, its DLLs and resources. " +
      'Its own third-party licences ship beside it as LICENSES.chromium.html.',
    purl: `pkg:npm/electron@${version}`,
    licenses: [{ license: { id: 'MIT' } }],
    externalReferences: [
      { type: 'distribution', url: `https://github.com/electron/electron/releases/tag/v${version}` },
    ],
    properties: [{ name: SHIPPED_AS, value: 'Electron runtime' }],
  };
}

/** The SBOM of one build, from npm's SBOM of the tree. */
export function shippedBom(
  tree: Bom,
  bundled: BundledPackage[],
  facts: BuildFacts,
  app: { name: string; version: string },
): Bom {
  const byRef = new Map(tree.components.map((c) => [c['bom-ref'], c]));
  const components: Component[] = [];
  for (const c of tree.components) {
    if (!isDevelopment(c)) components.push(shipped(c, 'node_modules in app.asar'));
  }
  for (const p of bundled) {
    const ref = `${p.name}@${p.version}`;
    const c = byRef.get(ref);
    if (c === undefined) throw new Error(`${ref} is bundled (${BUNDLED_MANIFEST}) but not in npm's tree`);
    if (!components.some((k) => k['bom-ref'] === ref))
      components.push(shipped(c, `bundled into ${p.into.join(', ')}`));
  }
  components.push(electronComponent(facts.electronVersion));
  components.sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));

  const appRef = tree.metadata.component['bom-ref'];
  const kept = new Set([appRef, ...components.map((c) => c['bom-ref'])]);
  const edges = new Map(tree.dependencies.map((d) => [d.ref, d.dependsOn ?? []]));
  const dependencies = [appRef, ...components.map((c) => c['bom-ref'])].map((ref) => {
    const dependsOn = new Set((edges.get(ref) ?? []).filter((r) => kept.has(r)));
    if (ref === appRef) {
      for (const p of bundled) dependsOn.add(`${p.name}@${p.version}`);
      dependsOn.add(`electron@${facts.electronVersion}`);
    }
    return { ref, dependsOn: [...dependsOn].sort() };
  });

  return {
    ...tree,
    metadata: {
      ...tree.metadata,
      // npm names the root component after the folder it runs in; the package's name is meant.
      component: {
        ...tree.metadata.component,
        name: app.name,
        version: app.version,
        description: facts.description,
      },
      properties: [
        { name: 'tls12-wizard:build', value: `${facts.build}: ${BUILDS[facts.build].label}` },
        { name: 'tls12-wizard:electron', value: facts.electronVersion },
      ],
    },
    components,
    dependencies,
  };
}

export function sbomFileName(app: { name: string; version: string }, build: BuildName): string {
  return `${app.name}-${app.version}-${build}.cdx.json`;
}
