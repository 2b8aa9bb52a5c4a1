/**
 * What the learnt English reader costs the engine, in one process, interleaved: a full analysis (no cache) and one
 * keystroke (the changed sentence only) of the rewrite bench's 2,000-character English drafts, `learnt` off and on
 * (the twin of scripts/neg-fa-speed.ts). Loading and decoding the weights is timed apart.
 *
 *   npx tsx scripts/neg-en-speed.ts
 */
import { builtinPacks } from '../lib/packs/index.ts';
import { suggestRewrites } from '../lib/rewrite/index.ts';
import { loadNegEnModel } from '../lib/rewrite/learnt/neg.en.ts';
import { badExamples, drafts, englishSentences } from '../tests/bench/rewrite.bench.ts';
import { percentile } from '../tests/bench/stats.ts';

const en = drafts(englishSentences(), badExamples('en'), 300, 1);
const full: Record<'off' | 'on', number[]> = { off: [], on: [] };
const key: Record<'off' | 'on', number[]> = { off: [], on: [] };
for (const d of en.slice(0, 20)) suggestRewrites(d, builtinPacks, { cache: false, learnt: false });
const t0 = performance.now();
await loadNegEnModel();
console.log(`weights loaded and decoded: ${(performance.now() - t0).toFixed(1)} ms`);
for (let round = 0; round < 3; round++) {
  for (const d of en) {
    for (const mode of round % 2 ? (['on', 'off'] as const) : (['off', 'on'] as const)) {
      const learnt = mode === 'on';
      let t = performance.now();
      suggestRewrites(d, builtinPacks, { cache: false, learnt });
      if (round) full[mode].push(performance.now() - t);
      suggestRewrites(d, builtinPacks, { learnt });
      const at = d.indexOf(' ', Math.floor(d.length / 2));
      const typed = `${d.slice(0, at)}${mode === 'on' ? 'x' : 'y'}${d.slice(at)}`;
      t = performance.now();
      suggestRewrites(typed, builtinPacks, { learnt });
      if (round) key[mode].push(performance.now() - t);
    }
  }
}
const p = (xs: number[], q: number) => percentile([...xs].sort((a, b) => a - b), q).toFixed(2);
for (const mode of ['off', 'on'] as const) console.log(`learnt ${mode}: full analysis p50 ${p(full[mode], 50)} ms p99 ${p(full[mode], 99)} ms; one keystroke p50 ${p(key[mode], 50)} ms p99 ${p(key[mode], 99)} ms (n=${full[mode].length})`);
