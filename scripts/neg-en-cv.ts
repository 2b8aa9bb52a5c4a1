/**
 * How the learnt English reader transfers to a writer it never read: leave one writer split out, through the engine.
 *
 *   npx tsx scripts/neg-en-cv.ts                 folds late20 … late27 at the thresholds swept
 *   npx tsx scripts/neg-en-cv.ts --thr=0.8       one threshold only (--fp lists the reader's flags)
 *
 * The loop and tallies are scripts/learnt-cv.ts's. The headline fold is late27 (trained on everything but late27; only
 * this session's helpers tune rules on it, so it is the cleanest fold).
 */
import { pathToFileURL } from 'node:url';
import { useNegEnModel } from '../lib/rewrite/learnt/neg.en.ts';
import type { EvalSplit } from '../tests/bench/rewrite-quality.ts';
import { cvMain, type CvLanguage } from './learnt-cv.ts';
import { DEFAULT_TRAIN_EN, EN } from './train-neg-en.ts';

export const FOLDS_EN: EvalSplit[] = ['late20', 'late21', 'late22', 'late23', 'late24', 'late25', 'late26', 'late27'];

export const CV_EN: CvLanguage = { L: EN, folds: FOLDS_EN, useModel: useNegEnModel };

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) cvMain(CV_EN, DEFAULT_TRAIN_EN, process.argv.slice(2));
