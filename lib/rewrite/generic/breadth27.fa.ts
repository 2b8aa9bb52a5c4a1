/**
 * Persian kinds of the twenty-seventh breadth session (rwfab27), in the six categories weakest on the fresh splits
 * (dismissive, passive-aggressive, ill-try, policy, system), written first as an inventory of their own
 * (scripts/fa-breadth27-matrix.ts: many trades, officialese and colloquial, Dari turns, four spellings, with contrasts)
 * and read here as short word sequences over the language layer's folded words (no ZWNJ, Arabic ي/ك folded, Latin
 * digits; a ZWNJ written as a space is the optional space ` ?` in a pattern). Advice only, with the categories' existing
 * explanations (minimising, talking-down, repeating-myself, hedged-effort, policy-shield, system-blocks): none of these
 * can be rewritten without the agent's own facts.
 *
 * Each pattern is anchored on its first word (breadth27MayStart) and must end on a word boundary; every pattern skips a
 * conditional clause unless it is itself the condition, and a question unless it is a rhetorical one.
 *
 *  - dismissive: others had no trouble («بقیه مشتری‌ها مشکلی نداشتن»), everyone has it («همه همین مشکلو دارن»), not
 *    worth the fuss («ارزش این همه حرص خوردن رو نداره», «ارزش پیگیری ندارد»), «پیش میاد دیگه», «بیخیال،» opening, «حالا
 *    مگه چی شده», a matter «به این اندازه / اونقدرها مهم نیست», «این‌که دیگه گفتن نداره», Dari «چیز مهم نیست», «کدام گپ
 *    کلان نیست», «بابا چیزی نیست», «باشه هرچی شما بگید», «نیازی به ثبت شکایت نیست»;
 *  - passive-aggressive: «تعجب می‌کنم که» + the customer's act, «کاملاً واضح نوشته شده», «همه (مشتری‌ها) متوجه می‌شن /
 *    بلدن», «اگه یه نگاه به سایت می‌انداختید», «طبق معمول / مثل همیشه» + a fault, «امیدوارم این بار روشن باشه»,
 *    «برای آخرین بار میگم», «پیش‌تر نیز به استحضار رسیده بود», «شاید این بار دیده بشه», «دو بار دیگه هم اینو گفتم»,
 *    «تو ایمیل قبلیم نوشته بودم», «به نامه قبلی این اداره عنایت فرمایید»;
 *  - ill-try: «قولی نمی‌تونم بدم», «قول / تضمین نمیدم», «اگه خدا بخواد», «بذارید امتحان کنم … شاید», «شانسمونو امتحان
 *    می‌کنیم»;
 *  - policy: «بخشنامه جدیده / اومده», «از بالا دستور دادن», a rule noun + «اجازه … نمی‌دهد» (not protective: «… کسی
 *    بدون رضایت شما …»), «قرارداد همینو میگه», «این خط‌مشی ماست», «مقررات مقررات است», Dari «طبق اصولنامه / لایحه» + a
 *    refusal;
 *  - system: our system closed, down or not updated («سامانه بسته‌ست», «سرور پایینه», «سیستم آپدیت نشده»), «تو سیستم
 *    تعریف نشده», «پرونده شما در سامانه قفل است» (not «… بلاک شده بود، الان آزادش کردم», not a protective lock).
 */
import { BoundedMemo } from '../../text/memo.ts';
import { LiteralScanner } from '../../text/literal-scan.ts';
import { faClauseStart, faHit, type FaCtx, type FaWord } from './fa.ts';
import type { GenericHit } from './types.ts';

type Category = GenericHit['category'];

interface Pat {
  /** The first word (folded). */
  first: RegExp;
  /** The words from the first on, joined by one space; anchored at the start, ends on a word boundary. */
  re: RegExp;
  construction: string;
  category: Category;
  /** Read in a question too (a rhetorical one). */
  q?: boolean;
  /** The first word opens its clause (after a pause, an opener, or the sentence's start). */
  start?: boolean;
  /** The last word closes its clause (a pause, an emoji, the end, or a form of address and then one of those). */
  close?: boolean;
  /** The pattern is itself a condition («اگه …»): not skipped in a conditional clause. */
  cond?: boolean;
  /** Extra check over the whole sentence: false drops the hit. */
  ok?: (W: readonly FaWord[], j: number, end: number) => boolean;
}

const paused = (x: FaWord | undefined): boolean => !x || x.pauseBefore || x.markBefore;
const OPENER = /^(?:سلام|آقا|خانم|عزیزم|داداش|ببینید|ببین|والا|والله|خب|خوب|راستش|ضمنا|البته|اما|ولی|و|دیگه|حالا|بابا|ولی|خلاصه)$/;
const ADDRESS = /^(?:آقا|خانم|عزیزم|عزیز|داداش|برادر|خواهر|جان|جانم|قربان|گلم|رفیق|بابا|دیگه)$/;

