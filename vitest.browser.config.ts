import { defineConfig } from 'vitest/config';

// Browser (Chromium via playwright-core) tests. One file at a time: each file
// starts its own Chromium and the CI machine has 2 cores. The global setup
// builds ONE fixture site (corpus + hostile briefing) into a temporary folder
// and serves it for every file (tests/browser/support/global-setup.ts).
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/support/global-setup.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
  },
});
