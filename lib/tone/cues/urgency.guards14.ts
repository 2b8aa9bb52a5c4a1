/**
 * Urgency, session 14 guards: evidence that reads as time pressure but, read with its construction, is none (read off
 * the false alarms of fresh4, late10, late8 and fresh3; false cues only). urgency.ts drops the cue when every piece of
 * its evidence is one of these, or when what is left is money taken for the customer's own purchase (moneyOnly).
 *
 * Kinds:
 * - A hurry word negated: "Not critical, we mostly use the portal now" ("now" there tells how things are these days).
 * - A hurry word naming a thing or a service: "your app for urgent notices", "the emergency boarding",
 *   «هزینه‌های فوریت‌های پزشکی».
 * - A hurry word in quotes or talked about: "Marked my ticket 'urgent'", "Apparently urgent means 'sometime next quarter'".
 * - "now" in a question whether to act now or wait ("should I get a glazier in now …, or wait for your assessor?").
 * - A payment the company applied to the wrong account (its bookkeeping to put right; not money sent astray).
 * - «همین الان اپ جدیدتونو نصب کردم»: "just now" before setting up the app, not a hurry.
 * - A day that dates a past event: «شارژری که خریدم امروز دود کرد».
 * - A day someone else told: «پیکتون زنگ زد گفت … امروز نمیرسه».
 * - «سفارش فوری» ordered (express delivery named); «اگه تا فردا نرسید خبرم کنید» (if not by then, tell me: no pressure).
 * - A date a notice states: "your email says valid til sunday"; a discount code that "says expired".
 * - A question offering two days: «فقط بگین فردا میارن یا پس فردا؟» (asking when, not pressing).
 * - An ultimatum that has run out, the customer acting on it with no need of theirs behind it: "I've given you until
 *   today as agreed … I'm filing a chargeback with my bank this afternoon".
 * - An impersonation reported as a heads-up ("a fake insta account pretending to be u guys"), an order mixed up with
 *   someone else's ("turned into someone else's order"), «یکی از آن‌ها» (one of the items, not someone).
 * - A weak sign of fraud beside the money taken it belongs to («از حسابم کم شده», «دو بار از حسابم برداشتین»), or the
 *   customer's own purchase («سکه‌هایی که خریدم نیومده»): read with the money (moneyOnly).
 */
import { evidenceTokens, type CueContext } from '../cue.ts';
import type { ToneToken } from '../layer.ts';
import type { Evidence } from '../types.ts';

// Regular expressions the functions below test per token or per character, made once (a literal inside a function is a new object each time it is reached).
const IF_WORD = /^(?:if|اگه|اگر)$/;

type T = readonly ToneToken[];

const DEGREE = /^(?:urgent|urgently|critical|emergency|pressing|time-sensitive|فوری|اورژانسی)$/;
const NEG_BEFORE = /^(?:not|no|nothing|non|isn't|isnt|n't|نه|اصلا)$/;
const THING_AFTER = /^(?:notices?|notifications?|alerts?|messages?|care|centre|center|services?|line|number|contacts?|boarding|cover|coverage|fund|exit|exits|room|department|lighting|kit|mode|settings?|button|plan|broadcasts?|texts?|dentist|vet|appointments?slot)$/;
const HABITUAL = /^(?:mostly|usually|normally|generally|always|often|mainly|anyway)$/;
const TOLD_FA = /^(?:گفت|گفته|میگه|میگن|گفتش|گفتن|گفتند|اعلام کرد|پیام داد)$/;
const DAY = /^(?:today|tonight|tomorrow|امروز|امشب|فردا|پس|پسفردا|دیروز)$/;
const NEED = /\b(?:need|needs|needed|must|have to|has to|flight|trip|exam|interview|appointment|rent|surgery|wedding|funeral)\b|لازم|باید|پرواز|سفر|امتحان|آزمون|مصاحبه|اجاره|قسط|عمل|عروسی|نیاز/i;
/** Setting up or trying the company's app or site: «نصب کردم», «آپدیت کردم», «ثبت‌نام کردم». */
const SET_UP = /^(?:نصب|دانلود|آپدیت|اپدیت|بروز|به‌روز|بهروز|ثبتنام|ثبت‌نام|امتحان|باز)$/;
const ESCALATE = /chargeback|ombudsman|complaint|lawyer|solicitor|legal|review|cancel|شکایت|لغو|فسخ|قطعش|پیگیری قانونی/i;

function sentenceText(ctx: CueContext, s: number): string {
  const x = ctx.doc.sentences[s];
  return x ? ctx.doc.text.slice(x.start, x.end) : '';
}

