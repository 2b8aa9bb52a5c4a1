/**
 * Persian kinds of the twenty-third session (rwfa23), named from late22's misses (then late21's) and written out first as
 * look-alike sets of their own (scripts/fa-matrix23.ts: many trades, both registers, four spellings, positives and close
 * contrasts), then read here over the language layer's words (folded, ZWNJ and spaces inside a word gone, verb morphology
 * on W[k].v). Advice from the generic reader; one reader gated on its first word (kinds23MayStart), reading a few words on
 * either side, so the cost is one test per word.
 *
 *  - **the system as the one who says no** (`system-blocks`): «کامپیوتر میگه اشتراکتون تموم شده», «سیستم میگه نه», «سامانه
 *    می‌گوید کد ملی نامعتبر است»: a system noun opening its clause with «گفتن» in the third person, and bad news after it
 *    (a negation, «نه», an expiry, an error). Not «سیستم میگه پرداختتون موفق بوده» (good news), not in a condition;
 *  - **a possibility closed** (`system-blocks`): «امکان ویرایش از سمت سیستم بسته شده است», «اجازه‌ی ثبت غیرفعال شده»:
 *    «امکان / اجازه» + what + «بسته / غیرفعال / مسدود» + a past of «شدن» or the copula, not negated (not «… بسته نمی‌شود»,
 *    a reassurance), not in a condition;
 *  - **their problem, not ours** (`deflection`): «این دیگه مشکل مخابراته نه ما», «تقصیر پسته، نه فروشگاه»: a fault noun
 *    with its owner, then «نه» + us. Not «مشکل از باتریه نه شارژر» (a diagnosis: no «us»);
 *  - **reminded again** (`repeating-myself`): «صرفاً جهت یادآوری مجدد عرض می‌شود …», «برای یادآوری دوباره …»: a reminder
 *    said to be the second, framed as the agent's purpose or telling. Not «پیامک یادآوری مجدد یک روز قبل ارسال می‌شود»
 *    (a service), not a first «یادآوری:»;
 *  - **«I said it once»** (`repeating-myself`): «یه بار گفتم دیگه», «یک بار عرض کردم»: once + a first-person past of
 *    saying, closing its clause. Not «یه بار گفتم به انبار …» (told someone else), not «یه بار دیگه …» (once more);
 *  - **no more explaining** (`minimising`): «… و نیازی به توضیح بیشتر نیست», «بحث بیشتری لازم نیست»: no need for further
 *    explanation or discussion, said of the agent's side. Not «نیازی به مدارک بیشتر نیست» (a thing the customer is spared),
 *    not «نیازی به توضیح بیشتر نیست، کامل متوجه شدم» (the customer spared explaining);
 */
import { faClauseStart, faHit, faJoined, faReassures, type FaCtx, type FaWord } from './fa.ts';
import { wordMemo } from './dispatch.fa.ts';
import type { GenericHit } from './types.ts';

const at = (W: readonly FaWord[], k: number, re: RegExp): boolean => faJoined(W, k) && re.test(W[k].w);
const opens = (W: readonly FaWord[], j: number): boolean => j === 0 || W[j].pauseBefore;

// ---------------- the system as the one who says no ----------------

const SYSTEM23 = /^(?:سیستم|سامانه|کامپیوتر|کمپیوتر|رایانه|سیستمش|سیستممون|سیستمشون|سامانهمون|نرمافزار|برنامه|پنل|اپ|اپلیکیشن|سایت|پورتال)$/;
/** Bad news in a word: an expiry, an error, not valid, full, closed, a plain «no». */
const BAD23 = /^(?:نه|نخیر|تموم|تمومه|منقضی|منقضیه|خطا|خطاست|ارور|اشتباه|اشتباهه|نامعتبر|نامعتبره|غلط|غلطه|پره|مسدود|مسدوده|غیرفعال|غیرفعاله|باطل|ناموفق|ناقص|ناقصه|تکراری|تکراریه)$/;

