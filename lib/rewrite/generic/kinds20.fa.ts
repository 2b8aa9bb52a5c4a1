/**
 * Persian kinds of the twentieth session (rwfa20), written from the language and checked on scripts/fa-matrix20.ts
 * (each family with look-alikes that must stay quiet), not off any split's sentences. Advice from the generic reader;
 * the refusal-like ones (not-knowing, policy-shield) become templates through lib/rewrite/template16.fa.ts.
 *
 *  - not-knowing said of the agent's own unit in the third person: «این واحد نیز اطلاعی از آن ندارد», «همکارام از
 *    وضعیت سفارش خبری ندارن», «بخش فروش اطلاعی در دست ندارد» (not a secret nobody holds: «کارکنان ما از رمز شما اطلاعی
 *    ندارند», «هیچ‌کس جز شما …»; not in a condition or a question);
 *  - «no problem» waving a complaint off with the particle «که» closing it: «مشکلی نیست که، …», «اشکال نداره که!»
 *    (not the relative «مشکلی نیست که نتونیم حلش کنیم»: no pause after «که» there);
 *  - a rule cited as the wall with the heads «برابر», «با توجه به», «بنابر», «به استناد», «حسب», «مطابق با», «وفق»,
 *    fronted before a comma, when a negation follows in its sentence and nothing reassures or grants
 *    («برابر مقررات، شما می‌توانید …», «با توجه به ضوابط، هزینه‌ای گرفته نمی‌شود»: quiet);
 *  - told again, in a letter: «بار دیگر / باز هم یادآور می‌شویم», «پیرو مکاتبات مکرر»، «علی‌رغم تذکرات متعدد»,
 *    «چنانچه / چنان‌که در نامه قبلی به استحضار رسید» (the earlier telling named: «چنانچه سؤالی داشتید» is a condition),
 *    «نامه قبلی ما از نظر جنابعالی دور مانده است» (not our own oversight «از نظر ما دور مانده بود»);
 *  - a candour adverb opening bad news: «صراحتاً», «حقیقتاً», «صادقانه», «بی‌رودربایستی» with a negation after it
 *    (not thanks, gladness, an apology or a reassurance: «صادقانه سپاسگزاریم», «صراحتاً … هیچ هزینه‌ای … نمی‌شود»);
 *  - blame by the customer's own hand, told in the past passive: «… توسط خود شما حذف گردیده است» (not what the customer
 *    can do or sets: «توسط خود شما قابل تغییر است», «… تعیین می‌شود»), and by a guess: «لابد نرفتین سرویس دوره‌ای»
 *    (a second-person past after «لابد»; not a guess at feelings «لابد نگران شدید»).
 */
import { faClauseStart, faHit, faJoined, faReassures, type FaCtx, type FaWord } from './fa.ts';
import { wordMemo } from './dispatch.fa.ts';
import type { GenericHit } from './types.ts';

