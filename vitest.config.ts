import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/sites/**/*.test.ts'],
    // Tests of pure logic say `// @vitest-environment node` in their first line: building a DOM
    // for every file was about a third of the run.
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto', 'tests/setup.ts'],
    // Generous: a few UI tests validate the whole built-in pack, which takes seconds on a loaded machine.
    testTimeout: 60_000,
    pool: 'threads',
  },
});
