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
 * (perfen31) The entry may also export loadLearntModels (lib/rewrite/learnt/load.ts): both builds then read with the learnt
 * weights, as the product does. One keystroke is timed too (the draft analysed with the sentence cache, then a letter typed
 * mid-draft), a different letter each round: with the same letter the typed sentence stayed cached from the round before
 * (4,000 regions hold 100 drafts) and the best of the rounds timed only the whole-draft part of a keystroke.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const [a, b, lang = 'en', rounds = '3', n = '100'] = process.argv.slice(2);
const A = await import(pathToFileURL(resolve(a)).href);
const B = await import(pathToFileURL(resolve(b)).href);
await A.loadLearntModels?.();
await B.loadLearntModels?.();
const list = lang === 'en' ? A.drafts(A.englishSentences(), A.badExamples('en'), 300, 1) : A.drafts(A.persianSentences(), A.badExamples('fa'), 150, 2);
const ds = list.slice(0, Number(n));
const typedIn = (r) =>
  ds.map((d) => {
    const at = d.indexOf(' ', Math.floor(d.length / 2));
    return `${d.slice(0, at)}${'sxqz'[r % 4]}${d.slice(at)}`;
  });
const M = [A, B];
for (const d of ds.slice(0, 20)) for (const m of M) m.suggestRewrites(d, m.builtinPacks, { cache: false });
const cpu = (f) => {
  const t = process.cpuUsage();
  f();
  const u = process.cpuUsage(t);
  return (u.user + u.system) / 1000;
};
const full = [ds.map(() => Infinity), ds.map(() => Infinity)];
const key = [ds.map(() => Infinity), ds.map(() => Infinity)];
for (let r = 0; r < Number(rounds); r++) {
  const typed = typedIn(r);
  ds.forEach((d, i) => {
    const first = (i + r) & 1;
    for (const k of [first, 1 - first]) {
      const m = M[k];
      full[k][i] = Math.min(full[k][i], cpu(() => m.suggestRewrites(d, m.builtinPacks, { cache: false })));
      m.suggestRewrites(d, m.builtinPacks);
      key[k][i] = Math.min(key[k][i], cpu(() => m.suggestRewrites(typed[i], m.builtinPacks)));
    }
  });
}
const p50 = (x) => [...x].sort((p, q) => p - q)[x.length >> 1];
const mean = (x) => x.reduce((s, v) => s + v, 0) / x.length;
const line = (name, t) => `${name} A p50 ${p50(t[0]).toFixed(3)} ms, B p50 ${p50(t[1]).toFixed(3)} ms; B/A p50 ${(p50(t[1]) / p50(t[0])).toFixed(3)}, mean ${(mean(t[1]) / mean(t[0])).toFixed(3)}`;
console.log(`${lang}: ${line('full', full)} | ${line('keystroke', key)}`);
