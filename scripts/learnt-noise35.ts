/**
 * (data35) Per-split label noise against the writer splits' convention: how often a reader that never read a split
 * disagrees with its marks. One reader is trained on the writer splits alone (isWriterSplit: late20 … and train31 …) and
 * the contrasts, with the shipped options, and reads every older split; each writer split is read by a reader trained
 * on the other half of the writer splits (sorted names, alternating) and the contrasts, so the writer splits' own figure
 * is the noise floor to compare with. Model only (no rules, no engine chain), at the shipped threshold:
 *   neg missed  negatives with a marked span no reader span overlaps
 *   neu flagged neutrals with a reader span
 *   word loss   mean log loss of the word reader over the split's read words (marked 1, others 0)
 *   marked lo   marked words the reader gives p < 0.1 (a mark the writers' convention does not make)
 *
 *   npx tsx scripts/learnt-noise35.ts en|fa [--json=file]
 */
import { writeFileSync } from 'node:fs';
import { decodeModel, hashFeature, type NegModel } from '../lib/rewrite/learnt/model.ts';
import { readNegEnWith } from '../lib/rewrite/learnt/neg.en.ts';
import { readNegFaWith } from '../lib/rewrite/learnt/neg.fa.ts';
import { contrastData, isWriterSplit, loadData, train, trainSplits, type ItemData, type TrainLanguage, type TrainOptions } from './learnt-train.ts';
import { DEFAULT_TRAIN_EN, EN } from './train-neg-en.ts';
import { DEFAULT_TRAIN, FA } from './train-neg-fa.ts';

type Range = readonly [number, number];
const hit = (a: Range, b: Range) => a[0] < b[1] && b[0] < a[1];
const sig = (z: number) => 1 / (1 + Math.exp(-z));

export interface NoiseRow {
  split: string;
  writer: boolean;
  neg: number;
  negMissed: number;
  neu: number;
  neuFlagged: number;
  words: number;
  loss: number;
  marked: number;
  markedLow: number;
}

/** The reader's figures on `items` (see the file's comment). */
export function noiseOf(L: TrainLanguage, model: NegModel, items: readonly ItemData[], split: string): NoiseRow {
  const read = L.lang === 'en' ? readNegEnWith : readNegFaWith;
  const r: NoiseRow = { split, writer: isWriterSplit(split), neg: 0, negMissed: 0, neu: 0, neuFlagged: 0, words: 0, loss: 0, marked: 0, markedLow: 0 };
  for (const d of items) {
    const spans: Range[] = [];
    for (const s of d.sents) {
      for (const h of read(model, s.text, s.tokens)) spans.push([h.start + s.start, h.end + s.start]);
      let zs = 0;
      for (const f of L.sentenceFeatures(s.tokens)) zs += model.sv[model.s[hashFeature(f) & model.sMask]];
      const ps = sig(zs);
      for (let k = 0; k < s.feats.length; k++) {
        if (s.labels[k] < 0) continue;
        let z = 0;
        for (const f of s.feats[k]) z += model.wv[model.w[hashFeature(f) & model.wMask]];
        const p = Math.min(1 - 1e-6, Math.max(1e-6, sig(z) * ps));
        r.words++;
        r.loss += s.labels[k] ? -Math.log(p) : -Math.log(1 - p);
        if (s.labels[k]) {
          r.marked++;
          if (p < 0.1) r.markedLow++;
        }
      }
    }
    if (d.item.label === 'negative') {
      r.neg++;
      if (!d.item.spans.every((sp) => spans.some((x) => hit(x, sp)))) r.negMissed++;
    } else {
      r.neu++;
      if (spans.length) r.neuFlagged++;
    }
  }
  r.loss /= Math.max(1, r.words);
  return r;
}

function main(argv: readonly string[]): void {
  const lang = argv[0] === 'fa' ? 'fa' : 'en';
  const L = lang === 'en' ? EN : FA;
  const o: TrainOptions = lang === 'en' ? DEFAULT_TRAIN_EN : DEFAULT_TRAIN;
  const splits = trainSplits(lang);
  const data = loadData(L, splits);
  const contrasts = L.contrasts ? contrastData(L, L.contrasts()) : [];
  const writers = splits.filter(isWriterSplit).sort();
  const half = (h: 0 | 1) => new Set(writers.filter((_, i) => i % 2 === h));
  const bySplit = (s: string) => data.filter((d) => d.split === s);
  const rows: NoiseRow[] = [];
  const all = decodeModel(train(L, [...data.filter((d) => isWriterSplit(d.split)), ...contrasts], o));
  for (const s of splits) if (!isWriterSplit(s)) rows.push(noiseOf(L, all, bySplit(s), s));
  for (const h of [0, 1] as const) {
    const m = decodeModel(train(L, [...data.filter((d) => half(h).has(d.split)), ...contrasts], o));
    for (const s of half(h === 0 ? 1 : 0)) rows.push(noiseOf(L, m, bySplit(s), s));
  }
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '-').padStart(5);
  console.log(`split      kind    neg missed   neu flagged  word loss  marked lo`);
  for (const r of rows.sort((a, b) => b.loss - a.loss)) console.log(`${r.split.padEnd(10)} ${r.writer ? 'writer' : 'older '}  ${pct(r.negMissed, r.neg)}% of ${String(r.neg).padStart(3)}  ${pct(r.neuFlagged, r.neu)}% of ${String(r.neu).padStart(3)}  ${r.loss.toFixed(4)}   ${pct(r.markedLow, r.marked)}%`);
  const json = argv.find((a) => a.startsWith('--json='))?.slice(7);
  if (json) writeFileSync(json, JSON.stringify(rows, null, 1));
}

main(process.argv.slice(2));
