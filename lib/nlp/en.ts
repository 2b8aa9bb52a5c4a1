/**
 * English analysis: contractions (with and without apostrophes), common misspellings, lemma and
 * part of speech from word lists, suffixes and the previous word. A lean hand-written layer: we
 * measured wink-nlp + wink-eng-lite-web-model (README, "Language layer") and it cost 3.6 MB of
 * bundle and ~137 ms to load per page for tags we mostly get from these lists, while it read "Im"
 * and "ill" as words and kept "unfortunatly" as it was.
 */
import { isAscii } from '../text/index.ts';
import { BoundedMemo } from '../text/memo.ts';
import { foldSlice } from './chars.ts';
import { DIALECT_CONTEXT, DIALECT_GUARDED, DIALECT_NT_BASE, DIALECT_SPLITS, DIALECT_SUBJECTS, DIALECT_WORDS, DROPPED_G_NOUNS, FI_TO_BEFORE, MI_I_NEXT, NAH_NOT_NEXT, NOT_DROPPED_G, POSSIBLE_SUBJECT_BE, POSSIBLE_SUBJECTS } from './dialect.en.ts';
import { dict } from './dict.ts';
import { ADJECTIVES, CLAUSE_CONJ, CLAUSE_CONJ_BEFORE_SUBJECT, CLOSED, FOUR_FOR_BEFORE, FOUR_FOR_NEXT, ILL_NEXT_ADVERBS, IRREGULAR, ITS_IS_NEXT, MISSPELLINGS, NEGATORS, NO_APOSTROPHE, NO_NOT_NEXT, NOUNS, S_IS, SUBJECTS, UR_ARE_NEXT, VERBS, WERE_ARE_NEXT } from './lexicon.en.ts';
import { RAW_STOP, RAW_WORD, type RawToken } from './tokenize.ts';
import type { Pos, Token, WordSlot } from './types.ts';

/**
 * The word tables as Maps for the per-word lookups: a lookup by a freshly sliced word in a
 * prototype-less object makes V8 look the string up in its table of internalised strings first,
 * a Map only hashes it (measured: the object lookup was the layer's most expensive line).
 */
const NO_APOSTROPHE_MAP = new Map([...Object.entries(NO_APOSTROPHE), ...Object.entries(DIALECT_SPLITS)]);
const MISSPELLINGS_MAP = new Map([...Object.entries(MISSPELLINGS), ...Object.entries(DIALECT_WORDS)]);
const IRREGULAR_MAP = new Map(Object.entries(IRREGULAR));

const CLITIC: Record<string, string> = dict({ "'m": 'am', "'re": 'are', "'ve": 'have', "'ll": 'will', "'d": 'would' });
const NT_BASE: Record<string, string> = dict({ ca: 'can', wo: 'will', sha: 'shall', ai: 'is', ...DIALECT_NT_BASE });

function mk(text: string, start: number, end: number, norm: string, word: boolean, written = text.slice(start, end), slot?: WordSlot): Token {
  return { text: written, start, end, norm, lemma: norm, pos: 'X', neg: false, negated: false, word, lang: 'en', sentence: 0, clause: 0, slot };
}

/** The folded lower-case form of the next word token after raw[i], or ''. */
function nextWord(text: string, raw: readonly RawToken[], i: number): string {
  const r = raw[i + 1];
  return r && r.type !== RAW_STOP && !r.arabic ? foldSlice(text, r.start, r.end) : '';
}

/** A written word that ends in the copula: "is", "was", "'s" ("that's", "it's") or its apostrophe-less "thats"/"its"/"whats". */
function copulaBefore(w: string): boolean {
  return w === 'is' || w === 'was' || w === 'thats' || w === 'its' || w === 'whats' || w.endsWith("'s") || w.endsWith('\u2019s');
}

/** Two tokens for one written word ("can't" -> "can" + "not"). */
function splitInto(out: Token[], text: string, r: RawToken, at: number, a: string, b: string): void {
  out.push(mk(text, r.start, r.start + at, a, true));
  out.push(mk(text, r.start + at, r.end, b, true));
}

