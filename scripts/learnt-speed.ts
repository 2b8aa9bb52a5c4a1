/**
 * What a learnt reader costs the engine, in one process, interleaved: a full analysis (no cache) and one keystroke (the
 * changed sentence only) of the rewrite bench's 2,000-character drafts, `learnt` off and on. (The weights' loading is
 * not timed here: importing tests/bench/rewrite.bench.ts for its drafts already loads both.)
 *
 *   npx tsx scripts/learnt-speed.ts --lang=fa     the Persian reader on the bench's 150 Persian drafts
 *   npx tsx scripts/learnt-speed.ts --lang=en     the English reader on its 300 English drafts (both when no --lang)
 *   --weights=<file>                              (ml34) that weights file instead of the shipped one (one language)
 *
 * (mlfast29) Besides wall time it prints CPU time (process.cpuUsage) per draft, the lowest of the rounds, and the on/off
 * ratio of their p50 and of their sums: on a shared machine at load 15-20 wall p50 moved ×4 between runs, and the CPU
 * ratio moved less (still ±3-5 points run to run: read several runs).
 */
import { builtinPacks } from '../lib/packs/index.ts';
import { suggestRewrites } from '../lib/rewrite/index.ts';
import { readFileSync } from 'node:fs';
import { decodeModel, type NegWeightsFile } from '../lib/rewrite/learnt/model.ts';
import { loadNegEnModel, useNegEnModel } from '../lib/rewrite/learnt/neg.en.ts';
import { loadNegFaModel, useNegFaModel } from '../lib/rewrite/learnt/neg.fa.ts';
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
  const cpuFull: Record<'off' | 'on', number[]> = { off: list.map(() => Infinity), on: list.map(() => Infinity) };
  const cpuKey: Record<'off' | 'on', number[]> = { off: list.map(() => Infinity), on: list.map(() => Infinity) };
  for (const d of list.slice(0, 20)) suggestRewrites(d, builtinPacks, { cache: false, learnt: false });
  // (ml34) --weights=<file>: read with that weights file instead of the shipped one (two table sizes compared run by run).
  const file = process.argv.find((a) => a.startsWith('--weights='))?.slice(10);
  if (file) (lang === 'fa' ? useNegFaModel : useNegEnModel)(decodeModel(JSON.parse(readFileSync(file, 'utf8')) as NegWeightsFile));
  else await L.load();
  for (const d of list) suggestRewrites(d, builtinPacks, { cache: false, learnt: true });
  for (let round = 0; round < 3; round++) {
    list.forEach((d, i) => {
      for (const mode of round % 2 ? (['on', 'off'] as const) : (['off', 'on'] as const)) {
        const learnt = mode === 'on';
        let c = process.cpuUsage();
        let t = performance.now();
        suggestRewrites(d, builtinPacks, { cache: false, learnt });
        if (round) full[mode].push(performance.now() - t);
        let u = process.cpuUsage(c);
        if (round) cpuFull[mode][i] = Math.min(cpuFull[mode][i], (u.user + u.system) / 1000);
        suggestRewrites(d, builtinPacks, { learnt });
        const at = d.indexOf(' ', Math.floor(d.length / 2));
        const typed = `${d.slice(0, at)}${L.typed[mode]}${d.slice(at)}`;
        c = process.cpuUsage();
        t = performance.now();
        suggestRewrites(typed, builtinPacks, { learnt });
        if (round) key[mode].push(performance.now() - t);
        u = process.cpuUsage(c);
        if (round) cpuKey[mode][i] = Math.min(cpuKey[mode][i], (u.user + u.system) / 1000);
      }
    });
  }
  const p = (xs: number[], q: number) => percentile([...xs].sort((a, b) => a - b), q).toFixed(2);
  for (const mode of ['off', 'on'] as const) console.log(`${lang} learnt ${mode}: full analysis p50 ${p(full[mode], 50)} ms p99 ${p(full[mode], 99)} ms; one keystroke p50 ${p(key[mode], 50)} ms p99 ${p(key[mode], 99)} ms (n=${full[mode].length})`);
  const q = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 50);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const ratio = (m: Record<'off' | 'on', number[]>) => `off ${q(m.off).toFixed(2)} -> on ${q(m.on).toFixed(2)} ms, ratio of p50 ${(q(m.on) / q(m.off)).toFixed(3)}, of sums ${(sum(m.on) / sum(m.off)).toFixed(3)}`;
  console.log(`${lang} CPU per draft (lowest of the two measured rounds): full analysis ${ratio(cpuFull)}; one keystroke ${ratio(cpuKey)}`);
  console.log(`${lang} wall ratio on/off: full analysis p50 ${(q(full.on) / q(full.off)).toFixed(3)}; one keystroke p50 ${(q(key.on) / q(key.off)).toFixed(3)}`);
}

const only = process.argv.find((a) => a.startsWith('--lang='))?.split('=')[1];
for (const lang of ['fa', 'en'] as const) if (!only || only === lang) await measure(lang);
