/**
 * What the learnt negative-phrasing readers share, whatever the language (neg.fa.ts, neg.en.ts): the weights file and
 * its decoding, feature hashing (FNV-1a), the logistic and softmax reading, and the runs of words that make a span.
 * A language brings its features (features.<lang>.ts) and what counts as a content word. lib/rewrite/README.md
 * (mlfa27, mlen28) has the figures.
 */
import type { Token } from '../../nlp/index.ts';
import type { RuleCategory } from '../../packs/schema.ts';

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

/** Indices of the word tokens (letters or digits) of a sentence: the units the reader labels. */
export function wordIndices(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (tokens[i].word) out.push(i);
  return out;
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

// FNV-1a (hashFeature) continued over the parts of a feature name, so a reader hashes its features' names without
// building them: a name built by concatenation is a rope the engine flattens before it can read its letters.
const FNV_PRIME = 0x01000193;
export const fnv = (h: number, s: string): number => {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
};
export const FNV0 = 0x811c9dc5 | 0;
/** The hash state after a feature name's fixed prefix. */
export const fnvPrefix = (prefix: string) => fnv(FNV0, prefix);

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

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Each word's feature names, hashed (hashFeature) once for both the word and the category reader. */
export const hashWords = (feats: readonly string[][]): Uint32Array[] =>
  feats.map((f) => {
    const out = new Uint32Array(f.length);
    for (let i = 0; i < f.length; i++) out[i] = hashFeature(f[i]);
    return out;
  });

/** Probability of each word (hashed features, one array per word) being negative phrasing. */
export function wordProbabilitiesHashed(model: NegModel, hashed: readonly ArrayLike<number>[]): number[] {
  return hashed.map((f) => {
    let z = 0;
    for (let i = 0; i < f.length; i++) z += model.w[f[i] & model.wMask];
    return sigmoid(z);
  });
}

/** Probability that a sentence (its hashed bag of features) holds negative phrasing at all. */
export function sentenceProbabilityHashed(model: NegModel, hs: ArrayLike<number>): number {
  let z = 0;
  for (let i = 0; i < hs.length; i++) z += model.s[hs[i] & model.sMask];
  return sigmoid(z);
}

/** The category whose summed scores over the span's words are highest. */
export function spanCategoryHashed(model: NegModel, hashed: readonly ArrayLike<number>[]): string {
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

/** What a language gives the span reader: its sentence and word features (hashed) and its content words. */
export interface LearntLanguage {
  sentenceHashes: (tokens: readonly Token[]) => ArrayLike<number>;
  wordHashes: (tokens: readonly Token[]) => ArrayLike<number>[];
  /** A word with phrasing of its own: a span of nothing else is a neighbour's echo, not a finding. */
  contentWord: (t: Token) => boolean;
  /** A sentence the reader does not read at all (Persian: a question). */
  skipSentence?: (text: string) => boolean;
  /** Whether a run of words (token indices) holds phrasing enough to be shown (Persian: not a lone noun). */
  keepSpan?: (tokens: readonly Token[], idx: readonly number[]) => boolean;
}

/**
 * Negative spans of one sentence: runs of words whose probability, times the sentence reader's probability, reaches the
 * threshold (a run goes on over the spaces and ZWNJ between words, never over a punctuation mark).
 */
export function readSpans(lang: LearntLanguage, model: NegModel, text: string, tokens: readonly Token[], words: readonly number[], threshold = model.threshold): LearntHit[] {
  if (!words.length || lang.skipSentence?.(text)) return [];
  const ps = sentenceProbabilityHashed(model, lang.sentenceHashes(tokens));
  if (ps < threshold) return [];
  const feats = lang.wordHashes(tokens);
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
    if (idx.some((i) => lang.contentWord(tokens[i])) && (lang.keepSpan?.(tokens, idx) ?? true)) out.push({ start: tokens[words[k]].start, end: tokens[words[e - 1]].end, p: Math.max(...p.slice(k, e)), category: spanCategoryHashed(model, feats.slice(k, e)) });
    k = e;
  }
  return out;
}

/** A language's shipped weights, loaded on first use, and an evaluation override (neg.fa.ts, neg.en.ts). */
export interface LazyModel {
  /** Loads and decodes the shipped weights, once. */
  load(): Promise<NegModel>;
  /** The model to read with: the override, else the shipped one once loaded (the first call starts loading), else undefined. */
  get(): NegModel | undefined;
  /** Evaluation only: read with this model instead of the shipped one until called with undefined. */
  use(model: NegModel | undefined): void;
}

/**
 * Weights behind a dynamic import (`importWeights` must hold the literal `import('./x.weights.json', …)` so the bundler
 * emits the weights as a chunk of their own, fetched and parsed only when the reader first runs).
 */
export function lazyModel(importWeights: () => Promise<{ default: unknown }>): LazyModel {
  let loaded: NegModel | undefined;
  let loading: Promise<NegModel> | undefined;
  let override: NegModel | undefined;
  const load = () => (loading ??= importWeights().then((m) => (loaded ??= decodeModel(m.default as NegWeightsFile))));
  return {
    load,
    get: () => {
      if (override) return override;
      if (!loaded) void load();
      return loaded;
    },
    use: (model) => {
      override = model;
    },
  };
}

/**
 * Per word k of a sentence (an index into `words`, token indices): its folded form and lemma, with sentence-boundary
 * marks beyond either end, and whether a punctuation mark stands between word k-1 and word k (a neighbour across it
 * is across a boundary). Shared by the Persian and English feature readers.
 */
export function wordNeighbours(tokens: readonly Token[], words: readonly number[]) {
  const norm = (k: number) => (k < 0 ? '<s>' : k >= words.length ? '</s>' : tokens[words[k]].norm);
  const lemma = (k: number) => (k < 0 ? '<s>' : k >= words.length ? '</s>' : tokens[words[k]].lemma);
  const punctBefore = (k: number) => {
    if (k <= 0) return false;
    for (let j = words[k - 1] + 1; j < words[k]; j++) if (!tokens[j].word && tokens[j].text.trim()) return true;
    return false;
  };
  return { norm, lemma, punctBefore };
}
