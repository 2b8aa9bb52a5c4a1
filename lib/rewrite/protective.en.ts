/**
 * English pack matches that are not negative at all, read by kind and dropped before any suggestion is
 * chosen (the sentence stays silent: no flag, no advice). A pack rule reads "won't … until", "the terms
 * don't allow", "against our rules", "isn't possible", "not how it works" as a refusal; these kinds say
 * the opposite to the customer:
 *
 * - **empathy and questions**: "You must be exhausted after that journey" guesses a feeling with sympathy, so it is no
 *   command ("Please be exhausted …"); "Can you confirm you didn't receive the reset email?" asks, it does not blame;
 * - **an apology that owns the fault** ("I'm sorry for the confusion on our side", "the mix-up on our end"): sincere,
 *   not a reflex;
 * - **a harm delayed** ("you won't be charged until your trial ends", "the deposit wont be taken from your card until
 *   you collect the car", "your card won't be debited until it ships", "your subscription won't renew until you confirm it", "your points won't expire until 2027"):
 *   what waits is a charge or a loss, so the wait is the customer's gain. A renewal counts only when the
 *   customer holds the key ("until you confirm / say so"): "won't be renewed until we get the photo" is a refusal;
 * - **a burden spared** ("you won't need to wait until Monday", "you don't have to wait until …"): the
 *   negation lifts an obligation;
 * - **a rule that protects** ("the terms don't allow us to charge you", "it's against our rules to charge
 *   you twice", "our policy forbids us from sharing your data", "it isn't possible for anyone else to see your
 *   details"): what is refused is a harm to the customer (a charge, a fee, their data seen, shared, sold or
 *   lost). Refusing the customer's own request stays flagged ("the terms don't allow refunds", "against our
 *   policy to give out other customers' details", "it isn't possible to change the date");
 * - **a rule that gives** ("the policy says you are covered …", "… states you're entitled to a refund"), unless
 *   the clause then limits it ("… not covered", "covered only if …");
 * - **a restriction lifted** ("that's not how it works anymore, you can now book online", "Good news, that
 *   isn't how it works any more"): only with something given beside it; "That's not how it works anymore,
 *   you now need a code" is a new restriction and stays flagged.
 *
 * A rule whose own fixed words name the harm ("you won't be [charged|billed] until …", a hint that
 * says the same reassurance with "only") chose that sentence on purpose: only a harm the rule caught inside
 * one of its slots, or after its match, is read here.
 */
import { sentenceEnd } from './neutral16.en.ts';
import { toldOfFault } from './welcome-report.en.ts';

/** A pack candidate as this reader needs it: draft offsets of the match and of its slot captures (pairs). */
export interface ProtectiveCandidate {
  start: number;
  end: number;
  caps: readonly number[];
  sentenceStart: number;
}

const NEG_WILL = String.raw`(?:won['’]?t|wont|will not|will never|shan['’]?t|shall not)`;
/** The negation, and the auxiliary words before the verb it negates ("won't be ", "will never get "). */
const NEG_LEAD = new RegExp(String.raw`\b${NEG_WILL}\s+(?:be\s+|get\s+|ever\s+)?`, 'i');
const HAS_NEG_WILL = new RegExp(String.raw`\b${NEG_WILL}\b`, 'i');

