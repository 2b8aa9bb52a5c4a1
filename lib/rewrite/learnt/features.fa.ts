/**
 * Features of one Persian sentence's words for the learnt negative-phrasing reader (neg.fa.ts), read over the language
 * layer's tokens (lib/nlp): the folded word, its lemma and tag, the negation marks, the verb's analysis (lemma,
 * negative prefix, person and number, tense, colloquial form), the word's first and last letters, its neighbours, its
 * place in its clause and whether its clause is negated. The training script (scripts/train-neg-fa.ts) and the reader
 * call this one function, so what is learnt is what is read.
 */
import type { Token } from '../../nlp/index.ts';

/** Indices of the word tokens (letters or digits) of a sentence: the units the reader labels. */
export function wordIndices(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (tokens[i].word) out.push(i);
  return out;
}

const LATIN = /[A-Za-z]/;

/** The feature names of each word token (in the order of wordIndices). */
export function featuresFa(tokens: readonly Token[]): string[][] {
  const words = wordIndices(tokens);
  // Per clause: its negative verbs' lemmas, and whether it holds any negation.
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
  const norm = (k: number) => (k < 0 ? '<s>' : k >= words.length ? '</s>' : tokens[words[k]].norm);
  const lemma = (k: number) => (k < 0 ? '<s>' : k >= words.length ? '</s>' : tokens[words[k]].lemma);
  // A punctuation mark between word k-1 and word k: the neighbour is across a boundary.
  const punctBefore = (k: number) => {
    if (k <= 0) return false;
    for (let j = words[k - 1] + 1; j < words[k]; j++) if (!tokens[j].word && tokens[j].text.trim()) return true;
    return false;
  };
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
