/**
 * Trains the learnt English negative-phrasing reader (lib/rewrite/learnt/neg.en.ts) and writes its weights.
 *
 *   npx tsx scripts/train-neg-en.ts            train on every English development split and the tests' contrasts, write lib/rewrite/learnt/neg-en.weights.json
 *   npx tsx scripts/train-neg-en.ts --check    train the same way and say whether the shipped file is what it writes
 *
 * The data (own items of every English development split: never an aside split, never the held-out one, never a
 * non-commercial or borrowed source), the training and the file are scripts/learnt-train.ts's, shared with the Persian
 * reader; this file gives it the English features, options and (mlen29) the look-alike contrasts of the unit tests and
 * matrix scripts (scripts/neg-en-contrasts.ts: sentences asserted to get no suggestion that the rules leave alone), every
 * word label 0, weight 0.5, threshold 0.5 (ml31: read at 0.5, each category shown at its own threshold, neg.en.ts
 * CATEGORY_THRESHOLD_EN).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { featuresEn, sentenceFeaturesEn } from '../lib/rewrite/learnt/features.en.ts';
import type { NegWeightsFile } from '../lib/rewrite/learnt/model.ts';
import type { EvalSplit } from '../tests/bench/rewrite-quality.ts';
import { loadData as loadDataOf, train as trainOf, trainMain, trainSplits, type ItemData, type TrainLanguage, type TrainOptions } from './learnt-train.ts';
import { flipContractionsEn } from './learnt-augment.ts';
import { contrastPool } from './neg-en-contrasts.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const WEIGHTS_PATH = join(here, '..', 'lib', 'rewrite', 'learnt', 'neg-en.weights.json');

export const EN: TrainLanguage = { lang: 'en', features: featuresEn, sentenceFeatures: sentenceFeaturesEn, contrasts: contrastPool, augment: flipContractionsEn };

/** English splits the reader may learn from: development material only. */
export const EN_TRAIN_SPLITS: EvalSplit[] = trainSplits('en');

export const DEFAULT_TRAIN_EN: TrainOptions = { epochs: 8, lr: 0.2, l2: 1e-4, bits: { w: 17, s: 14, c: 12 }, seed: 20261206, threshold: 0.5, neutralWeight: 1, contrastWeight: 0.5, augment: 0, writerWeight: 1, olderWeight: 1 };

export const loadData = (splits: readonly EvalSplit[]): ItemData[] => loadDataOf(EN, splits);
export const train = (data: readonly ItemData[], o: TrainOptions = DEFAULT_TRAIN_EN): NegWeightsFile => trainOf(EN, data, o);

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) trainMain(EN, WEIGHTS_PATH, DEFAULT_TRAIN_EN, process.argv.slice(2));
