/**
 * `npm run sbom` and `npm run notices` on the real dependency tree, after the build (npm test
 * builds first): the release scripts run as they do for a release, offline (npm sbom reads
 * node_modules and package-lock.json), into a temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { load as parseYaml } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bom } from '../../scripts/release/sbom.js';

const ROOT = process.cwd();
let scratch = '';
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'tls12-release-'));
});
afterAll(() => {
  if (scratch !== '') rmSync(scratch, { recursive: true, force: true });
});

function runTool(script: string, output: string) {
  return spawnSync(process.execPath, ['scripts/run-ts.mjs', `scripts/release/${script}`, output], {
    cwd: ROOT,
    encoding: 'utf8',
    // No network is needed: a registry that cannot be reached must not matter.
    env: { ...process.env, npm_config_registry: 'http://127.0.0.1:9/', npm_config_offline: 'true' },
  });
}

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};
const electronVersionOf = (file: string) =>
  (parseYaml(readFileSync(path.join(ROOT, file), 'utf8')) as { electronVersion: string }).electronVersion;
const bundled = (
  JSON.parse(readFileSync(path.join(ROOT, 'out', 'bundled-packages.json'), 'utf8')) as {
    packages: { name: string; version: string; into: string[] }[];
  }
).packages;

describe('the build record of bundled packages', () => {
  it("names Svelte's runtime in the renderer, with the installed version", () => {
    const svelte = bundled.find((p) => p.name === 'svelte');
    const installed = (
      JSON.parse(readFileSync(path.join(ROOT, 'node_modules/svelte/package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
    expect(svelte).toEqual({ name: 'svelte', version: installed, into: ['out/renderer'] });
  });
});

describe('npm run sbom', () => {
  const builds = [
    ['current', 'electron-builder.yml'],
    ['legacy', 'electron-builder.legacy.yml'],
  ] as const;
  let boms: Record<string, { text: string; bom: Bom }> = {};

  beforeAll(() => {
    const dir = path.join(scratch, 'sbom');
    const run = runTool('write-sbom.ts', dir);
    expect(run.status, run.stderr).toBe(0);
    boms = Object.fromEntries(
      readdirSync(dir).map((file) => {
        const text = readFileSync(path.join(dir, file), 'utf8');
        return [file, { text, bom: JSON.parse(text) as Bom }];
      }),
    );
  }, 60_000);

  it('writes one SBOM per build', () => {
    expect(Object.keys(boms).sort()).toEqual(
      builds.map(([build]) => `${pkg.name}-${pkg.version}-${build}.cdx.json`).sort(),
    );
  });

  it.each(builds)('%s: valid CycloneDX 1.5 JSON (the official schema, offline)', async (build) => {
    const { text, bom } = boms[`${pkg.name}-${pkg.version}-${build}.cdx.json`] ?? { text: '', bom: null };
    expect(bom?.bomFormat).toBe('CycloneDX');
    expect(bom?.specVersion).toBe('1.5');
    const validator = new Validation.JsonStrictValidator(Spec.Version.v1dot5);
    expect(await validator.validate(text)).toBeNull();
    // The validator can fail: a component type CycloneDX does not have.
    const broken = JSON.parse(text) as { components: { type: string }[] };
    if (broken.components[0]) broken.components[0].type = 'gadget';
    expect(await validator.validate(JSON.stringify(broken))).not.toBeNull();
  });

  it.each(builds)(
    "%s: the app, native-reg and its loader, the bundled packages, and the build's Electron",
    (build, config) => {
      const bom = boms[`${pkg.name}-${pkg.version}-${build}.cdx.json`]?.bom;
      if (bom === undefined) throw new Error(`no SBOM for ${build}`);
      expect(bom.metadata.component).toMatchObject({
        type: 'application',
        name: pkg.name,
        version: pkg.version,
      });
      const names = bom.components.map((c) => c.name);
      expect(names).toContain('native-reg');
      expect(names).toContain('node-gyp-build');
      for (const p of bundled)
        expect(bom.components.map((c) => c['bom-ref'])).toContain(`${p.name}@${p.version}`);
      const electron = bom.components.filter((c) => c.name === 'electron');
      expect(electron.map((c) => c.version)).toEqual([electronVersionOf(config)]);
      expect(electron[0]?.purl).toBe(`pkg:npm/electron@${electronVersionOf(config)}`);
      // Build tools are not shipped.
      for (const tool of ['electron-builder', 'esbuild', 'vite', 'typescript', 'vitest', '@resvg/resvg-js']) {
        expect(names, tool).not.toContain(tool);
      }
      for (const c of bom.components) {
        expect(c.purl, c.name).toMatch(/^pkg:npm\//);
        expect(c.licenses?.length, `${c.name} licence`).toBeGreaterThan(0);
      }
      const refs = new Set([bom.metadata.component['bom-ref'], ...bom.components.map((c) => c['bom-ref'])]);
      for (const d of bom.dependencies)
        for (const r of [d.ref, ...(d.dependsOn ?? [])]) expect(refs.has(r), r).toBe(true);
    },
  );
});

describe('npm run notices', () => {
  it('writes THIRD-PARTY-NOTICES.txt for Notepad (UTF-8 BOM, CRLF) with every shipped package', () => {
    const file = path.join(scratch, 'THIRD-PARTY-NOTICES.txt');
    const run = runTool('write-notices.ts', file);
    expect(run.status, run.stderr).toBe(0);
    const raw = readFileSync(file);
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = raw.toString('utf8').slice(1);
    expect(text).not.toMatch(/[^\r]\n/);
    expect(text).toMatch(new RegExp(`^${pkg.name} ${pkg.version}: third-party notices`));
    const titles = [...text.matchAll(/^={100}\r\n(\S+) (.+)\r\nLicence: (.+)\r$/gm)].map((m) => m[1]);
    expect(titles).toEqual(
      expect.arrayContaining(['electron', 'native-reg', 'node-gyp-build', ...bundled.map((p) => p.name)]),
    );
    expect(text).toContain(
      `electron ${electronVersionOf('electron-builder.yml')}, ${electronVersionOf('electron-builder.legacy.yml')}`,
    );
    expect(text).not.toMatch(/^={100}\r\n(vite|esbuild|electron-builder) /m);
  });
});