const at = (W: readonly FaWord[], k: number, re: RegExp): boolean => faJoined(W, k) && re.test(W[k].w);
const conditional = (W: FaWord[], j: number): boolean => faClauseStart(W, j).conditional;
/** Word j opens its clause: the sentence's start or right after a pause. */
const opens = (W: readonly FaWord[], j: number): boolean => j === 0 || W[j].pauseBefore;
/** Any negated verb or predicate in W[from, to). */
function negatedIn(W: readonly FaWord[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (W[k].v?.negative || /^(?:ممنوع|ممنوعه|غیرممکن|ناممکن|غیرمجاز)$/.test(W[k].w)) return true;
  return false;
}
/** Gladness, thanks, regret and apology: the words of a warm sentence, not of bad news told frankly. */
const WARM = /^(?:سپاسگزار|سپاسگزاریم|سپاسگزارم|ممنون|ممنونیم|ممنونم|متشکر|متشکریم|خوشحال|خوشحالیم|خوشحالم|متاسف|متاسفیم|متاسفم|متأسف|متأسفیم|متأسفم|شرمنده|شرمندهایم|شرمندهام|پوزش|عذرخواهی|ببخشید|تشکر|قدردان|قدردانی)$/;
const warmIn = (W: readonly FaWord[]): boolean => W.some((x) => WARM.test(x.w));

// ---------------- not-knowing: our own unit, third person ----------------

/** The agent's own side named as a unit (folded): «این واحد», «بخش فروش», «همکارام», «پشتیبانی». */
const UNIT = /^(?:واحد|اداره|بخش|دفتر|شعبه|مرکز|پشتیبانی|همکاران|همکارانم|همکارانمان|همکارام|همکارای|همکارهای|همکارامون|کارشناسان|کارشناسای|کارشناس|انبار|تیم|دپارتمان|کارکنان|کادر)$/;
const UNIT_LEAD = /^(?:این|متاسفانه|متأسفانه|فعلا|فعلاً|ما|هنوز|همچنین)$/;
/** A secret the agent's side must not hold: not knowing it is a promise, not a failing. */
const SECRET = /^(?:رمز|پسورد|پین|کلمه|کد|cvv2|cvv|اطلاعات|مشخصات)/;
const NOBODY = /^(?:هیچ|هیچکس|هیچکدام|هیچیک|کسی|جز|بجز|غیر|غیراز)$/;
const INFO = /^(?:اطلاعی|خبری|اطلاع)$/;
const NOT_HAVE_3 = /^(?:ندارد|ندارند|نداره|ندارن|ندارند)$/;

/** «این واحد نیز اطلاعی از آن ندارد», «همکارام از وضعیت سفارش خبری ندارن», «بخش فروش اطلاعی در دست ندارد». */
function readUnitNoInfo(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!INFO.test(W[j].w) || c.question) return null;
  let k = j + 1;
  if (at(W, k, /^در$/) && at(W, k + 1, /^دست$/)) k += 2;
  // «اطلاعی از آن ندارد»: a short «از …» between the noun and its verb.
  else if (at(W, k, /^(?:از|ازش|ازشون)$/)) {
    const from = k;
    while (k < from + 4 && W[k] && faJoined(W, k) && !NOT_HAVE_3.test(W[k].w)) k++;
  }
  if (!at(W, k, NOT_HAVE_3)) return null;
  const s = faClauseStart(W, j);
  if (s.conditional) return null;
  // The unit opens the clause, maybe after «این», «متأسفانه».
  let u = s.from;
  while (u < j && UNIT_LEAD.test(W[u].w)) u++;
  if (u >= j || !UNIT.test(W[u].w)) return null;
  for (const x of W) if (SECRET.test(x.w) || NOBODY.test(x.w)) return null;
  return faHit(W, j, k, 'not-knowing', 'uncertainty');
}

// ---------------- dismissive: «no problem» with the closing «که» ----------------

const NO_PROBLEM_HEAD = /^(?:مشکلی|اشکالی|اشکال|عیبی|عیب|مسئلهای|مسالهای|چیزی)$/;
const NOT_BE = /^(?:نیست|نداره|ندارد|نیس)$/;
const FILLER = /^(?:خب|خوب|حالا|بابا|دیگه|آخه|اخه|والا)$/;

/** «مشکلی نیست که، یه خط کوچیکه», «اشکال نداره که!», «حالا عیبی نداره که، …». */
function readNoProblemKe(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!NO_PROBLEM_HEAD.test(W[j].w) || c.question) return null;
  if (!(opens(W, j) || (j > 0 && FILLER.test(W[j - 1].w) && opens(W, j - 1)))) return null;
  if (!at(W, j + 1, NOT_BE) || !at(W, j + 2, /^که$/)) return null;
  // The particle closes the clause: a pause or the sentence's end after it (not the relative «که نتونیم حلش کنیم»).
  // A clause follows after a comma, in the same sentence, so what comes next can be read («مشکلی نیست که!» alone is left
  // to fa-core's exclamation rule, and the next sentence may offer a step).
  if (!W[j + 3] || !W[j + 3].pauseBefore || W[j + 3].stopBefore) return null;
  // What follows lets the customer choose or offers a step: «اشکال نداره که، هر وقت راحت بودید بیاید», «…، یکی دیگه
  // براتون می‌فرستیم». Permission and an offer, not a complaint waved off.
  for (let m = j + 3; m < W.length && !W[m].stopBefore; m++) {
    const v = W[m].v;
    if (v && v.person.person === 2 && (v.subjunctive || /^(?:بیاید|بیاین|بیایید|باشید|باشین)$/.test(W[m].w))) return null;
    if (v && v.person.person === 1 && !v.negative) return null;
    if (/^(?:هروقت|هرموقع|هر|راحت|مایل|خواستید|خواستین|تونستید|تونستین|توانستید)$/.test(W[m].w)) return null;
  }
  return faHit(W, j, j + 2, 'minimising', 'dismissive');
}

