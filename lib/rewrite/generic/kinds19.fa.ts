/**
 * Persian ill-try families, nineteenth session (rwfa19), written from the language and checked on scripts/fa-matrix19.ts
 * (each family with look-alikes that must stay quiet), not off any split's sentences. Advice only, as every generic hit.
 *
 *  - all our effort offered in place of a plan, first person, present or future, formal and colloquial:
 *    «تمام تلاشمان را به کار می‌بندیم», «حداکثر تلاش خود را به کار خواهیم بست», «همه‌ی سعیمو می‌کنم»,
 *    «نهایت تلاشمون رو میکنیم», «تمام توانمان را به کار خواهیم گرفت», «تمام تلاش خود را خواهیم نمود»
 *    (not past effort with its result «تمام تلاشمان را کردیم و …»; not thanks for the customer's effort «از تلاش شما»;
 *    not «با تمام توان در خدمتیم»);
 *  - a vague "I'll sort something out": «یه کاریش می‌کنم», «یه فکری براش می‌کنیم», «یه جوری درستش می‌کنم»
 *    (not «یه کاری کنید», past «یه کاریش کردیم»);
 *  - whatever I can: «هر کاری از دستم بربیاد انجام میدم», «هرچه در توان داریم انجام خواهیم داد»
 *    (not «هر کاری داشتید در خدمتیم», «کاری از دستم برنمیاد»: a refusal read elsewhere).
 * None in a question or a condition.
 */
import { faClauseStart, faHit, faJoined, type FaCtx, type FaWord } from './fa.ts';
import { wordMemo } from './dispatch.fa.ts';
import type { GenericHit } from './types.ts';

const at = (W: readonly FaWord[], k: number, re: RegExp): boolean => faJoined(W, k) && re.test(W[k].w);
const conditional = (W: FaWord[], j: number): boolean => faClauseStart(W, j).conditional;

/** «تمام», «همه‌ی», «حداکثر», «نهایت», «منتهای»: all of. */
const ALL = /^(?:تمام|تمامی|همه|همهی|همهٔ|حداکثر|نهایت|منتهای|کلیه|تمامه)$/;
/** The effort noun, bare or with a first-person clitic and object marker (folded, ZWNJ gone). */
const EFFORT = /^(?:تلاش|سعی|کوشش|توان|همت|انرژی)(?:م|مان|مون|مو|مونو|ما|امان|هامان|هامون|های|ش|شان|شون)?(?:و|رو|را)?$/;
/** The effort written together with «تمام»: «تمام‌تلاشمان» (one token without ZWNJ). */
const ALL_EFFORT = /^(?:تمام|همه|همهی|حداکثر|نهایت)(?:تلاش|سعی|کوشش|توان)(?:م|مان|مون|مو|مونو|ما)?(?:و|رو|را)?$/;
const SELF = /^(?:خود|خودم|خودمان|خودمون|خودمو|خودمونو|خودرا)$/;
const OBJ = /^(?:را|رو|و)$/;
/** «به کار»: written apart or together. */
const TO_WORK = /^(?:بهکار|بکار)$/;
/** First person, present or future, of بستن / گرفتن / کردن / نمودن / دادن / گذاشتن / خرج. */
const DO_PRESENT = /^(?:میبندیم|میبندم|میگیریم|میگیرم|میکنیم|میکنم|مینماییم|مینمایم|میذاریم|میذارم|میگذاریم|میگذارم|میدیم|میدم|میدهیم|میدهم|میکند|میکنند|میکنه|میکنن|مینماید|مینمایند|میگیرد|میگیرند|میبندد|میبندند)$/;
/** (rwfa26) The third person too: the company or our staff promising its utmost («این شرکت نهایت تلاش خود را به کار خواهد گرفت»). */
const FUTURE = /^(?:خواهیم|خواهم|خواهد|خواهند)$/;
const FUTURE_STEM = /^(?:بست|گرفت|کرد|نمود|داد|گذاشت)$/;

/** The verb of an effort phrase from word k: the index of its last word, or -1. */
function effortVerb(W: readonly FaWord[], k: number): number {
  if (at(W, k, DO_PRESENT)) return k;
  if (at(W, k, FUTURE) && at(W, k + 1, FUTURE_STEM)) return k + 1;
  // «می بندیم» kept as two words
  if (at(W, k, /^می$/) && at(W, k + 1, /^(?:بندیم|بندم|گیریم|گیرم|کنیم|کنم|نماییم|نمایم|گذاریم|گذارم|دهیم|دهم)$/)) return k + 1;
  return -1;
}

