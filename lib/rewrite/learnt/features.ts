/**
 * The learnt clause reader's features, read off the language layer (lib/nlp) only, the same way at training time
 * (scripts/train-clause-model.ts) and in the panel (../learnt.ts). They are built to transfer to wordings no
 * development item holds: lemmas rather than word forms, contractions spelt out (the language layer's norm, so "dont",
 * "don't" and "do not" are one thing), negation-scoped lemmas ("~carry" under a negation, "!not" for the negator),
 * Persian verbs by lemma, polarity and person (so «نمی‌تونیم» and «نمیتونیم» and «نمی‌توانیم» are one feature), the
 * clause's subject person joined with its negation and modal ("S1+NEG", "S2+must"), and bigrams of those. Numbers,
 * proper nouns and capitalised names are never read, and the trainer keeps only features seen in several splits, so a
 * trade noun of one writer's items cannot carry a score.
 */
import type { Token } from '../../nlp/index.ts';

export type LearntLang = 'en' | 'fa';

/** One sentence's features (deduplicated) and, per feature, the indexes of the tokens it was read from. */
export interface SentenceFeatures {
  feats: string[];
  toks: number[][];
}

const EN_MODALS: ReadonlySet<string> = new Set(['must', 'should', 'can', 'could', 'will', 'would', 'need', 'have', 'may', 'might', 'shall']);
const EN_FIRST: ReadonlySet<string> = new Set(['i', 'we']);
const EN_SECOND: ReadonlySet<string> = new Set(['you']);
const FA_FIRST_PRON: ReadonlySet<string> = new Set(['من', 'ما']);
const FA_SECOND_PRON: ReadonlySet<string> = new Set(['شما', 'تو']);

const UPPER = /^[A-Z]/;
const DIGIT = /[0-9۰-۹٠-٩]/;

/** The unit a token reads as, or null when it is not read (punctuation, numbers, names). */
function unitEn(t: Token, first: boolean): string | null {
  if (!t.word || t.pos === 'NUM' || t.pos === 'PROPN' || t.pos === 'PUNCT' || t.pos === 'SYM') return null;
  if (DIGIT.test(t.text)) return null;
  // A capitalised word inside the sentence is a name ("Bella", "Orangery"); "I" and sentence starts are not.
  if (!first && UPPER.test(t.text) && t.norm !== 'i' && t.text.length > 1 && t.text !== t.text.toUpperCase()) return null;
  if (t.text.length > 1 && t.text === t.text.toUpperCase() && /[A-Z]{2}/.test(t.text) && !first) return null;
  const lemma = t.lemma || t.norm;
  if (!lemma || lemma.length > 24) return null;
  if (t.neg) return `!${lemma}`;
  return t.negated ? `~${lemma}` : lemma;
}

function personOf(t: Token): string {
  const p = t.fa!.person;
  return `${p.person}${p.plural ? 'p' : 's'}`;
}

function unitFa(t: Token): string | null {
  if (!t.word || t.pos === 'NUM' || t.pos === 'PUNCT' || t.pos === 'SYM') return null;
  if (DIGIT.test(t.text) || /[A-Za-z]/.test(t.text)) return null;
  if (t.fa) return `${t.fa.negative ? '!' : ''}${t.fa.lemma}`;
  const w = t.norm || t.lemma;
  if (!w || w.length > 24) return null;
  if (t.neg) return `!${w}`;
  return w;
}

/** Features of one sentence's tokens (analyzeSentenceTokens of the sentence). */
export function sentenceFeatures(lang: LearntLang, tokens: readonly Token[]): SentenceFeatures {
  const index = new Map<string, number[]>();
  const add = (f: string, toks: number[]) => {
    const have = index.get(f);
    if (have) {
      for (const k of toks) if (!have.includes(k)) have.push(k);
    } else index.set(f, [...toks]);
  };
  let prev = -1;
  let prevUnit = '';
  let prevClause = -1;
  let wordsSeen = 0;
  // Per clause: subject person, negation, modals.
  const clauses = new Map<number, { subj: string; subjTok: number; neg: number; modals: [string, number][] }>();
  const clauseOf = (c: number) => {
    let x = clauses.get(c);
    if (!x) clauses.set(c, (x = { subj: '', subjTok: -1, neg: -1, modals: [] }));
    return x;
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t.word) {
      if (t.pos === 'PUNCT') prev = -1;
      continue;
    }
    const first = wordsSeen === 0;
    wordsSeen++;
    const unit = lang === 'en' ? unitEn(t, first) : unitFa(t);
    const cl = clauseOf(t.clause);
    if (t.neg && cl.neg < 0) cl.neg = k;
    if (lang === 'en') {
      const n = t.norm;
      if (!cl.subj && t.pos === 'PRON' && (EN_FIRST.has(n) || EN_SECOND.has(n))) {
        cl.subj = EN_FIRST.has(n) ? 'S1' : 'S2';
        cl.subjTok = k;
      }
      if ((t.pos === 'AUX' || t.pos === 'VERB') && EN_MODALS.has(t.lemma) && !t.neg) cl.modals.push([t.lemma, k]);
    } else {
      if (!cl.subj && (FA_FIRST_PRON.has(t.norm) || FA_SECOND_PRON.has(t.norm))) {
        cl.subj = FA_FIRST_PRON.has(t.norm) ? 'S1' : 'S2';
        cl.subjTok = k;
      }
      if (t.fa) {
        if (!cl.subj && t.fa.person.person !== 3) {
          cl.subj = t.fa.person.person === 1 ? 'S1' : 'S2';
          cl.subjTok = k;
        }
        if (t.fa.negative && cl.neg < 0) cl.neg = k;
        if (t.fa.lemma === 'توانستن' || t.fa.lemma === 'بایستن' || t.fa.lemma === 'خواستن') cl.modals.push([t.fa.lemma, k]);
      } else if (t.norm === 'باید') cl.modals.push(['باید', k]);
    }
    if (!unit) {
      prev = -1;
      continue;
    }
    add(`u:${unit}`, [k]);
    if (lang === 'fa' && t.fa) add(`v:${unit}.${personOf(t)}`, [k]);
    if (prev >= 0 && prevClause === t.clause) add(`b:${prevUnit} ${unit}`, [prev, k]);
    prev = k;
    prevUnit = unit;
    prevClause = t.clause;
  }
  for (const cl of clauses.values()) {
    const s = cl.subj || 'S3';
    const st = cl.subjTok >= 0 ? [cl.subjTok] : [];
    if (cl.neg >= 0) add(`c:${s}+NEG`, [...st, cl.neg]);
    for (const [m, k] of cl.modals) add(`c:${s}+${cl.neg >= 0 ? '!' : ''}${m}`, [...st, k]);
  }
  const feats = [...index.keys()];
  return { feats, toks: feats.map((f) => index.get(f)!) };
}
