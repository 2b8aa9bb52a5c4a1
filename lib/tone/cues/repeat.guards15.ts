/**
 * Repeat contact, session 15 guards (false alarms only): evidence that reads as an earlier contact but, read with its
 * construction, is about something else. Read off the repeat false alarms of every development split (late12, late11,
 * fresh3, late8, late7, dev3, …). repeat.ts asks noContactGuards15 beside aboutNoContact and noContact15: a cue whose
 * every piece of evidence is about no contact of the customer's is not shown.
 *
 * Kinds:
 * - A count that is really an identifier: «سفارش ۷۷۲۱۹ پیام دادم», "order 55102 emails": three digits or more before a
 *   contact noun name an order, not a number of messages (a round "100 emails" may still be a count).
 * - A reference that names the job, not a ticket: "the crown for case #4471 still hasn't arrived", "the handling of
 *   claim HX-20931" (the reference of the matter itself); and a reference quoted in a message that only says the goods
 *   came and thanks ("Ref: Ticket #88213 — the charger arrived today and works perfectly. Thank you!").
 * - An answer the customer may not get yet: "Should I not receive a response within fourteen days, …", "if I don't
 *   hear back by Friday": a condition about the future, not an answer waited for.
 * - The company's own document not come: "I still haven't received the appointment confirmation PDF" (a mail of the
 *   company's, not an answer to a contact of the customer's).
 * - Told by someone else: "Our solicitor completed today and we've been told the keys can't be released".
 * - Checking in on an order, not on a contact: "just checking in on the order I placed on the 2nd".
 * - A promise in the company's own letter: "I was assured in writing on 3 March that …".
 * - The fault counted, sent by the company: "this is the fourth time the wrong prescription has been sent".
 * - The company's person beside the customer at the event, no talk about the matter: "I've taken photos at the desk
 *   with your colleague" (not "my conversation with your colleague", "I spoke with your colleague").
 * - A thank-you note for a past contact that settled the matter: "Thank you so much to Jess on the phone yesterday, she
 *   sorted everything" (nothing asked, sent or continued; "Thanks for the call earlier. As discussed, I attach …" and
 *   «ممنون که دیروز صبور بودین … فقط بگین …؟» go on with the matter and stay a repeat).
 */
import { evidenceTokens, type CueContext } from '../cue.ts';
import type { ToneToken } from '../layer.ts';
import type { Evidence } from '../types.ts';

type T = readonly ToneToken[];

const CONTACT_NOUN = /^(?:e-?mails?|messages?|msgs?|calls?|tickets?|letters?|پیام(?!ک)|ایمیل|تیکت|تماس|نامه)/;
const ID_NOUN = /^(?:order|orders|booking|invoice|account|policy|ref|reference|no|number|سفارش|فاکتور|شماره|کد|حساب|قرارداد|بلیط|بلیت)$/;
const REF_NOUN = /^(?:case|claim|ticket|ref|reference|booking|order)$/;
/** What a reference may be asked about (then it is the customer's request): "any update on case 4471". */
const STATUS_NOUN = /^(?:updates?|status|progress|news|reply|replies|response|responses|answer|outcome|word|follow-?up|chase|me|my|our|your)$/;
const TICKET_STATE = /^(?:open|pending|unresolved|outstanding|closed|escalated|waiting|awaiting|update|updates|reply|replied|response|answer|answered|chasing|again)$/;
const ANSWER = /^(?:response|responses|reply|replies|answer|answers|word|news|update|updates|callback)$/;
const IF = /^(?:if|unless|until|till|should|otherwise|in case)$/;
const DOCUMENT = /^(?:confirmation|pdf|invoice|receipt|code|link|voucher|e-?tickets?|certificate|statement|card|contract|documents?|paperwork|label|password|pin|refund|parcel|package|order|item|goods)$/;
const THIRD_PARTY = /^(?:solicitor|solicitors|lawyer|conveyancer|landlord|bank|seller|courier|employer|school|council|airline|hotel|insurer|accountant|builder|vendor|buyer|buyers|sellers|mortgage|broker|doctor|gp|pharmacy|hospital)$/;
const TOLD = /^(?:told|informed|advised)$/;
const ORDERISH = /^(?:order|orders|parcel|package|delivery|shipment|booking|purchase|item|items)$/;
const CONTACT_ANY = /^(?:ticket|tickets|request|requests|email|emails|e-mail|message|messages|complaint|claim|below|case|call|chat|query|enquiry|inquiry)$/;
const PROMISE = /^(?:promised|assured|told|informed|confirmed|assurances?)$/;
const CHANNEL = /^(?:phone|call|called|chat|rang|spoke|branch|store|shop|desk|counter|agent|representative|colleague|team|advisor|adviser)$/;

