import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { longestFirst } from './tests/longest-first.ts';

const ROOTS = ['tests/unit', 'tests/sites'];
const TEST_FILE = /\.test\.tsx?$/;
/** What makes a file depend on a fresh module graph: mocks, stubs, fake timers, spies, the database. */
const NEEDS_ISOLATION = /vi\.(mock|doMock|spyOn|stubGlobal|stubEnv|useFakeTimers)|fake-indexeddb|lib\/db|fakeBrowser/;

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? testFiles(path) : TEST_FILE.test(e.name) ? [path] : [];
  });
}

/** Module mocks and `import()` of a data: or blob: module do not work in a VM context: such files get a worker of their own. */
const NEEDS_WORKER = /vi\.(mock|doMock)\(|data:text\/javascript/;

/**
 * Each test file's group, read once from its text. Pure-logic files (they say `// @vitest-environment node` in their
 * first line and use no mock, spy, stub or database) share their worker's module cache, so the rule engine, the packs
 * and the tone reader are loaded once per worker instead of once per file. The DOM tests run each in a fresh VM context
 * of a long-lived worker, and the files that mock a module or import a data: module in a fresh worker of their own.
 * Measured here on 2026-12-04: every file in a fresh worker took 125 s (164 s of CPU) on a quiet machine; these three
 * groups take 105-122 s of CPU (about 80 s when quiet). Sharing everything would take 65 s but lets files leak state into
 * each other (shuffled runs failed).
 */
function groupOf(path: string): 'shared' | 'vm' | 'isolated' {
  const text = readFileSync(path, 'utf8');
  if (text.startsWith('// @vitest-environment node') && !NEEDS_ISOLATION.test(text)) return 'shared';
  return NEEDS_WORKER.test(text) ? 'isolated' : 'vm';
}

const groups = { shared: [] as string[], vm: [] as string[], isolated: [] as string[] };
for (const f of ROOTS.flatMap((root) => testFiles(root))) groups[groupOf(f)].push(f);
const base = {
  environment: 'happy-dom',
  setupFiles: ['fake-indexeddb/auto', 'tests/setup.ts'],
  // Generous: a few UI tests validate the whole built-in pack, which takes seconds on a loaded machine (a file can wait for
  // the CPU a while: at load 20 the database tests took over a minute); a hang still fails. Hooks too: a database's
  // deletion after a test timed out at the default 10 s on a loaded machine.
  testTimeout: 180_000,
  hookTimeout: 60_000,
  pool: 'threads' as const,
};
/**
 * Vitest's default in a run is one worker fewer than the CPUs, which is one worker on the 2-core build machine: the unit run
 * was single-threaded (153 s wall against 167 s of summed file time). Two workers there (the main thread mostly waits):
 * 100 s, every file green; measured on a fresh clone on 2026-12-05.
 */
const maxWorkers = Math.max(2, availableParallelism() - 1);

/**
 * Longest first (tests/longest-first.ts): the slowest unit files are small files that audit every fixture split, which
 * vitest (largest file first on a fresh clone) started last, one of them running alone at the end. By each file's time in
 * a full run of a fresh clone on 2026-12-07: tone gates-off 68 s, Persian reader gates 60, linear33 33, English reader
 * gates 30, PacksSection 28, pack fuzz 24, db validation 19, tone golden 19, backup 11, pack budget 9.
 */
const LONGEST_FIRST = ['gates-off.test.ts', 'fa-gates.test.ts', 'linear33.test.ts', 'en-gates.test.ts', 'PacksSection.test.tsx', 'fuzz.test.ts', 'validation.test.ts', 'golden.test.ts', 'backup.test.ts', 'budget.test.ts'];

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    maxWorkers,
    sequence: { sequencer: longestFirst(LONGEST_FIRST) },
    projects: [
      { extends: true, test: { ...base, name: 'shared', include: groups.shared, isolate: false } },
      // A fresh VM context per file in a long-lived worker instead of a fresh worker per file: 96 s -> 60 s here for these files.
      // (tests/unit/sites/SitesInput.test.tsx notes one happy-dom selector quirk in a VM context.)
      // VM contexts leak what their files load (each holds its own copy of the packs and the readers): the worker is recycled
      // once it holds 1 GB, below V8's heap limit; without it the whole run's worker died ("Worker exited unexpectedly") once
      // the twentieth session's test files were added.
      { extends: true, test: { ...base, name: 'vm', include: groups.vm, pool: 'vmThreads', vmMemoryLimit: '1000MB' } },
      // In a VM context a mocked module and its mock leak between files, and data: modules cannot be imported.
      { extends: true, test: { ...base, name: 'isolated', include: groups.isolated } },
    ],
  },
});
