/**
 * Features of one Persian sentence's words for the learnt negative-phrasing reader (neg.fa.ts), read over the language
 * layer's tokens (lib/nlp): the folded word, its lemma and tag, the negation marks, the verb's analysis (lemma,
 * negative prefix, person and number, tense, colloquial form), the word's first and last letters, its neighbours, its
 * place in its clause and whether its clause is negated. The training script (scripts/train-neg-fa.ts) and the reader
 * call this one function, so what is learnt is what is read.
 */
import type { Token } from '../../nlp/index.ts';
import { fnv, fnvPrefix, wordIndices, wordNeighbours } from './model.ts';

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
      list.push(t.fa ? t.fa.lemma : t.norm);
      clauseNeg.set(t.clause, list);
    }
  }
  return { words, clauseNeg, clauseFirst, clauseLast, ...wordNeighbours(tokens, words) };
}

/** The feature names of each word token (in the order of wordIndices). */
export function featuresFa(tokens: readonly Token[]): string[][] {
  const { words, clauseNeg, clauseFirst, clauseLast, norm, lemma, punctBefore } = sentenceView(tokens);
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
    out.push(f);
  }
  return out;
}

/**
 * The sentence reader's features, read straight from the tokens (before any word's features, so a sentence the sentence
 * reader passes over costs no more): the bag of its words' forms, lemmas, verb analyses, bigrams and negations.
 */
export function sentenceFeaturesFa(tokens: readonly Token[]): string[] {
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
  return [...out];
}

// FNV-1a continued over the parts of a feature name (model.ts): the reader hashes featuresFa's names without building them.
const P = fnvPrefix;
const H = {
  b: P('b'), latin: P('latin'), digit: P('digit'), neg: P('neg'), negated: P('negated'), coll: P('coll') >>> 0,
  pb: P('pb'), pa: P('pa'), cfirst: P('cfirst'), clast: P('clast'), sfirst: P('sfirst'), slast: P('slast'), cneg: P('cneg'),
  w: P('w:'), l: P('l:'), p: P('p:'), p2: P('p2:'), p3: P('p3:'), s2: P('s2:'), s3: P('s3:'), negw: P('negw:'), v: P('v:'), vn: P('vn:'), vp: P('vp:'), vt: P('vt:'), vpl: P('vpl:'),
  wm1: P('w-1:'), wp1: P('w+1:'), wm2: P('w-2:'), wp2: P('w+2:'), lm1: P('l-1:'), lp1: P('l+1:'), bgm: P('bg-:'), bgp: P('bg+:'), cn: P('cn:'), cnw: P('cnw:'), nd: P('nd:'),
};
const BAR = '|';

/**
 * featuresFa's names, hashed (hashFeature of each as a signed 32-bit integer, in the same order) without building the strings: what the reader
 * reads. tests/unit/rewrite/learnt-fa.test.ts checks the two agree.
 */