function readSystemSays(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  // «نرم افزار» written apart.
  const two = W[j].w === 'نرم' && at(W, j + 1, /^افزار$/) ? 1 : 0;
  if ((!two && !SYSTEM23.test(W[j].w)) || c.question) return null;
  const s = faClauseStart(W, j);
  if (s.conditional || !(opens(W, j) || j === s.from || (j === s.from + 1 && /^(?:ولی|اما|که|این|خود)$/.test(W[s.from].w)))) return null;
  let k = j + 1 + two;
  // «می گوید» with «می» written apart.
  if (at(W, k, /^می$/) && at(W, k + 1, /^(?:گوید|گه|گن|گویند)$/)) k++;
  if (at(W, k, /^(?:هم|ما|مون)$/)) k++;
  const v = faJoined(W, k) ? W[k].v : undefined;
  // «گفت» before its clause is read as a bare stem (a noun) by the word layer: the system's «گفت» is the verb.
  const said = at(W, k, /^(?:گفت|گوید|گه)$/) || (!!v && v.lemma === 'گفتن' && v.person.person === 3 && !v.negative && !v.subjunctive);
  if (!said) return null;
  for (let m = k + 1; m < W.length && !W[m].stopBefore; m++) {
    const x = W[m];
    if (BAD23.test(x.w) || x.v?.negative) return faHit(W, j, k, 'system-blocks', 'other');
  }
  return null;
}

// ---------------- a possibility closed ----------------

const CLOSED = /^(?:بسته|غیرفعال|مسدود|قفل)$/;
const CLOSED_JOINED = /^(?:بستست|بستهست|بستهاست|غیرفعاله|مسدوده|قفله)$/;
const DONE_BE = /^(?:شده|شد|است|هست|ست|گردیده|گردید|شدهاست|میباشد|شدهست|شدس|شدست)$/;

function readPossibilityClosed(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!/^(?:امکان|اجازه|اجازهی)$/.test(W[j].w) || c.question) return null;
  for (let k = j + 1; k < Math.min(W.length, j + 9); k++) {
    if (W[k].stopBefore) return null;
    const w = W[k].w;
    let end = -1;
    if (CLOSED_JOINED.test(w)) end = k;
    else if (CLOSED.test(w) && at(W, k + 1, DONE_BE)) end = at(W, k + 2, /^(?:است|هست)$/) ? k + 2 : k + 1;
    if (end < 0) {
      if (W[k].v) return null;
      continue;
    }
    if (faClauseStart(W, j).conditional || faReassures(W, j, end + 1)) return null;
    return faHit(W, j, end, 'system-blocks', 'other');
  }
  return null;
}

// ---------------- their problem, not ours ----------------

const FAULT_NOUN = /^(?:مشکل|تقصیر|ایراد|اشکال|خطا|کار|مسئولیت|مشکلش|تقصیرش|ایرادش|کارش)$/;
const US23 = /^(?:ما|من|بنده|ماها|ماست|فروشگاه|اینجا|ما،|خودمون|شرکت|مجموعه)$/;

function readNotUsButThem(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (!FAULT_NOUN.test(W[j].w) || c.question) return null;
  let start = j;
  if (j >= 1 && faJoined(W, j) && /^(?:دیگه|دیگر|این|اینم)$/.test(W[j - 1].w)) {
    start = j - 1;
    if (j >= 2 && faJoined(W, j - 1) && W[j - 2].w === 'این') start = j - 2;
  }
  if (!(opens(W, start) || faClauseStart(W, start).from === start)) return null;
  for (let k = j + 1; k < Math.min(W.length, j + 5); k++) {
    if (W[k].stopBefore) return null;
    if (W[k].w === 'نه' && k > j + 1) {
      if (!at(W, k + 1, US23) || faClauseStart(W, start).conditional) return null;
      // The hit ends before «نه ما», which the pack reads on its own (fa-not-our-fault).
      return faHit(W, start, k - 1, 'deflection', 'dismissive');
    }
    if (W[k].pauseBefore || (W[k].v && W[k].v!.lemma !== 'بودن')) return null;
  }
  return null;
}

// ---------------- reminded again ----------------

const REMIND = /^(?:یادآوری|یاداوری|یادآور|یاداور)$/;
const AGAIN23 = /^(?:مجدد|مجددا|دوباره|دوبارهی|مکرر)$/;

function readRemindAgain(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  let r = -1;
  let start = j;
  if (/^(?:جهت|برای|صرفا|فقط|محض)$/.test(W[j].w)) {
    let k = j + 1;
    if (/^(?:صرفا|فقط)$/.test(W[j].w) && at(W, k, /^(?:جهت|برای)$/)) k++;
    if (W[j].w === 'محض' && !at(W, k, /^(?:جهت|برای)$/)) return null;
    if (!at(W, k, REMIND)) return null;
    r = k;
  } else return null;
  if (!at(W, r + 1, AGAIN23) || c.question) return null;
  if (faClauseStart(W, start).conditional) return null;
  start = j;
  return faHit(W, start, r + 1, 'repeating-myself', 'passive-aggressive');
}

