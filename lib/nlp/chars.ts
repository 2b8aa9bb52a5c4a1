/**
 * Per-character tables shared by the tokenizer and the rewrite engine's unit stream: one fold per
 * character code (lib/text's `fold` is context-free per character, so asking it once per code
 * gives exactly its result) and one character class, both memoised in 64K tables.
 */
import { fold, isArabicScript, isWordChar } from '../text/index.ts';

export const K_WORD = 1;
export const K_ARABIC = 2;
export const K_SPACE = 4;
export const K_STOP = 8;
export const K_APOS = 16;
export const K_DONE = 128;

/** Punctuation that ends a slot or a clause piece: . ! ? ; : , ، ؛ ؟ … and newline. */
export const STOP_CODES: ReadonlySet<number> = new Set(['.', '!', '?', ';', ':', ',', '\u060c', '\u061b', '\u061f', '\u2026', '\n'].map((c) => c.charCodeAt(0)));
const APOS = new Set(["'", '\u2019', '\u02bc'].map((c) => c.charCodeAt(0)));
const table = new Uint8Array(65536);

/** Class bits of a (folded or original) character code. */
export function charKind(c: number): number {
  let k = table[c];
  if (k) return k;
  const ch = String.fromCharCode(c);
  k = K_DONE;
  if (STOP_CODES.has(c)) k |= K_STOP;
  else if (/\s/.test(ch)) k |= K_SPACE;
  else if (APOS.has(c)) k |= K_APOS;
  else if (isWordChar(ch) && c !== 0x2d && c !== 0x5f) {
    k |= K_WORD;
    if (isArabicScript(ch)) k |= K_ARABIC;
  }
  table[c] = k;
  return k;
}

export const ZWNJ_CODE = 0x200c;
/** Fold result for characters that fold to nothing (diacritics, tatweel, direction marks). */
export const DROP = 0xffff;
const foldTable = new Uint16Array(65536);
const foldKnown = new Uint8Array(65536);

/** lib/text's fold of one character code (lower case, Persian letters, ASCII digits), or DROP. */
export function foldCode(c: number): number {
  if (foldKnown[c]) return foldTable[c];
  const f = fold(String.fromCharCode(c)).text;
  const v = f.length === 0 ? DROP : f.charCodeAt(0);
  foldTable[c] = v;
  foldKnown[c] = 1;
  return v;
}

export const isDigitCode = (c: number) => c >= 48 && c <= 57;

/** Folded text of original[start, end): dropped marks removed; ZWNJ and spaces removed when `joinSpaces`. */
export function foldSlice(text: string, start: number, end: number, joinSpaces = false): string {
  // Most words are ASCII, where the fold is exactly toLowerCase (a test keeps the two equal).
  let ascii = true;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128 || (joinSpaces && c <= 32)) {
      ascii = false;
      break;
    }
  }
  if (ascii) return text.slice(start, end).toLowerCase();
  let out = '';
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (joinSpaces && (c === ZWNJ_CODE || charKind(c) & K_SPACE)) continue;
    const f = foldCode(c);
    if (f === DROP || (f === 32 && joinSpaces)) continue;
    out += String.fromCharCode(f);
  }
  return out;
}

/**
 * `text` has a character the tokenizer reads as an Arabic-script letter (a word character of the Arabic class once
 * folded; digits fold to ASCII, so they do not count). Exactly the texts with a Persian word token: a token's
 * key holds such a letter, and a text without one has no key that does (lib/tone reads its Persian phrases only then).
 */
export function hasArabicLetter(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    // ASCII folds to ASCII (lower case), never an Arabic-script letter: the common case, no table read.
    if (c < 128) continue;
    let v = arabicLetter[c];
    if (v === 0) arabicLetter[c] = v = isArabicLetterCode(c) ? 2 : 1;
    if (v === 2) return true;
  }
  return false;
}

/** Per character code: 0 not read yet, 1 not an Arabic-script letter once folded, 2 one (hasArabicLetter: one table read a character). */
const arabicLetter = new Uint8Array(65536);

function isArabicLetterCode(c: number): boolean {
  const f = foldCode(c);
  return f !== DROP && (charKind(f) & (K_WORD | K_ARABIC)) === (K_WORD | K_ARABIC);
}
