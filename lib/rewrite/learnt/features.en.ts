/**
 * Features of one English sentence's words for the learnt negative-phrasing reader (neg.en.ts), read over the language
 * layer's tokens (lib/nlp) only: the normalised form, lemma and tag, the negation marks (the layer spells "cant", "dont",
 * "wont" out as can + not, so they read as negated) and whether the word was written as a contraction, the modal or
 * auxiliary governing a verb, second person, an imperative clause, its neighbours, its place in its clause and sentence,
 * the clause's negated verbs and the distance to the nearest negation; per sentence the bag of its words, lemmas,
 * bigrams, negated verbs, modals and marks.
 *
 * One walk over the tokens feeds either sink: names (the training script, scripts/train-neg-en.ts) or their FNV-1a
 * hashes computed part by part without building a string (the reader), so what is learnt is what is read;
 * tests/unit/rewrite/learnt-en.test.ts checks the two agree.
 */
import { clauseCuesEn, readsCues } from './features.clause.ts';
import { CLAUSE_NEG_CAP } from './features.fa.ts';
import { extraOn, extraWordFeatures } from './features.extra.ts';
import type { Token } from '../../nlp/index.ts';
import { bagHashes, type FeatureBuf, fnv, fnvPrefix, neighbourLemma, neighbourNorm, punctBeforeWord, wordHashesOf, wordIndices } from './model.ts';

/** A feature sink: a feature is a fixed prefix and zero or more parts, named prefix + parts joined by "|". */
interface Sink {
  add(prefix: string, a?: string, b?: string): void;
}

const PREFIX_HASH = new Map<string, number>();
const prefixHash = (p: string): number => {
  let h = PREFIX_HASH.get(p);
  if (h === undefined) PREFIX_HASH.set(p, (h = fnvPrefix(p)));
  return h;
};

class NameSink implements Sink {
  out: string[] = [];
  add(prefix: string, a?: string, b?: string): void {
    this.out.push(a === undefined ? prefix : b === undefined ? prefix + a : `${prefix}${a}|${b}`);
  }
}

/** The reader's sink (mlfast29): the hashes go straight into a FeatureBuf (model.ts), each once for a bag. */
class BufSink implements Sink {
  constructor(
    readonly buf: FeatureBuf,
    readonly once: boolean,
  ) {}
  add(prefix: string, a?: string, b?: string): void {
    let h = prefixHash(prefix);
    if (a !== undefined) h = fnv(h, a);
    if (b !== undefined) h = fnv(fnv(h, '|'), b);
    if (this.once) this.buf.addOnce(h);
    else this.buf.add(h);
  }
}

const MODALS: ReadonlySet<string> = new Set(['can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must', 'need', 'have', 'do', 'be', 'ought']);
const SECOND: ReadonlySet<string> = new Set(['you', 'your', 'yours', 'yourself', 'yourselves', 'u', 'ur']);
const FIRST: ReadonlySet<string> = new Set(['i', 'we', 'me', 'us', 'our', 'my']);

/**
 * (perfen30) The last sentence's view, kept: the sentence reader and then, for a sentence it passes, the word reader read
 * the same tokens one after the other, and each built the view again. Read only by its two readers.
 */
let lastViewTokens: readonly Token[] | null = null;
let lastView: ReturnType<typeof buildSentenceView> | null = null;

/** What both feature readers need of a sentence. */
function sentenceView(tokens: readonly Token[]): ReturnType<typeof buildSentenceView> {
  if (tokens !== lastViewTokens || !lastView) {
    lastView = buildSentenceView(tokens);
    lastViewTokens = tokens;
  }
  return lastView;
}