function opensClause(W: readonly FaWord[], j: number): boolean {
  if (paused(W[j]) || j === 0) return true;
  return OPENER.test(W[j - 1].w) && (j - 1 === 0 || paused(W[j - 1]));
}
function closesClause(W: readonly FaWord[], k: number): boolean {
  if (paused(W[k + 1])) return true;
  return ADDRESS.test(W[k + 1].w) && paused(W[k + 2]);
}
/** A first-person act of ours, not negated, after word k: the agent goes on to act («… ولی خودم پیگیری می‌کنم»). */
function ourActAfter(W: readonly FaWord[], k: number): boolean {
  for (let m = k + 1; m < W.length; m++) {
    const v = W[m].v;
    if (v && v.person.person === 1 && !v.negative && v.lemma !== 'بودن') return true;
  }
  return false;
}
/** A negation or a refusal later in the sentence: «… ممکن نیست», «… نمی‌شود», «اجازه نیست». */
function refusalAfter(W: readonly FaWord[], k: number): boolean {
  for (let m = k + 1; m < W.length; m++) {
    if (W[m].v?.negative) return true;
    if (/^(?:نیست|نمیباشد|نیس|ندارد|نداره|نداریم|مقدور|ممنوع|ممنوعه)$/.test(W[m].w)) return true;
  }
  return false;
}
/** A fault of the customer's named after word k: incomplete, wrong, late, or their negated act. */
function faultAfter(W: readonly FaWord[], k: number): boolean {
  for (let m = k + 1; m < W.length && !W[m].stopBefore; m++) {
    if (/^(?:ناقص|اشتباه|غلط|دیر|ناخوانا|نادرست|ناقصه|اشتباهه|غلطه)$/.test(W[m].w)) return true;
    const v = W[m].v;
    if (v && v.negative && v.person.person === 2) return true;
  }
  return false;
}
/** The customer's own act (a second-person verb) after word k in its sentence. */
function customerActAfter(W: readonly FaWord[], k: number): boolean {
  for (let m = k + 1; m < W.length && !W[m].pauseBefore; m++) if (W[m].v?.person.person === 2) return true;
  return false;
}
/** Warmth or reassurance anywhere in the sentence: glad, pleased, rest assured, free, covered. */
function warmthIn(W: readonly FaWord[]): boolean {
  return W.some((x) => /^(?:خوشحال|خوشحالم|خوشحالیم|خوشبختانه|خیالتون|خیالتان|نگران|رایگان|رایگانه|ممنون|ممنونم|ممنونیم|سپاس|مرسی|عالی|عالیه)$/.test(x.w));
}
/** After «که» the ruling must hold a refusal; a ruling that closes its clause is the reason itself. */
const rulingRefuses = (W: readonly FaWord[], e: number): boolean => (W[e + 1]?.w === 'که' ? refusalAfter(W, e) : true);
/** Protective: the rule or the system keeps others off the customer's things («… کسی بدون رضایت شما …»). */
function protective(W: readonly FaWord[], k: number): boolean {
  for (let m = k + 1; m < Math.min(W.length, k + 6); m++) if (/^(?:کسی|هیچکس|هیچ|بدون|اطلاعات|اطلاعاتتون|اطلاعاتتان|دیگران|دیگری)$/.test(W[m].w)) return true;
  return false;
}

const RULE = '(?:قانون|قوانین|مقررات|آ?یین ?نامه|دستورالعمل|دستور ?العمل|بخشنامه|رویه|ضوابط|سیاست|خط ?مشی|اصولنامه|لایحه|طرزالعمل|قرارداد|پالیسی)';
const SYS = '(?:سیستم|سامانه|سایت|پنل|پورتال|درگاه|برنامه|نرم ?افزار|سرور|اپ|اپلیکیشن)(?:مون|مان)?';
const GIVE_NEG = '(?:نمیده|نمیدهد|نمیدن|نمیدهند|نمیدن)';

