/**
 * CPU time of the rewrite engine on the speed bench's 2,000-character drafts (tests/bench/rewrite.bench.ts), for speed work
 * on a shared machine where wall time swings: process.cpuUsage per draft, the lowest of `rounds` readings per draft, then
 * p50 and mean over the drafts, full analysis (no sentence cache) and one keystroke (as the bench types it).
 *
 *   npx tsx scripts/rewrite-cpu.ts [--rounds=5] [--lang=en|fa] [--n=DRAFTS] [--base=DIR] [--order=this-first]
 *
 * With --base (another checkout of the project, e.g. `git archive <commit> | tar -x -C DIR` with node_modules linked), both
 * engines run in this one process, draft by draft in turn. Caution, measured by the twenty-first session's speed round: the
 * engine loaded second ran 13-40% slower than the first on identical code (swap with --order=this-first to see it), so an
 * in-process ratio is biased. Running the script in each checkout at the same time (two processes, same load) was fairer;
 * on a loaded two-core machine even that moved ±5% run to run, so only large changes show. Since the twenty-second session
 * the two engines take turns going first, draft by draft and round by round: two copies of one commit then read a ratio
 * of 0.99-1.00 in one process (rwperf22's bundled check), where separate runs at load 10-20 moved by 10-50%.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { badExamples, drafts, englishSentences, persianSentences } from '../tests/bench/rewrite.bench.ts';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const rounds = Number(arg('rounds') ?? 5);
const only = arg('lang');
const base = arg('base');
const count = Number(arg('n') ?? 0);
const baseFirst = arg('order') !== 'this-first';

type Engine = { name: string; suggest: (d: string, opts?: { cache?: boolean }) => unknown };
async function load(dir: string, name: string): Promise<Engine> {
  const packs = (await import(pathToFileURL(resolve(dir, 'lib/packs/index.ts')).href)).builtinPacks;
  const rw = await import(pathToFileURL(resolve(dir, 'lib/rewrite/index.ts')).href);
  return { name, suggest: (d, opts) => rw.suggestRewrites(d, packs, opts) };
}
const engines: Engine[] = [await load(resolve(import.meta.dirname, '..'), 'this')];
if (base) engines[baseFirst ? 'unshift' : 'push'](await load(base, 'base'));
const B = engines.findIndex((e) => e.name === 'base');
const T = engines.findIndex((e) => e.name === 'this');

const en = drafts(englishSentences(), badExamples('en'), 300, 1).slice(0, count || undefined);
const fa = drafts(persianSentences(), badExamples('fa'), 150, 2).slice(0, count || undefined);
const cpu = (f: () => void): number => {
  const t = process.cpuUsage();
  f();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
};
for (const e of engines) for (const d of [...en.slice(0, 30), ...fa.slice(0, 30)]) e.suggest(d, { cache: false });
const p50 = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const mean = (a: number[]) => a.reduce((x, y) => x + y, 0) / a.length;
for (const [lang, list] of [['en', en], ['fa', fa]] as const) {
  if (only && only !== lang) continue;
  const typed = list.map((d) => {
    const at = d.indexOf(' ', Math.floor(d.length / 2));
    return `${d.slice(0, at)}s${d.slice(at)}`;
  });
  const full = engines.map(() => list.map(() => Infinity));
  const key = engines.map(() => list.map(() => Infinity));
  for (let r = 0; r < rounds; r++) {
    list.forEach((d, i) => {
      // Which engine goes first alternates draft by draft (rwperf22): with a fixed order the second ran 13-40% slower.
      for (let n = 0; n < engines.length; n++) {
        const k = (i + r) & 1 ? engines.length - 1 - n : n;
        const e = engines[k];
        full[k][i] = Math.min(full[k][i], cpu(() => e.suggest(d, { cache: false })));
        e.suggest(d);
        key[k][i] = Math.min(key[k][i], cpu(() => e.suggest(typed[i])));
      }
    });
  }
  engines.forEach((e, k) => {
    console.log(`${lang} ${e.name.padEnd(4)}: full p50 ${p50(full[k]).toFixed(3)} ms CPU (mean ${mean(full[k]).toFixed(3)}); keystroke p50 ${p50(key[k]).toFixed(3)} (mean ${mean(key[k]).toFixed(3)})`);
  });
  if (engines.length === 2) {
    console.log(`${lang} this/base: full p50 ${(p50(full[T]) / p50(full[B])).toFixed(3)}, mean ${(mean(full[T]) / mean(full[B])).toFixed(3)}; keystroke p50 ${(p50(key[T]) / p50(key[B])).toFixed(3)}, mean ${(mean(key[T]) / mean(key[B])).toFixed(3)}`);
  }
}