/**
 * What englishWord needs of a lower-cased written form, read once per form (memoised): its split
 * when it is a contraction written without the apostrophe ("dont"), its normal form (common
 * misspellings spelt right) and the tagging facts of that form. One lookup per word instead of one
 * per table (measured: the lookups were most of the English word reader's time on tweets).
 */
interface FormEn extends WordSlot {
  split: readonly [number, string, string] | undefined;
  norm: string;
  info: WordInfo;
}

const formsEn = new BoundedMemo<string, FormEn>(20_000);

const formEn = (lw: string): FormEn => formsEn.remember(lw, readFormEn);

function readFormEn(lw: string): FormEn {
  const norm = normalEn(lw);
  return { split: NO_APOSTROPHE_MAP.get(lw), norm, info: wordInfo(norm), ext: undefined };
}

/**
 * Push the English tokens of raw[i] (a Latin-script word) onto `out`. With `withInfo`, returns the
 * tagging facts of the token pushed when the word stayed one token (tagEnglish reads them instead of
 * looking the word up again); without it (tokenize alone, as the rewrite engine's stream reads words)
 * the word is read from the small apostrophe and misspelling tables, not the memo of every form.
 */
export function englishWord(text: string, raw: readonly RawToken[], i: number, out: Token[], withInfo = false): WordInfo | undefined {
  const r = raw[i];
  // A plain word read before (most words): its form from the table of written words, no slice, fold or memo lookup.
  const at = withInfo ? plainSlot(text, r.start, r.end) : -1;
  if (at >= 0) {
    const p = plainWords[at];
    const w = p.written;
    if (w.length === r.end - r.start && p.generation === formsEn.generation && sameAt(w, text, r.start)) {
      // The entry itself is the token's slot (Token.slot): the reader above keeps its answer for the word on the entry it
      // already read, not on the form object behind it (one object less to reach per token).
      out.push(mk(text, r.start, r.end, p.norm, true, w, p));
      return p.info;
    }
  }
  // One slice per word: its written form, lower-cased when ASCII (where the fold is exactly toLowerCase).
  const written = text.slice(r.start, r.end);
  const lw = isAscii(written) ? written.toLowerCase() : foldSlice(text, r.start, r.end);
  const sameLength = lw.length === r.end - r.start;
  // The form's memo entry, looked up once per word (it holds the split, the norm and the info).
  let f: FormEn | undefined;
  if (sameLength) {
    const apos = lw.lastIndexOf("'");
    if (apos > 0) {
      if (lw.endsWith("n't") && apos === lw.length - 2 && lw.length > 3) {
        const base = lw.slice(0, -3);
        splitInto(out, text, r, base.length, NT_BASE[base] ?? base, 'not');
        return undefined;
      }
      const tail = lw.slice(apos);
      const head = lw.slice(0, apos);
      if (CLITIC[tail]) {
        // A head written in shorthand or dialect is read as the word meant ("ye'll", "u'll" -> "you will").
        splitInto(out, text, r, apos, MISSPELLINGS_MAP.get(head) ?? head, CLITIC[tail]);
        return undefined;
      }
      if (tail === "'s") {
        splitInto(out, text, r, apos, head, S_IS.has(head) ? (head === 'let' ? 'us' : 'is') : "'s");
        return undefined;
      }
    } else {
      const c = withInfo ? (f = formEn(lw)).split : NO_APOSTROPHE_MAP.get(lw);
      if (c) {
        splitInto(out, text, r, c[0], c[1], c[2]);
        return undefined;
      }
      if (lw === 'ill') {
        const next = nextWord(text, raw, i);
        if (VERBS.has(next) || ILL_NEXT_ADVERBS.has(next)) {
          splitInto(out, text, r, 1, 'i', 'will');
          return undefined;
        }
      }
      // Chat shorthand "ur" is "your" ("ur order") or "you're" ("ur gonna have to").
      if ((lw === 'ur' || lw === 'yer') && UR_ARE_NEXT.has(nextWord(text, raw, i))) {
        splitInto(out, text, r, lw === 'ur' ? 1 : 2, 'you', 'are');
        return undefined;
      }
      // "Were unable to add a driver", "sorry, were looking into it": a "we're" typed without its apostrophe, read so only
      // where no subject comes before it (the text's first word written "Were", or after a mark) and a predicate follows. A
      // lower-case first "were" is left alone: pattern text ("[was unable|were unable] to") is read by this same layer.
      if (lw === 'were' && (i === 0 ? text.charCodeAt(r.start) === 87 : raw[i - 1].type !== RAW_WORD) && WERE_ARE_NEXT.has(nextWord(text, raw, i))) {
        splitInto(out, text, r, 2, 'we', 'are');
        return undefined;
      }
      if (lw === 'its' && ITS_IS_NEXT.has(nextWord(text, raw, i))) {
        splitInto(out, text, r, 2, 'it', 'is');
        return undefined;
      }
    }
  }
  // Chat "4" for "for", only straight after an apology or a thanks and before what it is for (FOUR_FOR_BEFORE/NEXT).
  if (lw === '4' && i > 0 && raw[i - 1].type === RAW_WORD && FOUR_FOR_BEFORE.has(foldSlice(text, raw[i - 1].start, raw[i - 1].end)) && FOUR_FOR_NEXT.has(nextWord(text, raw, i))) {
    out.push(mk(text, r.start, r.end, 'for', true, written));
    return withInfo ? wordInfo('for') : undefined;
  }
  // Scots "no" for "not" after a copula and before a possessive (NO_NOT_NEXT): "that's no oor department".
  if (lw === 'no' && i > 0 && raw[i - 1].type === RAW_WORD && NO_NOT_NEXT.has(nextWord(text, raw, i)) && copulaBefore(foldSlice(text, raw[i - 1].start, raw[i - 1].end))) {
    out.push(mk(text, r.start, r.end, 'not', true, written));
    return withInfo ? wordInfo('not') : undefined;
  }
  // Scots "tae" (to), "ye" (you) and "wi" (with) are also names ("Hi Tae,", "Dear Ye Jin") and initialisms ("TAE", "WI"):
  // written with a capital after another word, or in capitals, they are read as written; so is "wi fi" (Wi-Fi spelt apart).
  if (
    (lw === 'tae' || lw === 'ye' || lw === 'wi') &&
    ((written !== lw && (written === written.toUpperCase() || (i > 0 && raw[i - 1].type === RAW_WORD))) || (lw === 'wi' && nextWord(text, raw, i) === 'fi'))
  ) {
    out.push(mk(text, r.start, r.end, lw, true, written));
    return withInfo ? wordInfo(lw) : undefined;
  }
  // dialect32: dialect and chat forms read by their neighbours ("mi cyaan", "need fi call", "we nah gonna", "dunno").
  // (Every such word has at most four letters but "possible": one length test before the set for most words.)
  if ((lw.length <= 4 || lw.length === 8) && DIALECT_CONTEXT.has(lw) && dialectInContext(text, raw, i, lw, written, out)) return withInfo ? wordInfo(out[out.length - 1].norm) : undefined;
  if (!withInfo) {
    out.push(mk(text, r.start, r.end, normalEn(lw), true, written));
    return undefined;
  }
  f ??= formEn(lw);
  out.push(mk(text, r.start, r.end, f.norm, true, written, f));
  // Only a plain word: no apostrophe (plainSlot), no split, not one read by its next word.
  if (at >= 0 && f.split === undefined && lw !== 'ill' && lw !== 'ur' && lw !== 'yer' && lw !== 'ye' && lw !== 'tae' && lw !== 'wi' && lw !== '4' && lw !== 'no' && lw !== 'its' && lw !== 'were' && !DIALECT_CONTEXT.has(lw)) {
    plainWords[at] = new PlainWord(written, f.norm, f.info, f, formsEn.generation, f.ext);
  }
  return f.info;
}

