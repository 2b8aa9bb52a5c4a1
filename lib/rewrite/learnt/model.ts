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

/**
 * A model ready to read. (mlfast29) The tables stay the file's bytes (a quarter of the memory of 32-bit floats, so the
 * word table's 128 KB stays in a core's cache between sentences), each read through its 256 values: `wv[w[i]]` is the
 * byte times the scale, rounded to a 32-bit float as the tables were before, so every sum is the same number.
 */
export interface NegModel {
  threshold: number;
  wMask: number;
  sMask: number;
  cMask: number;
  classes: string[];
  w: Uint8Array;
  s: Uint8Array;
  /** Row-major: row (hashed feature) times classes. */
  c: Uint8Array;
  /** Per byte value (0-255, a signed byte's two's complement): its weight in the word, sentence and category table. */
  wv: Float64Array;
  sv: Float64Array;
  cv: Float64Array;
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

function decodeTable(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Each byte's weight: the signed byte times the scale, as a 32-bit float (what a Float32Array of the table held). */
function byteValues(scale: number): Float64Array {
  const out = new Float64Array(256);
  for (let b = 0; b < 256; b++) out[b] = Math.fround((b > 127 ? b - 256 : b) * scale);
  return out;
}

export function decodeModel(f: NegWeightsFile): NegModel {
  return {
    threshold: f.threshold,
    wMask: (1 << f.bits.w) - 1,
    sMask: (1 << f.bits.s) - 1,
    cMask: (1 << f.bits.c) - 1,
    classes: f.classes,
    w: decodeTable(f.w),
    s: decodeTable(f.s),
    c: decodeTable(f.c),
    wv: byteValues(f.scale.w),
    sv: byteValues(f.scale.s),
    cv: byteValues(f.scale.c),
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

/**
 * Evaluation only (ml31: scripts/learnt-cv.ts --dump): when `hits` is set, each language's reader appends the spans it
 * returns, with the sentence they are in, so a span the engine shows can be given its probability.
 */
export const LEARNT_TRACE: { hits?: Array<{ text: string; hit: LearntHit }> } = {};

/** (ml31) Whether a span passes its category's own threshold (`byCategory`; a category not listed keeps the model's). */
export const passesCategory = (h: LearntHit, byCategory: Readonly<Record<string, number>>): boolean => {
  const t = byCategory[h.category];
  return t === undefined || h.p >= t;
};

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
    for (let i = 0; i < f.length; i++) z += model.wv[model.w[f[i] & model.wMask]];
    return sigmoid(z);
  });
}

/** Probability that a sentence (its hashed bag of features) holds negative phrasing at all. */
export function sentenceProbabilityHashed(model: NegModel, hs: ArrayLike<number>): number {
  let z = 0;
  for (let i = 0; i < hs.length; i++) z += model.sv[model.s[hs[i] & model.sMask]];
  return sigmoid(z);
}

/** The category whose summed scores over the span's words are highest. */
export function spanCategoryHashed(model: NegModel, hashed: readonly ArrayLike<number>[]): string {
  const score = new Array<number>(model.classes.length).fill(0);
  const K = model.classes.length;
  for (const f of hashed)
    for (let i = 0; i < f.length; i++) {
      const row = (f[i] & model.cMask) * K;
      for (let k = 0; k < K; k++) score[k] += model.cv[model.c[row + k]];
    }
  let best = 0;
  for (let k = 1; k < score.length; k++) if (score[k] > score[best]) best = k;
  return model.classes[best] ?? 'negative-words';
}

/**
 * (mlfast29) A sentence's feature hashes, written into arrays reused from one sentence to the next, so the reader's hot
 * loop allocates nothing: per word, its features' hashes (word k's are `h[at[k]]` … `h[at[k + 1] - 1]`), or a
 * sentence's bag, each hash once in first-seen order (`addOnce`, an open-addressing set cleared by a generation count).
 */
export class FeatureBuf {
  h = new Int32Array(1024);
  n = 0;
  at = new Int32Array(128);
  words = 0;
  private keys = new Int32Array(256);
  private marks = new Uint32Array(256);
  private gen = 1;

  /** Empties the buffer (and the set of hashes addOnce has seen). */
  reset(): void {
    this.n = 0;
    this.words = 0;
    this.at[0] = 0;
    if (++this.gen === 0xffffffff) {
      this.marks.fill(0);
      this.gen = 1;
    }
  }

  add(x: number): void {
    if (this.n === this.h.length) {
      const g = new Int32Array(2 * this.n);
      g.set(this.h);
      this.h = g;
    }
    this.h[this.n++] = x;
  }

  /** Ends the current word: the hashes added since the last call are its features. */
  endWord(): void {
    if (this.words + 2 > this.at.length) {
      const g = new Int32Array(2 * this.at.length);
      g.set(this.at);
      this.at = g;
    }
    this.at[++this.words] = this.n;
  }

