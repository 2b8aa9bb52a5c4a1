/**
 * Neutral English drafts the pack and generic readers flagged, nineteenth session's second round (issue 12; family matrix
 * scripts/neutral19b-matrix.ts, written from the kinds, not from any split's items). Three kinds, each one condition over
 * its parts, with look-alikes in the matrix that stay flagged:
 *
 * - **confusion owned** (`over-apology`: "sorry / apologies / I apologise for the confusion"): the rules' point is that
 *   "sorry for the confusion" puts the confusion on the reader. When the agent has just named their own slip in the same
 *   or the previous sentence ("I gave you the wrong date, sorry for the confusion", "We should have told you sooner -
 *   apologies for the confusion", "I didn't explain that well and I'm sorry for the confusion"), the apology is whole.
 *   A bare "Sorry for the confusion." and "Sorry for the confusion, but the terms are clear" stay the rules' hints;
 * - **consoling the customer's own slip** (`minimising` "these things happen" / "it happens"): after "don't worry", "no
 *   worries", "not to worry" or "no need to apologise" in the same sentence, and when nothing in the draft tells of our own
 *   fault (no apology of ours, no "our mistake", no "we lost / missed / sent the wrong"), the shrug forgives the customer
 *   ("No worries about the late payment, these things happen!"). "Sorry the parcel was late, these things happen" and
 *   "We charged you twice, these things happen" stay flagged;
 * - **not a demand** (`commands` "you need to" / `blame` "you don't"): "in case you need to return it", "should you need to
 *   cancel", "make sure you don't eat after midnight", "so that you don't get charged": a condition or a precaution for the
 *   customer, not an order or an accusation. "You need to return it within 14 days" and "You don't read our emails" stay.
 */
import { type NeutralCandidate, sentenceEnd, sentenceStartWithin } from './neutral16.en.ts';

const A = `['’]?`;
/** The agent naming their own slip (first person, past or "should have"). */
const OWN_SLIP = new RegExp(
  String.raw`\b(?:(?:i|we)\s*(?:${A}ve|have|had)?\s*(?:just\s+|accidentally\s+|mistakenly\s+|wrongly\s+)?(?:gave|given|sent|put|quoted|told|typed|entered|booked|mixed|muddled|copied|attached|linked|listed|printed|labelled|labeled|mislabel+ed|misread|misheard|misunderstood|forgot|missed|overlooked|confused|used)\b[^.!?\n]{0,60}?\b(?:wrong|incorrect|old|outdated|wrongly|by mistake|in error|up)\b|(?:i|we)\s*(?:should|ought to|could)\s*(?:${A}ve|have)\s+(?:been|made|told|mentioned|explained|checked|said|called|let|flagged|included|updated|written|sent|double[- ]checked)\b|(?:i|we)\s*(?:didn${A}t|didnt|did not|wasn${A}t|wasnt|was not|weren${A}t|werent|were not)\s+(?:explain|word|say|mention|tell|update|include|clarify|check|flag)\w*\b|(?:i|we)\s*(?:didn${A}t|didnt|did not)\s+make\s+(?:it\s+|that\s+|this\s+)?(?:very\s+|clear|obvious)|(?:i|we)\s*(?:didn${A}t|didnt|did not|wasn${A}t|wasnt|was not|weren${A}t|werent|were not)\s+(?:(?:very|that|as|clear|clear enough|specific)\b)|(?:that|it|this)\s*(?:${A}s|was|is)\s+(?:(?:entirely|completely|totally|all)\s+)?(?:our|my)\s+(?:mistake|fault|error|bad|slip|oversight)|(?:our|my)\s+(?:mistake|fault|error|bad|oversight|slip)\b|(?:that|it|this)\s*(?:wasn${A}t|wasnt|was not|isn${A}t|isnt|is not)\s+clear\s+(?:from|in)\s+(?:our|my)\b|(?:our|my)\s+(?:email|message|letter|website|site|page|form|invoice|note|advert|ad|listing)\s+(?:was|were|is)\s+(?:(?:a bit|quite|really|very|rather)\s+)?(?:wrong|unclear|confusing|misleading|out of date|outdated|incorrect))`,
  'i',
);
/** What turns the apology back onto the reader: a "but" clause or an order to reread. */
const BUT_AFTER = /^[^.!?\n]*?\b(?:but|however|though|although|yet)\b|^[^.!?\n]*?\b(?:please\s+)?(?:read|check|look at)\s+(?:the|our|my)\s+(?:email|message|terms|instructions|website)\s+again\b/i;
const CONFUSION = /\b(?:confusion|misunderstanding|mix[- ]?up)\b/i;

