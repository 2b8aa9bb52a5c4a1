/**
 * The second Persian pass of the generic reader: constructions read off the verb morphology and the
 * word order of Persian rather than off one writer's wording, so that a sentence written by someone
 * who never saw the rules still gets its advice. Its hits give way to the first reader's (fa.ts) over
 * the same words (lib/rewrite/generic/index.ts).
 *
 *  - «زودتر از دو هفته دیگه نمیرسه», «پیش از دهم ماه واریز نمی‌شود», «حداقل تا شنبه نمی‌تونیم»: a
 *    time refusal, the time phrase before the negated verb, any person but the customer's, any
 *    register («نمیرسه», «نمی‌رسد», «نمی رسه»: the language layer reads them as one verb).
 *  - «تبدیلش به بسته سه‌ماهه از اینجا نمیشه», «لغو سفارش دیگه نمی‌شه»: an action noun with a bare
 *    impersonal «نمیشه/نمی‌شود» at the end of its clause, no light-verb partner before it.
 *  - «باک باید پر باشه وگرنه …»: «باید» with a threat after it puts a duty on the customer.
 *  - «دفعه بعد لطفاً … کامل بخونید», «لطفاً از این پس … مطالعه فرمایید»: "next time, do it right".
 *  - «بالا هم نوشتم», «بالاتر عرض کردم»: told you before, in a chat.
 *  - «صادق باشم باهاتون», «واقعیت امر آن است که …», «راستشو بخواید»: a candour opener.
 *  - «همکاران تلاش خواهند کرد …», «سعی‌شون رو می‌کنن»: an effort offered in place of a plan, any person.
 *
 * Trust before coverage, as in fa.ts: no hit in a question or a condition, none where the clause
 * reassures («هیچ مبلغی کسر نمی‌شود», «نگران نباشید»), none over a burden the customer is spared
 * («هزینه‌ای اضافه نمیشه»), and a time refusal never about what the customer must not do.
 */
import type { Token } from '../../nlp/index.ts';
import { FA_BURDEN, FA_CLAUSE_OPENERS, faClauseStart, faContrastWithOffer, faHit, faInLex, faReassures, faWords, type FaCtx, type FaWord } from './fa.ts';
import { words as set } from './en.ts';
import { KIND_GATES_FA, KIND_READERS_FA } from './kinds.fa.ts';
import { KIND_READERS_FA_6, kinds6MayStart } from './kinds6.fa.ts';
import { faNextTimeReproach, KIND_READERS_FA_19, kinds19MayStart } from './kinds19.fa.ts';
import { KIND_READERS_FA_20, kinds20MayStart } from './kinds20.fa.ts';
import { KIND_READERS_FA_21, kinds21MayStart } from './kinds21.fa.ts';
import { KIND_READERS_FA_23, kinds23MayStart } from './kinds23.fa.ts';
import { KIND_READERS_FA_24, kinds24MayStart } from './kinds24.fa.ts';
import { KIND_READERS_FA_25, kinds25MayStart } from './kinds25.fa.ts';
import { KIND_READERS_FA_26, kinds26MayStart } from './kinds26.fa.ts';
import { KIND_READERS_FA_27, kinds27MayStart } from './kinds27.fa.ts';
import { breadth27MayStart, KIND_READERS_FA_B27 } from './breadth27.fa.ts';
import { kinds28MayStart, KIND_READERS_FA_28 } from './kinds28.fa.ts';
import { kinds28bMayStart, KIND_READERS_FA_28B } from './kinds28b.fa.ts';
import { kinds29MayStart, KIND_READERS_FA_29 } from './kinds29.fa.ts';
import { kinds30MayStart, KIND_READERS_FA_30 } from './kinds30.fa.ts';
import { kinds31MayStart, KIND_READERS_FA_31 } from './kinds31.fa.ts';
import { kinds32MayStart, KIND_READERS_FA_32 } from './kinds32.fa.ts';
import { kinds33MayStart, KIND_READERS_FA_33 } from './kinds33.fa.ts';
import { kinds33bMayStart, KIND_READERS_FA_33B } from './kinds33b.fa.ts';
import { kinds37MayStart, KIND_READERS_FA_37 } from './kinds37.fa.ts';
import { kinds38MayStart, KIND_READERS_FA_38 } from './kinds38.fa.ts';
import { gatedDispatch, type FaGate } from './dispatch.fa.ts';
import type { GenericHit, GenericReader } from './types.ts';

/** A burden word anywhere in W[from, to): «هزینه‌ای», «جریمه», «کارمزد» (the negation spares it). */
function spares(W: FaWord[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k++) if (faInLex(FA_BURDEN, W[k].w) || /^(?:مبلغ|مبلغی|پولی|چیزی)$/.test(W[k].w)) return true;
  return false;
}

/** The first finite verb from `from` on in the same sentence (commas allowed), at most `n` words on, or -1. */
function nextVerb(W: FaWord[], from: number, n: number): number {
  for (let k = from; k < Math.min(W.length, from + n); k++) {
    if (k > from && W[k].stopBefore) return -1;
    if (W[k].v) return k;
  }
  return -1;
}

// ---- Time refusal: the time phrase before the negated verb -------------------------------------

/** «زودتر از», «قبل از», «پیش از»: not before; «حداقل تا», «دست‌کم تا», «لااقل تا»: not until at least. */
const BEFORE_HEADS = set('زودتر قبل پیش');
const AT_LEAST = set('حداقل دستکم لااقل');
/** Times «قبل / پیش» take without «از» in speech: a clock time, a part of the day, a day (rwfa24). */
const BEFORE_BARE_TIME = /^(?:ساعت|ظهر|عصر|صبح|غروب|شب|فردا|پسفردا|دوشنبه|سهشنبه|چهارشنبه|پنجشنبه|جمعه|شنبه|یکشنبه|عید|نوروز|تعطیلات|[0-9۰-۹]+)$/;
/** «قبل از اینکه …»: a clause, not a time. */
const CLAUSE_AFTER_AZ = set('اینکه آنکه اینکهشما');

/** Words after «تا» that make it «until» a time: «تا پایان ماه», «تا زمان تکمیل پرونده», «تا شنبه», «تا ۱۰ روز». */
const UNTIL_TIME = /^(?:پایان|آخر|آخرِ|اول|ابتدای|اواسط|اواخر|اوایل|عید|نوروز|تعطیلات|بعد|زمان|اطلاع|روز|هفته|ماه|سال|ساعت|فردا|پسفردا|دوشنبه|سهشنبه|چهارشنبه|پنجشنبه|جمعه|شنبه|یکشنبه|هفتهی|ماهِ|تاریخ|موعد|[0-9۰-۹]+)$/;
/** What «هیچ» makes a stronger refusal, not a reassurance: «هیچ اقدامی انجام نخواهد شد», «هیچ کاری نمیشه کرد». */
const REFUSED_OBJECT = /^(?:اقدام|اقدامی|کار|کاری|پاسخ|پاسخی|جواب|جوابی|ارسال|ارسالی|وجه|عنوان|جوره|جور|راهی)$/;

/** Nobody, never, automatically, or «هیچ» before a thing the customer is spared: the negation reassures. */
function reassuresHere(W: FaWord[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k++) {
    const w = W[k].w;
    if (/^(?:کسی|هیچکس|هیچکسی|هرگز|هیچوقت|هیچگاه|خودکار|خودبهخود|اتوماتیک)$/.test(w)) return true;
    if (w.startsWith('هیچ') && !REFUSED_OBJECT.test(w === 'هیچ' ? (W[k + 1]?.w ?? '') : w.slice(3))) return true;
  }
  return false;
}

/** What the customer fears happening to them: «تا پایان ماه اشتراکتون قطع نمیشه» reassures (not «لغو نمیشه»: a refused cancellation). */
const HARMS = set('قطع مسدود کسر منقضی غیرفعال جریمه برداشت');
/** The negated verb at k is «شدن/گردیدن» (or «نخواهد» + «شد») right after a harm word. */
function avertsHarm(W: FaWord[], k: number): boolean {
  const v = W[k].v;
  return !!v && (v.lemma === 'شدن' || v.lemma === 'گردیدن' || v.lemma === 'خواستن') && k > 0 && HARMS.has(W[k - 1].w);
}

function readNotBefore(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  const x = W[j];
  let body: number;
  if (BEFORE_HEADS.has(x.w) && W[j + 1]?.w === 'از' && !W[j + 1].pauseBefore) body = j + 2;
  // (rwfa24) The spoken «قبل ساعت ۲», «قبل ظهر», «پیش شنبه»: «از» dropped before a clock time, a part of the day or a day.
  else if (BEFORE_HEADS.has(x.w) && x.w !== 'زودتر' && BEFORE_BARE_TIME.test(W[j + 1]?.w ?? '') && !W[j + 1].pauseBefore) body = j + 1;
  else if (AT_LEAST.has(x.w) && W[j + 1]?.w === 'تا' && !W[j + 1].pauseBefore) body = j + 2;
  // «تا پایان ماه جاری، ارسال کالا صورت نخواهد گرفت»: «تا» before a time (not «تا زمانی که …»: a clause).
  else if (x.w === 'تا' && UNTIL_TIME.test(W[j + 1]?.w ?? '') && !W[j + 1].pauseBefore && !/^(?:که|زمانیکه)$/.test(W[j + 2]?.w ?? '')) body = j + 1;
  else return null;
  if (body >= W.length || CLAUSE_AFTER_AZ.has(W[body].w) || (W[body].w === 'این' && W[body + 1]?.w === 'که')) return null;
  if (c.question || c.reassuring) return null;
  const k = nextVerb(W, body, 10);
  if (k < 0) return null;
  const v = W[k].v!;
  let end = k;
  if (v.lemma === 'خواستن' && v.negative && W[k + 1] && !W[k + 1].pauseBefore) end = k + 1;
  else if (!(v.negative && v.tense === 'present' && (v.progressive || v.lemma === 'بودن' || v.lemma === 'داشتن'))) return null;
  // The customer's own negated verb is an instruction («قبل از ساعت ۹ زنگ نزنید»), not the agent's refusal.
  if (v.person.person === 2) return null;
  if (faClauseStart(W, j).conditional) return null;
  if (reassuresHere(W, j, k) || spares(W, j, k) || avertsHarm(W, k)) return null;
  return faHit(W, j, end, 'time-refusal', 'until');
}