/** The folded lower-case form of the word token `k` places from raw[i] (negative: before it), or '' (a mark or none). */
function wordAt(text: string, raw: readonly RawToken[], i: number, k: number): string {
  const r = raw[i + k];
  return r && r.type === RAW_WORD && !r.arabic ? foldSlice(text, r.start, r.end) : '';
}

/**
 * dialect32: the normal form of a word read alone: a misspelling or dialect form spelt right (MISSPELLINGS with
 * DIALECT_WORDS), a near misspelling, or a dropped g ("tryin", "nothin'", "gettin" -> "trying", "nothing", "getting")
 * when the "-ing" form is a verb the layer knows (or a pronoun like "nothing"), never a word that ends in "-in" itself.
 */
function normalEn(lw: string): string {
  const m = MISSPELLINGS_MAP.get(lw);
  if (m !== undefined) return m;
  const n = lw.length;
  if (n >= 4 && lw.charCodeAt(n - 1) === 110 && lw.charCodeAt(n - 2) === 105) {
    const g = `${lw}g`;
    if (DROPPED_G_NOUNS.has(lw) || (!NOT_DROPPED_G.has(lw) && wordInfo(g).lemma !== g && VERBS.has(wordInfo(g).lemma))) return g;
    return lw;
  }
  return nearMisspelling(lw);
}

