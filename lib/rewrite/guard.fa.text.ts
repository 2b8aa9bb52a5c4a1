/**
 * Text helpers of the Persian guards (guard.fa.ts and guard.fa.splice.ts): one fold for plain lookups, where a
 * sentence ends, and where a clause breaks inside it.
 */
import { BoundedMemo, RecentMemo } from '../text/memo.ts';
import { foldKey } from '../text/normalize.ts';
import { faDialectNegative } from '../nlp/fa.ts';
import { tokenize, type Token } from '../nlp/index.ts';

/** lib/text's fold (Persian letters, no marks or tatweel), then ZWNJ and the space of «می »/«نمی » taken out: for plain lookups. */
export const faFold = (s: string): string => (s.length <= FOLD_MEMO_LEN ? foldMemo.remember(s, readFold) : readFold(s));
const readFold = (s: string): string =>
  foldKey(s, { zwnjAsSpace: false })
    .replace(/(^|[\s\u200c])(ن?می)[\s\u200c]+/g, '$1$2')
    .replace(/\u200c/g, '')
    // A regional «نمی» («نیمیشه», «نِمِشه»): the guards read it as the language layer does (faDialectNegative).
    .replace(DIALECT_NEG, (m, a: string, w: string) => a + (faDialectNegative(w)?.form ?? w));
const DIALECT_NEG = /(^|[^\u0600-\u06ff])(ن(?:یمی|م)[\u0600-\u06ff]{2,})/g;
/**
 * (perf28) The guards fold the same sentence and span once per suggestion and per guard: on the speed bench's Persian drafts
 * 117 of 197 folds a draft were of a text already folded in it. Short texts only (a sentence or a span), a few hundred kept.
 * (perffa32) The last two generations of 256 kept (RecentMemo): a draft folds ~240 texts, so a memo emptied at 256 missed
 * about a third of them on every pass, a keystroke's re-read of the unchanged sentences included.
 */
const FOLD_MEMO_LEN = 600;
const foldMemo = new RecentMemo<string, string>(256);

/**
 * (perf34) A reader's own pure text-to-text reading (its `spaced` form: the fold, then marks and spaces made single
 * spaces) kept per text, as the fold is: the after-readers and neutral filters make it for every suggestion of the draft at
 * every call, and on a keystroke every unchanged sentence's texts come again; a regular-expression chain per text was a
 * fifth of what such a call allocated. `read` must be a pure function of its text. Texts up to 600 characters; each reader
 * keeps its last two generations of 128.
 */
export function faTextMemo(read: (raw: string) => string): (raw: string) => string {
  const memo = new RecentMemo<string, string>(128);
  return (raw) => (raw.length <= FOLD_MEMO_LEN ? memo.remember(raw, read) : read(raw));
}

/**
 * (perffa30) lib/nlp's tokens of a piece of a draft the Persian guards and after-readers read again (a clause, the rest of a
 * sentence, a span): the same texts are tokenised once per suggestion and per reader, and on every keystroke again for
 * every unchanged sentence of the draft (the after-readers have no sentence cache). Short texts only, 64 kept (a draft's
 * worth: 512 made the full analysis 5% slower in the in-process A/B, both orders, most likely the kept tokens' GC cost).
 * The list is shared: read it, never change it or its tokens.
 */
export const faTokens = (s: string): readonly Token[] => (s.length <= FOLD_MEMO_LEN ? tokenMemo.remember(s, tokenize) : tokenize(s));
const tokenMemo = new BoundedMemo<string, readonly Token[]>(64);

/** A Persian or Latin sentence's end mark, or a line break. */
export const FA_SENTENCE_END = /[.!?؟\n]/;

/**
 * (perf33) FA_SENTENCE_END on the UTF-16 unit at `k` by its code: the expression has no `u` flag, so it tests code units,
 * and `draft[k]` made a new one-character string for every Persian character read (the guards' walks run per suggestion on
 * every keystroke). Out of range is no end mark, as `test(undefined)` was not.
 */
function endAt(draft: string, k: number): boolean {
  const c = draft.charCodeAt(k);
  return c === 46 || c === 33 || c === 63 || c === 0x61f || c === 10;
}

/** The last draft's sentence-end offsets, ascending (one draft is read by many suggestions in a row). */
let endsOf: { draft: string; ends: number[] } | null = null;

/**
 * Where the sentence holding `at` starts: just after the nearest end mark ({@link FA_SENTENCE_END}) before `at`, else 0.
 * The end marks of a draft are found once and searched, so a run-on draft with many suggestions and no end mark is not
 * walked back to its start once per suggestion (wrong30, wrong31 and fix30 each kept a copy of that walk: quadratic);
 * and it reaches back at most FA_SENTENCE_REACH characters, so what they slice from it is bounded too.
 */
export function faSentenceStart(draft: string, at: number): number {
  if (endsOf?.draft !== draft) {
    const ends: number[] = [];
    for (let k = 0; k < draft.length; k++) if (endAt(draft, k)) ends.push(k);
    endsOf = { draft, ends };
  }
  const { ends } = endsOf;
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  // Read at most FA_SENTENCE_REACH back, as the guards do: a run-on's suggestions each read a window, not the draft.
  return Math.max(lo === 0 ? 0 : ends[lo - 1] + 1, at - FA_SENTENCE_REACH);
}

/** Where a clause ends inside a Persian sentence: punctuation or a clause conjunction (global: use with matchAll, or reset lastIndex). */
export const FA_CLAUSE_BREAK = /[،,؛;:]|(?:^|[\s\u200c])(?:ولی|اما|چون|زیرا|ولیکن|وگرنه)(?=[\s\u200c]|$)/g;

/**
 * How far after a flagged span the guards read its sentence. Real sentences end well within it; a run-on with no stop (a
 * pasted log, a chat line of forty refusals) is read this far after each span, so a draft of N spans costs N times a
 * constant to guard, not N times the draft.
 */
export const FA_SENTENCE_REACH = 600;

/** The offset of the first sentence-ending mark at or after `from`, or the draft's length, or `from + reach`, whichever is first. */
export function faSentenceEnd(draft: string, from: number, reach = FA_SENTENCE_REACH): number {
  const hi = Math.min(draft.length, from + reach);
  for (let k = from; k < hi; k++) if (endAt(draft, k)) return k;
  return hi;
}
