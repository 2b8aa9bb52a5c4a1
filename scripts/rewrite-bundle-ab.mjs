/**
 * In-process A/B of two builds of the rewrite engine, each an esbuild bundle (separate module instances, no shared memo):
 * drafts alternate, and which build reads a draft first alternates per draft and per round; the best of the rounds' CPU
 * readings per draft, then p50 and mean of B/A. Run it both ways round (A/B and B/A) and on two copies of one build to
 * see the position bias and the noise (perf29: two copies of one commit read 0.981 and 0.907 at load ~18).
 *
 *   # a bundle per checkout (entry: .output/p29/rw-entry.ts exporting builtinPacks, suggestRewrites and the bench's
 *   # badExamples, drafts, englishSentences, persianSentences), e.g. in each checkout:
 *   npx esbuild .output/p29/rw-entry.ts --bundle --platform=node --format=esm --outfile=.output/p29/p29/rw.mjs
 *   node scripts/rewrite-bundle-ab.mjs <A.mjs> <B.mjs> [en|fa] [rounds=3] [drafts=100]
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const [a, b, lang = 'en', rounds = '3', n = '100'] = process.argv.slice(2);
const A = await import(pathToFileURL(resolve(a)).href);
const B = await import(pathToFileURL(resolve(b)).href);
const list = lang === 'en' ? A.drafts(A.englishSentences(), A.badExamples('en'), 300, 1) : A.drafts(A.persianSentences(), A.badExamples('fa'), 150, 2);
const ds = list.slice(0, Number(n));
const E = [(d) => A.suggestRewrites(d, A.builtinPacks, { cache: false }), (d) => B.suggestRewrites(d, B.builtinPacks, { cache: false })];
for (const d of ds.slice(0, 20)) {
  E[0](d);
  E[1](d);
}
const best = [ds.map(() => Infinity), ds.map(() => Infinity)];
for (let r = 0; r < Number(rounds); r++) {
  ds.forEach((d, i) => {
    const first = (i + r) & 1;
    for (const k of [first, 1 - first]) {
      const t = process.cpuUsage();
      E[k](d);
      const u = process.cpuUsage(t);
      best[k][i] = Math.min(best[k][i], (u.user + u.system) / 1000);
    }
  });
}
const p50 = (x) => [...x].sort((p, q) => p - q)[x.length >> 1];
const mean = (x) => x.reduce((s, v) => s + v, 0) / x.length;
console.log(`${lang}: A p50 ${p50(best[0]).toFixed(3)} ms, B p50 ${p50(best[1]).toFixed(3)} ms; B/A p50 ${(p50(best[1]) / p50(best[0])).toFixed(3)}, mean ${(mean(best[1]) / mean(best[0])).toFixed(3)}`);
