/**
 * How a learnt negative-phrasing reader transfers to a writer it never read: leave one writer split out (shared by
 * scripts/neg-fa-cv.ts and scripts/neg-en-cv.ts).
 *
 * For each fresh split (each written by writers unseen before), the reader is trained on every other development split
 * of its language and measured on the fold: (a) the rules alone (the engine as shipped, packs and generic readers,
 * without the learnt reader), (b) rules + reader, where the reader adds advice over a span no rule suggestion overlaps,
 * outside quoted text and signatures — what the engine does with `learnt` on. Recall is the harness's "flagged on the
 * negative words" (every marked span overlapped by a suggestion), neutral flagged is any suggestion on a neutral item.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinPacks } from '../lib/packs/index.ts';
import { suggestRewrites } from '../lib/rewrite/index.ts';
import { decodeModel, LEARNT_TRACE, type NegModel, type NegWeightsFile } from '../lib/rewrite/learnt/model.ts';
import { CLAUSE_CUES } from '../lib/rewrite/learnt/features.clause.ts';
import { SPAN_TRIM } from '../lib/rewrite/learnt/span-trim.ts';
import { EXTRA34 } from '../lib/rewrite/learnt/features.extra.ts';
import { CLAUSE_GATE_NAMES, CLAUSE_GATES33 } from '../lib/rewrite/learnt/gates.clause.ts';
import { LEARNT_SECOND_SPAN } from '../lib/rewrite/engine.ts';
import { draftNotOwnRanges } from '../lib/text/signature.ts';
import type { EvalSplit } from '../tests/bench/rewrite-quality.ts';
import { rng } from '../tests/bench/stats.ts';
import { contrastData, isWriterSplit, loadData, train, trainSplits, type Contrast, type ItemData, type TrainLanguage, type TrainOptions } from './learnt-train.ts';

type Range = readonly [number, number];
const hit = (a: Range, b: Range) => a[0] < b[1] && b[0] < a[1];

/** Reader spans on negative items: how many overlap a marked span (the rest flag words that are fine). */
/** The leave-one-split-out folds of both languages: the fresh writer splits held out in turn, headline the newest. */
export const CV_FOLDS: readonly EvalSplit[] = ['late20', 'late21', 'late22', 'late23', 'late24', 'late25', 'late26', 'late27', 'late28', 'late29', 'late30', 'late31', 'late32', 'late33', 'late34', 'late35', 'late36', 'late37', 'late38'];

export const spanPrecision = { on: 0, off: 0, past: 0 };

/**
 * (data35) The learning curve's draw: `share` of the writer splits other than `fold` (rounded, at least one), chosen by a
 * seeded shuffle of their sorted names (the seed mixed with the fold's name, so each fold draws its own).
 */
export function writerSubset(data: readonly ItemData[], fold: string, share: number, seed: number): Set<string> {
  const names = [...new Set(data.map((d) => d.split).filter((s) => s !== fold && isWriterSplit(s)))].sort();
  let h = seed >>> 0;
  for (let i = 0; i < fold.length; i++) h = Math.imul(h ^ fold.charCodeAt(i), 0x01000193) >>> 0;
  const rand = rng(h);
  for (let i = names.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [names[i], names[j]] = [names[j], names[i]];
  }
  return new Set(names.slice(0, Math.max(1, Math.round(share * names.length))));
}
/** (ml32) The same with the spans untrimmed (--trim-compare: each fold item read twice, SPAN_TRIM off then on). */
export const spanPrecisionUntrimmed = { on: 0, off: 0, past: 0 };

/**
 * (ml32) One reader span of a negative item, counted: over the marked words or elsewhere, and when over them whether it
 * runs past them (a word of the span outside every marked span it overlaps).
 */
function countSpan(into: { on: number; off: number; past: number }, r: Range, spans: readonly Range[]): void {
  const over = spans.filter((sp) => hit(r, sp));
  if (!over.length) {
    into.off++;
    return;
  }
  into.on++;
  const lo = Math.min(...over.map((sp) => sp[0]));
  const hi = Math.max(...over.map((sp) => sp[1]));
  if (r[0] < lo || r[1] > hi) into.past++;
}

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
export function readerRanges(useModel: (m: NegModel | undefined) => void, model: NegModel, s: Scored, thr: number): Range[] {
  return readerHits(useModel, model, s, thr).map((h) => h.r);
}

