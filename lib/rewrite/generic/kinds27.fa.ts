/**
 * Persian kinds of the twenty-seventh session (rwfa27), named from late26's misses and written out first as look-alike
 * sets of their own (scripts/fa-matrix27.ts FAMILIES27: many trades, both registers, four spellings, close contrasts),
 * then read here over the language layer's words. Advice from the generic reader, gated on the first word
 * (kinds27MayStart).
 *
 *  - **not informed** (`not-knowing`): «اینجانب در جریان نمی‌باشم», «بنده در جریان نیستم», «من اصلاً در جریان نیستم»: the
 *    agent (first person) + «در جریان» + a negated first-person copula. «بنده در جریان هستم», «همکارم در جریان نیست», «اگر
 *    در جریان نیستید» stay quiet;
 *  - **whatever you say** (`minimising`): «باشه هرچی شما بگید، …», «هرچی تو بگی عزیزم، …»: «هرچی / هر چی» + «تو / شما» +
 *    «بگی / بگید / بگین / بفرمایید» closing its clause: giving in with a shrug. «هر چی شما بگید همون کارو می‌کنیم» (no
 *    pause: an offer) and «هرچی تو بگی رو یادداشت می‌کنم» stay quiet;
 *  - **I said so before** (`repeating-myself`): «تو پیام قبلیم گفته بودم که …», «در ایمیل قبلی خدمتتون عرض کرده بودم»,
 *    «سه بار دیگه هم همینو نوشتم»: our earlier message or a count of our repeats + a first-person verb of saying or writing.
 *    The customer's message («پیام قبلیتون»), a correction («… اشتباه نوشته بودم»), a count of calls or checks stay quiet;
 *  - **you missed the deadline** (`second-person-blame`): «شما مهلت اعتراض را از دست داده‌اید», «… توسط شما خارج از مهلت
 *    ثبت شده»: the customer named as the one who let the time run out. Not negated («از دست نداده‌اید»), not in a condition,
 *    not ours («ما مهلت … را از دست دادیم»);
 *  - **as you signed** (`repeating-myself`): «همان‌گونه که … در رضایت‌نامه امضا فرموده‌اید، …» (readAsYouSigned below);
 *  - **no longer** (`declined`): «… تموم شده و دیگه نمیاریمش», «سفارش … خارج شده دیگه کنسل نمیشه» (readNoLonger below).
 */
import { faClauseStart, faHit, faJoined, type FaCtx, type FaWord } from './fa.ts';
import type { GenericHit } from './types.ts';

const at = (W: readonly FaWord[], k: number, re: RegExp): boolean => faJoined(W, k) && re.test(W[k].w);
const paused = (x: FaWord | undefined): boolean => !x || x.pauseBefore || x.markBefore;
const ADDRESS = /^(?:آقا|خانم|عزیزم|عزیز|داداش|برادر|خواهر|جان|جانم|قربان|قربونت|گلم|رفیق|دوست)$/;

// ---------------- not informed ----------------

const ME = /^(?:اینجانب|بنده|من)$/;
const NOT_COPULA_1 = /^(?:نیستم|نمیباشم|نبودم|نیستیم|نمیباشیم|نبودیم)$/;

function readNotInformed(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question) return null;
  let k = j + 1;
  if (at(W, k, /^(?:اصلا|اصلاً|هنوز|خودم|هم)$/)) k++;
  if (!at(W, k, /^در$/) || !at(W, k + 1, /^جریان$/) || !at(W, k + 2, NOT_COPULA_1)) return null;
  if (faClauseStart(W, j).conditional) return null;
  return faHit(W, j, k + 2, 'not-knowing', 'uncertainty');
}

// ---------------- whatever you say ----------------