// ---------------- policy: a rule cited before a refusal ----------------

const RULE = /^(?:آیین|آئین|مقررات|ضوابط|قوانین|قانون|آییننامه|آییننامهی|آئیننامه|دستورالعمل|دستورالعملهای|بخشنامه|ضوابطی|مقرراتی|سیاستهای|سیاست|رویه|شیوهنامه)$/;
/** Charges and fees: a negation about them spares the customer a cost. */
const CHARGE = /^(?:هزینه|هزینهای|هزینهی|کارمزد|کارمزدی|جریمه|جریمهای|مبلغی|وجهی|پولی|مالیات|مالیاتی)$/;
const RULE_QUAL = /^(?:جاری|داخلی|موجود|فعلی|جدید|مربوط|مربوطه|شرکت|بانک|سازمان|اداره|دانشگاه|بیمه|فروشگاه|ما|حاکم|و|داخلیمان|ابلاغی|ابلاغشده|مصوب|نامه)$/;

/** The head of a cited rule at W[j]: the index of its last word, or -1. */
function policyHead(W: readonly FaWord[], j: number): number {
  const w = W[j].w;
  if (/^(?:برابر|بنابر|حسب|وفق|طبق|مطابق)$/.test(w)) return at(W, j + 1, /^(?:با)$/) && w === 'مطابق' ? j + 1 : j;
  if (w === 'بنا' && at(W, j + 1, /^بر$/)) return j + 1;
  if (w === 'با' && at(W, j + 1, /^توجه$/) && at(W, j + 2, /^به$/)) return j + 2;
  if (w === 'به' && at(W, j + 1, /^استناد$/)) return j + 1;
  if (w === 'براساس' || (w === 'بر' && at(W, j + 1, /^اساس$/))) return w === 'بر' ? j + 1 : j;
  return -1;
}

/** «صرفاً», «فقط», «تنها», «منوط / مشروط به», «الزامی»: what the rule narrows the customer to (rwfa21). */
function restrictedIn(W: readonly FaWord[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (/^(?:صرفا|فقط|تنها|منوط|مشروط|الزامی|الزاما|مستلزم|ممنوع)$/.test(W[k].w)) return true;
  return false;
}

/** «برابر مقررات جاری، وکالت‌نامه عادی پذیرفته نمی‌شود», «با توجه به ضوابط، تمدید مقدور نیست». */
function readRuleCited(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!opens(W, j) || c.question) return null;
  const h = policyHead(W, j);
  if (h < 0 || !at(W, h + 1, RULE)) return null;
  let k = h + 1;
  // «مقررات جاری», «قوانین شرکت», «ضوابط و مقررات»: up to three words of the rule's name.
  while (k < h + 4 && W[k + 1] && faJoined(W, k + 1) && (RULE_QUAL.test(W[k + 1].w) || RULE.test(W[k + 1].w))) k++;
  // «آیین نامه» written apart: «آیین» alone is no rule.
  if (/^(?:آیین|آئین)$/.test(W[h + 1].w) && k === h + 1) return null;
  // (rwfa21) The rule's owner named at more length, «مقررات شرکت مخابرات», «ضوابط سازمان امور مالیاتی»: up to four more
  // words, none a verb, before the pause.
  for (let m = k; m < k + 4 && W[m + 1] && faJoined(W, m + 1) && !W[m + 1].v; m++) if (W[m + 2]?.pauseBefore) { k = m + 1; break; }
  // Fronted: a comma or other pause after the rule's name.
  if (!W[k + 1] || !W[k + 1].pauseBefore || W[k + 1].stopBefore) return null;
  let end = k + 1;
  while (end < W.length && !W[end].stopBefore) end++;
  // (rwfa21) A restriction after the rule is the wall too: «… صرفاً با حضور مالک انجام می‌پذیرد», «… فقط در شعبه».
  if (!negatedIn(W, k + 1, end) && !restrictedIn(W, k + 1, end)) return null;
  if (faReassures(W, k + 1, end, true)) return null;
  // A charge not taken is good news: «هزینه‌ای از شما گرفته نمی‌شود», «کارمزدی کسر نمی‌گردد».
  for (let m = k + 1; m < end; m++) if (CHARGE.test(W[m].w)) return null;
  // A grant after the rule: «حق …», «رایگان», «می‌توانید».
  for (let m = k + 1; m < end; m++) if (/^(?:حق|حقتان|حقتون|رایگان|میتوانید|میتونید|میتونین|مجازید|مختارید)$/.test(W[m].w)) return null;
  return faHit(W, j, k, 'policy-shield', 'policy');
}