/** «نمیرسه تا آخر هفته», «نمی‌تونیم زودتر از شنبه»: the negated verb first, its time after it, the clause ending there. */
function readVerbThenTime(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  const v = W[j].v;
  if (!v || !v.negative || v.tense !== 'present' || v.person.person === 2 || !(v.progressive || v.lemma === 'بودن')) return null;
  const a = W[j + 1];
  if (!a || a.pauseBefore || c.question || c.reassuring) return null;
  let t: number;
  if (a.w === 'تا' && UNTIL_TIME.test(W[j + 2]?.w ?? '')) t = j + 2;
  else if (BEFORE_HEADS.has(a.w) && W[j + 2]?.w === 'از') t = j + 3;
  else return null;
  // The time phrase runs to the end of the clause (at most four words), with no verb in it.
  let end = t;
  for (let k = t; k < Math.min(W.length, t + 4); k++) {
    if (k > t && (W[k].pauseBefore || FA_CLAUSE_OPENERS.has(W[k].w))) break;
    if (W[k].v) return null;
    end = k;
  }
  if (end + 1 < W.length && !W[end + 1].pauseBefore && !FA_CLAUSE_OPENERS.has(W[end + 1].w)) return null;
  const { from, conditional } = faClauseStart(W, j);
  if (conditional || reassuresHere(W, from, j) || spares(W, from, j) || avertsHarm(W, j)) return null;
  return faHit(W, j, end, 'time-refusal', 'until');
}

// ---- An action noun that «نمیشه» --------------------------------------------------------------

/** Requests an agent turns down, as nouns (with a clitic: «تبدیلش», «لغوش»). */
const ACTION_NOUNS = set(
  'تبدیل تغییر لغو کنسل ارسال تعویض استرداد تمدید برگشت مرجوع مرجوعی انتقال جابجایی جابهجایی ویرایش اصلاح حذف ثبت رزرو فعالسازی نصب تحویل بازگشت عودت انصراف ارتقا ارتقاء آپگرید تغییرش تمدیدش',
);
/** Words right before a bare «نمیشه» that are no light-verb partner: where, when, how. */
const ADVERBIALS = set('اینجا اونجا آنجا اینجوری اینطوری الان فعلا فعلاً دیگه دیگر امروز فردا امشب حضوری تلفنی آنلاین اینترنتی غیرحضوری دستی');
const PREPOSITIONS = set('از با به تو در برای بدون واسه توی');

function readActionNotPossible(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  const v = W[j].v;
  if (!(v && v.lemma === 'شدن' && v.negative && v.progressive && v.tense === 'present' && v.person.person === 3 && !v.person.plural)) return null;
  if (j < 2 || c.question || c.reassuring) return null;
  // Clause-final: nothing of its clause after it (a short infinitive after it is fa.ts's «نمیشه کنسل کرد»).
  const next = W[j + 1];
  if (next && !next.stopBefore && !next.pauseBefore && !FA_CLAUSE_OPENERS.has(next.w)) return null;
  const prev = W[j - 1].w;
  if (!(ADVERBIALS.has(prev) || PREPOSITIONS.has(W[j - 2].w))) return null;
  const { from, conditional } = faClauseStart(W, j);
  if (conditional) return null;
  let noun = -1;
  for (let k = from; k < Math.min(j - 1, from + 3); k++) {
    if (faInLex(ACTION_NOUNS, W[k].w)) {
      noun = k;
      break;
    }
  }
  if (noun < 0) return null;
  if (faReassures(W, from, j, true) || spares(W, from, j)) return null;
  return faHit(W, noun, j, 'not-available', 'cant-wont');
}

// ---- A time word right before a bare «نمیشه», «نمیرسه» -------------------------------------------

/** Times an agent turns a request down for: «امروز دیگه نمیشه», «این هفته نمی‌رسه», «زودتر نمیشه». */
const TIME_WORDS = set('امروز امشب امسال فعلا فعلاً الان الآن زودتر فردا');
const THIS_PERIOD = set('هفته ماه سال ترم فصل');

function readTimeNotPossible(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  const v = W[j].v;
  if (!(v && (v.lemma === 'شدن' || v.lemma === 'رسیدن') && v.negative && v.progressive && v.tense === 'present' && v.person.person === 3 && !v.person.plural)) return null;
  if (j < 1 || c.question || c.reassuring) return null;
  const next = W[j + 1];
  // Clause-final («نمی‌رسه دستتون» too: the thing's arrival).
  // (rwfa26) A form of address closing the clause: «امروز دیگه نمیرسه آقا، …», «این هفته نمیرسه عزیزم».
  const address = !!next && /^(?:آقا|خانم|عزیزم|عزیز|داداش|برادر|جان|جانم|قربان|گلم|دوست)$/.test(next.w) && (!W[j + 2] || W[j + 2].pauseBefore || W[j + 2].markBefore);
  if (next && !next.stopBefore && !next.pauseBefore && !address && !FA_CLAUSE_OPENERS.has(next.w) && !/^(?:دستتون|دستتان|دستت|بهتون|بهتان)$/.test(next.w)) return null;
  let k = j - 1;
  if (/^(?:دیگه|دیگر|هم|که)$/.test(W[k].w) && k > 0) k--;
  let first = -1;
  if (TIME_WORDS.has(W[k].w)) first = k;
  else if (THIS_PERIOD.has(W[k].w) && k > 0 && /^(?:این|همین)$/.test(W[k - 1].w)) first = k - 1;
  if (first < 0 || (first < j - 1 && W[first + 1].pauseBefore) || W[j].pauseBefore) return null;
  const { from, conditional } = faClauseStart(W, j);
  if (conditional || faReassures(W, from, j, true) || spares(W, from, j)) return null;
  return faHit(W, first, j, 'time-refusal', 'until');
}

/** «هنوز زوده برای پیگیری», «خیلی زود است»: too early, where the customer asked for now. */
function readTooEarly(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  const w = W[j].w;
  if (c.question || !/^(?:هنوز|خیلی|الان|فعلا|فعلاً)$/.test(w)) return null;
  const x = W[j + 1];
  if (!x || x.pauseBefore) return null;
  if (x.w === 'زوده' || x.w === 'زودهه') return faHit(W, j, j + 1, 'time-refusal', 'until');
  if (x.w === 'زود' && /^(?:است|هست)$/.test(W[j + 2]?.w ?? '') && !W[j + 2].pauseBefore) return faHit(W, j, j + 2, 'time-refusal', 'until');
  return null;
}

/** «این هفته که نه، شاید هفته بعد», «امروز نه»: a time turned down with a bare «نه». */
function readTimeNo(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (W[j].w !== 'نه' || j < 1 || c.question) return null;
  const next = W[j + 1];
  if (next && !next.stopBefore && !next.pauseBefore) return null;
  let k = j - 1;
  if (W[k].w === 'که' && k > 0) k--;
  let first = -1;
  if (TIME_WORDS.has(W[k].w) && W[k].w !== 'فعلا' && W[k].w !== 'فعلاً') first = k;
  else if (THIS_PERIOD.has(W[k].w) && k > 0 && /^(?:این|همین)$/.test(W[k - 1].w)) first = k - 1;
  if (first < 0 || W[j].pauseBefore || (first < k && W[k].pauseBefore)) return null;
  return faHit(W, first, j, 'time-refusal', 'until');
}

/** «امروز شلوغه، نمی‌رسیم», «به همه درخواستا نمی‌رسم»: the agent will not get to it. */
function readNotGettingTo(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  const v = W[j].v;
  if (!(v && v.lemma === 'رسیدن' && v.negative && v.progressive && v.tense === 'present' && v.person.person === 1)) return null;
  if (c.question || c.reassuring) return null;
  const { from, conditional } = faClauseStart(W, j);
  // «به موقع به فرودگاه نمی‌رسیم»: a place; only a clause with no «به» place before the verb, or «به» a task.
  if (conditional) return null;
  for (let k = from; k < j; k++) if (W[k].w === 'به' && !/^(?:همه|این|کار|کارتون|درخواست|درخواستتون|درخواستا|درخواستها|پیام|پیاما|ایمیل|ایمیلا)/.test(W[k + 1]?.w ?? '')) return null;
  return faHit(W, j, j, 'negated-ability', 'cant-wont');
}

/** «شاید تا هفته بعد درست بشه», «شاید فردا حل شود»: a hope where a plan should be. */
const FIXED = /^(?:درست|حل|برطرف|رفع|انجام|وصل|فعال|ارسال|پیگیری)$/;
function readMaybeFixed(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (W[j].w !== 'شاید' || c.question) return null;
  for (let k = j + 1; k < Math.min(W.length - 1, j + 7); k++) {
    if (W[k].pauseBefore) return null;
    if (FIXED.test(W[k].w) && /^(?:بشه|بشود|شود|شه)$/.test(W[k + 1].w) && !W[k + 1].pauseBefore) return faHit(W, j, k + 1, 'hedged-effort', 'uncertainty');
  }
  return null;
}

