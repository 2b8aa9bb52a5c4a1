/**
 * (perf33) Questions about a stretch of the draft that the engine asked by slicing it, answered without reading a long
 * stretch again for every match of a run-on. Each is exactly the expression on the slice it replaces (tests in
 * tests/unit/rewrite/stretch33.test.ts).
 */

/**
 * Whether a comma or a conjunction stands between a Persian pack match and a generic hit (engine.ts's
 * faSeparated: two statements, each with its own flag), answered without reading the text between when it is long.
 *
 * The advice chain asks this of every suggestion of a hit's clause until one hides the hit; in a run-on whose one clause
 * is the draft («نمی‌توانم تا نمی‌توانم تا …») that is every suggestion for every hit, and each question ran the
 * expression over the text between the two: quadratic in characters (tests/unit/rewrite/linear33.test.ts). A stretch up
 * to SHORT characters is read as before; a longer one is answered from an index of the draft's commas and bounded
 * conjunctions, built once per draft at the first long question (a normal draft never asks one). Same answers:
 * tests/unit/rewrite/stretch33.test.ts compares the two on every stretch of written and random drafts.
 */

/** A comma or a conjunction between the two: the expression the engine has always used, on the text between. */
export const FA_SEPARATOR = /[،,؛;]|(?:^|[\s\u200c])(?:و|ولی|اما|چون|که|تا|بعد|ضمناً|ضمنا)(?=[\s\u200c]|$)/;
const WORDS = ['و', 'ولی', 'اما', 'چون', 'که', 'تا', 'بعد', 'ضمناً', 'ضمنا'];
const PUNCT = /[،,؛;]/;
const SPACE = /[\s\u200c]/;
const SHORT = 96;

interface SeparatorIndex {
  /** Commas before each offset. */
  commas: Int32Array;
  /** Conjunctions with a space (or ZWNJ) on both sides, by start: their starts, and the least end from each one on. */
  starts: Int32Array;
  minEndFrom: Int32Array;
}

function indexOf(draft: string): SeparatorIndex {
  const n = draft.length;
  const commas = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) commas[i + 1] = commas[i] + (PUNCT.test(draft[i]) ? 1 : 0);
  const found: Array<[number, number]> = [];
  for (let p = 1; p < n; p++) {
    if (!SPACE.test(draft[p - 1])) continue;
    for (const w of WORDS) {
      const q = p + w.length;
      if (q < n && draft.startsWith(w, p) && SPACE.test(draft[q])) found.push([p, q]);
    }
  }
  // By start; `found` is already in start order (p grows).
  const starts = new Int32Array(found.length);
  const minEndFrom = new Int32Array(found.length);
  let least = Infinity;
  for (let k = found.length - 1; k >= 0; k--) {
    starts[k] = found[k][0];
    least = Math.min(least, found[k][1]);
    minEndFrom[k] = least;
  }
  return { commas, starts, minEndFrom };
}

let lastDraft: string | undefined;
let lastIndex: SeparatorIndex | undefined;

/** FA_SEPARATOR.test(draft.slice(a, b)), for a < b. */
export function separatorBetween(draft: string, a: number, b: number): boolean {
  if (b - a <= SHORT) return FA_SEPARATOR.test(draft.slice(a, b));
  if (draft !== lastDraft || !lastIndex) {
    lastIndex = indexOf(draft);
    lastDraft = draft;
  }
  const x = lastIndex;
  if (x.commas[b] - x.commas[a] > 0) return true;
  // A conjunction inside the stretch with a space on both sides inside it: start > a and end < b.
  let lo = 0;
  let hi = x.starts.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (x.starts[m] <= a) lo = m + 1;
    else hi = m;
  }
  if (lo < x.starts.length && x.minEndFrom[lo] < b) return true;
  // At the stretch's edges the expression's ^ and $ stand for the space: a conjunction that starts it (with a space or the
  // stretch's end after it), or ends it (with a space before it, inside the stretch).
  for (const w of WORDS) {
    const q = a + w.length;
    if (q <= b && draft.startsWith(w, a) && (q === b || SPACE.test(draft[q]))) return true;
    const p = b - w.length;
    if (p > a && draft.startsWith(w, p) && SPACE.test(draft[p - 1])) return true;
  }
  return false;
}

const WORD_CHARS = /[\p{L}\p{N}]/u;
const WORD_CHARS_G = /[\p{L}\p{N}]/gu;
let firstWordDraft: string | undefined;
let firstWordFrom = -1;
let firstWordEnd = Infinity;
/**
 * (perf33) `WORD_CHARS.test(draft.slice(from, to))`. Every match of a run-on sliced the draft from its sentence's start
 * to the match (quadratic in characters, tests/unit/rewrite/linear33.test.ts): a long stretch is answered from the end of
 * the first letter or digit at or after `from`, kept for the last draft and start (a sentence's matches share them).
 */
export function wordCharIn(draft: string, from: number, to: number): boolean {
  if (to - from <= 64) return WORD_CHARS.test(draft.slice(from, to));
  if (draft !== firstWordDraft || from !== firstWordFrom) {
    let i = from;
    let end = Infinity;
    for (;;) {
      WORD_CHARS_G.lastIndex = i;
      const m = WORD_CHARS_G.exec(draft);
      if (!m) break;
      // A letter written as a surrogate pair whose second half is at `from`: in the slice that half stands alone.
      if (m.index < from) {
        i = from + 1;
        continue;
      }
      end = m.index + m[0].length;
      break;
    }
    firstWordDraft = draft;
    firstWordFrom = from;
    firstWordEnd = end;
  }
  // A pair cut by `to` is no letter in the slice, and nothing before it is one.
  return firstWordEnd <= to;
}
