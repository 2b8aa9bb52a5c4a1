/**
 * Persian kinds of the twenty-fourth session (rwfa24), named from late23's misses (then late22's) and written out first as
 * look-alike sets of their own (scripts/fa-matrix24.ts: many trades, both registers, four spellings, positives and close
 * contrasts), then read here over the language layer's words. Advice from the generic reader, gated on the first word
 * (kinds24MayStart: «از», «خارج»), one test per word.
 *
 *  - **our side excused from doing it** (`declined`, cant-wont): «این مجموعه از پذیرش حیوانات خانگی معذور است», «از انجام
 *    این درخواست معذوریم»: «از» + what is asked + «معذور» in the first person or the third singular (our unit). Not the
 *    customer excused («شما از پرداخت جریمه معذور هستید», «مشترکین … معذورند»), not in a question or a condition;
 *  - **not hard, you only need to …** (`minimising`, dismissive): «این موضوع پیچیدگی خاصی ندارد؛ کافی است …», «آن‌قدرها هم
 *    پیچیده نیست؛ کافی است …», «کار سختی نیست، فقط کافیه …»: the trouble called easy, then the customer's one step. Alone
 *    (or with help offered, or «… فقط چند دقیقه طول میکشه») it is encouragement and stays;
 *  - **outside our rules** (`policy-shield`, policy): «درخواست … خارج از ضوابط شرکت است», «… خارج از تعهدات ماست»: «خارج از»
 *    + a rule noun + its owner + the copula, ending its clause. Not «خارج از ساعت اداری / کشور / شهر» (a time or a place),
 *    not negated or after «هیچ» («هیچ مرحله‌ای خارج از ضوابط انجام نشده»: nothing outside the rules).
 */
import { faClauseStart, faHit, faJoined, type FaCtx, type FaWord } from './fa.ts';
import type { GenericHit } from './types.ts';

const at = (W: readonly FaWord[], k: number, re: RegExp): boolean => faJoined(W, k) && re.test(W[k].w);

// ---------------- our side excused from doing it ----------------

/** «معذوریم», «معذورم», «معذوره» joined, or «معذور» before «است / هستیم / می‌باشد / می‌باشیم / هستم». */
const EXCUSED_JOINED = /^(?:معذوریم|معذورم|معذوره|معذورهستیم|معذورمیباشیم|معذورمیباشد)$/;
const EXCUSED_COPULA = /^(?:است|هستیم|هستم|میباشد|میباشیم|هست|ایم)$/;
const YOU = /^(?:شما|جنابعالی|شماها|سرکار|خودتون|خودتان)$/;

function readExcusedFrom(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (W[j].w !== 'از' || c.question) return null;
  const noun = W[j + 1];
  if (!noun || !faJoined(W, j + 1) || noun.v) return null;
  for (let k = j + 2; k <= j + 9 && faJoined(W, k); k++) {
    const w = W[k].w;
    let end = -1;
    if (EXCUSED_JOINED.test(w)) end = k;
    else if (w === 'معذور') end = at(W, k + 1, EXCUSED_COPULA) ? k + 1 : -2;
    else if (W[k].v) return null;
    if (end === -2) return null;
    if (end < 0) continue;
    const { from, conditional } = faClauseStart(W, j);
    if (conditional) return null;
    for (let m = from; m < j; m++) if (YOU.test(W[m].w) || /(?:ین|ان)$/.test(W[m].w) && /^(?:مشترکین|مشتریان|دانشجویان|بیماران|مسافران|اعضا|کاربران|متقاضیان)$/.test(W[m].w)) return null;
    return faHit(W, j, end, 'declined', 'cant-wont');
  }
  return null;
}

// ---------------- outside our rules ----------------

const RULE_NOUN = /^(?:ضوابط|مقررات|قوانین|قانون|تعهدات|تعهد|دستورالعمل|دستورالعملهای|آییننامه|آئیننامه|رویه|رویههای|سیاست|سیاستهای|چارچوب|چهارچوب)$/;
/** The copula alone or joined to the owner: «است», «میباشد», «ماست», «شرکته». */
const COPULA = /^(?:است|هست|میباشد|میباشند|هستش)$/;

function readOutsideRules(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (W[j].w !== 'خارج' || !at(W, j + 1, /^از$/) || c.question) return null;
  const r = j + 2;
  if (!at(W, r, RULE_NOUN) && !(W[r] && faJoined(W, r) && /^(?:ضوابط|مقررات|قوانین|تعهدات|سیاستهای)/.test(W[r].w))) return null;
  let end = -1;
  for (let k = r; k <= r + 4 && k < W.length && (k === r || faJoined(W, k)); k++) {
    const w = W[k].w;
    if (k > r && COPULA.test(w)) {
      end = k;
      break;
    }
    // The owner with the copula joined: «ماست», «شرکته», «هتله».
    if (/(?:ماست|ست|ه)$/.test(w) && (k === W.length - 1 || !faJoined(W, k + 1)) && k > r) {
      end = k;
      break;
    }
    if (W[k].v) return null;
  }
  if (end < 0) return null;
  // The clause ends there.
  if (end + 1 < W.length && faJoined(W, end + 1)) return null;
  const { from, conditional } = faClauseStart(W, j);
  if (conditional) return null;
  for (let m = from; m < j; m++) if (W[m].w.startsWith('هیچ')) return null;
  return faHit(W, j, end, 'policy-shield', 'policy');
}

