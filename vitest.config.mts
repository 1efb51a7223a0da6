import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
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
        },
      },
    ],
  },
});