// ---- «باید … وگرنه …» ------------------------------------------------------------------------------

const MUST = set('باید بایستی میبایست بایست');
const FIRST_PERSON = set('ما من بنده اینجانب');

/** Index of a threat («وگرنه», «در غیر این صورت») after `from` in the same sentence, within 12 words, or -1. */
function threatAt(W: FaWord[], from: number): number {
  for (let k = from; k < Math.min(W.length, from + 12); k++) {
    if (k > from && W[k].stopBefore) return -1;
    const w = W[k].w;
    if (w === 'وگرنه' || w === 'درغیراینصورت') return k;
    if (w === 'در' && W[k + 1]?.w === 'غیر' && W[k + 2]?.w === 'این' && W[k + 3]?.w === 'صورت') return k;
  }
  return -1;
}

function readMustOrElse(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!MUST.has(W[j].w) || c.question) return null;
  if (j > 0 && FIRST_PERSON.has(W[j - 1].w)) return null;
  const t = threatAt(W, j + 1);
  if (t < 0 || faClauseStart(W, j).conditional) return null;
  // «باید زودتر خبر می‌دادیم وگرنه …»: the agent's own duty or regret.
  for (let k = j + 1; k < t; k++) {
    const v = W[k].v;
    if (v && (v.person.person === 1 || v.negative)) return null;
    if (FIRST_PERSON.has(W[k].w)) return null;
  }
  return faHit(W, j, Math.min(t - 1, j + 4), 'customer-obligation', 'commands');
}

/** What the customer supplies: with «باید» and a passive, a duty put on them in the third person. */
const SUPPLIED = /^(?:فرم|فرمها|مدارک|مدرک|فیش|فیشواریزی|رسید|فاکتور|عکس|تصویر|امضا|اصل|کپی|مدارکتون|مدارکتان|فرمتون|فرمتان|درخواست|درخواستتون|شناسنامه|کارتملی)(?:ی|ها)?$/;
const CUSTOMER_DOES = /^(?:امضا|ضمیمه|ارسال|تکمیل|پر|آپلود|بارگذاری|پرداخت|واریز|تحویل|اسکن|فرستاده|وارد|برابراصل|پیوست|ارائه)$/;
/** «فرم باید امضا بشه», «باید فیش واریزی ضمیمه گردد», «مدارک باید تا فردا برسه دست ما». */
function readMustBeDone(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!MUST.has(W[j].w) || c.question) return null;
  let thing = -1;
  for (let k = Math.max(0, j - 2); k < Math.min(W.length, j + 4) && thing < 0; k++) if (k !== j && SUPPLIED.test(W[k].w) && (k < j || !W[k].stopBefore)) thing = k;
  if (thing < 0 || (j > 0 && FIRST_PERSON.has(W[j - 1].w))) return null;
  for (let k = j + 1; k < Math.min(W.length, j + 7); k++) {
    if (W[k].stopBefore) return null;
    const v = W[k].v;
    if (!v) continue;
    if (v.negative || v.person.person !== 3 || v.tense !== 'present' || v.progressive) return null;
    if (!/^(?:شدن|گردیدن|رسیدن)$/.test(v.lemma)) return null;
    // What the customer does to it («امضا بشه», «ضمیمه گردد», «برسه دست ما»), not what the agent's side does («بررسی بشه», «تأیید بشه»).
    if (v.lemma === 'رسیدن' ? !/^(?:دست|به)$/.test(W[k + 1]?.w ?? '') : !CUSTOMER_DOES.test(W[k - 1].w)) return null;
    if (faClauseStart(W, j).conditional) return null;
    return faHit(W, Math.min(j, thing), k, 'customer-obligation', 'commands');
  }
  return null;
}

/** «راهی جز مراجعه حضوری ندارید», «چاره‌ای به جز صبر ندارید»: no choice left to the customer. */
function readNoChoice(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!/^(?:راهی|چارهای|راه|چاره|گزینهای|راهحلی)$/.test(W[j].w) || c.question) return null;
  const x = W[j + 1];
  if (!x || x.pauseBefore || !/^(?:جز|بجز|بهجز|غیراز|به|غیر)$/.test(x.w)) return null;
  for (let k = j + 2; k < Math.min(W.length, j + 8); k++) {
    if (W[k].stopBefore) return null;
    const v = W[k].v;
    if (!v) continue;
    if (v.lemma === 'داشتن' && v.negative && v.person.person === 2) return faHit(W, j, k, 'customer-obligation', 'commands');
    return null;
  }
  return null;
}

// ---- «دفعه بعد لطفاً … بخونید» ---------------------------------------------------------------------

const PLEASE = set('لطفا لطفاً خواهشا خواهشاً');
/** What a reproach asks the customer to do properly: read, look, check, pay attention. */
const ATTENTION = set('مطالعه دقت توجه چک بررسی نگاه رعایت');
const READ_VERBS = set('خواندن');

/** The words of «next time» / «from now on» at j, and the index after them, or -1. */
function nextTimeAt(W: FaWord[], j: number): number {
  const w = W[j].w;
  const w1 = W[j + 1]?.w ?? '';
  if (/^(?:دفعه|دفعهی|بار|دفعات|دفعههای|دفعهها|نوبت|نوبتهای|بارهای|موارد)$/.test(w) && /^(?:بعد|بعدی|دیگه|دیگر|آتی|آینده)$/.test(w1)) return j + 2;
  // «دفعه ی بعد»: the ezafe written apart.
  if (/^(?:دفعه|بار|نوبت)$/.test(w) && w1 === 'ی' && /^(?:بعد|بعدی|آتی|آینده)$/.test(W[j + 2]?.w ?? '')) return j + 3;
  if (w === 'از' && w1 === 'این' && W[j + 2]?.w === 'پس') return j + 3;
  if (w === 'از' && w1 === 'این' && W[j + 2]?.w === 'به' && W[j + 3]?.w === 'بعد') return j + 4;
  if (w === 'منبعد' || w === 'ازاینبهبعد' || w === 'ازاینپس') return j + 1;
  // «در مکاتبات آتی», «در درخواست‌های بعدی»: in your next letters.
  if (w === 'در' && /^(?:مکاتبات|مکاتبه|مکاتباتی|درخواستهای|درخواستها|تماسهای|مراجعات|مراجعه|پیامهای|ایمیلهای|نامههای)$/.test(w1) && /^(?:آتی|بعدی|آینده|بعد)$/.test(W[j + 2]?.w ?? '')) return j + 3;
  return -1;
}

function readNextTime(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  const after = nextTimeAt(W, j);
  if (after < 0 || c.question) return null;
  // «دفعه بعد که تشریف آوردید …»: a time clause, a tip.
  if (W[after]?.w === 'که') return null;
  // (a formal «خواهشمند است/خواهشمندیم» asks as «لطفاً» does)
  const please = (j > 0 && PLEASE.has(W[j - 1].w)) || PLEASE.has(W[after]?.w ?? '') || (j > 0 && W[j - 1].w === 'است' && W[j - 2]?.w === 'خواهشمند') || (j > 0 && /^(?:خواهشمندیم|خواهشمندم)$/.test(W[j - 1].w));
  if (!please) return null;
  const k = nextVerb(W, after, 12);
  if (k < 0) return null;
  const v = W[k].v!;
  // An instruction to the customer: present, not «می‌» (a statement), second person.
  if (v.person.person !== 2 || v.progressive || v.tense !== 'present') return null;
  if (faClauseStart(W, j).conditional) return null;
  // (lead, session 19) Or any instruction after «please … next time»: «لطفاً دفعات بعد شماره مشتری را درج کنید», «خواهشاً
  // دفعه بعد شماره سفارش رو هم بفرستین»: "going forward please include …" tells the customer they did it wrong. Not an
  // invitation («دفعه بعد هم با ما تماس بگیرید», «هر سؤالی داشتید بپرسید»: «هم» right after «next time», or a verb that
  // invites), nor a tip («می‌تونید …»: no instruction).
  const invite = W[after]?.w === 'هم' || W.slice(after, k).some((x) => /^(?:هرسوالی|هرسؤالی|هروقت|هرزمان|هرموقع|حتما|حتماً)$/.test(x.w) || x.w === 'هر') || /^(?:پرسیدن|سرزدن|زدن|آمدن|اومدن|خریدن|بازدید|لذت)$/.test(v.lemma) || (k > 0 && /^(?:تماس|سر|خرید|بازدید|تشریف|استفاده)$/.test(W[k - 1].w) && W.slice(after, k).some((x) => x.w === 'هم' || x.w === 'باز'));
  const attention = READ_VERBS.has(v.lemma) || (k > 0 && faInLex(ATTENTION, W[k - 1].w)) || v.negative || !invite;
  // (in your next letters, «حتماً» before the verb: the reproach of «be sure to this time»)
  const mustNow = W[j].w === 'در' && W.slice(after, k).some((x) => /^(?:حتما|حتماً|حتمن|الزاما|الزاماً)$/.test(x.w));
  if (!attention && !mustNow && !/^(?:از|منبعد|ازاینبهبعد|ازاینپس)$/.test(W[j].w) && !faNextTimeReproach(W, after, k)) return null;
  const start = j > 0 && PLEASE.has(W[j - 1].w) ? j - 1 : j;
  return faHit(W, start, k, 'talking-down', 'passive-aggressive');
}

