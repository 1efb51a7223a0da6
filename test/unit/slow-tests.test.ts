// The slow-test tags of test/slow-tests.ts (what `npm run test:quick` leaves out) stay true:
// a renamed or deleted file must leave the list too, or the quick loop silently grows.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROPERTY_AND_FUZZ, QUICK_EXCLUDES, SLOW_FILES } from '../slow-tests.js';

function testFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? testFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .filter((f) => f.endsWith('.test.ts'));
}

describe('the tests test:quick leaves out', () => {
  it('names only files that exist, each once', () => {
    for (const file of SLOW_FILES) expect(fs.existsSync(file), file).toBe(true);
    expect(new Set(SLOW_FILES).size).toBe(SLOW_FILES.length);
  });

  it('tags property and fuzz tests by name: some exist under each convention', () => {
    const files = [...testFiles('test/unit'), ...testFiles('test/renderer')];
    expect(files.filter((f) => f.endsWith('.property.test.ts')).length).toBeGreaterThan(0);
    expect(files.filter((f) => f.includes(`${path.sep}fuzz${path.sep}`)).length).toBeGreaterThan(0);
    expect(PROPERTY_AND_FUZZ).toEqual(['test/**/*.property.test.ts', 'test/**/fuzz/**']);
    expect(QUICK_EXCLUDES).toEqual([...PROPERTY_AND_FUZZ, ...SLOW_FILES]);
  });

  it('leaves the quick loop most of the example tests', () => {
    const files = [...testFiles('test/unit'), ...testFiles('test/renderer')];
    const left = files.filter(
      (f) =>
        !f.endsWith('.property.test.ts') &&
        !f.includes(`${path.sep}fuzz${path.sep}`) &&
        !SLOW_FILES.includes(f),
    );
    expect(left.length / files.length).toBeGreaterThan(0.75);
  });
});