/** «تمام تلاشمان را به کار می‌بندیم», «حداکثر سعی خود را خواهیم کرد», «همه‌ی تلاشمونو میکنیم». */
function readAllOurEffort(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question) return null;
  let k: number;
  if (ALL_EFFORT.test(W[j].w)) k = j + 1;
  else if (ALL.test(W[j].w)) {
    k = j + 1;
    if (at(W, k, /^(?:ی|ٔ)$/)) k++;
    if (!at(W, k, EFFORT)) return null;
    k++;
    // «سعی مان»: the clitic written apart.
    if (at(W, k, /^(?:مان|مون|مونو|م)$/)) k++;
  } else return null;
  if (at(W, k, SELF)) k++;
  if (at(W, k, OBJ)) k++;
  if (at(W, k, /^به$/) && at(W, k + 1, /^کار$/)) k += 2;
  else if (at(W, k, TO_WORK)) k++;
  // «به خرج می‌دهیم»
  else if (at(W, k, /^به$/) && at(W, k + 1, /^خرج$/)) k += 2;
  else if (at(W, k, /^(?:بهخرج)$/)) k++;
  const end = effortVerb(W, k);
  if (end < 0 || conditional(W, j)) return null;
  return faHit(W, j, end, 'hedged-effort', 'uncertainty');
}

/** «یه کاریش می‌کنم», «یه فکری براش می‌کنیم», «یه جوری درستش می‌کنم»: a vague "I'll sort it". */
function readSortItSomehow(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!/^(?:یه|یک)$/.test(W[j].w) || c.question) return null;
  let k = j + 1;
  if (at(W, k, /^(?:کاریش|فکریش|جوریش|کاری|فکری)$/)) {
    const bare = /^(?:کاری|فکری)$/.test(W[k].w);
    k++;
    if (at(W, k, /^(?:براش|براتون|برایش|برایتان|واسش|واستون|براشون|برای)$/)) k++;
    else if (bare) return null;
  } else if (at(W, k, /^(?:جوری|طوری)$/) && at(W, k + 1, /^(?:درستش|حلش|ردیفش|جورش|اوکیش)$/)) k += 2;
  else return null;
  if (!at(W, k, /^(?:میکنم|میکنیم|میکنیمش|میکنمش)$/) || conditional(W, j)) return null;
  return faHit(W, j, k, 'hedged-effort', 'uncertainty');
}

/** «هر کاری از دستم بربیاد انجام میدم», «هرچه در توان داریم انجام می‌دهیم». */
function readWhateverICan(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question) return null;
  let k = j;
  if (at(W, k, /^هر$/) && at(W, k + 1, /^(?:کاری|چه|چی)$/)) k += 2;
  else if (at(W, k, /^(?:هرکاری|هرچه|هرچی)$/)) k++;
  else return null;
  // «از دستم / دستمون بربیاد / برآید», «در توان داریم / توانم هست».
  if (at(W, k, /^از$/) && at(W, k + 1, /^(?:دستم|دستمون|دستمان|دستمو|دست)$/)) k += 2;
  else if (at(W, k, /^(?:در|تو)$/) && at(W, k + 1, /^(?:توان|توانم|توانمان|توانمون|توانم)$/)) k += 2;
  else return null;
  if (at(W, k, /^(?:ما|من|بنده)$/)) k++;
  if (at(W, k, /^بر$/) && at(W, k + 1, /^(?:بیاد|آید|میاد|میآید|بیآید)$/)) k += 2;
  else if (at(W, k, /^(?:بربیاد|برآید|برمیاد|برمیآید|بربیآید|داریم|دارم|باشه|باشد|هست|است)$/)) k++;
  else return null;
  if (at(W, k, /^(?:رو|را)$/)) k++;
  if (at(W, k, /^(?:انجام|براتون|برایتان|برای)$/)) k++;
  if (at(W, k, /^(?:شما)$/)) k++;
  if (at(W, k, /^انجام$/)) k++;
  const end = effortVerb(W, k);
  if (end < 0 || conditional(W, j)) return null;
  return faHit(W, j, end, 'hedged-effort', 'uncertainty');
}

// ---------------- not-knowing: the agent as puzzled as the customer ----------------