// ---------------- passive-aggressive: told again, in a letter ----------------

/** The verb of reminding from word k (folded; «می» joined or apart): the index of its last word, or -1. */
function remindVerb(W: readonly FaWord[], k: number): number {
  const NOUN = W[k]?.w;
  let v = k + 1;
  if (at(W, v, /^می$/)) v++;
  const verb = W[v]?.w ?? '';
  if (!faJoined(W, v)) return -1;
  const stem = verb.replace(/^(?:می)/, '');
  if (NOUN === 'یادآور' || NOUN === 'متذکر') return /^(?:شویم|شوم|شیم|شم|شود|گردد|گردیم)$/.test(stem) ? v : -1;
  if (NOUN === 'یادآوری') return /^(?:کنیم|کنم|نماییم|نمایم|شود|گردد)$/.test(stem) ? v : -1;
  if (NOUN === 'خاطرنشان') return /^(?:سازیم|سازم|کنیم|کنم|شود|گردد|نماییم)$/.test(stem) ? v : -1;
  if (NOUN === 'تذکر') return /^(?:دهیم|دهم|دیم|دم|میدیم|میدم)$/.test(stem) ? v : -1;
  return -1;
}
const REMIND_NOUN = /^(?:یادآور|یادآوری|متذکر|خاطرنشان|تذکر)$/;
const FOLLOW = /^(?:پیرو|علیرغم|باوجود)$/;
/** A letter, call or reminder written with its plural ending apart («نامه های», «یادآوری ها»). */
const LETTER_BASE = /^(?:نامه|پیام|ایمیل|اخطار|تذکر|اطلاعیه|تماس|یادآوری|مکاتبه)$/;
const LETTERS = /^(?:مکاتبات|مکاتبه|تماسهای|تماسها|تماس|تذکرات|تذکرهای|یادآوریهای|یادآوریها|نامههای|نامهها|پیامهای|پیامها|اخطارهای|اخطارها|ایمیلهای|ایمیلها|اطلاعیههای)$/;
const MANY = /^(?:مکرر|متعدد|چندباره|چندین|مکررمان|مکرر،)$/;
const BEFORE_WORD = /^(?:قبلا|قبلاً|پیشتر|سابقا|قبلی|پیشین|گذشته|پیش|اخیر)$/;
const INFORMED_HEAD = /^(?:به|اعلام|عرض|ذکر|اشاره|گفته|توضیح|تذکر|ابلاغ)$/;

