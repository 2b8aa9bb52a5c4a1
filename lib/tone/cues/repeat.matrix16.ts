/**
 * Repeat contact, session 16 (trep9, read off the repeat variant matrix scripts/tone-repeat-matrix.ts, not off any
 * split): **a count or "again" is a repeat contact only when the contact word that heads it is a contact act of the
 * customer's towards the company.** repeat.ts already drops a count with no contact word in its sentence ("crashed
 * again, third time today"); this generalises that condition to sentences whose contact words are there but are no
 * contact act:
 *
 * - **the contact word names a product or its fault**: "my calls keep dropping again", "the messages app crashed for
 *   the third time", "the chat window froze again", "emails … are bouncing again", "the ticket scanner rejected my
 *   ticket twice", "I cannot send messages again", «تماس‌هام دوباره قطع میشه», «فرم ثبت‌نام باز هم ارور میده»;
 * - **someone else's contact**: made to a third party ("I called my bank twice", "emailed the seller again",
 *   «دو بار به بانک زنگ زدم») or by one ("your automated call rang me three times", "my landlord messaged me again");
 * - **a message the customer received**, not sent: "the delivery text said again", "I got two confirmation emails";
 * - **a ticket bought**: "I bought two tickets again for the show";
 * - **an answer to the agent's own request**: "As you asked, here are the photos again", «طبق خواسته شما … دوباره
 *   فرستادم» (the labelling rule counts a reply to the agent's own question as no repeat contact).
 * - **"again" that asks to be reminded**: "Sorry, what was the phone number again?";
 * - **a greeting "again" before a new matter**: "Hello again! Quick question about a different order", "Sorry to bother you
 *   again, separate question: …" (not "one more question", a follow-up; not when the message asks for news or an update).
 *
 * Only the evidence of a count or "again" in such a sentence is judged; a sentence with any other contact word that is
 * an act ("I called twice and my calls keep dropping") or with chasing words ("still no reply") keeps its cue.
 */
import type { CueContext } from '../cue.ts';
import type { Evidence } from '../types.ts';

// Regular expressions the functions below test per token or per character, made once (a literal inside a function is a new object each time it is reached).
const SENTENCE_END = /[.!?؟\n]/;

const COUNT_EN = /\b(?:again|twice|thrice|times|time|another|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|once more|repeatedly)\b/i;
const COUNT_FA = /دوباره|باز\s*هم|بار|مجدد|سومین|دومین|چندمین|هنوز/;

