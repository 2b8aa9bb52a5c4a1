/**
 * An apology for the inconvenience at the head of a sentence that goes on (session 20, applied-draft quality).
 *
 * The pack rules turn "Sorry for the inconvenience" into "Thank you for your understanding". Where the apology ends its
 * sentence ("… moved to Thursday. Apologies for any inconvenience.") that reads well. At the head of a sentence that goes on
 * with the news, the thanks come before there is anything to understand ("Thank you for your understanding, your booking
 * has moved to the other branch"), and before "but" they read as a non-sequitur ("Thank you for your understanding, but the
 * reference you sent doesn't match"). So:
 *
 * - "<apology>, but <news>" drops the apology with its "but" and capitalises the news, as "Sorry, but …" does (sorry-but);
 * - "<apology>, <news>" thanks the customer for bearing with us (thanks for the wait, not for an understanding not yet had).
 */
import type { Suggestion } from './engine.ts';

const RULES = new Set(['sorry-inconvenience', 'im-sorry-inconvenience', 'apologies-inconvenience']);
const UNDERSTANDING = /^thank you for your understanding$/i;

export function apologyHeadEn(draft: string, list: Suggestion[]): Suggestion[] {
  let changed = false;
  const out = list.map((s) => {
    if (s.language !== 'en' || s.kind !== 'rewrite' || !RULES.has(s.ruleId) || !UNDERSTANDING.test(s.replacements[0] ?? '')) return s;
    // Only at a sentence head: nothing but a greeting line, spaces or a closed sentence before it.
    const head = draft.slice(Math.max(0, s.start - 200), s.start);
    if (!/(?:^|[.!?\n]\s*)(?:(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^,.!?\n]{0,30},\s*)?$/i.test(head)) return s;
    const tail = draft.slice(s.end, s.end + 200);
    const but = /^\s*,?\s*but\s+(?=[a-z0-9])/i.exec(tail);
    if (but) {
      const letterAt = s.end + but[0].length;
      if (list.some((o) => o !== s && o.start <= letterAt && o.end > s.start)) return s;
      changed = true;
      const end = letterAt + 1;
      return { ...s, end, original: draft.slice(s.start, end), replacements: [draft[letterAt].toUpperCase()] };
    }
    // The sentence goes on after a comma or a dash (or with no mark at all, chat-style).
    if (!/^\s*(?:[,;\u2013\u2014-]\s*)?[a-z0-9]/i.test(tail) || /^\s*(?:and|so|to|for|that|which|with)\b/i.test(tail)) return s;
    const bearing = s.replacements[0].replace(/your understanding/i, 'bearing with us');
    changed = true;
    return { ...s, replacements: [bearing, ...s.replacements.filter((r) => r !== bearing)] };
  });
  return changed ? out : list;
}