/** «بار دیگر یادآور می‌شویم», «پیرو مکاتبات مکرر قبلی», «چنانچه در نامه قبلی به استحضار رسید», «… از نظر جنابعالی دور مانده». */
function readToldAgain(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  const w = W[j].w;
  // «بار دیگر», «یک بار دیگر», «یکبار دیگر», «باز هم», «دوباره» + a verb of reminding.
  let k = -1;
  if (w === 'بار' && at(W, j + 1, /^(?:دیگر|دیگه)$/)) k = j + 2;
  else if ((w === 'یک' || w === 'یه') && at(W, j + 1, /^بار$/) && at(W, j + 2, /^(?:دیگر|دیگه)$/)) k = j + 3;
  else if (w === 'یکبار' && at(W, j + 1, /^(?:دیگر|دیگه)$/)) k = j + 2;
  else if ((w === 'باز' && at(W, j + 1, /^هم$/))) k = j + 2;
  else if (w === 'بازهم' || w === 'دوباره') k = j + 1;
  if (k > 0) {
    if (!at(W, k, REMIND_NOUN) || c.question) return null;
    const end = remindVerb(W, k);
    return end < 0 || conditional(W, j) ? null : faHit(W, j, end, 'repeating-myself', 'passive-aggressive');
  }
  // «پیرو / علی‌رغم / با وجود / با عنایت به» + letters or calls + «مکرر / متعدد / چندباره».
  k = -1;
  if (FOLLOW.test(w)) k = j + 1;
  else if (w === 'علی' && at(W, j + 1, /^رغم$/)) k = j + 2;
  else if (w === 'با' && at(W, j + 1, /^وجود$/)) k = j + 2;
  else if (w === 'با' && at(W, j + 1, /^عنایت$/) && at(W, j + 2, /^به$/)) k = j + 3;
  if (k > 0) {
    let m = k + 1;
    if (at(W, k, LETTER_BASE) && at(W, m, /^(?:های|ها)$/)) m++;
    else if (!at(W, k, LETTERS)) return null;
    if (!at(W, m, MANY)) return null;
    return faHit(W, j, m, 'repeating-myself', 'passive-aggressive');
  }
  // «چنانچه / چنان‌که / همان‌گونه که» + the earlier telling named + «به استحضار رسید / اعلام گردید / عرض شد».
  k = -1;
  if (w === 'چنانچه' || w === 'چنانکه' || w === 'همچنانکه') k = j + 1;
  else if (w === 'چنان' && at(W, j + 1, /^که$/)) k = j + 2;
  else if (/^(?:همانگونه|همانطور|همانطوری|همونطور)$/.test(w) && at(W, j + 1, /^که$/)) k = j + 2;
  else if (w === 'همان' && at(W, j + 1, /^(?:گونه|طور|طوری)$/) && at(W, j + 2, /^که$/)) k = j + 3;
  if (k > 0) {
    let named = false;
    let m = k;
    for (; m < k + 5 && W[m] && faJoined(W, m) && !INFORMED_HEAD.test(W[m].w); m++) if (BEFORE_WORD.test(W[m].w)) named = true;
    // «پیش از این»: «از» and «این» after «پیش».
    if (!named || !W[m] || !INFORMED_HEAD.test(W[m].w)) return null;
    let v = m + 1;
    if (W[m].w === 'به') {
      if (!at(W, v, /^(?:استحضار|اطلاع|عرض|آگاهی)$/)) return null;
      v++;
    }
    if (!at(W, v, /^(?:رسید|رسیده|شد|گردید|شده|گردیده|رساندیم|رسانده|رساندیم)$/)) return null;
    // «چنانچه قبلاً اعلام شده باشد»: the subjunctive makes «چنانچه» "if".
    if (W[v + 1] && /^(?:باشد|باشه|باشند|باشید|باشن)$/.test(W[v + 1].w)) return null;
    if (at(W, v + 1, /^(?:است|بود|شد)$/)) v++;
    return faHit(W, j, v, 'repeating-myself', 'passive-aggressive');
  }
  // «(نامه قبلی ما) از نظر / دید / چشم جنابعالی دور / پنهان مانده».
  if (w === 'از' && at(W, j + 1, /^(?:نظر|دید|چشم)$/) && at(W, j + 2, /^(?:شما|جنابعالی|حضرتعالی|سرکار|سرکارعالی)$/)) {
    let v = j + 3;
    if (at(W, v, /^(?:دور|پنهان|جا)$/)) v++;
    if (!at(W, v, /^(?:مانده|مونده|افتاده|ماندهاست|افتادهاست|موندهاست|موند|ماند|افتاد)$/)) return null;
    if (at(W, v + 1, /^(?:است|بود)$/)) v++;
    // Our letter is what was missed: a word of a letter in the four words before.
    let s = -1;
    for (let m = Math.max(0, j - 4); m < j; m++) if (/^(?:نامه|پیام|مکاتبه|ایمیل|اطلاعیه|ابلاغیه|توضیحات|پیامک)$/.test(W[m].w)) { s = m; break; }
    return s < 0 ? null : faHit(W, s, v, 'repeating-myself', 'passive-aggressive');
  }
  return null;
}

// ---------------- to-be-honest: a candour adverb opening bad news ----------------

const FRANK = /^(?:صراحتا|حقیقتا|صادقانه|بیرودربایستی|بیتعارف|رکوراست)$/;

