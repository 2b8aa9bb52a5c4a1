/**
 * (mlfa35) Where a learnt reader loses the items the rules miss, on the leave-one-writer-split-out folds: for every
 * marked span of a fold's negative item that no rule's flagged words overlap, the first stage that drops it.
 *
 *   npx tsx scripts/learnt-lost35.ts --lang=fa --models=/tmp/fa-base [--thr=0.7] [--folds=late33,late34] [--list=stage,stage] [--no-light-verb]
 *
 * `--models` is a directory of `neg-*-cv.ts --save-models=…` fold weights (<lang>-<fold>.json, each trained without its
 * fold). Stages, in the order a span goes through them:
 *   not-read      the span's sentence is not the reader's language (Finglish, mixed) or not read (a question)
 *   sentence      the sentence reader's probability is below the threshold (no word can pass)
 *   word          the sentence passes but no word over the span reaches the threshold (word probability x sentence)
 *   content       a run over the span reaches it but holds no content word
 *   span-gate     the run is a lone noun (keepSpan)
 *   gates         the reader's own gates by kind / per-category thresholds drop it (Persian: gatedByKind)
 *   clause-gates  (Persian) gates.clause.ts drops it
 *   trim          span-trim.ts moves the span off the marked words
 *   engine        the engine's advice chain drops it (a rule's suggestion of the category in its clause, the neutral
 *                 filters, the Persian guard)
 *   shown         the engine shows reader advice over the marked span
 * (a) = not-read + sentence + word, (b) = content … engine, (c) = items with reader advice shown elsewhere but not
 * over every marked span. Prints counts per fold, pooled, and the headline fold's spans per stage with `--list`.
 */
import { readFileSync } from 'node:fs';
import { builtinPacks } from '../lib/packs/index.ts';
import { suggestRewrites } from '../lib/rewrite/index.ts';
import { sentenceLanguage } from '../lib/rewrite/engine.ts';
import { decodeModel, phrasingSpan, readSpans, wordIndices, type LearntLanguage, type NegModel, type NegWeightsFile } from '../lib/rewrite/learnt/model.ts';
import { sentenceBagFa, wordFeaturesFa, featureHashesFa, sentenceFeatureHashesFa } from '../lib/rewrite/learnt/features.fa.ts';
import { sentenceBagEn, wordFeaturesEn, featureHashesEn, sentenceFeatureHashesEn } from '../lib/rewrite/learnt/features.en.ts';
import { contentWordFa, LIGHT_VERB, readNegFaWith, SPAN_GATE, useNegFaModel } from '../lib/rewrite/learnt/neg.fa.ts';
import { CATEGORY_THRESHOLD_EN, contentWordEn, readNegEnWith, useNegEnModel } from '../lib/rewrite/learnt/neg.en.ts';
import { CLAUSE_GATES33, CLAUSE_GATE_NAMES } from '../lib/rewrite/learnt/gates.clause.ts';
import { SPAN_TRIM } from '../lib/rewrite/learnt/span-trim.ts';
import { sentenceProbabilityHashed, wordProbabilitiesHashed } from '../lib/rewrite/learnt/model.ts';
import type { EvalSplit } from '../tests/bench/rewrite-quality.ts';
import { CV_FOLDS } from './learnt-cv.ts';
import { loadData, type ItemData } from './learnt-train.ts';
import { FA } from './train-neg-fa.ts';
import { EN } from './train-neg-en.ts';

type Range = readonly [number, number];
const hit = (a: Range, b: Range) => a[0] < b[1] && b[0] < a[1];
const arg = (k: string) => process.argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
const lang = (arg('lang') ?? 'fa') as 'fa' | 'en';
const dir = arg('models');
if (!dir) throw new Error('--models=<dir> of saved fold weights');
const thr = Number(arg('thr') ?? (lang === 'fa' ? 0.7 : 0.5));
const folds = (arg('folds')?.split(',') ?? CV_FOLDS) as EvalSplit[];
const list = new Set(arg('list')?.split(',') ?? []);
// (mlfa35) --no-light-verb: the Persian runs as before LIGHT_VERB (the session-start figure).
if (process.argv.includes('--no-light-verb')) LIGHT_VERB.on = false;

export const STAGES = ['not-read', 'sentence', 'word', 'content', 'span-gate', 'gates', 'clause-gates', 'trim', 'engine', 'shown'] as const;
type Stage = (typeof STAGES)[number];

