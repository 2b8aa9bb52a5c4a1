/**
 * Persian kinds of the thirty-first session (rwfa31), named from late30's misses where the same kind recurs in an older
 * split (late20-29) or in both of late30's writers, written first as look-alikes of their own
 * (tests/unit/rewrite/fa-kinds31.test.ts: other trades, both registers, Arabic ي/ك, no ZWNJ, and close contrasts that must
 * stay quiet), then read here over the language layer's words. Advice from the generic reader, gated on the first word
 * (kinds31MayStart).
 *
 *  - **«sorry» in Persian letters, once** (`apology-reflex`): «سوری بابت تاخیر», «سوری که طول کشید», «سوری بابت دردسر»
 *    (late20, late21, late30). kinds29 reads «سوری سوری» only: once it is also «Syrian»; here only opening its clause and
 *    followed by «بابت / که / واسه / برای / بخاطر» (never «پوند سوری», «مسافران سوری»).
 *  - **thanks or praise as a reproach, «at last»** (`sarcasm`): «آفرین، بالاخره قبضو پیدا کردین!», «خیلی ممنون که بالاخره
 *    برگه … رو هم لطف کردین آوردین» (both of late30's writers). fa.ts reads «ممنون که بالاخره» with the customer's verb
 *    within four words; here «آفرین / دمتون گرم / دستتون درد نکنه» too, and the verb anywhere in the clause. Not «بالاخره»
 *    over news of a thing («آفرین، بالاخره درست شد»: no second person), not a condition.
 *  - **God willing, the service's step in the future or ready by a time** (`hedged-effort`): «ان‌شاءالله کلاس آنلاین برای
 *    جنابعالی برقرار خواهد شد», «ایشالا تا عصر گوشواره‌ت آماده‌ست» (late28, late29 and late30 hold the kind; kinds29 reads
 *    a present verb only). A job word before «خواهد شد / خواهد گردید», or a ready word with its copula after a «تا …» deadline.
 *    Not a wish («ان‌شاءالله بهتر خواهد شد», «ایشالا خوش بگذره»), not a negation, not a question.
 *  - **the rule cited as «قاعده»** (`policy-shield`): «مطابق قاعده‌های مغازه ما، … تنها با قطی اصلی عوض کرده می‌شوند»
 *    (Dari; late28 «مطابق قاعده‌ی دکان»): kinds30's cited-rule reader with the noun it lacked, a limit or a negation after it.
 *  - **the rule «بر این است که» with a limit** (`policy-shield`): «سیاست آزمایشگاه بر این است که جواب … تنها به شخص بیمار
 *    تحویل داده شود» (kinds30 reads «… اینه که» with a must); a gift or the customer's satisfaction after it stays quiet.
 *  - **the rule as the whole reason, with «‌ست»** (`policy-shield`): «قانون آتلیه‌ست، بیعانه …», «سیس قانون مغازه‌ست دیگه»
 *    (both of late30's writers; kinds19 and kinds30 read the owner in «…ه», «فروشگاهه»); not «قانون ساده‌ست».
 *  - **a guess that you did not read our message** (`sarcasm`): «گمان می‌کنم پیام قبلی ما را نخوانده‌اید», «انگار ایمیل
 *    قبلیمو نخوندی» (fa-core reads «مگه نخوندین», «پیامک … رو نخوندین»); not «انگار پیام ما به دستتون نرسیده», not a
 *    condition, not our own «… نخوانده بودیم».
 *  - **said repeatedly, in the passive** (`repeating-myself`): «با عنایت به اینکه موضوع مکرراً اعلام گردیده», «چندین بار
 *    تذکر داده شده که …»; not «مکرراً خریداری شده» (no verb of saying), not a condition.
 *  - **the mistake named before the customer as the doer** (`second-person-blame`): «مبدأ سفر به اشتباه توسط شما انتخاب شده
 *    بود», «اشتباهاً توسط جنابعالی درج گردیده» (fa.ts reads «توسط شما اشتباه …» with the mistake after); not «توسط ما», not
 *    a condition, not a negation.
 *  - **the system locked, words between** (`system-blocks`): «سامانه تا پایان ترم قفل است», «پنل … تا تأیید مدارک مسدود شده
 *    است» (fa.ts reads «سیستم قفله» adjacent); not «قفل نیست», not a condition.
 */
import { faClauseStart, faHit, faJoined, type FaCtx, type FaWord } from './fa.ts';
import type { GenericHit } from './types.ts';

