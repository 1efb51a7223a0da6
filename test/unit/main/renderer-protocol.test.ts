import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mimeOf, RENDERER_ROOT_URL, resolveRendererFile } from '../../../src-main/main/renderer-protocol.js';
import { tempFolder } from '../../support/sim.js';

describe('the app:// renderer protocol', () => {
  const root = tempFolder('renderer-protocol');
  const dir = path.join(root, 'renderer');
  fs.mkdirSync(path.join(dir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html>');
  fs.writeFileSync(path.join(dir, 'assets', 'index-1.js'), '');
  fs.writeFileSync(path.join(root, 'secret.txt'), 'secret');

  it('serves the packaged files, index.html for the root', () => {
    expect(resolveRendererFile(dir, `${RENDERER_ROOT_URL}`)).toBe(path.join(dir, 'index.html'));
    expect(resolveRendererFile(dir, `${RENDERER_ROOT_URL}assets/index-1.js`)).toBe(
      path.join(dir, 'assets', 'index-1.js'),
    );
    expect(mimeOf('x/index-1.js')).toMatch(/^text\/javascript/);
  });

  it('serves nothing outside the renderer folder, and no other host or scheme', () => {
    for (const url of [
      `${RENDERER_ROOT_URL}../secret.txt`,
      `${RENDERER_ROOT_URL}%2e%2e/secret.txt`,
      `${RENDERER_ROOT_URL}assets/..%2f..%2fsecret.txt`,
      `${RENDERER_ROOT_URL}assets/%00.js`,
      `${RENDERER_ROOT_URL}missing.js`,
      'app://other/index.html',
      'file:///etc/passwd',
    ]) {
      expect(resolveRendererFile(dir, url), url).toBeNull();
    }
  });
});
