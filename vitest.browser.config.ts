import { defineConfig } from 'vitest/config';

// Browser (Chromium via playwright-core) tests. One file at a time: each file
// starts its own Chromium and the CI machine has 2 cores.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
  },
});
