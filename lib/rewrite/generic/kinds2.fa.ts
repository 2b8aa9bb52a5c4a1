/**
 * Kinds of the late11 Persian writers no pack rule and no other generic reader read, kept out of fa-core.json because the
 * pack's expansion budget is spent (tests/unit/packs/budget.test.ts). kinds.fa.ts runs these after its own. Advice only,
 * as every generic hit (no alternative text, so nothing promised or invented):
 *
 *  - the blanket apology: «از بروز هرگونه ناراحتی عذرخواهی می‌نماییم», «با عرض پوزش بابت هرگونه ناراحتی», «از بابت
 *    مشکلات پیش‌آمده پوزش می‌طلبیم»: sorry for any / for the troubles that came up, not for one thing that happened
 *    (not «بابت تأخیر عذر می‌خوام»);
 *  - sorry-but spelled as two words: «عذر میخام اما», «معذرت می‌خوام ولی» (the pack reads «ببخشید ولی»);
 *  - «as I said»: «همونطور که دیروز هم گفتم», «چنانچه پیش‌تر خدمتتان عرض کردم» (an earlier-time word between, and a
 *    first-person verb of saying: not «همانطور که گفتید»);
 *  - the rule is the rule: «قوانین هتل همینه», «روال کار همین است» (not «روال اینه که …»: an explanation);
 *  - «خودتون برداشتید»: you did it yourselves (an emphatic «خودتون» before a past second-person verb; not in a
 *    question, a condition, or thanks);
 *  - the fault is on your side: «لگ از اینترنت خودته», «مشکل از گوشی خودتونه»;
 *  - an impersonal effort: «سعی بر این خواهد بود که …», «تلاش بر این است که …»;
 *  - «شلوغش نکن», «بزرگش نکنید»: don't make a fuss;
 *  - the channel refused: «تلفنی نمیشه», «حضوری نمی‌شود» (bare, clause-final, a particle after it allowed), and
 *    «… بدون حضور مالک نمیشه»: an action that «can't be done without …»;
 *  - «پولش رو برنمی‌گردونیم»: we won't give the money back (first person; the intransitive «برنمی‌گرده» is fa.ts's).
 *
 * And, from the late12 writers (read after the late11 batch was measured on late12):
 *
 *  - «مرجوعش نمیشه», «کنسلش نمیشه»: an action on «it» that can't be done (bare, clause-final);
 *  - «خب گفتم که،»: «told you» after a particle;
 *  - «اتفاق خاصی که نیفتاده», «چیز مهمی که نشده»: nothing special happened (the «که» of retort; an adjective);
 *  - «اون قسمت با ما نیست»: that part is not ours;
 *  - «کیفیت غذا مربوط به رستورانه»: it concerns someone else (a third party named);
 *  - «تو پنل ما دکمه‌ش نیست»: the system has no button for it;
 *  - «توسط سامانه مسدود شده»: blocked by the system (kinds.fa.ts reads «سیستمی بسته شده»);
 *  - «امیدوارم تا آخر هفته بتونیم»: a hope with words between (the pack reads «امیدوارم بتونیم»);
 *  - «به‌صراحت عرض کنم», «رک بگم»: the candour opener with a verb of saying;
 *  - «من پشتیبانی فنی‌ام، … باید به مالی زنگ بزنید»: not my desk, the customer sent to another (not «من از پشتیبانی
 *    هستم، سفارشتون به واحد مالی ارسال شد»: passed on by the agent).
 *
 * (Not «با عرض پوزش، …» before bad news: fa-leftovers.test.ts keeps it unflagged, a Persian judge's call.)
 *
 * None in a question; the ones that could be a condition's, none in a condition.
 */
import { faClauseStart, faHit, type FaCtx, type FaWord } from './fa.ts';
import type { FaGate } from './dispatch.fa.ts';
import type { GenericHit } from './types.ts';

const APOLOGY = /^(?:عذرخواهی|پوزش|معذرت|معذرتخواهی|عذر)$/;
const ANY = /^(?:هرگونه|هرنوع|هرگونهی)$/;
const TROUBLE = /^(?:ناراحتی|ناراحتیها|ناراحتیهای|مشکل|مشکلی|مشکلات|اختلال|اختلالی|اختلالات|ناملایمتی|ناملایمات|زحمت|زحمتی|زحمات|تاخیر|تأخیر|دردسر|دردسری|نارضایتی|سردرگمی|وقفه|کندی)$/;
const TROUBLES = /^(?:ناراحتیها|ناراحتیهای|مشکلات|اختلالات|ناملایمات|زحمات|دردسرها|مشکلاتی)$/;
const CAME_UP = /^(?:پیشآمده|ایجادشده|بوجودآمده|بهوجودآمده|رخداده|حاصله|وارده)$/;