// ---------------- «I said it once» ----------------

const SAY_NOUN23 = /^(?:عرض|توضیح|اعلام|تاکید|تأکید|اشاره)$/;

function readSaidOnce(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  let k: number;
  if (W[j].w === 'یکبار') k = j + 1;
  else if (/^(?:یه|یک)$/.test(W[j].w) && at(W, j + 1, /^بار$/)) k = j + 2;
  else return null;
  if (c.question || (j >= 1 && /^(?:اگه|اگر|فقط|هر|حداقل|لااقل)$/.test(W[j - 1].w))) return null;
  if (at(W, k, /^(?:دیگه|دیگر)$/)) return null;
  if (at(W, k, /^(?:هم|بهتون|بهت|خدمتتون|خدمتتان)$/)) k++;
  if (!faJoined(W, k)) return null;
  let end = -1;
  const v = W[k].v;
  if (v && v.lemma === 'گفتن' && v.person.person === 1 && v.tense === 'past' && !v.negative && !v.progressive) end = k;
  else if (SAY_NOUN23.test(W[k].w) && at(W, k + 1, /^(?:کردم|کردیم|دادم|دادیم|نمودم|نمودیم)$/)) end = k + 1;
  if (end < 0) return null;
  // Closing its clause (a pause, a stop, the end, or «دیگه»): not «یه بار گفتم به انبار …».
  const next = W[end + 1];
  if (next && !next.pauseBefore && !/^(?:دیگه|دیگر|که)$/.test(next.w)) return null;
  if (faClauseStart(W, j).conditional) return null;
  return faHit(W, j, at(W, end + 1, /^(?:دیگه|دیگر)$/) ? end + 1 : end, 'repeating-myself', 'passive-aggressive');
}

// ---------------- no more explaining ----------------

const EXPLAIN23 = /^(?:توضیح|توضیحات|بحث|صحبت|توجیه|توضیحی|بحثی|صحبتی)$/;
const MORE23 = /^(?:بیشتر|بیشتری|اضافه|اضافی|دیگری|مجدد|دیگه|دیگر)$/;
const NEED_NOT = /^(?:نیست|نیس|ندارد|نداره|نمیباشد|نبوده)$/;
/** The customer spared explaining: «کامل متوجه شدم», «از طرف شما». */
const SPARED = /^(?:متوجه|فهمیدم|فهمیدیم|شما|جنابعالی|خودتون|شماست|شمارو|ازتون|نگران|خیالتون)$/;

function readNoMoreExplaining(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  let end: number;
  // «نیازی به توضیح بیشتر نیست», «احتیاجی به بحث اضافه نیست».
  if ((W[j].w === 'نیازی' || W[j].w === 'احتیاجی') && at(W, j + 1, /^به$/) && at(W, j + 2, EXPLAIN23) && at(W, j + 3, MORE23) && at(W, j + 4, NEED_NOT)) end = j + 4;
  // «توضیح بیشتری لازم نیست».
  else if (EXPLAIN23.test(W[j].w) && at(W, j + 1, MORE23) && at(W, j + 2, /^(?:لازم|ضروری)$/) && at(W, j + 3, NEED_NOT)) end = j + 3;
  else return null;
  if (c.question || W.some((x) => SPARED.test(x.w)) || faClauseStart(W, j).conditional) return null;
  return faHit(W, j, end, 'minimising', 'dismissive');
}

/** First words this file's readers start on (a pure function of the word). */
export const kinds23MayStart = wordMemo(mayStart23);
function mayStart23(w: string): boolean {
  return SYSTEM23.test(w) || w === 'نرم' || w === 'امکان' || w === 'اجازه' || w === 'اجازهی' || FAULT_NOUN.test(w) ||
    /^(?:جهت|برای|صرفا|فقط|محض)$/.test(w) || w === 'یه' || w === 'یک' || w === 'یکبار' || w === 'نیازی' || w === 'احتیاجی' || EXPLAIN23.test(w);
}

function readKinds23(c: FaCtx, j: number): GenericHit | null {
  const w = c.W[j].w;
  if (!kinds23MayStart(w)) return null;
  return readSystemSays(c, j) ?? readPossibilityClosed(c, j) ?? readNotUsButThem(c, j) ?? readRemindAgain(c, j) ?? readSaidOnce(c, j) ?? readNoMoreExplaining(c, j);
}

/** The readers of this file, in the order constructions.fa.ts runs them. */
export const KIND_READERS_FA_23 = [readKinds23];
