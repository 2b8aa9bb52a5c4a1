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
import { charKind as sharedKind, foldCode as sharedFold, isDigitCode as isDigit, K_ARABIC, K_DONE, K_SPACE, K_STOP, K_WORD, STOP_CODES } from '../nlp/chars.ts';
import { faDialectNegative, tokenize, type Token } from '../nlp/index.ts';
import { isArabicScript, isWordChar } from '../text/index.ts';

export const CLS_WORD = 0;
export const CLS_STOP = 1;
export const CLS_SYM = 2;
export const CLS_GAP = 3;
export const GAP_CODE = 32;

const table = new Uint8Array(65536);

/**
 * The unit stream's own class table: '-', '_' and apostrophes are word characters here, as in
 * lib/text's isWordChar, while the tokenizer's charKind gives apostrophes a class of their own and
 * none to '-' and '_'. Same bits and stop set as charKind, a different word class.
 */
function kind(c: number): number {
  let k = table[c];
  if (k) return k;
  const ch = String.fromCharCode(c);
  k = K_DONE;
  if (STOP_CODES.has(c)) k |= K_STOP;
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


export interface Stream {
  n: number;
  /** The language layer's tokens of the region, and for each unit the token starting there (-1 if none). */
  toks: Token[];
  tok: Int32Array;
  /** First unit of each token; tokUnit[toks.length] = n. */
  tokUnit: Int32Array;
  /** cstart[i] = 1 when a new clause starts at unit i (or i is the end). */
  cstart: Uint8Array;
  code: Uint16Array;
  cls: Uint8Array;
  /**
   * bnd[i] = 1 when a word boundary lies just before unit i; bnd[n] = 1. 2 = a boundary between
   * two tokens of one written word (a contraction), where no match or slot may start or end.
   */
  bnd: Uint8Array;
  /** Original offsets of each unit (end exclusive, dropped diacritics included). */
  start: Int32Array;
  end: Int32Array;
}

const DROP = 0xffff;
const foldCode = sharedFold;

function nextFolded(text: string, k: number): number {
  for (let j = k + 1; j < text.length; j++) {
    const f = foldCode(text.charCodeAt(j));
    if (f !== DROP) return f;
  }
  return -1;
}

function alloc(cap: number): Stream {
  return { n: 0, toks: [], tok: new Int32Array(cap + 1), tokUnit: new Int32Array(cap + 2), cstart: new Uint8Array(cap + 1), code: new Uint16Array(cap), cls: new Uint8Array(cap), bnd: new Uint8Array(cap + 1), start: new Int32Array(cap), end: new Int32Array(cap) };
}
// Per-keystroke streams reuse one set of buffers (a scan finishes before the next stream is built).
let scratch = alloc(4096);

/**
 * Build the unit stream of `text`; offsets are `base` + offsets in `text`. With `reuse`, the
 * result lives in shared buffers that the next call overwrites.
 */
export function buildStream(text: string, base = 0, reuse = false): Stream {
  return streamInto(text, base, reuse ? shared(text.length * 2 + 1) : alloc(text.length * 2 + 1));
}

/** The per-keystroke buffers, grown to hold `cap` units. */
function shared(cap: number): Stream {
  if (scratch.code.length < cap) scratch = alloc(Math.max(cap, scratch.code.length * 2));
  return scratch;
}

const NOON = 0x646;
const YEH = 0x6cc;
const ZWNJ = 0x200c;

/**
 * A regional «نمی» at the written word starting at k («نیمیتونیم», «نِمِشه»: faDialectNegative): the original offset of
 * the «ی» to skip (drop) or of the letter after which a «ی» unit is read (insert), so patterns written with «نمی» match.
 */
function dialectAt(text: string, k: number): { drop: number; insert: number } | null {
  let w = '';
  const at: number[] = [];
  for (let j = k; j < text.length && w.length < 24; j++) {
    const cj = text.charCodeAt(j);
    if (cj === ZWNJ) continue;
    const f = foldCode(cj);
    if (f === DROP) continue;
    if (!isArabicLetterCode(f)) break;
    w += String.fromCharCode(f);
    at.push(j);
  }
  const d = faDialectNegative(w);
  if (!d) return null;
  return { drop: d.drop >= 0 ? at[d.drop] : -1, insert: d.insert >= 0 ? at[d.insert] : -1 };
}

/** The character before a letter leaves it at the start of a written word (not a letter, mark or ZWNJ of the same word). */
function wordStartAfter(prev: number): boolean {
  if (prev === ZWNJ) return false;
  const f = foldCode(prev);
  return f !== DROP && !(kind(f) & K_WORD);
}

function streamInto(text: string, base: number, st: Stream): Stream {
  const { code, cls, bnd, start, end } = st;
  let n = 0;
  let gapAt = -1;
  let prevArabic = false;
  let prevFolded = -1;
  let dropAt = -1;
  let insertAt = -1;
  for (let k = 0; k < text.length; k++) {
    const c = foldCode(text.charCodeAt(k));
    if (c === NOON && k !== dropAt && (k === 0 || wordStartAfter(text.charCodeAt(k - 1)))) {
      const d = dialectAt(text, k);
      if (d) ({ drop: dropAt, insert: insertAt } = d);
    }
    if (k === dropAt && n > 0) {
      // The «ی» of a regional «نیمی»: read as part of the «ن» before it.
      end[n - 1] = base + k + 1;
      continue;
    }
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
    if (k === insertAt) {
      // The «ی» a regional «نِمِ» leaves out, read between two letters of the word.
      code[n] = YEH;
      cls[n] = CLS_WORD;
      bnd[n] = 0;
      start[n] = base + k + 1;
      end[n] = base + k + 1;
      n++;
    }
  }
  bnd[n] = 1;
  st.n = n;
  st.toks = [];
  return st;
}

/**
 * Tie a character-level stream (Persian) to the language layer's tokens of the same text: the
 * token starting at each unit, each token's first unit, and clause starts.
 */
export function attachTokens(st: Stream, toks: Token[]): void {
  const { n, start, tok, tokUnit, cstart, bnd } = st;
  st.toks = toks;
  tok.fill(-1, 0, n + 1);
  cstart.fill(0, 0, n + 1);
  let u = 0;
  for (let k = 0; k < toks.length; k++) {
    while (u < n && start[u] < toks[k].start) u++;
    tokUnit[k] = u;
    if (u < n && start[u] === toks[k].start) {
      tok[u] = k;
      if (k > 0 && toks[k].clause !== toks[k - 1].clause) cstart[u] = 1;
      // lang33: a Persian word the language layer cut out of a run typed without spaces («متاسفانه» and «ظرفیت» typed as one run, lib/nlp/fa.joined.ts)
      // starts a word here too, so a pattern may end or start at the cut as at a space.
      if (bnd[u] === 0 && k > 0 && toks[k].word && toks[k].lang === 'fa' && toks[k - 1].word && toks[k - 1].lang === 'fa') bnd[u] = 1;
    }
  }
  tokUnit[toks.length] = n;
  cstart[n] = 1;
}

/**
 * The unit stream of English text read through the language layer: each token contributes its
 * normalised form ("cant" -> "can" + "not", "Im" -> "i" + "am", "unfortunatly" -> "unfortunately"),
 * every unit of a token points at the whole token in the original, and two word tokens are
 * separated by a GAP unit. So a pattern's words (normalised the same way) match the idea whatever
 * the spelling, and a match always covers whole tokens.
 */
export function buildTokenStream(toks: Token[], reuse = false): Stream {
  const cap = tokenCap(toks);
  return tokenStreamInto(toks, reuse ? shared(cap) : alloc(cap));
}

function tokenCap(toks: Token[]): number {
  let cap = 1;
  for (const t of toks) cap += t.norm.length + 1;
  return cap;
}

function tokenStreamInto(toks: Token[], st: Stream): Stream {
  const { code, cls, bnd, start, end, tok, tokUnit, cstart } = st;
  let n = 0;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    // A contraction's parts ("ca"+"n't", "I"+"m") are tokens of one written word: the boundary
    // between them is 2, walkable by <lemma> edges but never where a match or a slot starts or ends.
    const attached = k > 0 && t.word && toks[k - 1].word && toks[k - 1].end === t.start;
    if (k > 0 && t.word && toks[k - 1].word) {
      code[n] = GAP_CODE;
      cls[n] = CLS_GAP;
      bnd[n] = attached ? 2 : 1;
      start[n] = toks[k - 1].end;
      end[n] = t.start;
      tok[n] = -1;
      cstart[n] = 0;
      n++;
    }
    tokUnit[k] = n;
    const norm = t.norm;
    for (let j = 0; j < norm.length; j++) {
      const c = norm.charCodeAt(j);
      code[n] = c;
      cls[n] = t.word ? CLS_WORD : sharedKind(c) & K_STOP ? CLS_STOP : CLS_SYM;
      bnd[n] = j === 0 ? (attached ? 2 : 1) : 0;
      start[n] = t.start;
      end[n] = t.end;
      tok[n] = j === 0 ? k : -1;
      cstart[n] = j === 0 && k > 0 && t.clause !== toks[k - 1].clause ? 1 : 0;
      n++;
    }
  }
  tokUnit[toks.length] = n;
  bnd[n] = 1;
  cstart[n] = 1;
  tok[n] = -1;
  st.n = n;
  st.toks = toks;
  return st;
}

/**
 * The unit codes of a piece of pattern text (no GAP at either end), cut the way drafts of that
 * language are: English through the language layer's tokens, Persian by characters.
 */
export function patternUnits(text: string, lang: 'en' | 'fa' = 'fa'): number[] {
  const s = patternUnitStream(text, lang);
  return Array.from(s.code.subarray(0, s.n));
}

/** patternUnits' buffers: a pack's compilation cuts tens of thousands of pattern pieces, each once, none kept. */
let unitScratch: Stream | null = null;
function unitBuffers(cap: number): Stream {
  if (!unitScratch || unitScratch.code.length < cap) unitScratch = alloc(Math.max(cap, 256, (unitScratch?.code.length ?? 0) * 2));
  return unitScratch;
}

/**
 * patternUnits without a copy: codes [0, n) of a stream in buffers of this module that the next call overwrites (read
 * them before cutting another piece). Only `code` and `n` are meant to be read.
 */
export function patternUnitStream(text: string, lang: 'en' | 'fa' = 'fa'): Stream {
  if (lang === 'en') {
    const toks = tokenize(text);
    return tokenStreamInto(toks, unitBuffers(tokenCap(toks)));
  }
  return streamInto(text, 0, unitBuffers(text.length * 2 + 1));
}