/** Whether a piece of repeat evidence is, read with its construction, about no contact of the customer's (see above). */
export function noContactGuards15(ctx: CueContext, e: Evidence): boolean {
  const t: T = ctx.doc.tokens;
  const at = evidenceTokens(ctx, e);
  if (at.length === 0) return false;
  const keys = at.map((k) => t[k].key);
  return identifierCount(ctx, t, at, keys) || jobReference(ctx, t, at, keys) || futureAnswer(t, at, keys) || documentNotCome(t, at, keys) || toldBySomeoneElse(t, at, keys) || checkingOnOrder(t, at, keys) || promiseInWriting(t, at, keys) || faultSentAgain(t, at, keys) || thankYouNote(ctx, t, at) || presentAtEvent(t, at, keys);
}

/** «سفارش ۷۷۲۱۹ پیام», "order 55102 emails": the number names something; a round "100 emails" may be a count. */
export function identifierCount(ctx: CueContext, t: T, at: readonly number[], keys: readonly string[]): boolean {
  if (!at.slice(1).some((k) => CONTACT_NOUN.test(t[k].key))) return false;
  return identifierNumber(ctx, at[0], true);
}

/**
 * Whether the number token at i is an identifier, not a count (countedContacts in repeat.ts asks it before counting):
 * three digits or more named by an identifier's noun or a hash («سفارش ۷۷۲۱۹», "order #55102"), or, before a contact
 * noun (`beforeContact`), any such number that is not round ("100 emails" may be a count told large).
 */
export function identifierNumber(ctx: CueContext, i: number, beforeContact: boolean): boolean {
  const t: T = ctx.doc.tokens;
  const k = t[i]?.key ?? '';
  if (!/^\d{3,}$/.test(k)) return false;
  if (ID_NOUN.test(t[i - 1]?.key ?? '') || ctx.doc.text[t[i].start - 1] === '#') return true;
  return beforeContact && !/^[1-9]0+$/.test(k);
}

const A_NUMBER = /^(?:\d{3,}|[a-z]{1,4}-?\d[\w-]*)$/;