/** A contrast right after an apology: «… اما», «… ولی». */
const BUT = /^(?:اما|ولی|منتها|منتهی)$/;
const WANT_1 = /^(?:میخوام|میخام|میخواهم|میخوایم|میخواهیم)$/;

const AS = /^(?:همانطور|همونطور|همانطوری|همونطوری|همانگونه|همونجور|همونجوری|همانجور|همچنانکه|چنانکه)$/;
const EARLIER = /^(?:قبلا|قبلاً|پیشتر|پیش|قبل|دیروز|دیشب|امروز|صبح|بارها|هم|بهتون|بهت|به|شما|خدمتتان|خدمتتون|خدمت|حضورتان|حضورتون|در|تو|توی|ایمیل|پیام|تماس|مکاتبه|مکاتبات|تلفن|قبلی|قبلیم|تلفنی|بالا|هفته|روز|گذشته|پیش|این|از)$/;
const TIMEISH = /^(?:قبلا|قبلاً|پیشتر|دیروز|دیشب|صبح|بارها|هم|قبلی|قبلیم|گذشته|بالا)$/;
const SAID_1 = /^(?:گفتم|گفتیم|گفته|عرض|توضیح|اشاره|ذکر|نوشتم|نوشتیم|اعلام|خدمتتون)$/;
const DID_1 = /^(?:کردم|کردیم|دادم|دادیم|کرده|داده|نمودم|نمودیم|نموده)$/;
const WAS_1 = /^(?:بودم|بودیم|ام|ایم)$/;

const RULE = /^(?:قانون|قوانین|مقررات|ضوابط|رویه|روال|سیاست|سیاستهای|پالیسی|آییننامه|دستورالعمل|قانونش|قانونشه|رویهاش|روالش|قوانینش|مقرراتش)$/;
const IS_SO = /^(?:همینه|همینست|همینطوره|همینجوره|همینطوریه|اینجوریه|اینطوره)$/;

const SELF_2 = /^(?:خودتون|خودتان|خودت|خودشما|جنابعالی|خودِتون)$/;
/** A past second-person verb of doing (simple or light-verb), which the analyzer leaves unread in most colloquial forms. */
const PAST_2 = /^(?:برداشت|زد|داد|فرستاد|گذاشت|خرید|بست|نوشت|گرفت|شکست|انداخت|ریخت|کشید|ساخت|کرد|نمود|فرمود|پوشید|زد|دزدید|بُرد|برد|آورد|اورد|کند|کوبید)(?:ید|ین|ی|هاید|هاین|هبودید|هبودین)$/;
const THANKS = /^(?:ممنون|ممنونم|ممنونیم|متشکرم|متشکریم|سپاس|سپاسگزارم|سپاسگزاریم|مرسی|تشکر|ممنونیم|خوشحالم|خوشحالیم)$/;

const FAULTS = /^(?:لگ|قطعی|کندی|مشکل|مشکلش|ایراد|ایرادش|اشکال|اشکالش|خطا|ارور|خرابی|اختلال|قطع|تاخیر|تأخیر|پینگ|نویز|خش|ضعف|افت|هنگ|هنگی|کند|ارورش|خطاش)$/;
const YOURS = /^(?:خودته|خودتونه|خودتانه|خودتان|خودتون|شماست|شماس|خودت|خودتونست)$/;

const EFFORT = /^(?:سعی|تلاش|کوشش|همت)$/;

const FUSS = /^(?:شلوغش|بزرگش|گندهش|گندش|کشش|کشدارش|شلوغ‌ش)$/;
const DONT_DO_2 = /^(?:نکن|نکنید|نکنین|نده|ندید|ندین|ندهید|نفرمایید)$/;

