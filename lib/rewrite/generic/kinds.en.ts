/**
 * The English generic reader's fourth pass (fourteenth session, issue 12, read off late10 by kind and checked
 * on the other development splits): constructions that blame or reproach without a phrase any pack lists.
 *
 * - a fault put on the customer's side by a passive: "the card details weren't entered correctly on your end",
 *   "the renewal payment was never made on your end", "the wrong size was ordered on your side", "the toggle was
 *   switched off on your side". Reassurance stays quiet: "Nothing more is required on your end", "No action is
 *   needed on your side", "The error isn't on your side", "it wasn't caused by anything on your side";
 * - a reproach that points at what the agent already sent: "which I already attached to my previous email",
 *   "(just) circling back on my request from Monday";
 * - a request handed on by name: "That's one for the billing folks", "…, not us." after "needs to go to your insurer";
 * - reproach and presumption: "For the record, we sent three reminders", "I hope that's clear now", "You were already
 *   informed", "I'm sure you'll agree", "…, if you read it.", "…, and going forward please include …", and a rule
 *   defended: "Rules are there for a reason";
 * - a third party's dead end passed on: "there's nothing more the courier can do from their side".
 *
 * Every hit is advice (no text change). Nothing in a question or a condition (but the reproach "if you read it" that is one).
 */
import { analyzeSentenceTokens, type Token } from '../../nlp/index.ts';
import { conditionalClauses, hit, inCondition, isQuestion, nextWord, norm, prevWord } from './en.ts';
import type { GenericHit, GenericReader } from './types.ts';

const is = (toks: Token[], i: number, re: RegExp) => i >= 0 && i < toks.length && re.test(norm(toks, i));

const BE_PAST = /^(?:was|were|is|are|been|be|has|have|had)$/;
/** A fault said of the thing itself: "the wrong size", "switched off", "entered incorrectly". */
const FAULT_WORD = /^(?:wrong|incorrect|incorrectly|wrongly|invalid|off|disabled|blocked|missed|missing|expired|outdated|mistyped|misspelt|misspelled|unticked|unchecked)$/;
/** Participles that say what caused or was needed, which a negation turns into reassurance ("wasn't caused on your side"). */
const EXONERATE = /^(?:caused|triggered|needed|required|affected|changed|done|due)$/;

/** "… was never made / weren't entered correctly / was ordered (wrongly) on your end / side". */
function readFaultOnYourSide(toks: Token[], i: number): GenericHit | null {
  if (!is(toks, i, /^(?:end|side)$/) || norm(toks, i - 1) !== 'your' || !is(toks, i - 2, /^(?:on|at|from)$/)) return null;
  const on = i - 2;
  const clause = toks[i].clause;
  // Back through the clause: the participle, then its "be"; at most eight words.
  let part = -1;
  let be = -1;
  for (let k = on - 1, n = 0; k >= 0 && n < 8; k--) {
    if (!toks[k].word) break;
    if (toks[k].clause !== clause) break;
    n++;
    if (part < 0 && toks[k].pos === 'VERB' && /(?:ed|made|done|set|put|sent|paid|given|taken|left|kept|turned|shut)$/.test(toks[k].norm) && !/^(?:need|needs)$/.test(toks[k].norm)) part = k;
    else if (part >= 0 && BE_PAST.test(toks[k].norm)) {
      be = k;
      break;
    }
  }
  if (part < 0 || be < 0) return null;
  // The subject: "nothing / no action … is required on your end" is reassurance.
  for (let k = be - 1; k >= 0 && toks[k].clause === clause; k--) if (/^(?:nothing|no|none|nobody|noone)$/.test(toks[k].norm)) return null;
  const negated = toks.slice(be, part + 1).some((t) => t.neg || /^(?:never|not)$/.test(t.norm));
  if (negated && EXONERATE.test(toks[part].norm)) return null;
  let fault = negated;
  for (let k = be - 4; k < on; k++) if (k >= 0 && toks[k].clause === clause && FAULT_WORD.test(toks[k].norm)) fault = true;
  if (!fault) return null;
  return hit(toks, be, i, 'second-person-blame', 'blame');
}

