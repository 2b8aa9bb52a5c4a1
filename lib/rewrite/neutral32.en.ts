/**
 * English neutrals read by kind in the thirty-second session (rwen32; late31's writers, who read no rule, marked them
 * neutral, and the kind is in train31 or late27 … late30 too). Wired in neutral15.en.ts's `neutralReason` after neutral31,
 * so a candidate read here is dropped before any suggestion is chosen. Look-alikes and contrasts in
 * scripts/en-recall32-matrix.ts.
 *
 * - **"no problem at all" closing a warm answer, in the forms neutral19 and neutral28 leave** ("Not a problem at all dear,
 *   glad I could help with the form.", "Welcome! No problem at all, see you Saturday 10am", "no problem at all Priya, it was
 *   a pleasure"): only the emphatic form (the late split's writer marked "No problem, glad I could help!" dismissive, so
 *   late31's "Not a problem, it was a pleasure to help you" stays flagged); a vocative may stand between, the warm word may be "(it was) a / my pleasure", "glad / happy I could
 *   help", "see you <day or time>", and a bare "Welcome!" before it is a "you're welcome" (late31's two writers, train31).
 *   The same guards as neutral28: never where the draft tells of a fault (welcome-report.en.ts's toldOfFault), with "but /
 *   just / next time / finally / as I said" in the sentence, or money we owed arriving.
 * - **regret on someone or something in a story, where the bad turn is theirs, not the customer's** ("Unfortunately for
 *   the weather folks, that storm never showed up, so the crew finished your roof a day early!", "The hen party didn't
 *   escape in the end, unfortunately for them the last padlock beat them by 40 seconds, but they've already booked again"):
 *   neutral31 reads the story's good turn but takes any negation in the sentence for bad news. Here a negation counts only
 *   in a clause that speaks of the customer or us (you, your, we, our, us, I, me); a word of bad news (late, cancelled,
 *   full, lost, refund …) counts anywhere; and the good turn may follow "so" and be "early / booked again". Never "for you /
 *   us", never without the good turn.
 */
import type { NeutralCandidate } from './neutral16.en.ts';
import { sentenceEnd } from './neutral16.en.ts';
import { toldOfFault } from './welcome-report.en.ts';

// ---------------------------------------------------------------- "no problem" closing a warm answer

const NO_PROBLEM = /^(?:no|not a)\s+(?:problem|prob|probs|problemo|worries|trouble)(?:\s+at\s+all)?$/i;
/** A vocative between "no problem" and what follows ("dear", "love", "Sir", a name). */
// (rwen34: "my love / my dear / darling / pet / duck", late33's "Not a problem at all, my love, glad …".)
const VOCATIVE = String.raw`(?:\s*,?\s*(?:dear|love|luv|hun|hon|mate|pal|sir|ma['’]?am|madam|my\s+(?:friend|love|dear|darling|lovely)|darling|sweetheart|pet|duck|chuck|friend|lah|ya|[A-Z][a-z]+)\b)?`;
const WARM_AFTER = new RegExp(
  String.raw`^\s*(?:at\s+all)?${VOCATIVE}\s*(?:[,!.–—-]+|\.{3}|…)\s*(?:` +
    // "(it was) a / my pleasure (to help)"
    String.raw`(?:(?:it\s+was|it['’]?s|its|it\s+is|was|is|always)\s+)?(?:(?:a|my|an\s+absolute|a\s+real|a\s+genuine|our|always\s+a)\s+)?pleasure\b` +
    // "glad / happy I could help", "happy to help"
    String.raw`|(?:(?:i(?:['’]m|m|\s+am)|we(?:['’]re|\s+are))\s+)?(?:so\s+|really\s+|very\s+)?(?:glad|happy|pleased|chuffed)\s+(?:(?:i|we)\s+(?:could|was\s+able\s+to|were\s+able\s+to)\s+help|to\s+(?:help|assist))` +
    // rwen34: "glad Bella's feeling better", "so happy to hear you're doing well": glad of the customer's own good news
    String.raw`|(?:so\s+|really\s+|very\s+)?(?:glad|happy|pleased|relieved)\s+(?:to\s+hear\s+)?(?:that\s+)?(?:you|he|she|they|[A-Z][a-z]+|(?:the|your)\s+(?:little\s+|wee\s+)?[a-z]+(?:\s+one)?)(?:['’](?:s|re)|\s+(?:is|are))\s+(?:feeling|doing|getting|on\s+the\s+mend)(?:\s+(?:much|a\s+lot|loads|heaps|so\s+much))?\s*(?:better|well|good|great)?\b` +
    // "see you Saturday 10am", "see u tomorrow"
    String.raw`|see\s+(?:you|u|ya)\s+(?:on\s+|at\s+|this\s+|next\s+)?(?:mon|tues|tue|wednes|wed|thurs|thu|fri|satur|sat|sun)(?:day)?\b|see\s+(?:you|u|ya)\s+(?:tomorrow|tonight|then|soon|later|at\s+\d)` +
    String.raw`)`,
  'i',
);
/** A bare "Welcome!" closing the sentence before: a "you're welcome" (not "Welcome to the club!"). */
const WELCOME_BARE = /(?:^|[.!?\n]\s*)(?:you\s+)?welcome\s*[!.]+\s*$/i;
const STOP = /\b(?:but|though|although|however|just|next\s+time|finally|only|still|as\s+i\s+said|again)\b/i;
const OWED = /\b(?:refunds?|refunded|money|payments?|credit(?:ed)?|compensation|reimbursement|deposit|cashback|chargeback|repayment)\b/i;