const CHANNEL = /^(?:تلفنی|حضوری|آنلاین|اینترنتی|غیرحضوری|تلگرامی|واتساپی|ایمیلی|پیامکی)$/;
const CANNOT_BARE = /^(?:نمیشه|نمیشود|نمیش)$/;
const PARTICLE = /^(?:والا|والله|دیگه|آخه|خب|خوب|که|متاسفانه|اصلا|اصلاً|واقعا|واقعاً)$/;
const ACTIONS = /^(?:تبدیل|تغییر|لغو|کنسل|ارسال|تعویض|استرداد|تمدید|برگشت|مرجوع|انتقال|جابجایی|جابهجایی|ویرایش|اصلاح|حذف|ثبت|رزرو|فعالسازی|نصب|تحویل|بازگشت|عودت|انصراف|ارتقا|ارتقاء|صدور|تسویه|پرداخت|برداشت|افتتاح|بستن|تغییرش|تمدیدش|ثبتش|انتقالش)$/;

const MONEY = /^(?:پول|پولش|پولشو|پولتون|پولتونو|پولتان|وجه|وجهش|مبلغ|مبلغش|مبلغشو|هزینه|هزینهش|هزینهاش|هزینشو|هزینهشو|بها|وجوه|پولی)$/;
const GIVE_BACK_1 = /^(?:برنمیگردونیم|برنمیگردونم|برنمیگردانیم|برنمیگردانم|بازنمیگردانیم|بازنمیگردونیم|برنخواهیمگرداند|برنمیزنیم)$/;

function sameClause(W: FaWord[], from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) if (!W[k] || W[k].pauseBefore) return false;
  return true;
}

const OPENERS = /^(?:هرگونه|هرنوع|هرگونهی|مشکلات|ناراحتیها|ناراحتیهای|اختلالات|ناملایمات|زحمات|دردسرها|مشکلاتی|عذر|معذرت|همانطور|همونطور|همانطوری|همونطوری|همانگونه|همونجور|همونجوری|همانجور|همچنانکه|چنانکه|چنانچه|خودتون|خودتان|خودت|جنابعالی|از|سعی|تلاش|کوشش|همت|شلوغش|بزرگش|گندهش|گندش|کشش|کشدارش|تلفنی|حضوری|آنلاین|اینترنتی|غیرحضوری|تلگرامی|واتساپی|ایمیلی|پیامکی|بدون|برنمی|برنمیگردونیم|برنمیگردونم|برنمیگردانیم|برنمیگردانم|بازنمیگردانیم|بازنمیگردونیم)$|^(?:قانون|قوانین|مقررات|ضوابط|رویه|روال|سیاست|پالیسی|آییننامه|دستورالعمل)/;

