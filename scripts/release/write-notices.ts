// npm run notices: dist/THIRD-PARTY-NOTICES.txt for both builds (after npm run build). Exits 1,
// listing the packages, when a shipped package's licence is not on the allowlist.
//   node scripts/run-ts.mjs scripts/release/write-notices.ts [output file]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { NOTICES_FILE } from './notices.js';
import { writeNotices } from './release-files.js';

const root = process.cwd();
try {
  const file = writeNotices(root, path.resolve(process.argv[2] ?? NOTICES_FILE));
  console.log(`${path.relative(root, file)}: ${fs.statSync(file).size} bytes`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