// ---- «بالا هم نوشتم» ---------------------------------------------------------------------------------

const ABOVE = set('بالا بالاتر');
const SAY_LEMMAS = set('نوشتن گفتن');
const SAY_NOUNS = set('عرض توضیح اشاره ذکر اعلام');

function readSaidAbove(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question) return null;
  let k = j + 1;
  // «همه‌جا (هم) نوشتیم», «همه جا اعلام کردیم»: everywhere, so the customer should have seen it.
  if (W[j].w === 'همه' && W[k]?.w === 'جا' && !W[k].pauseBefore) k++;
  else if (!ABOVE.has(W[j].w) && W[j].w !== 'همهجا') return null;
  // «بالا هم نوشتم», «بالا که گفتم»: said already (not «بالاتر توضیح دادم که چطور …»: pointing to it).
  if (!(W[k] && /^(?:هم|که)$/.test(W[k].w) && !W[k].pauseBefore)) return null;
  k++;
  if (W[k] && SAY_NOUNS.has(W[k].w) && !W[k].pauseBefore) k++;
  const x = W[k];
  if (!x || x.pauseBefore || !x.v) return null;
  const v = x.v;
  if (v.negative || v.tense !== 'past' || v.person.person !== 1 || v.progressive) return null;
  if (!(SAY_LEMMAS.has(v.lemma) || (SAY_NOUNS.has(W[k - 1].w) && /^(?:کردن|دادن|نمودن)$/.test(v.lemma)))) return null;
  return faHit(W, j, k, 'repeating-myself', 'passive-aggressive');
}

// ---- Candour openers ---------------------------------------------------------------------------------

/** Per-sentence facts read once, on first need: a reader asks them only on its own trigger words. */
const gladMemo = new WeakMap<FaCtx, boolean>();
const safetyMemo = new WeakMap<FaCtx, boolean>();
function glad(c: FaCtx): boolean {
  let v = gladMemo.get(c);
  if (v === undefined) gladMemo.set(c, (v = c.W.some((x) => GLAD.test(x.w))));
  return v;
}
function safety(c: FaCtx): boolean {
  let v = safetyMemo.get(c);
  if (v === undefined) safetyMemo.set(c, (v = c.W.some((x) => SAFETY.test(x.w))));
  return v;
}

/** Good news after a candour opener: «صادق باشم خیلی خوشحالم …» is warmth, not a frame for bad news. */
const GLAD = /^(?:خوشحال|خوشحالم|خوشحالیم|ممنون|ممنونم|ممنونیم|متشکرم|سپاسگزارم|خوشبختانه|بهترین|عالی|عالیه|تبریک|خوشحالمون|وفادار|افتخار)$/;

function readCandour(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!/^(?:صادق|روراست|رک|واقعیت|حقیقت|راستشو|راستشرو|راستش)$/.test(W[j].w) || glad(c)) return null;
  const w = W[j].w;
  const w1 = W[j + 1]?.w ?? '';
  const joined = !!W[j + 1] && !W[j + 1].pauseBefore;
  // «صادق باشم (باهاتون)», «اگه بخوام صادق باشم», «رک باشم».
  if (/^(?:صادق|روراست|رک)$/.test(w) && joined && /^(?:باشم|باشیم)$/.test(w1)) return faHit(W, j, j + 1, 'candour-opener', 'negative-words');
  // «واقعیت امر», «حقیقت امر آن است که», «واقعیت این است که».
  if (/^(?:واقعیت|حقیقت)$/.test(w) && joined && w1 === 'امر') return faHit(W, j, j + 1, 'candour-opener', 'negative-words');
  if (/^(?:واقعیت|حقیقت)$/.test(w) && joined && /^(?:این|اینه|اینست)$/.test(w1) && (w1 !== 'این' || /^(?:است|هست|که)$/.test(W[j + 2]?.w ?? ''))) {
    if (j > 0 && !W[j].pauseBefore && !W[j].stopBefore) return null;
    return faHit(W, j, j + 1, 'candour-opener', 'negative-words');
  }
  // «راستشو بخواید», «راستش رو بخواین».
  if (/^(?:راستشو|راستشرو)$/.test(w) && joined && /^(?:بخواید|بخواین|بخواهید)$/.test(w1)) return faHit(W, j, j + 1, 'candour-opener', 'negative-words');
  if (w === 'راستش' && joined && /^(?:رو|را)$/.test(w1) && /^(?:بخواید|بخواین|بخواهید)$/.test(W[j + 2]?.w ?? '')) return faHit(W, j, j + 2, 'candour-opener', 'negative-words');
  return null;
}

// ---- Effort offered in place of a plan -----------------------------------------------------------

const EFFORT = set('سعی تلاش');

function readEffort(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  const w = W[j].w;
  if (!faInLex(EFFORT, w) || c.question) return null;
  let k = j + 1;
  if (W[k] && /^(?:را|رو|خود|خودشان|خودشون|خودمون|خودمان|شونو|مونو)$/.test(W[k].w) && !W[k].pauseBefore) k++;
  if (W[k] && /^(?:را|رو)$/.test(W[k].w) && !W[k].pauseBefore) k++;
  const x = W[k];
  if (!x || x.pauseBefore) return null;
  let end = k;
  // «تلاش خواهند کرد», «سعی خواهیم کرد»: the future (the table does not read «خواهند» alone).
  const fut = /^خواه(?:م|ی|د|یم|ند|ن)$/.exec(x.w);
  if (fut && W[k + 1]?.w === 'کرد' && !W[k + 1].pauseBefore) end = k + 1;
  else {
    const v = x.v;
    if (!v || v.negative || v.person.person === 2 || !(v.lemma === 'کردن' && v.progressive && v.tense === 'present')) return null;
  }
  if (faClauseStart(W, j).conditional) return null;
  return faHit(W, j, end, 'hedged-effort', 'uncertainty');
}

// ---- The rules as ours: «قانون پیجمونه», «تو قوانینمون داریم که …», «رویه‌مون اینه» ------------------

/** Words of written rules; with a first-person clitic («قوانینمون») or a possessor of ours after them («قانون پیجمونه»). */
const RULE_NOUNS = set('قانون قوانین مقررات ضوابط رویه روال سیاست سیاستهای پالیسی آییننامه دستورالعمل');
const OURS = /^(?:[\u0600-\u06ff]+)?(?:مون|مان|مونه|مانه|مونه|ماست)$/;
/** The rule protects the customer: «اطلاعاتتون پیش ما محفوظه», «به کسی داده نمیشه». */
const PROTECTS = set('محفوظ محرمانه امن امنیت حریم اطلاعات اطلاعاتتون اطلاعاتتان');

function ruleOfOurs(W: FaWord[], j: number): number {
  const w = W[j].w;
  for (const base of RULE_NOUNS) {
    if (!w.startsWith(base)) continue;
    const rest = w.slice(base.length);
    // «قوانینمون», «قانونمونه», «رویه‌مان».
    if (/^(?:مون|مان|مونه|مانه|مونو|مونم)$/.test(rest)) return j;
    // «قانون پیجمونه», «قوانین شرکتمون», «قانون ما».
    if (rest === '' || rest === 'ی' || rest === 'های') {
      const x = W[j + 1];
      if (x && !x.pauseBefore && (x.w === 'ما' || x.w === 'ماست' || (x.w.length > 4 && OURS.test(x.w) && !x.v))) return j + 1;
    }
  }
  return -1;
}

function readOurRules(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question || c.reassuring) return null;
  const end = ruleOfOurs(W, j);
  if (end < 0) return null;
  // A refusal or a restriction in the same sentence, within 16 words either side: a negated verb, «فقط», «نمیشه» (else the
  // rule may give: «طبق قوانینمون هدیه دارید»); what protects the customer's data clears it.
  let from = j;
  while (from > 0 && from > j - 16 && !W[from].stopBefore) from--;
  let to = j + 1;
  while (to < W.length && to < j + 16 && !W[to].stopBefore) to++;
  let restricts = false;
  for (let k = from; k < to; k++) {
    if (PROTECTS.has(W[k].w)) return null;
    if (W[k].v?.negative || /^(?:فقط|صرفا|صرفاً|تنها|نداره|ندارد|نیست)$/.test(W[k].w)) restricts = true;
  }
  if (!restricts || reassuresHere(W, from, to)) return null;
  return faHit(W, j, end, 'policy-shield', 'policy');
}

// ---- A presumed fault on the customer's side: «حتما گوشیتون خاموش بوده» ------------------------------

const PRESUME = set('حتما حتماً لابد احتمالا احتمالاً');
/** States of the customer's things that put the fault on them. */
const FAULT_STATE = set('خاموش قطع اشتباه غلط خراب ناقص منقضی غیرفعال سایلنت');

function readPresumedFault(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!PRESUME.has(W[j].w) || c.question) return null;
  let yours = false;
  for (let k = j + 1; k < Math.min(W.length, j + 6); k++) {
    const x = W[k];
    if (x.pauseBefore) return null;
    if (/(?:تون|تان)(?:و|رو)?$/.test(x.w) || /^(?:شما|خودتون|خودتان)$/.test(x.w)) yours = true;
    if (FAULT_STATE.has(x.w) && yours) {
      const y = W[k + 1];
      if (y && !y.pauseBefore && /^(?:بوده|بودهاست|بود|شده|کردید|کردین|زدید|زدین|بودید|بودین)$/.test(y.w)) return faHit(W, j, k + 1, 'second-person-blame', 'blame');
      return null;
    }
  }
  return null;
}