function readKinds2(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  const w = W[j].w;
  if (c.question || !OPENERS.test(w)) return null;
  const at = (k: number) => W[k]?.w ?? '';

  // «هرگونه ناراحتی» with an apology in its sentence, before or after it.
  if (ANY.test(w) && TROUBLE.test(at(j + 1))) return blanketApology(W, j, j + 1);
  // «مشکلات پیش‌آمده» (also «پیش آمده» in two words) with an apology.
  if (TROUBLES.test(w)) {
    if (CAME_UP.test(at(j + 1))) return blanketApology(W, j, j + 1);
    if (/^(?:پیش|بوجود|ایجاد)$/.test(at(j + 1)) && /^(?:آمده|اومده|شده)$/.test(at(j + 2))) return blanketApology(W, j, j + 2);
    return null;
  }

  // «عذر میخام اما», «معذرت می‌خوام ولی»: at the start of its clause.
  if ((w === 'عذر' || w === 'معذرت') && WANT_1.test(at(j + 1)) && BUT.test(at(j + 2)) && sameClause(W, j, j + 2)) {
    if (j > 0 && !W[j].pauseBefore && !/^(?:واقعا|واقعاً|خیلی|بازم|باز|ولی|اما)$/.test(at(j - 1))) return null;
    return faHit(W, j, j + 2, 'regret-opener', 'over-apology');
  }

  // «همونطور که دیروز هم گفتم», «چنانچه پیش‌تر خدمتتان عرض کردم».
  if (AS.test(w) || w === 'چنانچه') {
    let k = j + 1;
    if (AS.test(w)) {
      if (at(k) !== 'که') return null;
      k++;
    }
    let time = false;
    const first = k;
    for (; k < Math.min(W.length, first + 5); k++) {
      if (W[k].pauseBefore) return null;
      if (TIMEISH.test(W[k].w)) time = true;
      if (SAID_1.test(W[k].w)) break;
      if (!EARLIER.test(W[k].w)) return null;
    }
    if (!time || k >= W.length || !SAID_1.test(W[k].w)) return null;
    let end = k;
    if (/^(?:گفتم|گفتیم|نوشتم|نوشتیم)$/.test(W[k].w)) end = k;
    else if (/^(?:گفته|خدمتتون)$/.test(W[k].w) && WAS_1.test(at(k + 1))) end = k + 1;
    else if (DID_1.test(at(k + 1))) end = WAS_1.test(at(k + 2)) ? k + 2 : k + 1;
    else return null;
    // «چنانچه» is also «if»: only with a first-person past verb of saying, which it never conditions.
    return faHit(W, j, end, 'repeating-myself', 'passive-aggressive');
  }

  // «قوانین هتل همینه».
  if (RULE.test(w) || /^(?:قانون|قوانین|مقررات|ضوابط|رویه|روال|سیاست)/.test(w)) {
    for (let k = j + 1; k <= Math.min(W.length - 1, j + 3); k++) {
      if (W[k].pauseBefore || W[k].v) return null;
      if (IS_SO.test(W[k].w) || (W[k].w === 'همین' && /^(?:است|هست|میباشد)$/.test(at(k + 1)))) {
        const end = W[k].w === 'همین' ? k + 1 : k;
        if (at(end + 1) === 'که' && !W[end + 1].pauseBefore) return null;
        if (!RULE.test(w) && !/^(?:قانون|قوانین|مقررات|ضوابط|رویه|روال|سیاست)(?:ش|مون|مان|های|ها|ی)?$/.test(w)) return null;
        return faHit(W, j, end, 'policy-shield', 'policy');
      }
    }
    return null;
  }

  // «خودتون برداشتید».
  if (SELF_2.test(w)) {
    if (faClauseStart(W, j).conditional) return null;
    // (rwfa25) «همونطور که خودتون نوشتین، …»: the customer's own account cited in agreement, not blamed.
    if (j > 1 && at(j - 1) === 'که' && /^(?:همانطور|همونطور|همانگونه|همونجور|همانجور|همانطوری|همونطوری|طور|گونه|جور)$/.test(at(j - 2))) return null;
    if (W.some((x) => THANKS.test(x.w))) return null;
    for (let k = j + 1; k <= Math.min(W.length - 1, j + 4); k++) {
      if (W[k].pauseBefore) return null;
      const v = W[k].v;
      const past2 = (v && v.person.person === 2 && v.tense === 'past' && !v.negative) || (!v && PAST_2.test(W[k].w));
      // «خودتون لطف کردید»: a kindness, thanked.
      if (past2 && /^(?:لطف|محبت|زحمت|کمک|همکاری|عنایت|بزرگواری)$/.test(W[k - 1].w)) return null;
      if (past2) return faHit(W, j, k, 'second-person-blame', 'blame');
      if (v) return null;
    }
    return null;
  }

  // «لگ از اینترنت خودته».
  if (w === 'از' && j > 0 && FAULTS.test(at(j - 1)) && !W[j].pauseBefore) {
    for (let k = j + 2; k <= Math.min(W.length - 1, j + 4); k++) {
      if (W[k].pauseBefore || W[k].v) return null;
      if (YOURS.test(W[k].w)) {
        if (faClauseStart(W, j - 1).conditional) return null;
        return faHit(W, j - 1, /^(?:خودتان|خودتون)$/.test(W[k].w) && /^(?:است|هست|میباشد)$/.test(at(k + 1)) ? k + 1 : k, 'second-person-blame', 'blame');
      }
    }
    return null;
  }

  // «سعی بر این خواهد بود که».
  if (EFFORT.test(w) && at(j + 1) === 'بر' && /^(?:این|آن)$/.test(at(j + 2))) {
    const v = at(j + 3);
    if (/^(?:است|هست|بوده|میباشد|شده|میشود|میشه|خواهد|خواهیم)$/.test(v)) return faHit(W, j, at(j + 4) === 'بود' ? j + 4 : j + 3, 'hedged-effort', 'uncertainty');
    return null;
  }

  // «شلوغش نکن».
  if (FUSS.test(w) && DONT_DO_2.test(at(j + 1)) && sameClause(W, j, j + 1)) return faHit(W, j, j + 1, 'minimising', 'dismissive');

  // «تلفنی نمیشه (والا)».
  if (CHANNEL.test(w) && CANNOT_BARE.test(at(j + 1)) && sameClause(W, j, j + 1)) {
    const n = W[j + 2];
    if (n && !n.pauseBefore && !(PARTICLE.test(n.w) && (!W[j + 3] || W[j + 3].pauseBefore))) return null;
    if (faClauseStart(W, j).conditional || c.reassuring) return null;
    return faHit(W, j, j + 1, 'not-available', 'cant-wont');
  }

  // «انتقال سند بدون حضور مالک نمیشه».
  if (w === 'بدون') {
    let k = j + 1;
    for (; k < Math.min(W.length, j + 6); k++) {
      if (W[k].pauseBefore || W[k].v) break;
    }
    if (!CANNOT_BARE.test(at(k)) || W[k].pauseBefore) return null;
    const n = W[k + 1];
    if (n && !n.pauseBefore && !(PARTICLE.test(n.w) && (!W[k + 2] || W[k + 2].pauseBefore))) return null;
    const { from, conditional } = faClauseStart(W, j);
    if (conditional || c.reassuring) return null;
    let noun = -1;
    for (let m = from; m < Math.min(j, from + 3); m++) if (ACTIONS.test(W[m].w)) noun = m;
    if (noun < 0) return null;
    return faHit(W, noun, k, 'not-available', 'cant-wont');
  }

  // «پولش رو برنمی‌گردونیم».
  let back = -1;
  if (GIVE_BACK_1.test(w)) back = j;
  else if (w === 'برنمی' && /^(?:گردونیم|گردونم|گردانیم|گردانم)$/.test(at(j + 1))) back = j + 1;
  if (back >= 0) {
    const { from, conditional } = faClauseStart(W, j);
    if (conditional || c.reassuring) return null;
    for (let k = Math.max(0, from - 1); k < j; k++) if (MONEY.test(W[k].w)) return faHit(W, j, back, 'not-offered', 'cant-wont');
  }
  return null;
}