function readWhateverYouSay(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question) return null;
  let k = j;
  if (W[k].w === 'هر') {
    if (!at(W, k + 1, /^چی$/)) return null;
    k++;
  } else if (W[k].w !== 'هرچی') return null;
  if (!at(W, k + 1, /^(?:تو|شما)$/) || !at(W, k + 2, /^(?:بگی|بگید|بگین|بفرمایید|بفرمایین|بخوای|بخواید|بخواین)$/)) return null;
  const end = k + 2;
  let after = end + 1;
  if (W[after] && !paused(W[after]) && ADDRESS.test(W[after].w)) after++;
  if (!paused(W[after])) return null;
  // (lead27) «هر چی شما بفرمایید، همون رو ثبت می‌کنم»: the agent then doing exactly that is accommodating, not a shrug
  // (fa-kinds21's contrast), unless the clause after the comma turns («ولی …») or is negated.
  // «همون / همان رو …» + a first-person verb: doing exactly that (rwfa27's «…، پس می‌گیریم» stays a shrug).
  let same = false;
  let doing = false;
  for (let m = after; m < Math.min(W.length, after + 8) && (m === after || !paused(W[m])); m++) {
    const v = W[m].v;
    if (v?.negative || /^(?:ولی|اما|ولیکن|منتها)$/.test(W[m].w)) {
      doing = false;
      break;
    }
    if (/^(?:همون|همان|همونو|همانرا|همونرو)$/.test(W[m].w)) same = true;
    if (v && v.person.person === 1) doing = true;
  }
  if (same && doing) return null;
  // «باشه» before it belongs to the shrug.
  const start = j > 0 && !paused(W[j]) && /^(?:باشه|باشد|خب|خوب|اوکی)$/.test(W[j - 1].w) ? j - 1 : j;
  return faHit(W, start, end, 'minimising', 'dismissive');
}

// ---------------- I said so before ----------------

const MESSAGE = /^(?:پیام|ایمیل|پاسخ|جواب|نامه|مکاتبه|تماس|توضیح)$/;
const PREVIOUS_OURS = /^(?:قبلیم|قبلیام|قبلیمون|قبلیمان|قبلی|قبل|پیشین|قبلیمو)$/;
const SAID_1 = /^(?:گفتم|نوشتم|گفتیم|نوشتیم|فرستادم|دادم|کردم|کردیم|دادیم)$/;
const SAID_PART = /^(?:گفته|نوشته|کرده|داده|ذکر|عرض|اعلام|توضیح|اشاره)$/;
const AUX_1 = /^(?:بودم|بودیم|ام|ایم)$/;
const FILLER = /^(?:هم|خدمتتون|خدمتتان|خدمت|شما|بهتون|بهتان|براتون|برایتان|دقیقا|دقیقاً|کامل|کاملا|کاملاً|همینو|همین|رو|را|عرض|ذکر|اعلام|توضیح|اشاره|دیگه|دیگر|بار)$/;

/** From word k on: fillers, then a first-person verb of saying or writing; its last word, or -1. */
function saidFrom(W: readonly FaWord[], k: number, allowLight: boolean): number {
  for (let m = k; m < Math.min(W.length, k + 7); m++) {
    if (m > k && paused(W[m])) return -1;
    const w = W[m].w;
    if (/اشتباه|غلط/.test(w)) return -1;
    if (SAID_1.test(w) && (allowLight || !/^(?:کردم|کردیم|دادم|دادیم)$/.test(w) || (m > k && /^(?:عرض|ذکر|اعلام|توضیح|اشاره)$/.test(W[m - 1].w)))) return m;
    if (SAID_PART.test(w) && W[m + 1] && !paused(W[m + 1]) && AUX_1.test(W[m + 1].w)) {
      if (/^(?:کرده|داده)$/.test(w) && !(m > k && /^(?:عرض|ذکر|اعلام|توضیح|اشاره)$/.test(W[m - 1].w))) return -1;
      return m + 1;
    }
    if (!FILLER.test(w)) return -1;
  }
  return -1;
}

function readSaidBefore(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question) return null;
  const w = W[j].w;
  // «تو / در (پیام | ایمیل) قبلی(م) …»
  if (w === 'تو' || w === 'در') {
    if (!at(W, j + 1, MESSAGE) || !at(W, j + 2, PREVIOUS_OURS)) return null;
    const e = saidFrom(W, j + 3, false);
    if (e < 0) return null;
    if (faClauseStart(W, j).conditional) return null;
    return faHit(W, j, e, 'repeating-myself', 'passive-aggressive');
  }
  // «(دو | سه | چند | N) بار (دیگه) (هم) همینو نوشتم / گفتم»
  if (!/^(?:دو|سه|چهار|پنج|چند|چندین|[2-9۲-۹]|صد|هزار)$/.test(w) || !at(W, j + 1, /^(?:بار|دفعه)$/)) return null;
  // The thing repeated must be named as the same («همینو / همین رو») or follow «دیگه هم».
  const span = W.slice(j + 2, j + 6).map((x) => x.w).join(' ');
  if (!/(?:همینو|همین رو|همین را|همینه|دیگه هم|دیگر هم|هم همین)/.test(span)) return null;
  const e = saidFrom(W, j + 2, false);
  if (e < 0) return null;
  if (!paused(W[e + 1]) && !at(W, e + 1, /^(?:که)$/)) return null;
  return faHit(W, j, e, 'repeating-myself', 'passive-aggressive');
}