const SENT = /^(?:attached|sent|mentioned|explained|shared|provided|gave|given|included|linked|forwarded|answered|covered)$/;
const EARLIER = /^(?:previous|last|earlier|first|original|prior)$/;
const MESSAGE = /^(?:email|e-mail|mail|message|reply|response|note|letter|chat|ticket)$/;

/**
 * "which I already attached to my previous email", "I already sent it in my last reply": the agent's earlier
 * message held up as the answer (not "I've already sent the replacement": no earlier message named).
 */
function readAlreadyInMyLast(toks: Token[], i: number): GenericHit | null {
  if (toks[i].norm !== 'already') return null;
  const p = prevWord(toks, i, false);
  let s = p;
  if (is(toks, s, /^(?:have|had)$/)) s = prevWord(toks, s, false);
  if (!is(toks, s, /^(?:i|we)$/)) return null;
  const v = nextWord(toks, i);
  if (!is(toks, v, SENT)) return null;
  for (let k = v + 1, n = 0; k < toks.length && n < 7; k++, n++) {
    if (!toks[k].word) break;
    if (is(toks, k, /^(?:my|our)$/) && is(toks, k + 1, EARLIER) && is(toks, k + 2, MESSAGE)) {
      // "which I already …": the relative pronoun belongs to the reproach.
      const w = is(toks, prevWord(toks, s, false), /^(?:which|that)$/) ? prevWord(toks, s, false) : s;
      return hit(toks, w, k + 2, 'talking-down', 'passive-aggressive');
    }
  }
  return null;
}

/** "just circling back on my request from Monday", "circling back again on my email": a nudge that counts the days. */
function readCirclingBack(toks: Token[], i: number): GenericHit | null {
  if (!/^(?:circling|circle|looping)$/.test(toks[i].norm) || norm(toks, i + 1) !== 'back') return null;
  let k = nextWord(toks, i + 1);
  if (is(toks, k, /^again$/)) k = nextWord(toks, k);
  if (!is(toks, k, /^(?:on|to|about|re)$/)) return null;
  const m = nextWord(toks, k);
  if (!is(toks, m, /^(?:my|our)$/)) return null;
  const what = nextWord(toks, m);
  if (!is(toks, what, /^(?:request|requests|email|e-mail|message|question|previous|last|earlier|note|reply)$/)) return null;
  const s = is(toks, prevWord(toks, i, false), /^just$/) ? prevWord(toks, i, false) : i;
  return hit(toks, s, what, 'talking-down', 'passive-aggressive');
}

/** Who a request can be sent to: a team, a trade or a person ("the billing folks", "HR", "your insurer"). */
const ELSEWHERE = /^(?:team|teams|folks|people|guys|department|dept|desk|office|hr|billing|accounts|finance|it|legal|payroll|admin|manager|supervisor|courier|carrier|bank|airline|landlord|insurer|seller|retailer|shop|store|manufacturer|provider|council|school|vet|pharmacy|doctor|gp|support|sales|warehouse|post)$/;