/** "the crown for case #4471", "the handling of claim HX-20931"; "Ref: Ticket #88213 — arrived today and works, thank you". */
function jobReference(ctx: CueContext, t: T, at: readonly number[], keys: readonly string[]): boolean {
  const i = at[0];
  if (!REF_NOUN.test(keys[0]) || keys.length > 3 || !at.some((k) => A_NUMBER.test(t[k].key))) return false;
  const of = t[i - 1];
  // … unless its sentence tells the state of a request ("the repair for ticket #5521 is still open").
  const waits = t.some((y) => y.sentence === t[i].sentence && TICKET_STATE.test(y.key));
  if (of && (of.key === 'for' || of.key === 'of') && of.sentence === t[i].sentence && t[i - 2] && t[i - 2].sentence === t[i].sentence && !STATUS_NOUN.test(t[i - 2].key) && !t[i - 2].verb && !waits) return true;
  // A message that only says the goods came and work, with thanks.
  const text = ctx.low;
  const came = /\b(?:arrived|came|was delivered|has been delivered|works perfectly|working perfectly|all sorted)\b/.test(text) && !/\b(?:not|n't|never|still|yet)\s+(?:\w+\s+)?(?:arrived|came|delivered|working)\b/.test(text);
  const thanks = /\bthank|\bthanks\b|\bcheers\b/.test(text);
  const talk = /\b(?:reply|replied|response|answer|explanation|spoke|called|rang|chat|email|e-mail|wrote|update|waiting|chasing|still|again|before|earlier|told|said)\b/.test(text);
  return came && thanks && !talk;
}

/** "Should I not receive a response within 14 days", "if I don't hear back by Friday": an answer not due yet. */
function futureAnswer(t: T, at: readonly number[], keys: readonly string[]): boolean {
  if (!keys.some((k) => ANSWER.test(k) || k === 'hear' || k === 'back')) return false;
  // A past reading in the evidence ("have not received a response") is an answer waited for.
  if (at.some((k) => t[k].past)) return false;
  const i = at[0];
  const x = t[i];
  for (let k = i - 1; k >= 0 && i - k <= 6 && t[k].clause === x.clause; k--) {
    if (!IF.test(t[k].key)) continue;
    // "should" opens the condition only as "Should I …" (not "you should have replied").
    if (t[k].key === 'should' && !/^(?:i|we)$/.test(t[k + 1]?.key ?? '')) continue;
    return true;
  }
  return false;
}

/** "I still haven't received the appointment confirmation PDF": the company's document, not an answer. */
function documentNotCome(t: T, at: readonly number[], keys: readonly string[]): boolean {
  const r = at.find((k) => t[k].lemma === 'receive' || t[k].lemma === 'get');
  if (r === undefined || !keys.includes('still') || keys.some((k) => ANSWER.test(k))) return false;
  const last = at[at.length - 1];
  const after = t.slice(last + 1, last + 6).filter((y) => y.clause === t[r].clause);
  const noun = after.find((y) => DOCUMENT.test(y.key) || ANSWER.test(y.key) || y.key === 'email' || y.key === 'letter' || y.key === 'call');
  return noun !== undefined && DOCUMENT.test(noun.key) && !after.some((y) => ANSWER.test(y.key) || y.key === 'back' || y.key === 'from');
}

/** A third party by its noun: "our solicitor", "the letting agent" (a bare "agent" may be the company's). */
const thirdParty = (t: T, k: number) => THIRD_PARTY.test(t[k].key) || (/^agents?$/.test(t[k].key) && /^(?:letting|estate|travel|booking|shipping|customs)$/.test(t[k - 1]?.key ?? ''));
const THEIR_CONTACT = /^(?:phoned|called|rang|emailed|e-mailed|wrote|texted|messaged|contacted)$/;

/**
 * "Our solicitor completed today and we've been told the keys can't be released", "the letting agent phoned this morning":
 * a third party told them, or got in touch with them.
 */
function toldBySomeoneElse(t: T, at: readonly number[], keys: readonly string[]): boolean {
  const v = at.findIndex((k) => THEIR_CONTACT.test(t[k].key));
  if (v === 0 && keys.length <= 4) {
    const k = at[0];
    if (t[k - 1] && t[k - 1].sentence === t[k].sentence && thirdParty(t, k - 1) && t[k - 2]?.key !== 'your') return true;
  }
  if (keys.length > 4 || !keys.some((k) => TOLD.test(k)) || !/^(?:i|we)$/.test(keys[0])) return false;
  const i = at[0];
  const last = at[at.length - 1];
  const s = t[i].sentence;
  if (t.slice(last + 1, last + 5).some((y) => y.sentence === s && (y.key === 'by' || y.key === 'you' || y.key === 'your'))) return false;
  const before = t.slice(Math.max(0, i - 12), i).filter((y) => y.sentence === s);
  return before.some((y) => thirdParty(t, t.indexOf(y))) && !before.some((y) => y.key === 'you' || y.key === 'your' || (CHANNEL.test(y.key) && !thirdParty(t, t.indexOf(y))));
}

/** "just checking in on the order I placed on the 2nd": an order's progress asked for the first time. */
function checkingOnOrder(t: T, at: readonly number[], keys: readonly string[]): boolean {
  const c = at.find((k) => t[k].key === 'checking');
  if (c === undefined || t[c + 1]?.key !== 'in') return false;
  const s = t[c].sentence;
  const after = t.slice(c + 2, c + 6).filter((y) => y.sentence === s);
  if (after[0]?.key !== 'on' && after[0]?.key !== 'about') return false;
  const noun = after.slice(1).find((y) => !/^(?:the|my|our|this|that|an?)$/.test(y.key));
  if (!noun || !ORDERISH.test(noun.key)) return false;
  // "the order I emailed you about", "my order and my ticket": a contact named in the sentence.
  return !t.some((y) => y.sentence === s && (CONTACT_ANY.test(y.key) || ((y.lemma === 'email' || y.lemma === 'call' || y.lemma === 'write') && y.past)));
}

/** "I was assured in writing on 3 March that …": the company's own letter, not a contact of the customer's. */
function promiseInWriting(t: T, at: readonly number[], keys: readonly string[]): boolean {
  if (keys.length > 4 || !keys.some((k) => PROMISE.test(k))) return false;
  const last = at[at.length - 1];
  const s = t[last].sentence;
  const w = t.slice(last + 1, last + 4).findIndex((y, k, a) => y.key === 'in' && a[k + 1]?.key === 'writing');
  if (w < 0) return false;
  return !t.some((y) => y.sentence === s && (CHANNEL.test(y.key) || (y.lemma === 'email' && y.past) || y.key === 'when'));
}

/** "the fourth time the wrong prescription has been sent": the company's sending counted, not the customer's contacts. */
function faultSentAgain(t: T, at: readonly number[], keys: readonly string[]): boolean {
  if (keys.length > 2 || keys[keys.length - 1] !== 'time' || !/^(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))$/.test(keys[0])) return false;
  const i = at[0];
  const x = t[i];
  const clause = t.filter((y) => y.sentence === x.sentence && y.clause === x.clause);
  const sent = clause.filter((y) => y.lemma === 'send' || y.lemma === 'deliver' || y.lemma === 'dispatch' || y.lemma === 'ship' || y.lemma === 'charge' || y.lemma === 'bill');
  if (sent.length === 0) return false;
  const passive = sent.every((y) => {
    const k = t.indexOf(y);
    return /^(?:been|was|were|be|being|is|are|got)$/.test(t[k - 1]?.key ?? '');
  });
  const mine = clause.some((y) => y.key === 'i' || y.key === 'we' || y.key === 'my' || CONTACT_ANY.test(y.key) || y.lemma === 'write' || y.lemma === 'call' || y.lemma === 'email' || y.lemma === 'contact' || y.lemma === 'ask');
  return passive && !mine;
}

