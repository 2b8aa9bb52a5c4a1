/**
 * The language layer the tone cues read: lib/nlp (the rewrite engine's layer: tokens with offsets,
 * normalised forms with contractions spelt out, sentences, clauses, negation scope, Persian verb
 * morphology), seen through the small interface the cues need. Cues never tokenise text themselves.
 *
 * Only word tokens are kept (punctuation runs, capitals and emoji are read from the text by
 * features.ts); `key` is lib/nlp's `norm`.
 */
import { analyze, type Token as NlpToken } from '../nlp/index.ts';
import { type WordRec, wordRec } from './anchors.ts';
import type { Token } from './tokens.ts';

export interface ToneToken extends Token {
  /** This token is a negator (not, n't, never, no; Persian نه, هیچ, a verb with the ن prefix). */
  neg: boolean;
  /** Inside the scope of a negator of its clause (the negator itself excluded). */
  negated: boolean;
  clause: number;
  sentence: number;
  /** A Persian verb in its spoken form («میخوام», «نمیشه»), from lib/nlp's morphology. */
  colloquial: boolean;
  /**
   * The second half of an English contraction as written: 'apostrophe' ("'m" of "I'm"), 'bare'
   * ("m" of "Im", "nt" of "dont": casual spelling), or null.
   */
  contraction: 'apostrophe' | 'bare' | null;
  /** lib/nlp's lemma ("wrote" -> "write", «بفرستم» -> «فرستادن»). */
  lemma: string;
  /** A Persian verb read by lib/nlp's morphology (its negation covers its own clause only up to the verb before it). */
  verb: boolean;
  /** A verb in the past tense (English: a past form; Persian: lib/nlp's morphology). */
  past: boolean;
  /** A Persian verb in the first person of the past («زدم», «فرستادیم»). */
  pastFirst: boolean;
  /** A Persian verb in the second person («فرستادید»): something the company did. */
  second: boolean;
  /** A Persian verb in the third person («میشه», «شد»): whose feeling «کلافه میشه» tells. */
  third: boolean;
  /** The key's word record (anchors.ts): what the tone reader knows of the word, looked up once per token. */
  rec: WordRec;
}

export interface ToneDoc {
  text: string;
  tokens: ToneToken[];
  /** Sentence spans (lib/text's splitter, as lib/nlp read them); a token's `sentence` indexes this list. */
  sentences: { start: number; end: number }[];
}

const CONTRACTED = /^(?:['\u2019]?(?:n't|nt|m|s|re|ll|ve|d)|n['\u2019]t)$/i;

function contractionOf(t: NlpToken, prev: NlpToken | undefined): ToneToken['contraction'] {
  // CONTRACTED's longest form has four characters ("'n't"): a longer word ("@united" after "@") is none.
  if (t.lang !== 'en' || !prev || prev.end !== t.start || t.text.length > 4 || !CONTRACTED.test(t.text)) return null;
  return /['\u2019]/.test(t.text) ? 'apostrophe' : 'bare';
}

function toTone(t: NlpToken, prev: NlpToken | undefined): ToneToken {
  return {
    key: t.norm,
    start: t.start,
    end: t.end,
    fa: t.lang === 'fa',
    neg: t.neg,
    negated: t.negated,
    clause: t.clause,
    sentence: t.sentence,
    colloquial: t.fa?.colloquial ?? false,
    contraction: contractionOf(t, prev),
    lemma: t.lemma,
    past: t.fa ? t.fa.tense === 'past' : t.lang === 'en' && t.pos === 'VERB' && t.norm !== t.lemma && !t.norm.endsWith('ing') && !t.norm.endsWith('s'),
    pastFirst: t.fa ? t.fa.tense === 'past' && t.fa.person.person === 1 : false,
    verb: t.fa !== undefined,
    second: t.fa?.person.person === 2,
    third: t.fa?.person.person === 3,
    rec: recOf(t),
  };
}

/** The token's word record: kept on its word form's memo entry in lib/nlp (Token.slot) when it has one, so most words need no lookup. */
function recOf(t: NlpToken): WordRec {
  const slot = t.slot;
  if (slot === undefined) return wordRec(t.norm);
  const kept = slot.ext as WordRec | undefined;
  if (kept !== undefined && kept.word === t.norm) return kept;
  const rec = wordRec(t.norm);
  slot.ext = rec;
  return rec;
}

export function readDoc(text: string): ToneDoc {
  const tokens: ToneToken[] = [];
  const doc = analyze(text);
  const all = doc.tokens;
  for (let i = 0; i < all.length; i++) if (all[i].word) tokens.push(toTone(all[i], all[i - 1]));
  return { text, tokens, sentences: doc.sentences };
}

/** Word tokens of a lexicon phrase, normalised as the text is (so "can't" matches "cant" and "can not"). */
export function phraseTokens(phrase: string): ToneToken[] {
  return readDoc(phrase).tokens;
}