const conditional = (W: readonly FaWord[], j: number): boolean => faClauseStart(W as FaWord[], j).conditional;
const at = (W: readonly FaWord[], k: number, re: RegExp): boolean => faJoined(W, k) && re.test(W[k].w);
const GREETING = /^(?:سلام|سلامم|درود|عزیزم|عزیز|جان|داداش|خانم|آقا|گلم)$/;

/** Word j opens its clause: the start, a pause or mark before it, or a greeting or address word before it. */
function opens(W: readonly FaWord[], j: number): boolean {
  if (j === 0 || W[j].pauseBefore || W[j].markBefore) return true;
  return j === 1 && GREETING.test(W[0].w);
}

/** Where word j's clause ends (exclusive): the next pause, stop or mark, at most `max` words on. */
function clauseEnd(W: readonly FaWord[], j: number, max: number): number {
  let k = j + 1;
  while (k < W.length && k <= j + max && !W[k].pauseBefore && !W[k].stopBefore && !W[k].markBefore) k++;
  return Math.min(k, W.length);
}

// ---------------- «سوری بابت تاخیر» ----------------

const SORRY_FOR = /^(?:بابت|که|واسه|واسهی|برای|بخاطر|بهخاطر|از)$/;

function readSorryOnce(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (W[j].w !== 'سوری' || !opens(W, j) || !at(W, j + 1, SORRY_FOR)) return null;
  // kinds29 reads «سوری سوری».
  if (W[j + 1].w === 'سوری') return null;
  return faHit(W, j, j + 1, 'apology-reflex', 'over-apology');
}

// ---------------- «آفرین، بالاخره … کردین» ----------------

const PRAISE_OPEN = /^(?:آفرین|ممنون|مرسی|متشکرم|ممنونم|سپاس|دمتون|دستتون|دستت|دمت)$/;
const AT_LAST = /^(?:بالاخره|بالأخره|بالاخرە)$/;

function readThanksAtLast(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!PRAISE_OPEN.test(W[j].w) || conditional(W, j)) return null;
  // «خیلی ممنون که بالاخره …», «آفرین، بالاخره …»: «at last» within four words, past a comma or «که».
  let k = -1;
  for (let i = j + 1; i < Math.min(W.length, j + 5); i++) {
    if (W[i].stopBefore) return null;
    if (AT_LAST.test(W[i].w)) {
      k = i;
      break;
    }
  }
  if (k < 0) return null;
  // The customer's own past act after it, in the same clause: «پیدا کردین», «لطف کردین آوردین».
  const end = clauseEnd(W, k, 12);
  for (let m = k + 1; m < end; m++) {
    const v = W[m].v;
    if (v && v.person.person === 2 && !v.negative && v.tense === 'past') return faHit(W, j, m, 'sarcasm', 'passive-aggressive');
  }
  return null;
}

// ---------------- «ان‌شاءالله … برقرار خواهد شد», «ایشالا تا عصر … آماده‌ست» ----------------

const INSHALLAH = /^(?:ای|ان)شا[ءا]?(?:الله|لله|اله|لا|الا)$/;
const WISH = /^(?:حال|حالتون|حالتان|حالت|سلامت|سلامتی|خوش|خوشحال|راضی|مبارک|مبارکه|لذت|شاد|موفق|بهتر|خوب|بهبود)$/;
/** A job of the service: ready, connected, set up, sent, fixed. */
const JOB = /^(?:آماده|اماده|برقرار|تایید|تائید|وصل|درست|انجام|حل|ارسال|صادر|فعال|برطرف|رفع|تعمیر|نصب|واریز|تسویه|ثبت|تحویل|اصلاح|تکمیل)$/;
const READY_IS = /^(?:آمادهست|آمادست|آمادهس|آماده|اماده|حاضره|حاضر|آمادس)$/;
/** The ready word with its colloquial copula on it («آماده‌ست», «حاضره»). */
const READY_WITH_COPULA = /^(?:آمادهست|آمادست|آمادهس|آمادس|حاضره)$/;