const THANKS = /^(?:thank|thanks|thankyou|ممنون|ممنونم|مرسی|سپاس|سپاسگزارم|متشکرم|تشکر)$/;
/** What goes on with the matter after thanks: a question, a request, something sent, one more thing. */
const GOES_ON = /\?|؟|\b(?:please|could you|can you|would you|attach(?:ed|ing)?|as (?:discussed|promised|agreed|requested)|one more|another|follow(?:ing)?[- ]up|also|still|but|however|just to confirm|let me know|unfortunately|only|not|never|persists?|finally)\b|n't\b|لطفا|لطفاً|بفرستم|بگین|بگید|پیوست|فقط|ولی|اما|هنوز/i;

/** The matter told settled: "she sorted everything", "works perfectly now", «حل شد». */
const SETTLED = /\b(?:sorted|fixed|resolved|solved|works|working|perfect|perfectly|brilliant|lovely|helpful|made my (?:day|week))\b|حل شد|درست شد|اوکیه|عالی بود/i;

/** "Thank you so much to Jess on the phone yesterday, she sorted everything": thanks, nothing more to do. */
function thankYouNote(ctx: CueContext, t: T, at: readonly number[]): boolean {
  const i = at[0];
  const s = t[i].sentence;
  const thanked = t.slice(Math.max(0, i - 8), i).some((y) => y.sentence === s && THANKS.test(y.key));
  return thanked && SETTLED.test(ctx.doc.text) && !GOES_ON.test(ctx.doc.text);
}

const STAFF = /^(?:colleague|colleagues|staff|rep|representative|representatives|agent|agents)$/;
const PLACE = /^(?:desk|counter|store|shop|branch|showroom|depot|site|property|flat|house|premises|car|vehicle|van|collection|pickup|handover|photos|pictures|inventory)$/;
const TALK = /^(?:conversation|conversations|chat|chats|call|calls|called|phone|phoned|spoke|spoken|speak|talked|talk|discussed|discussion|told|said|say|asked|ask|explained|email|emailed|emails|message|messages|ticket|complaint|promised|assured|advised|informed|agreed|mentioned|rang|wrote|letter|meeting)$/;

/** "I've taken photos at the desk with your colleague": the company's person was there, no word passed about the matter. */
function presentAtEvent(t: T, at: readonly number[], keys: readonly string[]): boolean {
  if (keys.length > 3 || !STAFF.test(keys[keys.length - 1])) return false;
  const i = at[0];
  const you = keys[0] === 'your' ? i : t[i - 1]?.key === 'your' ? i - 1 : -1;
  if (you < 1 || t[you - 1].key !== 'with') return false;
  const s = t[i].sentence;
  const sentence = t.filter((y) => y.sentence === s);
  // The customer did something with the person: "I've taken photos … with your colleague", a verb of doing, not of talk.
  const did = sentence.some((y) => (y.key === 'i' || y.key === 'we') && y.start < t[you].start);
  // … at the place of the event (the desk, the car, the flat), not a session with support ("went through the setup with your colleague").
  const there = sentence.some((y) => PLACE.test(y.key));
  return did && there && !sentence.some((y) => TALK.test(y.key) || (y.verb && TALK.test(y.lemma)));
}