/**
 * dialect32: a dialect or chat form whose reading depends on its neighbours (DIALECT_CONTEXT). Pushes its tokens and
 * returns true when it is read as the word meant; false leaves it to the plain reading. A capitalised form after another
 * word, or one in capitals, is a name or an initialism ("Mi 11", "BC", "Fi" for Fiona) and is read as written.
 */
function dialectInContext(text: string, raw: readonly RawToken[], i: number, lw: string, written: string, out: Token[]): boolean {
  const r = raw[i];
  if (written !== lw && (written === written.toUpperCase() || (i > 0 && raw[i - 1].type === RAW_WORD))) return false;
  const guarded = DIALECT_GUARDED[lw];
  if (guarded !== undefined) {
    out.push(mk(text, r.start, r.end, guarded, true, written));
    return true;
  }
  const prev = wordAt(text, raw, i, -1);
  const next = wordAt(text, raw, i, 1);
  let norm = '';
  switch (lw) {
    case 'mi':
      if (MI_I_NEXT.has(next)) norm = 'i';
      break;
    case 'wi':
      if (MI_I_NEXT.has(next)) norm = 'we';
      break;
    case 'fi':
      if (FI_TO_BEFORE.has(prev) && next !== '' && VERBS.has(wordInfo(normalEn(next)).lemma)) norm = 'to';
      break;
    case 'nah':
      if (DIALECT_SUBJECTS.has(prev) && NAH_NOT_NEXT.has(next)) norm = 'not';
      break;
    case 'nuh':
      if (DIALECT_SUBJECTS.has(prev) && next !== '') norm = 'not';
      break;
    case 'r':
      if (DIALECT_SUBJECTS.has(prev) && next !== '' && written === 'r') norm = 'are';
      break;
    case 'possible':
      // Learner "we are not possible to refund" is "we are not able to"; "it is not possible to" stays as written.
      if (next === 'to' && possibleAfterPersonNot(text, raw, i)) norm = 'able';
      break;
  }
  if (norm === '') return false;
  out.push(mk(text, r.start, r.end, norm, true, written));
  return true;
}

/** "we are not" / "I am not" / "we're not" / "we aren't" right before raw[i]. */
function possibleAfterPersonNot(text: string, raw: readonly RawToken[], i: number): boolean {
  const p1 = wordAt(text, raw, i, -1);
  const p2 = wordAt(text, raw, i, -2);
  if (p1 === 'not') {
    if (POSSIBLE_SUBJECT_BE.has(p2)) return true;
    return (p2 === 'are' || p2 === 'am') && POSSIBLE_SUBJECTS.has(wordAt(text, raw, i, -3));
  }
  return (p1 === 'arent' || p1 === "aren't" || p1 === 'aren’t') && POSSIBLE_SUBJECTS.has(p2);
}

