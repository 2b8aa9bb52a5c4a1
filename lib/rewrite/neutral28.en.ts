/**
 * English neutrals read by kind in the twenty-eighth session (rwen28; late27's writers, who read no rule, marked them neutral;
 * look-alikes in scripts/en-neutral28-matrix.ts). Wired in neutral15.en.ts's `neutralReason`, so a candidate read here is
 * dropped before any suggestion is chosen.
 *
 * - **"no problem (at all)" answering thanks** ("you're welcome, no problem at all!!", "Not a problem at all, glad the tent
 *   poles fitted"): a "you're welcome" right before it, or gladness after it about how things turned out for the customer.
 *   neutral19.en.ts reads "glad to help / I could help"; this reads "glad (that) <anything>" too. The issue lists "no
 *   problem" as dismissive when it answers a complaint: never where the draft tells of a fault (welcome-report.en.ts's
 *   toldOfFault), with "but / though / just / next time" after it, or said bare; nor gladness that money we owed arrived
 *   ("glad the refund came through": an older writer marked it dismissive, the thanks was for what we owed).
 * - **regret that falls on a thing in a story** ("Unfortunately for the piano, …", "Sadly for the weeds, our gardener is back
 *   Thursday"): a figure of speech, not the opener of bad news; deleting it left "For the piano, …". Never "for you / your /
 *   us / all of us" (neutral15's REGRET_ON_US reads "for us"), a person or a customer's transaction, nor a sentence with a
 *   negation or a word of bad news (late, cancelled, lost, broke …).
 * - **knowing of no more of a bad thing** ("I don't know of any other charges on your account, the £12 was the only one",
 *   "I'm not aware of any further costs"): the agent denies that more charges, fees or faults exist, a reassurance. Only
 *   nouns of cost, fault or record; never a way, option, date or offer the customer wants, nor with a limit or a hand-off
 *   after it ("so I can't", "you'll have to ask billing").
 */
import type { NeutralCandidate } from './neutral16.en.ts';
import { sentenceEnd } from './neutral16.en.ts';
import { toldOfFault } from './welcome-report.en.ts';

const NO_PROBLEM = /^(?:no|not a)\s+(?:problem|prob|probs|problemo|worries|trouble)(?:\s+at\s+all)?$/i;
const WELCOME_BEFORE = /\b(?:you['’]?re|youre|ur|you\s+are|your)\s+(?:very\s+|so\s+|most\s+|more\s+than\s+)?welcome\s*[,!.–—-]*\s*$/i;
const GLAD_AFTER =
  /^\s*(?:at\s+all\s*)?(?:[,!–—-]+|\.{3}|…)\s*(?:(?:i(?:['’]m|m| am)|we(?:['’]re| are))\s+)?(?:so\s+|really\s+|very\s+|just\s+)?(?:glad|happy|pleased|delighted|chuffed)\s+(?:that\s+)?(?:the|your|ur|it|you|we|everything|all|they|he|she|this|that|[a-z]+['’]s)\b/i;
const GLAD_STOP = /\b(?:but|though|although|however|just|next\s+time|finally|only|still|as\s+i\s+said)\b/i;
/** Money owed to the customer arriving: thanks for it answered with "no problem" brushes off what we owed (fresh's writer). */
const OWED = /\b(?:refunds?|refunded|money|payments?|credit(?:ed)?|compensation|reimbursement|deposit|cashback|chargeback|repayment)\b/i;

const REGRET_FOR_THING = /^(?:unfortunately|sadly|unfortunetly|unfortunatly)\s+for\s+(?:the|this|that|these|those|our\s+old|the\s+old)\s+(?:old\s+)?([a-z-]+(?:\s+[a-z-]+)?)\s*,?/i;
/** Nouns after "for the" that are people or the customer's transaction: the regret is theirs. */
const NOT_A_THING =
  /\b(?:customers?|clients?|guests?|passengers?|members?|patients?|residents?|tenants?|students?|kids|children|family|team|staff|driver|courier|engineer|order|booking|delivery|parcel|package|refund|appointment|account|reservation|payment|claim|request|application|trip|flight|holiday|stay|event|concert|show|service|repair|job|visit|move|wedding|party|garden\s+party|install(?:ation)?|survey|lesson|class|course|tour|ticket|room|table)s?$/i;
const BAD_NEWS =
  /\b(?:not|no|never|nothing|unable|cannot|can['’]?t|won['’]?t|didn['’]?t|isn['’]?t|wasn['’]?t|late|later|delay\w*|cancel\w*|postpon\w*|lost|broke|broken|damaged|cracked|fail\w*|refus\w*|declined|unavailable|out\s+of\s+stock|sold\s+out|closed|off\s+sick|missed|charge\w*|fee|fees)\b|n['’]t\b/i;

const KNOW_NONE =
  /^(?:i|we)\s*(?:(?:do\s+not|don['’]?t|dont)\s+know|(?:['’]m|m|\s+am|['’]re|re|\s+are)\s+not\s+aware)\s+of\s+any\s+(?:(?:other|more|further|additional|extra|hidden|new)\s+)?(?:charges?|fees?|costs?|payments?|transactions?|debits?|bills?|invoices?|problems?|issues?|faults?|errors?|outages?|delays?|complaints?|bookings?|orders?|subscriptions?|penalt(?:y|ies)|fines?)\b/i;
const KNOW_LIMIT =
  /\b(?:so\s+(?:i|we)\s*(?:can['’]?t|cannot|cant|am\s+unable|['’]m\s+unable)|(?:you['’]ll|you\s+will|you['’]d|you\s+would|you)\s+(?:need|have)\s+to|ask\s+(?:billing|the\s+bank|accounts|finance)|sorry|but|however|i\s+think|might|may\s+be|not\s+sure)\b/i;

/** Why an English candidate is neutral by one of this session's kinds, or null. */
export function neutral28Reason(draft: string, c: NeutralCandidate, category: string): string | null {
  const match = draft.slice(c.start, c.end).replace(/[,!.\s]+$/, '');
  const se = Math.max(sentenceEnd(draft, c.end), c.end);
  if ((category === 'other' || category === 'negative-words') && NO_PROBLEM.test(match)) {
    const before = draft.slice(Math.max(0, c.start - 40), c.start).replace(/^[^]*\n/, '');
    const rest = draft.slice(c.start + match.length, c.start + match.length + 120);
    const welcome = WELCOME_BEFORE.test(before) && /^\s*(?:at\s+all\s*)?[!.,]*\s*(?:$|\n|[A-Za-z😊🙂🙌👍x])/.test(rest) && !/^\s*(?:at\s+all\s*)?[!.,]*\s*(?:but|though|just)\b/i.test(rest);
    const said = rest.slice(0, Math.max(0, se - c.start - match.length) + 60);
    const glad = GLAD_AFTER.test(rest) && !GLAD_STOP.test(said) && !OWED.test(said);
    if ((welcome || glad) && !toldOfFault(draft)) return 'neutral:no-problem-thanks';
    return null;
  }
  if (category === 'negative-words') {
    const from = draft.slice(c.start, se);
    const m = REGRET_FOR_THING.exec(from);
    if (m && !NOT_A_THING.test(m[1].trim()) && !BAD_NEWS.test(from)) return 'neutral:regret-on-a-thing';
    return null;
  }
  if (category === 'uncertainty') {
    const from = draft.slice(Math.max(c.sentenceStart, c.start), se);
    const m = KNOW_NONE.exec(from);
    if (m && !KNOW_LIMIT.test(from.slice(m[0].length))) return 'neutral:know-of-none';
  }
  return null;
}
