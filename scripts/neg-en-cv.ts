/**
 * How the learnt English reader transfers to a writer it never read: leave one writer split out, through the engine.
 *
 *   npx tsx scripts/neg-en-cv.ts                 folds late20 … late28 at the thresholds swept
 *   npx tsx scripts/neg-en-cv.ts --thr=0.8       one threshold only (--fp lists the reader's flags)
 *   npx tsx scripts/neg-en-cv.ts --contrasts     each fold also trains on the tests' look-alike contrasts (as shipped)
 *   npx tsx scripts/neg-en-cv.ts --halves        held-out contrasts: train on the splits + one half of the contrast pool
 *                                                (by source file), count the other half's texts flagged (--base: no half)
 *   --no-kind-gate                               keep the spans neg.en.ts's gates by kind drop
 *   --all-categories                             (ml31) show blame, command and jargon spans too (neg.en.ts EN_SHOWN)
 *   --cat-thr=refusal:0.5,policy:0.7             (ml34) per-category thresholds for the run (over CATEGORY_THRESHOLD_EN)
 *   --no-category-thresholds                     (ml34) every category at the model's threshold (CATEGORY_THRESHOLD_EN emptied)
 *   --lone-noun-gate                             (ml30) drop a span of a lone noun or adjective (neg.en.ts LONE_NOUN_GATE)
 *   --no-hypothetical-gate                       (data35) read a hypothetical consequence (neg.en.ts hypotheticalConsequence)
 *   --folds=late28 (only these folds), --<option>=<n> (a training option: contrastWeight, epochs …)
 *
 * The loop and tallies are scripts/learnt-cv.ts's. The headline fold is late28 (trained on everything but late28: the
 * twenty-eighth session's held-out split, development since the twenty-ninth, whose rules were tuned on it once).
 */
import { pathToFileURL } from 'node:url';
import { CATEGORY_THRESHOLD_EN, EN_SHOWN, RUN_REACH_EN, HYPOTHETICAL_GATE, KIND_GATE, LONE_NOUN_GATE, useNegEnModel } from '../lib/rewrite/learnt/neg.en.ts';
import { CV_FOLDS, cvMain, type CvLanguage } from './learnt-cv.ts';
import { contrastHalf } from './neg-en-contrasts.ts';
import { DEFAULT_TRAIN_EN, EN } from './train-neg-en.ts';


export const CV_EN: CvLanguage = {
  L: EN,
  folds: CV_FOLDS,
  useModel: useNegEnModel,
  contrastHalf: (half) => contrastHalf(half),
  flags: (argv) => {
    if (argv.includes('--no-kind-gate')) KIND_GATE.on = false;
    // (data35) --no-hypothetical-gate: read a hypothetical consequence as before (neg.en.ts hypotheticalConsequence).
    if (argv.includes('--no-hypothetical-gate')) HYPOTHETICAL_GATE.on = false;
    if (argv.includes('--lone-noun-gate')) LONE_NOUN_GATE.on = true;
    if (argv.includes('--all-categories')) EN_SHOWN.all = true;
    // (ml37) --reach=0.3,2: a run of function words read on to its content word (neg.en.ts RUN_REACH_EN: thr, words).
    const reach = argv.find((a) => a.startsWith('--reach='))?.slice(8).split(',').map(Number);
    if (reach) [RUN_REACH_EN.thr, RUN_REACH_EN.words] = reach;
    // (ml37) --reach-not-noun: the reach stops short of a noun (its content word must be no noun or name).
    if (argv.includes('--reach-not-noun')) RUN_REACH_EN.to = (t) => t.pos !== 'NOUN' && t.pos !== 'PROPN';
    // (ml34) --no-category-thresholds: every category read at the model's threshold (for learnt-cv-thresholds.ts).
    if (argv.includes('--no-category-thresholds')) for (const k of Object.keys(CATEGORY_THRESHOLD_EN)) delete CATEGORY_THRESHOLD_EN[k];
    // (ml34) --cat-thr=refusal:0.5,policy:0.7: per-category thresholds set (over the shipped ones) for the run.
    for (const kv of argv.find((a) => a.startsWith('--cat-thr='))?.slice(10).split(',') ?? []) {
      const [k, v] = kv.split(':');
      CATEGORY_THRESHOLD_EN[k] = Number(v);
    }
  },
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) cvMain(CV_EN, DEFAULT_TRAIN_EN, process.argv.slice(2));