/** «سر در نمیارم», «سردرنمی‌آوریم»: first person, negative present (the phrase in one, two or three words). */
const NO_SENSE_ONE = /^(?:سردرنمیارم|سردرنمیاریم|سردرنمیآورم|سردرنمیآوریم)$/;
const NO_SENSE_TAIL = /^(?:نمیارم|نمیاریم|نمیآورم|نمیآوریم)$/;
/** «منم موندم چرا …», «والا ما هم موندیم که چطور …»: puzzled why (first person). */
const PUZZLED = /^(?:موندم|موندیم|ماندهام|ماندهایم|موندهام|موندهایم|متعجبم|متعجبیم|گیجم)$/;
const WHY = /^(?:چرا|چطور|چطوری|چجوری|چگونه)$/;

/** «منم سر در نمیارم چرا …», «سردرنمی‌آوریم»: the agent does not understand either. */
function readNoSense(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question) return null;
  let end = -1;
  if (NO_SENSE_ONE.test(W[j].w)) end = j;
  else if (W[j].w === 'سر' && at(W, j + 1, /^در$/) && at(W, j + 2, NO_SENSE_TAIL)) end = j + 2;
  else if (W[j].w === 'سر' && at(W, j + 1, /^(?:درنمیارم|درنمیاریم|درنمیآورم|درنمیآوریم)$/)) end = j + 1;
  else if (W[j].w === 'سردر' && at(W, j + 1, NO_SENSE_TAIL)) end = j + 1;
  if (end < 0 || conditional(W, j)) return null;
  return faHit(W, j, end, 'not-knowing', 'uncertainty');
}

/** «منم موندم چرا …», «ما هم موندیم که چطور …» (a puzzled first person right before «چرا / چطور»). */
function readPuzzledWhy(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question) return null;
  let k = j + 1;
  // «مونده ام»: the ending written apart.
  if (/^(?:مونده|مانده)$/.test(W[j].w) && at(W, j + 1, /^(?:ام|ایم)$/)) k++;
  else if (!PUZZLED.test(W[j].w)) return null;
  if (at(W, k, /^که$/)) k++;
  if (!at(W, k, WHY)) return null;
  // «منم / ما هم / خودمم / والا» before it: start there.
  let s = j;
  if (j > 0 && /^(?:منم|خودمم|خودمونم|ماهم|منهم|والا|والله)$/.test(W[j - 1].w)) s = j - 1;
  else if (j > 1 && /^هم$/.test(W[j - 1].w) && /^(?:من|ما|بنده|خودم|خودمون)$/.test(W[j - 2].w)) s = j - 2;
  if (conditional(W, s)) return null;
  return faHit(W, s, k - 1 - (W[k - 1].w === 'که' ? 1 : 0), 'not-knowing', 'uncertainty');
}

// ---------------- time-refusal: it won't start until an event ----------------

/** «… تا اعلام نتایج نهایی آغاز نخواهد شد», «تا پس از تعطیلات نوروز شروع نمی‌شود»: nothing happens before an event. */
const START_NOUN = /^(?:آغاز|شروع|انجام|ارسال|پردازش|اقدام|بررسی|صادر|پیگیری)$/;
const NOT_WILL = /^(?:نخواهد|نخواهند)$/;
function readNotUntilEvent(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (W[j].w !== 'تا' || c.question) return null;
  // The event: two to six words, then the start noun and its negated verb.
  for (let k = j + 2; k <= j + 7 && faJoined(W, k); k++) {
    if (!START_NOUN.test(W[k].w)) continue;
    let end = -1;
    if (at(W, k + 1, NOT_WILL) && at(W, k + 2, /^(?:شد|گردید)$/)) end = k + 2;
    else if (at(W, k + 1, /^(?:نمیشود|نمیشه|نمیگردد|نمیکنیم|نمیشن|نمیشوند)$/)) end = k + 1;
    if (end < 0) return null;
    // «تا ۴۸ ساعت …»: a duration is read elsewhere; here the event is named by a noun («اعلام», «پس از», «پایان»).
    if (!/^(?:اعلام|پس|بعد|پایان|اتمام|تکمیل|تایید|تأیید|دریافت|وصول|واریز|تسویه|صدور|ارائه|رفع|قطعی|ابلاغ)$/.test(W[j + 1].w)) return null;
    // «تا زمانی که …» is a condition the customer can meet: not read.
    if (conditional(W, j)) return null;
    return faHit(W, j, end, 'time-refusal', 'until');
  }
  return null;
}

