/**
 * Features of one Persian sentence's words for the learnt negative-phrasing reader (neg.fa.ts), read over the language
 * layer's tokens (lib/nlp): the folded word, its lemma and tag, the negation marks, the verb's analysis (lemma,
 * negative prefix, person and number, tense, colloquial form), the word's first and last letters, its neighbours, its
 * place in its clause and whether its clause is negated. The training script (scripts/train-neg-fa.ts) and the reader
 * call this one function, so what is learnt is what is read.
 */
import type { Token } from '../../nlp/index.ts';
import { CLAUSE_CUES, clauseCuesFa, readsCues } from './features.clause.ts';
import { type ExtraAdd, extraOn, extraWordFeatures, faFeatureTokens } from './features.extra.ts';
import { bagHashes, type FeatureBuf, fnv, fnvPrefix, wordHashesOf, wordIndices, wordNeighbours } from './model.ts';

/**
 * The negations of a clause that every word of it reads (cn:, cnw: features): the first eight. A run-on with no
 * punctuation («نمی‌توانم تا …» pasted for pages) is one clause with thousands of them, and every word reading every one
 * is quadratic in the draft; no clause of the training data holds more than eight, so the features are what they were.
 */
export const CLAUSE_NEG_CAP = 8;

export { wordIndices } from './model.ts';

const LATIN = /[A-Za-z]/;

/** What both feature readers need of a sentence: its words, per clause its negative verbs' lemmas and first and last
 *  word, the neighbours' forms and lemmas (with sentence-edge marks), and whether punctuation stands before word k. */
function sentenceView(tokens: readonly Token[]) {
  const words = wordIndices(tokens);
  const clauseNeg = new Map<number, string[]>();
  const clauseFirst = new Map<number, number>();
  const clauseLast = new Map<number, number>();
  for (const i of words) {
    const t = tokens[i];
    if (!clauseFirst.has(t.clause)) clauseFirst.set(t.clause, i);
    clauseLast.set(t.clause, i);
    if (t.neg) {
      const list = clauseNeg.get(t.clause) ?? [];
      if (list.length < CLAUSE_NEG_CAP) list.push(t.fa ? t.fa.lemma : t.norm);
      clauseNeg.set(t.clause, list);
    }
  }
  return { words, clauseNeg, clauseFirst, clauseLast, ...wordNeighbours(tokens, words) };
}

/** The feature names of each word token (in the order of wordIndices). */
export function featuresFa(input: readonly Token[]): string[][] {
  const tokens = faFeatureTokens(input);
  const { words, clauseNeg, clauseFirst, clauseLast, norm, lemma, punctBefore } = sentenceView(tokens);
  const cues = clauseCuesFa(tokens, words);
  const out: string[][] = [];
  for (let k = 0; k < words.length; k++) {
    const t = tokens[words[k]];
    const w = t.norm;
    const f: string[] = ['b', `w:${w}`, `l:${t.lemma}`, `p:${t.pos}`];
    if (LATIN.test(w)) f.push('latin');
    if (/^[0-9]+$/.test(w)) f.push('digit');
    if (w.length > 3) f.push(`p2:${w.slice(0, 2)}`, `p3:${w.slice(0, 3)}`, `s2:${w.slice(-2)}`, `s3:${w.slice(-3)}`);
    if (t.neg) f.push('neg', `negw:${w}`);
    if (t.negated) f.push('negated');
    if (t.fa) {
      const v = t.fa;
      f.push(`v:${v.lemma}`, `vn:${v.lemma}|${v.negative}`, `vp:${v.person.person}${v.person.plural ? 'p' : 's'}|${v.negative}`, `vt:${v.tense}|${v.progressive}|${v.subjunctive}`);
      if (v.colloquial) f.push('coll');
      f.push(`vpl:${v.lemma}|${v.person.person}${v.person.plural ? 'p' : 's'}|${v.negative}`);
    }
    f.push(`w-1:${norm(k - 1)}`, `w+1:${norm(k + 1)}`, `w-2:${norm(k - 2)}`, `w+2:${norm(k + 2)}`);
    f.push(`l-1:${lemma(k - 1)}`, `l+1:${lemma(k + 1)}`);
    f.push(`bg-:${norm(k - 1)}|${w}`, `bg+:${w}|${norm(k + 1)}`);
    if (punctBefore(k)) f.push('pb');
    if (k + 1 < words.length && punctBefore(k + 1)) f.push('pa');
    if (clauseFirst.get(t.clause) === words[k]) f.push('cfirst');
    if (clauseLast.get(t.clause) === words[k]) f.push('clast');
    if (k === 0) f.push('sfirst');
    if (k === words.length - 1) f.push('slast');
    const negs = clauseNeg.get(t.clause);
    if (negs) {
      f.push('cneg');
      for (const n of negs) f.push(`cn:${n}`, `cnw:${w}|${n}`);
    }
    // Distance to the nearest negation in the sentence, in words (0 is the negator itself).
    let d = 9;
    for (let j = Math.max(0, k - 3); j <= Math.min(words.length - 1, k + 3); j++) if (tokens[words[j]].neg) d = Math.min(d, Math.abs(j - k));
    if (d < 9) f.push(`nd:${d}`);
    // (ml32) The clause's cues (features.clause.ts).
    if (readsCues(t)) for (const q of cues.get(t.clause) ?? []) f.push(`c:${q}`);
    // (ml34) Character trigrams and a wider window, when switched on (features.extra.ts).
    if (extraOn('fa')) extraWordFeatures('fa', tokens, words, k, (p, a, b) => f.push(a === undefined ? p : b === undefined ? p + a : `${p}${a}|${b}`));
    out.push(f);
  }
  return out;
}

