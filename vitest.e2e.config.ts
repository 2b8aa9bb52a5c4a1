import { defineConfig } from 'vitest/config';

// Browser tests: the built extension in Debian's Chromium, one browser per file, two files at a
// time (each file has its own server port and profile; most of a file's time is waiting on pages).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: true,
    maxWorkers: 2,
    setupFiles: ['tests/setup.ts'],
  },
});
