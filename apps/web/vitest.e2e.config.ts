import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: the built app (API serving apps/web/dist) on its own embedded PostgreSQL
 * with the demo data, driven in Debian's Chromium through playwright-core.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['./e2e/global-setup.ts'],
    setupFiles: ['./e2e/failure-capture.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    // One more attempt for a test that failed: a browser on a loaded 2-core machine occasionally
    // misses a beat. Failed attempts are still reported (see e2e/failure-capture.ts).
    retry: 1,
    // The UI answers asynchronously; on a loaded 2-core CI machine a second is not always enough.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
