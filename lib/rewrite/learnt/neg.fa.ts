/**
 * The learnt reader of Persian negative phrasing: a word-level logistic regression over the language layer's features
 * (features.fa.ts) that says which words of a sentence are negative phrasing, and a second one (softmax over the
 * evaluation sets' categories) that says what kind. Trained by scripts/train-neg-fa.ts on the team's own Persian
 * evaluation splits (never an aside split, never the held-out one); the weights live beside it in
 * neg-fa.weights.json, loaded only when the reader is asked for (loadNegFaModel: a chunk of its own in the build, so the
 * reader switched off costs neither the download's parse nor the decoding). The engine shows what it finds as advice
 * only (no text change), and only where no rule flagged the words (engine.ts, `learnt` option). lib/rewrite/README.md
 * has its figures.
 */
import { analyzeSentenceTokens, type Token } from '../../nlp/index.ts';
import type { RuleCategory } from '../../packs/schema.ts';
import { featureHashesFa, sentenceFeatureHashesFa, wordIndices } from './features.fa.ts';

/**
 * The weights file: three hashed tables (the hashing trick: a feature's weight sits at FNV-1a(feature) mod the table
 * size), each quantised to signed bytes times its scale and stored in base64, so the file's size is fixed by the table
 * sizes whatever the vocabulary.
 */
export interface NegWeightsFile {
  version: 2;
  /** Probability (word times sentence) a word needs to be read as negative phrasing. */
  threshold: number;
  /** log2 of each table's rows: w (word reader), s (sentence reader), c (category reader, classes per row). */
  bits: { w: number; s: number; c: number };
  scale: { w: number; s: number; c: number };
  /** Category names (the evaluation sets' negative categories). */
  classes: string[];
  w: string;
  s: string;
  c: string;
}

/** A model ready to read: the tables as numbers. */
export interface NegModel {
  threshold: number;
  wMask: number;
  sMask: number;
  cMask: number;
  classes: string[];
  w: Float32Array;
  s: Float32Array;
  /** Row-major: row (hashed feature) times classes. */
  c: Float32Array;
}

