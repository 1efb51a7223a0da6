import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { configDefaults, defineConfig } from 'vitest/config';
import { QUICK_EXCLUDES } from './test/slow-tests.js';

// `npm run test:quick` (scripts/test-quick.mjs) sets this: unit and renderer without the property,
// fuzz and slow files of test/slow-tests.ts, in one shared module context per worker (no per-file
// isolation: jsdom and the transforms are set up once, which is most of the renderer's time).
const quick = process.env.TLS12_TEST_QUICK === '1';
const quickOptions = quick ? { exclude: [...configDefaults.exclude, ...QUICK_EXCLUDES], isolate: false } : {};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          ...quickOptions,
        },
      },
      {
        test: {
          name: 'runtime',
          environment: 'node',
          include: ['test/runtime/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'wine',
          environment: 'node',
          include: ['test/wine/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
          // Wine prefixes are heavy; one file at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
      {
        // Chromium against the browser harness (and, in test/e2e/wine, against Wine).
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        // The wizard's Svelte components in jsdom (svelteTesting: browser build of Svelte, cleanup).
        plugins: [svelte(), svelteTesting()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.ts'],
          ...quickOptions,
        },
      },
    ],
  },
});
