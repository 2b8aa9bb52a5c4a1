/**
 * Repeat contact, session 32 (rep32), English first, then Persian and Finglish: kinds missed over late20-late31 in three splits or more. Tried on
 * scripts/tone-rep32-matrix.ts (REPEAT32: positives and close contrasts across trades, registers and mail clients),
 * never on a development sentence's nouns. Read only where the older readers found too little (repeat.ts).
 *
 * - **a reply in the company's thread, the matter outlived it** ({@link threadOutlived}; seen in late23, late27, late28,
 *   late30, late31): the customer writes above (or below) the company's quoted reply to them (a header "On … wrote:",
 *   "From: …", "-----Original Message-----", and the reply's own words: "thanks for getting in touch", "we're looking into
 *   it", "we've processed a refund", "your reference is …") and the new words say it did not settle it: a bare "??", "That
 *   doesn't answer my question", "That was two weeks ago", "It's been … for 9 days", "just checking on this … not … yet".
 *   The older quotedReply (repeat.wide.ts) read only a support-named author and "still / again / any news". Not a
 *   marketing mail or a shipping notice answered for the first time (no words of a reply to the customer: "Our sale ends
 *   tonight", "Your order has shipped"), nor a forwarded mail, nor a thank-you for a matter settled, nor an answer to the
 *   agent's question ("Yes, Tuesday is fine"): writers split on those, and a false cue costs more than a miss.
 * - **an earlier mail or a counted contact in learner English** ({@link learnerContact}; seen in late24, late28, late29,
 *   late30): "I write you third time", "I am writing 4th time", "I sent email 2 days ago", "Yesterday I sent email about…",
 *   "I write already one email on 20 June": the article the older readers wait for is missing. Not a plan ("I will send
 *   email tomorrow"), nor a mail to someone else ("I sent email to my landlord yesterday"), nor a present habit.
 *
 *   In Persian too: «؟؟» alone above a quoted reply of the company's («> مشترک گرامی، درخواست شما ثبت شد …»; late29,
 *   late30, late31); not above an advert («تخفیف», «جشنواره»).
 * - **a Persian letter that names its own earlier letter or mail** ({@link letterFa}; late28, late30, late31): «علی‌رغم
 *   ارسال ایمیل در تاریخ‌های …», «طی نامه‌ای … ارائه نمودم», «همان‌گونه که در نامه مورخ … به اطلاع رسانده شد».
 * - **Finglish earlier messages and chasing** ({@link finglish32}; late28, late29, late30, late31): "dirooz ham to chat
 *   porsidam", "bare sevome payam midam", "3 rooze daram payam midam", "khabari nashod?".
 *
 * Evidence: the quoted reply's header (or its reply words) and the new words that say it outlived it; the contact words.
 */
import type { CueContext } from '../cue.ts';
import { mayMatch, readerGate } from '../textgate.ts';
import type { Evidence } from '../types.ts';

