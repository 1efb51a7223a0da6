import { defineConfig } from 'vitest/config';

/**
 * The real Electron app, driven by Playwright's _electron: only where an Electron binary exists
 * (`npm run test:electron`, run by .github/workflows/windows.yml). Not part of `npm test`: the
 * binary cannot be downloaded on the offline build machine, and a skipped test would hide that.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'electron',
          environment: 'node',
          include: ['test/electron/**/*.test.ts'],
          testTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
