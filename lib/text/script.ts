/**
 * Script-level helpers: which language a span is written in, word characters that work for
 * Latin and Arabic script alike (`\b` does not), sentences and words with offsets.
 */

export type Lang = 'en' | 'fa';
export type DetectedLang = Lang | 'mixed' | 'other';

const ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;
const LETTER = /\p{L}/u;
/** Letters and digits of any script, plus ZWNJ and apostrophes inside words. */
const WORD_CHAR = /[\p{L}\p{N}\p{M}\u200c'\u2019_-]/u;

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && WORD_CHAR.test(ch);
}

export function isArabicScript(ch: string): boolean {
  return ARABIC_SCRIPT.test(ch);
}

/** Whether every UTF-16 unit of text is ASCII (a char-code scan: no expression call), where folding is lower-casing. */
export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * isAscii for a line or a whole message: one expression scan, which past a few dozen characters is some two to three
 * times quicker than the char-code loop (measured on tweets); isAscii stays the one for single words.
 */
export function isAsciiText(text: string): boolean {
  return !NON_ASCII.test(text);
}

export interface ScriptCounts {
  arabic: number;
  latin: number;
  other: number;
}

/** Letter counts by script, in one char-code pass (the tone reader calls this on every message). */
export function countScripts(text: string): ScriptCounts {
  let arabic = 0;
  let latin = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
      continue;
    }
    if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0x8a0 && c <= 0x8ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) {
      arabic++;
      continue;
    }
    if (c >= 0xc0 && c <= 0x24f) {
      latin++;
      continue;
    }
    let ch = text[i];
    const next = text.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) ch = text.slice(i, ++i + 1);
    if (LETTER.test(ch)) other++;
  }
  return { arabic, latin, other };
}

/**
 * Language of a text by script. Arabic script is read as Persian (the product's second
 * language); Latin as English. 'mixed' when the minor script has at least a quarter of the
 * letters, 'other' when neither dominates or there are no letters.
 */
export function detectLanguage(text: string): DetectedLang {
  return languageFromCounts(countScripts(text));
}

/** detectLanguage()'s rule applied to letter counts by script (for callers that count as they go). */
export function languageFromCounts({ arabic, latin, other }: ScriptCounts): DetectedLang {
  const total = arabic + latin + other;
  if (total === 0) return 'other';
  if (other > arabic && other > latin) return 'other';
  const major = Math.max(arabic, latin);
  const minor = Math.min(arabic, latin);
  if (minor >= 4 && minor / (arabic + latin) >= 0.25) return 'mixed';
  if (major === 0) return 'other';
  return arabic > latin ? 'fa' : 'en';
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Words with offsets; a word is a run of word characters (ZWNJ stays inside Persian words). */
export function words(text: string): Span[] {
  const out: Span[] = [];
  const re = /[\p{L}\p{N}\p{M}_]+(?:[\u200c'\u2019-][\p{L}\p{N}\p{M}_]+)*/gu;
  for (const m of text.matchAll(re)) {
    out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0] });
  }
  return out;
}

/** Last letters (lower-cased) of the abbreviations sentences() keeps: dr mr mrs ms prof st vs etc e.g i.e no. */
const ABBREV_END = new Set([0x72, 0x73, 0x66, 0x74, 0x63, 0x67, 0x65, 0x6f]);
/** What may follow a sentence's end mark in its run: . ! ? ؟ … " ' ” ) ] */
const SENTENCE_TAIL = new Set([0x2e, 0x21, 0x3f, 0x61f, 0x2026, 0x22, 0x27, 0x201d, 0x29, 0x5d]);
const isDigit = (c: number) => c >= 48 && c <= 57;

/** /\s/ on one UTF-16 unit, by its code (NaN, past either end of the text, is no space). */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Sentences with offsets. Splits after . ! ? … ؟ and newlines; keeps abbreviations such as
 * "Dr." and "e.g." and decimals inside one sentence.
 */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    // Char codes: no one-character string per character. \n ! ? ؟ … .
    const c = text.charCodeAt(i);
    if (c === 10) {
      start = pushSentence(out, text, start, i + 1);
      continue;
    }
    if (c === 33 || c === 63 || c === 0x61f || c === 0x2026 || c === 46) {
      if (c === 46) {
        // An abbreviation ends in one of these letters (any case): only then is the expression asked.
        if (ABBREV_END.has(text.charCodeAt(i - 1) | 0x20) && /(?:^|\s)(?:dr|mr|mrs|ms|prof|st|vs|etc|e\.g|i\.e|no)$/i.test(text.slice(Math.max(0, i - 4), i))) continue;
        if (isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) continue;
      }
      // Swallow runs like "?!" and closing quotes/brackets.
      let j = i + 1;
      while (j < text.length && SENTENCE_TAIL.has(text.charCodeAt(j))) j++;
      if (j < text.length && !isSpaceCode(text.charCodeAt(j))) {
        i = j - 1;
        continue;
      }
      start = pushSentence(out, text, start, j);
      i = j - 1;
    }
  }
  if (start < text.length) pushSentence(out, text, start, text.length);
  return out;
}

/** Adds text[start, end) to `out`, leading white space trimmed so spans start at the first character; returns end. */
function pushSentence(out: Span[], text: string, start: number, end: number): number {
  let s = start;
  while (s < end && isSpaceCode(text.charCodeAt(s))) s++;
  if (end > s) out.push({ start: s, end, text: text.slice(s, end) });
  return end;
}