/** FNV-1a over the UTF-16 code units of a feature name (32 bits). */
export function hashFeature(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function decodeTable(b64: string, scale: number): Float32Array {
  const bin = atob(b64);
  const out = new Float32Array(bin.length);
  for (let i = 0; i < bin.length; i++) {
    const b = bin.charCodeAt(i);
    out[i] = (b > 127 ? b - 256 : b) * scale;
  }
  return out;
}

export function decodeModel(f: NegWeightsFile): NegModel {
  return {
    threshold: f.threshold,
    wMask: (1 << f.bits.w) - 1,
    sMask: (1 << f.bits.s) - 1,
    cMask: (1 << f.bits.c) - 1,
    classes: f.classes,
    w: decodeTable(f.w, f.scale.w),
    s: decodeTable(f.s, f.scale.s),
    c: decodeTable(f.c, f.scale.c),
  };
}

export interface LearntHit {
  /** Offsets into the sentence, end exclusive. */
  start: number;
  end: number;
  /** The highest word probability in the span. */
  p: number;
  /** The evaluation sets' category it reads (refusal, blame, command, …). */
  category: string;
}

let loaded: NegModel | undefined;
let loading: Promise<NegModel> | undefined;
let override: NegModel | undefined;
/**
 * Loads and decodes the shipped weights, once (a dynamic import: the bundler emits the weights as a chunk of their own,
 * fetched and parsed only when this runs). The engine starts it the first time a call asks for the reader and reads
 * nothing until it has resolved; a page that turns the reader on awaits it first, as the tests and scripts do.
 */
export function loadNegFaModel(): Promise<NegModel> {
  return (loading ??= import('./neg-fa.weights.json', { with: { type: 'json' } }).then((m) => (loaded ??= decodeModel(m.default as unknown as NegWeightsFile))));
}
/** The model the reader reads with: undefined until loadNegFaModel has resolved (and the first call starts it). */
export function negFaModel(): NegModel | undefined {
  if (override) return override;
  if (!loaded) void loadNegFaModel();
  return loaded;
}
/**
 * Evaluation only (scripts/neg-fa-cv.ts): the engine reads with this model instead of the shipped one until called with
 * undefined, so a fold is measured through the engine's own filters. Clear the region cache (or pass cache: false).
 */
export function useNegFaModel(model: NegModel | undefined): void {
  override = model;
}

/** Per category: the generic reader's construction whose advice (English and Persian) fits, and the rule category. */
export const LEARNT_CATEGORY: Record<string, { construction: string; category: RuleCategory }> = {
  refusal: { construction: 'not-available', category: 'cant-wont' },
  'time-refusal': { construction: 'time-refusal', category: 'until' },
  unfortunately: { construction: 'regret-opener', category: 'negative-words' },
  policy: { construction: 'policy-shield', category: 'policy' },
  blame: { construction: 'second-person-blame', category: 'blame' },
  command: { construction: 'customer-obligation', category: 'commands' },
  dismissive: { construction: 'minimising', category: 'dismissive' },
  'not-knowing': { construction: 'not-knowing', category: 'uncertainty' },
  'not-my-dept': { construction: 'handled-elsewhere', category: 'dismissive' },
  system: { construction: 'system-blocks', category: 'other' },
  'ill-try': { construction: 'hedged-effort', category: 'uncertainty' },
  jargon: { construction: 'internal-jargon', category: 'jargon' },
  'to-be-honest': { construction: 'confiding', category: 'negative-words' },
  'passive-aggressive': { construction: 'talking-down', category: 'passive-aggressive' },
  'apology-reflex': { construction: 'apology-reflex', category: 'over-apology' },
};

/** Words that carry no phrasing of their own: a span of nothing else is a neighbour's echo, not a finding. */
const FUNCTION_POS: ReadonlySet<string> = new Set(['ADP', 'PRON', 'CONJ', 'DET', 'NUM', 'PUNCT', 'SYM']);
const FUNCTION_WORDS: ReadonlySet<string> = new Set(['را', 'رو', 'هم', 'و', 'که', 'این', 'اون', 'آن', 'ان', 'در', 'از', 'به', 'با', 'تو', 'برای', 'بر', 'یه', 'یک', 'حال', 'دیگه', 'دیگر', 'ضمنا', 'است', 'هست', 'بود']);
const contentWord = (t: Token) => !FUNCTION_POS.has(t.pos) && !FUNCTION_WORDS.has(t.norm) && !/^[0-9]+$/.test(t.norm);
/**
 * Whether a span holds phrasing and not a lone name of a thing: a verb, a negation, an adverb or interjection, or two
 * content words. A lone noun or
 * adjective («فوت», «لنت», «حواله») is a word the sentence's other words made likely, and advice naming it reads as
 * nonsense to the agent (the cross-validated folds: most such spans fell beside the marked words or on neutrals).
 */
export const SPAN_GATE = { on: true, question: true };
/**
 * A question («موضوع مهمی نیست؟», «آیا زمان تحویل هنوز مشخص نمی‌باشد؟») is not read: a negation in a question asks, and
 * the rules read the questions that reproach («چند بار باید بگم؟»).
 */
const QUESTION_END = /[؟?]\s*\S{0,3}\s*$/u;
const PHRASING_POS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'ADV', 'INTJ', 'PART']);
function evidentSpan(tokens: readonly Token[], idx: readonly number[]): boolean {
  if (!SPAN_GATE.on) return true;
  let content = 0;
  for (const i of idx) {
    const t = tokens[i];
    if (t.fa || t.neg || PHRASING_POS.has(t.pos)) return true;
    if (contentWord(t)) content++;
  }
  return content >= 2;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Each word's feature names, hashed (hashFeature) once for both the word and the category reader. */
const hashWords = (feats: readonly string[][]): Uint32Array[] =>
  feats.map((f) => {
    const out = new Uint32Array(f.length);
    for (let i = 0; i < f.length; i++) out[i] = hashFeature(f[i]);
    return out;
  });

/** Probability of each word token (in wordIndices order) being negative phrasing. */
export function wordProbabilities(model: NegModel, feats: readonly string[][]): number[] {
  return wordProbabilitiesHashed(model, hashWords(feats));
}

function wordProbabilitiesHashed(model: NegModel, hashed: readonly ArrayLike<number>[]): number[] {
  return hashed.map((f) => {
    let z = 0;
    for (let i = 0; i < f.length; i++) z += model.w[f[i] & model.wMask];
    return sigmoid(z);
  });
}

/** Probability that the sentence holds negative phrasing at all. */
export function sentenceProbability(model: NegModel, tokens: readonly Token[]): number {
  let z = 0;
  const hs = sentenceFeatureHashesFa(tokens);
  for (let i = 0; i < hs.length; i++) z += model.s[hs[i] & model.sMask];
  return sigmoid(z);
}

/** The category whose summed scores over the span's words are highest. */
export function spanCategory(model: NegModel, feats: readonly string[][]): string {
  return spanCategoryHashed(model, hashWords(feats));
}

function spanCategoryHashed(model: NegModel, hashed: readonly ArrayLike<number>[]): string {
  const score = new Array<number>(model.classes.length).fill(0);
  const K = model.classes.length;
  for (const f of hashed)
    for (let i = 0; i < f.length; i++) {
      const row = (f[i] & model.cMask) * K;
      for (let k = 0; k < K; k++) score[k] += model.c[row + k];
    }
  let best = 0;
  for (let k = 1; k < score.length; k++) if (score[k] > score[best]) best = k;
  return model.classes[best] ?? 'negative-words';
}

/**
 * Negative spans of one Persian sentence: runs of words whose probability, times the sentence reader's probability,
 * reaches the threshold (a run goes on over the spaces and ZWNJ between words, never over a punctuation mark).
 */
export function readNegFaWith(model: NegModel, text: string, tokens: readonly Token[], threshold = model.threshold): LearntHit[] {
  const words = wordIndices(tokens);
  if (!words.length) return [];
  if (SPAN_GATE.question && QUESTION_END.test(text)) return [];
  const ps = sentenceProbability(model, tokens);
  if (ps < threshold) return [];
  const feats = featureHashesFa(tokens);
  const p = wordProbabilitiesHashed(model, feats).map((x) => x * ps);
  const out: LearntHit[] = [];
  let k = 0;
  while (k < words.length) {
    if (p[k] < threshold) {
      k++;
      continue;
    }
    let e = k + 1;
    while (e < words.length && p[e] >= threshold && !/[^\s\u200c]/.test(text.slice(tokens[words[e - 1]].end, tokens[words[e]].start))) e++;
    const idx = words.slice(k, e);
    if (idx.some((i) => contentWord(tokens[i])) && evidentSpan(tokens, idx)) out.push({ start: tokens[words[k]].start, end: tokens[words[e - 1]].end, p: Math.max(...p.slice(k, e)), category: spanCategoryHashed(model, feats.slice(k, e)) });
    k = e;
  }
  return out;
}

/** The shipped model's negative spans of one Persian sentence (offsets into it); none while the model is loading. */
export function readNegFa(text: string): LearntHit[] {
  const model = negFaModel();
  return model ? readNegFaWith(model, text, analyzeSentenceTokens(text)) : [];
}
