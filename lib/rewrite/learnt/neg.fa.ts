/**
 * The learnt reader of Persian negative phrasing: a word-level logistic regression over the language layer's features
 * (features.fa.ts) that says which words of a sentence are negative phrasing, and a second one (softmax over the
 * evaluation sets' categories) that says what kind. Trained by scripts/train-neg-fa.ts on the team's own Persian
 * evaluation splits (never an aside split, never the held-out one); the weights live beside it in
 * neg-fa.weights.json. The engine shows what it finds as advice only (no text change), and only where no rule flagged
 * the words (engine.ts, `learnt` option). lib/rewrite/README.md has its figures.
 */
import { analyzeSentenceTokens, type Token } from '../../nlp/index.ts';
import { featureHashesFa, sentenceFeatureHashesFa, wordIndices } from './features.fa.ts';
import { decodeModel, hashWords, type LearntHit, type LearntLanguage, type NegModel, type NegWeightsFile, readSpans, sentenceProbabilityHashed, spanCategoryHashed, wordProbabilitiesHashed } from './model.ts';
import weightsFile from './neg-fa.weights.json' with { type: 'json' };

export { decodeModel, hashFeature, LEARNT_CATEGORY, type LearntHit, type NegModel, type NegWeightsFile } from './model.ts';

let shipped: NegModel | undefined;
/** The shipped model, decoded on first use. */
export const negFaModel = (): NegModel => (shipped ??= decodeModel(weightsFile as unknown as NegWeightsFile));
/**
 * Evaluation only (scripts/neg-fa-cv.ts): the engine reads with this model instead of the shipped one until called with
 * undefined, so a fold is measured through the engine's own filters. Clear the region cache (or pass cache: false).
 */
export function useNegFaModel(model: NegModel | undefined): void {
  shipped = model;
}

/** Words that carry no phrasing of their own: a span of nothing else is a neighbour's echo, not a finding. */
const FUNCTION_POS: ReadonlySet<string> = new Set(['ADP', 'PRON', 'CONJ', 'DET', 'NUM', 'PUNCT', 'SYM']);
const FUNCTION_WORDS: ReadonlySet<string> = new Set(['را', 'رو', 'هم', 'و', 'که', 'این', 'اون', 'آن', 'ان', 'در', 'از', 'به', 'با', 'تو', 'برای', 'بر', 'یه', 'یک', 'حال', 'دیگه', 'دیگر', 'ضمنا', 'است', 'هست', 'بود']);
const contentWord = (t: Token) => !FUNCTION_POS.has(t.pos) && !FUNCTION_WORDS.has(t.norm) && !/^[0-9]+$/.test(t.norm);

const FA: LearntLanguage = { sentenceHashes: sentenceFeatureHashesFa, wordHashes: featureHashesFa, contentWord };

/** Probability of each word token (in wordIndices order) being negative phrasing. */
export function wordProbabilities(model: NegModel, feats: readonly string[][]): number[] {
  return wordProbabilitiesHashed(model, hashWords(feats));
}

/** Probability that the sentence holds negative phrasing at all. */
export function sentenceProbability(model: NegModel, tokens: readonly Token[]): number {
  return sentenceProbabilityHashed(model, sentenceFeatureHashesFa(tokens));
}

/** The category whose summed scores over the span's words are highest. */
export function spanCategory(model: NegModel, feats: readonly string[][]): string {
  return spanCategoryHashed(model, hashWords(feats));
}

/**
 * Negative spans of one Persian sentence: runs of words whose probability, times the sentence reader's probability,
 * reaches the threshold (a run goes on over the spaces and ZWNJ between words, never over a punctuation mark).
 */
export function readNegFaWith(model: NegModel, text: string, tokens: readonly Token[], threshold = model.threshold): LearntHit[] {
  return readSpans(FA, model, text, tokens, wordIndices(tokens), threshold);
}

/** The shipped model's negative spans of one Persian sentence (offsets into it). */
export function readNegFa(text: string): LearntHit[] {
  return readNegFaWith(negFaModel(), text, analyzeSentenceTokens(text));
}