// ---- The agent's own time is over: «شیفت من تموم شده», «ساعت کاری‌مون تمام شده» ------------------------

const SHIFT = /^(?:شیفت|شیفتم|شیفتمون|شیفتمان|وقتاداری|ساعتکاری|ساعتکاریم|ساعتکاریمون|ساعتکاریمان|ساعاتکاری)$/;

function readShiftOver(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  const w = W[j].w;
  let k = j + 1;
  if (w === 'ساعت' || w === 'ساعات' || w === 'وقت') {
    if (!/^(?:کاری|کاریم|کاریمون|کاریمان|اداری)$/.test(W[k]?.w ?? '')) return null;
    k++;
  } else if (!SHIFT.test(w)) return null;
  if (c.question) return null;
  if (W[k] && /^(?:من|ما|بنده)$/.test(W[k].w)) k++;
  const x = W[k];
  if (!x || x.pauseBefore) return null;
  // «تموم شده», «تمام شده است», «به پایان رسیده»: past, over now (not «ساعت ۵ تموم میشه»: the opening hours).
  if (/^(?:تموم|تمام)$/.test(x.w) && /^(?:شده|شد|شدهاست)$/.test(W[k + 1]?.w ?? '')) return faHit(W, j, k + 1, 'time-refusal', 'until');
  if (/^(?:تمومه|تمامه)$/.test(x.w)) return faHit(W, j, k, 'time-refusal', 'until');
  return null;
}

// ---- Other work first: «درگیر کارای مهم‌ترن», «اولویت با موارد مهم‌تره» ----------------------------------

const OTHER_WORK = set('کارای کارهای کار موارد مسائل پروژههای پروژه درخواستهای تیکتهای پروندههای');
const MORE_URGENT = /^(?:مهمتر|مهمتری|مهمترن|مهمتره|مهمترند|ضروریتر|فوریتر|واجبتر|اولویتدارتر)$/;

function readOtherWorkFirst(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!OTHER_WORK.has(W[j].w) || c.question) return null;
  const x = W[j + 1];
  if (!x || x.pauseBefore || !MORE_URGENT.test(x.w)) return null;
  // «درگیر …», «مشغول …»: the team busy with them (not «کارای مهم‌تر رو اول انجام بدید»: advice).
  if (!(j > 0 && /^(?:درگیر|مشغول|گرفتار)$/.test(W[j - 1].w))) return null;
  return faHit(W, j - 1, j + 1, 'minimising', 'dismissive');
}

// ---- Not known yet: «زمان ارسال هنوز مشخص نشده است» ------------------------------------------------

function readNotKnownYet(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (W[j].w !== 'هنوز' || c.question) return null;
  const x = W[j + 1];
  if (!x || x.pauseBefore || !/^(?:مشخص|معلوم)$/.test(x.w)) return null;
  const y = W[j + 2];
  // (rwfa27) the formal copula and passive: «هنوز مشخص نمی‌باشد», «هنوز معلوم نگردیده است».
  if (!y || y.pauseBefore || !/^(?:نشده|نیست|نشدهاست|نشد|نمیباشد|نمیباشه|نگردیده|نگردیدهاست)$/.test(y.w)) return null;
  const end = W[j + 3]?.w === 'است' && !W[j + 3].pauseBefore ? j + 3 : j + 2;
  return faHit(W, j, end, 'not-knowing', 'uncertainty');
}

// ---- The system not yet: «سامانه هنوز بروز نشده» -----------------------------------------------------

const SYSTEMS = /^(?:سیستم|سیستما|سیستمها|سامانه|سرور|سرورها|سرورا|سایت|پنل|اپ|اپلیکیشن|برنامه|نرمافزار)$/;

function readSystemNotYet(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!SYSTEMS.test(W[j].w) || c.question || c.reassuring) return null;
  if (W[j + 1]?.w !== 'هنوز' || W[j + 1].pauseBefore) return null;
  for (let k = j + 2; k < Math.min(W.length, j + 5); k++) {
    if (W[k].pauseBefore) return null;
    if (/^(?:نشده|نکرده|نشدهاست|نکردهاست)$/.test(W[k].w)) {
      // («هنوز» itself is what is read here, so only «هیچ…», «کسی» or a spared burden reassure.)
      for (let m = j + 2; m < k; m++) if (W[m].w.startsWith('هیچ') || W[m].w === 'کسی') return null;
      if (spares(W, j, k)) return null;
      return faHit(W, j, k, 'system-blocks', 'other');
    }
  }
  return null;
}

/** «پنل ادمین باز نمیشه», «درگاه پرداخت قطعه», «اپ کار نمی‌کنه»: the system as the wall, any wording of its failure. */
const SYSTEM_HEAD = /^(?:سیستم|سیستما|سیستمها|سامانه|سرور|سرورها|سرورا|سایت|پنل|اپ|اپلیکیشن|برنامه|نرمافزار|درگاه|شبکه)$/;
const BROKEN = /^(?:قطعه|قطع|خرابه|خراب|داونه|هنگه|قفله|ازکارافتاده)$/;
const FAILS_WITH = /^(?:باز|لود|اجرا|وصل|کار|بالا|جواب|پاسخ)$/;
function readSystemFails(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!SYSTEM_HEAD.test(W[j].w) || c.question || c.reassuring || (j > 0 && !W[j].pauseBefore && !W[j].stopBefore && !/^(?:الان|فعلا|فعلاً|متاسفانه|متأسفانه|ولی|اما|و)$/.test(W[j - 1].w))) return null;
  for (let k = j + 1; k < Math.min(W.length, j + 5); k++) {
    const x = W[k];
    if (x.pauseBefore) return null;
    if (BROKEN.test(x.w)) return W[k + 1] && !W[k + 1].pauseBefore && /^(?:بود|بوده|شده|شد)$/.test(W[k + 1].w) ? null : faHit(W, j, k, 'system-blocks', 'other');
    const v = x.v;
    if (!v) continue;
    if (v.negative && v.tense === 'present' && v.person.person === 3 && FAILS_WITH.test(W[k - 1].w) && k - 1 > j) return faHit(W, j, k, 'system-blocks', 'other');
    return null;
  }
  return null;
}

/** «پیگیری این موضوع با واحد مالیه», «تصمیمش با تیم فنی است»: the matter handed to another unit. */
const MATTER = /^(?:پیگیری|پیگیریش|بررسی|بررسیش|رسیدگی|رسیدگیش|مسئولیت|مسئولیتش|تصمیم|تصمیمش|پاسخ|جواب|جوابش)$/;
function readOtherUnitHas(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (W[j].w !== 'با' || c.question || !/^(?:واحد|بخش|تیم|دپارتمان|همکاران|همکارای|همکارهای|اداره)$/.test(W[j + 1]?.w ?? '')) return null;
  const { from } = faClauseStart(W, j);
  let matter = -1;
  for (let k = from; k < j; k++) if (MATTER.test(W[k].w)) matter = k;
  if (matter < 0 || matter < j - 4) return null;
  const x = W[j + 2];
  if (!x || x.pauseBefore) return null;
  // «… مالیه», «… فنیه», «… فنی است»: the clause ends on the unit.
  let end = -1;
  if (/(?:ه|ست)$/.test(x.w) && (!W[j + 3] || W[j + 3].pauseBefore || W[j + 3].stopBefore)) end = j + 2;
  else if (/^(?:است|هست|میباشد)$/.test(W[j + 3]?.w ?? '')) end = j + 3;
  if (end < 0) return null;
  return faHit(W, matter, end, 'handled-elsewhere', 'dismissive');
}

/** «وقتش گذشته», «مهلتش تموم شده»: too late, said as the whole answer. */
function readTooLate(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!/^(?:مهلت|مهلتش|مهلتتون|مهلتتان|وقتش|وقتتون|تاریخش|موعدش|موعد|فرصتش|زمانش)$/.test(W[j].w) || c.question) return null;
  let k = j + 1;
  // «مهلت ثبت‌نام …»: one word of what it was for.
  if (W[j].w === 'مهلت' || W[j].w === 'موعد') {
    if (!W[k] || W[k].pauseBefore) return null;
    k++;
  }
  const x = W[k];
  if (!x || x.pauseBefore) return null;
  let end = -1;
  if (/^(?:گذشته|گذشتهاست|تمومه|تمامه)$/.test(x.w)) end = k;
  else if (/^(?:تموم|تمام|منقضی)$/.test(x.w) && /^(?:شده|شدهاست)$/.test(W[k + 1]?.w ?? '')) end = k + 1;
  else if (x.w === 'به' && W[k + 1]?.w === 'پایان' && /^(?:رسیده|رسیدهاست)$/.test(W[k + 2]?.w ?? '')) end = /^(?:است)$/.test(W[k + 3]?.w ?? '') ? k + 3 : k + 2;
  if (end < 0) return null;
  return faHit(W, j, end, 'not-available', 'cant-wont');
}

