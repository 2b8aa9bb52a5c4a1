/**
 * What the learnt Persian reader costs the engine, in one process, interleaved: a full analysis (no cache) and one
 * keystroke (the changed sentence only) of the rewrite bench's 2,000-character Persian drafts, `learnt` off and on.
 *
 *   npx tsx scripts/neg-fa-speed.ts
 */
import { builtinPacks } from '../lib/packs/index.ts';
import { suggestRewrites } from '../lib/rewrite/index.ts';
import { loadNegFaModel } from '../lib/rewrite/learnt/neg.fa.ts';
import { badExamples, drafts, persianSentences } from '../tests/bench/rewrite.bench.ts';
import { percentile } from '../tests/bench/stats.ts';

await loadNegFaModel();
const fa = drafts(persianSentences(), badExamples('fa'), 150, 2);
const full: Record<'off' | 'on', number[]> = { off: [], on: [] };
const key: Record<'off' | 'on', number[]> = { off: [], on: [] };
for (const d of fa) suggestRewrites(d, builtinPacks, { cache: false, learnt: true });
for (let round = 0; round < 3; round++) {
  for (const d of fa) {
    for (const mode of round % 2 ? (['on', 'off'] as const) : (['off', 'on'] as const)) {
      const learnt = mode === 'on';
      let t0 = performance.now();
      suggestRewrites(d, builtinPacks, { cache: false, learnt });
      if (round) full[mode].push(performance.now() - t0);
      suggestRewrites(d, builtinPacks, { learnt });
      const at = d.indexOf(' ', Math.floor(d.length / 2));
      const typed = `${d.slice(0, at)}${mode === 'on' ? 'ی' : 'ه'}${d.slice(at)}`;
      t0 = performance.now();
      suggestRewrites(typed, builtinPacks, { learnt });
      if (round) key[mode].push(performance.now() - t0);
    }
  }
}
const p = (xs: number[], q: number) => percentile([...xs].sort((a, b) => a - b), q).toFixed(2);
for (const mode of ['off', 'on'] as const) console.log(`learnt ${mode}: full analysis p50 ${p(full[mode], 50)} ms p99 ${p(full[mode], 99)} ms; one keystroke p50 ${p(key[mode], 50)} ms p99 ${p(key[mode], 99)} ms (n=${full[mode].length})`);