function buildSentenceView(tokens: readonly Token[]) {
  const words = wordIndices(tokens);
  const clauseFirst = new Map<number, number>();
  const clauseLast = new Map<number, number>();
  const clauseNeg = new Map<number, string[]>();
  const clauseYou = new Set<number>();
  const clauseWe = new Set<number>();
  const clauseImp = new Set<number>();
  // Per word (index into words): the lemma of the nearest modal or auxiliary before it in its clause, within 3 words.
  const modal: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const t = tokens[words[k]];
    if (!clauseFirst.has(t.clause)) {
      clauseFirst.set(t.clause, k);
      // An imperative: the clause opens on a bare verb, or on "please" and a verb, or on "do not" / "don't".
      const next = k + 1 < words.length && tokens[words[k + 1]].clause === t.clause ? tokens[words[k + 1]] : undefined;
      if ((t.pos === 'VERB' && t.norm === t.lemma) || (t.norm === 'please' && next && next.pos === 'VERB') || (t.norm === 'do' && next?.neg)) clauseImp.add(t.clause);
    }
    clauseLast.set(t.clause, k);
    if (SECOND.has(t.norm)) clauseYou.add(t.clause);
    if (FIRST.has(t.norm)) clauseWe.add(t.clause);
    let m = '';
    for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
      const u = tokens[words[j]];
      if (u.clause !== t.clause) break;
      if (u.pos === 'AUX' || MODALS.has(u.lemma)) {
        m = u.lemma;
        break;
      }
    }
    modal.push(m);
  }
  // A negation's verb: the next verb in its clause (within 3 words), or the auxiliary before it ("is not", "can't").
  for (let k = 0; k < words.length; k++) {
    const t = tokens[words[k]];
    if (!t.neg) continue;
    let v = t.norm;
    for (let j = k + 1; j < Math.min(words.length, k + 4); j++) {
      const u = tokens[words[j]];
      if (u.clause !== t.clause) break;
      if (u.pos === 'VERB' || u.pos === 'ADJ') {
        v = u.lemma;
        break;
      }
    }
    if (v === t.norm && k > 0 && tokens[words[k - 1]].clause === t.clause) v = tokens[words[k - 1]].lemma;
    const list = clauseNeg.get(t.clause) ?? [];
    if (list.length < CLAUSE_NEG_CAP) list.push(v);
    clauseNeg.set(t.clause, list);
  }
  // (ml32) Each clause's cues (features.clause.ts): subject person, modal, customer past, place, contrast.
  const cues = clauseCuesEn(tokens, words);
  return { words, clauseFirst, clauseLast, clauseNeg, clauseYou, clauseWe, clauseImp, modal, cues };
}

/** A word written as part of a contraction ("ca|n't", "do|nt", "I|m"): its text is not its normal form. */
const contracted = (t: Token) => t.text.toLowerCase() !== t.norm;

function wordFeatures(tokens: readonly Token[], each: () => Sink, done: () => void): void {
  const v = sentenceView(tokens);
  const { words } = v;
  for (let k = 0; k < words.length; k++) {
    const t = tokens[words[k]];
    const f = each();
    const w = t.norm;
    f.add('b');
    f.add('w:', w);
    f.add('l:', t.lemma);
    f.add('p:', t.pos);
    if (/^[0-9]+$/.test(w)) f.add('digit');
    else if (w.length > 4) {
      f.add('s3:', w.slice(-3));
      f.add('s2:', w.slice(-2));
    }
    if (/^[A-Z]{2,}$/.test(t.text)) f.add('caps');
    if (contracted(t)) f.add('ctr');
    if (t.neg) f.add('negw:', w);
    if (t.neg) f.add('neg');
    if (t.negated) f.add('negated');
    if (t.epistemic) f.add('epi');
    const m = v.modal[k];
    if (m) {
      f.add('m:', m);
      f.add('ml:', m, t.lemma);
    }
    const clauseImp = v.clauseImp.has(t.clause);
    const you = v.clauseYou.has(t.clause);
    if (clauseImp) f.add('imp');
    if (you) f.add('you');
    if (v.clauseWe.has(t.clause)) f.add('we');
    if (you && (t.pos === 'VERB' || t.pos === 'AUX')) f.add('youv:', t.lemma);
    if (clauseImp && v.clauseFirst.get(t.clause) === k) f.add('impv:', t.lemma);
    const wm1 = neighbourNorm(tokens, words, k - 1);
    const wp1 = neighbourNorm(tokens, words, k + 1);
    f.add('w-1:', wm1);
    f.add('w+1:', wp1);
    f.add('w-2:', neighbourNorm(tokens, words, k - 2));
    f.add('w+2:', neighbourNorm(tokens, words, k + 2));
    f.add('l-1:', neighbourLemma(tokens, words, k - 1));
    f.add('l+1:', neighbourLemma(tokens, words, k + 1));
    f.add('bg-:', wm1, w);
    f.add('bg+:', w, wp1);
    if (punctBeforeWord(tokens, words, k)) f.add('pb');
    if (k + 1 < words.length && punctBeforeWord(tokens, words, k + 1)) f.add('pa');
    if (v.clauseFirst.get(t.clause) === k) f.add('cfirst');
    if (v.clauseLast.get(t.clause) === k) f.add('clast');
    if (k === 0) f.add('sfirst');
    if (k === words.length - 1) f.add('slast');
    const negs = v.clauseNeg.get(t.clause);
    if (negs) {
      f.add('cneg');
      for (const n of negs) {
        f.add('cn:', n);
        f.add('cnw:', w, n);
      }
    }
    let d = 9;
    for (let j = Math.max(0, k - 3); j <= Math.min(words.length - 1, k + 3); j++) if (tokens[words[j]].neg) d = Math.min(d, Math.abs(j - k));
    if (d < 9) f.add('nd:', `${d}`);
    const cues = v.cues.get(t.clause);
    if (cues && readsCues(t)) for (const q of cues) f.add('c:', q);
    // (ml34) Character trigrams and a wider window, when switched on (features.extra.ts).
    if (extraOn('en')) extraWordFeatures('en', tokens, words, k, (p, a, b) => f.add(p, a, b));
    done();
  }
}