/** «حالا اشکال نداره، …», «حالا مهم نیست»: the customer's problem waved off (not «… اشکال نداره اگه دیرتر بیاید»: a permission). */
function readWavedOff(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  // «اینقدرا هم مهم نیست», «اونقدرها جدی نیست»: the problem made smaller than it is.
  if (/^(?:اینقدرا|اونقدرا|اینقدرها|اونقدرها|آنقدرها|اینقدرام|اونقدرام)$/.test(W[j].w) && !c.question) {
    let k = j + 1;
    if (W[k]?.w === 'هم' && !W[k].pauseBefore) k++;
    if (W[k] && !W[k].pauseBefore && /^(?:مهم|جدی|بزرگ|بد|وحشتناک)$/.test(W[k].w) && /^(?:نیست|نیس)$/.test(W[k + 1]?.w ?? '') && W[k + 2]?.w !== 'که') return faHit(W, j, k + 1, 'minimising', 'dismissive');
    return null;
  }
  if (W[j].w !== 'حالا' || c.question) return null;
  const x = W[j + 1];
  const y = W[j + 2];
  if (!x || !y || x.pauseBefore || y.pauseBefore) return null;
  if (!(/^(?:اشکال|اشکالی|مهم|طوری|چیزی|عیب|عیبی)$/.test(x.w) && /^(?:نداره|ندارد|نیست|نشده)$/.test(y.w))) return null;
  const next = W[j + 3];
  if (next && !next.pauseBefore && !next.stopBefore) return null;
  if (next && /^(?:اگه|اگر|که)$/.test(next.w)) return null;
  return faHit(W, j, j + 2, 'minimising', 'dismissive');
}

// ---- A condition on the agent's own effort: «در صورت فراهم بودن فرصت …», «اگه بشه یه کاریش می‌کنم» ----------

function readHedgedCondition(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question) return null;
  let end = -1;
  if (W[j].w === 'در' && W[j + 1]?.w === 'صورت') {
    for (let k = j + 2; k < Math.min(W.length, j + 5); k++) {
      if (W[k].pauseBefore) break;
      if (/^(?:امکان|فرصت|وقت|فراهم|مساعد|مقدور)$/.test(W[k].w)) end = k;
    }
  } else if (/^(?:اگه|اگر)$/.test(W[j].w) && /^(?:بشه|بشود|شد|بتونم|بتونیم|بتوانم|بتوانیم|برسم|برسیم|وقت|فرصت)$/.test(W[j + 1]?.w ?? '') && !W[j + 1].pauseBefore) {
    end = j + 1;
    if (/^(?:وقت|فرصت)$/.test(W[j + 1].w)) end = /^(?:کنم|کنیم|بشه|شد|داشتم|داشتیم)$/.test(W[j + 2]?.w ?? '') ? j + 2 : -1;
  }
  if (end < 0) return null;
  // Then the agent's own promise: a first-person verb, or an impersonal future («هماهنگی به عمل خواهد آمد»); not a request to the customer.
  for (let k = end + 1; k < Math.min(W.length, end + 14); k++) {
    if (W[k].stopBefore) return null;
    const w = W[k].w;
    if (/^خواه(?:م|یم|د)$/.test(w)) return faHit(W, j, end, 'hedged-effort', 'uncertainty');
    const v = W[k].v;
    if (!v) continue;
    if (v.person.person === 2 || v.negative) return null;
    if (v.person.person === 1 && v.tense === 'present' && v.progressive) return faHit(W, j, end, 'hedged-effort', 'uncertainty');
  }
  return null;
}

// ---- Telling the customer how to behave or read ------------------------------------------------------

/** The customer's feelings as words: «عصبانی شدن», «داد زدن», «ناراحتی». */
const EMOTION = /^(?:عصبانی|عصبانیت|ناراحت|ناراحتی|داد|فریاد|بحث|غر|جر|نگرانی|اعصابخوردی|دادوبیداد|دادوفریاد)$/;
/** A second-person instruction: present, no «می», second person (subjunctive, imperative, or «فرمایید»). */
const instruction = (x: FaWord | undefined) => !!x?.v && x.v.person.person === 2 && !x.v.progressive && x.v.tense === 'present';

/** «آرامش خودتون رو حفظ کنید», «عصبانی شدن فایده‌ای نداره», «لازم نیست داد بزنید»: how to feel. */
function readHowToFeel(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  const w = W[j].w;
  if (c.question) return null;
  if (/^(?:آرامش|خونسردی|آرامشتون|خونسردیتون|آرامشتان|خونسردیتان)(?:و|رو)?$/.test(w)) {
    for (let k = j + 1; k < Math.min(W.length - 1, j + 4); k++) {
      if (W[k].pauseBefore) return null;
      if (W[k].w === 'حفظ' && instruction(W[k + 1])) return faHit(W, j, k + 1, 'calm-down', 'dismissive');
    }
    return null;
  }
  if (EMOTION.test(w)) {
    for (let k = j + 1; k < Math.min(W.length - 1, j + 4); k++) {
      if (W[k].pauseBefore) return null;
      // «… فایده‌ای نداره», «… سودی ندارد», «… کمکی نمی‌کنه».
      if (/^(?:فایده|فایدهای|سودی|سود|تاثیری|تأثیری)$/.test(W[k].w) && W[k + 1].v?.negative && W[k + 1].v!.lemma === 'داشتن') return faHit(W, j, k + 1, 'calm-down', 'dismissive');
      if (/^(?:کمکی)$/.test(W[k].w) && W[k + 1].v?.negative && W[k + 1].v!.lemma === 'کردن') return faHit(W, j, k + 1, 'calm-down', 'dismissive');
    }
    // «داد زدن چیزی رو عوض نمی‌کنه», «عصبانیت مشکلی را حل نمی‌کند».
    for (let k = j + 1; k < Math.min(W.length - 1, j + 6); k++) {
      if (W[k].pauseBefore) return null;
      // (rwfa7: also the object with its colloquial marker, «داد زدن که مشکلو حل نمیکنه», «… چیزیو عوض نمی‌کنه».)
      if (!/^(?:عوض|حل|درست)$/.test(W[k].w) || !/^(?:چیزی|مشکلی|کاری|رو|را|مشکلو|مشکلرو|مشکلیرو|چیزیو|چیزیرو|مشکلاتو|مشکلاترو|مسئلهرو|مسالهرو|کاریو)$/.test(W[k - 1].w)) continue;
      const v = W[k + 1].v;
      if (v && v.negative && v.lemma === 'کردن' && v.person.person === 3) return faHit(W, j, k + 1, 'calm-down', 'dismissive');
    }
    return null;
  }
  // «با داد و بیداد کارتون زودتر انجام نمیشه», «با عصبانیت چیزی حل نمی‌شود»: shouting gets nothing done. The flag is on
  // «با داد و بیداد» alone (the negated verb after it is often a refusal rule's own words).
  if (w === 'با' && W[j + 1] && !W[j + 1].pauseBefore && EMOTION.test(W[j + 1].w)) {
    let end = j + 1;
    if (W[j + 2]?.w === 'و' && W[j + 3] && /^(?:بیداد|فریاد|هوار|دعوا)$/.test(W[j + 3].w)) end = j + 3;
    for (let k = end + 1; k < Math.min(W.length, end + 8); k++) {
      if (W[k].pauseBefore || W[k].stopBefore) return null;
      const v = W[k].v;
      if (v?.negative && v.tense === 'present' && v.person.person === 3) return faHit(W, j, end, 'calm-down', 'dismissive');
    }
    return null;
  }
  // «لازم نیست داد بزنید», «نیازی به عصبانیت نیست».
  if (/^(?:لازم|نیازی)$/.test(w) && /^(?:نیست|نیس)$/.test(W[j + 1]?.w ?? '') && W[j + 2] && !W[j + 2].pauseBefore && EMOTION.test(W[j + 2].w)) return faHit(W, j, j + 2, 'calm-down', 'dismissive');
  return null;
}

/** «اینکه دیگه سوال نداره», «این که کاری نداره»: the customer's question called obvious. */
function readObvious(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  let k = j + 1;
  if (W[j].w === 'این' && W[k]?.w === 'که' && !W[k].pauseBefore) k++;
  else if (W[j].w !== 'اینکه') return null;
  if (W[k] && /^(?:دیگه|دیگر|که)$/.test(W[k].w)) k++;
  const x = W[k];
  if (!x || x.pauseBefore || !/^(?:سوال|سؤال|پرسیدن|سختی|کاری|زحمتی|توضیح)$/.test(x.w)) return null;
  const y = W[k + 1];
  if (!y || y.pauseBefore || !y.v?.negative || y.v.lemma !== 'داشتن' || y.v.person.person !== 3) return null;
  return faHit(W, j, k + 1, 'talking-down', 'passive-aggressive');
}

/** «لطفاً پیام‌ها رو دقیق بخونید», «توضیحات را با دقت مطالعه فرمایید»: read what we wrote, properly. */
// (rwfa27) a shop's own caption or post: «کپشنو کامل بخون», «متن آگهی رو دقیق بخونید».
const OUR_TEXTS = /^(?:پیام|پیاما|پیامها|پیامام|پیامامو|پیاممو|ایمیل|ایمیلا|ایمیلها|توضیحات|توضیحاتم|توضیحاتمون|جواب|جوابا|جوابم|جوابمو|پاسخ|پاسخها|متن|متنو|کپشن|کپشنها|کپشنا|کپشنش|آگهی|آگهیمون)(?:و|رو)?$/;
function readReadProperly(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!OUR_TEXTS.test(W[j].w) || c.question) return null;
  let k = j + 1;
  if (W[k] && /^(?:را|رو|منو|مارو|ما|من|بنده)$/.test(W[k].w)) k++;
  if (W[k] && /^(?:را|رو)$/.test(W[k].w)) k++;
  const how = W[k];
  if (!how || how.pauseBefore) return null;
  let m = k + 1;
  if (how.w === 'با' && W[m]?.w === 'دقت') m++;
  else if (!/^(?:دقیق|کامل|درست|دقیقتر|بادقت)$/.test(how.w)) return null;
  if (W[m] && W[m].w === 'مطالعه') m++;
  const v = W[m];
  if (!instruction(v) || !(v!.v!.lemma === 'خواندن' || W[m - 1].w === 'مطالعه')) return null;
  return faHit(W, j, m, 'talking-down', 'passive-aggressive');
}