/**
 * Plain English words (ASCII letters and digits, no apostrophe) by their written form, in a table
 * indexed by a hash of the characters (one slot per hash; a newer word takes the slot): what
 * englishWord read for such a word depends on its characters only (lower-cased, its memoised form),
 * so a word found here is read without slicing, folding or looking its form up in the memo
 * (measured: the memo's Map lookup by a freshly sliced string was a fifth of the layer's time on tweets).
 * 2^17 slots (half a megabyte of references): with 2^15, a third of the tone bench's 12,000 written words shared a slot
 * with another and were read the slow way again each time their neighbour had taken it (the interleaved p50 fell 1.6%
 * at 2^17; a session's own vocabulary is far smaller, so this mostly matters for long or varied reading).
 */
const PLAIN_BITS = 17;
/**
 * A table entry: the written word and what englishWord pushes for it (the form's norm and info copied, one object to read).
 * A token read from the table has the entry as its slot (Token.slot), so a reader above keeps its answer for the word
 * (`ext`) on the object it reaches anyway; serialised, the entry reads as the form it stands for (with its own `ext`), as
 * a token's slot always has.
 */
class PlainWord implements WordSlot {
  constructor(
    readonly written: string,
    readonly norm: string,
    readonly info: WordInfo,
    readonly form: FormEn,
    /**
     * formsEn's generation when the entry was made: once the memo is emptied, its forms are made anew,
     * and an entry of an older generation is read again (its form is no longer the memo's own).
     */
    readonly generation: number,
    public ext: unknown,
  ) {}

  toJSON(): Omit<FormEn, 'ext'> & { ext: unknown } {
    const f = this.form;
    return { split: f.split, norm: f.norm, info: f.info, ext: this.ext };
  }
}
const NO_PLAIN = new PlainWord('', '', undefined as unknown as WordInfo, undefined as unknown as FormEn, -1, undefined);
const plainWords: PlainWord[] = new Array<PlainWord>(1 << PLAIN_BITS).fill(NO_PLAIN);

/** The table slot of text[start, end) when it is a plain word (ASCII, no apostrophe), else -1. */
function plainSlot(text: string, start: number, end: number): number {
  let h = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c > 127 || c === 39) return -1;
    h = (Math.imul(h, 31) + c) | 0;
  }
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return (h ^ (h >>> 16)) & ((1 << PLAIN_BITS) - 1);
}