/** The feature names of each word token (in the order of wordIndices): what the trainer learns. */
export function featuresEn(tokens: readonly Token[]): string[][] {
  const out: string[][] = [];
  let cur = new NameSink();
  wordFeatures(
    tokens,
    () => (cur = new NameSink()),
    () => out.push(cur.out),
  );
  return out;
}

/** featuresEn's names hashed (hashFeature's value as a signed 32-bit integer, same order) into `out`, word by word. */
export function wordFeaturesEn(tokens: readonly Token[], out: FeatureBuf): void {
  const sink = new BufSink(out, false);
  wordFeatures(
    tokens,
    () => sink,
    () => out.endWord(),
  );
}

/** wordFeaturesEn's hashes as one array per word. */
export const featureHashesEn = (tokens: readonly Token[]): Int32Array[] => wordHashesOf({ wordFeatures: wordFeaturesEn }, tokens);

/** The sentence bag: each feature once, in first-seen order. */
function sentenceBag(tokens: readonly Token[], f: Sink): void {
  const v = sentenceView(tokens);
  f.add('Sb');
  let prev = '<s>';
  for (let k = 0; k < v.words.length; k++) {
    const t = tokens[v.words[k]];
    const w = t.norm;
    f.add('Sw:', w);
    f.add('Sl:', t.lemma);
    f.add('Sbg:', prev, w);
    prev = w;
    if (t.neg) f.add('Sneg');
    if (v.modal[k] && (t.pos === 'VERB' || t.pos === 'ADJ')) f.add('Sml:', v.modal[k], t.lemma);
    if (v.clauseImp.has(t.clause) && v.clauseFirst.get(t.clause) === k) f.add('Simp:', t.lemma);
    if (v.clauseYou.has(t.clause) && t.pos === 'VERB') f.add('Syouv:', t.lemma);
  }
  f.add('Sbg:', prev, '</s>');
  for (const list of v.clauseNeg.values()) for (const n of list) f.add('Scn:', n);
  for (const cues of v.cues.values()) for (const q of cues) f.add('Sc:', q);
}

/** The sentence reader's features (each once). */
export function sentenceFeaturesEn(tokens: readonly Token[]): string[] {
  const s = new NameSink();
  sentenceBag(tokens, s);
  return [...new Set(s.out)];
}

/** sentenceFeaturesEn's names hashed (signed 32-bit, same first-seen order, each once) into `out`, no string built. */
export function sentenceBagEn(tokens: readonly Token[], out: FeatureBuf): void {
  sentenceBag(tokens, new BufSink(out, true));
}

/** sentenceBagEn's hashes as an array. */
export const sentenceFeatureHashesEn = (tokens: readonly Token[]): Int32Array => bagHashes({ sentenceBag: sentenceBagEn }, tokens);
