/**
 * Protective readings generalised over their parts (issue 12, neutrals flagged on fresh writers; the sixteenth session's
 * rwneu8 round, found with the variant matrix scripts/en-neutral-matrix.ts, not with any split's items). The pack knew
 * "you didn't lose anything" and "please don't worry" each by a fixed word list in one rule's `unless`; a writer who says
 * the same with another auxiliary, tense or verb was flagged. Each kind here is one condition over the parts:
 *
 * - **a cost spared** ("You don't pay for the return", "you haven't paid anything extra", "u wont pay a penny", "You didn't
 *   pay anything extra"): the customer, a negation in any tense, then a verb of paying or losing whose object is a cost
 *   or a loss to them. With a past or perfect negation ("didn't", "haven't") only a cost said with a quantifier counts
 *   ("anything", "a penny", "extra", "twice", "any fee"): "You didn't pay the fee" and "you haven't paid the invoice" stay
 *   blame, and so does anything still owed ("you haven't paid anything yet");
 * - **comfort forbidden nothing** ("Please don't stress about it", "dont panic", "Please don't apologise", "please don't
 *   feel bad"): a negated imperative whose verb is the customer's own worry, guilt or hurry lifts it. "Please don't call
 *   us again", "Don't raise your voice" stay commands;
 * - **a candour tag on thanks or praise** ("I can't thank you enough, honestly.", "We couldn't be happier, honestly!",
 *   "You've been brilliant, honestly"): "honestly" after gratitude, praise or joy only says it is meant. After anything
 *   else ("It's not our fault, honestly.") it stays flagged.
 *
 * - **a harm we won't do** ("we won't take any payment", "I won't pass your number on", "We don't bill you for this", "our
 *   team will never sell your details"): we, a negation, then a money harm (charge or bill you, take any payment) or the
 *   customer's details handed out. A way of paying refused ("we don't bill you monthly", "we won't take your payment over
 *   the phone") and a handover to someone the customer named ("share your details with your husband") stay flagged, and
 *   so does "cancel / close your order", which refuses as often as it reassures;
 * - **a candour opener before exoneration or thanks** ("Honestly, it wasn't your fault", "To be honest, you did nothing
 *   wrong", "Honestly, I can't thank you enough"): like the praise neutral15.en.ts reads there. "Honestly, it's not our
 *   fault" stays flagged;
 * - **blame denied by its subject** ("None of this is on you", "nothing here was your doing"): the subject is a negative
 *   quantifier, so the blame construction says the opposite;
 * - **a landmark** ("You can't miss it", "you can't miss the big blue sign"): a place too plain to overlook, no refusal.
 *   "You can't miss the deadline" and "you can't miss another payment" stay flagged;
 * - **a reminder of a benefit** ("Don't forget to claim your free gift", "don't forget to enjoy your stay"): what not to
 *   forget is the customer's gain. "Don't forget to bring your receipt" stays the rule's friendly-reminder hint.
 *
 * - **a treat recommended** ("You must try the chocolate cake, it's amazing", "you have to see the view from the roof terrace
 *   — you'll love it", "You've got to visit the old town while you're here"): "must / have to" before a verb of trying or
 *   seeing, with a word of delight in the sentence or the next, recommends a pleasure. Without the delight it stays a
 *   command ("You must visit the branch in person", "You have to try again later");
 * - **empathy by a negated blame** ("I can't blame you for being upset", "I don't blame you"): read in the refusal rules
 *   as "I can't"; the agent sides with the customer.
 *
 * - **a harm the customer won't suffer** ("you won't be disconnected", "your line won't be cut off", "u wont be chrged"):
 *   the customer or their service as subject, a negation, then a passive harm (charged, billed, disconnected, cut off,
 *   suspended, locked out, penalised). "You won't be refunded", "your order won't be delivered" stay refusals: what is
 *   withheld there is a good.
 *
 * - **a requirement we lift** ("we no longer need your receipt", "We won't need to see your ID", "we don't require the
 *   original box"): what we stop asking for is the customer's burden. "We no longer offer refunds", "we no longer accept
 *   cash" stay flagged (another verb);
 * - **blame's own words denied** ("you haven't done anything wrong", "u didnt do a thing wrong"): the object is "anything
 *   wrong", so the blame construction exonerates.
 *
 * - **amazement by a negated limit** ("We can't get over how quick that was", "You can't beat the express option", "We
 *   couldn't have asked for a better outcome"): like neutral15's "can't recommend … enough", the negation measures the
 *   praise. "I can't believe how long this took" stays flagged (after "how", only a word of praise counts).
 *
 * - **a welcome with the help offered** ("No problem at all, Sam, happy to add the extra suitcase", "not a problem at all -
 *   glad to change the date for you"): protective.en.ts reads "No problem at all, happy to help"; any verb after "happy /
 *   glad / pleased to" offers the request. A bare "No problem at all!" and one before a done action ("…, I've passed your
 *   comments on") stay en-core's `no-problem-at-all`.
 *
 * A candidate read here is dropped before any suggestion is chosen (wired in neutral15.en.ts's `neutralReason`, which the
 * engine calls for pack and generic candidates alike).
 */