/** «فوراً مدارک رو بفرستید», «سریع‌تر جواب بدید»: pressure on the customer (not «فوراً با ما تماس بگیرید»: for their safety). */
const URGENT = /^(?:فورا|فوراً|سریعا|سریعاً|سریعتر|بلافاصله|زودباشید|هرچهسریعتر)$/;
const SAFETY = /^(?:امن|امنیت|رمز|رمزتون|رمزتان|رمزعبور|هک|کلاهبردار|کلاهبرداری|مشکوک|سرقت|مسدود)/;
const CONTACT = /^(?:تماس|اطلاع|خبر|زنگ|گزارش|مراجعه|اقدام)$/;
function readUrgentCommand(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!URGENT.test(W[j].w) || c.question || c.reassuring) return null;
  for (let k = j + 1; k < Math.min(W.length, j + 7); k++) {
    if (W[k].pauseBefore) return null;
    if (CONTACT.test(W[k].w) || W[k].w === 'ما' || W[k].w === 'با') return null;
    const v = W[k].v;
    if (!v) continue;
    if (!instruction(W[k]) || v.negative) return null;
    if (faClauseStart(W, j).conditional) return null;
    // «فوراً رمزتون رو عوض کنید تا حسابتون امن بمونه»: urgency for the customer's own safety, or with its reason after «تا».
    if (safety(c) || (W[k + 1]?.w === 'تا' && !W[k + 1].stopBefore)) return null;
    return faHit(W, j, k, 'customer-obligation', 'commands');
  }
  return null;
}

// ---- Reproach: «کاش … می‌کردید», «این سومین باره که … می‌پرسید», «همه می‌دونن», «دیگه چی بگم؟» --------

/** «(ای) کاش قبلش یه نگاه می‌انداختید»: the customer told what they should have done (not «کاش می‌تونستیم»: the agent's regret). */
function readIfOnly(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (W[j].w !== 'کاش') return null;
  const start = j > 0 && W[j - 1].w === 'ای' ? j - 1 : j;
  for (let k = j + 1; k < Math.min(W.length, j + 9); k++) {
    if (W[k].stopBefore) return null;
    const v = W[k].v;
    if (v) {
      if (v.person.person === 2 && v.tense === 'past' && v.progressive && !v.negative) return faHit(W, start, k, 'should-have', 'blame');
      if (v.person.person !== 2) return null;
    } else if (/^می[\u0600-\u06FF]{3,}(?:ید|ین)$/.test(W[k].w)) return faHit(W, start, k, 'should-have', 'blame');
  }
  return null;
}

const ORDINAL_TIMES = /^(?:دومین|سومین|چهارمین|پنجمین|چندمین|صدمین|هزارمین)$/;
/** «این سومین باره که این سوالو می‌پرسید», «برای چندمین بار توضیح می‌دم»: counting how often the customer asked. */
const TIMES_COUNT = /^(?:دو|سه|چهار|پنج|چند|چندین|صد|هزار|ده|[0-9۰-۹]+)$/;
const AGAIN_WORDS = /^(?:مجددا|مجدداً|دوباره|بازهم|بازم)$/;
function readCountingTimes(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  // «سه بار گفتم», «چند بار توضیح دادم»: the agent counts how often they said it.
  if (TIMES_COUNT.test(W[j].w) && /^(?:بار|دفعه|مرتبه)$/.test(W[j + 1]?.w ?? '') && !W[j + 1].pauseBefore) {
    let k = j + 2;
    if (W[k] && /^(?:تکرار|توضیح|عرض|اشاره|تاکید|تأکید)$/.test(W[k].w) && !W[k].pauseBefore) k++;
    const v = W[k]?.v;
    if (v && !W[k].pauseBefore && v.person.person === 1 && v.tense === 'past' && !v.negative && (v.lemma === 'گفتن' || v.lemma === 'نوشتن' || k > j + 2)) return faHit(W, j, k, 'repeating-myself', 'passive-aggressive');
    // (lead, session 19) «چندین بار اشاره شد», «سه بار اعلام شده است»: the same count in the passive.
    if (!W[k] && k === j + 2) return null;
    const noun = k > j + 2 ? W[k - 1].w : W[k]?.w ?? '';
    const aux = k > j + 2 ? k : k + 1;
    if (/^(?:توضیح|عرض|اشاره|تاکید|تأکید|اعلام|ذکر|تذکر|گوشزد|یادآوری|اطلاعرسانی)$/.test(noun) && /^(?:شد|شده|گردید|گردیده)$/.test(W[aux]?.w ?? '') && !W[aux].pauseBefore) return faHit(W, j, aux, 'repeating-myself', 'passive-aggressive');
    return null;
  }
  // «یه بار دیگه یادآوری می‌کنم», «مجدداً تأکید می‌گردد»: reminding again.
  let r = -1;
  if (AGAIN_WORDS.test(W[j].w)) r = j + 1;
  else if (/^(?:یه|یک)$/.test(W[j].w) && W[j + 1]?.w === 'بار' && /^(?:دیگه|دیگر)$/.test(W[j + 2]?.w ?? '')) r = j + 3;
  if (r > 0) {
    const x = W[r];
    const v = W[r + 1]?.v;
    if (x && !x.pauseBefore && /^(?:یادآوری|تکرار|تاکید|تأکید|عرض)$/.test(x.w) && v && !v.negative && v.tense === 'present' && v.person.person !== 2) return faHit(W, j, r + 1, 'repeating-myself', 'passive-aggressive');
    // «مجدداً یادآور می‌شوم», «مجدداً خاطرنشان می‌سازد», «دوباره متذکر می‌شویم» (lead, session 19).
    if (x && !x.pauseBefore && /^(?:یادآور|خاطرنشان|متذکر)$/.test(x.w) && v && !v.negative && v.tense === 'present' && v.person.person !== 2 && /^(?:شدن|ساختن|گردیدن|کردن)$/.test(v.lemma)) return faHit(W, j, r + 1, 'repeating-myself', 'passive-aggressive');
    return null;
  }
  if (!ORDINAL_TIMES.test(W[j].w) || !/^(?:بار|باره|بارست|دفعه|دفعست|دفعهست|مرتبه)$/.test(W[j + 1]?.w ?? '')) return null;
  for (let k = j + 2; k < Math.min(W.length, j + 8); k++) {
    if (W[k].stopBefore) return null;
    const v = W[k].v;
    if (/^(?:تکرار|توضیح|عرض)$/.test(W[k].w) || (v && /^(?:پرسیدن|گفتن)$/.test(v.lemma))) return faHit(W, j, k, 'repeating-myself', 'passive-aggressive');
  }
  return null;
}

/** «این چیزیه که همه می‌دونن»: the customer's question called common knowledge. */
function readEveryoneKnows(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (W[j].w !== 'همه' || c.question || glad(c)) return null;
  const v = W[j + 1]?.v;
  if (!v || W[j + 1].pauseBefore || v.lemma !== 'دانستن' || v.negative || v.person.person !== 3 || !v.person.plural || v.tense !== 'present') return null;
  // «… که همه می‌دونن»: what everyone knows, the sentence ending there (not «همه می‌دونن که …»: news told).
  const next = W[j + 2];
  if (next && !next.stopBefore && !next.pauseBefore) return null;
  return faHit(W, j, j + 1, 'talking-down', 'passive-aggressive');
}

/** «دیگه چی بگم؟», «دیگر چه عرض کنم»: the agent's patience worn out, as a question. */
function readWhatElse(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!/^(?:دیگه|دیگر)$/.test(W[j].w) || !/^(?:چی|چه)$/.test(W[j + 1]?.w ?? '') || glad(c)) return null;
  const x = W[j + 2];
  if (!x || x.pauseBefore) return null;
  if (x.v && x.v.lemma === 'گفتن' && x.v.person.person === 1 && !x.v.negative) return faHit(W, j, j + 2, 'rhetorical-question', 'passive-aggressive');
  if (x.w === 'عرض' && W[j + 3]?.v?.person.person === 1) return faHit(W, j, j + 3, 'rhetorical-question', 'passive-aggressive');
  return null;
}

const READERS = [readNotBefore, readVerbThenTime, readActionNotPossible, readTimeNotPossible, readTimeNo, readNotGettingTo, readMaybeFixed, readTooEarly, readMustOrElse, readNextTime, readSaidAbove, readCandour, readEffort, readOurRules, readPresumedFault, readShiftOver, readOtherWorkFirst, readNotKnownYet, readSystemNotYet, readHedgedCondition, readHowToFeel, readObvious, readReadProperly, readUrgentCommand, readIfOnly, readCountingTimes, readEveryoneKnows, readWhatElse, readMustBeDone, readNoChoice, readSystemFails, readOtherUnitHas, readTooLate, readWavedOff, ...KIND_READERS_FA, ...KIND_READERS_FA_B27, ...KIND_READERS_FA_28, ...KIND_READERS_FA_28B, ...KIND_READERS_FA_29, ...KIND_READERS_FA_30, ...KIND_READERS_FA_31, ...KIND_READERS_FA_32, ...KIND_READERS_FA_33, ...KIND_READERS_FA_33B, ...KIND_READERS_FA_37, ...KIND_READERS_FA_38];