// ---------------- you missed the deadline ----------------

const YOU = /^(?:شما|جنابعالی|حضرتعالی|سرکارعالی)$/;
const DEADLINE = /^(?:مهلت|فرصت|موعد|زمان|تاریخ|نوبت|مهلتش|مهلتتون|مهلتتان|نوبتتون|نوبتتان)$/;
const LOST_2 = /^(?:دادهاید|دادید|دادین|دادی|دادهاین|دادهای)$/;

function readMissedDeadline(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question) return null;
  const w = W[j].w;
  if (YOU.test(w)) {
    if (!at(W, j + 1, DEADLINE)) return null;
    // «شما مهلت (اعتراض | ۷ روزه …) را از دست داده‌اید»
    for (let k = j + 2; k < Math.min(W.length, j + 8); k++) {
      if (paused(W[k])) return null;
      if (/^(?:را|رو)$/.test(W[k].w)) {
        if (!at(W, k + 1, /^از$/) || !at(W, k + 2, /^دست$/)) return null;
        let v = k + 3;
        if (!W[v] || paused(W[v])) return null;
        if (W[v].w === 'داده' && at(W, v + 1, /^(?:اید|این|ای)$/)) v++;
        else if (!LOST_2.test(W[v].w)) return null;
        if (faClauseStart(W, j).conditional) return null;
        return faHit(W, j, v, 'second-person-blame', 'blame');
      }
    }
    return null;
  }
  // «توسط شما خارج از مهلت», «از سوی جنابعالی خارج از مهلت (مقرر)»
  let k = j + 1;
  if (w === 'از') {
    if (!at(W, k, /^(?:سوی|طرف|جانب)$/)) return null;
    k++;
  } else if (w !== 'توسط') return null;
  if (!at(W, k, YOU) || !at(W, k + 1, /^خارج$/) || !at(W, k + 2, /^از$/) || !at(W, k + 3, /^(?:مهلت|موعد|زمان)$/)) return null;
  let e = k + 3;
  if (at(W, e + 1, /^(?:مقرر|قانونی|تعیینشده|مجاز)$/)) e++;
  if (faClauseStart(W, j).conditional) return null;
  return faHit(W, j, e, 'second-person-blame', 'blame');
}

// ---------------- no longer ----------------

/** A thing the customer wants done, before a negated «شدن / کردن»: cancelled, changed, taken back, made, stocked. */
const WANTED = /^(?:کنسل|لغو|عوض|تعویض|مرجوع|برگشت|استرداد|تولید|وارد|شارژ|موجود|تمدید|فروخته|پذیرفته|تحویل|قبول)$/;
/** «نمی‌فروشیم», «نمیاریمش», «نمی‌پذیریم», «نمی‌گیریم»: our own no longer selling, stocking or accepting. */
const WE_NO_LONGER = /^نمی(?:فروش|ار|آر|آور|یار|پذیر|گیر)(?:یم|م)(?:ش|شو|شون|شان)?$/;
const AFTER_JOINER = /^(?:و|ولی|اما|هم|که|چون|پس|الان|متاسفانه|عزیزم|آقا|خانم|دیگه)$/;

/**
 * «… تموم شده و دیگه نمیاریمش», «سفارشی که از رستوران خارج شده دیگه کنسل نمیشه», «این مدل دیگه تولید نمی‌شود»: «دیگه /
 * دیگر» (no longer) opening its clause, then within three words a refusal of what the customer wants: our own «نمی‌فروشیم /
 * نمیاریم / نمی‌پذیریم», or a wanted act («کنسل، لغو، عوض، پس گرفته …») with a negated «شدن / کردن». Not «دیگه» after a
 * noun («یه رنگ دیگه»: other), not a repeat promised away («دیگه تکرار نمیشه»), not a harm held off or a reassurance, not
 * a question or a condition.
 */
