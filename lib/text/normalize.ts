/**
 * Text folding shared by the rewrite engine, tone reader and KB analyser.
 *
 * Every folded string comes with a map back to the original text so that a match found in
 * folded text can be highlighted and replaced at its exact original offsets.
 */

export const ZWNJ = '\u200c';

/** Arabic-script diacritics (harakat, tanwin, shadda, sukun, superscript alef) and tatweel. */
const DROPPED = /[\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200e\u200f\u200d\u00ad]/;

const FOLD: Record<string, string> = {
  '\u064a': '\u06cc', // Arabic yeh -> Persian yeh
  '\u0649': '\u06cc', // alef maksura -> Persian yeh
  '\u0643': '\u06a9', // Arabic kaf -> Persian keheh
  '\u0629': '\u0647', // teh marbuta -> heh
  '\u06c0': '\u0647', // heh with yeh above -> heh
  '\u0623': '\u0627', // alef with hamza above -> alef
  '\u0625': '\u0627', // alef with hamza below -> alef
  '\u0671': '\u0627', // alef wasla -> alef
  '\u0624': '\u0648', // waw with hamza -> waw
  '\u2019': "'", // right single quote -> apostrophe ("can’t" == "can't")
  '\u2018': "'",
  '\u02bc': "'",
  '\u00a0': ' ', // no-break space
  '\u202f': ' ',
  '\u2009': ' ',
};

/** Persian (U+06F0..9) and Arabic-Indic (U+0660..9) digits to ASCII. */
function foldDigit(code: number): string | null {
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(48 + code - 0x06f0);
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(48 + code - 0x0660);
  return null;
}

export interface Folded {
  /** The folded text. */
  text: string;
  /** `map[i]` is the offset in the original text of folded character `i`; `map[text.length]` is the original length. */
  map: Int32Array;
}

export interface FoldOptions {
  /** Lower-case Latin (and other cased scripts). Default true. */
  lowercase?: boolean;
  /** Turn ZWNJ into a plain space so "نمی‌توانم" and "نمی توانم" fold alike. Default true. */
  zwnjAsSpace?: boolean;
}

/**
 * Fold text for matching: Arabic to Persian letters, no diacritics or tatweel, ASCII digits,
 * lower case, curly apostrophes to straight, ZWNJ to space. Length may shrink (dropped
 * characters); the map points every folded character back at its source.
 */
export function fold(input: string, options: FoldOptions = {}): Folded {
  const lowercase = options.lowercase ?? true;
  const zwnjAsSpace = options.zwnjAsSpace ?? true;
  let out = '';
  const map = new Int32Array(input.length + 1);
  let n = 0;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (DROPPED.test(ch)) continue;
    let f: string;
    const digit = foldDigit(ch.charCodeAt(0));
    if (digit !== null) f = digit;
    else if (ch === ZWNJ) f = zwnjAsSpace ? ' ' : ch;
    else f = FOLD[ch] ?? ch;
    if (lowercase && f.length === 1 && f !== f.toLowerCase()) {
      const lower = f.toLowerCase();
      // Keep a one-to-one mapping: only accept single-code-unit lower cases (true for the scripts we read).
      if (lower.length === 1) f = lower;
    }
    out += f;
    map[n++] = i;
  }
  map[n] = input.length;
  return { text: out, map: map.slice(0, n + 1) };
}

/**
 * fold() with the default options, one UTF-16 unit at a time: fold reads each unit on its own
 * (letters, digits, ZWNJ, marks and lower case never look at their neighbours), so its answer per
 * unit is memoised here, offset by 2 so that the table as allocated (all zeros) means "not asked
 * yet": 0 not asked, 1 dropped, else the folded unit + 2. (Filling 64 Ki entries with a marker
 * when the module loads cost the host page ~1 ms of main thread each time the page script started.)
 */
const unitFolds = new Int32Array(65536);

/** The folded unit of `c`, or -1 when fold drops it. */
function foldUnit(c: number): number {
  let f = unitFolds[c];
  if (f === 0) {
    const t = fold(String.fromCharCode(c)).text;
    f = unitFolds[c] = t.length === 0 ? 1 : t.charCodeAt(0) + 2;
  }
  return f - 2;
}

/** Fold without keeping the map, for keys and comparisons. */
export function foldKey(input: string, options?: FoldOptions): string {
  // Only lower case changes what the unit memo reads; ZWNJ kept (zwnjAsSpace: false) is the one unit read otherwise.
  if (options !== undefined && options.lowercase === false) return fold(input, options).text;
  const keepZwnj = options !== undefined && options.zwnjAsSpace === false;
  // The same text as fold(input, options).text, unit by unit from the memo; unchanged runs are copied whole.
  let out = '';
  let from = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (keepZwnj && c === 0x200c) continue;
    const f = foldUnit(c);
    if (f === c) continue;
    out += input.slice(from, i);
    if (f !== -1) out += String.fromCharCode(f);
    from = i + 1;
  }
  return from === 0 ? input : out + input.slice(from);
}

/** Map a [start, end) span of folded text back to the original text. */
export function toOriginalSpan(folded: Folded, start: number, end: number): { start: number; end: number } {
  const s = folded.map[start];
  // The end is just past the last folded character of the span, in original offsets.
  const e = end > start ? folded.map[end - 1] + 1 : s;
  return { start: s, end: e };
}
