// The bundles' language level: what Electron 22's Node 16 (main, CLI) and Chromium 108 (preload,
// renderer) can run. Parsed with acorn at that level: newer syntax fails to parse.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';

const read = (file: string) => fs.readFileSync(path.join('out', file), 'utf8');

describe('bundle targets', () => {
  it.each(['cli.cjs', 'main.cjs', 'harness.cjs'])('%s parses as ES2021 (Node 16) CommonJS', (file) => {
    expect(() =>
      parse(read(file), { ecmaVersion: 2021, sourceType: 'script', allowHashBang: true }),
    ).not.toThrow();
  });

  it('and a newer syntax would fail that parse (the check can fail)', () => {
    expect(() => parse('class A { static { } }', { ecmaVersion: 2021 })).toThrow();
  });

  it.each(['preload.cjs', 'harness-bridge.js'])('%s parses as ES2022 (Chromium 108) script', (file) => {
    expect(() => parse(read(file), { ecmaVersion: 2022, sourceType: 'script' })).not.toThrow();
  });

  it('the renderer parses as ES2022 (Chromium 108) modules, built with target chrome108', () => {
    const assets = fs.readdirSync('out/renderer/assets').filter((f) => f.endsWith('.js'));
    expect(assets.length).toBeGreaterThan(0);
    for (const f of assets) {
      expect(
        () =>
          parse(fs.readFileSync(path.join('out/renderer/assets', f), 'utf8'), {
            ecmaVersion: 2022,
            sourceType: 'module',
          }),
        f,
      ).not.toThrow();
    }
    expect(fs.readFileSync('vite.renderer.config.mts', 'utf8')).toMatch(/target: 'chrome108'/);
  });

  it('the sandboxed preload requires nothing but electron', () => {
    const requires = [...read('preload.cjs').matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(requires)).toEqual(new Set(['electron']));
  });

  it('main and the CLI keep native-reg (and electron) external, for their prebuilds', () => {
    expect(read('cli.cjs')).toMatch(/require\("native-reg"\)/);
    expect(read('main.cjs')).toMatch(/require\("electron"\)/);
  });
});