const PATS: readonly Pat[] = [
  // ---------------- dismissive ----------------
  { first: /^(?:بقیه|سایر|باقی|دیگران|بقیهی)$/, re: /^(?:بقیه|سایر|باقی|دیگران|بقیه ?ی)(?: (?:مشتری ?ها|مشتریا|مشتریان|کاربرا|کاربران|کاربر ?ها|خریدارا|خریداران|مراجعین|مراجعه ?کنندگان|همکارا))? (?:هیچ )?(?:مشکلی|مشکل|ایرادی|شکایتی|گلهای|اعتراضی) (?:نداشتن|ندارن|نداشتند|ندارند|نداشته ?اند|نداشتهان|نداشتن ?که|نکردن|نکردند)/, construction: 'minimising', category: 'dismissive', ok: (W, _j, e) => !ourActAfter(W, e) },
  { first: /^(?:همه|خیلیا|خیلی|همهی)$/, re: /^(?:همه|خیلیا|خیلی ?ها|همه ?ی مشتریا|همه ?ی مشتری ?ها) (?:همین|این) (?:مشکلو|مشکل ?رو|مشکل ?را|مشکلی ?رو|مشکل|وضعیتو|وضعیت ?رو) (?:دارن|دارند|داشتن|داشتند)/, construction: 'minimising', category: 'dismissive', ok: (W, _j, e) => !ourActAfter(W, e) },
  { first: /^(?:ارزش|ارزشش)$/, re: /^ارزش(?:ش)? (?:این ?همه |اینقدر |انقدر )?(?:حرص ?خوردن|ناراحتی|پیگیری|شکایت|دعوا|بحث|اعصاب ?خوردی|وقت ?گذاشتن|جر ?و ?بحث)(?: ?رو| ?را)? (?:نداره|ندارد|نداشت)/, construction: 'minimising', category: 'dismissive' },
  { first: /^پیش$/, re: /^پیش (?:میاد|میآد|میآید|میاید) (?:دیگه|دیگر)/, construction: 'minimising', category: 'dismissive', close: true },
  { first: /^(?:بیخیال|بی)$/, re: /^(?:بیخیال|بی ?خیال)(?:ش)?/, construction: 'minimising', category: 'dismissive', start: true, close: true },
  { first: /^(?:حالا|مگه)$/, re: /^(?:حالا مگه چی ?(?:شده|شد)|مگه چی ?(?:شده|شد) حالا)/, construction: 'minimising', category: 'dismissive', q: true },
  {
    first: /^(?:به|اونقدرا|اونقدرها|آنقدرها|اونقدر|آنقدر|اینقدرا|چندان)$/,
    re: /^(?:به (?:این|اون|آن) (?:اندازه|حد)|اونقدرا|اونقدرها|آنقدرها|اونقدر|آنقدر|اینقدرا|چندان) (?:هم )?(?:مهم|جدی|حاد|بزرگ) (?:نیست|نمیباشد|نیس)/,
    construction: 'minimising',
    category: 'dismissive',
    // A matter of the customer's named before it («موضوع / مشکل / تأخیر …»): not a field or a step that can be skipped.
    ok: (W, j) => { for (let m = Math.max(0, j - 3); m < j; m++) if (/^(?:موضوع|مسئله|مساله|قضیه|مشکل|مشکلتون|مشکلتان|اتفاق|تاخیر|تأخیر|خط|خراش|خراشیدگی|ایراد|اختلاف|اشکال)$/.test(W[m].w)) return true; return false; },
  },
  { first: /^(?:این|اینکه)$/, re: /^(?:این ?که) (?:دیگه |دیگر )?(?:گفتن|پرسیدن|سوال|سؤال|توضیح|پرسیدنی|گفتنی) ?(?:نداره|ندارد)/, construction: 'minimising', category: 'dismissive', start: true },
  { first: /^جای$/, re: /^جای (?:(?:این ?همه|اینقدر|انقدر) (?:شکایت|ناراحتی|نگرانی|اعتراض|گله|گلایه|سروصدا|سر ?و ?صدا|عصبانیت)|(?:شکایت|اعتراض|گله|گلایه)ی?) (?:نیست|نداره|ندارد|نیس)/, construction: 'minimising', category: 'dismissive' },
  { first: /^اعصاب/, re: /^اعصاب(?: ?خودتونو| ?خودتون ?رو| ?خودتان ?را| ?تونو| ?تون ?رو| ?تان ?را)? (?:خرد|خورد|داغون) (?:نکنید|نکنین|نکن)/, construction: 'calm-down', category: 'dismissive' },
  { first: /^(?:اینقدر|انقدر|اونقدر|اونقدرا|آنقدرها|اینقدرا|اینقدرم|انقدرم|اونقدرام|اونقدرم|آنقدر)$/, re: /^(?:اینقدر|انقدر|اونقدر|اونقدرا|آنقدرها|اینقدرا|آنقدر)(?:م|ام| هم)? (?:بد|افتضاح|وحشتناک|فاجعه|فاجعهبار) (?:نیست|نبود|نیس|نیستش)/, construction: 'minimising', category: 'dismissive' },
  { first: /^حالا$/, re: /^حالا (?:یه|یک) (?:\S+ )?(?:کوچیکه|کوچکه|جزئیه|سادهست|ساده ?ست|ساده ?است|کوچیک ?است|کوچک ?است|جزئی ?است)/, construction: 'minimising', category: 'dismissive', start: true },
  { first: /^بابا$/, re: /^بابا چیزی (?:نیست|نشده)/, construction: 'minimising', category: 'dismissive', start: true },
  { first: /^باشه$/, re: /^باشه (?:هرچی|هر ?چی|هرچه|هر ?چه) (?:تو|شما) (?:بگی|بگید|بگین|بفرمایید|بفرمایی|میگی|میگید|میگین)/, construction: 'minimising', category: 'dismissive' },
  { first: /^نیازی$/, re: /^نیازی به (?:ثبت )?(?:شکایت|اعتراض|گلایه|شکایتنامه|شکایت ?نامه) (?:نیست|نمیباشد|وجود ?ندارد|وجود ?نداره|نداره|ندارد)/, construction: 'minimising', category: 'dismissive' },
  { first: /^چیز$/, re: /^چیز (?:مهم|کلان|خاص|بزرگ) (?:نیست|نیس)/, construction: 'minimising', category: 'dismissive' },
  { first: /^(?:کدام|کدوم)$/, re: /^(?:کدام|کدوم) (?:گپ|مشکل|چیز|موضوع|مسئله) (?:کلان|مهم|بزرگ|خاص) (?:نیست|نیس)/, construction: 'minimising', category: 'dismissive' },

  { first: /^(?:یه|یک)$/, re: /^(?:یه|یک) (?:چیز|کار|مورد) (?:ساده|راحت|کوچیک|کوچک|جزئی) ?(?:ه|ست|است|هست|ای ?است)/, construction: 'minimising', category: 'dismissive', ok: (W, _j, e) => W.slice(e + 1, e + 4).some((x) => /^(?:خودتون|خودتان|خودت)$/.test(x.w)) },

  // ---------------- passive-aggressive ----------------
  { first: /^(?:دو|سه|چهار|چند|[2-9]|دوبار|سهبار|چندبار)$/, re: /^(?:دو|سه|چهار|چند|[2-9]) ?بار (?:دیگه |دیگر |قبلا )?(?:هم )?(?:همینو|اینو|همین ?رو|این ?رو|همین ?را|این ?را) (?:نوشتم|گفتم|توضیح ?دادم|عرض ?کردم|گفتیم|نوشتیم|توضیح ?دادیم)/, construction: 'repeating-myself', category: 'passive-aggressive' },
  { first: /^(?:تو|در|توی)$/, re: /^(?:تو|در|توی) (?:پیام|ایمیل|جواب|پاسخ|نامه|تماس|مکالمه) ?(?:قبلی|قبل|پیشین)(?:م|مون|ام|مان)? (?:هم )?(?:گفته|نوشته|عرض ?کرده|توضیح ?داده|اعلام ?کرده|ذکر ?کرده|اشاره ?کرده) ?(?:بودم|بودیم)/, construction: 'repeating-myself', category: 'passive-aggressive' },
  { first: /^به$/, re: /^به (?:نامه|پاسخ|پیام|ایمیل|مکاتبه|جواب) (?:قبلی|پیشین|سابق|مورخ)(?: \S+){0,3}? (?:عنایت|توجه) (?:فرمایید|بفرمایید|نمایید|فرمائید|کنید|بفرمائید)/, construction: 'repeating-myself', category: 'passive-aggressive' },
  { first: /^تعجب$/, re: /^تعجب (?:میکنم|میکنیم|کردم|کردیم) (?:که|چرا)/, construction: 'talking-down', category: 'passive-aggressive', q: true, ok: (W, _j, e) => customerActAfter(W, e) && !warmthIn(W) },
  { first: /^(?:کاملا|کاملاً|خیلی|کامل|بهوضوح|به|صراحتا|دقیقا)$/, re: /^(?:کاملا|خیلی|کامل|به ?وضوح|به ?صراحت|صراحتا|دقیقا) (?:واضح |روشن |شفاف |صریح )?(?:نوشته|گفته|ذکر|قید|اعلام|درج|توضیح ?داده) ?(?:شده|شده ?است|شدهاست|شده ?بود|شده ?بوده|شدهبود)/, construction: 'talking-down', category: 'passive-aggressive', ok: (W, _j, e) => !warmthIn(W) && (refusalAfter(W, e) || W.slice(e + 1).some((x) => /^(?:هزینه|فقط|جدا|جداست|جداگانه|جداگانهست|باید|مسئولیت|عهده|شامل)$/.test(x.w))) },
  { first: /^(?:همه|بقیه|اکثر|همهی|اکثرا)$/, re: /^(?:همه|بقیه|اکثر|اکثرا|همه ?ی) (?:(?:مشتری ?ها|مشتریا|مشتریان|کاربرا|کاربران|کاربر ?ها|مراجعین|خریدارا|خریداران) (?:این ?رو |اینو |این ?را |اینا ?رو )?|(?:این ?رو|اینو|این ?را|اینا ?رو) )(?:متوجه (?:میشن|میشوند|میشند|شدن|شدند|میشن)|بلدن|بلدند|میدونن|میدانند|میفهمن|میفهمند|انجامش ?میدن)/, construction: 'talking-down', category: 'passive-aggressive' },
  { first: /^(?:اگه|اگر)$/, re: /^(?:اگه|اگر) (?:یه |یک )?(?:نگاهی?|سری|سر) (?:هم )?(?:به \S+ (?:\S+ )?)?(?:می ?انداختید|می ?انداختین|انداخته ?بودید|انداخته ?بودین|میزدید|میزدین|زده ?بودید|زده ?بودین)/, construction: 'talking-down', category: 'passive-aggressive', cond: true },
  { first: /^(?:طبق|مثل|بازم|باز)$/, re: /^(?:(?:باز ?(?:هم|م) )?طبق معمول|(?:باز ?(?:هم|م) )?مثل همیشه)/, construction: 'talking-down', category: 'passive-aggressive', ok: (W, _j, e) => faultAfter(W, e) },
  { first: /^امیدوارم$/, re: /^امیدوارم (?:این ?بار|این ?دفعه|اینبار|ایندفعه) (?:دیگه |دیگر )?(?:روشن|واضح|مشخص|متوجه|قانع|کافی|روشن ?شده)/, construction: 'repeating-myself', category: 'passive-aggressive' },
  { first: /^برای$/, re: /^برای (?:آخرین|اخرین) (?:بار|دفعه) (?:دارم |هست ?که )?(?:میگم|میگویم|عرض ?میکنم|تکرار ?میکنم|توضیح ?میدم|توضیح ?میدهم|مینویسم|اعلام ?میکنم|یادآوری ?میکنم)/, construction: 'repeating-myself', category: 'passive-aggressive' },
  { first: /^(?:پیشتر|قبلا|قبلاً|پیش|سابقا|پیشتر)$/, re: /^(?:پیش ?تر|قبلا|سابقا|پیش از این) (?:نیز |هم )?(?:به ?(?:استحضار|اطلاع|عرض) |خدمتتان |خدمتتون )?(?:رسیده|رسانده ?شده|رسانده|اعلام ?شده|عرض ?شده|ابلاغ ?شده) ?(?:بود|است|بوده|بوده ?است)?/, construction: 'repeating-myself', category: 'passive-aggressive', ok: (W, j) => W.slice(j, j + 6).some((x) => /^(?:استحضار|اطلاع|عرض|اعلام|ابلاغ|عرضشده|اعلامشده|ابلاغشده)$/.test(x.w)) },
  { first: /^شاید$/, re: /^شاید (?:این ?بار|این ?دفعه|اینبار|ایندفعه) (?:دیگه |دیگر )?(?:دیده|خونده|خوانده|متوجه|بخونید|بخونین|بخوانید|ببینید|ببینین|دقت)/, construction: 'repeating-myself', category: 'passive-aggressive' },

  // ---------------- ill-try ----------------
  { first: /^(?:قولی|قول)$/, re: /^قول(?:ی)? (?:نمیتونم|نمیتونیم|نمیتوانم|نمیتوانیم) (?:بدم|بدیم|بدهم|بدهیم)/, construction: 'hedged-effort', category: 'uncertainty', q: false },
  { first: /^(?:قول|تضمین|تضمینی|قولی)$/, re: /^(?:قول|تضمین|تضمینی|قولی) (?:نمیدم|نمیدیم|نمیدهم|نمیدهیم|نمیکنم|نمیکنیم)/, construction: 'hedged-effort', category: 'uncertainty' },
  { first: /^(?:اگه|اگر)$/, re: /^(?:اگه|اگر) خدا (?:بخواد|بخواهد)/, construction: 'hedged-effort', category: 'uncertainty', cond: true },
  { first: /^(?:بذارید|بگذارید|بزارید|بذار|بزار|بگذار|بذارین|بزارین)$/, re: /^(?:بذارید|بگذارید|بزارید|بذار|بزار|بگذار|بذارین|بزارین) (?:یه |یک )?(?:امتحان|تست|امتحانی|تستی) (?:کنم|کنیم|بکنم|بکنیم)/, construction: 'hedged-effort', category: 'uncertainty', ok: (W, j) => W.slice(j).some((x) => x.w === 'شاید' || x.w === 'ببینم' || x.w === 'ببینیم') },
  { first: /^شانس/, re: /^شانس(?:مونو|مون ?رو|مان ?را|مونم|مون|مان|مو|مو ?رو) (?:امتحان|تست) (?:میکنیم|میکنم|کنیم|کنم|بکنیم)/, construction: 'hedged-effort', category: 'uncertainty' },

  // ---------------- policy ----------------
  { first: /^(?:بخشنامه|بخشنامهی|دستور|دستورالعمل)$/, re: /^(?:بخشنامه|دستور|دستورالعمل) ?(?:ی )?(?:جدیده|جدید ?اومده|جدید ?آمده|اومده|آمده|اومده ?که|ابلاغ ?شده|داده ?شده|جدید ?است)/, construction: 'policy-shield', category: 'policy', ok: (W, _j, e) => (closesClause(W, e) || W[e + 1]?.w === 'که') && rulingRefuses(W, e) && !warmthIn(W) },
  { first: /^از$/, re: /^از (?:بالا|بالاتر|مدیریت|مرکز|دفتر ?مرکزی|ستاد) (?:دستور|ابلاغ|بخشنامه|دستورش) (?:دادن|دادند|اومده|آمده|داده ?شده|کردن|کردند|دادهاند|داده ?اند|شده)/, construction: 'policy-shield', category: 'policy', ok: (W, _j, e) => rulingRefuses(W, e) && !warmthIn(W) },
  { first: /^(?:قانون|قوانین|مقررات|آییننامه|آیین|ایین|اییننامه|دستورالعمل|دستور|بخشنامه|رویه|ضوابط|سیاست|خط|خطمشی|اصولنامه|لایحه|طرزالعمل|قرارداد|پالیسی)/, re: new RegExp(`^${RULE}(?:ش|مون|مان| ?ما| ?شرکت)? اجازه (?:\\S+ ){0,2}?${GIVE_NEG}`), construction: 'policy-shield', category: 'policy', ok: (W, _j, e) => !protective(W, e - 3) },
  { first: /^(?:قانون|قوانین|مقررات|آییننامه|آیین|ایین|دستورالعمل|بخشنامه|رویه|ضوابط|سیاست|قرارداد|قانونش|قراردادش|قراردادمون)/, re: new RegExp(`^${RULE}(?:ش|مون|مان)? (?:همینو|همین ?رو|همین ?را|اینو|این ?را|این ?رو) (?:میگه|میگن|میگوید|میگویند|میگد)`), construction: 'policy-shield', category: 'policy' },
  { first: /^(?:این|خط|خطمشی|رویه|روال|سیاست|قانون|قاعده|پالیسی)/, re: /^(?:این )?(?:خط ?مشی|رویه|روال|سیاست|قاعده|پالیسی) ?(?:ی )?(?:ماست|ما ?است|ما ?هست|شرکته|شرکت ?است|شرکت ?هست|فروشگاهه|مجموعه ?است)/, construction: 'policy-shield', category: 'policy', close: true },
  { first: /^(?:مقررات|قانون|قوانین|ضوابط|دستورالعمل)$/, re: /^(?:مقررات مقررات|قانون قانون|قوانین قوانین|ضوابط ضوابط|دستورالعمل دستورالعمل) ?(?:است|ه|هست|ست)/, construction: 'policy-shield', category: 'policy' },
  { first: /^(?:طبق|مطابق|براساس|بر|بنا)$/, re: /^(?:طبق|مطابق|بر ?اساس|بنا ?بر) (?:اصولنامه|لایحه|طرزالعمل|طرز ?العمل)/, construction: 'policy-shield', category: 'policy', ok: (W, _j, e) => refusalAfter(W, e) },

  // ---------------- jargon (an internal code given as the reason, back-office stock words) ----------------
  { first: /^(?:با|کد)$/, re: /^(?:با )?کد (?:خطای? )?[0-9]{2,}(?:-\S+)?(?= (?:رد|برگشت|ریجکت|متوقف|بسته|مسدود|لغو|کنسل))/, construction: 'internal-jargon', category: 'jargon' },
  { first: /^کسری$/, re: /^کسری (?:انبار|موجودی) (?:خورده|خورد|خوردن|داره|دارد)/, construction: 'internal-jargon', category: 'jargon' },
  { first: /^صف$/, re: /^صف (?:تأمین|تامین|خرید ?انبار|QC|کیوسی)/, construction: 'internal-jargon', category: 'jargon' },
  { first: /^(?:پری|پریآردر|پریاردر)$/, re: /^(?:پری ?آردر|پری ?اردر)/, construction: 'loanword', category: 'jargon' },

  // ---------------- system ----------------
  { first: /^(?:سیستم|سامانه|سایت|پنل|پورتال|درگاه|برنامه|نرم|نرمافزار|سرور|اپ|اپلیکیشن)/, re: new RegExp(`^${SYS} (?:بسته ?ست|بسته ?است|بسته ?س|بسته ?هست|بستس|قطعه|قطع ?است|قطع ?هست|پایینه|پایین ?است|پایین ?هست|داونه|داون ?است|خوابه|از ?دسترس ?خارجه|از ?دسترس ?خارج ?است)`), construction: 'system-blocks', category: 'other', close: true },
  { first: /^(?:سیستم|سامانه|سایت|پنل|پورتال|برنامه|نرم|نرمافزار|اپ|اپلیکیشن)/, re: new RegExp(`^${SYS} (?:هنوز )?(?:آپدیت|اپدیت|بروز|به ?روز|بروزرسانی|به ?روزرسانی|آپدیت ?ها) (?:نشده|نشده ?است|نیست|نشدن)`), construction: 'system-blocks', category: 'other', close: true },
  { first: /^(?:تو|توی|در)$/, re: /^(?:تو|توی|در) (?:سیستم|سامانه)(?: ?ما| ?مون)? (?:قفل|قفله|بلاک|بلاکه|لاک)(?: ?شده| ?است| ?هست)?/, construction: 'system-blocks', category: 'other', ok: (W, _j, e) => !/^(?:بود|بوده|و)$/.test(W[e + 1]?.w ?? '') && !protective(W, e) && (closesClause(W, e) || refusalAfter(W, e)) },
  { first: /^به$/, re: /^به (?:دلیل|علت|خاطر) (?:محدودیت ?های|محدودیتهای|محدودیت) (?:سیستمی|سامانه|نرم ?افزاری|نرمافزاری|سیستم)/, construction: 'system-blocks', category: 'other' },
  { first: /^(?:تو|توی|در)$/, re: /^(?:تو|توی|در) (?:سیستم|سامانه|نرم ?افزار|برنامه|پنل)(?: ?ما| ?مون| ?مان)? (?:تعریف) (?:نشده|نشده ?است|نیست)/, construction: 'system-blocks', category: 'other' },
];

