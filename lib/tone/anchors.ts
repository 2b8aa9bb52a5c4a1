/**
 * Anchors: the one shared per-token pass the cue patterns start from. A pattern that walks the
 * tokens looking for its words ("try", «پیگیری…», a contact noun, a digit) first asks whether any
 * token of the message holds one of them; most messages hold none, so most patterns stop there
 * instead of each walking the whole token list on its own (some seventy walks per message before).
 *
 * Each anchor is a test on a token's folded key, on its lemma, or on the token (flags read by the
 * language layer). Key and lemma tests are pure functions of the word, so their answers are kept
 * per word across messages (bounded memo); one pass per message ORs the words' bits together.
 *
 * An anchor must be a NECESSARY condition of its pattern: when no token passes it, the pattern
 * finds nothing (a wider test is always safe, a narrower one changes what the reader says).
 */
import { BoundedMemo } from '../text/memo.ts';
import type { ToneDoc, ToneToken } from './layer.ts';

/** A word test: a set of words, a regular expression (without the g flag), or a predicate. */
export type WordTest = ReadonlySet<string> | RegExp | ((word: string) => boolean);

export interface AnchorSpec {
  /** Passes when the token's folded key passes. */
  key?: WordTest;
  /** Passes when the token's lemma passes. */
  lemma?: WordTest;
  /** Passes when the token passes (flags only: computed per token, keep it cheap). */
  token?: (t: ToneToken) => boolean;
}

export interface Anchor {
  /** Which bit word (anchors 0-31, 32-63, 64-95, then 96-127 … : as many words as anchors need, perftone32). */
  readonly word: number;
  readonly bit: number;
}

/** 32 bit words: a word record keeps the first three words in fields and the rest in one small array (EXTRA). */
const MAX_ANCHORS = 32 * 32;
const specs: AnchorSpec[] = [];
const tokenTests: { a: Anchor; test: (t: ToneToken) => boolean }[] = [];

/**
 * One record per word (a token's key or lemma), made once per word and kept across messages (bounded
 * memo): its anchor bits as a key (k0, k1, K2) and as a lemma (l0, l1, L2), small integers. The language layer
 * puts its key's record on every token (ToneToken.rec: the one lookup per token), and the other
 * per-word readings of the tone reader keep their answers for the word in its slots, filled on
 * first use, instead of each looking the key up in its own table per token: the phrase matcher's
 * lists (tokens.ts), the negation test and the learnt models' word weights (features.ts). Every slot
 * holds a pure function of the word (and of the matcher or model named beside it).
 */
export interface WordRec {
  readonly word: string;
  /** The anchor generation the bits were read for (anchors registered later are missing from older records). */
  gen: number;
  k0: number;
  k1: number;
  l0: number;
  l1: number;
  /** The third bit word (anchors 64-95), under symbols: a record serialised through a token's slot reads as before. */
  [K2]: number;
  [L2]: number;
  /**
   * Anchors 96 and past (perftone32): the key's bits then the lemma's, word by word (words 3, 4 …, key and lemma
   * interleaved: [k3, l3, k4, l4 …]); null while no anchor past 95 is registered (no array per word then).
   */
  [EXTRA]: Int32Array | null;
  /**
   * tokens.ts: the matcher the word's phrase lists were looked up in (null: none yet), and those lists: its one-word
   * phrases, its two-word phrases ending in a prefix, its longer phrases by their second word, the one-word prefixes it starts with (each
   * on the record itself: one object less to reach per token).
   */
  matcher: object | null;
  single: unknown;
  firstOnly: unknown;
  longer: unknown;
  /** Bit (n & 31) set for each second word number n that `longer` holds: most next words are none of them, no lookup then. */
  longerMask: number;
  head: unknown;
  /** tokens.ts: the word's number among the second words of that matcher's phrases (-1: none). */
  second: number;
  /** features.ts: the word counts as a negation (1) or not (0); -1 not read yet. */
  neg: number;
  /** features.ts: the learnt model `weight` is that word's weight in (null: none yet); undefined weight: none. */
  model: object | null;
  weight: number | undefined;
  /**
   * anchors.ts: the record of the lemma a token of this word last had (checked against the token's lemma before use).
   * Under a symbol: reading state, not a fact of the word (a record serialised through a token's slot reads as before).
   */
  [LEMMA_REC]: WordRec | null;
  /**
   * register.ts: the word's weight in the learnt Persian register model (formalityFa[word], as read there: undefined for
   * a word it lacks); UNREAD until first asked. Under a symbol, as the bits above (not serialised with a token's slot).
   */
  [FA_FORMALITY]: unknown;
  /** register.kinds15.ts: the word's Finglish class (finglish.ts finglishClass: 0 neither, 1 English function word, 2 Finglish); -1 not read yet. */
  [FINGLISH]: number;
}
const memo = new BoundedMemo<string, WordRec>(30_000);
/** The key of WordRec's lemma record. */
const LEMMA_REC = Symbol('lemma record');
/** The keys of WordRec's slots for the register readers (per-word answers kept on the record the token already holds). */
export const FA_FORMALITY = Symbol('formalityFa weight');
export const FINGLISH = Symbol('finglish class');
/** WordRec[FA_FORMALITY] before the word was looked up (its weight may be undefined). */
export const UNREAD = Symbol('not read');
/** The keys of WordRec's third bit word. */
const K2 = Symbol('key bits 64-95');
const L2 = Symbol('lemma bits 64-95');
const EXTRA = Symbol('bits 96 and past');
/** Bit words past the third that registered anchors use (0 until an anchor past 95 is registered). */
let extraWords = 0;
/** Bumped by every anchor registered (module load): records made before lack its bit. */
let gen = 0;

