/**
 * rwen28: English alternatives read at their seams, by kind (late27's Apply-all rows judged wrong or awkward). Read last, in
 * applied21.ts's pass, over the suggestion and the draft around it:
 *
 * - **a blame made passive keeps the blame** ("you ordered / picked / chose the wrong size" -> "the wrong size was used"):
 *   the customer's choice of a product is not a thing "used", and the passive still says someone got it wrong: advice;
 *   "you entered / typed the wrong address" (details used by us) stays the rule's rewrite, its own bad example;
 * - **an intensifier left before the thanks** ("So sorry for any inconvenience" -> "So thank you for your understanding"):
 *   "so / very / really / terribly" was the apology's and does not read before thanks: advice;
 * - **a subject taken into the thanks that a second verb still needs** ("We apologise for any inconvenience and confirm that
 *   …" -> "Thank you for your understanding and confirm that …"): the "and <verb>" has lost its "we", so the thanks keeps
 *   it ("We thank you for your understanding and confirm that …");
 *
 * A hedge said twice ("It would appear that you failed to …" -> "It would appear that it looks like you didn't …") is
 * splice-guards.en.ts's HEDGE, which now reads "it would appear / seem" too (advice, as after "it seems").
 */
import type { Suggestion } from './engine.ts';

const CHOICE_BLAME = /\byou\s+(?:must\s+(?:have|['’]ve)\s+|may\s+have\s+|might\s+have\s+)?(?:ordered|picked|chose|chosen|selected|bought|booked|purchased)\b/i;
const INTENSIFIER_BEFORE = /\b(?:so|soo+|very|really|terribly|awfully|extremely|truly|deeply|super)\s*$/i;
const SUBJECT_IN_MATCH = /^\s*(?:i|we)\b/i;
const SECOND_VERB_AFTER = /^\s*,?\s*and\s+(?:(?:would|will|shall|can|also|hereby|kindly)\s+)*(?!you\b|your\b|the\b|a\b|an\b|this\b|that\b|it\b|we\b|i\b|they\b)[a-z]+(?:s|ed)?\b/i;

/** The sentence's text before `at` (back to the last sentence end or line). */
function before(draft: string, at: number): string {
  let k = at;
  const lim = Math.max(0, at - 400);
  while (k > lim && !/[.!?\n]/.test(draft[k - 1])) k--;
  return draft.slice(k, at);
}

/** Why an English alternative reads wrong at its seam (it becomes advice), or null. */
export function seams28Reason(draft: string, s: Suggestion): string | null {
  if (s.kind === 'advice') return null;
  const r0 = s.replacements[0] ?? '';
  if (/\bwas used\b/i.test(r0) && CHOICE_BLAME.test(s.original)) return 'blame-passive:choice';
  if (/^\s*thank/i.test(r0) && /\b(?:sorry|apologi[sz]e|regret)\b/i.test(s.original)) {
    if (INTENSIFIER_BEFORE.test(before(draft, s.start))) return 'thanks:intensifier-left';
  }
  return null;
}

/** An English rewrite refitted to its seam (the thanks keeps the subject a second verb needs), or null. */
export function refit28En(draft: string, s: Suggestion): Suggestion | null {
  const r0 = s.replacements[0] ?? '';
  const subj = SUBJECT_IN_MATCH.exec(s.original);
  if (s.kind === 'rewrite' && subj && /^\s*thank you\b/i.test(r0) && /\b(?:sorry|apologi[sz]e|regret)\b/i.test(s.original) && SECOND_VERB_AFTER.test(draft.slice(s.end, s.end + 60))) {
    const who = subj[0].trim();
    const lead = who.toLowerCase() === 'i' ? 'I' : /^[A-Z]/.test(who) ? 'We' : 'we';
    return { ...s, replacements: s.replacements.map((r) => r.replace(/^(\s*)thank you\b/i, `$1${lead} thank you`)) };
  }
  return null;
}
