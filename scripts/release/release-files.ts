/** The SBOMs and the notices of both builds, from one run of `npm sbom` and the build's record of
 *  its bundles (so run after scripts/build.mjs). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BUILDS, type BuildName } from './builds.js';
import { noticesText } from './notices.js';
import { buildFacts, npmSbom, readBundledPackages, sbomFileName, shippedBom, type Bom } from './sbom.js';

interface PackageJson {
  name: string;
  version: string;
  description: string;
}

export function readPackageJson(root: string): PackageJson {
  return JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as PackageJson;
}

export function shippedBoms(root: string): Record<BuildName, Bom> {
  const app = readPackageJson(root);
  const tree = npmSbom(root);
  const bundled = readBundledPackages(root);
  const bom = (build: BuildName) => shippedBom(tree, bundled, buildFacts(root, build, app.description), app);
  return { current: bom('current'), legacy: bom('legacy') };
}

/** Writes one SBOM per build into dir; returns the files. */
export function writeSboms(root: string, dir: string): string[] {
  const app = readPackageJson(root);
  const boms = shippedBoms(root);
  fs.mkdirSync(dir, { recursive: true });
  return (Object.keys(BUILDS) as BuildName[]).map((build) => {
    const file = path.join(dir, sbomFileName(app, build));
    fs.writeFileSync(file, `${JSON.stringify(boms[build], null, 2)}\n`);
    return file;
  });
}

/** Writes the notices of both builds; throws (writing nothing) on a licence that may not ship. */
export function writeNotices(root: string, file: string): string {
  const boms = shippedBoms(root);
  const text = noticesText(root, [boms.current, boms.legacy]);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // For Notepad on Windows 7, which shows a file with bare LF line ends as one line and guesses the
  // encoding of a file without a byte order mark: CRLF and UTF-8 with BOM.
  fs.writeFileSync(file, `\ufeff${text.replace(/\r?\n/g, '\r\n')}`);
  return file;
}