/** «صراحتاً پلن پایه مناسب شما نیست», «حقیقتاً، این مدل به کار شما نمیاد», «بی‌رودربایستی بگم …». */
function readFrankly(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!opens(W, j) || c.question) return null;
  let e = j;
  // «بی رودربایستی», «بی تعارف» written apart.
  if (W[j].w === 'بی' && at(W, j + 1, /^(?:رودربایستی|تعارف)$/)) e = j + 1;
  else if (!FRANK.test(W[j].w)) return null;
  const j0 = e;
  // «صادقانه بگم / عرض کنم / عرض می‌کنم (که)».
  if (at(W, j0 + 1, /^(?:بگم|بگویم|بگوییم|بگیم)$/)) e = j0 + 1;
  else if (at(W, j0 + 1, /^عرض$/) && at(W, j0 + 2, /^(?:کنم|کنیم|میکنم|میکنیم)$/)) e = j0 + 2;
  if (!negatedIn(W, e + 1, W.length) || faReassures(W, e + 1, W.length, true) || warmIn(W)) return null;
  return faHit(W, j, e, 'candour-opener', 'negative-words');
}

// ---------------- blame: by your own hand, by guess ----------------

const BY_SELF_1 = /^(?:خودتان|خودتون|خودت|خودتو)$/;
const YOU = /^(?:شما|جنابعالی|حضرتعالی|سرکار|سرکارعالی)$/;
const PAST_PASSIVE = /^(?:شده|شدهاست|شدهبود|شدهاند|شد|گردیده|گردیدهاست|گردید|شدن)$/;
const CAN_OR_NOW = /^(?:قابل|میشود|میشه|میگردد|میتوانید|میتونید|میتونین|میتوانند|شود|بشه|بشود|میشن)$/;
const FEELING = /^(?:نگران|ناراحت|خسته|کلافه|اذیت|عصبانی|دلخور|ناامید|شوکه|متعجب|دلگیر|نگرانش|خوشحال|منتظر)$/;

/** «مودم توسط خود شما به تنظیمات کارخانه بازگردانده شده است», «توسط خودتون پاک شده». */
function readBySelf(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (W[j].w !== 'توسط' || c.question) return null;
  let k = j + 1;
  if (at(W, k, /^خود$/) && at(W, k + 1, YOU)) k += 2;
  else if (at(W, k, BY_SELF_1)) k++;
  else return null;
  for (let m = k; m < k + 7 && W[m] && faJoined(W, m); m++) {
    if (CAN_OR_NOW.test(W[m].w)) return null;
    if (PAST_PASSIVE.test(W[m].w)) return conditional(W, j) ? null : faHit(W, j, k - 1, 'second-person-blame', 'blame');
  }
  return null;
}

/** «لابد نرفتین سرویس دوره‌ای», «لابد رمز رو دیر زدین»: a guess that the customer did it (not «لابد نگران شدید»). */
function readGuessBlame(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (W[j].w !== 'لابد' || c.question) return null;
  for (let m = j + 1; m < j + 6 && W[m] && faJoined(W, m); m++) {
    if (FEELING.test(W[m].w)) return null;
    const v = W[m].v;
    if (!v) continue;
    if (v.person.person !== 2 || v.tense !== 'past' || v.lemma === 'شدن' || v.lemma === 'بودن' || v.lemma === 'داشتن') return null;
    return conditional(W, j) ? null : faHit(W, j, m, 'second-person-blame', 'blame');
  }
  return null;
}

// ---------------- system: the agent has no access ----------------

const ACCESS = /^(?:دسترسی|دسترسیش|دسترسیشو|دسترسیشرو|دسترسیای)$/;
const NOT_HAVE_1 = /^(?:ندارم|نداریم|نداشتم|نداشتیم)$/;

/** «من به سامانه نوبت‌دهی دسترسی ندارم», «بنده دسترسی ویرایش آن‌ها را ندارم» (not a secret kept from us: «ما به رمز کارت شما دسترسی نداریم»). */
function readNoAccess(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!ACCESS.test(W[j].w) || c.question) return null;
  let k = j + 1;
  while (k < j + 6 && W[k] && faJoined(W, k) && !NOT_HAVE_1.test(W[k].w) && !W[k].v) k++;
  if (!at(W, k, NOT_HAVE_1)) return null;
  for (const x of W) if (SECRET.test(x.w) || NOBODY.test(x.w)) return null;
  const s = faClauseStart(W, j);
  if (s.conditional) return null;
  // «من / بنده / ما / منم» just before: start there.
  let a = j;
  for (let m = Math.max(s.from, j - 5); m < j; m++) if (/^(?:من|بنده|ما|منم|ماهم|اینجانب)$/.test(W[m].w)) { a = m; break; }
  return faHit(W, a, k, 'system-blocks', 'other');
}

