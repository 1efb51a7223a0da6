// npm run sbom: a CycloneDX SBOM of each build in dist/sbom/ (after npm run build).
//   node scripts/run-ts.mjs scripts/release/write-sbom.ts [output folder]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeSboms } from './release-files.js';
import type { Bom } from './sbom.js';

const root = process.cwd();
for (const file of writeSboms(root, path.resolve(process.argv[2] ?? path.join('dist', 'sbom')))) {
  const bom = JSON.parse(fs.readFileSync(file, 'utf8')) as Bom;
  console.log(
    `${path.relative(root, file)}: ${bom.components.map((c) => `${c.name} ${c.version}`).join(', ')}`,
  );
}
