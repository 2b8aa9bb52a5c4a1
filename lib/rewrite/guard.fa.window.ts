/**
 * (perf37) The Persian guards (guard.fa.ts) run on a window of the draft, and their answers kept per window.
 *
 * Each Persian pack suggestion is guarded on a window of whole sentences around it, never on the draft: the sentences
 * from WINDOW_BACK characters before its sentence through the sentence after the one its flag ends in (and at least
 * WINDOW_AHEAD characters past the flag). The guards' reads across a sentence's edges are fixed looks of 4-300 characters
 * and walks to the nearest end mark, all inside such a window on real drafts. The whole draft's register is the one value
 * they read from outside it: it is handed in (the draft's, read once per call), and a kept answer that asked for it is
 * used only while the draft's register is the same.
 *
 * Because the window is the guards' whole input, an answer is a pure function of: the window's sentences (interned to
 * numbers, so a key is a few integers, not the window's text), the suggestions lying in the window and its two neighbours
 * (offsets relative to the window), the sentence start, the interface language and, when asked, the draft's register.
 * A keystroke re-guards the suggestions whose window holds the typed sentence and reuses the rest. The full analysis
 * (cache off) guards on the same windows, so a keystroke's answers equal a full analysis's by construction.
 *
 * A run-on (a window over WINDOW_MAX_CHARS characters or holding over WINDOW_MAX_SUGGESTIONS suggestions) is guarded on
 * the draft, as before, and not kept: its key would grow with the run-on.
 */
import type { Suggestion } from './engine.ts';
import { guardPersianOne } from './guard.fa.ts';
import { draftRegisterOnce } from './guard.fa.splice.ts';
import { faSentenceEnd } from './guard.fa.text.ts';

/** How far before a suggestion's sentence its window starts (then back to that sentence's start). */
const WINDOW_BACK = 60;
/** How far after the flagged words the window reaches at least (then on to that sentence's end). */
const WINDOW_AHEAD = 200;
const WINDOW_MAX_CHARS = 4000;
const WINDOW_MAX_SUGGESTIONS = 24;
const MAX_KEPT = 4000;

/**
 * Tests only: `on: false` guards every suggestion on the whole draft, as guardPersian does (the reach check of
 * tests/unit/rewrite/keystroke-fa37.test.ts compares the two). Always on in the product.
 */
export const guardWindows = { on: true };
const MAX_UNIT_IDS = 20_000;

/** The draft cut at each sentence start: a unit is a sentence with the spaces after it; ids intern the units' texts. */
export interface DraftUnits {
  starts: number[];
  ids: number[];
}

/** Ids only grow (a text seen again after the table is emptied gets a new id), so an old key never matches new text. */
const unitIds = new Map<string, number>();
let nextUnitId = 1;

/** The draft's units; their ids only when `intern` (answers are kept): a call that keeps none needs the offsets alone. */
export function draftUnits(draft: string, sentences: readonly { start: number }[], intern: boolean): DraftUnits {
  const starts = [0];
  for (const s of sentences) if (s.start > starts[starts.length - 1]) starts.push(s.start);
  const ids: number[] = [];
  if (!intern) return { starts, ids };
  for (let i = 0; i < starts.length; i++) {
    const text = draft.slice(starts[i], i + 1 < starts.length ? starts[i + 1] : draft.length);
    let id = unitIds.get(text);
    if (id === undefined) {
      if (unitIds.size >= MAX_UNIT_IDS) unitIds.clear();
      unitIds.set(text, (id = nextUnitId++));
    }
    ids.push(id);
  }
  return { starts, ids };
}

/** The index of the unit holding offset p. */
function unitAt(units: DraftUnits, p: number): number {
  const { starts } = units;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= p) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

type Register = 'formal' | 'colloquial' | null;
const UNASKED = 1;
interface Kept {
  /** The answer in window offsets; `same` when it is the suggestion unchanged. */
  out: Suggestion | null;
  same: boolean;
  /** The draft's register the answer asked for, or UNASKED. */
  reg: Register | typeof UNASKED;
}
const kept = new Map<string, Kept>();

/**
 * A suggestion's fields other than its offsets, interned to a number once per call (ids only grow, as the units'): the
 * explanation by its string object (the rule's own: hashed once), the rest written out.
 */
const explanationIds = new Map<string, number>();
const describedIds = new Map<string, number>();
let nextId = 1;