// ---------------- ill-try: our unit's effort in the third person ----------------

const EFFORT3 = /^(?:تلاش|سعی|کوشش|تلاشمان|سعیمان|همت)$/;
const ALL3 = /^(?:تمام|تمامی|همه|همهی|حداکثر|نهایت|منتهای|کلیه)$/;
const SELF3 = /^(?:خود|خودشان|خودشون|خویش)$/;
const FUT3 = /^(?:خواهد|خواهند)$/;
const FUT3_STEM = /^(?:نمود|کرد|بست|گرفت|داد|گماشت)$/;
const PRES3 = /^(?:میکنند|میکنن|میکنه|میکند|مینمایند|مینماید|میبندند|میبندد|میگیرند|میگیرد)$/;

/** «کارشناسان فنی تلاش خواهند نمود تا …», «این اداره تمام تلاش خود را به کار خواهد بست», «همکارای انبار سعی می‌کنن …». */
function readUnitEffort(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question) return null;
  let k = j;
  if (ALL3.test(W[k].w)) k++;
  if (!at(W, k, EFFORT3) && !(k === j && EFFORT3.test(W[k].w))) return null;
  k++;
  if (at(W, k, SELF3)) k++;
  if (at(W, k, /^(?:را|رو)$/)) k++;
  if (at(W, k, /^به$/) && at(W, k + 1, /^کار$/)) k += 2;
  else if (at(W, k, /^(?:بهکار|بکار)$/)) k++;
  let end = -1;
  if (at(W, k, FUT3) && at(W, k + 1, FUT3_STEM)) end = k + 1;
  else if (at(W, k, PRES3)) end = k;
  if (end < 0) return null;
  const s = faClauseStart(W, j);
  if (s.conditional) return null;
  let u = s.from;
  while (u < j && UNIT_LEAD.test(W[u].w)) u++;
  if (u >= j || !UNIT.test(W[u].w)) return null;
  return faHit(W, j, end, 'hedged-effort', 'uncertainty');
}

// ---------------- not-my-dept: not this unit's matter ----------------

const RELATED = /^(?:ارتباطی|ربطی|ارتباط|ربط)$/;

/** «موضوع … به این اداره ارتباطی ندارد», «بخش ما نیست اینا», «این حوزه کاری واحد ما نیست». */
function readNotOurUnit(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question) return null;
  // «به (این) اداره / واحد ما ارتباطی ندارد».
  if (W[j].w === 'به') {
    let k = j + 1;
    if (at(W, k, /^(?:این|اون|آن)$/)) k++;
    if (!at(W, k, UNIT)) return null;
    const own = k > j + 1 || at(W, k + 1, /^(?:ما|من|بنده|مون|مان)$/);
    k++;
    if (at(W, k, /^(?:ما|من|بنده|مون|مان)$/)) k++;
    if (!own || !at(W, k, RELATED) || !at(W, k + 1, NOT_HAVE_3)) return null;
    return conditional(W, j) ? null : faHit(W, j, k + 1, 'handled-elsewhere', 'dismissive');
  }
  // «بخش ما نیست», «حوزه کاری ما نیست» closing its clause.
  if (/^(?:بخش|واحد|حوزه|دپارتمان|اداره|تخصص)$/.test(W[j].w)) {
    let k = j + 1;
    if (at(W, k, /^(?:کاری)$/)) k++;
    if (!at(W, k, /^(?:ما|من|بنده)$/) || !at(W, k + 1, /^(?:نیست|نیس)$/)) return null;
    const after = W[k + 2];
    if (after && !after.pauseBefore && !/^(?:اینا|این|اینها|اینو|که)$/.test(after.w)) return null;
    if (after?.w === 'که') return null;
    return conditional(W, j) ? null : faHit(W, j, k + 1, 'handled-elsewhere', 'dismissive');
  }
  return null;
}

// ---------------- apology reflex: sorry in advance, for any possible trouble ----------------

