/**
 * Persian frustration, session 26 (tonefa26): kinds named from fresh writers' misses (late23-late25), each tried on a
 * look-alike set written across trades and registers (scripts/tone-kinds26-fa-matrix.ts, run by
 * tests/unit/tone/kinds26.fa.test.ts), never on a development sentence's nouns. Read from lib/nlp's tokens (sentences,
 * clauses, negated verbs and their person) behind a cheap test on the lower-cased text.
 *
 * - **a step of leaving or going public, set on the company's failure** (threat): a first-person step — not renewing,
 *   not buying again («تمدید نمی‌کنم», «دیگه خرید نمی‌کنم», «تمدید نخواهد شد»), or a review or a public post («نظرمو …
 *   می‌نویسم», «تو استوری همه‌جا میگم», «در اینستاگرام منتشر می‌کنم») — in a sentence whose condition is the company's
 *   failure («اگه … تعمیر نشه», «اگه … قبول نکنید», «در صورت ادامه این روند», «وگرنه»), or in a message an older reader
 *   already read a fault in. Not a question («کجا نظر بدم؟»), a good review («نظر مثبت می‌ذارم»), a plan with the
 *   customer's own condition («اگه برنامه‌م جور نشه تمدید نمی‌کنم»), nor a step that is not negated («اگه تخفیف بدید
 *   تمدید می‌کنم»).
 * - **the company's act questioned with «؟!»** (rhetorical): «چرا بدون هماهنگی … فرستادید؟!», «چرا پولمو کم کردید؟!» —
 *   «چرا» and a second-person past verb in a sentence closed by «؟!» (or «!؟»), in a message with no praise or delight
 *   («وای چرا انقدر زود فرستادید؟! 😍»: a pleasant surprise). A plain «چرا … ؟» asks.
 * - **what kind of conduct is this**: «این چه سیستمیه؟», «این چه حسابیه؟», «این چه رفتاریه!» — «این چه» + a noun of the
 *   company's conduct or system (the older reader «این چه شرکتیه؟» names the company), closing its sentence with «؟» or
 *   «!», in a message that tells a fault. Not a thing asked about («این چه خطاییه؟», «این چه کدیه؟»: a name asked).
 * - **what I give set against what I get, joined by «اونوقت»**: «ماهی ۵ میلیون پول پنل میدم، اونوقت آگهی‌هام …», «ده
 *   ساله مشتری‌تونم، اونوقت …» — a first-person clause (paying, being a customer) then «اونوقت / آنوقت» opening the next
 *   clause. Not the temporal «اونوقت» of a plan or a condition («اول پرداخت کنید، اونوقت کد میاد», «اگه … اونوقت …»).
 * - **the service measured against the company's own claims**: «کیفیت … با تبلیغاتتان همخوانی ندارد», «با ادعاهاتون جور
 *   درنمیاد», «با وعده‌ای که دادید مطابقت نداره» — a negated verb of matching (همخوانی / مطابقت / تطابق / ربط / جور) in a
 *   sentence that names the company's advertising, claims or promises. Not a product set against its description or photo
 *   («با توضیحات سایت همخوانی نداره، کدوم درسته؟»: which is right is asked), nor a question.
 * - **all that, and this in the end?**: «این همه تبلیغ کردید آخرش این؟», «این همه پول دادیم، نتیجه‌ش اینه؟» — «این همه»
 *   then a question closed by «این / اینه» (a question that names no thing to choose: «… آخرش کدومو بگیرم؟» asks).
 */
import type { CueContext } from '../cue.ts';
import type { ToneToken } from '../layer.ts';
import type { Evidence } from '../types.ts';
import { gatedTest } from '../textgate.ts';

type T = readonly ToneToken[];
const NOTHING = { score: 0, evidence: [] as Evidence[] };

/** One cheap test on the lower-cased text: a word every kind below needs. */
const GATE = /همخوان|مطابقت|تطابق|ربط|جور\s*در|این\s*همه|تمدید|خرید|نظر|ریویو|کامنت|امتیاز|اینستا|استوری|همه\s*\u200c?جا|منتشر|چرا|این\s*چه|ا[وو]?نوقت|آنوقت|اون\s*وقت|آن\s*وقت/;

