/**
 * How the learnt Persian reader transfers to a writer it never read: leave one writer split out.
 *
 *   npx tsx scripts/neg-fa-cv.ts                 folds late20 … late26 and the late26 headline, at the thresholds swept
 *   npx tsx scripts/neg-fa-cv.ts --thr=0.8       one threshold only
 *
 * The folds' loop and tallies are scripts/learnt-cv.ts's (shared with the English reader). For each fresh split
 * (late20 … late26, each written by writers unseen before), the reader is trained on every other Persian development
 * split and measured on the fold through the engine, rules alone and rules + reader. The headline trains on late20 …
 * late25 and everything older, measures late26.
 */
import { pathToFileURL } from 'node:url';
import { useNegFaModel } from '../lib/rewrite/learnt/neg.fa.ts';
import type { EvalSplit } from '../tests/bench/rewrite-quality.ts';
import { crossValidate as crossValidateOf, cvMain, type CvLanguage, type Tally } from './learnt-cv.ts';
import { DEFAULT_TRAIN, FA, type TrainOptions } from './train-neg-fa.ts';

export { spanPrecision, type Tally } from './learnt-cv.ts';

export const FOLDS: EvalSplit[] = ['late20', 'late21', 'late22', 'late23', 'late24', 'late25', 'late26'];

const CV: CvLanguage = { L: FA, folds: FOLDS, useModel: useNegFaModel };

export const crossValidate = (thresholds: readonly number[], o: TrainOptions = DEFAULT_TRAIN, log: (s: string) => void = console.log, showFp = false): Map<number, { rules: Tally; both: Tally }> => crossValidateOf(CV, thresholds, o, log, showFp);

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) cvMain(CV, DEFAULT_TRAIN, process.argv.slice(2));