function readNoLonger(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question || c.reassuring) return null;
  if (j > 0 && !paused(W[j]) && !W[j - 1].v && !AFTER_JOINER.test(W[j - 1].w) && !/(?:ده|ته)$/.test(W[j - 1].w)) return null;
  for (let k = j + 1; k <= j + 3 && k < W.length; k++) {
    if (paused(W[k])) return null;
    const w = W[k].w;
    let ok = WE_NO_LONGER.test(w);
    const v = W[k].v;
    if (!ok && v && v.negative && v.tense === 'present') {
      const prev = W[k - 1].w;
      const base = prev.replace(/(?:ش|شو|شون|شان)$/, '');
      if ((v.lemma === 'شدن' || v.lemma === 'گردیدن') && v.person.person === 3 && k - 1 > j) ok = WANTED.test(prev) || (prev === 'گرفته' && k - 2 > j && W[k - 2].w === 'پس');
      else if ((v.lemma === 'کردن' || v.lemma === 'نمودن') && v.person.person === 1 && k - 1 > j) ok = WANTED.test(base);
    }
    if (ok) {
      if (faClauseStart(W, j).conditional) return null;
      return faHit(W, j, k, 'declined', 'cant-wont');
    }
  }
  return null;
}

// ---------------- as you signed ----------------

const AS = /^(?:همانطور|همونطور|همانگونه|همونگونه|همینطور|چنانکه|همان|همون)$/;
const CONSENTED = /^(?:امضا|تایید|تأیید|قبول|موافقت|مطالعه)$/;
const YOU_PAST = /^(?:فرمودهاید|فرمودید|فرمودین|کردید|کردین|کردهاید|کردهاین|نمودید|نمودهاید|کردی|کردهای)$/;

/**
 * «همان‌گونه که پیش از عمل در رضایت‌نامه امضا فرموده‌اید، …», «همونطور که خودتون قوانین رو تأیید کردین، …»: the
 * customer's own consent held up as the answer (a reminder that they agreed). Not what they asked for («همان‌گونه که
 * درخواست فرموده بودید»: granted), not ours («… امضا کردیم»), not a question.
 */
function readAsYouSigned(c: FaCtx, j: number): GenericHit | null {
  const { W } = c;
  if (c.question) return null;
  // «همان گونه / همون طور» written with a space.
  const o = /^(?:همان|همون)$/.test(W[j].w) ? (at(W, j + 1, /^(?:گونه|طور)$/) ? 1 : -1) : 0;
  if (o < 0 || !at(W, j + 1 + o, /^که$/)) return null;
  for (let k = j + 2 + o; k < Math.min(W.length, j + 10); k++) {
    if (paused(W[k])) return null;
    if (!CONSENTED.test(W[k].w) || !W[k + 1] || paused(W[k + 1])) continue;
    if (YOU_PAST.test(W[k + 1].w)) return faHit(W, j, k + 1, 'repeating-myself', 'passive-aggressive');
    // «فرموده اید» written with a space.
    if (/^(?:فرموده|کرده|نموده)$/.test(W[k + 1].w) && at(W, k + 2, /^(?:اید|این)$/)) return faHit(W, j, k + 2, 'repeating-myself', 'passive-aggressive');
  }
  return null;
}

export function kinds27MayStart(w: string): boolean {
  return w === 'دیگه' || w === 'دیگر' || AS.test(w) || ME.test(w) || w === 'هرچی' || w === 'هر' || w === 'تو' || w === 'در' || /^(?:دو|سه|چهار|پنج|چند|چندین|[2-9۲-۹]|صد|هزار)$/.test(w) || YOU.test(w) || w === 'از' || w === 'توسط';
}

function readKinds27(c: FaCtx, j: number): GenericHit | null {
  const w = c.W[j].w;
  if (w === 'دیگه' || w === 'دیگر') return readNoLonger(c, j);
  if (AS.test(w)) return readAsYouSigned(c, j);
  if (ME.test(w)) return readNotInformed(c, j);
  if (w === 'هرچی' || w === 'هر') return readWhateverYouSay(c, j);
  if (YOU.test(w) || w === 'توسط') return readMissedDeadline(c, j);
  if (w === 'از') return readMissedDeadline(c, j);
  return readSaidBefore(c, j);
}

/** The readers of this file, in the order constructions.fa.ts runs them. */
export const KIND_READERS_FA_27 = [readKinds27];
