/**
 * The selection of what ships (scripts/release/sbom.ts) and the third-party notices with their
 * licence allowlist (scripts/release/notices.ts), on small made-up dependency trees. The real
 * tree's SBOM and notices are checked after the build, in test/runtime/release-files.test.ts.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { licenceOf, licenceProblems, noticesText } from '../../scripts/release/notices.js';
import { SHIPPED_AS, shippedBom, type Bom, type Component } from '../../scripts/release/sbom.js';

let root = '';
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'tls12-notices-'));
});
afterAll(() => {
  if (root !== '') rmSync(root, { recursive: true, force: true });
});

function component(name: string, version: string, licence: string | null, development = false): Component {
  return {
    'bom-ref': `${name}@${version}`,
    type: 'library',
    name,
    version,
    purl: `pkg:npm/${name}@${version}`,
    ...(licence === null
      ? {}
      : { licenses: [/[ ()]/.test(licence) ? { expression: licence } : { license: { id: licence } }] }),
    properties: development ? [{ name: 'cdx:npm:package:development', value: 'true' }] : [],
  };
}

/** npm's SBOM names the root component after the folder npm runs in (here: wt99). */
function bomOf(components: Component[], dependencies: Bom['dependencies'] = [], appName = 'wt99'): Bom {
  return {
    bomFormat: 'CycloneDX',
    specVersion: '1.5',
    version: 1,
    metadata: { component: { ...component('app', '1.0.0', 'MIT'), type: 'application', name: appName } },
    components,
    dependencies,
  };
}

/** A package folder in the made-up node_modules. */
function installPackage(name: string, version: string, files: Record<string, string> = {}): void {
  const dir = path.join(root, 'node_modules', ...name.split('/'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, version }));
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
}

describe('the licence allowlist', () => {
  it('accepts permissive licences, and an OR with one of them', () => {
    const ok = [
      component('a', '1.0.0', 'MIT'),
      component('b', '1.0.0', 'Apache-2.0'),
      component('c', '1.0.0', '(MIT OR CC0-1.0)'),
      component('d', '1.0.0', 'GPL-3.0-only OR MIT'),
      component('e', '1.0.0', 'ISC'),
    ];
    expect(licenceProblems(ok)).toEqual([]);
  });

  it('refuses a copyleft licence, an AND with one, no licence, and nonsense', () => {
    expect(
      licenceProblems([
        component('gpl', '1.0.0', 'GPL-3.0-only'),
        component('both', '2.0.0', 'MIT AND GPL-2.0-only'),
        component('none', '3.0.0', null),
        component('odd', '4.0.0', 'see LICENSE in ('),
      ]),
    ).toEqual([
      'gpl 1.0.0: GPL-3.0-only is not on the licence allowlist (scripts/release/notices.ts)',
      'both 2.0.0: MIT AND GPL-2.0-only is not on the licence allowlist (scripts/release/notices.ts)',
      'none 3.0.0: no licence declared',
      'odd 4.0.0: "see LICENSE in (" is not a valid SPDX licence expression',
    ]);
  });

  it('reads several declared licences as all applying', () => {
    const c = {
      ...component('x', '1.0.0', null),
      licenses: [{ license: { id: 'MIT' } }, { expression: 'ISC' }],
    };
    expect(licenceOf(c)).toBe('(MIT) AND (ISC)');
    expect(licenceProblems([c])).toEqual([]);
  });
});

describe('the notices text', () => {
  it('lists each package once with its versions, licence, licence file, and the MIT text where a package has none', () => {
    installPackage('alpha', '1.2.3', { LICENSE: 'Copyright (c) Alpha Authors\n\nISC licence text' });
    installPackage('@scope/beta', '2.0.0', { 'LICENSE.md': 'Copyright (c) Beta\n\nMIT text of beta' });
    installPackage('gamma', '0.1.0');
    const current = bomOf(
      [
        component('alpha', '1.2.3', 'ISC'),
        component('@scope/beta', '2.0.0', 'MIT'),
        component('gamma', '0.1.0', 'MIT'),
      ],
      [],
      'app',
    );
    const legacy = bomOf(
      [component('alpha', '1.2.3', 'ISC'), component('@scope/beta', '1.9.0', 'MIT')],
      [],
      'app',
    );
    const text = noticesText(root, [current, legacy]);
    expect(text).toMatch(/^app 1\.0\.0: third-party notices/);
    const titles = [...text.matchAll(/^={100}\n(.+)\nLicence: (.+)$/gm)].map((m) => `${m[1]} | ${m[2]}`);
    expect(titles).toEqual(['@scope/beta 2.0.0, 1.9.0 | MIT', 'alpha 1.2.3 | ISC', 'gamma 0.1.0 | MIT']);
    expect(text).toContain('Copyright (c) Alpha Authors');
    expect(text).toContain('MIT text of beta');
    expect(text).toContain(
      'Text from @scope/beta 2.0.0 in node_modules; @scope/beta 1.9.0 has the same licence',
    );
    expect(text).toContain('The package ships no licence file');
    expect(text).toContain('Permission is hereby granted, free of charge');
  });

  it('fails, naming every package, on a licence outside the allowlist or a missing licence text', () => {
    installPackage('copyleft', '1.0.0', { COPYING: 'GNU GENERAL PUBLIC LICENSE' });
    installPackage('textless', '1.0.0');
    const bom = bomOf([
      component('copyleft', '1.0.0', 'GPL-3.0-or-later'),
      component('textless', '1.0.0', 'BSD-3-Clause'),
      component('absent', '1.0.0', 'MIT'),
    ]);
    expect(() => noticesText(root, [bom])).toThrow(
      [
        'Third-party licences:',
        '  copyleft 1.0.0: GPL-3.0-or-later is not on the licence allowlist (scripts/release/notices.ts)',
        '  absent 1.0.0: no licence text found in node_modules/absent',
        '  textless 1.0.0: no licence text found in node_modules/textless',
      ].join('\n'),
    );
  });
});

