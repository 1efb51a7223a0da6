// npm run icon: writes assets/icon.ico from the SVG artwork, and the renderer's favicon.
//   node scripts/run-ts.mjs scripts/release/make-icon.ts
import * as fs from 'node:fs';
import { ICON_FILES, ICON_SIZES, makeIco } from './icon.js';

const large = fs.readFileSync(ICON_FILES.large);
const small = fs.readFileSync(ICON_FILES.small);
fs.writeFileSync(ICON_FILES.ico, makeIco({ large, small }));
fs.copyFileSync(ICON_FILES.small, ICON_FILES.favicon);
console.log(
  `${ICON_FILES.ico}: ${ICON_SIZES.join(', ')} px; ${ICON_FILES.favicon}: copy of ${ICON_FILES.small}`,
);