  /** Adds x unless it was added since the last reset (a bag: use either add or addOnce between resets, not both). */
  addOnce(x: number): void {
    const mask = this.keys.length - 1;
    let i = Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) >>> 0;
    i = (i ^ (i >>> 13)) & mask;
    while (this.marks[i] === this.gen) {
      if (this.keys[i] === x) return;
      i = (i + 1) & mask;
    }
    this.marks[i] = this.gen;
    this.keys[i] = x;
    this.add(x);
    if (2 * this.n > mask) this.rehash();
  }

  private rehash(): void {
    this.keys = new Int32Array(2 * this.keys.length);
    this.marks = new Uint32Array(this.keys.length);
    this.gen = 1;
    const mask = this.keys.length - 1;
    for (let k = 0; k < this.n; k++) {
      const x = this.h[k];
      let i = Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) >>> 0;
      i = (i ^ (i >>> 13)) & mask;
      while (this.marks[i] === this.gen) i = (i + 1) & mask;
      this.marks[i] = this.gen;
      this.keys[i] = x;
    }
  }

  /** Word k's features, copied out (the trainers' and tests' view; the reader sums them in place). */
  word(k: number): Int32Array {
    return this.h.slice(this.at[k], this.at[k + 1]);
  }
}

/** Parts of speech that phrase something on their own: a span holding one is no lone name of a thing. */
const PHRASING_POS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'ADV', 'INTJ', 'PART']);
/**
 * Whether a run of words (token indices) holds phrasing and not a lone name of a thing: a verb, auxiliary, adverb,
 * interjection or particle, a word `phrases` accepts (a negation; Persian: also its own marked forms), or two content
 * words. The span gate of both learnt readers (neg.fa.ts SPAN_GATE, neg.en.ts LONE_NOUN_GATE).
 */
export function phrasingSpan(tokens: readonly Token[], idx: readonly number[], contentWord: (t: Token) => boolean, phrases: (t: Token) => boolean): boolean {
  let content = 0;
  for (const i of idx) {
    const t = tokens[i];
    if (phrases(t) || PHRASING_POS.has(t.pos)) return true;
    if (contentWord(t)) content++;
  }
  return content >= 2;
}

/** What a language gives the span reader: its sentence and word features (hashed, into a FeatureBuf) and its content words. */
export interface LearntLanguage {
  /** The sentence reader's bag of feature hashes, each once (`out.addOnce`), in first-seen order. */
  sentenceBag: (tokens: readonly Token[], out: FeatureBuf) => void;
  /** The word reader's features, word by word (wordIndices order; `out.endWord()` after each). */
  wordFeatures: (tokens: readonly Token[], out: FeatureBuf) => void;
  /** A word with phrasing of its own: a span of nothing else is a neighbour's echo, not a finding. */
  contentWord: (t: Token) => boolean;
  /** A sentence the reader does not read at all (Persian: a question). */
  skipSentence?: (text: string) => boolean;
  /** Whether a run of words (token indices) holds phrasing enough to be shown (Persian: not a lone noun). */
  keepSpan?: (tokens: readonly Token[], idx: readonly number[]) => boolean;
  /**
   * (ml37) A run of function words alone ("can't", "we won't", "you must", "is unable to") read on to the content word
   * it governs: the next words of its clause, no punctuation between, each at `thr` or above (word x sentence), up to
   * `words` of them, ending on the first content word, when the run holds a word `from` takes (a negation or an
   * auxiliary: a run of "the" alone is no phrasing to read on from). Absent or `words` 0: such a run is dropped.
   */
  reach?: { thr: number; words: number; from: (t: Token) => boolean; to?: (t: Token) => boolean };
}

// The reader's buffers: one sentence is read at a time (the reader never calls itself).
const bagBuf = new FeatureBuf();
const wordBuf = new FeatureBuf();
let probs = new Float64Array(128);

/** A language's sentence bag as an array of its own (tests, scripts). */
export function bagHashes(lang: Pick<LearntLanguage, 'sentenceBag'>, tokens: readonly Token[]): Int32Array {
  const b = new FeatureBuf();
  b.reset();
  lang.sentenceBag(tokens, b);
  return b.h.slice(0, b.n);
}

/** A language's word features as one array per word (tests, scripts). */
export function wordHashesOf(lang: Pick<LearntLanguage, 'wordFeatures'>, tokens: readonly Token[]): Int32Array[] {
  const b = new FeatureBuf();
  b.reset();
  lang.wordFeatures(tokens, b);
  const out: Int32Array[] = [];
  for (let k = 0; k < b.words; k++) out.push(b.word(k));
  return out;
}

/**
 * Negative spans of one sentence: runs of words whose probability, times the sentence reader's probability, reaches the
 * threshold (a run goes on over the spaces and ZWNJ between words, never over a punctuation mark). The sums are those of
 * sentenceProbabilityHashed, wordProbabilitiesHashed and spanCategoryHashed, term by term in the same order.
 */