/** A header of quoted history: "On … wrote:", "From: …", "-----Original Message-----". */
const HEADER = /^[>\s]*(?:on\b.{3,160}\bwrote\s*:?\s*$|from:\s*\S.*$|-{2,}\s*original message\s*-*\s*$)/i;
const FORWARDED = /forwarded message|^[>\s]*(?:fwd?|fw):/im;
/** What a company's reply to the customer says (not a newsletter or a shipping notice). */
const REPLY_WORDS =
  /\b(?:thank(?:s| you) for (?:getting in touch|contacting us|reaching out|your (?:patience|e-?mail|message|enquiry|inquiry|query|complaint))|sorry (?:for the delay|to hear)|we(?:'re| are) (?:looking into|investigating)|we(?:'ve| have) (?:processed|passed|cleared|escalated|raised|logged|received your|forwarded|reviewed|issued|arranged|booked)|(?:has|have) been (?:passed|escalated|raised|logged|forwarded) to|we(?:'ll| will) (?:get back|be in touch|update you|contact you|respond|reply)|we aim to (?:respond|reply|get back)|one of our (?:team|agents|advisors|advisers)|your (?:reference|ref|ticket|case) (?:is|number|no)|(?:could|can) you (?:please )?(?:confirm|send|tell))\b/i;

/** A Persian reply of the company's quoted: «درخواست شما … ثبت شد», «مشترک گرامی», «ظرف ۴۸ ساعت», signed «پشتیبانی …». */
const REPLY_WORDS_FA = /(?:درخواست|سفارش|تیکت|پرونده)\s*(?:\S+\s+){0,2}?شما|(?:مشترک|کاربر|مشتری)\s+گرامی|ظرف\s+[\d۰-۹]+\s+(?:ساعت|روز)|پشتیبانی/;
/** Words of an advert or newsletter: a first answer to it is no thread with the company. */
const ADVERT_FA = /تخفیف|حراج|جشنواره|کد\s*تخفیف|خبرنامه/;

/** New words that say the reply did not settle it (beyond quotedReply's "still", "again", "any news"). */
const OUTLIVED: readonly RegExp[] = [
  /^[\s?!.؟]*[?؟][\s?!.؟]*$/, // "??", «؟؟» alone
  /\b(?:doesn'?t|does not|didn'?t|did not|hasn'?t|has not)\s+(?:really\s+|actually\s+)?answer(?:ed)?\s+(?:my|our|the)\s+(?:question|query|point)\b/i,
  /\bnot what (?:i|we) asked\b/i,
  /\bthat was (?:\w+|\d+) (?:days?|weeks?|months?) ago\b/i,
  /\b(?:it'?s|it has) been\b[^.!?\n]{0,40}?\bfor (?:\w+|\d+) (?:days?|weeks?|months?)\b/i,
  /\bjust (?:checking|following up|chasing)\b[^.!?\n]{0,60}\b(?:yet|still|not|n't)\b/i,
  // Not "still … no / won't" alone: that is the fault told in an answer to the agent's question (session 18's contrast).
  /\b(?:haven'?t|have not|hasn'?t|has not) (?:seen|received|had|heard|got)\b[^.!?\n]{0,40}\byet\b/i,
];
/** A thank-you for a matter settled, nothing open. */
const SETTLED = /\b(?:fixed|sorted|resolved|working now|all working|that worked|has arrived|came through)\b/i;

function lineAt(text: string, re: RegExp): { start: number; end: number } | null {
  let at = 0;
  for (const line of text.split('\n')) {
    if (re.test(line)) {
      const lead = /^[>\s]*/.exec(line)?.[0].length ?? 0;
      return { start: at + lead, end: at + line.trimEnd().length };
    }
    at += line.length + 1;
  }
  return null;
}

/** The quoted history: below the latest words (parts.quoted), or above them when the customer wrote under the quote. */
function quotedRegion(ctx: CueContext): { start: number; end: number } | null {
  const q = ctx.parts.quoted;
  if (q) return { start: q.start, end: q.end };
  const before = ctx.message.slice(0, ctx.offset);
  return /^[ \t]*>/m.test(before) ? { start: 0, end: ctx.offset } : null;
}

/** A reply in the company's thread whose matter outlived the reply. */
function threadOutlived(ctx: CueContext): Evidence[] {
  const q = quotedRegion(ctx);
  if (!q) return [];
  const own = ctx.doc.text;
  let said: RegExpExecArray | null = null;
  for (const re of OUTLIVED) if ((said = re.exec(own))) break;
  if (!said) return [];
  if (SETTLED.test(own) && !/\b(?:still|not|n't|never|yet)\b/i.test(own)) return [];
  const body = ctx.message.slice(q.start, q.end);
  if (FORWARDED.test(body)) return [];
  // «؟؟» above a Persian reply of the company's («> مشترک گرامی، درخواست شما ثبت شد»): its header, or its reply words.
  if (said.index === 0 && /[\u0600-\u06FF]/.test(body) && !ADVERT_FA.test(body)) {
    const fa = REPLY_WORDS_FA.exec(body);
    if (!fa) return [];
    const h = lineAt(body, /نوشت\s*:?\s*$|wrote\s*:?\s*$/i) ?? { start: fa.index, end: fa.index + fa[0].length };
    return [ctx.ev({ start: q.start + h.start, end: q.start + h.end }, 'tone.why.quotedReply', 0), ctx.ev({ start: said.index, end: said.index + said[0].length }, 'tone.why.quotedReply')];
  }
  if (!REPLY_WORDS.test(body)) return [];
  const head = lineAt(body, HEADER);
  if (!head) return [];
  return [
    ctx.ev({ start: q.start + head.start, end: q.start + head.end }, 'tone.why.quotedReply', 0),
    ctx.ev({ start: said.index, end: said.index + said[0].length }, 'tone.why.quotedReply'),
  ];
}

/** "I write you third time", "I am writing 4th time": a contact counted without its article. */
const COUNTED = /\b(?:i|we)(?:'m| am| are)?\s+(?:already\s+)?(?:write|writing|call|calling|contact|contacting|email|emailing|message|messaging)\s+(?:to\s+)?(?:you\s+|u\s+)?(?:already\s+)?(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th|[1-9]th)\s+time\b(?!\s*(?:customers?|buyers?|users?|visitors?|lucky)\b)/i;
/** "I sent email 2 days ago", "I write already one email on 20 June": an earlier mail without its article. */
const SENT_BARE = /\b(?:i|we)\s+(?:already\s+)?(?:sent|send|write|wrote)\s+(?:already\s+)?(?:one\s+)?(?:e-?mail|mail|message|msg)\b/i;
/** When it was sent: a past moment in the same sentence. */
const PAST = /\b(?:ago|yesterday|already|last (?:week|night|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this morning|earlier|before|on (?:\d|the \d|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|at \d)/i;
/** The mail went to someone else, or is a plan. */
const ELSEWHERE = /\bto (?:my|his|her|our|their|the) (?:landlord|bank|seller|friend|boss|lawyer|solicitor|school|doctor|agent|insurer|manager|wife|husband|family)\b|\btomorrow\b/i;
/** A question or plan before the customer's sending: "Can I send email …", "Should we send message …". */
const ASKED_BEFORE = /\b(?:can|could|should|shall|may|must|will|do)\s*$/i;
const GATE = readerGate([/time/, /mail/, /message/, /msg/]);

function learnerContact(ctx: CueContext): Evidence[] {
  if (!mayMatch(ctx.low, GATE)) return [];
  const own = ctx.doc.text;
  const c = COUNTED.exec(own);
  if (c) return [ctx.ev({ start: c.index, end: c.index + c[0].length }, 'tone.why.contactCount')];
  let at = 0;
  for (const sentence of own.split(/(?<=[.!?\n])/)) {
    const m = SENT_BARE.exec(sentence);
    if (m && PAST.test(sentence) && !ELSEWHERE.test(sentence) && !ASKED_BEFORE.test(sentence.slice(0, m.index))) return [ctx.ev({ start: at + m.index, end: at + m.index + m[0].length }, 'tone.why.earlierContact')];
    at += sentence.length;
  }
  return [];
}

/**
 * Finglish earlier messages and chasing: "dirooz ham to chat porsidam", "dirooz … payam dadam", "bare sevome payam midam",
 * "3 rooze daram payam midam", "khabari nashod?" (as «خبری نشد؟» in Persian script already reads).
 */
const FINGLISH32 =
  /\b(?:(?:dirooz|diruz|parooz|(?:\d+|do|se|ye)\s+rooz\s+pish|hafte\s+pish)\s+(?:ham\s+)?(?:(?:to|tu|dar|az)\s+\w+\s+)?(?:(?:dar\s+)?morede\s+\S+\s+(?:\d+\s+)?)?(?:porsidam|payam\s+dadam|email\s+dadam)|bare?\s+(?:dovom|sevom|chaharom|\d+om)e?\s+(?:ke\s+)?(?:payam|zang|email)\s+(?:midam|mizanam|dadam|zadam)|(?:\d+|chand|do|se)\s+(?:rooze?|hafte(?:ye)?)\s+daram\s+(?:payam|zang|email)\s+(?:midam|mizanam)|khabari\s+nashod|(?:\d|do|se|chand)\s+bar(?:e)?\s+ham\s+(?:\S+\s+){0,3}?porsidam)\b/;
const FINGLISH_GATE = readerGate([/porsidam/, /dadam/, /midam/, /mizanam/, /zadam/, /khabari/]);
/** To someone of the customer's own ("be doostam payam dadam"). */
const OWN_PEOPLE = /\bbe\s+(?:doostam|dustam|maman|mamanam|baba|babam|khaharam|baradaram|hamsayam)\b/;

function finglish32(ctx: CueContext): Evidence[] {
  if (!mayMatch(ctx.low, FINGLISH_GATE)) return [];
  const m = FINGLISH32.exec(ctx.low);
  if (!m || OWN_PEOPLE.test(ctx.low)) return [];
  return [ctx.ev({ start: m.index, end: m.index + m[0].length }, /khabari/.test(m[0]) ? 'tone.why.chasing' : 'tone.why.earlierContact')];
}

/**
 * A Persian letter that names its own earlier letter or mail: «علی‌رغم ارسال ایمیل در تاریخ‌های ۵ و ۱۲ خرداد», «طی نامه‌ای
 * … ارائه نمودم», «همان‌گونه که در نامه مورخ … به اطلاع رسانده شد», «پیرو نامه شماره …». Not a letter sent now («به پیوست
 * نامه … ارسال می‌گردد»), nor the company's letter received («نامه شما دریافت شد»), nor a letter from someone else.
 */
const LETTER_FA: readonly RegExp[] = [
  /(?:علی[\s\u200c]*رغم|علیرغم|با[\s\u200c]*وجود)\s+ارسال\s+(?:\S+\s+){0,2}?(?:نامه|ایمیل|مکاتبه|درخواست)/,
  /طی\s+(?:دو\s+|سه\s+|چند\s+)?(?:فقره\s+)?(?:نامه|مکاتبه)[^.؟!\n]{0,90}?(?:ارائه|ارسال|تقدیم)[\s\u200c]*(?:نمودم|نموده[\s\u200c]*ام|کردم|کرده[\s\u200c]*ام)/,
  /(?:در|طی)\s+نامه\s+(?:مورخ|شماره)[^.؟!\n]{0,60}?به\s+اطلاع\s+(?:رسانده\s+شد|رساندم|رسید)/,
  /پیرو\s+(?:نامه|مکاتبه|ایمیل)\s+(?:شماره|مورخ)/,
];
const LETTER_GATE = readerGate([/نامه/, /ایمیل/, /مکاتبه/]);

function letterFa(ctx: CueContext): Evidence[] {
  if (!mayMatch(ctx.low, LETTER_GATE)) return [];
  const own = ctx.doc.text;
  for (const re of LETTER_FA) {
    const m = re.exec(own);
    if (m) return [ctx.ev({ start: m.index, end: m.index + m[0].length }, 'tone.why.earlierContact')];
  }
  return [];
}

/** Session 32's earlier contacts: each alone is one. */
export function kinds32Finds(ctx: CueContext): Evidence[] {
  const thread = threadOutlived(ctx);
  if (thread.length) return thread;
  if (ctx.fa) return letterFa(ctx);
  const learner = learnerContact(ctx);
  return learner.length ? learner : finglish32(ctx);
}