const FIRSTS: readonly RegExp[] = PATS.map((p) => p.first);
/** Each pattern ending on a word boundary (so an alternative's shorter form never stops the match inside a word). */
const BOUNDED: readonly RegExp[] = PATS.map((p) => new RegExp(`(?:${p.re.source})(?= |$)`));

/** A word a pattern of this file starts on (a pure function of the word). */
export function breadth27MayStart(w: string): boolean {
  return firstsOf(w).length > 0;
}

/**
 * (perf28) The patterns whose first word `w` is, in PATS order: a pure function of the word, read once per word form
 * (the reader tested every pattern's first word at every word it ran on: some 45 expressions per call).
 */
const firstsMemo = new BoundedMemo<string, readonly number[]>(20_000);
const NO_PATS: readonly number[] = [];
const readFirsts = (w: string): readonly number[] => {
  let out: number[] | null = null;
  for (let i = 0; i < FIRSTS.length; i++) if (FIRSTS[i].test(w)) (out ??= []).push(i);
  return out ?? NO_PATS;
};
const firstsOf = (w: string): readonly number[] => firstsMemo.remember(w, readFirsts);

/** The words from j on, up to ten, while no pause comes between them, joined by one space. */
function run(W: readonly FaWord[], j: number): string {
  const out = [W[j].w];
  for (let m = j + 1; m < Math.min(W.length, j + 10) && !W[m].pauseBefore && !W[m].markBefore; m++) out.push(W[m].w);
  return out.join(' ');
}