type FaReader = (c: FaCtx, j: number) => GenericHit | null;
/** The first words nextTimeAt reads («دفعه/بار/نوبت … بعد», «از این پس», «منبعد», «در مکاتبات آتی»). */
const NEXT_TIME_FIRST = /^(?:دفعه|دفعهی|بار|دفعات|دفعههای|دفعهها|نوبت|نوبتهای|بارهای|موارد|از|منبعد|ازاینبهبعد|ازاینپس|در)$/;
/** The rule nouns ruleOfOurs reads a word's start against. */
const RULE_NOUN_LIST = [...RULE_NOUNS];
type FaVerb = NonNullable<FaWord['v']>;
/**
 * Each reader's first test, restated as a gate on the word (lib/rewrite/generic/dispatch.fa.ts): a reader runs only at
 * words its gate passes. A gate only widens its reader's own first test (never narrows it); readers without one run at every word.
 */
const GATES = new Map<FaReader, FaGate<FaVerb>>([
  [readVerbThenTime, { v: (v) => v.negative && v.tense === 'present' && v.person.person !== 2 }],
  [readActionNotPossible, { v: (v) => v.lemma === 'شدن' && v.negative }],
  [readTimeNotPossible, { v: (v) => (v.lemma === 'شدن' || v.lemma === 'رسیدن') && v.negative }],
  [readTimeNo, { w: (w) => w === 'نه' }],
  [readNotGettingTo, { v: (v) => v.lemma === 'رسیدن' && v.negative }],
  [readMaybeFixed, { w: (w) => w === 'شاید' }],
  [readTooEarly, { w: (w) => /^(?:هنوز|خیلی|الان|فعلا|فعلاً)$/.test(w) }],
  [readMustOrElse, { w: (w) => MUST.has(w) }],
  [readCandour, { w: (w) => /^(?:صادق|روراست|رک|واقعیت|حقیقت|راستشو|راستشرو|راستش)$/.test(w) }],
  [readEffort, { w: (w) => faInLex(EFFORT, w) }],
  [readPresumedFault, { w: (w) => PRESUME.has(w) }],
  [readOtherWorkFirst, { w: (w) => OTHER_WORK.has(w) }],
  [readNotKnownYet, { w: (w) => w === 'هنوز' }],
  [readSystemNotYet, { w: (w) => SYSTEMS.test(w) }],
  [readObvious, { w: (w) => w === 'این' || w === 'اینکه' }],
  [readReadProperly, { w: (w) => OUR_TEXTS.test(w) }],
  [readUrgentCommand, { w: (w) => URGENT.test(w) }],
  [readIfOnly, { w: (w) => w === 'کاش' }],
  [readCountingTimes, { w: (w) => TIMES_COUNT.test(w) || AGAIN_WORDS.test(w) || w === 'یه' || w === 'یک' || ORDINAL_TIMES.test(w) }],
  [readEveryoneKnows, { w: (w) => w === 'همه' }],
  [readWhatElse, { w: (w) => w === 'دیگه' || w === 'دیگر' }],
  [readMustBeDone, { w: (w) => MUST.has(w) }],
  [readNoChoice, { w: (w) => /^(?:راهی|چارهای|راه|چاره|گزینهای|راهحلی)$/.test(w) }],
  [readSystemFails, { w: (w) => SYSTEM_HEAD.test(w) }],
  [readOtherUnitHas, { w: (w) => w === 'با' }],
  [readTooLate, { w: (w) => /^(?:مهلت|مهلتش|مهلتتون|مهلتتان|وقتش|وقتتون|تاریخش|موعدش|موعد|فرصتش|زمانش)$/.test(w) }],
  // The eighth session's readers and the kinds of kinds.fa.ts … kinds5.fa.ts, on the words their first tests read (rwperf22).
  [readNotBefore, { w: (w) => BEFORE_HEADS.has(w) || AT_LEAST.has(w) || w === 'تا' }],
  [readNextTime, { w: (w) => NEXT_TIME_FIRST.test(w) }],
  [readSaidAbove, { w: (w) => w === 'همه' || w === 'همهجا' || ABOVE.has(w) }],
  [readOurRules, { w: (w) => RULE_NOUN_LIST.some((b) => w.startsWith(b)) }],
  [readShiftOver, { w: (w) => w === 'ساعت' || w === 'ساعات' || w === 'وقت' || SHIFT.test(w) }],
  [readHedgedCondition, { w: (w) => w === 'در' || w === 'اگه' || w === 'اگر' }],
  [readHowToFeel, { w: (w) => w.startsWith('آرامش') || w.startsWith('خونسردی') || EMOTION.test(w) || w === 'با' || w === 'لازم' || w === 'نیازی' }],
  [readWavedOff, { w: (w) => w === 'حالا' || /^(?:این|اون|آن)قدر/.test(w) }],
  ...KIND_GATES_FA,
  [KIND_READERS_FA_6[0], { w: kinds6MayStart }],
  [KIND_READERS_FA_19[0], { w: kinds19MayStart }],
  [KIND_READERS_FA_20[0], { w: kinds20MayStart }],
  [KIND_READERS_FA_21[0], { w: kinds21MayStart }],
  [KIND_READERS_FA_23[0], { w: kinds23MayStart }],
  [KIND_READERS_FA_24[0], { w: kinds24MayStart }],
  [KIND_READERS_FA_25[0], { w: kinds25MayStart }],
  [KIND_READERS_FA_26[0], { w: kinds26MayStart }],
  [KIND_READERS_FA_27[0], { w: kinds27MayStart }],
  [KIND_READERS_FA_B27[0], { w: breadth27MayStart }],
  // (rwfa28) ./kinds28.fa.ts: told you already (bare), I keep saying, of no importance, the system closed, our machine will
  // not, if you had (formal), you got it wrong (Dari).
  [KIND_READERS_FA_28[0], { w: kinds28MayStart }],
  // (rwfab28) ./kinds28b.fa.ts: a bare singular order to hand a thing over or to be somewhere at an hour.
  [KIND_READERS_FA_28B[0], { w: kinds28bMayStart }],
  // (rwfa29) ./kinds29.fa.ts: God willing / hoping / praying where the service's own step should be.
  [KIND_READERS_FA_29[0], { w: kinds29MayStart }],
  // (rwfa30) ./kinds30.fa.ts: the rule after a comma, told you already, «حواست باشه», not ours, it's nothing, in fairness.
  [KIND_READERS_FA_30[0], { w: kinds30MayStart }],
  // (rwfa31) ./kinds31.fa.ts: «سوری بابت …» once, «آفرین، بالاخره … کردین», God willing in the future or ready by a time, the
  // rule cited as «قاعده», «… بر این است که» with a limit.
  [KIND_READERS_FA_31[0], { w: kinds31MayStart }],
  // (rwfa32) ./kinds32.fa.ts: God willing with the dialect «مِ…» present or a third party's subjunctive, an apology drawn
  // out, «راسشه بخواین», «از شانس بدت», the customer's past act as the cause of a loss, «بایس» before the customer's verb.
  [KIND_READERS_FA_32[0], { w: kinds32MayStart }],
  // (rwfa33) ./kinds33.fa.ts: the system locked or hung after an address or with words between, «چه می‌دونم».
  [KIND_READERS_FA_33[0], { w: kinds33MayStart }],
  // (rwfa33b) ./kinds33b.fa.ts: "no problem" said of our own fault, a hope in place of a delivery date (formal) or a third
  // party's ability, the customer's act done late or wrong as the cause.
  [KIND_READERS_FA_33B[0], { w: kinds33bMayStart }],
  // (lead, thirty-seventh session) ./kinds37.fa.ts: hope or God willing in place of the service's own outcome, read by kind;
  // thanks for the customer's act done weeks late or for the same question asked again.
  [KIND_READERS_FA_37[0], { w: kinds37MayStart }],
  // (fa38) ./kinds38.fa.ts: grudging praise "at last", dialect "I don't know", "relax", counting the times said again.
  [KIND_READERS_FA_38[0], { w: kinds38MayStart }],
]);
const readersAt = gatedDispatch(READERS as FaReader[], GATES);

/** Reads one sentence of the agent's Persian; hits never overlap. */
export const readConstructionsFa: GenericReader = (sentence: string, tokens?: Token[]) => {
  if (typeof sentence !== 'string' || !/[\u0600-\u06ff]/.test(sentence)) return [];
  const c = faWords(sentence, tokens);
  const out: GenericHit[] = [];
  for (let j = 0; j < c.W.length; j++) {
    const x = c.W[j];
    for (const read of readersAt(x.w, x.v, x.form)) {
      const h = read(c, j);
      if (h && !(out.length && out[out.length - 1].end > h.start)) {
        out.push(h);
        break;
      }
    }
  }
  // «سایت هنوز درست نشده ولی داریم روش کار می‌کنیم»: the news followed by what the agent is doing is the advice's own shape.
  const offer = faContrastWithOffer(c.W, BUT, true);
  return offer < 0 ? out : out.filter((h) => !(CLEARED_BY_OFFER.has(h.construction) && h.end <= c.W[offer].t.start));
};

/** Constructions that an offer after them (…، ولی داریم روش کار می‌کنیم) answers. */
const CLEARED_BY_OFFER = new Set(['not-available', 'system-blocks', 'not-knowing']);
const BUT = set('ولی اما ولیکن لیکن منتها');