/** Where the sentence holding `at` starts (after the last stop or line break before it). */
function sentenceStartAt(draft: string, at: number): number {
  return sentenceStartWithin(draft, at, (k) => /[.!?]/.test(draft[k]));
}

function confusionOwned(draft: string, c: NeutralCandidate): boolean {
  if (!CONFUSION.test(draft.slice(c.start, Math.max(c.end, sentenceEnd(draft, c.start))))) return false;
  if (BUT_AFTER.test(draft.slice(c.end, c.end + 160))) return false;
  // The same sentence before the apology, and the sentence before that.
  const ss = sentenceStartAt(draft, c.start);
  let k = ss;
  while (k > 0 && /[\s.!?]/.test(draft[k - 1])) k--;
  const before = draft.slice(Math.max(sentenceStartAt(draft, k), c.start - 220), c.start);
  return OWN_SLIP.test(before);
}

const CONSOLE = new RegExp(String.raw`\b(?:(?:please\s+)?(?:don${A}t|dont|do not)\s+(?:you\s+)?worry|no\s+worries|not\s+to\s+worry|never\s+mind|no\s+(?:need|reason)\s+to\s+(?:apologi[sz]e|be sorry|feel bad|be embarrassed)|(?:please\s+)?(?:don${A}t|dont|do not)\s+(?:apologi[sz]e|feel bad|be sorry)|no\s+apology\s+needed|no\s+harm\s+done)\b`, 'i');
const OUR_FAULT = new RegExp(
  String.raw`\b(?:sorry|apolog(?:y|ies|ise|ize|ised|ized)|(?:our|my)\s+(?:fault|mistake|error|bad)|(?:we|i)\s*(?:${A}ve|have)?\s*(?:lost|missed|forgot|forgotten|charged|overcharged|sent the wrong|delivered the wrong|cancel+ed your|broke|broken|damaged|messed up)|(?:was|were|is|are)\s+(?:late|delayed|lost|damaged|broken|missing|faulty)|(?:hasn|haven|didn)${A}t\s+(?:arrived|turned up|come|been delivered|worked)|(?:lost|broke|damaged|dropped|smashed|scratched)\s+(?:your|it|them|the\s+(?:parcel|package|order|item|box|car|phone|screen|delivery)))\b`,
  'i',
);
/** Ours-to-forgive words said to the customer ("no need to apologise") are not our fault told. */
const NO_NEED_APOLOGY = /\b(?:no\s+(?:need|reason)\s+to|(?:don['’]?t|dont|do not))\s+(?:apologi[sz]e|be sorry)|no\s+apology\s+needed/gi;

function consolingShrug(draft: string, c: NeutralCandidate): boolean {
  const m = draft.slice(c.start, c.end);
  if (!/\bhappens?\b/i.test(m)) return false;
  if (!CONSOLE.test(draft.slice(sentenceStartAt(draft, c.start), c.start))) return false;
  return !OUR_FAULT.test(draft.replace(NO_NEED_APOLOGY, ' '));
}

/** "in case you need to", "should you need to", "make sure you don't": a condition or a precaution before "you". */
const NOT_DEMAND_BEFORE = new RegExp(
  String.raw`(?:\b(?:in\s+case|just\s+in\s+case|should|unless|whenever|wherever|each\s+time|every\s+time|the\s+next\s+time|next\s+time|as\s+long\s+as|so\s+long\s+as|provided(?:\s+that)?|assuming|in\s+the\s+event\s+that|so\s+that|such\s+that|to\s+make\s+sure|make\s+sure|making\s+sure|ensure|ensuring|to\s+ensure|be\s+careful|take\s+care|careful|try\s+to\s+make\s+sure|check|hope|i\s+hope|we\s+hope)\s+(?:that\s+)?)$`,
  'i',
);
/** The "you" the rule reads as an order (need / have / must) or as blame (don't), anywhere in the match. */
const YOU_MUST = /\byou\s*(?:['’]?ll|will|would|['’]?d)?\s*(?:need|have|has|must|are\s+required|are\s+going)\b/i;
const YOU_DONT = new RegExp(String.raw`\byou\s+(?:don${A}t|dont|do not)\b`, 'i');

function notDemand(draft: string, c: NeutralCandidate, category: string): boolean {
  const m = draft.slice(c.start, c.end);
  const y = (category === 'commands' ? YOU_MUST : YOU_DONT).exec(m);
  if (!y) return false;
  const at = c.start + y.index;
  const before = draft.slice(Math.max(sentenceStartAt(draft, at), at - 40), at);
  return NOT_DEMAND_BEFORE.test(before);
}

/**
 * "You mustn't worry about the stitches", "you must not blame yourself", "you mustn't feel bad": the negated obligation is
 * the reassurance itself. "You mustn't park there" and "You must not lift anything heavy" stay the reader's hint.
 */
const MUST_NOT_WORRY = new RegExp(
  String.raw`^\s*(?:n${A}t|\s+not|\s+never)\s+(?:ever\s+|really\s+)?(?:worry(?!\s+(?:us|me|them|him|her|the\s+(?:team|staff|office)))|panic|fret|stress|feel\s+(?:bad|guilty|silly|embarrassed|awkward)|blame\s+yourself|be\s+(?:too\s+)?(?:hard\s+on\s+yourself|embarrassed|sorry|worried|afraid|shy)|apologi[sz]e|think\s+(?:you(?:${A}re|re| are)\s+)?(?:a\s+)?(?:nuisance|bother|pest))\b`,
  'i',
);

/**
 * "It wasn't any trouble, honestly", "Honestly, it was no trouble", "No bother at all, honestly!": "honestly" stressing a
 * warm reassurance, not announcing a hard truth. Only when the sentence holds a reassurance or a pleasure and no "but",
 * "not how", refusal or "you should"; "That is not how it works, honestly" and "Honestly, we can't refund it" stay flagged.
 */
const HONEST = /^\W*(?:honestly|truthfully|genuinely)\W*$/i;
const WARM_SAID = new RegExp(
  String.raw`\b(?:(?:no|any|not\s+any|not\s+a\s+bit\s+of\s+|no\s+bit\s+of)\s*(?:trouble|bother|problem|hassle)|(?:was|it${A}s|its|it\s+is|been)\s+(?:a|an\s+absolute|our|my)\s+pleasure|my\s+pleasure|(?:we|i)\s+(?:loved|love|enjoyed|really\s+enjoyed)|(?:don${A}t|dont|do\s+not)\s+worry|no\s+worries|nothing\s+(?:at\s+all\s+)?(?:to\s+(?:worry\s+about|apologi[sz]e\s+for|be\s+sorry\s+(?:about|for)|feel\s+bad\s+about)|for\s+you\s+to\s+worry\s+about)|(?:you(?:${A}re|re| are)\s+)?(?:very|so|more\s+than)?\s*welcome|(?:happy|glad|delighted|thrilled)\s+(?:to|we|i|it|you)|(?:you|it|that|this)\s+(?:really\s+|truly\s+|just\s+)?(?:made|makes)\s+(?:my|our)\s+(?:day|week)|we${A}(?:re|d)\s+(?:lucky|proud|thrilled|delighted)|you(?:${A}ve|ve| have)\s+been\s+(?:great|amazing|brilliant|so\s+patient|lovely|a\s+star))\b`,
  'i',
);
const HARD_TRUTH = new RegExp(String.raw`\b(?:but|however|though|although|not how|can${A}t|cant|cannot|won${A}t|wont|unable|should(?:n${A}t)?|must|policy|fault|problem\s+is|the\s+issue\s+is|no\s+idea|unless|ignor\w*|next\s+time|as\s+(?:i|we)\s+(?:said|mentioned|explained)|already\s+(?:told|said|explained))\b`, 'i');

function honestlyWarm(draft: string, c: NeutralCandidate): boolean {
  if (!HONEST.test(draft.slice(c.start, c.end))) return false;
  const ss = sentenceStartAt(draft, c.start);
  const sentence = draft.slice(ss, Math.max(sentenceEnd(draft, c.end), c.end)).replace(/\b(?:no|any)\s+problem\b/gi, 'no trouble');
  return WARM_SAID.test(sentence) && !HARD_TRUTH.test(sentence);
}

/**
 * A validity that lasts, said with "do" ("Your travel cover doesn't expire until June", "the points don't run out until
 * 2027", "the offer doesn't end until Sunday", "you don't get charged until it ships"): what waits is a loss or a charge,
 * so the wait is the customer's gain (protective.en.ts reads the "won't" forms). "expire / lapse / run out" and a charge
 * in any sentence; "end / finish / close / stop" only when a good thing of the customer's ends (offer, sale, cover, trial,
 * warranty, membership, voucher...): "the roadworks don't finish until March" and "the shop doesn't open until 10",
 * "it doesn't arrive until Monday" stay the rule's hint.
 */
const DO_NEG = String.raw`(?:don${A}t|dont|do\s+not|doesn${A}t|doesnt|does\s+not|didn${A}t|didnt|did\s+not)`;
/** (perfen31) Built once (it was built per blame candidate, at every call). */
const CHARGE_WAITS = new RegExp(String.raw`^you\s+${DO_NEG}\s+(?:get|be)\s+(?:charged|billed|debited|invoiced|penali[sz]ed|fined)\b`, 'i');
const LAST_LOSS = new RegExp(String.raw`^${DO_NEG}\s+(?:actually\s+|even\s+)?(?:expire|lapse|run\s+out|time\s+out|get\s+(?:charged|billed|debited|invoiced)|need\s+(?:renewing|to\s+be\s+renewed))\b`, 'i');
const LAST_END = new RegExp(String.raw`^${DO_NEG}\s+(?:actually\s+)?(?:end|finish|close|stop|run\s+out)\b`, 'i');
const GOOD_THING = /\b(?:offer|sale|discount|deal|promo(?:tion)?|cover|insurance|policy|protection|warranty|guarantee|trial|membership|subscription|pass|voucher|gift\s+card|credit|points|rewards?|booking\s+window|early[- ]bird|free\s+\w+|happy\s+hour|registration|sign[- ]?ups?|enrol+ment|amnesty|grace\s+period|access|licen[cs]e|tenancy|lease|season\s+ticket|permit|parking|rate|price|fixed\s+\w+)\b/i;

function validityLasts(draft: string, c: NeutralCandidate): boolean {
  const m = draft.slice(c.start, c.end);
  if (!/\buntil\b|\btill\b/i.test(m)) return false;
  if (LAST_LOSS.test(m)) return true;
  if (!LAST_END.test(m)) return false;
  return GOOD_THING.test(draft.slice(Math.max(sentenceStartAt(draft, c.start), c.start - 80), c.start));
}

/** Why a pack or generic candidate is neutral in one of this round's kinds, or null. */
export function neutral19bReason(draft: string, c: NeutralCandidate, category: string): string | null {
  if (category === 'over-apology' && confusionOwned(draft, c)) return 'neutral:confusion-owned';
  if ((category === 'dismissive' || category === 'minimising') && consolingShrug(draft, c)) return 'neutral:consoling-shrug';
  if ((category === 'commands' || category === 'blame') && notDemand(draft, c, category)) return 'neutral:not-a-demand';
  if (category === 'commands' && /\byou\s+must\s*$/i.test(draft.slice(c.start, c.end)) && MUST_NOT_WORRY.test(draft.slice(c.end, c.end + 60))) return 'neutral:must-not-worry';
  if (category === 'other' && honestlyWarm(draft, c)) return 'neutral:honestly-warm';
  if (category === 'until' && validityLasts(draft, c)) return 'neutral:validity-lasts';
  // "You don't get billed until the order ships": the customer as the one a charge waits for, no blame.
  if (category === 'blame' && CHARGE_WAITS.test(draft.slice(c.start, c.end))) return 'neutral:charge-waits';
  return null;
}