// ---- a step of leaving or going public ----
/** Nouns whose doing, negated in the first person, is leaving: not renewing, not buying, not using, not booking again. */
const LEAVE_NOUN = /^(?:تمدید|خرید|استفاده|همکاری|رزرو|سفارش|شارژ|اشتراک|عضویت)$/;
/** A review or a public place. */
const REVIEW = /^(?:ریویو|رویو|نظر|نظرم|نظرمو|نظرمون|نظری|نظرات|کامنت|کامنتی|امتیاز|امتیازی|ستاره|نقد|review)$/;
const PUBLIC = /^(?:اینستاگرام|اینستا|استوری|پیج|توییتر|تویتر|تلگرام|شبکه|شبکههای|فضای|یوتیوب|لینکدین|گوگل|گوگلمپ|همهجا|منتشر|افشا)$/;
/** Lemmas of writing, leaving, saying, giving or sending (the publishing verb). */
const PUBLISH_LEMMA = /^(?:نوشتن|گذاشتن|گفتن|کردن|دادن|فرستادن|زدن)$/;
const GOOD_REVIEW = /^(?:مثبت|خوب|خوبی|عالی|پنج|۵|5|تشکر|قدردانی|تعریف)$/;
/** Words that open a condition, and the negated verbs that make it the company's failure. */
const IF = /^(?:اگه|اگر|وگرنه|والا|درغیراینصورت)$/;
const FIX = /^(?:درست|تعمیر|حل|رسیدگی|برطرف|اصلاح|ثبت|واریز|پرداخت|انجام|وصل|فعال|جبران|تحویل|ارسال|پیگیری|عوض|تعویض|قبول)$/;
const FAILING = /^(?:رسیدن|آمدن|اومدن|برگشتن|برگرداندن|فرستادن|دادن)$/;
const OWN = /(?:م|مون|مان)$/;
/** Older evidence that tells a fault: a step read in a message holding one is set on that fault. */
const FAULT_WHY = new Set(['tone.why.failure', 'tone.why.complaint', 'tone.why.brokenPromise', 'tone.why.sarcasm', 'tone.why.rhetoricalQuestion', 'tone.why.notHappy', 'tone.why.judgement', 'tone.why.feeling', 'tone.why.paidVsGot', 'tone.why.exasperated']);

/** A first-person verb (not the second or third person): «می‌نویسم», «میگم», «نمی‌کنم», «خواهم». */
const first = (x: ToneToken) => !x.second && !x.third && /(?:م|یم)$/.test(x.key);

/** Whether the condition before `step` in its sentence is the company's failure. */
function failingCondition(t: T, step: number): boolean {
  const s = t[step].sentence;
  let at = -1;
  for (let j = step - 1; j >= 0 && t[j].sentence === s; j--) {
    if (IF.test(t[j].key) || (t[j].key === 'صورت' && t[j - 1]?.key === 'در')) at = j;
    if (t[j].key === 'غیر' || t[j].key === 'غیراینصورت') at = j;
  }
  if (at < 0) return false;
  if (/^(?:وگرنه|والا|غیر|غیراینصورت)$/.test(t[at].key)) return true;
  for (let j = at + 1; j < step; j++) {
    const x = t[j];
    // «در صورت ادامه این روند», «در صورت عدم رسیدگی».
    if (t[at].key === 'صورت' && (x.key === 'ادامه' || x.key === 'عدم')) return true;
    if (!x.verb || !x.neg || first(x) || x.pastFirst) continue;
    // A negated verb of the company («قبول نکنید», «جواب ندید»), or of a thing not fixed or not come («تعمیر نشه», «نرسه»),
    // not of the customer's own thing («برنامه‌م جور نشه»).
    // «جواب ندید» is read as «دیدن» by the morphology: the second person of «دادن» after a word of answering.
    if (x.second || /^(?:ندید|ندین)$/.test(x.key)) return true;
    const prev = t[j - 1]?.key ?? '';
    if (x.third && (FIX.test(prev) || FAILING.test(x.lemma)) && !OWN.test(prev)) return true;
  }
  return false;
}