const ACTION_IT = /^(?:مرجوع|کنسل|لغو|تعویض|تمدید|ارسال|ثبت|حذف|ویرایش|اصلاح|انتقال|جابجا|جابهجا|عوض|پس|برگشت|استرداد|فعال|غیرفعال|تغییر|رزرو|تحویل|نصب)(?:ش|شو|شون)$/;
const SPECIAL = /^(?:خاصی|مهمی|عجیبی|بدی|جدی|خاص|مهم)$/;
const HAPPENING = /^(?:اتفاق|چیز|مشکل|مسئله|مساله|اتفاقی|چیزی|مشکلی|کار|ضرری|ضرر)$/;
const DIDNT_HAPPEN = /^(?:نیفتاده|نیوفتاده|نیفتاد|نشده|نشد|نیست|نبوده|نبود|نیس|نداره|نداشته)$/;
const PART = /^(?:قسمت|بخش|کار|کارش|مورد|موضوع|پیگیری|پیگیریش|رسیدگی|رسیدگیش|اینکار|اونکار|اینکارش|مسئولیت|مسئولیتش|مسئولیتشم|قسمتش|بخشش)$/;
const NOT_IS = /^(?:نیست|نیس|نمیباشد|نیستش|نبوده|نیستیم)$/;
const THIRD = /^(?:رستوران|فروشنده|فروشگاه|بانک|پست|پیک|تامینکننده|تأمینکننده|سازنده|کارخانه|هتل|ایرلاین|هواپیمایی|اپراتور|مخابرات|نمایندگی|گارانتی|بیمه|تولیدکننده|راننده|شاپرک|سازمان|شرکت|پذیرنده|باربری|آژانس|مالک|صاحبخانه|ارائهدهنده|درگاه|شهرداری|اداره|دانشگاه|پزشک|دکتر|آزمایشگاه|داروخانه|کنسولگری|سفارت|گمرک)(?:ه|هاست|ها)?$/;
const SYSTEM = /^(?:پنل|سیستم|سامانه|نرمافزار|اپ|اپلیکیشن|برنامه|سایت|پرتال|سیستمم|سیستممون|پنلمون|پنلم|سامانهی|نرمافزارمون|اپمون)$/;
const BUTTON_IT = /^(?:دکمهش|دکمهاش|گزینهش|گزینهاش|آپشنش|آپشنی|دکمهای|گزینهای|امکانش)$/;
const BLOCKED = /^(?:بسته|قفل|مسدود|غیرفعال|بلاک|رد|متوقف|معلق|لغو)$/;
const BECAME = /^(?:شده|شد|شدهاست|گردیده|گردید|گردیدهاست|میشود|میشه)$/;
const HOPE = /^(?:امیدوارم|امیدواریم)$/;
const CAN_1 = /^(?:بتونیم|بتوانیم|بتونم|بتوانم)$/;
const FRANKLY = /^(?:بهصراحت|صراحتا|صراحتاً|رک|صادقانه|بیپرده|رکوراست|صریحا|صریحاً|رکوپوستکنده)$/;