const contentWord = lang === 'fa' ? contentWordFa : contentWordEn;
const phrases = lang === 'fa' ? (t: { fa?: unknown; neg?: unknown }) => !!(t.fa || t.neg) : (t: { neg?: unknown }) => !!t.neg;
const raw: LearntLanguage = { sentenceBag: lang === 'fa' ? sentenceBagFa : sentenceBagEn, wordFeatures: lang === 'fa' ? wordFeaturesFa : wordFeaturesEn, contentWord };
const withKeep: LearntLanguage = { ...raw, keepSpan: (tokens, idx) => phrasingSpan(tokens, idx, contentWord, phrases) };
const useModel = lang === 'fa' ? useNegFaModel : useNegEnModel;
const QUESTION_END = /[؟?]\s*\S{0,3}\s*$/u;

function readWith(model: NegModel, text: string, tokens: Parameters<typeof readNegFaWith>[2], o: { clause: boolean; trim: boolean; catThr: boolean }) {
  const saveClause = { ...CLAUSE_GATES33[lang] };
  const saveTrim = SPAN_TRIM[lang];
  const saveCat = { ...CATEGORY_THRESHOLD_EN };
  if (!o.clause) for (const k of CLAUSE_GATE_NAMES) CLAUSE_GATES33[lang][k] = false;
  SPAN_TRIM[lang] = o.trim;
  if (!o.catThr) for (const k of Object.keys(CATEGORY_THRESHOLD_EN)) delete CATEGORY_THRESHOLD_EN[k];
  try {
    return lang === 'fa' ? readNegFaWith(model, text, tokens, thr) : readNegEnWith(model, text, tokens, thr);
  } finally {
    Object.assign(CLAUSE_GATES33[lang], saveClause);
    SPAN_TRIM[lang] = saveTrim;
    Object.assign(CATEGORY_THRESHOLD_EN, saveCat);
  }
}

/** The first stage that drops marked span `sp` of item `d` (sentence-relative reading, then the engine's list). */
function stageOf(model: NegModel, d: ItemData, sp: Range, shown: readonly Range[]): { stage: Stage; p: number; ps: number } {
  if (shown.some((r) => hit(r, sp))) return { stage: 'shown', p: 1, ps: 1 };
  const sents = d.sents.filter((s) => hit([s.start, s.start + s.text.length], sp));
  let best: { stage: Stage; p: number; ps: number } = { stage: 'not-read', p: 0, ps: 0 };
  const rank = (s: Stage) => STAGES.indexOf(s);
  for (const s of sents) {
    const local: Range = [sp[0] - s.start, sp[1] - s.start];
    const r = ((): { stage: Stage; p: number; ps: number } => {
      if (sentenceLanguage(s.text) !== lang) return { stage: 'not-read', p: 0, ps: 0 };
      if (lang === 'fa' && SPAN_GATE.question && QUESTION_END.test(s.text)) return { stage: 'not-read', p: 0, ps: 0 };
      const idx = wordIndices(s.tokens);
      const ps = sentenceProbabilityHashed(model, lang === 'fa' ? sentenceFeatureHashesFa(s.tokens) : sentenceFeatureHashesEn(s.tokens));
      const pw = wordProbabilitiesHashed(model, lang === 'fa' ? featureHashesFa(s.tokens) : featureHashesEn(s.tokens));
      let p = 0;
      idx.forEach((i, k) => {
        if (hit([s.tokens[i].start, s.tokens[i].end], local)) p = Math.max(p, pw[k] * ps);
      });
      if (ps < thr) return { stage: 'sentence', p, ps };
      if (p < thr) return { stage: 'word', p, ps };
      const over = (hs: readonly { start: number; end: number }[]) => hs.some((h) => hit([h.start, h.end], local));
      if (!over(readSpans(raw, model, s.text, s.tokens, idx, thr))) return { stage: 'content', p, ps };
      if (!over(readSpans(withKeep, model, s.text, s.tokens, idx, thr))) return { stage: 'span-gate', p, ps };
      if (!over(readWith(model, s.text, s.tokens, { clause: false, trim: false, catThr: true }))) return { stage: 'gates', p, ps };
      if (!over(readWith(model, s.text, s.tokens, { clause: true, trim: false, catThr: true }))) return { stage: 'clause-gates', p, ps };
      if (!over(readWith(model, s.text, s.tokens, { clause: true, trim: true, catThr: true }))) return { stage: 'trim', p, ps };
      return { stage: 'engine', p, ps };
    })();
    if (rank(r.stage) > rank(best.stage) || (r.stage === best.stage && r.p > best.p)) best = r;
  }
  return best;
}