// ---------------- not hard, you only need to … ----------------

const HARD = /^(?:پیچیده|سخت|دشوار|مشکل)$/;
const SO = /^(?:آنقدرها|آنقدر|انقدر|اونقدر|اونقدرا|آنقدرا|انقدرا|چندان|زیاد|خیلی)$/;
const ISNT = /^(?:نیست|نیس|نمیباشد)$/;
/** «کافی است», «کافیه», «کافیست» after the denial: the instruction that makes it "it's easy, just …". */
const ENOUGH = /^(?:کافیه|کافیست|کافی)$/;

/**
 * «این موضوع پیچیدگی خاصی ندارد؛ کافی است …», «موضوع آن‌قدرها هم پیچیده نیست؛ کافی است کد را وارد کنید», «کار سختی نیست،
 * فقط کافیه …», «کاری نداره که، فقط رمزتونو عوض کنید»: the trouble waved off as easy, then the one step the customer
 * "only" has to take. Not alone («پیچیده نیست، خودم قدم به قدم کمکتون می‌کنم», «… فقط چند دقیقه طول میکشه»: no step of
 * theirs), not negated difficulty of ours, not in a question or a condition.
 */
function readNotHard(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question) return null;
  let end = -1;
  const w = W[j].w;
  if (w === 'پیچیدگی') {
    let k = j + 1;
    if (at(W, k, /^(?:خاصی|چندانی|زیادی|خاص)$/)) k++;
    if (at(W, k, /^(?:ندارد|نداره|نداشته)$/)) end = k;
  } else if (w === 'کار' && at(W, j + 1, /^(?:سختی|پیچیدهای|پیچیدهایی|مشکلی|دشواری)$/) && at(W, j + 2, ISNT)) end = j + 2;
  // «کار پیچیده ای نیست»: the indefinite «ای» written apart.
  else if (w === 'کار' && at(W, j + 1, HARD) && at(W, j + 2, /^ای$/) && at(W, j + 3, ISNT)) end = j + 3;
  else if (w === 'کاری' && at(W, j + 1, /^(?:نداره|ندارد)$/) && (j === 0 || W[j].pauseBefore || W[j].stopBefore)) end = j + 1;
  else {
    let k = j;
    if (SO.test(W[k].w)) {
      k++;
      if (at(W, k, /^هم$/)) k++;
    }
    if ((k === j || faJoined(W, k)) && HARD.test(W[k]?.w ?? '') && at(W, k + 1, ISNT)) end = k + 1;
  }
  if (end < 0) return null;
  // The one step after it, in the same sentence (a «؛» does not end it): «کافی است / کافیه», or «فقط» with a second-person
  // present verb.
  let step = false;
  for (let k = end + 1; k < Math.min(W.length, end + 16); k++) {
    if (ENOUGH.test(W[k].w)) step = true;
    if (W[k].w === 'فقط') {
      for (let m = k + 1; m < Math.min(W.length, k + 8); m++) {
        const v = W[m].v;
        if (v && v.person.person === 2 && v.tense === 'present' && !v.negative && !v.progressive) step = true;
      }
    }
  }
  if (!step) return null;
  const { from, conditional } = faClauseStart(W, j);
  if (conditional) return null;
  // «برای ما پیچیده نیست»: ours, not theirs; the noun opening it («این موضوع», «موضوع») is taken into the flag.
  let first = j;
  for (let m = from; m < j; m++) {
    if (/^(?:ما|برامون|برای|بنده|من)$/.test(W[m].w)) return null;
  }
  if (j > from && /^(?:موضوع|مسئله|مساله|قضیه|کار|کارش|اینکار|این)$/.test(W[j - 1].w)) first = j - 1;
  if (first > from && W[first - 1].w === 'این' && faJoined(W, first)) first--;
  return faHit(W, first, end, 'minimising', 'dismissive');
}

export function kinds24MayStart(w: string): boolean {
  return w === 'از' || w === 'خارج' || w === 'پیچیدگی' || w === 'کار' || w === 'کاری' || HARD.test(w) || SO.test(w);
}

function readKinds24(c: FaCtx, j: number): GenericHit | null {
  const w = c.W[j].w;
  if (w === 'از') return readExcusedFrom(c, j);
  if (w === 'خارج') return readOutsideRules(c, j);
  return readNotHard(c, j);
}

/** The readers of this file, in the order constructions.fa.ts runs them. */
export const KIND_READERS_FA_24 = [readKinds24];
