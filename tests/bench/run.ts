/**
 * `npm run bench [-- name ...]`: runs every tests/bench/<name>.bench.ts (or only the named ones).
 * Each file's default export prints its own figures; peers are measured in the same process.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';

z.config({ jitless: true });
const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
/** Parts that take many minutes (a browser with 100,000 articles and 1,000,000 events): only when named. */
const NAMED_ONLY = ['bigdata'];
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => (only.length === 0 ? !NAMED_ONLY.some((n) => f.startsWith(n)) : only.some((o) => f.startsWith(o))))
  .sort();
for (const f of files) {
  console.log(`\n=== ${f.replace('.bench.ts', '')} ===`);
  const mod = (await import(pathToFileURL(join(here, f)).href)) as { default: () => Promise<void> | void };
  await mod.default();
}