function describe(s: Suggestion): number {
  let e = explanationIds.get(s.explanation);
  if (e === undefined) {
    if (explanationIds.size >= MAX_UNIT_IDS) explanationIds.clear();
    explanationIds.set(s.explanation, (e = nextId++));
  }
  const text = `${e}\u0002${s.ruleId}\u0002${s.packId}\u0002${s.kind}\u0002${s.category}\u0002${s.severity}\u0002${s.language}\u0002${s.replacements.join('\u0003')}`;
  let id = describedIds.get(text);
  if (id === undefined) {
    if (describedIds.size >= MAX_UNIT_IDS) describedIds.clear();
    describedIds.set(text, (id = nextId++));
  }
  return id;
}

const shift = <T extends Suggestion>(s: T, d: number): T => ({ ...s, start: s.start + d, end: s.end + d, flagged: { start: s.flagged.start + d, end: s.flagged.end + d } });

/**
 * guardPersian's answers (one per suggestion, in order: the suggestion, a changed copy, or null) read on windows, kept
 * by window when `keep` (the sentence cache is on). `list` is in draft order, never overlapping; `toAdviceFor(text)` is
 * the caller's advice maker for a text (the window's).
 */
export function guardPersianWindowed<T extends Suggestion>(
  draft: string,
  list: readonly T[],
  sentenceStarts: readonly number[],
  toAdviceFor: (text: string) => (s: T) => T,
  uiLang: 'en' | 'fa',
  units: DraftUnits,
  keep: boolean,
): Array<T | null> {
  const out: Array<T | null> = [];
  const register = draftRegisterOnce(draft);
  let wholeAdvice: ((s: T) => T) | undefined;
  const n = units.starts.length;
  const described: number[] = [];
  for (let k = 0; k < list.length; k++) {
    const s = list[k];
    const ss = sentenceStarts[k] ?? 0;
    const ia = unitAt(units, Math.max(0, Math.min(ss, s.start, s.flagged.start) - WINDOW_BACK));
    const endMark = faSentenceEnd(draft, s.flagged.end);
    let ib = Math.min(n - 1, unitAt(units, Math.min(draft.length - 1, endMark)) + 1);
    ib = Math.max(ib, unitAt(units, Math.min(draft.length - 1, Math.max(s.end, s.flagged.end) + WINDOW_AHEAD)));
    const a = units.starts[ia];
    const b = ib + 1 < n ? units.starts[ib + 1] : draft.length;
    // The suggestions in the window, and the two neighbours of s wherever they lie (the guards bound a widening by them).
    let lo = k;
    while (lo > 0 && (lo >= k || list[lo - 1].start >= a)) lo--;
    let hi = k;
    while (hi + 1 < list.length && (hi <= k || list[hi + 1].end <= b)) hi++;
    if (!guardWindows.on || b - a > WINDOW_MAX_CHARS || hi - lo + 1 > WINDOW_MAX_SUGGESTIONS) {
      out.push(guardPersianOne(draft, list, k, sentenceStarts[k], (wholeAdvice ??= toAdviceFor(draft)), uiLang, register));
      continue;
    }
    let key = '';
    if (keep) {
      key = `${uiLang}\u0001${units.ids.slice(ia, ib + 1).join(',')}\u0001${ss - a}\u0001${k - lo}\u0001`;
      for (let j = lo; j <= hi; j++) {
        const o = list[j];
        key += `${(described[j] ??= describe(o))},${o.start - a},${o.end - a},${o.flagged.start - a},${o.flagged.end - a};`;
      }
      const hit = kept.get(key);
      if (hit && (hit.reg === UNASKED || hit.reg === register())) {
        out.push(hit.same ? s : hit.out === null ? null : shift(hit.out as T, a));
        continue;
      }
    }
    const text = draft.slice(a, b);
    const sub: T[] = [];
    for (let j = lo; j <= hi; j++) sub.push(shift(list[j], -a));
    let asked = false;
    const reg = () => {
      asked = true;
      return register();
    };
    const g = guardPersianOne(text, sub, k - lo, ss - a, toAdviceFor(text), uiLang, reg);
    const same = g === sub[k - lo];
    out.push(same ? s : g === null ? null : shift(g, a));
    if (keep) {
      if (kept.size >= MAX_KEPT) kept.clear();
      kept.set(key, { out: same ? null : g, same, reg: asked ? register() : UNASKED });
    }
  }
  return out;
}
