/**
 * THIRD-PARTY-NOTICES.txt: the licence of every third-party component that ships, with its
 * licence text, generated from the same selection as the SBOM (scripts/release/sbom.ts) over both
 * builds. A licence outside LICENCE_ALLOWLIST (checked as an SPDX expression with spdx-satisfies,
 * so "MIT OR GPL-3.0" passes and "MIT AND GPL-3.0" does not), no declared licence, or no licence
 * text to include fails the build.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import satisfies from 'spdx-satisfies';
import { SHIPPED_AS, type Bom, type Component } from './sbom.js';

/** Permissive licences that ask for no more than keeping their notice. Anything else is a
 *  decision for a person: add it here in a reviewed commit, or drop the dependency. */
export const LICENCE_ALLOWLIST = [
  '0BSD',
  'Apache-2.0',
  'BlueOak-1.0.0',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'CC0-1.0',
  'ISC',
  'MIT',
  'MIT-0',
  'Zlib',
];

export const NOTICES_FILE = 'dist/THIRD-PARTY-NOTICES.txt';

/** The SPDX expression a component declares, or null. */
export function licenceOf(component: Component): string | null {
  const expressions = (component.licenses ?? [])
    .map((choice) => choice.expression ?? choice.license?.id ?? null)
    .filter((value): value is string => value !== null && value.trim() !== '');
  if (expressions.length === 0) return null;
  return expressions.length === 1 ? (expressions[0] ?? null) : expressions.map((e) => `(${e})`).join(' AND ');
}

/** Why components may not ship, one line each (empty: all may). */
export function licenceProblems(components: Component[]): string[] {
  const problems: string[] = [];
  for (const c of components) {
    const licence = licenceOf(c);
    const who = `${c.name} ${c.version}`;
    if (licence === null) {
      problems.push(`${who}: no licence declared`);
      continue;
    }
    let allowed: boolean;
    try {
      allowed = satisfies(licence, LICENCE_ALLOWLIST);
    } catch {
      problems.push(`${who}: "${licence}" is not a valid SPDX licence expression`);
      continue;
    }
    if (!allowed)
      problems.push(`${who}: ${licence} is not on the licence allowlist (scripts/release/notices.ts)`);
  }
  return problems;
}

const LICENCE_FILE = /^(licen[cs]e|copying|notice)([.-].*)?$/i;

/** The MIT License's text (as published by the Open Source Initiative) without its copyright
 *  line, for a package that declares MIT but ships no licence file. */
const MIT_TEXT = `Permission is hereby granted, free of charge, to any person obtaining a copy of this software
and associated documentation files (the "Software"), to deal in the Software without restriction,
including without limitation the rights to use, copy, modify, merge, publish, distribute,
sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES
OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.`;

interface LicenceText {
  text: string;
  /** Where the text comes from, when it is not simply the package's own file. */
  note: string | null;
}

/** The licence text of a package, from its folder in node_modules. */
export function licenceText(root: string, component: Component): LicenceText | null {
  const dir = path.join(root, 'node_modules', ...component.name.split('/'));
  const manifest = path.join(dir, 'package.json');
  if (!fs.existsSync(manifest)) return null;
  const installed = (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
  const files = fs
    .readdirSync(dir)
    .filter((f) => LICENCE_FILE.test(f))
    .sort();
  const versionNote =
    installed === component.version
      ? null
      : `Text from ${component.name} ${installed} in node_modules; ${component.name} ${component.version} has the same licence (${licenceOf(component) ?? '?'}).`;
  if (files.length > 0) {
    const text = files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8').trim()).join('\n\n');
    return { text, note: versionNote };
  }
  if (licenceOf(component) === 'MIT') {
    return {
      text: MIT_TEXT,
      note: [
        'The package ships no licence file and its package.json names no copyright holder;',
        'it declares the MIT License, whose text follows.',
        versionNote,
      ]
        .filter((s) => s !== null)
        .join(' '),
    };
  }
  return null;
}

const RULE = '='.repeat(100);

/**
 * The notices text for the components of one or more builds' SBOMs (the same package in several
 * builds, or in several versions, is listed once with all its versions). Throws, listing every
 * problem, when a licence is not allowed or a licence text is missing.
 */
export function noticesText(root: string, boms: Bom[]): string {
  const app = boms[0]?.metadata.component;
  if (app === undefined) throw new Error('no SBOM given');
  const byName = new Map<string, Component[]>();
  for (const c of boms.flatMap((b) => b.components)) {
    const list = byName.get(c.name) ?? [];
    if (!list.some((k) => k.version === c.version)) list.push(c);
    byName.set(c.name, list);
  }
  const all = [...byName.values()].flat();
  const problems = licenceProblems(all);
  const sections: string[] = [];
  for (const [name, versions] of [...byName].sort(([a], [b]) => a.localeCompare(b))) {
    const first = versions[0];
    if (first === undefined) continue;
    const texts = new Map<string, LicenceText>();
    for (const c of versions) {
      const found = licenceText(root, c);
      if (found === null)
        problems.push(`${c.name} ${c.version}: no licence text found in node_modules/${c.name}`);
      else texts.set(c.version, found);
    }
    const shippedAs = [
      ...new Set(
        versions.flatMap((c) =>
          (c.properties ?? []).filter((p) => p.name === SHIPPED_AS).map((p) => p.value),
        ),
      ),
    ];
    const source = first.externalReferences?.find((r) => r.type === 'vcs' || r.type === 'website')?.url;
    const distinctTexts = [...new Set([...texts.values()].map((t) => t.text))];
    const notes = [...new Set([...texts.values()].map((t) => t.note).filter((n): n is string => n !== null))];
    sections.push(
      [
        RULE,
        `${name} ${versions.map((c) => c.version).join(', ')}`,
        `Licence: ${[...new Set(versions.map((c) => licenceOf(c) ?? 'none declared'))].join('; ')}`,
        ...(shippedAs.length > 0 ? [`In the app as: ${shippedAs.join('; ')}`] : []),
        ...(source === undefined ? [] : [`Source: ${source}`]),
        ...notes,
        RULE,
        '',
        distinctTexts.join(`\n\n${'-'.repeat(100)}\n\n`),
        '',
      ].join('\n'),
    );
  }
  if (problems.length > 0) throw new Error(`Third-party licences:\n  ${problems.join('\n  ')}`);

  const header = [
    `${app.name} ${app.version}: third-party notices`,
    '',
    'The TLS 1.2 Wizard executables contain the third-party software listed below. Each entry gives',
    'the version(s) shipped, the licence, how it is in the app, and the licence text. This file is',
    'generated from the dependency tree by `npm run notices` (scripts/release/notices.ts).',
    '',
    "Electron's own components (Chromium, Node.js, V8 and others) are listed with their licences in",
    "LICENSES.chromium.html, and Electron's licence is in LICENSE.electron.txt; electron-builder puts",
    'both beside the executable. The portable launcher is made with NSIS by electron-builder; its',
    'code does not come from the npm dependency tree and is not listed here.',
    '',
  ].join('\n');
  return `${header}\n${sections.join('\n')}`;
}