function readBreadth27(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  const w = W[j].w;
  let s: string | undefined;
  for (const i of firstsOf(w)) {
    const p = PATS[i];
    if (c.question && !p.q) continue;
    s ??= run(W, j);
    const m = BOUNDED[i].exec(s);
    if (!m) continue;
    const end = j + m[0].split(' ').length - 1;
    if (p.start && !opensClause(W, j)) continue;
    if (p.close && !closesClause(W, end)) continue;
    if (!p.cond && faClauseStart(W as FaWord[], j).conditional) continue;
    if (p.ok && !p.ok(W, j, end)) continue;
    return faHit(W as FaWord[], j, end, p.construction, p.category);
  }
  return null;
}

// ---------------- Finglish ----------------

/** The same kinds in Latin letters (lib/rewrite/generic/index.ts runs this after readFinglish): words no English has. */
/** A Finglish kind: a global pattern over the Latin-letter sentence, and what a match is. */
export interface FinglishKind {
  re: RegExp;
  construction: string;
  category: Category;
}
const FINGLISH_B27: readonly FinglishKind[] = [
  { re: /\bchizi nashode(?: ke)?\b/gi, construction: 'minimising', category: 'dismissive' },
  { re: /\b(?:shologhesh|sholoughesh|bozorgesh) nakon(?:id|in|i)\b/gi, construction: 'calm-down', category: 'dismissive' },
  { re: /\bchand ?(?:ba+r|dafe)(?:e|eh)? (?:goftam|gofte b[ou]+dam|tozih dadam|neveshtam)\b/gi, construction: 'repeating-myself', category: 'passive-aggressive' },
  { re: /\bghablan (?:ham )?(?:goftam|gofte b[ou]+dam|tozih dadam)\b/gi, construction: 'repeating-myself', category: 'passive-aggressive' },
  { re: /\b(?:sa+i|sa'i|saei|saye) mikon(?:am|im)\b/gi, construction: 'hedged-effort', category: 'uncertainty' },
  { re: /\bbebin(?:am|im) chi (?:mishe|pish miad)\b/gi, construction: 'hedged-effort', category: 'uncertainty' },
  { re: /\bgh[ae]no+n(?:e|eh)? (?:sherkat(?:e|eh|ast)?|mast|foroshgah(?:e|eh)?)(?=[\s,.!]|$)/gi, construction: 'policy-shield', category: 'policy' },
  { re: /\bsystem (?:ghabo+l|ghabul) nemikon(?:e|eh)\b|\bsystem (?:ejaze|ejazeh) nemid(?:e|eh)\b|\bsystem (?:error|khata) mid(?:e|eh)\b/gi, construction: 'system-blocks', category: 'other' },
];

/**
 * (perfen31) The tables' expressions pre-checked from their own literals (../../text/literal-scan.ts): these tables run on
 * every English sentence, which holds none of them. One scanner for every table read so far (each at its own offset,
 * rebuilt when a table is first read), so a sentence is scanned once for the three tables; the scanner reads the
 * expressions without their `g` flag (the literals a match holds do not depend on it).
 */
const TABLE_AT = new Map<readonly FinglishKind[], number>();
const TABLE_RES: RegExp[] = [];
let tableScan: LiteralScanner | null = null;
let tableScanned: string | null = null;
/** For tests: how many times the tables' scanner was built, and how many tables were first seen when read. */
export const finglishScanStats = { builds: 0, lateTables: 0 };

function registerTable(table: readonly FinglishKind[]): number {
  const base = TABLE_RES.length;
  TABLE_AT.set(table, base);
  for (const k of table) TABLE_RES.push(new RegExp(k.re.source, k.re.flags.replace(/[gy]/g, '')));
  tableScan = null;
  return base;
}

/**
 * (rperf41) The tables a module reads, registered when it loads: the scanner is built once, at the first Latin-letter
 * sentence, over every table, not again each time a table is first read. A table not registered is registered when first read.
 */
export function registerFinglishTables(...tables: readonly (readonly FinglishKind[])[]): void {
  for (const table of tables) if (!TABLE_AT.has(table)) registerTable(table);
}

function tableBase(table: readonly FinglishKind[], sentence: string): { scan: LiteralScanner; base: number } {
  let base = TABLE_AT.get(table);
  if (base === undefined) {
    finglishScanStats.lateTables++;
    base = registerTable(table);
  }
  if (tableScan === null) {
    finglishScanStats.builds++;
    tableScan = new LiteralScanner(TABLE_RES);
    tableScanned = null;
  }
  if (tableScanned !== sentence) {
    tableScan.scan(sentence);
    tableScanned = sentence;
  }
  return { scan: tableScan, base };
}

/**
 * The matches of a table of Finglish kinds over a Latin-letter sentence, table order; null where no Finglish kind reads:
 * Persian script, or a question, a condition or a reassurance around it (readFinglish's own tests). `skip` drops a match.
 */
export function finglishTableHits(sentence: string, table: readonly FinglishKind[], skip?: (k: FinglishKind, m: RegExpExecArray) => boolean): GenericHit[] | null {
  if (typeof sentence !== 'string' || /[\u0600-\u06ff]/.test(sentence)) return null;
  if (/\?\s*$/.test(sentence) || /\b(?:age|ageh|agar|negaran|nigaran|khialetun|khiyaletun)\b/i.test(sentence)) return null;
  const out: GenericHit[] = [];
  const { scan, base } = tableBase(table, sentence);
  for (let i = 0; i < table.length; i++) {
    if (!scan.may(base + i)) continue;
    const k = table[i];
    k.re.lastIndex = 0;
    for (let m = k.re.exec(sentence); m; m = k.re.exec(sentence)) if (!skip?.(k, m)) out.push({ start: m.index, end: m.index + m[0].length, construction: k.construction, category: k.category });
  }
  return out;
}

/** Hits by start (the longest first at a tie), each that overlaps the one kept before it dropped. */
export function apartHits(out: GenericHit[]): GenericHit[] {
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out.filter((h, k) => k === 0 || h.start >= out[k - 1].end);
}

/** Persian in Latin letters, this file's kinds: «chand bar goftam», «system ghabool nemikone», «ghanoone sherkate». */
export function readFinglishB27(sentence: string): GenericHit[] {
  const out = finglishTableHits(sentence, FINGLISH_B27);
  return out ? apartHits(out) : [];
}

/** The readers of this file, in the order constructions.fa.ts runs them. */
export const KIND_READERS_FA_B27 = [readBreadth27];

registerFinglishTables(FINGLISH_B27);