/** Whether text holds w at `start` (w.length characters). */
function sameAt(w: string, text: string, start: number): boolean {
  for (let k = 0; k < w.length; k++) if (w.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/**
 * Words whose misspellings vary too much to list ("unforunately", "unfortuantely", "defenitely"):
 * a word with the same first three letters, within one letter of the length and at most two edits
 * (one for a word under ten letters) is read as the word meant. Real words that close are kept out
 * by that length window ("unfortunate", "definite") and by the first letters ("fortunately").
 */
const NEAR_WORDS = ['unfortunately', 'definitely'];
const nearCache = new BoundedMemo<string, string>(5_000);

function nearMisspelling(w: string): string {
  if (w.length < 8 || !NEAR_WORDS.some((t) => t.charCodeAt(0) === w.charCodeAt(0) && t.startsWith(w.slice(0, 3)))) return w;
  let hit = nearCache.get(w);
  if (hit === undefined) {
    hit = w;
    for (const t of NEAR_WORDS) {
      if (!t.startsWith(w.slice(0, 3)) || Math.abs(t.length - w.length) > 1) continue;
      if (editDistance(w, t, w.length < 10 ? 1 : 2) <= (w.length < 10 ? 1 : 2)) hit = t;
    }
    nearCache.set(w, hit);
  }
  return hit;
}

/** Optimal string alignment distance (a swap of two neighbours is one edit), stopping once over `max`. */
export function editDistance(a: string, b: string, max: number): number {
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}

/** w ends in "ing" or "ed" (no expression per token). */
function ingOrEd(w: string): boolean {
  const n = w.length;
  if (n >= 2 && w.charCodeAt(n - 2) === 101 && w.charCodeAt(n - 1) === 100) return true;
  return n >= 3 && w.charCodeAt(n - 3) === 105 && w.charCodeAt(n - 2) === 110 && w.charCodeAt(n - 1) === 103;
}

export function englishPunct(text: string, r: RawToken, out: Token[]): void {
  // One ASCII mark (most of them): its string and tag read once per mark and kind, no slice or expression per token.
  if (r.end - r.start === 1) {
    const c = text.charCodeAt(r.start);
    if (c < 128) {
      const at = 2 * c + (r.type === RAW_STOP ? 1 : 0);
      let m = ASCII_MARKS[at];
      if (m === undefined) {
        const norm = foldSlice(text, r.start, r.end);
        m = ASCII_MARKS[at] = { written: text.slice(r.start, r.end), norm, pos: markPos(r, norm) };
      }
      const t = mk(text, r.start, r.end, m.norm, false, m.written);
      t.pos = m.pos;
      out.push(t);
      return;
    }
  }
  const t = mk(text, r.start, r.end, foldSlice(text, r.start, r.end), false);
  t.pos = markPos(r, t.norm);
  out.push(t);
}

const markPos = (r: RawToken, norm: string): Pos => (r.type === RAW_STOP || /^[\p{P}]$/u.test(norm) ? 'PUNCT' : 'SYM');

/** englishPunct's reading of one ASCII mark, by 2 * its code + 1 when the tokenizer read it as a stop. */
const ASCII_MARKS: ({ written: string; norm: string; pos: Pos } | undefined)[] = new Array(256).fill(undefined);

const POSSESSIVE_OR_DET = new Set(['the', 'a', 'an', 'my', 'your', 'our', 'their', 'his', 'her', 'its', 'this', 'that', 'these', 'those', 'any', 'some', 'no', 'every', 'each', "'s"]);
const VERB_CONTEXT = new Set(['to', 'can', 'could', 'will', 'would', 'should', 'must', 'may', 'might', 'shall', 'do', 'does', 'did', 'not', 'please', 'i', 'we', 'you', 'they', 'let', 'us', 'just', 'also']);
const ADJ_SUFFIX = /(?:able|ible|ful|less|ous|ive|ic|ish)$/;

function undouble(s: string): string {
  const n = s.length;
  return n > 2 && s[n - 1] === s[n - 2] && !/[aeiousl]/.test(s[n - 1]) ? s.slice(0, -1) : '';
}

/**
 * What tagging, clauses and negation need to know of a word form, whatever its neighbours
 * (memoised: a pure function of the word), so each word is looked up once, not once per table.
 */
export interface WordInfo {
  /** Its closed-class tag (CLOSED), if any. */
  closed: Pos | undefined;
  lemma: string;
  /** The lemma is one of VERBS. */
  verbLemma: boolean;
  noun: boolean;
  /** In ADJECTIVES or with an adjective suffix. */
  adj: boolean;
  /** Ends in "ly". */
  ly: boolean;
  ingOrEd: boolean;
  irregular: string | undefined;
  /** In NEGATORS (not, never, no ...). */
  negator: boolean;
  /** In CLAUSE_CONJ (opens a clause), CLAUSE_CONJ_BEFORE_SUBJECT (opens one before a subject), SUBJECTS. */
  clauseConj: boolean;
  conjBeforeSubject: boolean;
  subject: boolean;
  /** A determiner or possessive before a noun (POSSESSIVE_OR_DET), a word before a verb (VERB_CONTEXT). */
  det: boolean;
  verbContext: boolean;
}

const wordInfos = new BoundedMemo<string, WordInfo>(20_000);

const wordInfo = (w: string): WordInfo => wordInfos.remember(w, readWordInfo);

function readWordInfo(w: string): WordInfo {
  const lemma = computeLemmaEn(w);
  return {
    closed: CLOSED.get(w),
    lemma,
    verbLemma: VERBS.has(lemma),
    noun: NOUNS.has(w),
    adj: ADJECTIVES.has(w) || ADJ_SUFFIX.test(w),
    ly: w.endsWith('ly'),
    ingOrEd: ingOrEd(w),
    irregular: IRREGULAR_MAP.get(w),
    negator: NEGATORS.has(w),
    clauseConj: CLAUSE_CONJ.has(w),
    conjBeforeSubject: CLAUSE_CONJ_BEFORE_SUBJECT.has(w),
    subject: SUBJECTS.has(w),
    det: POSSESSIVE_OR_DET.has(w),
    verbContext: VERB_CONTEXT.has(w),
  };
}

/** Lemma of a word form from the tables and suffix rules (verbs checked against VERBS). Memoised: a pure function of the word. */
export function lemmaEn(w: string): string {
  return wordInfo(w).lemma;
}

function computeLemmaEn(w: string): string {
  const irr = IRREGULAR_MAP.get(w);
  if (irr) return irr;
  if (VERBS.has(w) || CLOSED.has(w) || w.length < 4) return w;
  if (/ie[sd]$/.test(w) && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ing') && w.length > 4) {
    if (NOUNS.has(w)) return w;
    const s = w.slice(0, -3);
    for (const c of [s, `${s}e`, undouble(s)]) if (c && VERBS.has(c)) return c;
    return w;
  }
  if (w.endsWith('ed') && w.length > 3) {
    const s1 = w.slice(0, -1);
    const s2 = w.slice(0, -2);
    for (const c of [s1, s2, undouble(s2)]) if (c && VERBS.has(c)) return c;
    return /(?:at|iz|is|ur|iv|g|c|v|s|us)$/.test(s2) ? s1 : s2;
  }
  if (w.endsWith('s') && !/(?:ss|us|is|ous)$/.test(w)) {
    if (/(?:s|x|z|ch|sh)es$/.test(w)) return w.slice(0, -2);
    return w.slice(0, -1);
  }
  return w;
}

/**
 * Tag and lemmatise the English tokens tokens[from, to) of one sentence, using the previous word.
 * `infos[i]`, when given, holds wordInfo(tokens[i].norm) if englishWord read it already, and is
 * filled here for every English word (the clause and negation passes read it after).
 */
export function tagEnglish(tokens: Token[], from: number, to: number, infos?: (WordInfo | undefined)[]): void {
  let prev: Token | null = null;
  let prevInfo: WordInfo | undefined;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t.word || t.lang !== 'en') {
      if (t.word) {
        prev = t;
        prevInfo = undefined;
      } else if (t.pos === 'PUNCT') prev = null;
      continue;
    }
    const w = t.norm;
    let pos: Pos;
    let lemma = '';
    let info = infos !== undefined ? infos[i] : undefined;
    if (info === undefined) {
      info = wordInfo(w);
      if (infos !== undefined) infos[i] = info;
    }
    const closed = info.closed;
    const c0 = w.charCodeAt(0);
    if (c0 >= 48 && c0 <= 57) pos = 'NUM';
    else if (w === "'s") pos = 'PART';
    else if (closed && !(w === 'may' && prev !== null && t.text.charCodeAt(0) === 77)) pos = closed;
    else {
      lemma = info.lemma;
      const afterDet = prev !== null && (prevInfo !== undefined ? prevInfo.det : POSSESSIVE_OR_DET.has(prev.norm));
      if (info.verbLemma && !info.noun) pos = afterDet && !info.ingOrEd ? 'NOUN' : 'VERB';
      else if (info.adj) pos = 'ADJ';
      else if (info.ly && !info.noun) pos = 'ADV';
      else if (w.length > 5 && info.ingOrEd && !info.noun && !afterDet) pos = 'VERB';
      else if (prev !== null && t.text.charCodeAt(0) >= 65 && t.text.charCodeAt(0) <= 90 && prev.pos !== 'PUNCT') pos = 'PROPN';
      else pos = 'NOUN';
      if (pos === 'NOUN' && prev !== null && (prevInfo !== undefined ? prevInfo.verbContext : VERB_CONTEXT.has(prev.norm)) && info.verbLemma) pos = 'VERB';
    }
    t.pos = pos;
    if (pos === 'VERB' || pos === 'NOUN' || pos === 'AUX') t.lemma = lemma || info.lemma;
    else {
      const irregular = info.irregular;
      t.lemma = irregular && pos !== 'ADJ' ? irregular : w;
    }
    prev = t;
    prevInfo = info;
  }
}