/** A charge or a loss: delaying it is good news. */
const HARM_DELAYED = new RegExp(
  String.raw`\b${NEG_WILL}\s+(?:be\s+|get\s+|ever\s+)?(?:(?:re-?)?charged?|billed?|invoiced?|debited?|deducted?|overcharged?|penali[sz]ed?|fined?|expire|lapse|run out|cut off|disconnected|suspended|go up|increase|shared|sold|disclosed|passed on|(?:take|taken|collect(?:ed)?)\s+(?:any\s+|the\s+|your\s+)?(?:payment|money|funds?)|(?:taken|collected|withdrawn|drawn|removed)\s+(?:from|out\s+of|off)\s+(?:your\s+|the\s+)?(?:\w+\s+)?(?:card|account|balance|wallet)|charge\s+\w+|bill\s+\w+|debit\s+\w+)\b[^.;:!?]*?\b(?:until|till|til|before)\b`,
  'i',
);
/** A price held: "your rate won't change until April", "your premium won't go up before renewal". */
const PRICE_HELD = new RegExp(
  String.raw`\b(?:price|rate|premium|bill|fee|tariff|payment|instal?ment|cost|subscription|monthly)s?\s+${NEG_WILL}\s+(?:change|rise|go up|increase|be (?:changed|increased|raised))\b[^.;:!?]*?\b(?:until|till|til|before)\b`,
  'i',
);
/**
 * Staying with the customer: "we won't give up until …", "I'm not going to stop looking until …", "we won't leave you
 * without a car". ("We won't stop the direct debit until …" stops a thing of theirs: not read. "won't rest / stop until"
 * are the rules' own exceptions.)
 */
