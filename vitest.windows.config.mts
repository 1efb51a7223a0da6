import { defineConfig } from 'vitest/config';

/**
 * Tests that need a real Windows: only .github/workflows/windows.yml runs this configuration
 * (`npx vitest run --config vitest.windows.config.mts`). They change HKLM of the machine they
 * run on, so they are never part of `npm test`, which runs the same checks under Wine.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'native',
          environment: 'node',
          include: ['test/native/**/*.test.ts'],
          testTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