/** A pack candidate as these readers need it: draft offsets of the match, and where its sentence starts. */
export interface NeutralCandidate {
  start: number;
  end: number;
  sentenceStart: number;
}

/** Where the sentence holding `at` ends (its stop included), at most 300 characters on. */
export function sentenceEnd(draft: string, at: number): number {
  if (!Number.isInteger(at) || at < 0) {
    const m = /[.!?\n]/.exec(draft.slice(at, at + SENTENCE_REACH));
    return m ? at + m.index + 1 : Math.min(draft.length, at + SENTENCE_REACH);
  }
  // (rspeed42) The first stop at or after `at`, from the draft's stops read once (some forty readers ask it per candidate).
  const stops = stopsOf(draft);
  let lo = 0;
  let hi = stops.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (stops[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo < stops.length && stops[lo] < at + SENTENCE_REACH ? stops[lo] + 1 : Math.min(draft.length, at + SENTENCE_REACH);
}

/** The offsets of the last draft's stops (. ! ? and line breaks), ascending. */
let stopsDraft: string | null = null;
let stopsAt: number[] = [];
function stopsOf(draft: string): readonly number[] {
  if (draft === stopsDraft) return stopsAt;
  const list: number[] = [];
  for (let k = 0; k < draft.length; k++) {
    const c = draft.charCodeAt(k);
    if (c === 46 || c === 33 || c === 63 || c === 10) list.push(k);
  }
  stopsDraft = draft;
  stopsAt = list;
  return list;
}

/**
 * How far from a candidate the neutral readers look for its sentence's end or start. Real sentences end well within it;
 * a run-on with no stop (a pasted log, forty refusals in one chat line) is read this far on each side of every
 * candidate, so a draft of N candidates costs N times a constant, not N times the draft.
 */
export const SENTENCE_REACH = 300;

/** Where the sentence holding `at` starts: after the last stop (`isStop(k)`: draft[k] ends a sentence) or line break before it, at most SENTENCE_REACH back. */
export function sentenceStartWithin(draft: string, at: number, isStop: (k: number) => boolean): number {
  const floor = Math.max(0, at - SENTENCE_REACH);
  let i = at;
  while (i > floor && draft[i - 1] !== '\n' && !isStop(i - 1)) i--;
  return i;
}

const A = `['’]?`;
/** A negation said of a general or coming cost: any object of cost counts. */
const NEG_NOW = String.raw`(?:don${A}t|dont|do not|won${A}t|wont|will not|will never|never|shouldn${A}t|should not|needn${A}t|need not|(?:don${A}t|dont|do not|won${A}t|wont|will not) (?:need|have) to|aren${A}t|arent|are not|won${A}t be|will not be)`;
/** A negation of what already happened: only a quantified cost counts. */
const NEG_PAST = String.raw`(?:didn${A}t|didnt|did not|haven${A}t|havent|have not|hadn${A}t|had not|weren${A}t|werent|were not|never)`;
const PAY = String.raw`(?:pay(?:ing)?|paid|spend(?:ing)?|spent|owe|owed|forfeit(?:ed)?|incur(?:red)?|be (?:charged|billed|debited)|been (?:charged|billed|debited)|being (?:charged|billed)|charged|billed|out of pocket)`;
const LOSE = String.raw`(?:lose|lost|losing|miss out on|missed out on|be out of pocket|been out of pocket)`;
/** A cost said with a quantifier: a spared one whatever the tense. */
const QUANT_COST = String.raw`(?:anything|a (?:penny|cent|dime|thing|single (?:penny|cent))|(?:any|anything|a penny|a cent)\s+(?:extra|more)|extra|more(?: than\b[^.;!?,]{0,30})?|twice|double|again|(?:a|any)\s+(?:extra\s+|additional\s+|cancellation\s+|admin\s+|late\s+|booking\s+|delivery\s+|return\s+|change\s+)?(?:fee|charge|surcharge|penalty|premium|postage|shipping|cost)s?)`;
/** A cost named in a general statement: "for the return", "the delivery fee", "postage". */
const ANY_COST = String.raw`(?:${QUANT_COST}|for (?:the |your |any |a )?(?:return|returns|shipping|delivery|postage|courier|label|repair|replacement|swap|upgrade|collection|exchange|call|change|transfer)\b|(?:the\s+)?(?:\w+\s+)?(?:fee|surcharge|penalty|postage|shipping|delivery charge|difference)s?\b)`;
const YOU = String.raw`\b(?:you|u)\s+(?:(?:really|even|actually|ever|also|then)\s+)?`;
const COST_SPARED_NOW = new RegExp(String.raw`${YOU}${NEG_NOW}\s+(?:(?:even|ever|actually|need to|have to|end up|get)\s+)?(?:${PAY}|${LOSE})\s+${ANY_COST}`, 'i');
const COST_SPARED_PAST = new RegExp(String.raw`${YOU}${NEG_PAST}\s+(?:(?:even|ever|actually|need to|have to|end up|get)\s+)?(?:${PAY}|${LOSE})\s+${QUANT_COST}`, 'i');
/** Still owed: "you haven't paid anything yet", "… so far, so the order is on hold". */
const STILL_OWED = /\b(?:yet|so far|still (?:owe|owing|due|outstanding|need|have to|unpaid)|until|so (?:the|we|your|i|it)|which is why)\b/i;

/** A negated imperative of the customer's own worry, guilt or hurry. */
const COMFORT = new RegExp(
  String.raw`\b(?:please\s+)?(?:don${A}t|dont|do not|you needn${A}t|you neednt|you need not|never)\s+(?:you\s+)?(?:ever\s+)?(?:worry|fret|stress|panic|feel (?:bad|guilty|silly|awful|embarrassed|stupid|sorry|rushed|pressured)|be (?:sorry|embarrassed|hard on yourself|alarmed|worried|concerned|anxious)|apologi[sz]e|rush|hurry|beat yourself up|lose (?:any )?sleep)\b`,
  'i',
);

/** Thanks, praise or joy before a candour tag. */
const APPRECIATION = /\b(?:thank(?:s| you)?|grateful|appreciate[ds]?|recommend|delighted|thrilled|happ(?:y|ier)|glad|pleased|proud(?:er)?|love(?:d|ly)?|brilliant|great|amazing|fantastic|wonderful|excellent|superb|star|pleasure|congratulations|well done|can(?:['’]?t|not) wait)\b/i;
/** Negations that belong to a praise idiom ("can't thank you enough", "couldn't be happier", "can't wait"). */
const PRAISE_NEG_IDIOM = /\b(?:can['’]?t|cannot|can not|couldn['’]?t|could not)\s+(?:(?:thank|recommend|praise|rate)\b[^,.;!?]{0,40}?\benough|be (?:happier|prouder|more (?:pleased|grateful|delighted|thrilled|excited))|wait)\b/gi;
const NEGATIVE_LEFT = /(?:\bnot\b|n['’]t\b|\bno\b|\bnever\b|\bunfortunately\b|\bsorry\b|\bbut\b|\bafraid\b|\bfault\b|\bcan['’]?t\b|\bcannot\b)/i;
const TAG = /^\s*,?\s*(?:to be (?:honest|frank)|honestly|frankly|truthfully|tbh|in all honesty|if i['’]m honest)\s*[.!]*\s*$/i;

/** A harm we won't do: money taken or the customer's details handed out. */
const WE_NEG = String.raw`\b(?:we|i|our (?:team|staff|company|agents?))\s*(?:won${A}t|wont|will not|will never|never|don${A}t|dont|do not|didn${A}t|didnt|did not|would never|would not|wouldn${A}t)\s+(?:ever\s+)?`;
const WE_WONT_HARM = new RegExp(
  WE_NEG +
    String.raw`(?:(?:charge|bill|invoice|debit|overcharge|penali[sz]e|fine)\s+(?:you|u|your (?:card|account))(?=\s*(?:$|[.,;!?—–-]|for\b|twice\b|again\b|anything\b|extra\b|a\b|any\b|without\b|until\b|unless\b|i promise\b))|take\s+(?:any|a penny|a cent|(?:any|your)\s+(?:money|payment|deposit)\s+(?:until|before|without))\b|take\s+any\s+(?:money|payment|deposit|funds)\b|(?:share|sell|pass(?:\s+on)?|give\s+out|hand\s+(?:over|out)|disclose|leak|publish)\s+(?:your|ur)\s+(?:\w+\s+)?(?:details|data|number|information|info|address|email|card|phone|contact)\b(?:\s+on\b)?(?!\s+(?:with|to)\s+(?:your|him|her|them|the (?:account holder|other)))|(?:ask|ask you)\s+(?:for\s+)?(?:your\s+)?(?:password|pin|full card number|security code|passcode)\b)`,
  'i',
);

const CANDOUR_OPEN = /^(?:to be (?:perfectly |completely |totally )?(?:honest|frank)(?: with you)?|honestly|frankly|truthfully|to tell you the truth|truth be told|tbh)\s*[,!:–—-]?\s*/i;
/** Exoneration or thanks after a candour opener. */
const EXONERATED =
  /^(?:it|this|that)\s*(?:wasn['’]?t|was not|isn['’]?t|is not|['’]s not|s not)\s+(?:at all\s+)?your\s+fault\b|^(?:it|this|that)\s*(?:wasn['’]?t|was not|isn['’]?t|is not|['’]s not)\s+(?:at all\s+)?on (?:you|u)\b|^(?:you|u)(?:\s+did(?:n['’]?t|nt| not) do anything wrong|\s+did nothing wrong|(?:\s*['’]re|\s+are|\s+were)\s+not (?:to blame|in trouble|at fault)|\s*(?:\s+have|['’]ve) (?:got )?nothing to (?:apologi[sz]e|be sorry|worry) (?:for|about))\b|^(?:none of (?:this|that|it)|nothing(?: here| of this)?) (?:is|was) (?:on you|your fault|your doing)\b|^(?:i|we)\s+(?:can['’]?t|cannot|couldn['’]?t)\s+thank\s+(?:you|u)\b|^(?:thank you|thanks)\b|^(?:i|we)\s+(?:really |truly |so )?appreciate\b/i;

/** A blame construction whose subject denies it: "None of this is on you". */
const NONE_SUBJECT = /\b(?:none|nothing|no part|not one bit|not any)(?:\s+of\s+(?:this|that|it|these|those|what happened))?(?:\s+(?:here|at all))?\s*$/i;

/** A landmark too plain to overlook. */
const LANDMARK = /^(?:you|u)\s+(?:can['’]?t|cant|cannot|can not)\s+miss\s+(?:it|us|them|(?:the|our)\s+(?:\w+\s+){0,2}(?:sign|building|shop|store|entrance|door|van|desk|counter|office|stand|booth|kiosk|gate|car park|reception|lobby|house|logo|flag|banner))\b(?!\s+(?:again|another|any more|anymore))/i;

/** A benefit not to forget. */
const BENEFIT_REMINDER = /\b(?:don['’]?t|dont|do not)\s+forget\s+to\s+(?:claim|use|redeem|collect|grab|enjoy|treat yourself|take advantage|book your free|pick up your free|activate your free|spend your|download your free)\b/i;

/** A pleasure recommended: "you must try …", "you have to see …" with delight said. */
const TREAT_MUST = /^(?:you|u)\s*(?:really\s+|just\s+|simply\s+)?(?:must|have to|['’]ve got to|have got to|got to|gotta|need to)\s+(?:really\s+|just\s+|definitely\s+)?(?:try|taste|sample|see|visit|check out|experience|watch|hear|go to|catch|stop by)\b/i;
const DELIGHT = /\b(?:amazing|love|loved|gorgeous|delicious|stunning|lovely|beautiful|incredible|the best|won['’]?t regret|worth it|to die for|unforgettable|fantastic|breathtaking|spectacular|a treat|while you(?:['’]re| are) (?:here|there|in town|staying|visiting))\b/i;
const DUTY_CUE = /\b(?:before|otherwise|or else|again|in person|first|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|the)|to (?:get|receive|qualify|claim)|if you want|so (?:we|that))\b/i;

/** Empathy by a negated blame: "I can't blame you", "I don't blame you". */
const NO_BLAME = /\b(?:i|we)\s*(?:can['’]?t|cant|cannot|can not|don['’]?t|dont|do not|couldn['’]?t|could not|wouldn['’]?t)\s+(?:really\s+)?(?:blame|fault)\s+(?:you|u)\b/i;

/** A harm the customer won't suffer: "you won't be disconnected", "your service won't be cut off". */
const HARM_SPARED = new RegExp(
  String.raw`\b(?:you|u|your (?:\w+ )?(?:account|service|line|internet|connection|supply|broadband|phone|card|booking|membership|policy|cover|power|water|gas|data|points|subscription|plan))\s+(?:${NEG_NOW}|didn${A}t|didnt|did not|weren${A}t|werent|were not|haven${A}t been|havent been|have not been|hasn${A}t been|hasnt been|has not been|isn${A}t|isnt|is not|wasn${A}t|wasnt|was not)\s+(?:even\s+|ever\s+)?(?:be\s+|get\s+|being\s+)?(?:ch[ar]{0,2}ged|billed|debited|overcharged|penali[sz]ed|fined|disconnected|cut off|suspended|locked out|logged out|kicked (?:off|out)|blocked|frozen|closed down|deleted|wiped|lost|affected|left without\b[^.,;!?]{0,20})\b`,
  'i',
);

/** A requirement we lift: "we no longer need your receipt", "we won't need to see your ID". */
const REQUIREMENT_LIFTED = new RegExp(
  String.raw`\b(?:we|i|our team)\s*(?:no longer|don${A}t|dont|do not|won${A}t|wont|will not|will no longer|shouldn${A}t|should not|didn${A}t|did not)\s+(?:even\s+|actually\s+)?(?:need|require|ask (?:you )?for|want)\b(?!\s+(?:to\s+)?(?:hear|receive|see)\s+(?:from\s+you|any\s+more\s+(?:complaints|calls)))`,
  'i',
);
/** Blame's own words denied: "you haven't done anything wrong". */
const NOTHING_WRONG = /\b(?:you|u)\s*(?:haven['’]?t|havent|have not|didn['’]?t|didnt|did not|never|(?:['’]ve|have)\s+(?:done|made))\s+(?:(?:done|do|make|made)\s+)?(?:anything|a thing|a single thing|nothing|no)\s+(?:wrong|mistakes?)\b/i;

/** Amazement by a negated limit: "can't get over how quick", "can't beat", "couldn't have asked for better". */
const PRAISE_WORD = String.raw`(?:quick|quickly|fast|lovely|well|good|great|beautiful|beautifully|easy|smooth|smoothly|kind|patient|amazing|gorgeous|happy|helpful|brilliant|cute|stunning|perfect|perfectly|friendly|generous|much (?:you|we) (?:love|loved|enjoy|enjoyed))`;
const AMAZED = new RegExp(
  String.raw`\b(?:we|i|you|u)\s*(?:can${A}t|cant|cannot|can not|couldn${A}t|couldnt|could not)\s+(?:(?:get over|believe)\s+how\s+(?:(?:very|so|really)\s+)?${PRAISE_WORD}\b|beat\b|go wrong\b|fault\b|(?:have\s+)?(?:asked|hoped|wished) for (?:a )?(?:better|more|nicer)\b|ask for (?:a )?(?:better|more|nicer)\b|stop (?:smiling|talking about|raving about)\b)`,
  'i',
);

/** A welcome with the help offered: ", [Sam,] (I'm) happy to <verb>". */
const WELCOME_OFFER =
  /^\s*[,!.–—-]*\s*(?:[A-Z][\w'’-]*\s*[,!–—-]?\s*)?(?:(?:i['’]?m|i am|we['’]re|we are|im)\s+)?(?:(?:always|more than|very|so|really|just)\s+)?(?:happy|glad|pleased|delighted)\s+to\s+(?!say\b|tell\b|hear\b|report\b|inform\b)[a-z]+/i;

/** Why an English candidate is neutral by a generalised protective reading, or null. */
export function neutral16Reason(draft: string, c: NeutralCandidate, category: string): string | null {
  const se = Math.max(sentenceEnd(draft, c.end), c.end);
  if (category === 'blame' || category === 'cant-wont') {
    const lo = Math.max(c.sentenceStart, c.start - 12);
    const text = draft.slice(lo, se);
    {
      const nw = NOTHING_WRONG.exec(text);
      if (nw && lo + nw.index < c.end && lo + nw.index + nw[0].length > c.start) return 'neutral:nothing-wrong';
    }
    if (category === 'blame' && NONE_SUBJECT.test(draft.slice(Math.max(c.sentenceStart, c.start - 40), c.start))) return 'neutral:blame-denied';
    {
      const h = HARM_SPARED.exec(text);
      if (h && lo + h.index < c.end && lo + h.index + h[0].length > c.start && !STILL_OWED.test(text.slice(h.index + h[0].length).split(/[.;!?\n]/)[0])) return 'neutral:harm-spared';
    }
    if (category === 'cant-wont') {
      const w = WE_WONT_HARM.exec(text);
      if (w && lo + w.index < c.end && lo + w.index + w[0].length > c.start) return 'neutral:harm-we-wont-do';
      const am = AMAZED.exec(text);
      if (am && lo + am.index < c.end && lo + am.index + am[0].length > c.start) return 'neutral:amazed';
      const rl = REQUIREMENT_LIFTED.exec(text);
      if (rl && lo + rl.index < c.end && lo + rl.index + rl[0].length > c.start) return 'neutral:requirement-lifted';
      const nb = NO_BLAME.exec(text);
      if (nb && lo + nb.index < c.end && lo + nb.index + nb[0].length > c.start) return 'neutral:no-blame';
      if (LANDMARK.test(draft.slice(c.start, se)) && /^[\s"“'‘(]*$|[,;:—–-]\s*$/.test(draft.slice(c.sentenceStart, c.start))) return 'neutral:landmark';
    }
    for (const re of [COST_SPARED_NOW, COST_SPARED_PAST]) {
      const m = re.exec(text);
      if (!m || lo + m.index >= c.end || lo + m.index + m[0].length <= c.start) continue;
      const rest = text.slice(m.index + m[0].length).split(/[.;!?\n]/)[0];
      if (STILL_OWED.test(rest)) continue;
      return 'neutral:cost-spared';
    }
    return null;
  }
  if (category === 'commands') {
    const lo = Math.max(c.sentenceStart, c.start - 12);
    const text = draft.slice(lo, se);
    if (TREAT_MUST.test(draft.slice(c.start, se))) {
      const sentence = draft.slice(c.start, se);
      const next = draft.slice(se, sentenceEnd(draft, se));
      if ((DELIGHT.test(sentence) || DELIGHT.test(next)) && !DUTY_CUE.test(sentence)) return 'neutral:treat-recommended';
    }
    for (const [re, why] of [[COMFORT, 'neutral:comfort'], [BENEFIT_REMINDER, 'neutral:benefit-reminder']] as const) {
      const m = re.exec(text);
      if (m && lo + m.index < c.end && lo + m.index + m[0].length > c.start) return why;
    }
    return null;
  }
  if (category === 'other') {
    if (/^(?:no|not a) problem at all$/i.test(draft.slice(c.start, c.end).trim()) && WELCOME_OFFER.test(draft.slice(c.end, sentenceEnd(draft, se)).split('\n')[0])) return 'neutral:welcome-offer';
    const open = CANDOUR_OPEN.exec(draft.slice(c.start, se));
    if (open && /^[\s"“'‘(]*$/.test(draft.slice(c.sentenceStart, c.start)) && EXONERATED.test(draft.slice(c.start + open[0].length, se))) return 'neutral:candour-exonerates';
    // A tag at the end of its sentence: "…, honestly."
    if (!TAG.test(draft.slice(c.start, se))) return null;
    const before = draft.slice(c.sentenceStart, c.start);
    if (!APPRECIATION.test(before)) return null;
    return NEGATIVE_LEFT.test(before.replace(PRAISE_NEG_IDIOM, ' ')) ? null : 'neutral:candour-tag';
  }
  return null;
}