const STAYING = /\b(?:won['’]?t|wont|will not|will never|(?:am|are|['’]m|['’]re) not going to|never)\s+(?:ever\s+)?(?:give up|quit|stop\s+\w+ing\b|leave you (?:without|stranded|out of pocket|hanging|in the dark|alone)|let you down|forget (?:about )?you)\b/i;
/** A negated impossibility: "it's not impossible", "isn't impossible", "won't be impossible". */
const NOT_IMPOSSIBLE = /(?:\bnot|n['’]t|\bnever)\s+(?:be\s+|entirely\s+|completely\s+|totally\s+)?impossible\b/i;
/** Doing it another way now: "we don't do it that way anymore", "that's not how it works any more". */
const MANNER_ANYMORE = /(?:\bhow (?:it|this|that) works|\b(?:do|does|did)\s+(?:it|that|this|things)\s+(?:that way|like that|this way))\s*,?\s*(?:any ?more|any longer|these days|now)\b/i;

/** A renewal held until the customer says so: "won't renew until you confirm". */
const RENEW_UNTIL_CUSTOMER = new RegExp(
  String.raw`\b${NEG_WILL}\s+(?:be\s+)?(?:auto-?)?renew(?:ed)?\b[^.;:!?]*?\b(?:until|till|til|unless)\s+(?:you|we hear from you|we have your)\b`,
  'i',
);
/** An obligation lifted: "won't need to", "don't have to", "no need to". */
const BURDEN_SPARED = /\b(?:(?:won['’]?t|wont|will not|don['’]?t|dont|do not|doesn['’]?t|does not|shouldn['’]?t|should not)\s+(?:even\s+|ever\s+)?(?:need|have)\s+to|no need (?:for you )?to|not need to)\b/i;

/** The customer's own: "your details", "you", "customers' data". */
const THEIRS = /\b(?:you|your|yours|u|ur|customers['’]|customer (?:data|details|information))\b/i;
/** Someone else's data: refusing it is refusing the customer's request. */
const OTHERS_DATA = /\b(?:other (?:customers?|people|users?|members?|guests?|passengers?)['’]?s?|another (?:customer|person|user)['’]?s?|someone else['’]?s|their|his|her|the (?:account|card) ?holder['’]?s?)\b/i;
/** A recipient outside: "with third parties", "to anyone", "with advertisers". */
const OUTSIDE = /\b(?:with|to)\s+(?:any\s?one|any\s?body|third[- ]part(?:y|ies)|others|other (?:companies|people|customers|firms|organi[sz]ations|businesses|users)|partners|advertisers|marketers|outside|anyone else|the public)\b/i;
/** Who would do it, said before the verb: "for anyone else to", "staff from", "us to". */
const AGENTS = /\b(?:us|we|anyone|anybody|someone|staff|employees?|agents?|third|parties|others|other|else)\b/i;

/** A charge: its not happening never leaves the customer worse off. */
const MONEY_HARM = /^(?:(?:re-?)?charg(?:e|es|ed|ing)|bill(?:s|ed|ing)?|debit(?:s|ed|ing)?|overcharg(?:e|es|ed|ing)|deduct(?:s|ed|ing)?|penali[sz](?:e|es|ed|ing)|fin(?:e|es|ed|ing)|invoic(?:e|es|ed|ing)|surcharg(?:e|es|ed|ing))$/i;
/** A charge wrongly taken: "twice", "again", "a cancellation fee", "without your consent". */
const WRONG_CHARGE = /\b(?:twice|double|again|more than once|a (?:second|third) time|for the same|extra|without (?:your|you)\b|without the (?:customer['’]s )?(?:consent|permission|approval|authori[sz]ation|agreement)|for nothing|for (?:a |the )?(?:service|services|something|anything) you|(?:a|any|the) (?:\w+ )?(?:fee|fees|penalty|surcharge|charge)|anything|any more|more than|a penny|a cent)\b/i;
/** Harms in themselves: "sell your information", "lose your data", "leak your details". */
const INTRINSIC = /^(?:sell(?:s|ing)?|sold|leak(?:s|ed|ing)?|expos(?:e|es|ed|ing)|publish(?:es|ed|ing)?|los(?:e|es|ing)|lost|spam(?:s|med|ming)?)$/i;
/** Handing on: a harm only to someone outside ("share your data with third parties", "we'd never share your card number"). */
const TRANSFER = /^(?:shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing)|pass(?:es|ed|ing)?|giv(?:e|es|ing)|given|hand(?:s|ed|ing)?|reveal(?:s|ed|ing)?|releas(?:e|es|ed|ing)|transfer(?:s|red|ring)?)$/i;
/** Looking: "for anyone else to see your details". */
const LOOK = /^(?:see(?:s|n|ing)?|saw|view(?:s|ed|ing)?|access(?:es|ed|ing)?|read(?:s|ing)?|open(?:s|ed|ing)?)$/i;
/** Holding: a harm only when someone other than the customer holds it ("for us to store your card"); "to keep your old address" is the customer's. */
const HOLD = /^(?:stor(?:e|es|ed|ing)|keep(?:s|ing)?|kept|us(?:e|es|ed|ing)|track(?:s|ed|ing)?|record(?:s|ed|ing)?|sav(?:e|es|ed|ing))$/i;
/** Asking for secrets, contacting unasked. */
const ASK = /^(?:ask(?:s|ed|ing)?|request(?:s|ed|ing)?)$/i;
const CONTACT = /^(?:contact(?:s|ed|ing)?|call(?:s|ed|ing)?|email(?:s|ed|ing)?|text(?:s|ed|ing)?|messag(?:e|es|ed|ing))$/i;
const SECRET = /\b(?:password|passcode|pin|otp|one-time code|security code|verification code|card number|cvv|cvc|full card|bank details|login details)\b/i;

/** Words that can stand between the frame and the refused verb: "us to", "anyone else to", "staff from", "you to be". */
const AGENT_FILLER = /^(?:us|me|anyone|anybody|someone|people|others?|third|parties|party|staff|employees?|agents?|our|the|team|company|other|else|customers?|users?|members?|for|to|from|be|being|get|getting|ever|you|them|it|we|would|never|can|could|out)$/i;

const words = (s: string) => s.toLowerCase().match(/[a-z0-9'’-]+/g) ?? [];

/**
 * The first verb after the frame (skipping who may not do it), and whether what it does harms the customer.
 * `ruleFrame`: the frame is a rule (terms, policy, law), not a machine or a possibility: only a rule protects by
 * forbidding any charge; elsewhere a charge must be a wrong one ("twice", "a cancellation fee"). `never`: the clause
 * says the agent never does it ("we would never share your card number").
 */
function harmAfter(tail: string, ruleFrame: boolean, never: boolean): string | null {
  const clause = tail.split(/[.;!?\n]|,\s*(?:but|so|and|however|although|though|unless|except)\b|\s[-–—]\s/i)[0];
  const ws = words(clause).slice(0, 12);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    const isVerb = MONEY_HARM.test(w) || INTRINSIC.test(w) || TRANSFER.test(w) || LOOK.test(w) || HOLD.test(w) || ASK.test(w) || CONTACT.test(w);
    if (!isVerb && AGENT_FILLER.test(w)) continue;
    if (!isVerb) return null;
    const obj = ws.slice(i + 1, i + 8).join(' ');
    const agent = ws.slice(0, i).join(' ');
    if (MONEY_HARM.test(w)) {
      // "charge it to another card" is about how to pay.
      if (/\b(?:another|a different|the other) (?:card|account|method)\b/.test(obj)) return null;
      // A rule against charging "you", "you for the missed delivery" protects; "invoice you monthly", "bill you separately"
      // refuses the way the customer asked to pay.
      if (never || WRONG_CHARGE.test(obj)) return 'money';
      return ruleFrame && /^(?:(?:you|your \w+(?: \w+)?)\s*)?(?:for\b|$)/.test(obj) ? 'money' : null;
    }
    if (OTHERS_DATA.test(obj) || !THEIRS.test(obj)) return null;
    if (ASK.test(w)) return SECRET.test(obj) ? 'data' : null;
    if (CONTACT.test(w)) return /\b(?:without (?:your )?(?:consent|permission|asking)|for marketing|with (?:offers|marketing|adverts?|ads))\b/.test(obj) ? 'data' : null;
    if (INTRINSIC.test(w)) return 'data';
    if (TRANSFER.test(w)) return never || OUTSIDE.test(clause) || /\b(?:anyone|anybody|third|others|else)\b/.test(agent) ? 'data' : null;
    if (LOOK.test(w)) return 'data';
    if (HOLD.test(w)) return AGENTS.test(agent) || never ? 'data' : null;
    return null;
  }
  return null;
}

/** A rule saying what it gives: "says you are covered", "states you're entitled to", "says we'll refund you". */
const GIVES = /^\s*(?:that\s+)?(?:you(?:['’]re| are| will be|['’]ll be)\s+(?:fully\s+|also\s+)?(?:covered|entitled|eligible|protected|insured|due|owed|allowed|welcome)|you(?:['’]ll| will| can| may| do)?\s+(?:get|receive|keep|have|qualify)|you can\b|we(?:['’]ll| will| must| have to| should| always)\s+(?:refund|replace|repair|cover|pay|reimburse|credit|compensate|honou?r|send|give|offer|rebook)|(?:your|the) (?:money|refund|deposit|cover|costs?) (?:is|are|will be)\s+(?:covered|refunded|returned|protected|safe|guaranteed))\b/i;
const LIMITS = /\b(?:not|n['’]t|never|no|only|unless|except|excluding|but|however|provided|as long as|if)\b/i;

/** Something given beside a lifted restriction: "you can now", "no need", "good news". */
const GIVEN_BESIDE = /\b(?:(?:you|u) can(?: now| just| simply)?|you['’]?ll be able|now you can|we (?:now|can now)|it['’]?s (?:now )?(?:free|easier|quicker|automatic|instant|all online)|(?:no|don['’]?t|do not|no longer) need|automatically|good news|the good news|happily|luckily|thankfully|great news)\b/i;
const RESTRICTION_NOW = /\b(?:you (?:now |will now |['’]ll now )?(?:need|have|must)|now (?:need|requires?|has to|have to|must)|sorry|unfortunately|afraid|no longer (?:possible|available|allowed|offered))\b/i;

/** The rule categories whose matches are read here. */
const READ: ReadonlySet<string> = new Set(['until', 'policy', 'cant-wont', 'dismissive', 'blame', 'negative-words', 'over-apology', 'commands']);

/** "You must be exhausted after that journey", "you must be so frustrated": a feeling guessed with sympathy, not a conclusion held against the customer. */
const EMPATHY_MUST = /^you\s+must\s+be\s+(?:so\s+|very\s+|really\s+|absolutely\s+|completely\s+)?(?:exhausted|tired|shattered|worn out|frustrated|worried|fed up|upset|annoyed|disappointed|gutted|stressed|anxious|devastated|heartbroken|concerned|sick of)\b/i;
/** Blame asked about rather than stated: "Can you confirm you didn't receive the reset email?", "let me know whether you didn't get it". */
const ASKED_BEFORE = /\b(?:confirm|check|let (?:me|us) know|tell (?:me|us)|double-check)(?:\s+(?:that|whether|if|for me))?\s+$/i;

/** An apology that owns the fault right after its words ("I'm sorry for the confusion on our side", "… the mix-up on our end"). */
const OWNED_AFTER = /^\s*(?:on|from)\s+(?:our|my)\s+(?:side|end|part)\b/i;

/**
 * Blame said as an open condition is an offer, not a reproach: "If you selected the wrong delivery option, I can change
 * it", "If you made a mistake on the form, just tell me". A counterfactual stays blame ("If you had read the email, you
 * would have seen …", "if you'd checked …"), and so does a condition that already happened ("when you entered the wrong PIN").
 */
const OPEN_CONDITION_BEFORE = /\b(?:if|in case|whether|unless)\s+(?:by any chance\s+|perhaps\s+|maybe\s+)?$/i;
const COUNTERFACTUAL = /\b(?:had|['’]d)\b|\bwould(?:n['’]?t| not)? have\b|\bwould['’]ve\b|\bcould have been avoided\b/i;
/** A failure denied of everything: "None of your payments failed", "not one of your orders was lost". */
const NONE_BEFORE = /\b(?:none|not one|neither|not a single one|nothing)\s+of\s+$/i;

/** Whether [a, b) of the draft lies inside one of the candidate's slot captures. */
function inSlots(c: ProtectiveCandidate, a: number, b: number): boolean {
  for (let k = 0; k + 1 < c.caps.length; k += 2) if (a >= c.caps[k] && b <= c.caps[k + 1]) return true;
  return false;
}

/** The regex's first match in the match + after text, with draft offsets, if the rule did not name it in its fixed words. */
function foundOutsideFixedWords(re: RegExp, draft: string, c: ProtectiveCandidate, from: number, to: number): boolean {
  const text = draft.slice(from, to);
  const m = re.exec(text);
  // Its negation must be the candidate's own: a later clause's "won't be charged until" says nothing of this match.
  if (!m || from + m.index >= c.end) return false;
  // The harm word: the first word after the negation.
  const neg = NEG_LEAD.exec(m[0]);
  const ws = from + m.index + (neg ? neg.index + neg[0].length : 0);
  const we = ws + (/^[a-z-]+/i.exec(draft.slice(ws))?.[0].length ?? 0);
  return we <= c.start || ws >= c.end || inSlots(c, ws, we);
}

/**
 * Why an English pack candidate is not negative at all (the kind), or null. `category` is its rule's category.
 */
/** "tier 2", "level two": a support tier only in a sentence about a handover, a ticket or a team. */
const TIER_CODE = /^(?:tier|level)\s+(?:[1-3]|one|two|three|i{1,3})$/i;
const SUPPORT_WORDS =
  /\b(?:tickets?|case|query|request|issue|incident|escalat\w*|team|support|queue|agents?|engineers?|engineering|specialists?|hand(?:ed)?|pass(?:ed)?|mov(?:e|ed)|rais(?:e|ed)|logged|priority|investigation|triage|backlog|bug|outage|assign(?:ed)?|rout(?:e|ed)|transferr(?:ed)?|refer(?:red)?|forward(?:ed)?|sits?|looking)\b/i;

/**
 * A level that is no support tier: "the pay-and-display machine on Level 2" (a car park), "complete KYC Level 2 in the app" (a
 * verification step), "the charging bays on level -1". en-core's `tier-n` rewrote them to "our specialist team".
 */
function notATier(draft: string, c: ProtectiveCandidate): string | null {
  if (!TIER_CODE.test(draft.slice(c.start, c.end).trim())) return null;
  const se = Math.max(sentenceEnd(draft, c.end), c.end);
  const sentence = draft.slice(c.sentenceStart, c.start) + ' ' + draft.slice(c.end, se);
  return SUPPORT_WORDS.test(sentence) ? null : 'protective:not-a-tier';
}

/**
 * "No problem at all, happy to help", "No problem at all, Aisha, I've changed the delivery address": a warm "you're welcome"
 * with the request done or the help offered right after it (labelled neutral by every writer who wrote one). A bare "No problem
 * at all!" and one before anything else ("…, I've passed your comments on") stay en-core's `no-problem-at-all`.
 */
const WELCOME_DONE =
  /^\s*[,!–—-]\s*(?:[A-Z][\w'’-]*,\s*)?(?:(?:i['’]?m|i am|we['’]re|we are)\s+)?(?:(?:always|more than|very|so)\s+)?(?:happy|glad)\s+to\s+help\b|^\s*[,!–—-]\s*(?:[A-Z][\w'’-]*,\s*)?(?:i|we)(?:['’]ve| have)\s+(?:just\s+)?(?:changed|updated|moved|added|booked|rebooked|sorted|switched|set up|reset|extended|swapped|upgraded|arranged|fixed|amended|corrected)\b/i;
function welcomeDone(draft: string, c: ProtectiveCandidate): string | null {
  if (!/^(?:no|not a) problem at all$/i.test(draft.slice(c.start, c.end).trim())) return null;
  // rwen23: not after a fault told ("that's a shame the print faded! No problem at all, I've booked a reprint"): it waves it away.
  return WELCOME_DONE.test(draft.slice(c.end, Math.max(sentenceEnd(draft, c.end), c.end))) && !toldOfFault(draft) ? 'protective:welcome' : null;
}

export function protectiveReason(draft: string, c: ProtectiveCandidate, category: string): string | null {
  if (category === 'jargon') return notATier(draft, c);
  if (category === 'other') return welcomeDone(draft, c);
  if (!READ.has(category)) return null;
  const se = Math.max(sentenceEnd(draft, c.end), c.end);
  // A sincere apology, not a reflex: it says the fault was ours.
  if (category === 'over-apology') return OWNED_AFTER.test(draft.slice(c.end, se)) ? 'protective:owned-apology' : null;
  // (The empathy rule itself, en-core's `you-must-be`, may still soften it: "I imagine you're exhausted".)
  if (category === 'commands') return EMPATHY_MUST.test(draft.slice(c.start, se)) ? 'protective:empathy' : null;
  if (category === 'blame' || category === 'negative-words') {
    const before = draft.slice(Math.max(c.sentenceStart, c.start - 40), c.start);
    if (category === 'blame' && OPEN_CONDITION_BEFORE.test(before) && !COUNTERFACTUAL.test(draft.slice(c.start, se))) return 'protective:open-condition';
    if (NONE_BEFORE.test(before)) return 'protective:none-failed';
    if (category === 'blame' && ASKED_BEFORE.test(before) && /[?]\s*$/.test(draft.slice(c.end, se))) return 'protective:asked';
    return null;
  }
  const lo = Math.max(c.sentenceStart, c.start - 300);
  const match = draft.slice(c.start, c.end);
  const after = draft.slice(c.end, se);
  const matchLo = match.toLowerCase();

  // (A charge or a loss delayed is good news whatever the rule calls it: a generic reader's "won't be renewed" too.)
  if (foundOutsideFixedWords(HARM_DELAYED, draft, c, c.start, se)) return 'protective:harm-delayed';
  if (foundOutsideFixedWords(RENEW_UNTIL_CUSTOMER, draft, c, c.start, se)) return 'protective:harm-delayed';
  // A little before the match (its sentence only), to the sentence's end.
  const nearFrom = Math.max(lo, c.start - 40);
  const near = draft.slice(nearFrom, c.end).toLowerCase();
  const nearAfter = draft.slice(nearFrom, se).toLowerCase();
  {
    const p = PRICE_HELD.exec(nearAfter);
    if (p && nearFrom + p.index < c.end && HAS_NEG_WILL.test(matchLo)) return 'protective:harm-delayed';
  }
  // The candidate's own negation keeps the agent with the customer, or cancels an "impossible".
  {
    const st = STAYING.exec(nearAfter);
    if (st && nearFrom + st.index < c.end && nearFrom + st.index + st[0].length > c.start) return 'protective:staying';
  }
  if (/\bimpossible\b/.test(matchLo) && NOT_IMPOSSIBLE.test(near)) return 'protective:not-impossible';
  if (category === 'until') {
    if (BURDEN_SPARED.test(matchLo) || (BURDEN_SPARED.test(draft.slice(Math.max(lo, c.start - 24), c.end).toLowerCase()) && /^\s*\w+\s+until\b/i.test(match))) return 'protective:burden-spared';
    return null;
  }

  // "That's not how it works anymore, you can now …", "we don't do it that way anymore, you can now …": a restriction lifted.
  if (category === 'dismissive' || category === 'cant-wont') {
    const mm = MANNER_ANYMORE.exec(matchLo + after.toLowerCase());
    if (mm && mm.index < matchLo.length && /(?:\bnot|n['’]t|\bno longer|\bdont|\bdoesnt|\bisnt)\b/.test(matchLo)) {
      const around = draft.slice(lo, c.start) + ' ' + after + ' ' + draft.slice(se, se + 160).split(/[.!?\n]/)[0];
      if (GIVEN_BESIDE.test(around) && !RESTRICTION_NOW.test(around)) return 'protective:restriction-lifted';
    }
  }

  if (category === 'policy' || category === 'cant-wont') {
    // The frame that forbids, then what it forbids: "don't allow us to charge you", "against our rules to charge you
    // twice", "prohibits us from sharing your data", "isn't possible for anyone else to see your details".
    const text = matchLo + after.toLowerCase();
    const frame =
      /\b(?:(?:do|does|did|will|would)(?:n['’]?t| not)|dont|doesnt|never)\s+(?:allow|permit|let)\b|\b(?:prohibit|forbid|prevent|bar|stop)s?\b|\b(?:against|breach of|contrary to)\s+(?:our|the|company|store|bank|data|privacy)?\s*(?:\w+\s+)?(?:policy|policies|rules?|terms|regulations?|law)\b|\b(?:policy|rule) is (?:never|not) to\b|\b(?:is|isn['’]?t|is not|are|aren['’]?t|are not|was|wasn['’]?t|won['’]?t be|will not be|\bnot)\s+(?:possible|allowed|permitted)\b/.exec(text);
    if (frame && frame.index < matchLo.length) {
      const tail = text.slice(frame.index + frame[0].length);
      // "That goes against our rules, we would never share your card number": the reason given is a harm never done.
      const never = /^\s*[,;:\u2014-]\s*(?:and\s+)?(?:we|i|our (?:staff|team|agents))\s*(?:would|will|do|did|can|could|['’]d)?\s*(?:never|not|n['’]t)\s+/i.exec(tail);
      // A machine that won't let the agent charge ("my system doesn't let me bill your card") is a block, not a protection.
      const ruleFrame = !/^(?:is|isn|are|aren|was|wasn|won|will|not)\b/.test(frame[0]) && !/\b(?:system|tool|app|software|computer|portal|platform|screen|it|this|that|card|bank)\s*$/.test(text.slice(Math.max(0, frame.index - 16), frame.index));
      const kind = harmAfter(never ? tail.slice(never[0].length) : tail, ruleFrame, !!never);
      if (kind) return `protective:rule-${kind}`;
    }
    if (category === 'policy') {
      const says = /\b(?:policy|policies|rules?|terms|contract|warranty|guarantee|cover)\s+(?:says|say|states|state|confirms?|means)\b/.exec(text);
      if (says && says.index < matchLo.length) {
        const rest = text.slice(says.index + says[0].length);
        const g = GIVES.exec(rest);
        if (g) {
          const clause = rest.slice(g.index + g[0].length).split(/[.;!?\n]/)[0];
          if (!LIMITS.test(g[0] + clause)) return 'protective:rule-gives';
        }
      }
    }
    return null;
  }

  return null;
}
