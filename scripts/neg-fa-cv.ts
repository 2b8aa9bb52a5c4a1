/**
 * How the learnt Persian reader transfers to a writer it never read: leave one writer split out.
 *
 *   npx tsx scripts/neg-fa-cv.ts                 folds late20 … late27 and the late27 headline, at the thresholds swept
 *   npx tsx scripts/neg-fa-cv.ts --thr=0.8       one threshold only
 *   npx tsx scripts/neg-fa-cv.ts --contrasts     each fold also trains on the tests' look-alike contrasts (as shipped)
 *   npx tsx scripts/neg-fa-cv.ts --halves        held-out contrasts: train on the splits + one half of the contrast pool
 *                                                (by source file), count the other half's texts flagged (--base: no half)
 *   --folds=late27,late26                        only these folds
 *   --<option>=<n> sets a training option (epochs, lr, l2, neutralWeight, contrastWeight); --fp lists what is flagged
 *
 * For each fresh split (late20 … late27, each written by writers unseen before), the reader is trained on every other
 * Persian development split (FA_TRAIN_SPLITS minus the fold) and measured on the fold: (a) the rules alone (the engine
 * as shipped, packs and generic readers, without the learnt reader), (b) rules + reader, where the reader adds advice
 * over a span no rule suggestion overlaps, outside quoted text and signatures — what the engine does with `learnt` on.
 * Recall is the harness's "flagged on the negative words" (every marked span overlapped by a suggestion), neutral flagged
 * is any suggestion on a neutral item. The headline trains on late20 … late26 and everything older, measures late27.
 */
import { pathToFileURL } from 'node:url';
import { builtinPacks } from '../lib/packs/index.ts';
import { suggestRewrites } from '../lib/rewrite/index.ts';
import { decodeModel, type NegModel, SPAN_GATE, useNegFaModel } from '../lib/rewrite/learnt/neg.fa.ts';
import type { EvalSplit } from '../tests/bench/rewrite-quality.ts';
import { draftNotOwnRanges } from '../lib/text/signature.ts';
import { contrastHalf, contrastPool, type Contrast } from './neg-fa-contrasts.ts';
import { contrastData, DEFAULT_TRAIN, FA_TRAIN_SPLITS, loadData, train, type ItemData, type TrainOptions } from './train-neg-fa.ts';

export const FOLDS: EvalSplit[] = ['late20', 'late21', 'late22', 'late23', 'late24', 'late25', 'late26', 'late27'];

type Range = readonly [number, number];
const hit = (a: Range, b: Range) => a[0] < b[1] && b[0] < a[1];

/** Reader spans on negative items: how many overlap a marked span (the rest flag words that are fine). */
export const spanPrecision = { on: 0, off: 0 };

interface Scored {
  d: ItemData;
  /** The rules' flagged words. */
  rules: Range[];
  /** The rules' flagged words and the ranges their replacements take (the reader adds nothing over either). */
  reach: Range[];
}

/** The rules' flagged ranges of each item (the engine without the learnt reader), once. */
export function scoreRules(data: readonly ItemData[]): Scored[] {
  return data.map((d) => {
    const s = suggestRewrites(d.item.text, builtinPacks, d.exclude.length ? { exclude: d.exclude, learnt: false } : { learnt: false });
    return { d, rules: s.map((x) => [x.flagged.start, x.flagged.end] as Range), reach: s.flatMap((x) => [[x.flagged.start, x.flagged.end] as Range, [x.start, x.end] as Range]) };
  });
}

/**
 * The reader's added ranges on one item, as the engine adds them (its advice chain: not over quoted text, not where a
 * rule's suggestion reaches, the Persian neutral filters and the Persian guard): the engine run with the fold's model.
 */
export function readerRanges(model: NegModel, s: Scored, thr: number): Range[] {
  useNegFaModel({ ...model, threshold: thr });
  try {
    const list = suggestRewrites(s.d.item.text, builtinPacks, { ...(s.d.exclude.length ? { exclude: s.d.exclude } : {}), learnt: true, cache: false });
    return list.filter((x) => x.ruleId.startsWith('learnt-')).map((x) => [x.flagged.start, x.flagged.end] as Range);
  } finally {
    useNegFaModel(undefined);
  }
}

export interface Tally {
  neg: number;
  caught: number;
  neu: number;
  flagged: number;
}
const empty = (): Tally => ({ neg: 0, caught: 0, neu: 0, flagged: 0 });

function tally(t: Tally, s: Scored, extra: readonly Range[]): void {
  const all = [...s.rules, ...extra];
  if (s.d.item.label === 'negative') {
    t.neg++;
    if (s.d.item.spans.every((sp) => all.some((r) => hit(r, sp)))) t.caught++;
  } else {
    t.neu++;
    if (all.length) t.flagged++;
  }
}

const fmt = (t: Tally) => `recall ${(t.caught / t.neg).toFixed(3)} (${t.caught}/${t.neg}), neutral flagged ${((100 * t.flagged) / t.neu).toFixed(1)}% (${t.flagged}/${t.neu})`;

/** The contrasts of `list` the engine flags with the reader on (each is clean for the rules alone: any flag is the reader's). */
export function flaggedContrasts(model: NegModel, list: readonly Contrast[], thr: number): Contrast[] {
  useNegFaModel({ ...model, threshold: thr });
  try {
    return list.filter((c) => {
      const exclude = draftNotOwnRanges(c.text);
      return suggestRewrites(c.text, builtinPacks, { ...(exclude.length ? { exclude } : {}), learnt: true, cache: false }).some((x) => x.ruleId.startsWith('learnt-'));
    });
  } finally {
    useNegFaModel(undefined);
  }
}