// ---------------- policy: «it's the bank's policy» as the whole reason ----------------

/** Policy nouns bare (with an org word after them) and with the colloquial copula on them (not «رویه», «…نامه»: their ه is their own). */
const POLICY = /^(?:قانون|قوانین|سیاست|سیاستهای|سیاستای|مقررات|ضوابط|پالیسی|دستورالعمل|رویه|روال|آییننامه|بخشنامه)$/;
const POLICY_IS = /^(?:قانونه|قوانینه|مقرراته|ضوابطه|سیاسته|سیاستهاست|پالیسیه|دستورالعمله|روالشه|قانونشه)$/;
/** The org the policy belongs to, with the colloquial copula on it («بانکه», «شرکته», «فروشگاهه», «ماست»). */
const ORG_IS = /^(?:بانکه|شرکته|فروشگاهه|سازمانه|ادارهست|ادارست|دانشگاهه|باشگاهه|مجموعهست|مجموعست|سایته|هتله|بیمهست|بیمست|ایرلاینه|ماست|شرکتمونه|بانکمونه|فروشگاهمونه|اپه|اپلیکیشنه|مدیریته|بالاست)$/;
const ORG = /^(?:بانک|شرکت|فروشگاه|سازمان|اداره|دانشگاه|باشگاه|مجموعه|سایت|هتل|بیمه|ایرلاین|ما|شرکتمون|بانکمون|فروشگاهمون|اپ|مدیریت)$/;
const COPULA = /^(?:است|هست|میباشد|هستش)$/;
/** The clause ends after word k (a pause, the end, or a tag word that closes it: «دیگه», «و», «ولی»). */
const closes = (W: readonly FaWord[], k: number): boolean => !W[k + 1] || W[k + 1].pauseBefore || /^(?:دیگه|دیگر|و|ولی|اما|منم|من|بنده|ما|عزیزم|جان|قربونت|قربونتون|آقا|خانم|داداش|برادر|خواهر|عزیز)$/.test(W[k + 1].w);
/** (rwfa25) A form of address or a filler opening the reply before the policy: «آقا سیاست فروشگاه ماست، …». */
const ADDRESS_FIRST = /^(?:آقا|خانم|عزیزم|داداش|برادر|ببینید|ببین|ببینین|والا|والله|خب|خوب|سلام|جانم)$/;
const opensAfterAddress = (W: readonly FaWord[], j: number): boolean => j > 0 && ADDRESS_FIRST.test(W[j - 1].w) && (j === 1 || W[j - 1].pauseBefore);
/**
 * (rwfa21) Any owner with the colloquial copula on it, «قوانین صرافیه», «سیاست آموزشگاهه», «مقررات پارکینگه»: a noun (no verb
 * reading) of four letters or more ending in «ه» after the policy noun; not the formal adjective «مربوطه».
 */
const ownerIs = (x: FaWord): boolean => x.w.length >= 4 && x.w.endsWith('ه') && !x.v && !/^(?:مربوطه|جدیده|فوقالذکر)$/.test(x.w);

/** «اینو سیاست بانکه، …», «این جزو قوانینه و …», «قوانین شرکت است.», «سیاست ماست دیگه». */
function readPolicyIs(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question) return null;
  let s = j;
  let k = j;
  if (W[j].w === 'جزو' || W[j].w === 'جزء') k++;
  if (at(W, k, POLICY_IS) && (k > j || opens(W, j) || /^(?:این|اینو|اینم|اینا|اینها)$/.test(W[j - 1]?.w ?? ''))) {
    if (!closes(W, k) || conditional(W, s)) return null;
    return faHit(W, s, k, 'policy-shield', 'policy');
  }
  if (!at(W, k, POLICY)) return null;
  if (k === j && !(opens(W, j) || opensAfterAddress(W, j) || /^(?:این|اینو|اینم|اینا|اینها)$/.test(W[j - 1]?.w ?? ''))) return null;
  k++;
  let end = -1;
  if (at(W, k, ORG_IS)) end = k;
  else if (at(W, k, ORG) && at(W, k + 1, COPULA)) end = k + 1;
  // (rwfa25) «سیاست فروشگاه ماست», «قانون شرکت ماست»: the owner, then «ماست / خودمونه».
  else if (at(W, k, ORG) && at(W, k + 1, /^(?:ماست|خودمونه|خودمانه|خودمونه)$/)) end = k + 1;
  else if (at(W, k, /^(?:جدید|داخلی|کلی)$/) && at(W, k + 1, ORG_IS)) end = k + 1;
  else if (faJoined(W, k) && W[k] && ownerIs(W[k])) end = k;
  // (rwfa21) «این موضوع جزو سیاست‌های ثابت هتل است»: after «جزو», up to four words of the policy's name, then its copula.
  else if (k > j + 1) for (let m = k; m < k + 4 && at(W, m, /^[^\s]+$/) && !W[m].v; m++) if (at(W, m + 1, COPULA)) { end = m + 1; break; }
  if (end < 0 || !closes(W, end) || conditional(W, s)) return null;
  return faHit(W, s, end, 'policy-shield', 'policy');
}
const opens = (W: readonly FaWord[], j: number): boolean => j === 0 || W[j].pauseBefore;

