/**
 * en38: "not a problem at all" closing a warm answer, in the warm turns neutral19, neutral28 and neutral32 leave. Read by
 * kind over the English writer splits (late20 … late37, train31 … train35d; leave-one-split-out in lib/rewrite/README.md
 * "en38"): the near-miss neutrals every writer wrote in one of these turns, none of them in a negative item:
 *
 * - gladness at any good turn of the customer's ("glad the claim came through in the end", "glad the tank's behavin'
 *   itself now", "glad the chair yoga's helping your knees"; neutral32 read only "glad I could help" and health news);
 * - thanks for the customer's kind words ("thank you for the kind words about Coach Efua", "thank YOU for the lovely
 *   review");
 * - a wish to enjoy what they bought or booked ("enjoy the honey 🍯") or a good day;
 * - a "you're welcome" just before ("You're welcome ma'am, not a problem at all! your pickup is confirmed");
 * - a vocative neutral32 did not read: a title and a name ("Mr Otieno"), a name with an accent ("Siobhán").
 *
 * Only the emphatic form ("at all": a writer marked a bare "No problem, glad I could help!" dismissive); never with "but /
 * just / finally / this time / as I said …" in the sentence, money owed, a fault or a trouble in the sentence ("the wrong
 * address we sent, no problem at all"), or a fault told in the draft (neutral32's guards).
 */
import type { NeutralCandidate } from './neutral16.en.ts';
import { sentenceEnd } from './neutral16.en.ts';
import { toldOfFault } from './welcome-report.en.ts';

const NO_PROBLEM_AT_ALL = /^(?:no|not a)\s+(?:problem|prob|probs|problemo|worries|trouble)\s+at\s+all$/i;
/** What may stand between "at all" and its warm turn: a vocative (a title and a name, a name with accents, an endearment). */
const VOCATIVE38 = String.raw`(?:\s*,?\s*(?:(?:mr|mrs|ms|miss|dr|mx)\.?\s+\p{Lu}[\p{L}'’-]+|\p{Lu}\p{Ll}+(?:[\p{L}'’-]*)|dear|love|luv|hun|hon|mate|pal|sir|ma['’]?am|madam|my\s+(?:friend|love|dear|darling|lovely)|darling|sweetheart|pet|duck|chuck|friend))?`;
const WARM38 = new RegExp(
  String.raw`^${VOCATIVE38}\s*(?:[,!.–—-]+|\.{3}|…)\s*(?:` +
    // "glad the claim came through", "so happy the fence is up"
    String.raw`(?:so\s+|really\s+|very\s+)?(?:glad|happy|pleased|relieved|chuffed)\b` +
    // "thank you for the kind words", "thank YOU for the lovely review"
    String.raw`|(?:thank\s+you|thanks|ty)(?:\s+so\s+much)?\s+(?:for\s+(?:the|your)\s+(?:kind|lovely|nice|sweet|great|wonderful|generous)\b|you\b)` +
    // "it was a pleasure to service your mower"
    String.raw`|(?:(?:it\s+was|it['’]?s|its|it\s+is|always)\s+)?(?:(?:a|my|an\s+absolute|a\s+real)\s+)?pleasure\b` +
    // "enjoy the honey", "have a lovely weekend"
    String.raw`|enjoy\b|have\s+a\s+(?:nice|lovely|great|good|wonderful|fab|brilliant)\s+(?:day|weekend|evening|night|one|week|time|trip|stay)\b` +
    String.raw`)`,
  'iu',
);
/** A "you're welcome" just before (with its vocative and mark). */
const WELCOME_BEFORE = /(?:^|[.!?\n]\s*|\b(?:aw+|oh)\s*,?\s*)(?:you['’]?re|you\s+are|ur|youre|you\s+r)\s+(?:so\s+|very\s+|most\s+|more\s+than\s+)?welcome\b[^.!?\n]{0,24}[,!.]+\s*$/iu;
const STOP38 = /\b(?:but|though|although|however|just|next\s+time|this\s+time|finally|at\s+last|eventually|only|still|as\s+i\s+said|again|actually)\b/i;
/** A fault or a trouble in the sentence: "no problem" there may wave away what the customer was owed an apology for. */
const FAULT38 = /\b(?:wrong|mistake|mix-?up|error|fault|missed|lost|broke|broken|damaged|delay\w*|sorry|apologi[sz]e|apologies|confus\w*|complain\w*|inconvenien\w*)\b/i;
const OWED38 = /\b(?:refunds?|refunded|money|payments?|credit(?:ed)?|compensation|reimbursement|deposit|cashback|chargeback|repayment)\b/i;

/** Why an English candidate is neutral by this session's kind, or null. */
export function neutral38Reason(draft: string, c: NeutralCandidate, category: string): string | null {
  if (category !== 'other') return null;
  const match = draft.slice(c.start, c.end).replace(/[,!.\s]+$/, '');
  if (!NO_PROBLEM_AT_ALL.test(match)) return null;
  const at = c.start + match.length;
  const se = Math.max(sentenceEnd(draft, at), at);
  const rest = draft.slice(at, at + 120);
  const before = draft.slice(Math.max(0, c.start - 60), c.start);
  const sentence = draft.slice(c.start, Math.max(se, at + 60));
  if (!WARM38.test(rest) && !WELCOME_BEFORE.test(before)) return null;
  const whole = draft.slice(Math.max(c.sentenceStart, c.start - 300), Math.max(se, at + 60));
  if (STOP38.test(sentence) || OWED38.test(sentence) || FAULT38.test(whole) || toldOfFault(draft)) return null;
  return 'neutral:no-problem-warm38';
}
