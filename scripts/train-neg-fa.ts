/**
 * Trains the learnt Persian negative-phrasing reader (lib/rewrite/learnt/neg.fa.ts) and writes its weights.
 *
 *   npx tsx scripts/train-neg-fa.ts            train on every Persian development split and the tests' contrasts, write lib/rewrite/learnt/neg-fa.weights.json
 *   npx tsx scripts/train-neg-fa.ts --check    train the same way and say whether the shipped file is what it writes
 *
 * The data, the training and the file are scripts/learnt-train.ts's (shared with the English reader); this file gives
 * it the Persian features, options and (mlfa28) the look-alike contrasts of the unit tests and matrix scripts
 * (scripts/neg-fa-contrasts.ts: sentences asserted to get no suggestion that the rules leave alone), every word label 0.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { featuresFa, sentenceFeaturesFa } from '../lib/rewrite/learnt/features.fa.ts';
import type { NegWeightsFile } from '../lib/rewrite/learnt/model.ts';
import type { EvalSplit } from '../tests/bench/rewrite-quality.ts';
import { contrastData as contrastDataOf, loadData as loadDataOf, train as trainOf, trainMain, trainSplits, type Contrast, type ItemData, type TrainLanguage, type TrainOptions } from './learnt-train.ts';
import { flipRegisterFa } from './learnt-augment.ts';
import { contrastPool } from './neg-fa-contrasts.ts';

export { serialise, type ItemData, type SentenceData, type TrainOptions } from './learnt-train.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const WEIGHTS_PATH = join(here, '..', 'lib', 'rewrite', 'learnt', 'neg-fa.weights.json');

export const FA: TrainLanguage = { lang: 'fa', features: featuresFa, sentenceFeatures: sentenceFeaturesFa, contrasts: contrastPool, augment: flipRegisterFa };

/** Persian splits the reader may learn from: development material only. */
export const FA_TRAIN_SPLITS: EvalSplit[] = trainSplits('fa');

// (data35) writerWeight 2: items of the writer splits (isWriterSplit: late20 onward, every trainNN, train35 included) count
// twice; on the 15 folds +3 items pooled at no neutral cost (lib/rewrite/README.md, data35).
export const DEFAULT_TRAIN: TrainOptions = { epochs: 8, lr: 0.2, l2: 1e-4, bits: { w: 17, s: 14, c: 12 }, seed: 20261206, threshold: 0.7, neutralWeight: 1, contrastWeight: 1, augment: 0, writerWeight: 2, olderWeight: 1 };

/** Every own Persian item of the given splits, in split order then file order. */
export const loadData = (splits: readonly EvalSplit[]): ItemData[] => loadDataOf(FA, splits);

/** Contrasts as neutral items of the Persian reader (every word label 0). */
export const contrastData = (list: readonly Contrast[]): ItemData[] => contrastDataOf(FA, list);

/** Trains the three Persian readers on `data` and returns the weights file's contents. */
export const train = (data: readonly ItemData[], o: TrainOptions = DEFAULT_TRAIN): NegWeightsFile => trainOf(FA, data, o);

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) trainMain(FA, WEIGHTS_PATH, DEFAULT_TRAIN, process.argv.slice(2));
