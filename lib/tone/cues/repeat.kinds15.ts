/**
 * Repeat contact, session 15 (Persian; read off late11 and fresh4 by construction family). repeat.ts asks
 * noContact15 beside the session 14 guards (a cue whose every piece of evidence is about no contact of the
 * customer's is not shown) and adds one to its score per family of kinds15Finds.
 *
 * Not contact (false alarms):
 * - A file sent in this very chat: «عکسشو تو چت فرستادم».
 * - Again / «هی» about what the app or the machine says: «هی میگه رمز اشتباهه … بازم همینه» (the contact word of the
 *   clause is a third-person verb, not the customer's).
 * - A promise made at the sale about a delivery or a visit: «قول داده بودید مبل تا ۱۵ام برسه», «قرار بود تکنسین
 *   شما دیروز مراجعه کند» (no contact about this matter), and the no-show told after it («کسی نیامد و حتی تماسی هم
 *   گرفته نشد»).
 * - Mail that came to the customer: «هنوز ایمیل بلیط برام نیومده», «ایمیلی با عنوان تغییر رمز دریافت کردم».
 * - A request denied: «من چنین درخواستی نداده‌ام».
 * - Data wrongly recorded: «پرونده پزشکی‌ام اشتباه ثبت شده» (no request lodged).
 * - An app used, not written on: «من فقط اینستا چک کردم».
 * - A form found, not filed: «فرم «ثبت شکایت» را پیدا کردم»; a service ordered: «تاکسی درخواست دادم».
 * - English (after late12's transfer check): mail received ("got the email 10 min ago"), someone else's contact ("The
 *   letting agent says they emailed your office"), a device ("my phone says no service").
 *
 * Found (misses):
 * - Back again: «بازم من.», «باز هم من».
 * - The company's staff or branch told the customer before: «پشتیبانیتونم فقط میگه کش رو پاک کنید», «شعبه‌تونم
 *   رفتم گفتن ما خبر نداریم».
 * - A contact the company was to make: «قرار بود ظرف ۲۴ ساعت باهام تماس بگیرین».
 * - The customer's own contact unanswered: «ایمیلم جواب نمیده», «به مکاتبات مکرر اینجانب پاسخی داده نشده».
 * - Contacts repeated: «مکاتبات مکرر», «مراجعات مکرر», «تماس‌های متعدد»; months of following up: «پس از شش ماه پیگیری».
 * - An automatic answer had: «از پاسخ خودکار … متشکرم».
 * - Counted and told formally: «برای چندمین بار به اطلاع می‌رساند».
 * - Thanks for an earlier day's help: «ممنون که دیروز انقد صبور بودین».
 */
import { evidenceTokens, wordSet, type CueContext } from '../cue.ts';
import type { ToneToken } from '../layer.ts';
import type { Evidence } from '../types.ts';

type T = readonly ToneToken[];

const ATTACHMENT_FA = /^(?:عکس|فایل|اسکرین|تصویر|فیلم|ویدیو|ویدئو|اسکرینشات|رسید)/;
const SENT_FIRST_FA = /^(?:فرستادم|گذاشتم|فرستادیم|گذاشتیم)$/;
const AGAIN_FA = /^(?:هی|بازم|باز|دوباره|مجددا|مدام|دائم|همش|هم)$/;
const CONTACT_WORD_FA = /^(?:پیام(?!ک)|ایمیل|تیکت|تماس|زنگ|درخواست|نامه|مکاتب|پیگیری|مراجعه|گزارش|چت|گفتم|میگم|بگم|پرسیدم|نوشتم|فرستادم|عرض)/;
const DELIVERY_FA = /^(?:رسیدن|آمدن|اومدن|تحویل|ارسال|نصب|مراجعه|آوردن|اوردن)$|^(?:برسه|برسد|بیاد|بیاید|بیان|بیایند|بیارن|بیاورند|تحویل|ارسال|نصب|مراجعه)$/;
const PROMISE_CONTACT_FA = /^(?:تماس|زنگ|جواب|پاسخ|خبر|پیام|ایمیل|اطلاع)/;
const CAME_FA = /^(?:نیومده|نیامده|نرسیده|اومده|آمده|اومد|آمد|رسید|رسیده|نیومد|نیامد)$/;
const TO_ME_FA = /^(?:برام|برایم|برامون|برایمان|بهم|به)$/;
const NO_SHOW_FA = /^(?:نیامد|نیومد|نیومدن|نیامدند|نیومده|نیامده)$/;