/**
 * The sentence reader's features, read straight from the tokens (before any word's features, so a sentence the sentence
 * reader passes over costs no more): the bag of its words' forms, lemmas, verb analyses, bigrams and negations.
 */
export function sentenceFeaturesFa(input: readonly Token[]): string[] {
  const tokens = faFeatureTokens(input);
  const out = new Set<string>(['Sb']);
  const words = wordIndices(tokens);
  let prev = '<s>';
  for (const i of words) {
    const t = tokens[i];
    const w = t.norm;
    out.add(`Sw:${w}`);
    out.add(`Sl:${t.lemma}`);
    out.add(`Sbg-:${prev}|${w}`);
    if (prev !== '<s>') out.add(`Sbg+:${prev}|${w}`);
    prev = w;
    if (t.fa) {
      const v = t.fa;
      out.add(`Svn:${v.lemma}|${v.negative}`);
      out.add(`Svpl:${v.lemma}|${v.person.person}${v.person.plural ? 'p' : 's'}|${v.negative}`);
    }
    if (t.neg) {
      out.add('Sneg');
      out.add(`Snegw:${w}`);
      out.add(`Scn:${t.fa ? t.fa.lemma : w}`);
    }
  }
  out.add(`Sbg+:${prev}|</s>`);
  for (const list of clauseCuesFa(tokens, words).values()) for (const q of list) out.add(`Sc:${q}`);
  return [...out];
}

// FNV-1a continued over the parts of a feature name (model.ts): the reader hashes featuresFa's names without building them.
const P = fnvPrefix;
const H = {
  b: P('b'), latin: P('latin'), digit: P('digit'), neg: P('neg'), negated: P('negated'), coll: P('coll') >>> 0,
  pb: P('pb'), pa: P('pa'), cfirst: P('cfirst'), clast: P('clast'), sfirst: P('sfirst'), slast: P('slast'), cneg: P('cneg'),
  c: P('c:'), w: P('w:'), l: P('l:'), p: P('p:'), p2: P('p2:'), p3: P('p3:'), s2: P('s2:'), s3: P('s3:'), negw: P('negw:'), v: P('v:'), vn: P('vn:'), vp: P('vp:'), vt: P('vt:'), vpl: P('vpl:'),
  wm1: P('w-1:'), wp1: P('w+1:'), wm2: P('w-2:'), wp2: P('w+2:'), lm1: P('l-1:'), lp1: P('l+1:'), bgm: P('bg-:'), bgp: P('bg+:'), cn: P('cn:'), cnw: P('cnw:'), nd: P('nd:'),
};
const BAR = '|';