/** readerRanges with each range's category (the suggestion's `learnt-<category>` rule id), for --dump. */
export function readerHits(useModel: (m: NegModel | undefined) => void, model: NegModel, s: Scored, thr: number, raw?: Array<[number, number, string, number]>): Array<{ r: Range; cat: string; p: number }> {
  useModel({ ...model, threshold: thr });
  LEARNT_TRACE.hits = [];
  try {
    const list = suggestRewrites(s.d.item.text, builtinPacks, { ...(s.d.exclude.length ? { exclude: s.d.exclude } : {}), learnt: true, cache: false });
    const traced = LEARNT_TRACE.hits;
    // (ml33) The reader's own spans (after its gates, before the engine's advice chain), placed in the item's text.
    if (raw)
      for (const h of traced) {
        const at = s.d.item.text.indexOf(h.text);
        if (at >= 0) raw.push([at + h.hit.start, at + h.hit.end, h.hit.category, Math.round(h.hit.p * 1e4) / 1e4]);
      }
    return list
      .filter((x) => x.ruleId.startsWith('learnt-'))
      .map((x) => {
        // The span's probability: the reader's span of the same words and category (1 when none matches).
        const words = s.d.item.text.slice(x.flagged.start, x.flagged.end);
        const cat = x.ruleId.slice(7);
        const t = traced.find((h) => h.hit.category === cat && h.text.slice(h.hit.start, h.hit.end) === words);
        return { r: [x.flagged.start, x.flagged.end] as Range, cat, p: t ? t.hit.p : 1 };
      });
  } finally {
    LEARNT_TRACE.hits = undefined;
    useModel(undefined);
  }
}

/** One line of `--dump`: a fold item's rule ranges and reader hits ([start, end, category, probability]) at one threshold. */
export interface CvDumpRow {
  fold: string;
  thr: number;
  id: string;
  label: string;
  category?: string;
  spans: readonly (readonly [number, number])[];
  rules: readonly (readonly [number, number])[];
  hits: Array<[number, number, string, number]>;
  /** (ml33) The reader's spans before the engine's advice chain (a rule's suggestion in the clause, the neutral filters). */
  raw?: Array<[number, number, string, number]>;
  text: string;
}

export interface Tally {
  neg: number;
  caught: number;
  neu: number;
  flagged: number;
  /** (ml33) Per-span recall on negative items with two or more marked spans: spans, and spans overlapped. */
  spans?: number;
  spansCaught?: number;
}
const empty = (): Tally => ({ neg: 0, caught: 0, neu: 0, flagged: 0, spans: 0, spansCaught: 0 });

function tally(t: Tally, s: Scored, extra: readonly Range[]): void {
  const all = [...s.rules, ...extra];
  if (s.d.item.label === 'negative') {
    t.neg++;
    if (s.d.item.spans.every((sp) => all.some((r) => hit(r, sp)))) t.caught++;
    if (s.d.item.spans.length >= 2) {
      t.spans = (t.spans ?? 0) + s.d.item.spans.length;
      t.spansCaught = (t.spansCaught ?? 0) + s.d.item.spans.filter((sp) => all.some((r) => hit(r, sp))).length;
    }
  } else {
    t.neu++;
    if (all.length) t.flagged++;
  }
}

const fmt = (t: Tally) => `recall ${(t.caught / t.neg).toFixed(3)} (${t.caught}/${t.neg}), neutral flagged ${((100 * t.flagged) / t.neu).toFixed(1)}% (${t.flagged}/${t.neu}), per-span ${t.spansCaught ?? 0}/${t.spans ?? 0}`;

/** How a language's reader is cross-validated: its trainer, its folds, and the hook that puts a fold's model in the engine. */
export interface CvLanguage {
  L: TrainLanguage;
  folds: readonly EvalSplit[];
  useModel: (m: NegModel | undefined) => void;
  /** The two fixed halves of the language's contrasts (L.contrasts), split by source file, for --halves. */
  contrastHalf?: (half: 'A' | 'B') => readonly Contrast[];
  /** Language-only switches read from the command line (the Persian reader's gates), before anything is trained. */
  flags?: (argv: readonly string[]) => void;
}

/** The contrasts of `list` the engine flags with the reader on (each is clean for the rules alone: any flag is the reader's). */
export function flaggedContrasts(cv: CvLanguage, model: NegModel, list: readonly Contrast[], thr: number): Contrast[] {
  cv.useModel({ ...model, threshold: thr });
  try {
    return list.filter((c) => {
      const exclude = draftNotOwnRanges(c.text);
      return suggestRewrites(c.text, builtinPacks, { ...(exclude.length ? { exclude } : {}), learnt: true, cache: false }).some((x) => x.ruleId.startsWith('learnt-'));
    });
  } finally {
    cv.useModel(undefined);
  }
}

