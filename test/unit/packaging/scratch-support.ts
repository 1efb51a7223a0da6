/** The scratch folder of a packaging test file: made before its tests, removed after them. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll } from 'vitest';

let scratch = '';

/** Registers the scratch folder's hooks: call it at the top of each test file that uses scratchDir(). */
export function useScratchDir(): void {
  beforeAll(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'tls12-packaging-'));
  });
  afterAll(() => {
    if (scratch !== '') rmSync(scratch, { recursive: true, force: true });
  });
}

export function scratchDir(): string {
  if (scratch === '') throw new Error('no scratch folder: call useScratchDir() in this test file');
  return scratch;
}