/** Whether a piece of repeat evidence is, read with its construction, about no contact of the customer's (see above). */
export function noContact15(ctx: CueContext, e: Evidence): boolean {
  const t: T = ctx.doc.tokens;
  const at = evidenceTokens(ctx, e);
  if (at.length === 0) return false;
  const i = at[0];
  const x = t[i];
  const keys = at.map((k) => t[k].key);
  if (!x.fa) return noContactEn(t, at, keys);
  const clause = t.filter((y) => y.clause === x.clause && y.sentence === x.sentence);
  // «عکسشو تو چت فرستادم»: an attachment sent in this chat.
  if (keys.length === 1 && keys[0] === 'چت' && clause.some((y) => SENT_FIRST_FA.test(y.key)) && clause.some((y) => ATTACHMENT_FA.test(y.key))) return true;
  // «هی میگه رمز اشتباهه … بازم همینه»: again about what something else says; the clause's only contact words are a third person's.
  if (keys.length <= 2 && AGAIN_FA.test(keys[0])) {
    const contacts = clause.filter((y) => CONTACT_WORD_FA.test(y.key) || y.lemma === 'گفتن' || y.lemma === 'فرستادن' || y.lemma === 'پرسیدن' || y.lemma === 'نوشتن');
    if (contacts.length > 0 && contacts.every((y) => y.verb && (y.third || y.second) && !y.pastFirst)) return true;
  }
  // «قول داده بودید مبل تا ۱۵ام برسه», «قرار بود تکنسین شما دیروز مراجعه کند»: a delivery or visit promised, no contact in it.
  if ((keys[0] === 'قول' || keys[0] === 'قرار') && keys.length <= 3) {
    const rest = t.slice(at[at.length - 1] + 1).filter((y) => y.sentence === x.sentence);
    if (rest.some((y) => DELIVERY_FA.test(y.key) || (y.verb && DELIVERY_FA.test(y.lemma))) && !rest.some((y) => PROMISE_CONTACT_FA.test(y.key))) return true;
  }
  // «کسی نیامد و حتی تماسی هم گرفته نشد»: the company's no-show, not the customer's unanswered message.
  if (keys.some((k) => NO_SHOW_FA.test(k)) && !keys.some((k) => /^(?:جواب|پاسخ)/.test(k))) return true;
  // «هنوز ایمیل بلیط برام نیومده», «ایمیلی … دریافت کردم»: mail that came to the customer.
  if (keys.length === 1 && /^(?:ایمیل|پیام)/.test(keys[0]) && !clause.some((y) => y.pastFirst && y.lemma !== 'کردن' && y.lemma !== 'گرفتن')) {
    const after = t.slice(i + 1, i + 8).filter((y) => y.clause === x.clause);
    if (after.some((y) => CAME_FA.test(y.key)) && (after.some((y) => TO_ME_FA.test(y.key)) || after.some((y) => /^نی|^نر/.test(y.key)))) return true;
    if (after.some((y, k) => y.key === 'دریافت' && after[k + 1]?.pastFirst) || after.some((y) => y.key === 'گرفتم' && !after.some((z) => /^(?:جواب|پاسخ)/.test(z.key)))) return true;
  }
  // «من چنین درخواستی نداده‌ام»: a request denied.
  if (keys.length === 1 && /^درخواست/.test(keys[0]) && (t[i + 1]?.neg || /^ن(?:داد|کرد|فرستاد)/.test(t[i + 1]?.key ?? '')) && t[i + 1]?.clause === x.clause) return true;
  // «فرم «ثبت شکایت» را پیدا کردم»: a form found (or not), not one filed.
  if (keys.length === 1 && keys[0] === 'فرم' && clause.some((y) => /^(?:پیدا|دیدم|کجاست|نیست)$/.test(y.key)) && !clause.some((y) => /^(?:پر|فرستادم|ارسال)$/.test(y.key))) return true;
  // «تاکسی درخواست دادم»: a service ordered (the matter itself), not a request to the company about it.
  if (keys.length === 1 && keys[0] === 'درخواست' && /^(?:تاکسی|تاكسی|ماشین|راننده|پیک|اسنپ|سفر|خودرو|غذا)$/.test(t[i - 1]?.key ?? '')) return true;
  // «من فقط اینستا چک کردم»: an app used (data spent), not a message sent on it.
  if (keys.length === 1 && /^(?:اینستا|اینستاگرام|تلگرام|واتساپ)$/.test(keys[0]) && /^(?:چک|نگاه|باز|استفاده|گردی)$/.test(t[i + 1]?.key ?? '') && !clause.some((y) => /^(?:پیام|دایرکت|فرستادم|نوشتم|پیوی)/.test(y.key))) return true;
  // «پرونده پزشکی‌ام اشتباه ثبت شده»: wrongly recorded.
  const reg = at.find((k) => t[k].key === 'ثبت');
  if (reg !== undefined && /^(?:اشتباه|اشتباهی|غلط)$/.test(t[reg - 1]?.key ?? '')) return true;
  return false;
}