/**
 * Held-out contrasts: train on the development splits and one half of the contrast pool (split by source file), count
 * the other half's texts the reader flags; both ways. `withTrainHalf` false trains on the splits alone (the baseline).
 */
export function contrastFigure(cv: CvLanguage, thresholds: readonly number[], o: TrainOptions, withTrainHalf: boolean, show = false): void {
  const { L, contrastHalf } = cv;
  if (!contrastHalf) throw new Error(`no contrasts for ${L.lang}`);
  const base = loadData(L, trainSplits(L.lang));
  for (const [tr, te] of [['A', 'B'], ['B', 'A']] as const) {
    const model = decodeModel(train(L, withTrainHalf ? [...base, ...contrastData(L, contrastHalf(tr))] : base, o));
    const test = contrastHalf(te);
    for (const thr of thresholds) {
      const bad = flaggedContrasts(cv, model, test, thr);
      const bySrc = new Map<string, number>();
      for (const c of bad) bySrc.set(c.source, (bySrc.get(c.source) ?? 0) + 1);
      console.log(`contrasts: trained on splits${withTrainHalf ? ` + half ${tr}` : ''}, half ${te} flagged at thr ${thr}: ${bad.length}/${test.length} (${[...bySrc].map(([k, n]) => `${k.replace(/^.*\//, '')} ${n}`).join(', ')})`);
      if (show && thr === thresholds[0]) for (const c of bad) console.log(`    ${c.source.replace(/^.*\//, '')} :: ${c.text.slice(0, 120).replace(/\n/g, ' / ')}`);
    }
  }
}

/**
 * Leave one split out over `folds` (the language's folds by default); with `withContrasts` every fold also trains on the
 * language's contrasts (L.contrasts), as the shipped reader does.
 */
export function crossValidate(cv: CvLanguage, thresholds: readonly number[], o: TrainOptions, log: (s: string) => void = console.log, showFp = false, withContrasts = false, folds: readonly EvalSplit[] = cv.folds, drop: readonly EvalSplit[] = [], dump?: string, trimCompare = false, models?: { save?: string; load?: string }, subset?: { share: number; seed: number }): Map<number, { rules: Tally; both: Tally }> {
  const lang = cv.L.lang as 'en' | 'fa';
  const untrimmedPooled = new Map(thresholds.map((t) => [t, empty()]));
  const { L } = cv;
  // (ml31) --dump: every fold item's rules and reader ranges per threshold, one JSON line each (scripts/learnt-cv31.py reads them).
  const dumpRows: string[] = [];
  // (ml31) `drop`: splits left out of every fold's training (never a fold), to measure what a split adds.
  const all = loadData(L, trainSplits(L.lang).filter((s) => folds.includes(s) || !drop.includes(s)));
  const contrasts = withContrasts && L.contrasts ? contrastData(L, L.contrasts()) : [];
  // Only the folds' items are measured: the rules are read on those alone.
  const scored = scoreRules(all.filter((d) => folds.includes(d.split)));
  const pooled = new Map(thresholds.map((t) => [t, { rules: empty(), both: empty() }]));
  for (const fold of folds) {
    // (ml33) --save-models=dir keeps each fold's weights; --load-models=dir reads them instead of training (a gate in the
    // engine or the reader measured on the same fold models in minutes; only valid for the recipe they were trained with).
    const saved = models?.load ? `${models.load}/${L.lang}-${fold}.json` : undefined;
    const keep = subset ? writerSubset(all, fold, subset.share, subset.seed) : undefined;
    if (keep) log(`${fold}: trained on writer splits ${[...keep].join(' ')}`);
    const weights: NegWeightsFile = saved && existsSync(saved) ? (JSON.parse(readFileSync(saved, 'utf8')) as NegWeightsFile) : train(L, [...all.filter((d) => d.split !== fold && (!keep || !isWriterSplit(d.split) || keep.has(d.split))), ...contrasts], o);
    if (models?.save) {
      mkdirSync(models.save, { recursive: true });
      writeFileSync(`${models.save}/${L.lang}-${fold}.json`, JSON.stringify(weights));
    }
    const model = decodeModel(weights);
    const test = scored.filter((s) => s.d.split === fold);
    const rules = empty();
    for (const s of test) tally(rules, s, []);
    log(`${fold}: rules alone ${fmt(rules)}`);
    for (const thr of thresholds) {
      const both = empty();
      const untrimmed = empty();
      for (const s of test) {
        if (trimCompare) {
          // (ml32) The same model's spans untrimmed, for the trim's figure.
          const was = SPAN_TRIM[lang];
          SPAN_TRIM[lang] = false;
          const raw = readerHits(cv.useModel, model, s, thr).map((h) => h.r);
          SPAN_TRIM[lang] = was;
          tally(untrimmed, s, raw);
          if (thr === thresholds[0] && s.d.item.label === 'negative') for (const r of raw) countSpan(spanPrecisionUntrimmed, r, s.d.item.spans);
        }
        const raw: Array<[number, number, string, number]> = [];
        const hits = readerHits(cv.useModel, model, s, thr, raw);
        const extra = hits.map((h) => h.r);
        if (dump) dumpRows.push(JSON.stringify({ fold, thr, id: s.d.item.id, label: s.d.item.label, category: s.d.item.category, spans: s.d.item.spans, rules: s.rules, hits: hits.map((h) => [h.r[0], h.r[1], h.cat, Math.round(h.p * 1e4) / 1e4]), raw, text: s.d.item.text } satisfies CvDumpRow));
        tally(both, s, extra);
        if (thr === thresholds[0] && s.d.item.label === 'negative') for (const r of extra) countSpan(spanPrecision, r, s.d.item.spans);
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
      if (trimCompare) {
        log(`  thr ${thr}: rules + reader, spans untrimmed ${fmt(untrimmed)}`);
        const u = untrimmedPooled.get(thr)!;
        for (const k of ['neg', 'caught', 'neu', 'flagged'] as const) u[k] += untrimmed[k];
      }
      const p = pooled.get(thr)!;
      for (const k of ['neg', 'caught', 'neu', 'flagged', 'spans', 'spansCaught'] as const) {
        p.rules[k] = (p.rules[k] ?? 0) + (rules[k] ?? 0);
        p.both[k] = (p.both[k] ?? 0) + (both[k] ?? 0);
      }
    }
  }
  if (dump) writeFileSync(dump, `${dumpRows.join('\n')}\n`);
  for (const thr of thresholds) {
    const p = pooled.get(thr)!;
    console.log(`pooled ${folds[0]}-${folds[folds.length - 1]}, thr ${thr}: rules alone ${fmt(p.rules)} -> rules + reader ${fmt(p.both)}`);
    if (trimCompare) console.log(`pooled ${folds[0]}-${folds[folds.length - 1]}, thr ${thr}: rules + reader, spans untrimmed ${fmt(untrimmedPooled.get(thr)!)}`);
  }
  console.log(`reader spans on negative items at thr ${thresholds[0]}: ${spanPrecision.on} over marked words (${spanPrecision.past} of them running past), ${spanPrecision.off} elsewhere`);
  if (trimCompare) console.log(`reader spans untrimmed: ${spanPrecisionUntrimmed.on} over marked words (${spanPrecisionUntrimmed.past} of them running past), ${spanPrecisionUntrimmed.off} elsewhere`);
  return pooled;
}

/**
 * Command-line options: --thr=a,b,c (thresholds), --<option>=<number> (a TrainOptions number), --quiet, --fp (list what
 * the reader flags), --folds=a,b (only these folds), --contrasts (every fold also trains on the contrasts), --halves
 * (held-out contrasts; with --base the splits alone), --dump=file (ml31: every fold item's ranges per threshold), --drop=train31 (ml31: train no fold on these splits), and the
 * language's own flags (cv.flags).
 */
export function cvMain(cv: CvLanguage, defaults: TrainOptions, argv: readonly string[]): void {
  cv.flags?.(argv);
  const one = argv.find((a) => a.startsWith('--thr='));
  const thresholds = one ? one.slice(6).split(',').map(Number) : [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95];
  const o = { ...defaults, bits: { ...defaults.bits } };
  for (const a of argv) {
    const m = /^--(\w+)=([\d.e-]+)$/.exec(a);
    if (m && m[1] in o) (o as unknown as Record<string, number>)[m[1]] = Number(m[2]);
    // (ml34) --wbits=18, --sbits=15, --cbits=13: the hashed tables' sizes (log2 of rows), i.e. the weights budget.
    const b = /^--([wsc])bits=(\d+)$/.exec(a);
    if (b) o.bits[b[1] as 'w' | 's' | 'c'] = Number(b[2]);
  }
  // (ml34) --x34=chars,wide,andSplit: features.extra.ts's features switched on (both the trainer and the reader read them).
  const x34 = argv.find((a) => a.startsWith('--x34='))?.slice(6).split(',');
  if (x34) for (const k of ['chars', 'wide', 'andSplit'] as const) EXTRA34[cv.L.lang as 'en' | 'fa'][k] = x34.includes(k);
  console.log(`options: bits ${JSON.stringify(o.bits)}, extra ${JSON.stringify(EXTRA34[cv.L.lang as 'en' | 'fa'])}`);
  if (argv.includes('--halves')) return contrastFigure(cv, thresholds, o, !argv.includes('--base'), argv.includes('--fp'));
  const folds = argv.find((a) => a.startsWith('--folds='))?.slice(8).split(',') as EvalSplit[] | undefined;
  const drop = (argv.find((a) => a.startsWith('--drop='))?.slice(7).split(',') ?? []) as EvalSplit[];
  const dump = argv.find((a) => a.startsWith('--dump='))?.slice(7);
  // (ml32) --clause-cues / --no-clause-cues: the readers with / without features.clause.ts's cues (--cue-words=all|pred|none: which words read them); --no-trim: spans as read (span-trim.ts);
  // --trim-compare: every fold item read untrimmed too, both figures printed.
  if (argv.includes('--clause-cues')) CLAUSE_CUES[cv.L.lang as 'en' | 'fa'] = true;
  if (argv.includes('--no-clause-cues')) CLAUSE_CUES[cv.L.lang as 'en' | 'fa'] = false;
  const cueWords = argv.find((a) => a.startsWith('--cue-words='))?.slice(12);
  if (cueWords === 'all' || cueWords === 'pred' || cueWords === 'none') CLAUSE_CUES.words = cueWords;
  if (argv.includes('--no-trim')) SPAN_TRIM[cv.L.lang as 'en' | 'fa'] = false;
  // (ml33) --second-span: a learnt span beside a rule's suggestion in its clause is shown (engine.ts LEARNT_SECOND_SPAN);
  // --clause-gates=cond,youPast: the clause gates switched on (gates.clause.ts), --no-clause-gates all off.
  if (argv.includes('--second-span')) LEARNT_SECOND_SPAN[cv.L.lang as 'en' | 'fa'] = true;
  if (argv.includes('--no-second-span')) LEARNT_SECOND_SPAN[cv.L.lang as 'en' | 'fa'] = false;
  const gates = argv.find((a) => a.startsWith('--clause-gates='))?.slice(15);
  if (gates !== undefined || argv.includes('--no-clause-gates')) for (const k of CLAUSE_GATE_NAMES) CLAUSE_GATES33[cv.L.lang as 'en' | 'fa'][k] = !!gates?.split(',').includes(k);
  // (data35) --split-weight=dev:0,gen:0.5: per-split training factors (0 leaves a split out), over writerWeight / olderWeight.
  const sw = argv.find((a) => a.startsWith('--split-weight='))?.slice(15);
  if (sw) o.splitWeight = Object.fromEntries(sw.split(',').map((kv) => [kv.split(':')[0], Number(kv.split(':')[1])]));
  // (data35) --writers=0.5 --subset-seed=1: the learning curve. Every fold trains on a seeded random share of the other
  // writer splits (isWriterSplit; the share of the non-fold ones, rounded, at least one), the older splits and contrasts as
  // they are. The subset is drawn per fold from the fold's own candidates, so folds of one seed differ.
  const share = argv.find((a) => a.startsWith('--writers='))?.slice(10);
  const subsetSeed = Number(argv.find((a) => a.startsWith('--subset-seed='))?.slice(14) ?? 1);
  const save = argv.find((a) => a.startsWith('--save-models='))?.slice(14);
  const load = argv.find((a) => a.startsWith('--load-models='))?.slice(14);
  crossValidate(cv, thresholds, o, argv.includes('--quiet') ? () => {} : console.log, argv.includes('--fp'), argv.includes('--contrasts'), folds ?? cv.folds, drop, dump, argv.includes('--trim-compare'), { save, load }, share ? { share: Number(share), seed: subsetSeed } : undefined);
}
