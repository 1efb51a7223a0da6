// Every Windows fact in one place: a family id or a build number that decides something outside
// the data folder fails here, with file:line (the checker: test/support/facts-as-data.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkFactLiterals,
  FACT_DATA_ALLOWLIST,
  isAllowedDataFile,
  type FactLiteral,
} from '../../support/facts-as-data.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SOURCE_DIRS = ['src-main', 'src-shared', 'src-renderer'];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|svelte)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

function where(hits: FactLiteral[]): string[] {
  return hits.map((h) => `${h.file}:${h.line} ${h.text} (${h.context})`);
}

describe('Windows facts as data', () => {
  it('no family id or build number decides anything outside the data folder', () => {
    const files = SOURCE_DIRS.flatMap(sourceFiles).map((f) => relative(ROOT, join(ROOT, f)));
    expect(files.length).toBeGreaterThan(50);
    const hits = files
      .filter((f) => !isAllowedDataFile(f))
      .flatMap((f) => checkFactLiterals(f.replaceAll('\\', '/'), readFileSync(join(ROOT, f), 'utf8')));
    expect(where(hits)).toEqual([]);
  });

  it('the allowlist is the data folder and the shared list of family ids only', () => {
    expect(FACT_DATA_ALLOWLIST).toEqual(['src-main/core/catalogue/', 'src-shared/detection-types.ts']);
    expect(isAllowedDataFile('src-main/core/catalogue/windows-builds.ts')).toBe(true);
    expect(isAllowedDataFile('src-main/core/detect/detect-os.ts')).toBe(false);
  });
});

describe('the checker, on planted literals', () => {
  it.each([
    ['an if', "if (os.family === 'win7') {}", "'win7'", 'comparison'],
    ['an if on a call', "if (isFamily('win11')) {}", "'win11'", 'if'],
    ['a ternary', 'const x = build >= 22000 ? a : b;', '22000', 'comparison'],
    ['a ternary on a flag', "const x = has('server2025') ? a : b;", "'server2025'", 'ternary'],
    ['a switch case', "switch (family) { case 'server2012': break; }", "'server2012'", 'case'],
    ['an includes argument', "families.includes('win10');", "'win10'", 'includes'],
    ['an includes receiver', "['win7', 'win8'].includes(family);", "'win7'", 'includes'],
    ['a comparison', 'const sp1 = build === 7601;', '7601', 'comparison'],
    ['a build in a range', 'const new10 = build < 19045;', '19045', 'comparison'],
    ['a build as WQL text', "const q = text === '14393';", "'14393'", 'comparison'],
  ])('reports %s', (_name, code, text, context) => {
    const hits = checkFactLiterals('src-main/core/planted.ts', code);
    expect(hits).toContainEqual({ file: 'src-main/core/planted.ts', line: 1, text, context });
  });

  it('reports file:line for each, on the line it is on', () => {
    const code = [
      'const a = 1;',
      '',
      "if (os.family === 'win7') {}",
      'const b = build >= 22000 ? x : y;',
    ].join('\n');
    expect(where(checkFactLiterals('src-renderer/lib/planted.ts', code))).toEqual([
      "src-renderer/lib/planted.ts:3 'win7' (comparison)",
      'src-renderer/lib/planted.ts:4 22000 (comparison)',
    ]);
  });

  it('reads the script and the {#if} blocks of a .svelte file', () => {
    const code = [
      '<script lang="ts">',
      "  const old = family === 'server2008r2';",
      '</script>',
      "{#if os.family === 'win8'}<p>8</p>{/if}",
    ].join('\n');
    expect(where(checkFactLiterals('src-renderer/Planted.svelte', code))).toEqual([
      "src-renderer/Planted.svelte:2 'server2008r2' (comparison)",
      "src-renderer/Planted.svelte:4 'win8' (comparison)",
    ]);
  });

  it('leaves data, masks and other numbers alone', () => {
    const code = [
      "const t = { win7: 'Windows 7' };",
      "const f = family('win7', 7601);",
      'if (mask === 0x2000) {}',
      'if (timeout > 5000) {}',
      "const n = nt6('6.1', 7601);",
    ].join('\n');
    expect(checkFactLiterals('src-main/core/planted.ts', code)).toEqual([]);
  });
});