/** The step of leaving or going public at token i: its token range, or null. */
function stepAt(t: T, i: number): [number, number] | null {
  const x = t[i];
  // Not renewing, not buying again: «تمدید نمی‌کنم», «خرید نمی‌کنم», «تمدید نخواهم کرد», «تمدید نخواهد شد».
  if (LEAVE_NOUN.test(x.key)) {
    const v = t[i + 1];
    if (!v || v.clause !== x.clause) return null;
    // Present or future only: «استفاده نکردم» (past) tells what happened, not a step.
    if (v.verb && v.neg && !v.past && v.lemma === 'کردن' && first(v)) return [i, i + 1];
    if (/^(?:نخواهم|نخواهیم|نخواهد)$/.test(v.key) && /^(?:کرد|شد|داد)$/.test(t[i + 2]?.key ?? '')) return [i, i + 2];
    return null;
  }
  // A review or a public place, then within five words a first-person verb of writing, leaving, saying or posting.
  if (REVIEW.test(x.key) || PUBLIC.test(x.key)) {
    for (let j = i + 1; j < t.length && j <= i + 5 && t[j].sentence === x.sentence; j++) {
      const v = t[j];
      if (GOOD_REVIEW.test(v.key)) return null;
      if (v.key === 'خواهم' || v.key === 'خواهیم') return [i, Math.min(j + 1, t.length - 1)];
      if (v.verb && !v.neg && !v.past && first(v) && PUBLISH_LEMMA.test(v.lemma)) return [i, j];
    }
  }
  return null;
}

function sentenceAsks(ctx: CueContext, s: number): boolean {
  const sent = ctx.doc.sentences[s];
  return !!sent && /[؟?]/.test(ctx.doc.text.slice(sent.start, Math.min(ctx.doc.text.length, sent.end + 2)));
}

// ---- the company's act questioned with «؟!» ----
const DELIGHT = /عالی|ممنون|مرسی|دمتون|خوشحال|خوشگل|قشنگ|سورپرایز|[\u{1F60D}\u{1F970}\u{1F602}\u{1F923}\u{1F604}\u{1F601}\u{1F60A}\u{1F929}\u{1F389}\u{2764}]|خخخ/u;

// ---- what kind of conduct is this ----
const CONDUCT = /^(?:سیستم|حساب|رفتار|برخورد|وضع|قانون|روند|نظم|کیفیت|پیگیری|پاسخگویی|رسیدگی|کار|کاسبی|تجارت|حسابرسی)(?:ی|ای|یه|یست|ئه|ه)?$/;
const FAULT_WORD = /خراب|برابر|دیر|تاخیر|تأخیر|کنسل|لغو|قطع|اشتباه|ناقص|گم|معطل|علاف|نرسید|نیومد|نیامد|نمیاد|جواب\s*نمی|جواب\s*ند|کم\s*کرد|کسر|جریمه|برداشت|اضافه|پولم|گرون|گران|بالا\s*نمیاد|نمیشه|نشد|نشده|ندادید|نکردید/;

// ---- what I give set against what I get ----
const THEN = /^(?:اونوقت|آنوقت|انوقت)$/;
const PLAN = /^(?:اگه|اگر|وقتی|تا|بعد|اول|اولش|هروقت|کنید|کنین|بدید|بدین|بزنید|بزنین|بفرستید|بفرستین)$/;

// ---- the service measured against the company's own claims ----
const CLAIM = /^(?:تبلیغات|تبلیغاتتان|تبلیغاتتون|تبلیغاتشون|تبلیغ|تبلیغتون|ادعا|ادعای|ادعاها|ادعاهای|ادعاهاتون|ادعاهایتان|ادعاتون|وعده|وعدهای|وعدهها|وعدههای|وعدههاتون|شعار|شعارتون|شعارتان|قول|قولی|قولهای|قولهاتون)$/;
const MATCH = /^(?:همخوانی|مطابقت|تطابق|ربطی|ربط|سنخیتی|جور)$/;
const NOT_MATCHING = /^(?:ندارد|نداره|نداشت|نداشته|نداشتن|درنمیاد|درنمیآید|درنمیومد|نیست|نمیخونه|نمیخواند)$/;

