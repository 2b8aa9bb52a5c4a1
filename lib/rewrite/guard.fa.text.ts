/**
 * Text helpers of the Persian guards (guard.fa.ts and guard.fa.splice.ts): one fold for plain lookups, where a
 * sentence ends, and where a clause breaks inside it.
 */
import { foldKey } from '../text/normalize.ts';

/** lib/text's fold (Persian letters, no marks or tatweel), then ZWNJ and the space of «می »/«نمی » taken out: for plain lookups. */
export const faFold = (s: string) =>
  foldKey(s, { zwnjAsSpace: false })
    .replace(/(^|[\s\u200c])(ن?می)[\s\u200c]+/g, '$1$2')
    .replace(/\u200c/g, '');

const SENTENCE_END = /[.!?؟\n]/;

/** Where a clause ends inside a Persian sentence: punctuation or a clause conjunction (global: use with matchAll, or reset lastIndex). */
export const FA_CLAUSE_BREAK = /[،,؛;:]|(?:^|[\s\u200c])(?:ولی|اما|چون|زیرا|ولیکن|وگرنه)(?=[\s\u200c]|$)/g;

/** The offset of the first sentence-ending mark at or after `from`, or the draft's length. */
export function faSentenceEnd(draft: string, from: number): number {
  for (let k = from; k < draft.length; k++) if (SENTENCE_END.test(draft[k])) return k;
  return draft.length;
}