const OPENERS_3 = /^(?:مرجوع|کنسل|لغو|تعویض|تمدید|ارسال|ثبت|حذف|ویرایش|اصلاح|انتقال|جابجا|جابهجا|عوض|پس|برگشت|استرداد|فعال|غیرفعال|تغییر|رزرو|تحویل|نصب)(?:ش|شو|شون)$|^(?:خب|خوب|والا|والله|بابا|آخه|اتفاق|چیز|مشکل|مسئله|مساله|اتفاقی|چیزی|مشکلی|کار|ضرری|ضرر|اون|آن|این|قسمت|بخش|کارش|مورد|موضوع|پیگیری|پیگیریش|رسیدگی|رسیدگیش|اینکار|اونکار|اینکارش|مسئولیت|مسئولیتش|مسئولیتشم|قسمتش|بخشش|مربوط|تو|توی|در|توسط|امیدوارم|امیدواریم|بهصراحت|صراحتا|صراحتاً|رک|صادقانه|بیپرده|رکوراست|صریحا|صریحاً|رکوپوستکنده|من|ما|بنده)$/;

const clauseEnds = (W: FaWord[], k: number) => {
  const n = W[k];
  return !n || n.pauseBefore || ((PARTICLE.test(n.w) || n.w === 'که') && (!W[k + 1] || W[k + 1].pauseBefore));
};

