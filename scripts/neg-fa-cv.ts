/**
 * How the learnt Persian reader transfers to a writer it never read: leave one writer split out.
 *
 *   npx tsx scripts/neg-fa-cv.ts                 folds late20 … late27 and the late27 headline, at the thresholds swept
 *   npx tsx scripts/neg-fa-cv.ts --thr=0.8       one threshold only
 *   npx tsx scripts/neg-fa-cv.ts --contrasts     each fold also trains on the tests' look-alike contrasts (as shipped)
 *   npx tsx scripts/neg-fa-cv.ts --halves        held-out contrasts: train on the splits + one half of the contrast pool
 *                                                (by source file), count the other half's texts flagged (--base: no half)
 *   --folds=late27,late26                        only these folds
 *   --<option>=<n> sets a training option (epochs, lr, l2, neutralWeight, contrastWeight); --fp lists what is flagged;
 *   --no-question-gate, --no-span-gate           read questions / keep lone-noun spans (neg.fa.ts SPAN_GATE)
 *   --cat-thr=refusal:0.5,policy:0.7             (ml34) per-category thresholds for the run (CATEGORY_THRESHOLD_FA)
 *   --no-formal                                  (ml34) the clause gates read the layer's verbs only (gates.clause.ts FORMAL_VERBS_FA)
 *   --light-verb, --no-light-verb                (mlfa35) a lone-noun run read on to its negated light verb (neg.fa.ts LIGHT_VERB)
 *   --light-reach=4, --pieces, --no-pieces       (mlfa35) its reach; each comma piece read as a sentence too (PIECES)
 *   --lone-jargon                                (mlfa35) a jargon run kept though a lone noun (LONE_JARGON, off)
 *
 * The folds' loop and tallies are scripts/learnt-cv.ts's (shared with the English reader). For each fresh split
 * (late20 … late27, each written by writers unseen before), the reader is trained on every other Persian development
 * split and measured on the fold through the engine, rules alone and rules + reader. The headline trains on late20 …
 * late26 and everything older, measures late27.
 */
import { pathToFileURL } from 'node:url';
import { CATEGORY_THRESHOLD_FA, LIGHT_VERB, LONE_JARGON, PIECES, SPAN_GATE, useNegFaModel } from '../lib/rewrite/learnt/neg.fa.ts';
import { FORMAL_VERBS_FA } from '../lib/rewrite/learnt/gates.clause.ts';
import type { EvalSplit } from '../tests/bench/rewrite-quality.ts';
import { crossValidate as crossValidateOf, CV_FOLDS, cvMain, type CvLanguage, type Tally } from './learnt-cv.ts';
import { contrastHalf } from './neg-fa-contrasts.ts';
import { DEFAULT_TRAIN, FA, type TrainOptions } from './train-neg-fa.ts';

export { spanPrecision, type Tally } from './learnt-cv.ts';


const CV: CvLanguage = {
  L: FA,
  folds: CV_FOLDS,
  useModel: useNegFaModel,
  contrastHalf: (half) => contrastHalf(half),
  flags: (argv) => {
    if (argv.includes('--no-question-gate')) SPAN_GATE.question = false;
    if (argv.includes('--no-span-gate')) SPAN_GATE.on = false;
    // (ml34) --no-formal: the clause gates read the layer's verbs only (FORMAL_VERBS_FA off), as before ml34.
    if (argv.includes('--no-formal')) FORMAL_VERBS_FA.on = false;
    // (mlfa35) --light-verb / --no-light-verb: a lone-noun run read on to the negated light verb closing it (neg.fa.ts LIGHT_VERB).
    if (argv.includes('--light-verb')) LIGHT_VERB.on = true;
    if (argv.includes('--no-light-verb')) LIGHT_VERB.on = false;
    const reach = argv.find((a) => a.startsWith('--light-reach='))?.slice(14);
    if (reach) LIGHT_VERB.reach = Number(reach);
    // (mlfa35) --pieces / --no-pieces: each comma piece of a sentence read as a sentence too (neg.fa.ts PIECES).
    if (argv.includes('--pieces')) PIECES.on = true;
    if (argv.includes('--no-pieces')) PIECES.on = false;
    // (mlfa35) --lone-jargon: a jargon run kept though a lone noun (neg.fa.ts LONE_JARGON).
    if (argv.includes('--lone-jargon')) LONE_JARGON.on = true;
    // (ml34) --cat-thr=refusal:0.5,policy:0.7: per-category thresholds set (over the shipped ones) for the run.
    for (const kv of argv.find((a) => a.startsWith('--cat-thr='))?.slice(10).split(',') ?? []) {
      const [k, v] = kv.split(':');
      CATEGORY_THRESHOLD_FA[k] = Number(v);
    }
  },
};

export const crossValidate = (thresholds: readonly number[], o: TrainOptions = DEFAULT_TRAIN, log: (s: string) => void = console.log, showFp = false, withContrasts = false, folds: readonly EvalSplit[] = CV_FOLDS): Map<number, { rules: Tally; both: Tally }> =>
  crossValidateOf(CV, thresholds, o, log, showFp, withContrasts, folds);

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) cvMain(CV, DEFAULT_TRAIN, process.argv.slice(2));