export function featureHashesFa(tokens: readonly Token[]): Int32Array[] {
  const { words, clauseNeg, clauseFirst, clauseLast, norm, lemma, punctBefore } = sentenceView(tokens);
  const out: Int32Array[] = [];
  let f = new Int32Array(64);
  let n = 0;
  const add = (h: number) => {
    if (n === f.length) {
      const g = new Int32Array(2 * n);
      g.set(f);
      f = g;
    }
    f[n++] = h;
  };
  for (let k = 0; k < words.length; k++) {
    n = 0;
    const t = tokens[words[k]];
    const w = t.norm;
    add(H.b);
    add(fnv(H.w, w));
    add(fnv(H.l, t.lemma));
    add(fnv(H.p, t.pos));
    if (LATIN.test(w)) add(H.latin);
    if (/^[0-9]+$/.test(w)) add(H.digit);
    if (w.length > 3) {
      add(fnv(H.p2, w.slice(0, 2)));
      add(fnv(H.p3, w.slice(0, 3)));
      add(fnv(H.s2, w.slice(-2)));
      add(fnv(H.s3, w.slice(-3)));
    }
    if (t.neg) {
      add(H.neg);
      add(fnv(H.negw, w));
    }
    if (t.negated) add(H.negated);
    if (t.fa) {
      const v = t.fa;
      const person = `${v.person.person}${v.person.plural ? 'p' : 's'}`;
      const negative = `${v.negative}`;
      add(fnv(H.v, v.lemma));
      add(fnv(fnv(fnv(H.vn, v.lemma), BAR), negative));
      add(fnv(fnv(fnv(H.vp, person), BAR), negative));
      add(fnv(fnv(fnv(fnv(fnv(H.vt, `${v.tense}`), BAR), `${v.progressive}`), BAR), `${v.subjunctive}`));
      if (v.colloquial) add(H.coll);
      add(fnv(fnv(fnv(fnv(fnv(H.vpl, v.lemma), BAR), person), BAR), negative));
    }
    const wm1 = norm(k - 1);
    const wp1 = norm(k + 1);
    add(fnv(H.wm1, wm1));
    add(fnv(H.wp1, wp1));
    add(fnv(H.wm2, norm(k - 2)));
    add(fnv(H.wp2, norm(k + 2)));
    add(fnv(H.lm1, lemma(k - 1)));
    add(fnv(H.lp1, lemma(k + 1)));
    add(fnv(fnv(fnv(H.bgm, wm1), BAR), w));
    add(fnv(fnv(fnv(H.bgp, w), BAR), wp1));
    if (punctBefore(k)) add(H.pb);
    if (k + 1 < words.length && punctBefore(k + 1)) add(H.pa);
    if (clauseFirst.get(t.clause) === words[k]) add(H.cfirst);
    if (clauseLast.get(t.clause) === words[k]) add(H.clast);
    if (k === 0) add(H.sfirst);
    if (k === words.length - 1) add(H.slast);
    const negs = clauseNeg.get(t.clause);
    if (negs) {
      add(H.cneg);
      const wBar = fnv(fnv(H.cnw, w), BAR);
      for (const n of negs) {
        add(fnv(H.cn, n));
        add(fnv(wBar, n));
      }
    }
    let d = 9;
    for (let j = Math.max(0, k - 3); j <= Math.min(words.length - 1, k + 3); j++) if (tokens[words[j]].neg) d = Math.min(d, Math.abs(j - k));
    if (d < 9) add(fnv(H.nd, `${d}`));
    out.push(f.slice(0, n));
  }
  return out;
}

const S = { b: P('Sb'), w: P('Sw:'), l: P('Sl:'), bgm: P('Sbg-:'), bgp: P('Sbg+:'), vn: P('Svn:'), vpl: P('Svpl:'), neg: P('Sneg'), negw: P('Snegw:'), cn: P('Scn:') };
const S_START = fnv(fnv(S.bgm, '<s>'), BAR);
/**
 * sentenceFeaturesFa's names, hashed (signed 32-bit hashFeature, in the same first-seen order, each once) without
 * building them. (mlfa28) Each name is told apart by its hash, not by its parts: one set of numbers instead of a set of
 * strings per kind (two names of one sentence sharing a 32-bit hash would count once; learnt-fa.test.ts checks the order).
 */
export function sentenceFeatureHashesFa(tokens: readonly Token[]): Int32Array {
  const out: number[] = [];
  const seen = new Set<number>();
  const add = (h: number) => {
    if (seen.has(h)) return;
    seen.add(h);
    out.push(h);
  };
  add(S.b);
  // The bigram names' prefixes with the previous word in them: «Sbg-:<prev>|», «Sbg+:<prev>|» (none before the first).
  let bgm = S_START;
  let bgp: number | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word) continue;
    const w = t.norm;
    add(fnv(S.w, w));
    add(fnv(S.l, t.lemma));
    add(fnv(bgm, w));
    if (bgp !== undefined) add(fnv(bgp, w));
    bgm = fnv(fnv(S.bgm, w), BAR);
    bgp = fnv(fnv(S.bgp, w), BAR);
    if (t.fa) {
      const v = t.fa;
      const negative = `${v.negative}`;
      add(fnv(fnv(fnv(S.vn, v.lemma), BAR), negative));
      add(fnv(fnv(fnv(S.vpl, v.lemma), BAR), `${v.person.person}${v.person.plural ? 'p' : 's'}|${negative}`));
    }
    if (t.neg) {
      add(S.neg);
      add(fnv(S.negw, w));
      add(fnv(S.cn, t.fa ? t.fa.lemma : w));
    }
  }
  add(fnv(bgp ?? fnv(fnv(S.bgp, '<s>'), BAR), '</s>'));
  return Int32Array.from(out);
}