function readKinds3(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  const w = W[j].w;
  if (c.question || !OPENERS_3.test(w)) return null;
  const at = (k: number) => W[k]?.w ?? '';
  const joined = (k: number) => !!W[k] && !W[k].pauseBefore;

  // «دیگه مرجوعش نمیشه».
  if (ACTION_IT.test(w) && joined(j + 1) && CANNOT_BARE.test(at(j + 1)) && clauseEnds(W, j + 2)) {
    if (faClauseStart(W, j).conditional || c.reassuring) return null;
    return faHit(W, j, j + 1, 'not-available', 'cant-wont');
  }
  // «خب گفتم که،».
  if (/^(?:خب|خوب|والا|والله|بابا|آخه)$/.test(w) && (j === 0 || W[j].pauseBefore)) {
    let k = j + 1;
    if (!joined(k)) return null;
    if (/^(?:گفتم|گفتیم)$/.test(at(k))) k = k;
    else if (at(k) === 'عرض' && /^(?:کردم|کردیم)$/.test(at(k + 1)) && joined(k + 1)) k = k + 1;
    else return null;
    if (at(k + 1) === 'که' && joined(k + 1) && (!W[k + 2] || W[k + 2].pauseBefore)) return faHit(W, j, k + 1, 'repeating-myself', 'passive-aggressive');
    return null;
  }
  // «اتفاق خاصی که نیفتاده».
  if (HAPPENING.test(w) && SPECIAL.test(at(j + 1)) && at(j + 2) === 'که' && joined(j + 1) && joined(j + 2) && joined(j + 3) && DIDNT_HAPPEN.test(at(j + 3)) && clauseEnds(W, j + 4)) {
    if (faClauseStart(W, j).conditional) return null;
    return faHit(W, j, j + 3, 'minimising', 'dismissive');
  }
  // «اون قسمت با ما نیست».
  {
    let p = j;
    if (/^(?:اون|آن|این)$/.test(w)) p = j + 1;
    if (PART.test(at(p)) && joined(p)) {
      let k = p + 1;
      if (at(k) !== 'با' && joined(k) && !W[k].v) k++;
      if (at(k) === 'با' && joined(k) && /^(?:ما|من|بنده|ماها)$/.test(at(k + 1)) && joined(k + 1) && NOT_IS.test(at(k + 2)) && joined(k + 2)) {
        if (faClauseStart(W, j).conditional) return null;
        return faHit(W, j, k + 2, 'deflection', 'dismissive');
      }
      if (p !== j) return null;
    }
  }
  // «کیفیت غذا مربوط به رستورانه».
  if (w === 'مربوط' && at(j + 1) === 'به' && joined(j + 1) && joined(j + 2)) {
    const t = at(j + 2);
    if (!THIRD.test(t)) return null;
    let end = j + 2;
    // (rwfa25) «بیمه», «اداره» end in «ه» of their own: «مدارک مربوط به بیمه را …» has no copula.
    if (!/(?:ه|هاست)$/.test(t) || /^(?:ایرلاین|راننده|سازنده|تولیدکننده|تامینکننده|تأمینکننده|ارائهدهنده|پذیرنده|صاحبخانه|داروخانه|آزمایشگاه|کارخانه|بیمه|اداره)$/.test(t)) {
      // «مربوط به بانک است», «مربوط به فروشنده می‌باشد», one word of the third party's name between.
      if (/^(?:است|هست|میباشد|بوده|میشه|میشود)$/.test(at(j + 3)) && joined(j + 3)) end = j + 3;
      else if (joined(j + 3) && !W[j + 3].v && /^(?:است|هست|میباشد|بوده)$/.test(at(j + 4)) && joined(j + 4)) end = j + 4;
      // «مربوط به شرکت پسته»: the name's last word takes the copula (not «… خودمونه», «… ماست»: ours).
      else if (joined(j + 3) && !W[j + 3].v && /[^ا]ه$/.test(at(j + 3)) && !/(?:مونه|مانه|ماست|خودمه)$/.test(at(j + 3)) && clauseEnds(W, j + 4)) end = j + 3;
      else return null;
    }
    if (faClauseStart(W, j).conditional || c.reassuring) return null;
    return faHit(W, j, end, 'deflection', 'dismissive');
  }
  // «تو پنل ما دکمه‌ش نیست».
  if (/^(?:تو|توی|در)$/.test(w) && SYSTEM.test(at(j + 1)) && joined(j + 1)) {
    for (let k = j + 2; k < Math.min(W.length, j + 5); k++) {
      if (W[k].pauseBefore) return null;
      const button = BUTTON_IT.test(W[k].w) || (/^(?:دکمه|گزینه|آپشن)$/.test(W[k].w) && at(k + 1) === 'ش' && joined(k + 1));
      if (button) {
        const n = at(k + 1) === 'ش' ? k + 2 : k + 1;
        if (joined(n) && /^(?:نیست|نیس|نداره|ندارد|وجود)$/.test(at(n))) {
          const end = at(n) === 'وجود' && /^(?:نداره|ندارد)$/.test(at(n + 1)) ? n + 1 : n;
          if (at(n) === 'وجود' && end === n) return null;
          if (faClauseStart(W, j).conditional) return null;
          return faHit(W, j, end, 'system-blocks', 'other');
        }
        return null;
      }
    }
    return null;
  }
  // «توسط سامانه مسدود شده».
  if (w === 'توسط' && SYSTEM.test(at(j + 1)) && BLOCKED.test(at(j + 2)) && BECAME.test(at(j + 3)) && joined(j + 1) && joined(j + 2) && joined(j + 3)) {
    return faHit(W, j, j + 3, 'system-blocks', 'other');
  }
  // «امیدوارم تا آخر هفته بتونیم».
  if (HOPE.test(w)) {
    for (let k = j + 1; k < Math.min(W.length, j + 7); k++) {
      if (W[k].pauseBefore || (W[k].v && !CAN_1.test(W[k].w))) return null;
      if (CAN_1.test(W[k].w)) return k === j + 1 ? null : faHit(W, j, k, 'hedged-effort', 'uncertainty');
      if (/^(?:که|بشه|بشود)$/.test(W[k].w)) return null;
    }
    return null;
  }
  // «به‌صراحت عرض کنم», «رک بگم».
  if (FRANKLY.test(w) && joined(j + 1)) {
    if (/^(?:بگم|بگویم|بگیم|بگوییم)$/.test(at(j + 1))) return faHit(W, j, j + 1, 'candour-opener', 'negative-words');
    if (at(j + 1) === 'عرض' && /^(?:کنم|کنیم|میکنم|میکنیم)$/.test(at(j + 2)) && joined(j + 2)) return faHit(W, j, j + 2, 'candour-opener', 'negative-words');
    return null;
  }
  // «من پشتیبانی فنی‌ام، … باید به مالی زنگ بزنید».
  if ((w === 'من' || w === 'ما' || w === 'بنده') && (j === 0 || W[j].pauseBefore) && DEPT.test(at(j + 1)) && joined(j + 1)) {
    let k = j + 1;
    let end = -1;
    for (; k < Math.min(W.length, j + 5); k++) {
      if (k > j + 1 && !joined(k)) break;
      if (/^(?:ام|هستم|ایم|هستیم|میباشم)$/.test(W[k].w) && k > j + 1) {
        end = k;
        break;
      }
      if (k > j + 1 && /(?:یام|یم)$/.test(W[k].w) && DEPT.test(W[k].w.replace(/(?:ام|م)$/, ''))) {
        end = k;
        break;
      }
      if (!DEPT.test(W[k].w)) break;
    }
    if (end < 0 || !W[end + 1]?.pauseBefore) return null;
    // The rest of the sentence sends the customer to another desk: «به/با» + a desk or a party.
    for (let m = end + 1; m < W.length - 1; m++) {
      if (W[m].stopBefore) break;
      if (/^(?:به|با|از)$/.test(W[m].w) && (DEPT.test(W[m + 1].w) || THIRD.test(W[m + 1].w)) && customerSent(W, m + 2)) return faHit(W, j, end, 'handled-elsewhere', 'dismissive');
    }
    return null;
  }
  return null;
}