const APOLOGY = /^(?:عذرخواهی|پوزش|معذرت|عذر|شرمنده|شرمندهایم|ببخشید)$/;

/**
 * «پیشاپیش از هرگونه ناهماهنگی احتمالی عذرخواهی می‌نماییم», «از هر نوع اختلال احتمالی پوزش می‌طلبیم»: an apology for what
 * may happen or any trouble at all, whatever the noun (not thanks in advance «پیشاپیش از صبر شما سپاسگزاریم»).
 */
function readSorryInAdvance(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  const w = W[j].w;
  let k = -1;
  if (w === 'پیشاپیش') k = j + 1;
  else if (w === 'هرگونه' || w === 'هرنوع') k = j + 1;
  else if (w === 'هر' && at(W, j + 1, /^(?:گونه|نوع)$/)) k = j + 2;
  if (k < 0 || c.question) return null;
  // «هرگونه …» needs «احتمالی» after its noun: «هرگونه سؤال داشتید» is an offer.
  if (w !== 'پیشاپیش') {
    if (!(at(W, k + 1, /^احتمالی$/) || at(W, k + 2, /^احتمالی$/))) return null;
  }
  for (let m = k; m < k + 9 && W[m] && faJoined(W, m); m++) {
    if (WARM.test(W[m].w) && !APOLOGY.test(W[m].w) && W[m].w !== 'عذرخواهی') return null;
    if (APOLOGY.test(W[m].w)) {
      let e = m;
      const v = W[m + 1];
      if (v && faJoined(W, m + 1) && (v.v || /^(?:میطلبیم|میطلبم|میخواهیم|میخوایم|میخوام|مینماییم|مینمایم|میکنیم|میکنم)$/.test(v.w))) e = m + 1;
      return conditional(W, j) ? null : faHit(W, j, e, 'apology-in-advance', 'over-apology');
    }
  }
  return null;
}

/** Explanations of the constructions this file adds (the others are fa.ts's). */
export const EXPLAIN_KINDS20_FA = {
  'apology-in-advance': {
    en: 'This apologises in advance for trouble that may never happen ({words}): leave it out, or name the real problem and what you are doing about it.',
    fa: 'این جمله پیشاپیش برای مشکلی عذر می‌خواهد که شاید هرگز پیش نیاید ({words}): آن را حذف کنید، یا مشکل واقعی و کاری را که برایش می‌کنید بگویید.',
  },
};

/** First words this file's readers start on (a pure function of the word). */
export const kinds20MayStart = wordMemo(mayStart20);
function mayStart20(w: string): boolean {
  return INFO.test(w) || NO_PROBLEM_HEAD.test(w) || /^(?:برابر|بنابر|حسب|وفق|طبق|مطابق|بنا|با|به|براساس|بر)$/.test(w) || w === 'بار' ||
    w === 'یک' || w === 'یه' || w === 'یکبار' || w === 'باز' || w === 'بازهم' || w === 'دوباره' || FOLLOW.test(w) || w === 'چنانچه' ||
    w === 'چنانکه' || w === 'همچنانکه' || w === 'چنان' || w === 'از' || FRANK.test(w) || w === 'بی' || w === 'علی' || w === 'همان' || /^(?:همانگونه|همانطور|همانطوری|همونطور)$/.test(w) || w === 'توسط' || w === 'لابد' || ACCESS.test(w) ||
    ALL3.test(w) || EFFORT3.test(w) || /^(?:بخش|واحد|حوزه|دپارتمان|اداره|تخصص)$/.test(w) ||
    w === 'پیشاپیش' || w === 'هرگونه' || w === 'هرنوع' || w === 'هر';
}

function readKinds20(c: FaCtx, j: number): GenericHit | null {
  const w = c.W[j].w;
  if (!kinds20MayStart(w)) return null;
  return readUnitNoInfo(c, j) ?? readNoProblemKe(c, j) ?? readRuleCited(c, j) ?? readToldAgain(c, j) ?? readFrankly(c, j) ?? readBySelf(c, j) ?? readGuessBlame(c, j) ?? readNoAccess(c, j) ??
    readUnitEffort(c, j) ?? readNotOurUnit(c, j) ?? readSorryInAdvance(c, j);
}

/** The readers of this file, in the order constructions.fa.ts runs them. */
export const KIND_READERS_FA_20 = [readKinds20];