function readInshallahLater(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!INSHALLAH.test(W[j].w) || c.question || conditional(W, j)) return null;
  const end = clauseEnd(W, j + (W[j + 1]?.pauseBefore ? 1 : 0), 12);
  let deadline = false;
  for (let k = j + 1; k < end; k++) {
    const w = W[k].w;
    if (WISH.test(w) || W[k].v?.negative || /^(?:نخواهد|نخواهیم)$/.test(w)) return null;
    if (w === 'تا' && W[k + 1] && !W[k + 1].v) deadline = true;
    // «… برقرار خواهد شد», «… ارسال خواهد گردید».
    if (JOB.test(w) && /^(?:خواهد|خواهیم)$/.test(W[k + 1]?.w ?? '') && /^(?:شد|گردید|کرد|نمود)$/.test(W[k + 2]?.w ?? '')) return faHit(W, j, j, 'hedged-effort', 'uncertainty');
    // «ایشالا تا عصر گوشواره‌ت آماده‌ست»: ready by a deadline, with the copula on it or after it.
    if (deadline && READY_IS.test(w) && (READY_WITH_COPULA.test(w) || /^(?:است|هست|میشه|میشود)$/.test(W[k + 1]?.w ?? ''))) return faHit(W, j, j, 'hedged-effort', 'uncertainty');
  }
  return null;
}

// ---------------- the rule cited as «قاعده», and «… بر این است که» with a limit ----------------

const CITE = /^(?:طبق|وفق|مطابق|براساس)$/;
const RULE31 = /^(?:قاعده|قاعدهی|قاعدههای|قاعدهها|قواعد|قاعدههایی)$/;
const LIMIT = /^(?:فقط|صرفا|صرفاً|تنها|منحصرا|منحصراً|مشمول|کسر|جریمه|درصد|غیرقابل)$/;
const GIVES = /^(?:بدون|رایگان|رایگانه|مجانی|تخفیف|هدیه|راضی|رضایت|میتوانید|میتونید|میتونین)$/;

function readCitedRule31(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!CITE.test(W[j].w) || c.question || c.reassuring || !opens(W, j) || !at(W, j + 1, RULE31)) return null;
  // The rule's name runs to its comma, at most five words.
  let end = j + 1;
  while (end + 1 < W.length && end < j + 6 && faJoined(W, end + 1) && !W[end + 1].v) end++;
  if (!W[end + 1]?.pauseBefore) return null;
  let limited = false;
  for (let m = end + 1; m < W.length && !W[m].stopBefore; m++) {
    if (GIVES.test(W[m].w)) return null;
    if (LIMIT.test(W[m].w) || (W[m].v?.negative && W[m].v!.person.person !== 2)) limited = true;
  }
  return limited && !conditional(W, j) ? faHit(W, j, end, 'policy-shield', 'policy') : null;
}

const POLICY = /^(?:قانون|قوانین|سیاست|مقررات|ضوابط|رویه|روال|دستورالعمل|قاعده)$/;
const MUST = /^(?:باید|بایستی|الزامی|الزاما|الزاماً|اجباری|موظف|ملزم)$/;

/** «سیاست آزمایشگاه بر این است که … تنها …»: the rule with a limit, a must or a negation after «بر این است که». */
function readPolicyIsThat(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!POLICY.test(W[j].w) || c.question || !opens(W, j)) return null;
  // The owner: up to two words («آزمایشگاه», «شرکت ما»).
  let k = j + 1;
  for (let n = 0; n < 2 && faJoined(W, k) && !W[k].v && W[k].w !== 'بر'; n++) k++;
  if (!at(W, k, /^بر$/) || !at(W, k + 1, /^این$/) || !at(W, k + 2, /^(?:است|هست)$/) || !at(W, k + 3, /^که$/)) return null;
  let limited = false;
  for (let m = k + 4; m < W.length && !W[m].stopBefore; m++) {
    if (GIVES.test(W[m].w)) return null;
    if (LIMIT.test(W[m].w) || MUST.test(W[m].w) || (W[m].v?.negative && W[m].v!.person.person !== 2)) limited = true;
  }
  return limited && !conditional(W, j) ? faHit(W, j, k + 2, 'policy-shield', 'policy') : null;
}

// ---------------- «به اشتباه توسط شما انتخاب شده بود» ----------------

const WRONGLY = /^(?:اشتباه|اشتباها|اشتباهاً|اشتباهی|بهاشتباه|غلط)$/;
const CUSTOMER_AGENT = /^(?:شما|خودتون|خودتان|جنابعالی|حضرتعالی|سرکارعالی)$/;
/** A passive or past participle after the doer: «انتخاب شده بود», «درج گردیده», «ثبت شد». */
const DONE = /^(?:شده|شد|شدهاست|شدهبود|گردیده|گردید|شدهاند|گردیدهاست)$/;