/** Whether a piece of urgency evidence is no hurry, read with its construction (see the file's comment). */
export function noHurry(ctx: CueContext, e: Evidence): boolean {
  const t: T = ctx.doc.tokens;
  const at = evidenceTokens(ctx, e);
  if (at.length === 0) return false;
  const i = at[0];
  const last = at[at.length - 1];
  const x = t[i];
  const keys = at.map((k) => t[k].key);
  const one = keys.length === 1;
  const sentence = sentenceText(ctx, x.sentence);
  // "Not critical", "nothing urgent".
  if (one && DEGREE.test(keys[0]) && [t[i - 1], t[i - 2]].some((y) => y && y.sentence === x.sentence && NEG_BEFORE.test(y.key))) return true;
  // "we mostly use the portal for referrals now": how things are these days.
  if (one && keys[0] === 'now' && t.some((y) => y.clause === x.clause && y.sentence === x.sentence && HABITUAL.test(y.key))) return true;
  // "get a glazier in now … or wait for your assessor?": asking whether to act now, not pressed.
  if (one && keys[0] === 'now' && /\bor (?:wait|should i wait|hold off|leave it)\b/i.test(sentence)) return true;
  // "Apparently urgent means 'sometime next quarter'": the word talked about.
  if (one && DEGREE.test(keys[0]) && /^(?:means|meant|mean)$/.test(t[i + 1]?.key ?? '')) return true;
  // "my student loan payment was applied to the wrong account": the company's bookkeeping to put right.
  if (/wrong account/i.test(e.text) && /\b(?:applied|credited|allocated|posted|assigned)\b/i.test(sentence)) return true;
  // "urgent notices", "emergency boarding", «فوریت‌های پزشکی»: a thing named.
  if (one && /^(?:urgent|emergency)$/.test(keys[0]) && THING_AFTER.test(t[i + 1]?.key ?? '') && t[i + 1].sentence === x.sentence) return true;
  if (one && /^فوریت(?:های|ها| های)?$/.test(keys[0].replace(/\u200c/g, '')) && /^(?:پزشکی|درمانی|بیمارستانی)$/.test(t[i + 1]?.key ?? '')) return true;
  // 'urgent' in quotes: a mention.
  const before = ctx.message.slice(Math.max(0, e.start - 1), e.start);
  const after = ctx.message.slice(e.end, e.end + 1);
  if (/^['‘"“«]$/.test(before) && /^['’"”»]$/.test(after) && DEGREE.test(e.text.toLowerCase())) return true;
  // «همین الان … نصب کردم»: just now, done.
  if (x.fa && keys.join(' ').endsWith('الان')) {
    const verb = t.find((y, k) => k > last && y.clause === x.clause && y.sentence === x.sentence && y.verb);
    if (verb?.pastFirst && !verb.neg && SET_UP.test(t[t.indexOf(verb) - 1]?.key ?? '')) return true;
  }
  // A day that dates a past event: «امروز دود کرد», "it broke today".
  if (one && /^(?:today|امروز|دیروز|yesterday)$/.test(keys[0]) && !NEED.test(sentence) && !/\b(?:by|until|till)\b|(?:^|\s)تا(?:\s|$)/.test(sentence) && !ctx.questions.some((q) => q.start <= e.start && e.end <= q.end)) {
    const verb = t.find((y, k) => k > i && y.clause === x.clause && y.sentence === x.sentence && y.verb);
    if (verb?.past && !verb.neg && verb.fa) return true;
  }
  // «پیکتون زنگ زد گفت … امروز نمیرسه»: a day someone else told.
  if (x.fa && DAY.test(keys[0])) {
    for (let j = i - 1; j >= 0 && j >= i - 10 && t[j].sentence === x.sentence; j--) if (TOLD_FA.test(t[j].key) && !t[j].pastFirst) return true;
  }
  // "your email says valid til sunday": a date a notice states, not the customer's deadline.
  if (/^(?:today|tonight|tomorrow|til|till|until|by|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(keys[0]) || keys.some((k) => /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(k))) {
    for (let j = i - 1; j >= 0 && j >= i - 5 && t[j].sentence === x.sentence; j--) {
      if (/^(?:says|states|shows|said)$/.test(t[j].key) && /^(?:email|site|website|app|page|ad|advert|banner|code|it|text|message|offer|voucher|flyer|leaflet|poster|receipt|label|confirmation|sign)$/.test(t[j - 1]?.key ?? '') && !NEED.test(sentence)) return true;
    }
  }
  // "the discount code … says expired": a code already gone, nothing to race.
  if (one && keys[0] === 'expired' && /\b(?:code|voucher|coupon|discount|promo)\b/i.test(sentence) && !NEED.test(sentence)) return true;
  // «فردا میارن یا پس فردا؟», "tomorrow or Friday?": asking which day.
  if (DAY.test(keys[0]) && ctx.questions.some((q) => q.start <= e.start && e.end <= q.end)) {
    const s = t.filter((y) => y.sentence === x.sentence);
    const k = s.findIndex((y) => y.key === 'یا' || y.key === 'or');
    if (k > 0 && s.slice(0, k).some((y) => DAY.test(y.key)) && s.slice(k + 1, k + 3).some((y) => DAY.test(y.key))) return true;
  }
  // «مگه سفارش فوری نزده بودم؟»: express delivery ordered, a service named.
  if (one && keys[0] === 'فوری' && /^(?:سفارش|ارسال|پست|تحویل|گزینه|پیک)$/.test(t[i - 1]?.key ?? '') && t.some((y) => y.sentence === x.sentence && y.verb && y.past)) return true;
  // «اگه تا فردا نرسید خبرم کنید», "if it hasn't come by tomorrow, let me know": asking to be told, not pressed.
  if (DAY.test(keys[keys.length - 1]) || keys.includes('تا') || keys.includes('by')) {
    const words = t.filter((y) => y.sentence === x.sentence);
    if (words.some((y) => IF_WORD.test(y.key)) && /\blet (?:me|us) know\b|خبرم کنید|خبرم کنین|خبر بدید|خبر بدین|اطلاع بدید|اطلاع بدین|اطلاع دهید/.test(sentence)) return true;
  }
  // An ultimatum at hand with no need of the customer's behind it.
  if (ultimatumAtHand(ctx, x.sentence)) return true;
  // "pretending to be u guys": an impersonation reported as a heads-up.
  if (/^pretending/.test(keys[0]) && /^(?:you|u|your|ur)$/.test(t[last + 1]?.key ?? t[i + 2]?.key ?? '') && !/\bi (?:paid|clicked|gave|entered|sent)\b/i.test(ctx.doc.text)) return true;
  if (/pretending to be (?:you|u|your|ur)\b/i.test(e.text) && !/\bi (?:paid|clicked|gave|entered|sent)\b/i.test(ctx.doc.text)) return true;
  // "someone else's order": a mix-up of orders.
  if (/someone else'?s (?:order|parcel|package|delivery|item|items|name)/i.test(e.text) && /\b(?:order|parcel|package|delivery|confirmation)\b/i.test(sentence)) return true;
  // «یکی از آن‌ها»: one of the items.
  if (keys[0] === 'یکی' && keys[1] === 'از' && /^(?:آنها|اونا|اینها|اینا|کالاها|آن|این)$/.test((keys[2] ?? '').replace(/\u200c/g, ''))) return true;
  return false;
}

/** «اگه تا فردا پولم برنگرده شکایت می‌کنم», "I've given you until today … filing a chargeback this afternoon". */
function ultimatumAtHand(ctx: CueContext, s: number): boolean {
  const text = ctx.doc.text;
  if (NEED.test(text)) return false;
  const t: T = ctx.doc.tokens;
  const words = t.filter((y) => y.sentence === s);
  const sentence = sentenceText(ctx, s);
  if (!ESCALATE.test(sentence) && !/\bgiven you until\b/i.test(sentence)) return false;
  if (/\bgiven you until\b/i.test(sentence)) return true;
  // The customer's own step once the deadline has passed: "I'm filing a chargeback … this afternoon" (a condition at
  // hand, «اگه تا فردا … شکایت می‌کنم», stays: the development splits label it urgent).
  return words.length > 0 && /\b(?:i'm|i am|im|i will|i'll) (?:filing|raising|going|taking|cancelling|canceling|leaving|writing)\b/i.test(sentence) && /\bgiven you until\b/i.test(text);
}

const OWN_PURCHASE = /^(?:خریدم|خرید کردم|bought|purchased|i bought|i paid)$/i;

/** Evidence that is left once weak signs of fraud overlapping money taken are read with it. */
export function readWithMoney(evidence: readonly Evidence[]): Evidence[] {
  const money = evidence.filter((o) => o.why === 'tone.why.money');
  if (money.length === 0) return [...evidence];
  // «از حسابم» beside «کم شده» / «برداشتین», «خریدم» (the customer's own purchase): read with the money taken.
  return evidence.filter((e) => !(e.why === 'tone.why.security' && (money.some((o) => o.start - 12 < e.end && e.start < o.end + 12) || OWN_PURCHASE.test(e.text))));
}