describe('what ships, selected from the dependency tree', () => {
  const tree = bomOf(
    [
      component('runtime-dep', '1.0.0', 'MIT'),
      component('its-dep', '2.0.0', 'ISC'),
      component('ui-lib', '3.0.0', 'MIT', true),
      component('ui-helper', '0.5.0', 'MIT', true),
      component('build-tool', '9.0.0', 'Apache-2.0', true),
      component('electron', '45.3.4', 'MIT', true),
    ],
    [
      {
        ref: 'app@1.0.0',
        dependsOn: ['runtime-dep@1.0.0', 'ui-lib@3.0.0', 'build-tool@9.0.0', 'electron@45.3.4'],
      },
      { ref: 'runtime-dep@1.0.0', dependsOn: ['its-dep@2.0.0'] },
      { ref: 'ui-lib@3.0.0', dependsOn: ['ui-helper@0.5.0', 'build-tool@9.0.0'] },
      { ref: 'build-tool@9.0.0', dependsOn: [] },
    ],
  );
  const bundled = [
    { name: 'ui-lib', version: '3.0.0', into: ['out/renderer'] },
    { name: 'ui-helper', version: '0.5.0', into: ['out/renderer'] },
  ];
  const facts = { build: 'legacy' as const, electronVersion: '22.3.27', description: 'For Windows 7 / 8.x' };
  const bom = shippedBom(tree, bundled, facts, { name: 'app', version: '1.0.0' });
  const shippedAs = (name: string) =>
    bom.components.find((c) => c.name === name)?.properties?.find((p) => p.name === SHIPPED_AS)?.value;

  it("keeps the production dependencies, the bundled packages and the build's Electron, nothing else", () => {
    expect(bom.components.map((c) => c['bom-ref'])).toEqual([
      'electron@22.3.27',
      'its-dep@2.0.0',
      'runtime-dep@1.0.0',
      'ui-helper@0.5.0',
      'ui-lib@3.0.0',
    ]);
    expect(shippedAs('runtime-dep')).toBe('node_modules in app.asar');
    expect(shippedAs('ui-lib')).toBe('bundled into out/renderer');
    expect(shippedAs('electron')).toBe('Electron runtime');
    const electron = bom.components.find((c) => c.name === 'electron');
    expect(electron).toMatchObject({ type: 'framework', purl: 'pkg:npm/electron@22.3.27' });
    expect(electron?.hashes).toBeUndefined();
    for (const c of bom.components) {
      expect(
        c.properties?.some((p) => p.name === 'cdx:npm:package:development'),
        c.name,
      ).toBe(false);
    }
  });

  it('names the app after package.json and the build, and keeps only edges between shipped parts', () => {
    expect(bom.metadata.component).toMatchObject({
      name: 'app',
      version: '1.0.0',
      description: 'For Windows 7 / 8.x',
    });
    expect(bom.metadata.properties).toContainEqual({ name: 'tls12-wizard:electron', value: '22.3.27' });
    expect(bom.dependencies).toContainEqual({
      ref: 'app@1.0.0',
      dependsOn: ['electron@22.3.27', 'runtime-dep@1.0.0', 'ui-helper@0.5.0', 'ui-lib@3.0.0'],
    });
    expect(bom.dependencies).toContainEqual({ ref: 'ui-lib@3.0.0', dependsOn: ['ui-helper@0.5.0'] });
    const refs = new Set([bom.metadata.component['bom-ref'], ...bom.components.map((c) => c['bom-ref'])]);
    for (const d of bom.dependencies) {
      expect(refs.has(d.ref)).toBe(true);
      for (const r of d.dependsOn ?? []) expect(refs.has(r), r).toBe(true);
    }
  });

  it('refuses a bundled package that npm does not know', () => {
    expect(() =>
      shippedBom(tree, [{ name: 'ghost', version: '1.0.0', into: ['out/main.cjs'] }], facts, {
        name: 'app',
        version: '1.0.0',
      }),
    ).toThrow(/ghost@1\.0\.0 is bundled .* but not in npm's tree/);
  });
});
