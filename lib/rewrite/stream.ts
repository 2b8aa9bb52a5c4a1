/**
 * Text -> a stream of folded units that patterns and drafts share, so both sides are cut the same
 * way. One unit per folded character, plus one GAP unit per run of white space between two words.
 *
 * Persian spacing rule (the principled version of "نمی توانم == نمی‌توانم == نمیتوانم"): between
 * two Arabic-script letters a gap (space, ZWNJ, or none at all) is not a unit. Persian writers join
 * prefixes and suffixes (می/نمی/ب, ها/های/ام/ای/تر/ترین/ش/تان/شان …) with a ZWNJ, a space or
 * nothing, inconsistently, so inside a match only the letters count. The gap is remembered as a word
 * boundary, which matters at the two ends of a match and at slots: a pattern still matches whole
 * words only ("توان" does not match inside "نمیتوانم"). In Latin script a space is a real unit:
 * "cannot" does not match "can not".
 */
import { fold, isArabicScript, isWordChar } from '../text/index.ts';

export const CLS_WORD = 0;
export const CLS_STOP = 1;
export const CLS_SYM = 2;
export const CLS_GAP = 3;
export const GAP_CODE = 32;

const K_WORD = 1;
const K_ARABIC = 2;
const K_SPACE = 4;
const K_STOP = 8;
const K_DONE = 128;

/** Punctuation that ends a slot: . ! ? ; : , ، ؛ ؟ … and newline. */
const STOP = new Set(['.', '!', '?', ';', ':', ',', '\u060c', '\u061b', '\u061f', '\u2026', '\n'].map((c) => c.charCodeAt(0)));
const table = new Uint8Array(65536);

function kind(c: number): number {
  let k = table[c];
  if (k) return k;
  const ch = String.fromCharCode(c);
  k = K_DONE;
  if (STOP.has(c)) k |= K_STOP;
  else if (/\s/.test(ch)) k |= K_SPACE;
  else if (isWordChar(ch)) {
    k |= K_WORD;
    if (isArabicScript(ch)) k |= K_ARABIC;
  }
  table[c] = k;
  return k;
}

export function isArabicLetterCode(c: number): boolean {
  return (kind(c) & (K_WORD | K_ARABIC)) === (K_WORD | K_ARABIC);
}

export function isLatinLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

const isDigit = (c: number) => c >= 48 && c <= 57;

export interface Stream {
  n: number;
  code: Uint16Array;
  cls: Uint8Array;
  /** bnd[i] = 1 when a word boundary lies just before unit i; bnd[n] = 1. */
  bnd: Uint8Array;
  /** Original offsets of each unit (end exclusive, dropped diacritics included). */
  start: Int32Array;
  end: Int32Array;
}

/**
 * Per-character fold, memoised: lib/text's `fold` is context-free per character, so asking it once
 * per code gives exactly its result without building a folded string per keystroke.
 * 0xffff = dropped (diacritic, tatweel, direction marks).
 */
const foldTable = new Uint16Array(65536);
const foldKnown = new Uint8Array(65536);
const DROP = 0xffff;
function foldCode(c: number): number {
  if (foldKnown[c]) return foldTable[c];
  const f = fold(String.fromCharCode(c)).text;
  const v = f.length === 0 ? DROP : f.charCodeAt(0);
  foldTable[c] = v;
  foldKnown[c] = 1;
  return v;
}

function nextFolded(text: string, k: number): number {
  for (let j = k + 1; j < text.length; j++) {
    const f = foldCode(text.charCodeAt(j));
    if (f !== DROP) return f;
  }
  return -1;
}

function alloc(cap: number): Stream {
  return { n: 0, code: new Uint16Array(cap), cls: new Uint8Array(cap), bnd: new Uint8Array(cap + 1), start: new Int32Array(cap), end: new Int32Array(cap) };
}
// Per-keystroke streams reuse one set of buffers (a scan finishes before the next stream is built).
let scratch = alloc(4096);

/**
 * Build the unit stream of `text`; offsets are `base` + offsets in `text`. With `reuse`, the
 * result lives in shared buffers that the next call overwrites.
 */
export function buildStream(text: string, base = 0, reuse = false): Stream {
  const cap = text.length * 2 + 1;
  let st: Stream;
  if (reuse) {
    if (scratch.code.length < cap) scratch = alloc(Math.max(cap, scratch.code.length * 2));
    st = scratch;
  } else st = alloc(cap);
  const { code, cls, bnd, start, end } = st;
  let n = 0;
  let gapAt = -1;
  let prevArabic = false;
  let prevFolded = -1;
  for (let k = 0; k < text.length; k++) {
    const c = foldCode(text.charCodeAt(k));
    if (c === DROP) {
      // A dropped mark right after a character belongs to it (replacing the word removes it too).
      if (gapAt < 0 && n > 0) end[n - 1] = base + k + 1;
      continue;
    }
    const kk = kind(c);
    if (kk & K_SPACE) {
      if (gapAt < 0) gapAt = k;
      prevFolded = c;
      continue;
    }
    let cl: number;
    if (kk & K_STOP) {
      // "3.5", "1,000" and "10:30" stay one word.
      cl = (c === 46 || c === 44 || c === 58) && isDigit(prevFolded) && isDigit(nextFolded(text, k)) ? CLS_WORD : CLS_STOP;
    } else cl = kk & K_WORD ? CLS_WORD : CLS_SYM;
    const arabic = cl === CLS_WORD && (kk & K_ARABIC) !== 0;
    let b = 1;
    if (n > 0) {
      const pc = cls[n - 1];
      if (gapAt >= 0) {
        if (pc === CLS_WORD && cl === CLS_WORD && !(prevArabic && arabic)) {
          code[n] = GAP_CODE;
          cls[n] = CLS_GAP;
          bnd[n] = 1;
          start[n] = base + gapAt;
          end[n] = base + k;
          n++;
        }
      } else if (pc === CLS_WORD && cl === CLS_WORD) b = 0;
    }
    gapAt = -1;
    code[n] = c;
    cls[n] = cl;
    bnd[n] = b;
    start[n] = base + k;
    end[n] = base + k + 1;
    prevArabic = arabic;
    prevFolded = c;
    n++;
  }
  bnd[n] = 1;
  st.n = n;
  return st;
}

/** The unit codes of a piece of pattern text (no GAP at either end). */
export function patternUnits(text: string): number[] {
  const s = buildStream(text);
  return Array.from(s.code.subarray(0, s.n));
}