// Hashed pieces that need no string built per word (mlfast29): a verb's person and number with its negative mark as
// featuresFa spells them, the booleans, the distances to a negation.
const TF = (b: boolean) => (b ? 'true' : 'false');
const PERSON = ['', '1s', '2s', '3s', '', '1p', '2p', '3p'];
const personOf = (v: { person: { person: number; plural: boolean } }) => PERSON[v.person.person + (v.person.plural ? 4 : 0)] ?? `${v.person.person}${v.person.plural ? 'p' : 's'}`;
const ND = [0, 1, 2, 3].map((d) => fnv(H.nd, `${d}`));
/** FNV-1a continued over s[from, to) (fnv over s.slice(from, to), no slice built). */
const fnvRange = (h: number, s: string, from: number, to: number): number => {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
};
/** LATIN.test(w) and /^[0-9]+$/.test(w), without a regular expression per word. */
function hasLatin(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i) | 0x20;
    if (c >= 0x61 && c <= 0x7a) return true;
  }
  return false;
}
function allDigits(w: string): boolean {
  if (!w.length) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

// (mlfast29) Each word's letters are read once: the hashes that continue over a word (its own names, its names as a
// neighbour of the words around it, the bigram names' prefixes and the bigrams that end on it) run side by side in one
// loop over its letters, into these per-word tables (reused from sentence to sentence), and the features are then
// written in featuresFa's order from them. FNV-1a's step as in model.ts's fnv; «|» is 124.
const FNV_P = 0x01000193;
const PIPE = 124;
let T_W = new Int32Array(64);
let T_M1 = new Int32Array(64);
let T_P1 = new Int32Array(64);
let T_M2 = new Int32Array(64);
let T_P2 = new Int32Array(64);
let T_BGM = new Int32Array(64);
let T_BGP = new Int32Array(64);
let T_L = new Int32Array(64);
let T_LM1 = new Int32Array(64);
let T_LP1 = new Int32Array(64);
let T_PB = new Uint8Array(64);
const EDGE = {
  wm1: fnv(H.wm1, '<s>'),
  wm2: fnv(H.wm2, '<s>'),
  wp1: fnv(H.wp1, '</s>'),
  wp2: fnv(H.wp2, '</s>'),
  lm1: fnv(H.lm1, '<s>'),
  lp1: fnv(H.lp1, '</s>'),
  bgm: fnv(fnv(H.bgm, '<s>'), BAR),
};
function growTables(n: number): void {
  if (T_W.length >= n) return;
  const size = 2 * n;
  T_W = new Int32Array(size);
  T_M1 = new Int32Array(size);
  T_P1 = new Int32Array(size);
  T_M2 = new Int32Array(size);
  T_P2 = new Int32Array(size);
  T_BGM = new Int32Array(size);
  T_BGP = new Int32Array(size);
  T_L = new Int32Array(size);
  T_LM1 = new Int32Array(size);
  T_LP1 = new Int32Array(size);
  T_PB = new Uint8Array(size);
}
const POS_HASH = new Map<string, number>();
const posHash = (pos: string): number => {
  let h = POS_HASH.get(pos);
  if (h === undefined) POS_HASH.set(pos, (h = fnv(H.p, pos)));
  return h;
};

/**
 * featuresFa's names, hashed (hashFeature of each as a signed 32-bit integer, in the same order) without building the
 * strings, word by word into `out` (model.ts FeatureBuf): what the reader reads. tests/unit/rewrite/learnt-fa.test.ts
 * checks the two agree.
 */
export function wordFeaturesFa(input: readonly Token[], out: FeatureBuf): void {
  const tokens = faFeatureTokens(input);
  const words = wordIndices(tokens);
  const n = words.length;
  growTables(n);
  const clauseNeg = new Map<number, string[]>();
  const clauseFirst = new Map<number, number>();
  const clauseLast = new Map<number, number>();
  let bgmState = EDGE.bgm;
  let bgpState = 0;
  for (let k = 0; k < n; k++) {
    const i = words[k];
    const t = tokens[i];
    if (!clauseFirst.has(t.clause)) clauseFirst.set(t.clause, i);
    clauseLast.set(t.clause, i);
    if (t.neg) {
      const list = clauseNeg.get(t.clause) ?? [];
      if (list.length < CLAUSE_NEG_CAP) list.push(t.fa ? t.fa.lemma : t.norm);
      clauseNeg.set(t.clause, list);
    }
    let pb = 0;
    if (k > 0) for (let j = words[k - 1] + 1; j < i; j++) if (!tokens[j].word && tokens[j].text.trim()) pb = 1;
    T_PB[k] = pb;
    const w = t.norm;
    let hw = H.w;
    let m1 = H.wm1;
    let p1 = H.wp1;
    let m2 = H.wm2;
    let p2 = H.wp2;
    let bm = H.bgm;
    let bp = H.bgp;
    let bgMinus = bgmState;
    let bgPlusPrev = bgpState;
    for (let c = 0; c < w.length; c++) {
      const x = w.charCodeAt(c);
      hw = Math.imul(hw ^ x, FNV_P);
      m1 = Math.imul(m1 ^ x, FNV_P);
      p1 = Math.imul(p1 ^ x, FNV_P);
      m2 = Math.imul(m2 ^ x, FNV_P);
      p2 = Math.imul(p2 ^ x, FNV_P);
      bm = Math.imul(bm ^ x, FNV_P);
      bp = Math.imul(bp ^ x, FNV_P);
      bgMinus = Math.imul(bgMinus ^ x, FNV_P);
      bgPlusPrev = Math.imul(bgPlusPrev ^ x, FNV_P);
    }
    T_W[k] = hw;
    T_M1[k] = m1;
    T_P1[k] = p1;
    T_M2[k] = m2;
    T_P2[k] = p2;
    T_BGM[k] = bgMinus;
    if (k > 0) T_BGP[k - 1] = bgPlusPrev;
    bgmState = Math.imul(bm ^ PIPE, FNV_P);
    bgpState = Math.imul(bp ^ PIPE, FNV_P);
    const l = t.lemma;
    let hl = H.l;
    let lm1 = H.lm1;
    let lp1 = H.lp1;
    for (let c = 0; c < l.length; c++) {
      const x = l.charCodeAt(c);
      hl = Math.imul(hl ^ x, FNV_P);
      lm1 = Math.imul(lm1 ^ x, FNV_P);
      lp1 = Math.imul(lp1 ^ x, FNV_P);
    }
    T_L[k] = hl;
    T_LM1[k] = lm1;
    T_LP1[k] = lp1;
  }
  if (n) T_BGP[n - 1] = fnv(bgpState, '</s>');
  const cues = clauseCuesFa(tokens, words);
  for (let k = 0; k < n; k++) {
    const t = tokens[words[k]];
    const w = t.norm;
    out.add(H.b);
    out.add(T_W[k]);
    out.add(T_L[k]);
    out.add(posHash(t.pos));
    if (hasLatin(w)) out.add(H.latin);
    if (allDigits(w)) out.add(H.digit);
    const len = w.length;
    if (len > 3) {
      out.add(fnvRange(H.p2, w, 0, 2));
      out.add(fnvRange(H.p3, w, 0, 3));
      out.add(fnvRange(H.s2, w, len - 2, len));
      out.add(fnvRange(H.s3, w, len - 3, len));
    }
    if (t.neg) {
      out.add(H.neg);
      out.add(fnv(H.negw, w));
    }
    if (t.negated) out.add(H.negated);
    if (t.fa) {
      const v = t.fa;
      const person = personOf(v);
      const negative = TF(v.negative);
      out.add(fnv(H.v, v.lemma));
      out.add(fnv(fnv(fnv(H.vn, v.lemma), BAR), negative));
      out.add(fnv(fnv(fnv(H.vp, person), BAR), negative));
      out.add(fnv(fnv(fnv(fnv(fnv(H.vt, v.tense), BAR), TF(v.progressive)), BAR), TF(v.subjunctive)));
      if (v.colloquial) out.add(H.coll);
      out.add(fnv(fnv(fnv(fnv(fnv(H.vpl, v.lemma), BAR), person), BAR), negative));
    }
    out.add(k > 0 ? T_M1[k - 1] : EDGE.wm1);
    out.add(k + 1 < n ? T_P1[k + 1] : EDGE.wp1);
    out.add(k > 1 ? T_M2[k - 2] : EDGE.wm2);
    out.add(k + 2 < n ? T_P2[k + 2] : EDGE.wp2);
    out.add(k > 0 ? T_LM1[k - 1] : EDGE.lm1);
    out.add(k + 1 < n ? T_LP1[k + 1] : EDGE.lp1);
    out.add(T_BGM[k]);
    out.add(T_BGP[k]);
    if (T_PB[k]) out.add(H.pb);
    if (k + 1 < n && T_PB[k + 1]) out.add(H.pa);
    if (clauseFirst.get(t.clause) === words[k]) out.add(H.cfirst);
    if (clauseLast.get(t.clause) === words[k]) out.add(H.clast);
    if (k === 0) out.add(H.sfirst);
    if (k === n - 1) out.add(H.slast);
    const negs = clauseNeg.get(t.clause);
    if (negs) {
      out.add(H.cneg);
      const wBar = fnv(fnv(H.cnw, w), BAR);
      for (const m of negs) {
        out.add(fnv(H.cn, m));
        out.add(fnv(wBar, m));
      }
    }
    let d = 9;
    for (let j = Math.max(0, k - 3); j <= Math.min(n - 1, k + 3); j++) if (tokens[words[j]].neg) d = Math.min(d, Math.abs(j - k));
    if (d < 9) out.add(ND[d]);
    const qs = cues.get(t.clause);
    if (qs && readsCues(t)) for (const q of qs) out.add(fnv(H.c, q));
    if (extraOn('fa')) extraWordFeatures('fa', tokens, words, k, extraHash(out));
    out.endWord();
  }
}

/** (ml34) features.extra.ts's names hashed as featuresFa's are (FNV-1a over prefix, parts and «|»). */
const extraHash =
  (out: FeatureBuf): ExtraAdd =>
  (p, a, b) => {
    let h = fnvPrefix(p);
    if (a !== undefined) h = fnv(h, a);
    if (b !== undefined) h = fnv(fnv(h, BAR), b);
    out.add(h);
  };

/** wordFeaturesFa's hashes as one array per word. */
export const featureHashesFa = (tokens: readonly Token[]): Int32Array[] => wordHashesOf({ wordFeatures: wordFeaturesFa }, tokens);

const S = { c: P('Sc:'), b: P('Sb'), w: P('Sw:'), l: P('Sl:'), bgm: P('Sbg-:'), bgp: P('Sbg+:'), vn: P('Svn:'), vpl: P('Svpl:'), neg: P('Sneg'), negw: P('Snegw:'), cn: P('Scn:') };
const S_START = fnv(fnv(S.bgm, '<s>'), BAR);
/**
 * sentenceFeaturesFa's names, hashed (signed 32-bit hashFeature, in the same first-seen order, each once) without
 * building them, into `out` (FeatureBuf.addOnce). (mlfa28) Each name is told apart by its hash, not by its parts: two
 * names of one sentence sharing a 32-bit hash would count once; learnt-fa.test.ts checks the order.
 */
export function sentenceBagFa(input: readonly Token[], out: FeatureBuf): void {
  const tokens = faFeatureTokens(input);
  out.addOnce(S.b);
  // The bigram names' prefixes with the previous word in them: «Sbg-:<prev>|», «Sbg+:<prev>|» (none before the first).
  // (mlfast29) The word's own name and the two bigrams that end on it are hashed in one loop over its letters.
  let bgm = S_START;
  let bgp = 0;
  let first = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word) continue;
    const w = t.norm;
    let hw = S.w;
    let bm = S.bgm;
    let bp = S.bgp;
    let endM = bgm;
    let endP = bgp;
    for (let c = 0; c < w.length; c++) {
      const x = w.charCodeAt(c);
      hw = Math.imul(hw ^ x, FNV_P);
      bm = Math.imul(bm ^ x, FNV_P);
      bp = Math.imul(bp ^ x, FNV_P);
      endM = Math.imul(endM ^ x, FNV_P);
      endP = Math.imul(endP ^ x, FNV_P);
    }
    out.addOnce(hw);
    out.addOnce(fnv(S.l, t.lemma));
    out.addOnce(endM);
    if (!first) out.addOnce(endP);
    first = false;
    bgm = Math.imul(bm ^ PIPE, FNV_P);
    bgp = Math.imul(bp ^ PIPE, FNV_P);
    if (t.fa) {
      const v = t.fa;
      const negative = TF(v.negative);
      out.addOnce(fnv(fnv(fnv(S.vn, v.lemma), BAR), negative));
      out.addOnce(fnv(fnv(fnv(fnv(fnv(S.vpl, v.lemma), BAR), personOf(v)), BAR), negative));
    }
    if (t.neg) {
      out.addOnce(S.neg);
      out.addOnce(fnv(S.negw, w));
      out.addOnce(fnv(S.cn, t.fa ? t.fa.lemma : w));
    }
  }
  out.addOnce(fnv(first ? fnv(fnv(S.bgp, '<s>'), BAR) : bgp, '</s>'));
  // (ml32) The clause cues, when read (off as shipped: no word list built for them then).
  if (CLAUSE_CUES.fa) for (const list of clauseCuesFa(tokens, wordIndices(tokens)).values()) for (const q of list) out.addOnce(fnv(S.c, q));
}

/** sentenceBagFa's hashes as an array. */
export const sentenceFeatureHashesFa = (tokens: readonly Token[]): Int32Array => bagHashes({ sentenceBag: sentenceBagFa }, tokens);