// ---------------------------------------------------------------- regret in a story, the bad turn theirs

const REGRET_FOR = /^(?:unfortunately|sadly|unfortunatly|unfortunetly|unfortunatley)\s*,?\s+for\s+(?:them|him|her|(?:the|de|da|di|dem|this|that|these|those|our\s+old|the\s+old)\s+[a-z-]+(?:\s+[a-z-]+)?)\b/i;
const NOT_THIRD = /^(?:unfortunately|sadly|unfortunatly|unfortunetly|unfortunatley)\s*,?\s+for\s+(?:you|your|ya|u|us|all\s+of\s+us|we|me)\b|\bfor\s+(?:the|de|da|di)\s+(?:customers?|clients?|order|booking|delivery|parcel|refund|appointment|account|reservation|payment|claim|application|flight|ticket|room|table)\b/i;
const GOOD_TURN =
  /\b(?:but|anyway|still|yet|and|so|luckily|thankfully|fortunately|happily)\b[^.!?\n]*\b(?:went\s+ahead|came\s+through|survived|loved|enjoyed|perfect|perfectly|unharmed|intact|unscathed|no\s+harm|all\s+good|worked\s+out|made\s+it|held\s+up|danced|highlight|favou?rites?|great\s+time|lovely\s+time|sunshine|glorious|safe\s+and\s+sound|none\s+the\s+worse|(?:a\s+day|two\s+days|a\s+week|hours?)\s+early|ahead\s+of\s+schedule|booked\s+(?:again|back\s+in)|already\s+booked|coming\s+back)\b/i;
/** Bad news in words, wherever it stands (a negation is read per clause below). */
const BAD_WORD =
  /\b(?:unable|cannot|late|later|delay\w*|cancel\w*|postpon\w*|lost|broke|broken|damaged|cracked|fail\w*|refus\w*|declined|unavailable|out\s+of\s+stock|sold\s+out|full|fully\s+booked|closed|off\s+sick|missed|missing|wrong|charge\w*|fee|fees|refund\w*|back\s*order\w*|expired|ended)\b/i;
const NEGATION = /\b(?:not|no|never|nothing|cannot)\b|n['’]?t\b/i;
/** Characters read either side of the regret. */
const SPAN = 400;
/** A clause that speaks of the customer, of us, or of what we sell or send (a part, an order, the driver). */
const OURS_OR_YOURS =
  /\b(?:you|your|yours|ya|u|ur|we|our|ours|us|i|me|my|parts?|orders?|parcels?|packages?|deliver\w*|items?|bookings?|rooms?|tables?|tickets?|refunds?|payments?|engineers?|drivers?|couriers?|technicians?|fitters?|vans?|stock|replacements?|repairs?|appointments?|slots?|service)\b/i;

/** Why an English candidate is neutral by one of this session's kinds, or null. */
export function neutral32Reason(draft: string, c: NeutralCandidate, category: string): string | null {
  if (category !== 'other' && category !== 'negative-words') return null;
  const match = draft.slice(c.start, c.end).replace(/[,!.\s]+$/, '');
  const se = Math.max(sentenceEnd(draft, c.end), c.end);
  if (NO_PROBLEM.test(match)) {
    const rest = draft.slice(c.start + match.length, c.start + match.length + 120);
    const before = draft.slice(Math.max(0, c.start - 40), c.start);
    const sentence = draft.slice(c.start, Math.max(se, c.start + match.length + 60));
    // Only the emphatic form: the late split's writer marked "No problem, glad I could help!" dismissive (neutral19's
    // reading, kept), so "Not a problem, it was a pleasure …" without "at all" stays flagged.
    if (!/\bat\s+all\b/i.test(match) && !/^\s*at\s+all\b/i.test(rest)) return null;
    const warm = WARM_AFTER.test(rest) || (WELCOME_BARE.test(before) && /^\s*(?:at\s+all)?\s*[,!.]/.test(rest));
    if (warm && !STOP.test(sentence) && !OWED.test(sentence) && !toldOfFault(draft)) return 'neutral:no-problem-warm';
    return null;
  }
  if (category !== 'negative-words') return null;
  // A story is read within a few hundred characters either side (a run-on draft stays linear).
  const from = draft.slice(c.start, Math.min(se, c.start + SPAN));
  if (!REGRET_FOR.test(from) || NOT_THIRD.test(from)) return null;
  const sentence = draft.slice(Math.max(0, c.sentenceStart, c.start - SPAN), Math.min(se, c.start + SPAN));
  if (!GOOD_TURN.test(from) || BAD_WORD.test(sentence)) return null;
  for (const clause of sentence.split(/[,;:–—]|\b(?:but|so|and|because|though)\b/i)) {
    if (NEGATION.test(clause) && OURS_OR_YOURS.test(clause)) return null;
  }
  return 'neutral:regret-theirs-in-a-story';
}
