/**
 * Raw tokens with offsets: words (letters and digits of one script; apostrophes inside Latin words,
 * ZWNJ inside Persian words, "3.5", "1,000", "10:30" kept whole), and one token per punctuation
 * mark or symbol. A hyphen or underscore between two word characters stays inside the word
 * ("follow-up", "no-reply"), as the rewrite engine has always read them. One pass over char codes.
 */
import { charKind, DROP, foldCode, isDigitCode, K_APOS, K_ARABIC, K_SPACE, K_STOP, K_WORD, ZWNJ_CODE } from './chars.ts';

export const RAW_WORD = 0;
export const RAW_STOP = 1;
export const RAW_SYM = 2;

export interface RawToken {
  start: number;
  end: number;
  type: number;
  arabic: boolean;
}

const isLatinLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);

/** Folded class of the character at k (skipping nothing). */
function kindAt(text: string, k: number): number {
  const f = foldCode(text.charCodeAt(k));
  return f === DROP ? 0 : charKind(f);
}

export function rawTokens(text: string): RawToken[] {
  const out: RawToken[] = [];
  const n = text.length;
  let k = 0;
  while (k < n) {
    const c = text.charCodeAt(k);
    const f = foldCode(c);
    if (f === DROP) {
      // A mark right after a token belongs to it (replacing the word removes it too).
      const last = out[out.length - 1];
      if (last && last.end === k) last.end = k + 1;
      k++;
      continue;
    }
    const kk = charKind(f);
    if (c === ZWNJ_CODE || kk & K_SPACE) {
      k++;
      continue;
    }
    if (kk & K_WORD) {
      const arabic = (kk & K_ARABIC) !== 0;
      let j = k + 1;
      while (j < n) {
        const cj = text.charCodeAt(j);
        const fj = foldCode(cj);
        if (fj === DROP) {
          j++;
          continue;
        }
        const kj = charKind(fj);
        if (kj & K_WORD && cj !== ZWNJ_CODE) {
          if (((kj & K_ARABIC) !== 0) !== arabic && !isDigitCode(fj)) break;
          j++;
          continue;
        }
        const next = j + 1 < n ? text.charCodeAt(j + 1) : 0;
        if (arabic && cj === ZWNJ_CODE && next && kindAt(text, j + 1) & K_ARABIC) {
          j++;
          continue;
        }
        if ((fj === 45 || fj === 95) && next && kindAt(text, j + 1) & K_WORD && next !== ZWNJ_CODE) {
          j++;
          continue;
        }
        if (!arabic && kj & K_APOS && isLatinLetter(next) && isLatinLetter(text.charCodeAt(j - 1))) {
          j++;
          continue;
        }
        if ((fj === 46 || fj === 44 || fj === 58) && isDigitCode(foldCode(text.charCodeAt(j - 1))) && next && isDigitCode(foldCode(next))) {
          j++;
          continue;
        }
        break;
      }
      out.push({ start: k, end: j, type: RAW_WORD, arabic });
      k = j;
      continue;
    }
    let e = k + 1;
    if (c >= 0xd800 && c <= 0xdbff && e < n) {
      const d = text.charCodeAt(e);
      if (d >= 0xdc00 && d <= 0xdfff) e++;
    }
    out.push({ start: k, end: e, type: kk & K_STOP ? RAW_STOP : RAW_SYM, arabic: false });
    k = e;
  }
  return out;
}
