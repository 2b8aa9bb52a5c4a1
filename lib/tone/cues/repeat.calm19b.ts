/**
 * Repeat contact, session 19b (turg19b): kinds written from knowledge in scripts/tone-urgent-calm19b.ts (a matrix with
 * look-alikes that keep firing; Persian in four spellings).
 *
 * Calm (quietCalm19b: every piece of evidence is one of these):
 * - **thanks again**: «باز هم ممنون از راهنماییتون», «بازم مرسی از کمکتون», «مجدداً از راهنمایی شما سپاسگزارم»: the thanks
 *   is repeated, not the contact; keeps firing: «بازم پیام دادم و کسی جواب نداد»;
 * - **a label of the app or site quoted**: «گزینه «درخواست فوری» رو زدم», «دکمه «پیگیری سفارش» کار نمیکنه»; keeps
 *   firing: «درخواستم رو دو هفته پیش ثبت کردم و هنوز کسی جواب نداده»;
 * - **an order's, booking's or parcel's number given alone**: "order #55120 — when will it ship?", «کد رهگیری مرسوله
 *   ۱۲۳۴۵۶۷۸۹ هست»: a number for the agent to find the order, no earlier contact. A support case's or ticket's number
 *   ("Re: Case 00419827 - the fault is back", «شماره تیکت ۴۴۵۱۲») tells of an earlier contact and keeps firing (the
 *   development splits label it so), as do "any update on order 5512? I raised it last Monday".
 *
 * Repeat (calm19bFinds): «برای بار دوم عرض می‌کنم», «برای چندمین بار خدمتتون عرض میکنم»: the formal "I say it for the
 * second time" is a contact counted; keeps quiet: «برای بار دوم خرید کردم».
 */
import type { CueContext } from '../cue.ts';
import type { Evidence } from '../types.ts';
import { normDoc18, normMessage18 } from './urgency.kinds18.ts';

// Regular expressions the functions below test per token or per character, made once (a literal inside a function is a new object each time it is reached).
const ARZ = /عرض/;
const SENTENCE_END = /[.!?؟\n]/;

function sentenceAt(s: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !SENTENCE_END.test(s[a - 1])) a--;
  let b = end;
  while (b < s.length && !SENTENCE_END.test(s[b])) b++;
  return s.slice(a, b);
}

const GATE = /«|"|“|ممنون|مرسی|سپاس|متشکر|thank|cheers|order|booking|tracking|parcel|consignment|invoice|account|رهگیری|سفارش|مرسوله|فاکتور|اشتراک|حساب/i;

// ---- thanks again
const THANKS_AGAIN = /^\s*(?:(?:باز\s*هم|بازم|مجدد(?:ا|اً)?|دوباره)\s+(?:هم\s+)?(?:\S+\s+){0,4}?(?:ممنون|مرسی|سپاس|سپاسگزار|متشکر|تشکر)|(?:ممنون|مرسی|سپاس|سپاسگزارم|متشکرم)\s+(?:\S+\s+){0,4}?(?:باز\s*هم|بازم|مجدد(?:ا|اً)?|دوباره))/;
const CONTACT_FA = /(?:پیام|ایمیل|زنگ|تماس|نوشتم|گفتم|پیگیری\s+کردم|جواب\s+(?:ندادین|ندادید|نداد)|خبری\s+نشد)/;

// ---- a reference number given alone
const REF = /\b(?:order|booking|tracking|parcel|consignment|invoice|account)\b\s*(?:number|no\.?|num|#|id|ref)?\s*(?:is\s+)?[:#]?\s*[A-Z]{0,4}-?\d{4,}\b|(?:شماره|کد)\s+(?:رهگیری|سفارش|مرسوله|فاکتور|اشتراک|حساب)\s*:?\s*\d{4,}/i;
const CHASE_EN = /\b(?:still|yet|update|updates|chas\w*|follow(?:ing|ed)?[\s-]*up|heard|hear\s+back|reply|replied|response|respond\w*|ago|last\s+(?:week|time)|yesterday|days|weeks|months|waiting|waited|open|again|called|rang|phoned|spoke|emailed|wrote|written|messaged|told|promised|closed|nothing|nobody|no\s+one|raised|logged|opened|gave\s+me|given)\b/i;
const CHASE_FA = /(?:هنوز|خبری|خبر\s+نشد|جواب|پاسخ|پیگیری\s+(?:کردم|کردیم|شد|نشد)|پیش|قبل|دیروز|منتظر|زنگ|تماس|گفتن|گفتید|گفتین|بسته\s+شد|بستین|بستید|کسی|دوباره|بازم|باز\s+هم|مجدد|ثبت\s+کردم|دادن|دادین|دادید)/;

const LABEL_BEFORE = /(?:گزینه|دکمه|منوی|منو|بخش|قسمت|تب|option|button|tab|menu|link|section)\s*$/i;

function calm(s: string, e: Evidence): boolean {
  // «گزینه «درخواست فوری» رو زدم»: a label of the app or site quoted (an option, a button), no contact of the customer's.
  const before = s.slice(Math.max(0, e.start - 30), e.start);
  const open = Math.max(before.lastIndexOf('«'), before.lastIndexOf('“'), before.lastIndexOf('"'));
  if (open >= 0 && LABEL_BEFORE.test(before.slice(0, open)) && /^[^«“"\n]{0,30}[»”"]/.test(s.slice(e.end, e.end + 32))) return true;
  const sent = sentenceAt(s, e.start, e.end);
  // After a greeting («سلام وقت بخیر، باز هم ممنون …»).
  const bare = sent.replace(/^\s*(?:سلام|با\s+سلام|درود|hi|hello|dear)[^،,\n]{0,30}[،,]\s*/i, '');
  if (THANKS_AGAIN.test(bare) && !CONTACT_FA.test(sent)) return true;
  const r = REF.exec(sent);
  if (r) {
    // The number itself is the evidence, and nothing in the message chases it.
    const at = s.indexOf(sent) + r.index;
    const end = at + r[0].length;
    const rest = s.slice(0, at) + s.slice(end);
    if (e.start < end && at < e.end && !CHASE_EN.test(rest) && !CHASE_FA.test(rest)) return true;
  }
  return false;
}

/** Whether every piece of repeat evidence is calm (the kinds above): ./repeat.ts shows no cue. */
export function quietCalm19b(ctx: CueContext, evidence: readonly Evidence[]): boolean {
  if (evidence.length === 0 || !GATE.test(ctx.low)) return false;
  const s = normMessage18(ctx);
  return evidence.every((e) => calm(s, e));
}

const SAY_AGAIN_FA = /(?:برای\s+)?(?:بار|مرتبه)\s+(?:دوم|سوم|چهارم|پنجم|چندم|چندمین|دیگر)\s+(?:است\s+که\s+)?(?:\S+\s+)?(?:خدمت(?:تون|تان|\s+شما)\s+)?عرض\s+(?:می\s*کنم|میکنم|کردم|می\s*نمایم)/;

/** «برای بار دوم عرض می‌کنم»: a contact counted, formally (./repeat.ts adds it to session 18's acts). */
export function calm19bFinds(ctx: CueContext): Evidence[] {
  if (!ARZ.test(ctx.low)) return [];
  const s = normDoc18(ctx);
  const m = SAY_AGAIN_FA.exec(s);
  return m ? [ctx.ev({ start: m.index, end: m.index + m[0].length }, 'tone.why.contactCount')] : [];
}
