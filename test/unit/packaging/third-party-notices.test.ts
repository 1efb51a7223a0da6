/** The third-party notices file goes beside app.asar in both builds. */
import * as path from 'node:path';
import { getFileMatchers } from 'app-builder-lib/out/fileMatcher.js';
import { describe, expect, it } from 'vitest';
import { NOTICES_FILE } from '../../../scripts/release/notices.js';
import { BUILDS, ROOT, config, useLoadedConfigs } from './config-support.js';
import { expandMacro, outDirOf } from './file-matcher-support.js';

useLoadedConfigs();

describe('packaging configuration: the third-party notices', () => {
  it.each(BUILDS)('%s: dist/THIRD-PARTY-NOTICES.txt goes to resources/ beside app.asar', (build) => {
    const c = config(build);
    const resources = path.join(ROOT, 'dist', 'win-unpacked', 'resources');
    const matchers = getFileMatchers(c, 'extraResources', resources, {
      macroExpander: expandMacro('x64'),
      customBuildOptions: c.win ?? {},
      globalOutDir: outDirOf(c),
      defaultSrc: ROOT,
    }) as unknown as { from: string; to: string }[] | null;
    expect(matchers?.map((m) => ({ from: m.from, to: m.to }))).toEqual([
      {
        from: path.join(ROOT, 'dist', 'THIRD-PARTY-NOTICES.txt'),
        to: path.join(resources, 'THIRD-PARTY-NOTICES.txt'),
      },
    ]);
    // scripts/release/dist.ts writes exactly this file before it runs electron-builder.
    expect(path.join(ROOT, NOTICES_FILE)).toBe(matchers?.[0]?.from);
  });
});