/** «مبدأ سفر به اشتباه توسط شما انتخاب شده بود»: the mistake named before the customer as the doer (fa.ts reads it after). */
function readWronglyByYou(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!WRONGLY.test(W[j].w) || (c.question && !c.why) || c.reassuring || conditional(W, j)) return null;
  let k = j + 1;
  if (W[j].w === 'اشتباه' && !(j > 0 && W[j - 1].w === 'به' && faJoined(W, j))) return null;
  const start = W[j].w === 'اشتباه' ? j - 1 : j;
  if (!at(W, k, /^توسط$/) || !at(W, k + 1, CUSTOMER_AGENT)) return null;
  k += 2;
  for (let m = k; m < Math.min(W.length, k + 4); m++) {
    if (W[m].pauseBefore || W[m].stopBefore) return null;
    if (W[m].v?.negative) return null;
    if (DONE.test(W[m].w) || (W[m].v && W[m].v!.tense === 'past')) {
      const end = at(W, m + 1, /^(?:بود|است|بوده|هست)$/) ? m + 1 : m;
      return faHit(W, start, end, 'second-person-blame', 'blame');
    }
  }
  return null;
}

// ---------------- «سامانه تا پایان ترم قفل است» ----------------

const SYSTEM31 = /^(?:سامانه|سیستم|سایت|پنل|پورتال|نرمافزار|اپ|اپلیکیشن)$/;
const LOCKED = /^(?:قفل|مسدود|بلاک)$/;
const LOCKED_JOINED = /^(?:قفله|مسدوده|بلاکه)$/;
const BE31 = /^(?:است|هست|میباشد|شده|شدهاست|گردیده)$/;

/** The system locked, with words between («… تا پایان ترم …»): fa.ts reads «سیستم قفله» adjacent only. */
function readSystemLocked(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!SYSTEM31.test(W[j].w) || c.question || c.reassuring || !opens(W, j) || conditional(W, j)) return null;
  for (let k = j + 2; k < Math.min(W.length, j + 7); k++) {
    if (!faJoined(W, k) || W[k].v) return null;
    if (LOCKED_JOINED.test(W[k].w)) return faHit(W, j, k, 'system-blocks', 'other');
    if (LOCKED.test(W[k].w) && at(W, k + 1, BE31)) return faHit(W, j, k + 1, 'system-blocks', 'other');
  }
  return null;
}

// ---------------- «قانون آتلیه‌ست», «سیس قانون مغازه‌ست دیگه» ----------------

const RULE_HEAD = /^(?:قانون|قوانین|سیاست|مقررات|ضوابط|روال)$/;
/** The owner with «‌ست / ‌س» on it (a word in «ه»): «آتلیه‌ست», «مغازه‌ست», «کلینیکه‌س» is kinds19's «…ه». */
const OWNER_ST = /^[\u0600-\u06ff]{2,}ه(?:ست|س)$/;
/** Not an owner: «قانون ساده‌ست» (the rule is simple), «قانون تازه‌ست». */
const NOT_OWNER = /^(?:ساده|واضح|روشن|مشخص|عادلانه|منصفانه|تازه|همیشه|بسته|آماده|خنده|ساده|بیهوده|ناعادلانه|سخت|دوباره)(?:ست|س)$/;
const CLOSER = /^(?:دیگه|دیگر|کاکا|کاکو|داداش|جان|عزیزم|آقا|خانم|برادر|خواهر)$/;

function readPolicyOwnerSt(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!RULE_HEAD.test(W[j].w) || c.question || conditional(W, j)) return null;
  // The sentence's first words («قانون …», after a filler or an address: «سیس قانون …»), or after a comma.
  if (!(opens(W, j) || (j === 1 && !W[0].v))) return null;
  const k = j + 1;
  if (!at(W, k, OWNER_ST) || NOT_OWNER.test(W[k].w) || W[k].v) return null;
  const n = W[k + 1];
  const closed = !n || n.pauseBefore || n.stopBefore || (CLOSER.test(n.w) && (!W[k + 2] || W[k + 2].pauseBefore || W[k + 2].stopBefore));
  return closed ? faHit(W, j, k, 'policy-shield', 'policy') : null;
}

// ---------------- «گمان می‌کنم پیام قبلی ما را نخوانده‌اید» ----------------