/**
 * Held-out contrasts: train on the development splits and one half of the contrast pool (split by source file), count
 * the other half's texts the reader flags; both ways. `withTrainHalf` false trains on the splits alone (the baseline).
 */
export function contrastFigure(thresholds: readonly number[], o: TrainOptions, withTrainHalf: boolean, show = false): void {
  const base = loadData(FA_TRAIN_SPLITS);
  for (const [tr, te] of [['A', 'B'], ['B', 'A']] as const) {
    const model = decodeModel(train(withTrainHalf ? [...base, ...contrastData(contrastHalf(tr))] : base, o));
    const test = contrastHalf(te);
    for (const thr of thresholds) {
      const bad = flaggedContrasts(model, test, thr);
      const bySrc = new Map<string, number>();
      for (const c of bad) bySrc.set(c.source, (bySrc.get(c.source) ?? 0) + 1);
      console.log(`contrasts: trained on splits${withTrainHalf ? ` + half ${tr}` : ''}, half ${te} flagged at thr ${thr}: ${bad.length}/${test.length} (${[...bySrc].map(([k, n]) => `${k.replace(/^.*\//, '')} ${n}`).join(', ')})`);
      if (show && thr === thresholds[0]) for (const c of bad) console.log(`    ${c.source.replace(/^.*\//, '')} :: ${c.text.slice(0, 120).replace(/\n/g, ' / ')}`);
    }
  }
}

export function crossValidate(thresholds: readonly number[], o: TrainOptions = DEFAULT_TRAIN, log: (s: string) => void = console.log, showFp = false, withContrasts = false, folds: readonly EvalSplit[] = FOLDS): Map<number, { rules: Tally; both: Tally }> {
  const all = loadData(FA_TRAIN_SPLITS);
  const extra = withContrasts ? contrastData(contrastPool()) : [];
  const scored = scoreRules(all);
  const pooled = new Map(thresholds.map((t) => [t, { rules: empty(), both: empty() }]));
  for (const fold of folds) {
    const model = decodeModel(
      train(
        [...all.filter((d) => d.split !== fold), ...extra],
        o,
      ),
    );
    const test = scored.filter((s) => s.d.split === fold);
    const rules = empty();
    for (const s of test) tally(rules, s, []);
    log(`${fold}: rules alone ${fmt(rules)}`);
    for (const thr of thresholds) {
      const both = empty();
      for (const s of test) {
        const extra = readerRanges(model, s, thr);
        tally(both, s, extra);
        if (thr === thresholds[0] && s.d.item.label === 'negative') for (const r of extra) spanPrecision[s.d.item.spans.some((sp) => hit(r, sp)) ? 'on' : 'off']++;
        if (showFp && thr === thresholds[0] && extra.length) {
          const caughtByRules = s.d.item.spans.every((sp) => s.rules.some((r) => hit(r, sp)));
          const marks = extra.map((r) => `«${s.d.item.text.slice(r[0], r[1])}»`).join(' ');
          if (s.d.item.label === 'neutral') console.log(`    FP ${s.d.item.id} ${marks} :: ${s.d.item.text.slice(0, 140).replace(/\n/g, ' / ')}`);
          else if (!caughtByRules) console.log(`    +  ${s.d.item.id} ${marks}`);
          const off = extra.filter((r) => !s.d.item.spans.some((sp) => hit(r, sp)));
          if (s.d.item.label === 'negative' && off.length) console.log(`    OFF ${s.d.item.id} ${off.map((r) => `«${s.d.item.text.slice(r[0], r[1])}»`).join(' ')} :: ${s.d.item.text.slice(0, 120).replace(/\n/g, ' / ')}`);
        }
      }
      log(`  thr ${thr}: rules + reader ${fmt(both)}`);
      const p = pooled.get(thr)!;
      for (const k of ['neg', 'caught', 'neu', 'flagged'] as const) {
        p.rules[k] += rules[k];
        p.both[k] += both[k];
      }
    }
  }
  for (const thr of thresholds) {
    const p = pooled.get(thr)!;
    console.log(`pooled late20-27, thr ${thr}: rules alone ${fmt(p.rules)} -> rules + reader ${fmt(p.both)}`);
  }
  console.log(`reader spans on negative items at thr ${thresholds[0]}: ${spanPrecision.on} over marked words, ${spanPrecision.off} elsewhere`);
  return pooled;
}

function main(argv: readonly string[]): void {
  const one = argv.find((a) => a.startsWith('--thr='));
  const thresholds = one ? one.slice(6).split(',').map(Number) : [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95];
  const o = { ...DEFAULT_TRAIN };
  if (argv.includes('--no-question-gate')) SPAN_GATE.question = false;
  if (argv.includes('--no-span-gate')) SPAN_GATE.on = false;
  for (const a of argv) {
    const m = /^--(\w+)=([\d.e-]+)$/.exec(a);
    if (m && m[1] in o) (o as unknown as Record<string, number>)[m[1]] = Number(m[2]);
  }
  if (argv.includes('--halves')) contrastFigure(thresholds, o, !argv.includes('--base'), argv.includes('--fp'));
  else crossValidate(thresholds, o, argv.includes('--quiet') ? () => {} : console.log, argv.includes('--fp'), argv.includes('--contrasts'), argv.find((a) => a.startsWith('--folds='))?.slice(8).split(',') as EvalSplit[] | undefined);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