/** Contact words, English (acts and their nouns). */
const CONTACT_EN = /\b(?:e-?mail(?:s|ed|ing)?|emailled|mails?|call(?:s|ed|ing)?|rang|ring(?:ing)?|phon(?:e|ed|ing)|chat(?:s|ted|ting)?|tickets?|messag(?:e|es|ed|ing)|msgs?|texts?|texted|dms?|dm'?d|forms?|wrote|writ(?:e|ing)|voicemails?|requests?|complaints?|letters?)\b/gi;
/** The noun forms among them (a noun can be a product that fails; a verb is the customer's act). */
const NOUN_EN = /^(?:e-?mails?|mails?|calls?|phones?|chats?|tickets?|messages?|msgs?|texts?|dms?|forms?|voicemails?)$/i;
/** "my calls", "all calls": the customer's phone service, not one call to the company. */
const SERVICE_BEFORE = /\b(?:my|our|all|phone|video|incoming|outgoing)\s+$/i;
/** A person of the company after the noun: "chat agent", "email team": a contact. */
const PERSON_AFTER = /^\s+(?:agents?|team|support|reps?|representatives?|advis[eo]rs?|operators?|person|staff|desk|department|centre|center|line)\b/i;
/** Contact words, Persian. */
const CONTACT_FA = /ایمیل|تماس|تیکت|پیام(?!ک)|پیامک|زنگ|چت|فرم|نامه|درخواست/g;
/** A light verb right after a Persian contact word makes it the customer's act: «زنگ زدم», «پیام دادم», «تماس گرفتم». */
const LIGHT_FA = /^\S*\s*(?:زد|زدم|زدیم|میزن|می‌زن|گرفت|میگیر|می‌گیر|داد|میدم|می‌دم|میدیم|فرستاد|میفرست|کرد|ثبت(?!‌?نام)|نوشت|گذاشت|بزن|بگیر|بدم|بفرست)/;

/** Right after the contact word: a product it names ("messages app", "chat window", "ticket scanner"). */
const PRODUCT_AFTER = /^\s*(?:app|apps|application|window|widget|box|button|page|scanner|server|client|inbox|account|address|feature|function|settings|notifications?|icon|bubble|history|quality|signal|plan|bundle|allowance|minutes)\b/i;
/** Soon after it (same clause): a fault it suffers. */
const FAULT_AFTER = /^\s+(?:(?!(?:about|regarding|re|to|for|and|but|because|since|i|you|we|he|she|they)\b)[\w']+\s+){0,5}?(?:drop(?:s|ped|ping)?|crash(?:es|ed|ing)?|froze|freez(?:es|ing)|bounc(?:e|es|ed|ing)|fail(?:s|ed|ing)?|errors?|glitch\w*|disconnect\w*|cut(?:s|ting)? (?:out|off)|logged me out|log(?:s|ged)? me out|rejected|(?:not|isn'?t|aren'?t|wont|won'?t|doesn'?t|don'?t|didn'?t) (?:load|loading|work|working|send|sending|open|opening|connect|go through|come through)|gives? (?:an? )?error|(?:is|are) (?:down|broken|dead)|(?:not )?(?:coming|come|getting|get) (?:thru|through|in)|stop(?:s|ped)? working|go(?:es|ing)? (?:to|into) (?:spam|junk)|not (?:arriving|delivering|syncing)|stuck)\b/i;
/** Just before it: the customer cannot make it (a fault), or it is a machine's message. */
const CANNOT_BEFORE = /\b(?:can ?not|can'?t|cant|unable to|won'?t let me|doesn'?t let me|not able to)\s+(?:\w+\s+){0,1}(?:send|make|receive|get|open|see|load|place)\s+(?:\w+\s+)?$/i;
const MACHINE_BEFORE = /\b(?:confirmation|verification|marketing|automated|automatic|promotional|delivery|tracking|dispatch|shipping|otp|spam|reminder|welcome|robo|recorded|survey|newsletter|promo|sales|advertising|ad)\s+$/i;
/** Just before it: the customer received it ("I got two …", "I keep getting your …", "the … said"). */
const RECEIVED_BEFORE = /(?:^\s*|\b(?:i|we|i've|ive|i have|we have|i keep|we keep|i kept|i just|i also)\s+)(?:(?:got|get|getting|receiv(?:e|ed|ing)|been getting|been receiving))\s+(?:(?!my|our|your reply|a reply|an answer|no|any)\w+\s+){0,3}$/i;
const SAYS_AFTER = /^\s*(?:said|says|saying|told me|rang me|called me|came|arrived|keeps? coming)\b/i;
/** A ticket bought or used. */
const BOUGHT_BEFORE = /\b(?:bought|buy|buying|purchased|booked|book|train|bus|flight|plane|concert|show|match|event|festival|cinema|movie|lottery|parking|raffle)\s+(?:\w+\s+){0,2}$/i;
/** A contact verb aimed at the customer by a machine: "your automated call rang me", "a recorded message called us". */
const MACHINE_SUBJECT = /\b(?:automated|automatic|robo|recorded|marketing|system|bot|robot|computer)\s+(?:\w+\s+){0,2}$/i;
const AT_ME = /^\s+(?:me|us)\b/i;
/** A ticket that is a seat or a pass, when the sentence is about one: "the second ticket in my order has the wrong seat". */
const TICKET = /^tickets?$/i;
const TICKET_BOUGHT = /\b(?:seats?|show|concert|gig|gate|venue|train|flight|match|festival|cinema|movie|theatre|theater|event|booking|scanner|entry|printed|print|qr|barcode|name on|in my order|refund for one|fare|platform|boarding)\b/i;
/** A third party the contact went to or came from. */
const THIRD = "(?:bank|seller|courier|driver|landlord|airline|insurer|insurance(?: company)?|police|council|shop|store|merchant|post office|postman|vendor|card issuer|provider|doctor|school|neighbou?r|lawyer|solicitor|dhl|ups|fedex|royal mail|hermes|evri|amazon|paypal|employer|boss|builder|plumber)";
const TO_THIRD_AFTER = new RegExp(`^\\s+(?:(?:to|with)\\s+)?(?:my|the|our|their|his|her|a)\\s+(?:\\w+\\s+)?${THIRD}\\b`, 'i');
const BY_THIRD_BEFORE = new RegExp(`\\b(?:my|the|our|their|his|her|a)\\s+(?:\\w+\\s+)?${THIRD}\\s+(?:has\\s+|had\\s+|have\\s+)?$`, 'i');

/** Persian: a fault of the contact word's product, right after it in its clause. */
const FAULT_AFTER_FA = /^\s*(?:\S+\s+){0,3}?(?:قطع(?!ه|ی)|ارور|خطا|از\s*کار\s*افتا|بالا\s*نمیا|باز\s*نمیش|کار\s*نمی|هنگ|نمیاد|نمی‌?آید|لود\s*نمیش)/;
/** Persian: a third party it went to: «به بانک زنگ زدم», «به فروشنده پیام دادم». */
const TO_THIRD_FA = /(?:به|با)\s+(?:بانک|فروشنده|پیک|پست|صاحب\s*خونه|صاحبخانه|بیمه|پلیس|همسایه|فروشگاه|راننده|شرکت\s*پست)\S*\s+(?:\S+\s+){0,2}$/;
const RECEIVED_FA = /^\S*\s*(?:\S+\s+){0,4}(?:برام|برایم|واسم)\s+(?:اومد|آمد|میاد|می‌آید)/;

/** Chasing words: with them the sentence is still about an earlier contact. */
const CHASE = /\b(?:still (?:no|not|nothing|waiting|haven'?t|hasn'?t)|no (?:reply|answer|response|one|body)|nobody|never (?:heard|got|replied)|chasing|follow(?:ing)?[- ]?up|waiting)\b|هنوز\s+(?:جواب|خبر|پاسخ)|جوابی|کسی جواب|پیگیری/i;
/** An answer to the agent's own request or question. */
const ANSWERING = /\b(?:as (?:you )?(?:asked|requested)|as per your (?:request|question)|to answer your question|in (?:answer|reply|response) to your (?:question|request)|answering your question|you asked (?:for|me|when|which|what|how|if|whether))\b|طبق\s+(?:خواسته|درخواست)\s+(?:شما|تون)|همون‌?\s*طور\s+که\s+خواست|در\s+(?:جواب|پاسخ)\s+(?:سوال|سؤال)/i;

/** The customer's own earlier contact named: "my email last Thursday", "following on from", «پیام قبلیم». */
const OWN_CONTACT = /\b(?:my|our)\s+(?:\w+\s+)?(?:e-?mails?|messages?|calls?|tickets?|letters?|requests?|complaints?|chats?)\b|\b(?:following (?:on )?(?:from|up)|further to)\b|(?:ایمیل|پیام|تیکت|درخواست)\S*\s*(?:قبلی|قبلیم)/i;

/** "What was the number again?": "again" that asks to be reminded, whatever the thing asked about. */
const REMIND_ME = /\bwhat(?:'s|s| was| is| were| are)\b[^.!?\n]{0,60}\bagain\s*\??\s*$/i;
/** A greeting "again" ("Hello again", "Sorry to bother you again") and a new matter said in  the same message. "One more
 * question" is a follow-up of the same matter and stays a repeat contact (tests/unit/tone/repeat-urgency-kinds.test.ts). */
const GREET_AGAIN = /^(?:hi|hello|hey|hiya|me|(?:sorry to )?(?:bother|trouble|pester)(?:ing)? you|it'?s me)\s+again\b/i;
const NEW_MATTER = /\b(?:(?:a |an )?(?:new|different|separate|unrelated) (?:question|query|thing|matter|issue|order|item|product|account|topic)|something else|unrelated|nothing to do with)\b/i;

function sentenceAround(text: string, from: number, to: number): [number, number] {
  let a = from;
  while (a > 0 && !SENTENCE_END.test(text[a - 1])) a--;
  let b = to;
  while (b < text.length && !SENTENCE_END.test(text[b])) b++;
  return [a, b];
}

/** Whether one contact word, at [s, e) of the sentence, is no contact act of the customer's towards the company. */
function notAnAct(sent: string, s: number, e: number, fa: boolean): boolean {
  const before = sent.slice(Math.max(0, s - 60), s);
  const after = sent.slice(e, e + 60);
  const word = sent.slice(s, e);
  if (fa) {
    if (TO_THIRD_FA.test(before)) return true;
    if (LIGHT_FA.test(after)) return false;
    if (/^(?:درخواست|نامه|زنگ|تیکت)$/.test(word)) return RECEIVED_FA.test(after);
    const rest = after.replace(/^\S*/, '');
    return (word !== 'تماس' || /^(?:‌?ها|ام|هام|‌هام|امو)/.test(after)) && FAULT_AFTER_FA.test(rest) || RECEIVED_FA.test(after);
  }
  if (TICKET.test(word) && TICKET_BOUGHT.test(sent)) return true;
  if (AT_ME.test(after) && MACHINE_SUBJECT.test(before)) return true;
  if (TO_THIRD_AFTER.test(after) || BY_THIRD_BEFORE.test(before)) return true;
  // "on my phone", "her phone": the device, not a phone call.
  if (/^phone$/i.test(word) && /\b(?:my|his|her|our|their|new|old)\s+$/i.test(before)) return true;
  if (!NOUN_EN.test(word) || PERSON_AFTER.test(after)) return false;
  if (/^calls?$/i.test(word) && !SERVICE_BEFORE.test(before) && !MACHINE_BEFORE.test(before)) return false;
  // "the second phone I have bought from you": a thing bought.
  if (/^\s+(?:that\s+|which\s+)?(?:i|we)(?:'ve|ve| have| had)?\s+(?:bought|ordered|purchased|got|had|own(?:ed)?)\b/i.test(after)) return true;
  return PRODUCT_AFTER.test(after) || FAULT_AFTER.test(after) || CANNOT_BEFORE.test(before) || MACHINE_BEFORE.test(before)
    || RECEIVED_BEFORE.test(sent.slice(0, s)) || SAYS_AFTER.test(after) || BOUGHT_BEFORE.test(before);
}

/** The contact patterns with the flags noContactAct16 reads them with, made once (its walk resets lastIndex first). */
const CONTACT_EN_I = new RegExp(CONTACT_EN.source, 'i');
const CONTACT_FA_I = new RegExp(CONTACT_FA.source, 'i');
const CONTACT_EN_GI = new RegExp(CONTACT_EN.source, 'gi');
const CONTACT_FA_G = new RegExp(CONTACT_FA.source, 'g');

/** Whether a piece of repeat evidence is a count or "again" whose sentence holds no contact act (see above). */
export function noContactAct16(ctx: CueContext, e: Evidence): boolean {
  const text = ctx.doc.text;
  const start = e.start - ctx.offset;
  const end = e.end - ctx.offset;
  if (start < 0 || end > text.length || start >= end) return false;
  const ev = e.text ?? text.slice(start, end);
  if (!(ctx.fa ? COUNT_FA : COUNT_EN).test(ev) && !(ctx.fa ? CONTACT_FA_I : CONTACT_EN_I).test(ev)) return false;
  if (GREET_AGAIN.test(ev.trim())) return NEW_MATTER.test(text) && !CHASE.test(text) && !/\b(?:any (?:update|news)|update on|news on|heard back)\b/i.test(text);
  const [a, b] = sentenceAround(text, start, end);
  const sent = text.slice(a, Math.min(text.length, b + 1));
  if (REMIND_ME.test(sent)) return true;
  if (CHASE.test(sent)) return false;
  if (ANSWERING.test(sent) && !OWN_CONTACT.test(sent) && (ctx.fa ? COUNT_FA : COUNT_EN).test(ev)) return true;
  const re = ctx.fa ? CONTACT_FA_G : CONTACT_EN_GI;
  re.lastIndex = 0;
  let any = false;
  for (let m = re.exec(sent); m; m = re.exec(sent)) {
    any = true;
    if (!notAnAct(sent, m.index, m.index + m[0].length, ctx.fa)) return false;
  }
  return any;
}