const L = lang === 'fa' ? FA : EN;
const data = loadData(L, folds);
const pooled = new Map<Stage, number>();
const pooledItems = { missed: 0, caughtByReader: 0, shownElsewhere: 0, a: 0, b: 0 };
const nearMiss: number[] = [];
for (const fold of folds) {
  const model = decodeModel(JSON.parse(readFileSync(`${dir}/${lang}-${fold}.json`, 'utf8')) as NegWeightsFile);
  const per = new Map<Stage, number>();
  const items = { missed: 0, caughtByReader: 0, shownElsewhere: 0, a: 0, b: 0 };
  for (const d of data.filter((x) => x.split === fold && x.item.label === 'negative')) {
    const opts = d.exclude.length ? { exclude: d.exclude } : {};
    const rules = suggestRewrites(d.item.text, builtinPacks, { ...opts, learnt: false }).map((x) => [x.flagged.start, x.flagged.end] as Range);
    const missing = d.item.spans.filter((sp) => !rules.some((r) => hit(r, sp)));
    if (!missing.length) continue;
    items.missed++;
    useModel({ ...model, threshold: thr });
    let shown: Range[];
    try {
      shown = suggestRewrites(d.item.text, builtinPacks, { ...opts, learnt: true, cache: false })
        .filter((x) => x.ruleId.startsWith('learnt-'))
        .map((x) => [x.flagged.start, x.flagged.end] as Range);
    } finally {
      useModel(undefined);
    }
    const stages = missing.map((sp) => ({ sp, ...stageOf(model, d, sp, shown) }));
    for (const s of stages) {
      per.set(s.stage, (per.get(s.stage) ?? 0) + 1);
      if (s.stage === 'word' || s.stage === 'sentence') nearMiss.push(s.p);
      if (list.has(s.stage) && (fold === folds[folds.length - 1] || list.has('all')))
        console.log(`  ${fold} ${s.stage} p=${s.p.toFixed(2)} ps=${s.ps.toFixed(2)} «${d.item.text.slice(s.sp[0], s.sp[1])}» ${d.item.category ?? ''} :: ${d.item.text.replace(/\n/g, ' / ').slice(0, 160)}`);
    }
    const worst = stages.reduce((a, b) => (STAGES.indexOf(b.stage) < STAGES.indexOf(a.stage) ? b : a));
    if (stages.every((s) => s.stage === 'shown')) items.caughtByReader++;
    else if (shown.length) items.shownElsewhere++;
    else if (['not-read', 'sentence', 'word'].includes(worst.stage)) items.a++;
    else items.b++;
  }
  console.log(`${fold}: rule-missed items ${items.missed}: reader catches ${items.caughtByReader}, (c) shown but not over every marked span ${items.shownElsewhere}, nothing shown: (a) below threshold ${items.a}, (b) above but dropped ${items.b}; spans by stage ${STAGES.map((s) => `${s} ${per.get(s) ?? 0}`).join(', ')}`);
  for (const [k, v] of per) pooled.set(k, (pooled.get(k) ?? 0) + v);
  for (const k of Object.keys(items) as (keyof typeof items)[]) pooledItems[k] += items[k];
}
console.log(`pooled ${folds[0]}-${folds[folds.length - 1]} (${lang}, thr ${thr}): rule-missed items ${pooledItems.missed}: reader catches ${pooledItems.caughtByReader}, (c) ${pooledItems.shownElsewhere}, (a) ${pooledItems.a}, (b) ${pooledItems.b}`);
console.log(`  spans by stage: ${STAGES.map((s) => `${s} ${pooled.get(s) ?? 0}`).join(', ')}`);
const bins = [0.1, 0.3, 0.5, 0.6, thr];
console.log(`  below-threshold spans by best probability: ${bins.map((b, k) => `<${b} ${nearMiss.filter((p) => p < b && (k === 0 || p >= bins[k - 1])).length}`).join(', ')}`);
