// npm run docs:matrix: writes docs/windows-matrix.md from the catalogue.
import * as fs from 'node:fs';
import { windowsMatrixMarkdown } from '../src-main/core/catalogue/windows-matrix.js';

fs.mkdirSync('docs', { recursive: true });
fs.writeFileSync('docs/windows-matrix.md', windowsMatrixMarkdown());
process.stdout.write('docs/windows-matrix.md written\n');
