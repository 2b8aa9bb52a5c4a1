/**
 * What a learnt reader costs the engine, in one process, interleaved: a full analysis (no cache) and one keystroke (the
 * changed sentence only) of the rewrite bench's 2,000-character drafts, `learnt` off and on. (The weights' loading is
 * not timed here: importing tests/bench/rewrite.bench.ts for its drafts already loads both.)
 *
 *   npx tsx scripts/learnt-speed.ts --lang=fa     the Persian reader on the bench's 150 Persian drafts
 *   npx tsx scripts/learnt-speed.ts --lang=en     the English reader on its 300 English drafts (both when no --lang)
 */
import { builtinPacks } from '../lib/packs/index.ts';
import { suggestRewrites } from '../lib/rewrite/index.ts';
import { loadNegEnModel } from '../lib/rewrite/learnt/neg.en.ts';
import { loadNegFaModel } from '../lib/rewrite/learnt/neg.fa.ts';
import { badExamples, drafts, englishSentences, persianSentences } from '../tests/bench/rewrite.bench.ts';
import { percentile } from '../tests/bench/stats.ts';

/** Per language: its drafts (as the bench builds them), its weights' loader, and the two letters typed off and on. */
const LANGS = {
  fa: { drafts: () => drafts(persianSentences(), badExamples('fa'), 150, 2), load: loadNegFaModel, typed: { off: 'ه', on: 'ی' } },
  en: { drafts: () => drafts(englishSentences(), badExamples('en'), 300, 1), load: loadNegEnModel, typed: { off: 'y', on: 'x' } },
} as const;

async function measure(lang: keyof typeof LANGS): Promise<void> {
  const L = LANGS[lang];
  const list = L.drafts();
  const full: Record<'off' | 'on', number[]> = { off: [], on: [] };
  const key: Record<'off' | 'on', number[]> = { off: [], on: [] };
  for (const d of list.slice(0, 20)) suggestRewrites(d, builtinPacks, { cache: false, learnt: false });
  await L.load();
  for (const d of list) suggestRewrites(d, builtinPacks, { cache: false, learnt: true });
  for (let round = 0; round < 3; round++) {
    for (const d of list) {
      for (const mode of round % 2 ? (['on', 'off'] as const) : (['off', 'on'] as const)) {
        const learnt = mode === 'on';
        let t = performance.now();
        suggestRewrites(d, builtinPacks, { cache: false, learnt });
        if (round) full[mode].push(performance.now() - t);
        suggestRewrites(d, builtinPacks, { learnt });
        const at = d.indexOf(' ', Math.floor(d.length / 2));
        const typed = `${d.slice(0, at)}${L.typed[mode]}${d.slice(at)}`;
        t = performance.now();
        suggestRewrites(typed, builtinPacks, { learnt });
        if (round) key[mode].push(performance.now() - t);
      }
    }
  }
  const p = (xs: number[], q: number) => percentile([...xs].sort((a, b) => a - b), q).toFixed(2);
  for (const mode of ['off', 'on'] as const) console.log(`${lang} learnt ${mode}: full analysis p50 ${p(full[mode], 50)} ms p99 ${p(full[mode], 99)} ms; one keystroke p50 ${p(key[mode], 50)} ms p99 ${p(key[mode], 99)} ms (n=${full[mode].length})`);
}

const only = process.argv.find((a) => a.startsWith('--lang='))?.split('=')[1];
for (const lang of ['fa', 'en'] as const) if (!only || only === lang) await measure(lang);