/** The reasons an older reader gives the same reading (counted once). */
const AS_LEAVING: ReadonlySet<string> = new Set(['tone.why.leaving', 'tone.why.threat', 'tone.why.escalation']);
const AS_QUESTION: ReadonlySet<string> = new Set(['tone.why.rhetoricalQuestion', 'tone.why.rhetorical', 'tone.why.impatient', 'tone.why.exasperated']);
const AS_PAID: ReadonlySet<string> = new Set(['tone.why.paidVsGot', 'tone.why.sarcasm']);
const AS_JUDGED: ReadonlySet<string> = new Set(['tone.why.judgement', 'tone.why.expectation']);

/** GATE on the latest words, behind its own words' gate (the shared scan): most texts hold none, and then GATE is not run. */
const HAS_GATE = gatedTest(GATE);
export function readFaKinds26(ctx: CueContext, prior: readonly Evidence[]): { score: number; evidence: Evidence[] } {
  if (!ctx.fa || !HAS_GATE(ctx.low)) return NOTHING;
  const t = ctx.doc.tokens;
  const text = ctx.doc.text;
  const ev: Evidence[] = [];
  let score = 0;
  const span = (a: number, b: number) => ({ start: t[a].start, end: t[b].end });
  // Words an older reader already read (the «این چه شرکتیه؟» reader of session 19): counted once.
  // Only a reading of the same kind counts («بدون» read as a fault inside «چرا بدون هماهنگی … فرستادید؟!» does not).
  const seen = (a: number, b: number, whys: ReadonlySet<string>) => prior.some((e) => whys.has(e.why ?? '') && e.start - ctx.offset < t[b].end && t[a].start < e.end - ctx.offset);
  const faultTold = prior.some((e) => FAULT_WHY.has(e.why ?? ''));
  const delight = DELIGHT.test(text);
  let stepped = false;
  let why = false;
  let kind = false;
  let gave = false;
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    if (!stepped) {
      const st = stepAt(t, i);
      if (st && !sentenceAsks(ctx, x.sentence)) {
        const cond = failingCondition(t, st[0]);
        // A passive «تمدید نخواهد شد» is a step only on a condition (a plain notice otherwise).
        const passive = t[st[1]].key === 'شد';
        // An older reader weighed the words themselves («گوگل مپ», «تمدید نخواهد شد»: a light escalation): the condition on
        // the company's failure tops it up, shown as the older piece.
        if (seen(st[0], st[1], AS_LEAVING)) {
          if (cond) {
            stepped = true;
            score += 0.5;
          }
        } else if (cond || (faultTold && !passive && !delight)) {
          stepped = true;
          score += cond ? 1.1 : 0.8;
          ev.push(ctx.ev(span(st[0], st[1]), 'tone.why.leaving'));
        }
      }
    }
    if (!why && x.key === 'چرا' && !delight) {
      const sent = ctx.doc.sentences[x.sentence];
      const closing = sent ? text.slice(sent.start, Math.min(text.length, sent.end + 3)) : '';
      if (/(?:[؟?]\s*!|!\s*[؟?])/.test(closing)) {
        for (let j = i + 1; j < t.length && t[j].sentence === x.sentence; j++) {
          if (t[j].verb && t[j].second && t[j].past && !seen(i, j, AS_QUESTION)) {
            why = true;
            score += 1;
            ev.push(ctx.ev(span(i, j), 'tone.why.rhetoricalQuestion'));
            break;
          }
        }
      }
    }
    if (!kind && x.key === 'این' && t[i + 1]?.key === 'چه' && t[i + 2] && t[i + 2].sentence === x.sentence && CONDUCT.test(t[i + 2].key)) {
      // Closing its sentence (an intensifier may follow): «این چه سیستمیه؟», «این چه وضعشه آخه؟».
      let e = i + 2;
      while (e + 1 < t.length && t[e + 1].sentence === x.sentence && /^(?:آخه|دیگه|واقعا|واقعاً|پس|است|هست)$/.test(t[e + 1].key)) e++;
      const last = e + 1 >= t.length || t[e + 1].sentence !== x.sentence;
      const mark = /^\s*[؟?!]/.test(text.slice(t[e].end, t[e].end + 3));
      const rest = text.slice(0, t[i].start) + ' ' + text.slice(t[e].end);
      if (last && mark && FAULT_WORD.test(rest) && !delight && !seen(i, e, AS_QUESTION)) {
        kind = true;
        score += 1.1;
        ev.push(ctx.ev(span(i, e), 'tone.why.rhetoricalQuestion'));
      }
    }
    if (!gave && THEN.test(x.key) && i > 0 && t[i - 1].sentence === x.sentence && t[i - 1].clause !== x.clause) {
      // The clause before: a first-person verb (paying, being a customer), no plan or condition word.
      const before: number[] = [];
      for (let j = i - 1; j >= 0 && t[j].clause === t[i - 1].clause; j--) before.push(j);
      const own = before.some((j) => (t[j].verb && first(t[j]) && !t[j].neg) || /^(?:مشتریتونم|مشتریتانم|مشتریم|مشتری)$/.test(t[j].key));
      const plan = before.some((j) => PLAN.test(t[j].key));
      // And the clause after tells what they get: a verb of the company's or a thing's, in a message that tells a fault or asks.
      let after = false;
      for (let j = i + 1; j < t.length && t[j].sentence === x.sentence; j++) if ((t[j].verb && (t[j].second || t[j].third)) || FAULT_WORD.test(t[j].key)) after = true;
      if (own && !plan && after && (FAULT_WORD.test(text) || /[!؟?]/.test(text)) && !delight && !seen(Math.min(...before), i, AS_PAID)) {
        gave = true;
        score += 1;
        ev.push(ctx.ev(span(Math.min(...before), i), 'tone.why.paidVsGot'));
      }
    }
  }
  // The service measured against the company's claims, and «این همه …، آخرش این؟»: once each, per sentence.
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    if (!MATCH.test(x.key) || sentenceAsks(ctx, x.sentence)) continue;
    // The negated verb right after, or after «به …» («هیچ ربطی به تبلیغاتتون نداره»).
    let v = -1;
    for (let j = i + 1; j < t.length && j <= i + 4 && t[j].sentence === x.sentence && v < 0; j++) if (NOT_MATCHING.test(t[j].key)) v = j;
    if (v < 0) continue;
    let claim = -1;
    for (let j = Math.max(0, i - 8); j < v; j++) if (t[j].sentence === x.sentence && CLAIM.test(t[j].key)) claim = j;
    if (claim >= 0 && !seen(Math.min(claim, i), v, AS_JUDGED)) {
      score += 1.1;
      ev.push(ctx.ev(span(Math.min(claim, i), v), 'tone.why.judgement'));
      break;
    }
  }
  for (let i = 0; i + 1 < t.length; i++) {
    if (t[i].key !== 'این' || t[i + 1].key !== 'همه') continue;
    const s = t[i].sentence;
    let e = i + 1;
    while (e + 1 < t.length && t[e + 1].sentence === s) e++;
    const close = text.slice(t[e].end, t[e].end + 3);
    if (e > i + 3 && e <= i + 12 && /^(?:این|اینه|همین|همینه)$/.test(t[e].key) && /^\s*[؟?]/.test(close) && !seen(i, e, AS_QUESTION)) {
      score += 1;
      ev.push(ctx.ev(span(i, e), 'tone.why.rhetoricalQuestion'));
      break;
    }
  }
  if (score === 0) return NOTHING;
  return { score: Math.min(score, 1.6), evidence: ev };
}