function passes(test: WordTest, w: string): boolean {
  if (test instanceof RegExp) return test.test(w);
  if (typeof test === 'function') return test(w);
  return test.has(w);
}

/** Registers an anchor (at module load). */
export function anchor(spec: AnchorSpec): Anchor {
  const n = specs.length;
  if (n >= MAX_ANCHORS) throw new Error(`lib/tone/anchors: more than ${MAX_ANCHORS} anchors`);
  if (spec.key instanceof RegExp && (spec.key.global || spec.key.sticky)) throw new Error('lib/tone/anchors: a g or y expression keeps state between words');
  specs.push(spec);
  const a: Anchor = { word: n >> 5, bit: 1 << (n & 31) };
  if (a.word >= 3) extraWords = Math.max(extraWords, a.word - 2);
  if (present.length < 3 + extraWords) present.push(0);
  if (spec.token) tokenTests.push({ a, test: spec.token });
  // Words read before this anchor existed lack its bit.
  memo.clear();
  gen++;
  last = null;
  return a;
}

/** The record of word w (its anchor bits read). */
export function wordRec(w: string): WordRec {
  const b = memo.get(w);
  return b !== undefined ? b : bitsOf(w);
}

function bitsOf(w: string): WordRec {
  const b: WordRec = { word: w, gen, k0: 0, k1: 0, l0: 0, l1: 0, matcher: null, single: undefined, firstOnly: undefined, longer: undefined, longerMask: 0, head: undefined, second: -1, neg: -1, model: null, weight: undefined, [LEMMA_REC]: null, [K2]: 0, [L2]: 0, [EXTRA]: extraWords > 0 ? new Int32Array(2 * extraWords) : null, [FA_FORMALITY]: UNREAD, [FINGLISH]: -1 };
  const extra = b[EXTRA];
  for (let n = 0; n < specs.length; n++) {
    const s = specs[n];
    const bit = 1 << (n & 31);
    if (s.key !== undefined && passes(s.key, w)) {
      if (n < 32) b.k0 |= bit;
      else if (n < 64) b.k1 |= bit;
      else if (n < 96) b[K2] |= bit;
      else extra![2 * ((n >> 5) - 3)] |= bit;
    }
    if (s.lemma !== undefined && passes(s.lemma, w)) {
      if (n < 32) b.l0 |= bit;
      else if (n < 64) b.l1 |= bit;
      else if (n < 96) b[L2] |= bit;
      else extra![2 * ((n >> 5) - 3) + 1] |= bit;
    }
  }
  return memo.set(w, b);
}

let last: ToneDoc | null = null;
let lastTokens: readonly ToneToken[] | null = null;
/** The anchors present, one bit word per 32 anchors (grown by `anchor` past the third). */
const present = [0, 0, 0];

/** The anchors some token of `doc` passes (the last document's answer is kept: every cue asks about the same one). */
function presentIn(doc: ToneDoc): readonly number[] {
  if (doc === last && doc.tokens === lastTokens) return present;
  let p0 = 0;
  let p1 = 0;
  let p2 = 0;
  for (let w = 3; w < present.length; w++) present[w] = 0;
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    // The token's own record, unless an anchor was registered after it was read.
    const kb = t.rec.gen === gen ? t.rec : wordRec(t.key);
    let lb = kb;
    if (t.lemma !== t.key) {
      // The lemma's record, kept on the key's record for the lemma it last had ("sent" -> "send").
      const l = kb[LEMMA_REC];
      lb = l !== null && l.word === t.lemma && l.gen === gen ? l : (kb[LEMMA_REC] = wordRec(t.lemma));
    }
    p0 |= kb.k0 | lb.l0;
    p1 |= kb.k1 | lb.l1;
    p2 |= kb[K2] | lb[L2];
    if (extraWords > 0) {
      const ke = kb[EXTRA]!;
      const le = lb[EXTRA]!;
      for (let w = 0; w < extraWords; w++) present[3 + w] |= ke[2 * w] | le[2 * w + 1];
    }
    for (let k = 0; k < tokenTests.length; k++) {
      const { a, test } = tokenTests[k];
      const w = a.word;
      if (((w === 0 ? p0 : w === 1 ? p1 : w === 2 ? p2 : present[w]) & a.bit) === 0 && test(t)) {
        if (w === 0) p0 |= a.bit;
        else if (w === 1) p1 |= a.bit;
        else if (w === 2) p2 |= a.bit;
        else present[w] |= a.bit;
      }
    }
  }
  present[0] = p0;
  present[1] = p1;
  present[2] = p2;
  last = doc;
  lastTokens = toks;
  return present;
}

/** Whether some token of `doc` passes anchor a. */
export function has(doc: ToneDoc, a: Anchor): boolean {
  return (presentIn(doc)[a.word] & a.bit) !== 0;
}

/**
 * Memo of a reading two patterns ask for (durations, silence, earlier moments…): computed once per
 * message. `of` is the message's context (or its token list); the last one's answer is kept.
 */
export function perMessage<K extends object, T>(read: (of: K) => T): (of: K) => T {
  let key: K | null = null;
  let value: T;
  return (of) => {
    if (of !== key) {
      value = read(of);
      key = of;
    }
    return value;
  };
}