export function readSpans(lang: LearntLanguage, model: NegModel, text: string, tokens: readonly Token[], words: readonly number[], threshold = model.threshold): LearntHit[] {
  if (!words.length || lang.skipSentence?.(text)) return [];
  bagBuf.reset();
  lang.sentenceBag(tokens, bagBuf);
  let zs = 0;
  const { s, sv, sMask } = model;
  const bag = bagBuf.h;
  for (let i = 0; i < bagBuf.n; i++) zs += sv[s[bag[i] & sMask]];
  const ps = sigmoid(zs);
  // A word's probability is at most 1, so below the threshold here no word can reach it.
  if (ps < threshold) return [];
  wordBuf.reset();
  lang.wordFeatures(tokens, wordBuf);
  const { w, wv, wMask } = model;
  const h = wordBuf.h;
  const at = wordBuf.at;
  const n = wordBuf.words;
  if (probs.length < n) probs = new Float64Array(2 * n);
  const p = probs;
  for (let k = 0; k < n; k++) {
    let z = 0;
    for (let i = at[k], e = at[k + 1]; i < e; i++) z += wv[w[h[i] & wMask]];
    p[k] = sigmoid(z) * ps;
  }
  const out: LearntHit[] = [];
  let k = 0;
  while (k < n) {
    if (p[k] < threshold) {
      k++;
      continue;
    }
    let e = k + 1;
    while (e < n && p[e] >= threshold && !/[^\s\u200c]/.test(text.slice(tokens[words[e - 1]].end, tokens[words[e]].start))) e++;
    let idx = words.slice(k, e);
    if (lang.reach?.words && !idx.some((i) => lang.contentWord(tokens[i])) && idx.some((i) => lang.reach!.from(tokens[i]))) {
      const reached = reachContent(lang, text, tokens, words, p, e, n);
      if (reached > e) idx = words.slice(k, (e = reached));
    }
    if (idx.some((i) => lang.contentWord(tokens[i])) && (lang.keepSpan?.(tokens, idx) ?? true)) {
      let best = p[k];
      for (let j = k + 1; j < e; j++) if (p[j] > best) best = p[j];
      out.push({ start: tokens[words[k]].start, end: tokens[words[e - 1]].end, p: best, category: spanCategoryOf(model, h, at, k, e) });
    }
    k = e;
  }
  return out;
}

/**
 * (ml37) Where a run of function words ending before word `e` reaches its content word (LearntLanguage.reach): the
 * index after that word, or `e` when none is reached.
 */
function reachContent(lang: LearntLanguage, text: string, tokens: readonly Token[], words: readonly number[], p: Float64Array, e: number, n: number): number {
  const { thr, words: most } = lang.reach!;
  const clause = tokens[words[e - 1]].clause;
  for (let j = e; j < n && j - e < most; j++) {
    const t = tokens[words[j]];
    if (t.clause !== clause || p[j] < thr || /[^\s\u200c]/.test(text.slice(tokens[words[j - 1]].end, t.start))) return e;
    if (lang.contentWord(t)) return !lang.reach!.to || lang.reach!.to(t) ? j + 1 : e;
  }
  return e;
}

/** spanCategoryHashed over words k … e-1 of a FeatureBuf's arrays. */
function spanCategoryOf(model: NegModel, h: Int32Array, at: Int32Array, k0: number, e0: number): string {
  const K = model.classes.length;
  const score = new Array<number>(K).fill(0);
  const { c: ct, cv } = model;
  for (let k = k0; k < e0; k++)
    for (let i = at[k], e = at[k + 1]; i < e; i++) {
      const row = (h[i] & model.cMask) * K;
      for (let c = 0; c < K; c++) score[c] += cv[ct[row + c]];
    }
  let best = 0;
  for (let c = 1; c < score.length; c++) if (score[c] > score[best]) best = c;
  return model.classes[best] ?? 'negative-words';
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
  const norm = (k: number) => neighbourNorm(tokens, words, k);
  const lemma = (k: number) => neighbourLemma(tokens, words, k);
  const punctBefore = (k: number) => punctBeforeWord(tokens, words, k);
  return { norm, lemma, punctBefore };
}

/**
 * wordNeighbours' three readings as plain functions (perf36en: the English feature reader calls these; a closure made
 * per sentence is also named per sentence under tsx, a property write each).
 */
export function neighbourNorm(tokens: readonly Token[], words: readonly number[], k: number): string {
  return k < 0 ? '<s>' : k >= words.length ? '</s>' : tokens[words[k]].norm;
}
export function neighbourLemma(tokens: readonly Token[], words: readonly number[], k: number): string {
  return k < 0 ? '<s>' : k >= words.length ? '</s>' : tokens[words[k]].lemma;
}
export function punctBeforeWord(tokens: readonly Token[], words: readonly number[], k: number): boolean {
  if (k <= 0) return false;
  for (let j = words[k - 1] + 1; j < words[k]; j++) if (!tokens[j].word && tokens[j].text.trim()) return true;
  return false;
}