/** The customer told to go, call or ask (a second-person verb, not negated), not the agent passing it on («… ارسال شد»). */
function customerSent(W: FaWord[], from: number): boolean {
  for (let k = from; k < W.length; k++) {
    if (W[k].stopBefore) return false;
    const v = W[k].v;
    if (v && v.person.person === 2 && !v.negative) return true;
    if (!v && /(?:ید|ین)$/.test(W[k].w) && /^(?:تماس|زنگ|مراجعه|هماهنگ|پیگیری|بپرسید|بپرسین)$/.test(W[k - 1]?.w ?? '')) return true;
    if (/^(?:بپرسید|بپرسین|برید|بروید|بگیرید|بگیرین|بزنید|بزنین)$/.test(W[k].w)) return true;
  }
  return false;
}

/** Desks of a company an agent names as their own or sends the customer to. */
const DEPT = /^(?:پشتیبانی|فنی|فروش|مالی|حسابداری|واحد|بخش|انبار|ارسال|کارشناس|اپراتور|مرکز|تماس|امور|مشتریان|مشترکین|بازرگانی|اداری|ثبتنام|آموزش|رزرو|پذیرش|صندوق|اعتبارات|کارت|بیمه|تعمیرات|گارانتی|خدمات|پس|از|فروشی|مالیام|فنیام|فروشیم|مالیایم|فنیایم)$/;

/** An apology word within the sentence around the trouble words [a, b]: the hit runs from the first to the last. */
function blanketApology(W: FaWord[], a: number, b: number): GenericHit | null {
  for (let k = b + 1; k < Math.min(W.length, b + 5); k++) {
    if (W[k].stopBefore) break;
    if (APOLOGY.test(W[k].w)) {
      let s = a;
      if (s > 0 && /^(?:بروز|ایجاد|وقوع)$/.test(W[s - 1].w)) s--;
      if (s > 0 && /^(?:از|بابت)$/.test(W[s - 1].w)) s--;
      if (s > 0 && W[s].w === 'بابت' && W[s - 1].w === 'از') s--;
      const verb = W[k + 1] && !W[k + 1].pauseBefore && (W[k + 1].v || /^(?:میطلبیم|میطلبم|میخواهیم|میخواهم|میکنیم|میکنم|مینماییم|مینمایم)$/.test(W[k + 1].w)) ? k + 1 : k;
      return faHit(W, s, verb, 'apology-reflex', 'over-apology');
    }
  }
  for (let k = a - 1; k >= Math.max(0, a - 5); k--) {
    if (APOLOGY.test(W[k].w)) {
      let s = k;
      if (s > 1 && W[s - 1].w === 'عرض' && W[s - 2].w === 'با') s -= 2;
      return faHit(W, s, b, 'apology-reflex', 'over-apology');
    }
    if (W[k + 1].stopBefore) break;
  }
  return null;
}

/** The readers of this file, in the order kinds.fa.ts runs them. */
export const KIND_READERS_FA_2 = [readKinds2, readKinds3];

/** Each reader's first test restated on the written word, for constructions.fa.ts's dispatch (see KIND_GATES_FA in kinds.fa.ts). */
export const KIND_GATES_FA_2: ReadonlyMap<(c: FaCtx, j: number) => GenericHit | null, FaGate<unknown>> = new Map([
  [readKinds2, { w: (w: string) => OPENERS.test(w) }],
  [readKinds3, { w: (w: string) => OPENERS_3.test(w) }],
]);
