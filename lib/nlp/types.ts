/**
 * The language layer's public types. Offsets are always into the original text (end exclusive), so
 * a cue or a suggestion can point at exactly what the writer typed.
 */

/** Universal-dependencies style coarse tags (a subset). */
export type Pos = 'NOUN' | 'PROPN' | 'VERB' | 'AUX' | 'ADJ' | 'ADV' | 'PRON' | 'DET' | 'ADP' | 'CONJ' | 'PART' | 'NUM' | 'INTJ' | 'PUNCT' | 'SYM' | 'X';

export const POS_TAGS: readonly Pos[] = ['NOUN', 'PROPN', 'VERB', 'AUX', 'ADJ', 'ADV', 'PRON', 'DET', 'ADP', 'CONJ', 'PART', 'NUM', 'INTJ', 'PUNCT', 'SYM', 'X'];

export type NlpLang = 'en' | 'fa';

/** Grammatical person and number of a verb form. */
export interface Person {
  person: 1 | 2 | 3;
  plural: boolean;
}

/** A Persian verb form taken apart (see fa.ts). */
export interface FaVerb {
  /** Infinitive, the lemma: توانستن, شدن, دانستن ... */
  lemma: string;
  /** Negative prefix ن (نمی‌..., ن...) or the negative copula نیست. */
  negative: boolean;
  /** The می prefix (present progressive / habitual). */
  progressive: boolean;
  /** The ب prefix (subjunctive or imperative). */
  subjunctive: boolean;
  tense: 'present' | 'past';
  person: Person;
  /** Colloquial stem or ending (می‌تونیم, نمی‌شه, میدونم). */
  colloquial: boolean;
  /** The ending as written (ـم, ـیم, ـه ...), so an inflected form can keep it. */
  ending: string;
}

export interface Token {
  /** The text as written: original.slice(start, end). */
  text: string;
  start: number;
  end: number;
  /**
   * Normalised form: lower case, folded (Persian letters, digits, apostrophes), contractions and
   * common misspellings spelt out ("n't" -> "not", "ca" of "can't" -> "can", "Im" -> "i" + "am",
   * "unfortunatly" -> "unfortunately"). Persian: folded letters without ZWNJ or spaces.
   */
  norm: string;
  lemma: string;
  pos: Pos;
  /** This token expresses a negation (not, n't, never, no; a Persian verb with ن; نه; هیچ). */
  neg: boolean;
  /** Inside the scope of a negation in its clause (the negator itself excluded). */
  negated: boolean;
  /** A word (letters or digits), as opposed to punctuation or a symbol. */
  word: boolean;
  lang: NlpLang;
  sentence: number;
  clause: number;
  /** A modal used for a conclusion, not an instruction: "must" in "you must have entered". */
  epistemic?: boolean;
  /** Persian verb analysis, when the token is a verb form this layer knows. */
  fa?: FaVerb;
  /**
   * The memo entry of the English word form this token was read from, or for a plain word (ASCII, no
   * apostrophe) the entry of englishWord's table of written words (one object per form while the memo
   * or the table keeps it): a reader above this layer may keep its own answer for the token's
   * norm in `ext` (it must check that answer is for this norm), and so find it without a table
   * lookup of its own per token. Absent on split contractions, Persian words and punctuation.
   */
  slot?: WordSlot;
}

/** See Token.slot. */
export interface WordSlot {
  ext: unknown;
}

export interface Span {
  start: number;
  end: number;
  /** Token index range [first, last) of this span. */
  first: number;
  last: number;
}

export interface Doc {
  text: string;
  tokens: Token[];
  sentences: Span[];
  clauses: Span[];
}
