/**
 * jargon37: a lone term in a sentence where nothing else is flagged, read by the frame it sits in. Persian writers name
 * the back office's status of a case in one frame, «(در / تو / با) وضعیت X (قرار دارد / است / مونده / ثبت شده …)», and
 * X is the system's label: «در وضعیت هولد قرار دارد», «تو وضعیت «دریافت در مبادله» مونده», «در وضعیت کد ۴۰۷», «در
 * وضعیت UN قرار گرفته». The frame alone does not make X internal (plain statuses customers read in every app sit there
 * too: «در وضعیت انتظار», «در وضعیت عادی», «در وضعیت بررسی کارشناسی», «در وضعیت تعلیق»); X is read as internal when it
 * holds a word customers do not write (band 0 of jargon-common, Persian script), a Latin word, or a number. Pooled over the
 * development writer splits the frame with that test held a marked term 30 times in 19 splits and never an unmarked
 * word or a neutral item (with the coded labels below, 37 terms in 21 splits); with band 1 allowed too it took two plain
 * statuses («تعلیق», «پیش نویس»).
 *
 * A status named by its number («رفته وضعیت ۳۱», «کد وضعیت ۱۰۳ خورده») and a form, stage or status named by a Persian letter
 * and a number («فرم ت۲», «مرحله ت-۵») are read anywhere: customers name neither so (jargon36 read them only beside other
 * jargon, jargon33 only in its slots).
 *
 * Never: the status of something the customer owns said plainly (no rare word, no code), a frame whose X runs over more
 * than three words, text the draft does not own (quoted mail, signatures), a term another suggestion already covers, a
 * term the agent silenced (internal-jargon). A quoted X is read: inside the frame the quotation marks hold the system's
 * label, not the customer's words, and only its inside is flagged. Advice only (the internal-jargon strings, English and
 * Persian). Look-alikes and contrasts: tests/unit/rewrite/jargon37.test.ts; the probe: scripts/jargon37-frames.ts.
 */
import { customerBand } from './generic/jargon-common.ts';
import { GENERIC_PACK_ID } from './generic/index.ts';
import { CO_TERM_RULE, jargonAdvice, spanFree, withAdded, type JargonPassOptions } from './jargon36.ts';
import type { Suggestion } from './engine.ts';

const FA = '\u0600-\u06FF';
const FA_LETTERS = '\u0621-\u063A\u0641-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC\u06C0';

/** The rule id of a lone term's advice (silenced with internal-jargon too); its explanation is internal-jargon's. */
export const LONE_TERM_RULE = 'jargon-status-frame';

/**
 * «(در / تو / با) وضعیت X» before the verb of being in a state: «قرار دارد / گرفت», «است / هست», «مونده / مانده»,
 * «می‌باشد», «ثبت شده», «باقی مانده», «درآمده», «خورده». X: a quote, or one to three words.
 */
const FA_STATUS = new RegExp(
  `(?<![${FA}\u200c])(?:در|تو|توی|با)\\s+وضع[یيى]ت\\s+(?:[«"“]([^»"”\\n]{1,60})[»"”]\\s*|([^\\s،,.؛:!?«»"()]+(?:[ \u200c]+[^\\s،,.؛:!?«»"()]+){0,2}?)\\s+)(?=(?:قرار|است|هست|مونده|مانده|می[\u200c ]?باشد|ثبت|باقی|درآمده|خورده)(?![${FA_LETTERS}]))`,
  'dg',
);

const FA_DIGIT = '0-9\u06F0-\u06F9\u0660-\u0669';
/**
 * A status named by its number («رفته وضعیت ۳۱», «کد وضعیت ۱۰۳ خورده»), and a form, stage or status named by a Persian
 * letter and a number («فرم ت۲», «مرحله ت-۵», «فرم ت-۱۲»): customers name neither so.
 */
const FA_CODED = new RegExp(
  `(?<![${FA}\u200c])(?:وضع[یيى]ت\\s+[${FA_DIGIT}]{1,4}|(?:فرم|مرحله|وضع[یيى]ت|سطح|[کك]د)\\s+[${FA_LETTERS}]-?[${FA_DIGIT}]{1,3})(?![${FA_DIGIT}A-Za-z${FA_LETTERS}\u200c])(?!\\s*(?:درصد|رقم|روز|ساعت|دقیقه|ماه|سال|هفته|تومان|ریال|نفر|عدد))`,
  'dg',
);

/** Whether the label names something customers would not: a Persian-script word they do not write, a Latin word, a number. */
export function internalLabel(x: string): boolean {
  if (/[A-Za-z0-9\u06F0-\u06F9\u0660-\u0669]/.test(x)) return true;
  return x
    .split(/[\s\u200c«»"“”–—:/-]+/)
    .filter((w) => new RegExp(`^[${FA_LETTERS}]{3,}$`).test(w))
    .some((w) => customerBand('fa', w) === 0);
}

/** The status labels of one sentence read as internal (offsets into it). */
export function statusLabels(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(FA_CODED)) out.push([m.indices![0]![0], m.indices![0]![1]]);
  if (!/وضع[یيى]ت/.test(text)) return out;
  for (const m of text.matchAll(FA_STATUS)) {
    const g = m[1] !== undefined ? 1 : 2;
    if (!internalLabel(m[g])) continue;
    const [a, b] = m.indices![g]!;
    if (!out.some(([x, y]) => x < b && a < y)) out.push([a, b]);
  }
  return out.sort((p, q) => p[0] - q[0]);
}

/**
 * The list with advice added over internal status labels in the draft's sentences that are not already under a suggestion.
 * `sentences` are the draft's sentences; `exclude` the ranges the draft does not own.
 */
export function addJargonLoneTerms(
  draft: string,
  list: Suggestion[],
  sentences: ReadonlyArray<{ start: number; end: number; text: string }>,
  o: JargonPassOptions,
): Suggestion[] {
  if (!/وضع[یيى]ت|(?:فرم|مرحله|سطح|[کك]د)\s/.test(draft)) return list;
  if (o.silenced?.has(`${GENERIC_PACK_ID}/internal-jargon`) || o.silenced?.has(`${GENERIC_PACK_ID}/${LONE_TERM_RULE}`) || o.silenced?.has(`${GENERIC_PACK_ID}/${CO_TERM_RULE}`)) return list;
  const added: Suggestion[] = [];
  for (const sent of sentences) {
    for (const [a0, b0] of statusLabels(sent.text)) {
      const a = a0 + sent.start;
      const b = b0 + sent.start;
      if (!spanFree(a, b, list, added, o.exclude)) continue;
      const original = draft.slice(a, b);
      added.push(jargonAdvice(LONE_TERM_RULE, original, a, b, 'fa', o.uiLang ?? 'fa'));
    }
  }
  return withAdded(list, added);
}
