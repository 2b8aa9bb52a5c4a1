import { defineConfig } from 'vitest/config';

// Browser tests: the built extension in Debian's Chromium, one file at a time (one browser each).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    setupFiles: ['tests/setup.ts'],
  },
});