/** "That's one for the billing folks", "this is one for HR": the request handed on by name (not "one for the books"). */
function readOneFor(toks: Token[], i: number): GenericHit | null {
  if (toks[i].norm !== 'one' || norm(toks, i + 1) !== 'for') return null;
  const be = prevWord(toks, i, false);
  const subj = prevWord(toks, be, false);
  if (!is(toks, be, /^(?:is|'s|s)$/) || !is(toks, subj, /^(?:that|this|it)$/)) return null;
  let k = i + 2;
  if (is(toks, k, /^(?:the|your|our|a)$/)) k++;
  for (let n = 0; n < 3 && k < toks.length && toks[k].word; n++, k++) if (ELSEWHERE.test(toks[k].norm)) return hit(toks, subj, k, 'handled-elsewhere', 'dismissive');
  return null;
}

/** "…, not us.", "…, not me.", "…, not here." closing a sentence that sends the request elsewhere. */
function readNotUsTail(toks: Token[], i: number): GenericHit | null {
  if (toks[i].norm !== 'not' || !is(toks, i + 1, /^(?:us|me|here|ours|mine)$/)) return null;
  if (i < 1 || toks[i - 1].word || toks[i - 1].norm !== ',') return null;
  for (let k = i + 2; k < toks.length; k++) if (toks[k].word) return null;
  const before = toks.slice(0, i).map((t) => t.norm).join(' ');
  if (!/\b(?:go|goes|going|needs to go|one for|ask|contact|call|email|raise|handle|handles|handled|deal|deals|dealt|take it up|speak to|questions? for|matter for|responsible|job)\b/.test(before)) return null;
  return hit(toks, i, i + 1, 'handled-elsewhere', 'dismissive');
}

/** Whether nothing but punctuation follows token k. */
const lastWord = (toks: Token[], k: number) => !toks.slice(k + 1).some((t) => t.word);
/** Whether token i opens the sentence (only non-words before it). */
const opens = (toks: Token[], i: number) => !toks.slice(0, i).some((t) => t.word);

/** "For the record, we sent three reminders": the agent's own past message held up (not "For the record, your claim has been approved"). */
function readForTheRecord(toks: Token[], i: number): GenericHit | null {
  if (toks[i].norm !== 'record' || norm(toks, i - 1) !== 'the' || norm(toks, i - 2) !== 'for' || !opens(toks, i - 2)) return null;
  const a = nextWord(toks, i);
  const b = nextWord(toks, a);
  const ours = is(toks, a, /^(?:i|we)$/) && (is(toks, b, /^(?:sent|told|emailed|informed|explained|mentioned|called|reminded|warned|notified|wrote|said|did|asked)$/) || (is(toks, b, /^(?:have|had)$/) && is(toks, nextWord(toks, b), /^(?:sent|told|emailed|informed|explained|mentioned|called|reminded|warned|notified|written|said|asked)$/)));
  const told = is(toks, a, /^you$/) && is(toks, b, /^(?:were|was|have|had)$/);
  return ours || told ? hit(toks, i - 2, i, 'talking-down', 'passive-aggressive') : null;
}

/** "I hope that's clear now", "I hope this is clear enough": the reply closed on a reproach. */
function readHopeClear(toks: Token[], i: number): GenericHit | null {
  if (toks[i].norm !== 'hope' || norm(toks, i - 1) !== 'i') return null;
  const d = nextWord(toks, i);
  const be = nextWord(toks, d);
  const c = nextWord(toks, be);
  if (!is(toks, d, /^(?:that|this|it|everything)$/) || !is(toks, be, /^(?:is|s|'s)$/) || !is(toks, c, /^(?:clear|clearer)$/)) return null;
  const n = nextWord(toks, c);
  if (!is(toks, n, /^(?:now|enough)$/) && !(is(toks, n, /^this$/) && is(toks, nextWord(toks, n), /^time$/))) return null;
  return hit(toks, i - 1, is(toks, n, /^this$/) ? nextWord(toks, n) : n, 'talking-down', 'passive-aggressive');
}

/** "You were already informed of the change", "you have already been told": the customer reminded they were told. */
function readAlreadyTold(toks: Token[], i: number): GenericHit | null {
  if (toks[i].norm !== 'already') return null;
  const v = nextWord(toks, i);
  let p = prevWord(toks, i, false);
  if (is(toks, p, /^been$/)) p = prevWord(toks, p, false);
  if (!is(toks, p, /^(?:were|have|had)$/) || !is(toks, prevWord(toks, p, false), /^you$/)) return null;
  let e = v;
  if (is(toks, v, /^been$/)) e = nextWord(toks, v);
  if (!is(toks, e, /^(?:informed|told|advised|notified|warned|reminded)$/)) return null;
  return hit(toks, prevWord(toks, p, false), e, 'talking-down', 'passive-aggressive');
}

/** "I'm sure you'll agree that's more than fair", "I'm sure you can appreciate …": agreement presumed. */
function readSureYouAgree(toks: Token[], i: number): GenericHit | null {
  if (toks[i].norm !== 'sure' || !is(toks, i - 1, /^(?:am|m|'m)$/) || norm(toks, i - 2) !== 'i') return null;
  const y = nextWord(toks, i);
  if (!is(toks, y, /^you$/)) return null;
  let v = nextWord(toks, y);
  if (is(toks, v, /^(?:will|ll|'ll|would|can|could)$/)) v = nextWord(toks, v);
  if (!is(toks, v, /^(?:agree|appreciate)$/)) return null;
  return hit(toks, i - 2, v, 'talking-down', 'passive-aggressive');
}

/** "Rules are there for a reason", "the policy exists for a reason": the rule defended instead of explained. */
function readThereForAReason(toks: Token[], i: number): GenericHit | null {
  if (toks[i].norm !== 'reason' || norm(toks, i - 1) !== 'a' || norm(toks, i - 2) !== 'for') return null;
  let k = i - 3;
  if (norm(toks, k) === 'there') k--;
  if (!is(toks, k, /^(?:are|is|exist|exists)$/)) return null;
  const subj = k - 1;
  if (!is(toks, subj, /^(?:rules|rule|policy|policies|terms|procedures|regulations|limits|restrictions)$/)) return null;
  const s = is(toks, subj - 1, /^(?:the|our|these|those)$/) ? subj - 1 : subj;
  return hit(toks, s, i, 'policy-shield', 'policy');
}

/** "…, if you read it." closing the sentence: the customer's reading doubted ("…, if you'd had a read of it", en41). */
function readIfYouReadIt(toks: Token[], i: number): GenericHit | null {
  if (toks[i].norm !== 'if' || i < 1 || toks[i - 1].word || toks[i - 1].norm !== ',') return null;
  let v = nextWord(toks, i);
  if (!is(toks, v, /^you$/)) return null;
  v = nextWord(toks, v);
  // en41: the past perfect too ("…, if you'd read it", "…, if you had looked at it").
  if (toks[v] && (toks[v].text === "'d" || toks[v].text === '’d' || (toks[v].norm === 'had' && !is(toks, nextWord(toks, v), /^a$/)))) v = nextWord(toks, v);
  if (is(toks, v, /^(?:actually|even|ever|bothered)$/)) v = nextWord(toks, v);
  // en41: the reading as a noun ("…, if you'd had a read of it", "if you had a look at it").
  if (is(toks, v, /^(?:had|have|take|taken|took)$/) && is(toks, nextWord(toks, v), /^a$/) && is(toks, nextWord(toks, nextWord(toks, v)), /^(?:read|look|squiz|butcher's|gander)$/)) {
    v = nextWord(toks, nextWord(toks, v));
    const of = nextWord(toks, v);
    if (!is(toks, of, /^(?:of|at|through)$/)) return null;
    v = of;
  } else if (!is(toks, v, /^(?:read|check|checked|open|opened|look|looked)$/)) return null;
  let e = nextWord(toks, v);
  if (is(toks, e, /^(?:at)$/)) e = nextWord(toks, e);
  if (!is(toks, e, /^(?:it|them|that|this)$/) || !lastWord(toks, e)) return null;
  return hit(toks, i, e, 'talking-down', 'passive-aggressive');
}

/** "…, and going forward please include the order number", "in future please …": a correction dressed as a request, mid-sentence too. */
function readGoingForwardPlease(toks: Token[], i: number): GenericHit | null {
  let e = -1;
  if (toks[i].norm === 'going' && norm(toks, i + 1) === 'forward') e = i + 1;
  else if (toks[i].norm === 'in' && norm(toks, i + 1) === 'future') e = i + 1;
  else if (toks[i].norm === 'in' && norm(toks, i + 1) === 'the' && norm(toks, i + 2) === 'future') e = i + 2;
  if (e < 0 || !is(toks, nextWord(toks, e), /^(?:please|pls|kindly)$/)) return null;
  return hit(toks, i, e, 'talking-down', 'passive-aggressive');
}

/** "there's nothing more the courier can do from their side": a third party's dead end passed on (ours is en.ts's and the packs'). */
function readNothingMoreTheyCanDo(toks: Token[], i: number): GenericHit | null {
  if (toks[i].norm !== 'nothing' || !is(toks, i + 1, /^(?:more|else|further)$/)) return null;
  let k = i + 2;
  if (!is(toks, k, /^(?:the|they|our|their)$/)) return null;
  for (let n = 0; n < 3 && k < toks.length && toks[k].word && !is(toks, k, /^(?:can|could)$/); n++) k++;
  if (!is(toks, k, /^(?:can|could)$/) || !is(toks, k + 1, /^do$/)) return null;
  const p = prevWord(toks, i, false);
  const s = is(toks, p, /^(?:is|s|'s)$/) && is(toks, prevWord(toks, p, false), /^there$/) ? prevWord(toks, p, false) : i;
  return hit(toks, s, k + 1, 'nothing-can-be-done', 'cant-wont');
}

/**
 * The effort hedged by someone else or by "let me": "Our warehouse team will try their best to …", "they'll try their hardest",
 * "Let me try and push the refund through" (the packs read "I'll / we'll try (to)" and "we will try our best"). Not "do their
 * best" (how calm assistants promise work), not a question, not "try it / try again" (a suggestion to the customer).
 */
function readTryTheirBest(toks: Token[], i: number): GenericHit | null {
  if (!/^(?:best|hardest|utmost)$/.test(toks[i].norm)) return null;
  let p = i - 1;
  if (is(toks, p, /^(?:level|very)$/)) p--;
  if (!is(toks, p, /^(?:their|his|her|its)$/) || !is(toks, p - 1, /^try$/) || !is(toks, p - 2, /^(?:will|shall)$/)) return null;
  // "They'll try …": the flag starts with the written word the "will" came from.
  const w = p - 2;
  return hit(toks, w > 0 && toks[w - 1].end === toks[w].start && toks[w - 1].word ? w - 1 : w, i, 'hedged-effort', 'uncertainty');
}

function readLetMeTry(toks: Token[], i: number): GenericHit | null {
  if (toks[i].norm !== 'try' || !is(toks, i - 1, /^(?:me|us)$/) || !is(toks, i - 2, /^let$/)) return null;
  const c = i + 1;
  if (!is(toks, c, /^(?:to|and)$/) || !toks[c + 1]?.word || /^(?:DET|PRON|ADP|ADJ|NUM)$/.test(toks[c + 1].pos)) return null;
  return hit(toks, i - 2, c, 'hedged-effort', 'uncertainty');
}

/** What a customer waits for: a benefit that "won't kick in till …" is a wait (a charge or a price rise that won't apply is good news). */
const BENEFIT = /^(?:upgrade|upgrades|discount|discounts|refund|refunds|credit|credits|speed|speeds|feature|features|access|cover|coverage|offer|promo|promotion|voucher|deal|boost|allowance|bundle|membership|perks?|benefits?|bonus|cashback|points|reward|rewards|changes?|plan|package|service|line|connection|broadband|tariff)$/;
const TAKE_EFFECT = /^(?:kick|apply|activate|start|show|appear|work|go)$/;

/** "ur upgrade wont kick in till the next billing cycle", "the discount won't apply until your next order". */
function readBenefitNotUntil(toks: Token[], i: number): GenericHit | null {
  if (toks[i].norm !== 'not' || !is(toks, i - 1, /^(?:will|would|does|do|is|are)$/)) return null;
  // The subject: a benefit noun right before the verb, after a possessive or determiner ("ur upgrade", "the new speed").
  const s = i - 2;
  if (!is(toks, s, BENEFIT)) return null;
  let v = i + 1;
  if (is(toks, v, /^be$/) && is(toks, v + 1, /^(?:active|live|applied|activated|available|visible)$/)) v++;
  else if (!is(toks, v, TAKE_EFFECT) && !(is(toks, v, /^take$/) && is(toks, v + 1, /^effect$/))) return null;
  let e = v;
  if (is(toks, e + 1, /^(?:in|effect|live|through|up)$/)) e++;
  if (!is(toks, e + 1, /^(?:until|till|before)$/)) return null;
  let d = s;
  if (is(toks, d - 1, /^(?:the|your|ur|this|that|our|new)$/)) d--;
  if (is(toks, d - 1, /^(?:the|your|ur|this|that|our)$/)) d--;
  return hit(toks, d, e + 1, 'time-refusal', 'until');
}

/**
 * "Thats not us at all, the clamping is done by a separate company", "That's not us, it's the council": the request
 * disowned at the start of the sentence, with who does it after (not "If that's not us", not "that's not usual").
 */
function readThatsNotUs(toks: Token[], i: number): GenericHit | null {
  if (toks[i].norm !== 'not' || !is(toks, i + 1, /^(?:us|me)$/)) return null;
  const be = prevWord(toks, i, false);
  const subj = prevWord(toks, be, false);
  if (!is(toks, be, /^(?:is|'s|s|was)$/) || !is(toks, subj, /^(?:that|it|this)$/) || !opens(toks, subj)) return null;
  let e = i + 1;
  if (is(toks, e + 1, /^at$/) && is(toks, e + 2, /^all$/)) e += 2;
  // The clause ends there, and the sentence goes on to who does it.
  const n = e + 1 < toks.length ? toks[e + 1] : undefined;
  if (!n || n.word || !/^[,;:.!—–-]$/.test(n.norm)) return null;
  return hit(toks, subj, e, 'handled-elsewhere', 'dismissive');
}

/** "I can try asking Dr Mensah", "we could try calling the depot": the effort hedged with a gerund (the packs read "can try to / and"). */
function readCanTryIng(toks: Token[], i: number): GenericHit | null {
  if (toks[i].norm !== 'try' || !is(toks, i - 1, /^(?:can|could)$/) || !is(toks, i - 2, /^(?:i|we)$/)) return null;
  const g = i + 1;
  if (!toks[g]?.word || !/^[a-z]{2,}ing$/.test(toks[g].norm) || /^(?:nothing|something|anything|everything|thing|things|morning|evening|ceiling|string|spring|king|ring|wing)$/.test(toks[g].norm)) return null;
  return hit(toks, i - 2, g, 'hedged-effort', 'uncertainty');
}

/** "All boxes MUST be sealed by Friday": an order shouted in capitals inside a sentence in lower case. */
function readShoutedMust(toks: Token[], i: number): GenericHit | null {
  if (toks[i].norm !== 'must' || toks[i].text !== 'MUST') return null;
  // A sentence in lower case around it (a heading or a whole line in capitals is shouting of its own, not this).
  const lower = toks.filter((t) => t.word && /[a-z]/.test(t.text)).length;
  if (lower < 3) return null;
  let e = i;
  if (is(toks, e + 1, /^not$/)) e++;
  if (!toks[e + 1]?.word) return null;
  return hit(toks, i, e, 'customer-obligation', 'commands');
}

/**
 * "No worries, double charges like that happen all the time": the reassurance turned into a shrug by the minimising clause
 * after it ("No worries, I'll sort it" stays quiet: how calm assistants answer).
 */
function readNoWorriesShrug(toks: Token[], i: number): GenericHit | null {
  if (toks[i].norm !== 'worries' || !is(toks, i - 1, /^no$/) || !opens(toks, i - 1)) return null;
  const rest = toks.slice(i + 1).map((t) => t.norm).join(' ');
  if (!/\b(?:happens?|happened|goes on|occurs?) (?:all the time|a lot|constantly|every day|daily|loads|quite often|often)\b|\b(?:is|are|'s) (?:very |really |super |pretty )?(?:common|normal|standard)\b|\bnot (?:a )?(?:big deal|unusual)\b/.test(rest)) return null;
  return hit(toks, i - 1, i, 'minimising', 'dismissive');
}

/** "…, just to reiterate." closing a sentence (the opener "Just to reiterate, …" is constructions.en.ts's). */
function readReiterateTail(toks: Token[], i: number): GenericHit | null {
  if (toks[i].norm !== 'reiterate' || !is(toks, i - 1, /^to$/) || !lastWord(toks, i)) return null;
  const a = is(toks, i - 2, /^just$/) ? i - 2 : i - 1;
  const p = a - 1;
  if (p < 1 || toks[p].word || toks[p].norm !== ',') return null;
  return hit(toks, a, i, 'talking-down', 'passive-aggressive');
}

/** "I'd refer you back to the email I sent on Monday", "I must refer you to my previous reply": the earlier message held up. */
function readReferYouBack(toks: Token[], i: number): GenericHit | null {
  if (toks[i].norm !== 'refer' || !is(toks, i + 1, /^you$/)) return null;
  if (is(toks, i + 2, /^back$/) && is(toks, i + 3, /^to$/)) return hit(toks, i, i + 3, 'talking-down', 'passive-aggressive');
  if (!is(toks, i + 2, /^to$/)) return null;
  for (let k = i + 3, n = 0; k < toks.length && n < 4 && toks[k].word; k++, n++) {
    if (is(toks, k, EARLIER) && is(toks, k + 1, MESSAGE)) return hit(toks, i, k + 1, 'talking-down', 'passive-aggressive');
  }
  return null;
}

const BY_WORD = new Map<string, ((toks: Token[], i: number) => GenericHit | null)[]>([
  ['going', [readGoingForwardPlease]],
  ['best', [readTryTheirBest]],
  ['hardest', [readTryTheirBest]],
  ['utmost', [readTryTheirBest]],
  ['try', [readLetMeTry, readCanTryIng]],
  ['not', [readNotUsTail, readBenefitNotUntil, readThatsNotUs]],
  ['must', [readShoutedMust]],
  ['worries', [readNoWorriesShrug]],
  ['reiterate', [readReiterateTail]],
  ['refer', [readReferYouBack]],
  ['in', [readGoingForwardPlease]],
  ['nothing', [readNothingMoreTheyCanDo]],
  ['record', [readForTheRecord]],
  ['hope', [readHopeClear]],
  ['sure', [readSureYouAgree]],
  ['reason', [readThereForAReason]],
  ['if', [readIfYouReadIt]],
  ['one', [readOneFor]],
  ['end', [readFaultOnYourSide]],
  ['side', [readFaultOnYourSide]],
  ['already', [readAlreadyInMyLast, readAlreadyTold]],
  ['circling', [readCirclingBack]],
  ['circle', [readCirclingBack]],
  ['looping', [readCirclingBack]],
]);

/**
 * In a question, whether clause `c` asks: the last clause, or one opened by an auxiliary or a question word. Module-level
 * rather than a closure per sentence (perf36en: tsx names every closure it creates, a property write per sentence).
 */
function clauseAsks(toks: readonly Token[], lastClause: number | undefined, c: number): boolean {
  if (c === lastClause) return true;
  const first = toks.find((t) => t.word && t.clause === c);
  return /^(?:AUX)$/.test(first?.pos ?? '') || /^(?:why|how|what|did|was|were|is|are)$/.test(first?.norm ?? '');
}

/** The constructions above in one English sentence (offsets into it, never overlapping); nothing in a question or a condition. */
export const readKindsEn: GenericReader = (sentence, tokens) => {
  if (typeof sentence !== 'string' || sentence.length < 4) return [];
  const toks = tokens ?? analyzeSentenceTokens(sentence);
  if (!toks.length) return [];
  // A question reads nothing, but a statement before a closing request keeps its own clause ("…, so could you check …?").
  const question = isQuestion(toks);
  const lastClause = [...toks].reverse().find((t) => t.word)?.clause;
  const conditional = conditionalClauses(toks);
  const out: GenericHit[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t.word || t.lang !== 'en') continue;
    for (const read of BY_WORD.get(t.norm) ?? []) {
      const h = read(toks, i);
      if (!h || (inCondition(toks, conditional, i) && t.norm !== 'if') || (question && clauseAsks(toks, lastClause, t.clause)) || (out.length && h.start < out[out.length - 1].end)) continue;
      out.push(h);
      break;
    }
  }
  return out;
};