/** First words this file's readers start on (a pure function of the word). */
export const kinds19MayStart = wordMemo(mayStart19);
function mayStart19(w: string): boolean {
  return ALL.test(w) || ALL_EFFORT.test(w) || w === 'یه' || w === 'یک' || w === 'هر' || /^(?:هرکاری|هرچه|هرچی)$/.test(w) ||
    w === 'سر' || w === 'سردر' || NO_SENSE_ONE.test(w) || PUZZLED.test(w) || w === 'مونده' || w === 'مانده' || w === 'تا' ||
    w === 'جزو' || w === 'جزء' || POLICY.test(w) || POLICY_IS.test(w);
}

function readKinds19(c: FaCtx, j: number): GenericHit | null {
  const w = c.W[j].w;
  if (!kinds19MayStart(w)) return null;
  return readAllOurEffort(c, j) ?? readSortItSomehow(c, j) ?? readWhateverICan(c, j) ?? readNoSense(c, j) ?? readPuzzledWhy(c, j) ?? readNotUntilEvent(c, j) ?? readPolicyIs(c, j);
}

/** The readers of this file, in the order constructions.fa.ts runs them. */
export const KIND_READERS_FA_19 = [readKinds19];

/** Nouns and lemmas of giving the details or doing the step the agent expected: «شماره سفارش رو هم بفرستین», «درج کنید». */
const INCLUDE_NOUN = /^(?:درج|ذکر|ارسال|وارد|قید|اضافه|ضمیمه|پیوست|چک|بررسی|مطالعه|اعلام)$/;
const INCLUDE_LEMMA = /^(?:فرستادن|نوشتن|خواندن|زدن|گذاشتن|ذکرکردن|درجکردن)$/;
/**
 * «لطفاً دفعه بعد شماره سفارش را هم بفرستید که معطل نشید», «لطفا دفعات بعد … در عنوان تیکت درج کنید تا نیازی به پرسیدن
 * مجدد نباشد», «لطفا دفعه بعد قبل از تماس …»: the reproach of "next time, include what you left out" (read by
 * constructions.fa.ts's readNextTime between the time phrase ending before `after` and the imperative at `k`). Not «لطفاً
 * دفعه بعد هم از ما خرید کنید» (an invitation: «هم» right after the time phrase).
 */
export function faNextTimeReproach(W: readonly FaWord[], after: number, k: number): boolean {
  if (W[after]?.w === 'هم') return false;
  for (let m = after; m < k; m++) if (W[m].w === 'قبل' && W[m + 1]?.w === 'از') return true;
  const v = W[k].v;
  // (not «سر بزنید»: a visit, an invitation)
  if ((v && INCLUDE_LEMMA.test(v.lemma) && !(v.lemma === 'زدن' && W[k - 1]?.w === 'سر')) || (k > 0 && INCLUDE_NOUN.test(W[k - 1].w))) return true;
  // A purpose clause of avoidance after the request: «که معطل نشین», «تا نیازی به پرسیدن مجدد نباشد».
  for (let m = k + 1; m <= k + 8 && m < W.length; m++) {
    if (!/^(?:که|تا)$/.test(W[m].w)) continue;
    for (let n = m + 1; n <= m + 6 && n < W.length; n++) if (W[n].v?.negative || /^(?:نیازی|لزومی|احتیاجی)$/.test(W[n].w)) return true;
    return false;
  }
  return false;
}