const GUESS = /^(?:گمان|فکر|انگار|مثلاینکه|لابد|ظاهرا|ظاهراً|احتمالا|احتمالاً|گویا)$/;
const MESSAGE = /^(?:پیام|پیامک|ایمیل|توضیحات|متن|شرایط|قوانین|پیاممو|پیاممون|ایمیلمو|ایمیلمون|پیامم|ایمیلم|پیامهای|پیامها|قبلی|قبلیمو|قبلیمون|قبلیم)$/;
/** A negated second-person read, simple past or perfect: «نخوانده‌اید», «نخوندین», «نخوندی». */
const NOT_READ = /^ن(?:خوانده|خونده)(?:اید|این|ای|ید)$|^ن(?:خواندید|خواندین|خواندی|خوندید|خوندین|خوندی)$/;

/** A guess that the customer did not read our message: a reproach (fa-core reads «مگه نخوندین»). */
function readGuessNotRead(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!GUESS.test(W[j].w) || c.question || conditional(W, j)) return null;
  let message = false;
  for (let k = j + 1; k < Math.min(W.length, j + 10); k++) {
    if (W[k].stopBefore || (W[k].pauseBefore && k > j + 2)) return null;
    if (MESSAGE.test(W[k].w)) message = true;
    const v = W[k].v;
    if (NOT_READ.test(W[k].w) || (v && v.lemma === 'خواندن' && v.negative && v.person.person === 2)) return message ? faHit(W, j, k, 'sarcasm', 'passive-aggressive') : null;
  }
  return null;
}

// ---------------- «موضوع مکرراً اعلام گردیده», «چندین بار تذکر داده شده» ----------------

const REPEATEDLY = /^(?:مکررا|مکرراً|بارها)$/;
const SAYING = /^(?:اعلام|گفته|عرض|تذکر|توضیح|اطلاع|یادآوری|ذکر|اخطار|گوشزد)$/;
const PASSIVE_DONE = /^(?:شده|شد|گردیده|گردید|شدهاست|شدهبود|گردیدهاست)$/;

/** Said repeatedly, in the passive: a reproach that the customer was told (kinds28 reads «بارها گفتم», fa-core «بارها … گفته شده»). */
function readSaidRepeatedly(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  let k: number;
  if (REPEATEDLY.test(W[j].w)) k = j + 1;
  else if (/^(?:چندین|چند)$/.test(W[j].w) && at(W, j + 1, /^(?:بار|مرتبه|دفعه)$/)) k = j + 2;
  else return null;
  if (c.question || conditional(W, j)) return null;
  // «به شما / خدمتتان / به جنابعالی» between.
  for (let n = 0; n < 3 && k < W.length && faJoined(W, k) && !SAYING.test(W[k].w) && /^(?:به|شما|جنابعالی|حضرتعالی|خدمتتان|خدمتتون|هم|نیز)$/.test(W[k].w); n++) k++;
  if (!at(W, k, SAYING)) return null;
  let m = k + 1;
  if (at(W, m, /^(?:داده|رسانده)$/)) m++;
  return at(W, m, PASSIVE_DONE) ? faHit(W, j, m, 'repeating-myself', 'passive-aggressive') : null;
}

/** The first words this file's reader can start at (a gate: constructions.fa.ts runs the reader only there). */
export function kinds31MayStart(w: string): boolean {
  return w === 'سوری' || PRAISE_OPEN.test(w) || INSHALLAH.test(w) || CITE.test(w) || POLICY.test(w) || WRONGLY.test(w) || SYSTEM31.test(w) || GUESS.test(w) || REPEATEDLY.test(w) || w === 'چندین' || w === 'چند';
}

function readKinds31(c: FaCtx, j: number): GenericHit | null {
  const w = c.W[j].w;
  if (w === 'سوری') return readSorryOnce(c, j);
  if (PRAISE_OPEN.test(w)) return readThanksAtLast(c, j);
  if (INSHALLAH.test(w)) return readInshallahLater(c, j);
  if (CITE.test(w)) return readCitedRule31(c, j);
  if (POLICY.test(w)) return readPolicyIsThat(c, j) ?? readPolicyOwnerSt(c, j);
  if (WRONGLY.test(w)) return readWronglyByYou(c, j);
  if (SYSTEM31.test(w)) return readSystemLocked(c, j);
  if (GUESS.test(w)) return readGuessNotRead(c, j);
  if (REPEATEDLY.test(w) || w === 'چندین' || w === 'چند') return readSaidRepeatedly(c, j);
  return null;
}

/** The reader of this file, in the order constructions.fa.ts runs it. */
export const KIND_READERS_FA_31 = [readKinds31];