/**
 * English look-alikes: mail received ("got the email 10 min ago"); someone else's contact ("The letting agent says they
 * emailed your office"); a device ("my phone says no service").
 */
function noContactEn(t: T, at: readonly number[], keys: readonly string[]): boolean {
  const i = at[0];
  if (keys.length > 4) return false;
  const contact = at.findIndex((k) => /^(?:e-?mails?|emailed|messages?|texts?|phone|called|rang|wrote)$/.test(t[k].key));
  if (contact < 0) return false;
  const k = at[contact];
  const key = t[k].key;
  if (/^e-?mails?$|^messages?$|^texts?$/.test(key) && /^(?:the|an|a|this|that)$/.test(t[k - 1]?.key ?? '') && /^(?:got|received|get|receive|had)$/.test(t[k - 2]?.key ?? '')) return true;
  if (/^(?:emailed|called|rang|wrote)$/.test(key) && /^(?:they|he|she)$/.test(t[k - 1]?.key ?? '') && k === i) {
    // "they" as someone named before in the sentence ("The letting agent says they emailed"), not the company.
    const before = t.slice(Math.max(0, k - 6), k - 1).filter((y) => y.sentence === t[k].sentence).map((y) => y.key);
    if (before.some((w) => /^(?:agent|landlord|bank|employer|solicitor|lawyer|accountant|school|doctor|husband|wife|partner|son|daughter|mum|dad|friend|neighbour|neighbor|company|council)$/.test(w))) return true;
  }
  if (key === 'phone' && t[k - 1]?.key === 'my' && /^(?:says|shows|said|is|has|keeps|won't|doesn't|can't)$/.test(t[k + 1]?.key ?? '')) return true;
  return false;
}

const STAFF_FA = /^(?:پشتیبانی|پشتیبان|کارشناس|اپراتور|همکار|شعبه|نمایندگی|دفتر|مسئول)(?:تون|تان|شما)م?$/;
const SAID_FA = /^(?:میگه|میگن|گفت|گفتن|گفتند|گفته|گفتش)$/;
const OWN_CONTACT_FA = /^(?:ایمیل|پیام|تیکت|تماس|نامه|درخواست|شکایت)(?:م|ام|هام|های ?م|مو|ِم)$/;
const REPEATED_FA = /^(?:مکرر|متعدد|پی ?در ?پی|مکررم|مکرری)$/;
const CONTACTS_PLURAL_FA = /^(?:مکاتبات|مراجعات|تماسهای|تماس های|پیگیریهای|پیگیری های|نامههای|نامه های|پیامهای|پیام های|ایمیلهای|ایمیل های|درخواستهای|درخواست های)$/;
const UNIT_FA = /^(?:روز|هفته|ماه|سال|روزه|هفتهست|ماهه)$/;
const COUNT_FA = /^(?:دومین|سومین|چهارمین|پنجمین|چندمین|چندین)$/;
const THANKS_FA = /^(?:ممنون|ممنونم|مرسی|متشکرم|سپاس|سپاسگزارم|ممنونیم)$/;
const EARLIER_DAY_FA = /^(?:دیروز|دیشب|پریروز|قبلا|اونروز|آنروز)$/;

const CONTACTS_PLURAL_SET = wordSet(CONTACTS_PLURAL_FA);
const COUNT_SET = wordSet(COUNT_FA);
const THANKS_SET = wordSet(THANKS_FA);

/** Tokens a..b as an earlier contact's evidence (a module function: a closure made per message cost under tsx's keepNames). */
function pushSpan(out: Evidence[], ctx: CueContext, t: T, a: number, b: number): void {
  out.push(ctx.ev({ start: t[a].start, end: t[b].end }, 'tone.why.earlierContact'));
}

function found(ctx: CueContext, t: T): Evidence[] {
  const out: Evidence[] = [];
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    if (!x.fa) continue;
    const s = x.sentence;
    // «بازم من.»: the whole sentence (after a greeting) is "me again".
    if (x.key === 'بازم' || x.key === 'دوباره' || (x.key === 'باز' && t[i + 1]?.key === 'هم')) {
      const j = x.key === 'باز' ? i + 2 : i + 1;
      const words = t.filter((y) => y.sentence === s && y.key !== 'سلام');
      if (t[j]?.key === 'من' && t[j].sentence === s && words.length === j - i + 1) { pushSpan(out, ctx, t, i, j); continue; }
    }
    // «پشتیبانیتونم فقط میگه …», «شعبه‌تونم رفتم گفتن …»: the company's people told the customer.
    if (STAFF_FA.test(x.key)) {
      const said = t.slice(i + 1, i + 4).find((y) => y.sentence === s && (SAID_FA.test(y.key) || y.key === 'رفتم'));
      if (said && !t.slice(i + 1, t.indexOf(said)).some((y) => y.key === 'اگه' || y.key === 'اگر')) { pushSpan(out, ctx, t, i, t.indexOf(said)); continue; }
    }
    // «قرار بود … باهام تماس بگیرین»: a contact the company was to make.
    if (x.key === 'قرار' && t[i + 1]?.key === 'بود') {
      const call = t.slice(i + 2, i + 9).findIndex((y, k, a) => y.sentence === s && /^(?:تماس|زنگ)$/.test(y.key) && (a[k + 1]?.second || /(?:ین|ید|ن)$/.test(a[k + 1]?.key ?? '')) && a.slice(0, k).some((z) => /^(?:باهام|بهم|باهامون|بهمون)$/.test(z.key) || z.key === 'من'));
      if (call >= 0) { pushSpan(out, ctx, t, i, i + 3 + call); continue; }
    }
    // «ایمیلم جواب نمیده», «تیکتم رو جواب ندادن»: the customer's own contact unanswered.
    if (OWN_CONTACT_FA.test(x.key)) {
      const k = t.slice(i + 1, i + 4).findIndex((y) => y.sentence === s && /^(?:جواب|پاسخ)/.test(y.key));
      const v = k >= 0 ? t[i + 2 + k] : undefined;
      if (v && v.sentence === s && (v.neg || /^ن/.test(v.key)) && v.verb) { pushSpan(out, ctx, t, i, i + 2 + k); continue; }
    }
    // «مکاتبات مکرر», «مراجعات مکرر به اداره», «تماس‌های متعدد».
    if (CONTACTS_PLURAL_SET.has(x.key) && REPEATED_FA.test(t[i + 1]?.key ?? '') && t[i - 1]?.key !== 'بدون') { pushSpan(out, ctx, t, i, i + 1); continue; }
    // «پس از شش ماه پیگیری»: months of following up.
    if (x.key === 'پیگیری' && UNIT_FA.test(t[i - 1]?.key ?? '') && t[i - 1].sentence === s && !t[i + 1]?.second && !/^(?:کنید|کنین|بفرمایید)$/.test(t[i + 1]?.key ?? '')) { pushSpan(out, ctx, t, i - 1, i); continue; }
    // «از پاسخ خودکار … متشکرم», «جواب خودکار دادین».
    if ((x.key === 'پاسخ' || x.key === 'جواب') && /^(?:خودکار|اتوماتیک)/.test(t[i + 1]?.key ?? '')) { pushSpan(out, ctx, t, i, i + 1); continue; }
    // «برای چندمین بار به اطلاع می‌رساند».
    if (COUNT_SET.has(x.key) && t[i + 1]?.key === 'بار') {
      const told = t.slice(i + 2, i + 6).find((y) => y.sentence === s && y.key === 'اطلاع');
      if (told && t[t.indexOf(told) - 1]?.key === 'به') { pushSpan(out, ctx, t, i, t.indexOf(told)); continue; }
    }
    // «ممنون که دیروز انقد صبور بودین»: thanks for what the company did on an earlier day.
    if (THANKS_SET.has(x.key) && t[i + 1]?.key === 'که' && EARLIER_DAY_FA.test(t[i + 2]?.key ?? '')) {
      const v = t.slice(i + 3, i + 8).find((y) => y.sentence === s && y.verb && y.second && y.past);
      if (v) { pushSpan(out, ctx, t, i, t.indexOf(v)); continue; }
    }
  }
  return out;
}

/** Session 15's Persian families found in the latest words (at most one evidence each: each adds one to the score). */
export function kinds15Finds(ctx: CueContext): Evidence[] {
  const t = ctx.doc.tokens;
  if (!t.some((y) => y.fa)) return [];
  return found(ctx, t).slice(0, 2);
}
