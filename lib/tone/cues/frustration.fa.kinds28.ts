/**
 * Persian frustration, session 28 (tonefa28): kinds that recur in fresh writers' misses over late20-late27 (each seen in
 * at least three splits), each tried on a look-alike set written across trades and registers
 * (scripts/tone-fa-kinds28-matrix.ts, run by tests/unit/tone/kinds28.fa.test.ts), never on a development sentence's nouns.
 * Read from lib/nlp's tokens (sentences, clauses, negated verbs and their person) behind a cheap test on the lower-cased
 * text; the harm told is read by session 25's reader (./frustration.fa.kinds25.ts), widened here by money taken.
 *
 * - **lofty praise of the company's work beside a harm** (sarcasm): «واقعاً پشتیبانیتون بی‌نظیره», «نظمتون مثل همیشه
 *   بی‌نقصه», «تصمیم هوشمندانه‌ای بود 👌», «کارتون ستودنیه», «شاهکاره» — a word of lofty praise (not the everyday «عالی»,
 *   «خوب», read by session 25), marked as irony (an ironic emoji, «واقعاً», «مثل همیشه», «هم که», or told in a sentence after
 *   the harm), in a message that tells a harm the company did (a fault, a thing not done, money taken). Not when the
 *   message tells the fault put right («… همون روز اومد درستش کرد. کارش بی‌نقص بود»), nor across a concession («دیر رسید
 *   ولی کیفیتش بی‌نظیر بود»), nor negated or asked.
 * - **thanks marked as irony over money taken** (sarcasm): «دستتون درد نکنه واقعاً، … ۳۰۰ تومن از کارتم کسر کردید», «مرسی
 *   واقعا 👏 … پولشو از حسابم کم کردید», «… جریمه دیرکرد زدید», «… گرون‌تر حساب کردید» — thanks with «واقعاً» or a strong
 *   ironic emoji (👏 🙃 🤡 😏 😒 🤦), in a message that tells money taken or a price raised, where session 25's reader read
 *   no sarcasm. Not thanks to come («ممنون میشم»), nor money put back («… کسر شده بود برگشت»), nor money the customer paid.
 * - **a step against the company after «وگرنه»** (threat): «… وگرنه سفارشو کنسل میکنم», «وگرنه قرارداد رو فسخ می‌کنیم»,
 *   «وگرنه خسارتمو ازتون میگیرم», «وگرنه شهریه رو پس میگیرم», «در غیر این صورت اشتراک را لغو خواهم کرد», «وگرنه اپتونو پاک
 *   میکنم» — a first-person present or future verb of cancelling, ending, claiming or taking back, within a few words after
 *   «وگرنه / در غیر این صورت», in a sentence that asks nothing. Not a consequence that befalls the customer («وگرنه جریمه
 *   میشم», «وگرنه پروژه رو از دست میدیم»), nor the customer's own fallback («وگرنه فردا خودم میام میگیرم»); and «دفعه آخرم
 *   بود / دفعه آخرمه» (the customer's last time) in a message that tells a harm (not «این دفعه آخره، قول میدم»: an apology).
 */
import type { CueContext } from '../cue.ts';
import type { ToneToken } from '../layer.ts';
import type { Evidence } from '../types.ts';
import { harmAt, successIn, type Praise } from './frustration.fa.kinds25.ts';
import { gatedTest } from '../textgate.ts';

type T = readonly ToneToken[];
const NOTHING = { score: 0, evidence: [] as Evidence[] };

/** One cheap test on the lower-cased text: a word every kind below needs. */
const GATE = /وگرنه|غیر\s*این\s*صورت|آخرم|بی\s*\u200c?نظیر|بی\s*\u200c?نقص|ستودنی|شاهکار|هوشمندانه|تحسین\s*\u200c?برانگیز|هنرمندانه|درد\s*نکن|دمتون|ممنون|مرس[یي]|تشکر|سپاس|متشکر/;

// ---- lofty praise ----
/** Lofty praise as one key (ZWNJ-less), with its copula or «ای» («بینظیره», «هوشمندانهای», «تحسینبرانگیز»). */
const LOFTY = /^(?:بینظیر|بینقص|ستودنی|شاهکار|هوشمندانه|تحسینبرانگیز|هنرمندانه)(?:ه|ست|است|ای|یه|ید|ین|اید|ه‌ای)?$/;
/** The same written with a space after «بی» («بی نظیره»). */
const LOFTY_TAIL = /^(?:نظیر|نقص)(?:ه|ست|است|ای|ید|ین)?$/;
const REALLY = /^(?:واقعا|جدا|جدی)$/;
/** Emoji that mark praise as irony (clapping, OK hand, upside-down smile, clown, smirk, unamused, facepalm, eye roll, neutral face). */
const IRONY_EMOJI = /\u{1F44F}|\u{1F44C}|\u{1F643}|\u{1F921}|\u{1F60F}|\u{1F612}|\u{1F926}|\u{1F644}|\u{1F610}/u;
/** Strong ironic emoji (not the OK hand, the neutral face nor the eye roll, which also mark a plain request or doubt). */
const STRONG_IRONY = /\u{1F44F}|\u{1F643}|\u{1F921}|\u{1F60F}|\u{1F612}|\u{1F926}/u;
const CONCEDE = /^(?:ولی|اما|فقط|البته|هرچند|منتها|ولیکن|ولیکن)$/;
/** Older evidence that is a harm told. */
const HARM_WHY: ReadonlySet<string> = new Set(['tone.why.failure', 'tone.why.complaint', 'tone.why.brokenPromise', 'tone.why.irony', 'tone.why.notHappy', 'tone.why.judgement']);
/** A remedy the company made («سریع بازش کرد», «کارت جدید داد», «همون روز اومد»): praise after it is sincere. */
const REMEDY = /^(?:سریع|زود|فوری|فورا|بلافاصله|جایگزین|جدید|تخفیف|عوض|عوضش|برگردوندید|برگرداندید|جبران|همون|درستش|بازش|حلش)$/;

// ---- money taken ----
/** Money nouns: a sentence that names money reads «کم شد / کم کردید» as money taken. */
const MONEY = /^(?:پول|پولم|پولمو|پولشو|پولش|حساب|حسابم|حسابمون|کارت|کارتم|کارتمون|تومن|تومان|ریال|هزار|میلیون|مبلغ|مبلغی|هزینه|هزینهی|قسط|قسطم|قسطمو|اشتراک|موجودی|کارمزد|قیمت)$/;
/** Money taken by the company: «کسر / برداشت / کم / جریمه» then a verb of doing or becoming. */
const TAKEN = /^(?:کسر|برداشت|کم|جریمه|گرونتر|گرانتر|دوبرابر)$/;
const TAKE_VERB = /^(?:کردن|شدن|زدن|گرفتن)$/;
const PARTICIPLE = /^(?:شده|کرده|زده|گرفته)$/;
/** Money put back or a charge undone: the harm righted. */
const PUT_BACK = /^(?:برگشت|برگشته|برگردوندید|برگرداندید|برگردوندین|برداشتید|برداشتین|لغو|حذف|درست)$/;
/** Thanks formulas (keys) and thanks to come. */
const THANKS = /^(?:ممنون|ممنونم|مرسی|متشکرم|متشکر|سپاس|سپاسگزارم|تشکر)$/;
const TO_COME = /^(?:میشم|میشیم|میشوم|خواهم|میشدم)$/;

// ---- a step against the company after «وگرنه» ----
/** Nouns or particles of the step: cancelling, ending, claiming the loss, taking back, deleting. */
const STEP = /^(?:کنسل|لغو|فسخ|خسارت|خسارتمو|خسارتم|خسارتمون|پس|پاک|حذف|ابطال|غرامت|غرامتشو)$/;
/** A first-person present or future verb («میکنم», «میگیرم», «می‌کنیم», «خواهم»), not negated. */
const FIRST_NOW = /^(?:می)\S+(?:م|یم)$|^خواه(?:م|یم)$/;
/** Older evidence of the same reading (counted once). */
const AS_LEAVING: ReadonlySet<string> = new Set(['tone.why.leaving', 'tone.why.threat', 'tone.why.escalation']);

/** The step after «وگرنه» at token i («وگرنه», or «در غیر این صورت» ending at i): its last token, or -1. */
function stepAfter(t: T, i: number): number {
  let step = -1;
  for (let j = i + 1; j < t.length && j <= i + 6 && t[j].sentence === t[i].sentence; j++) {
    if (STEP.test(t[j].key)) step = j;
    // «از دست میدیم», «جریمه میشم»: what befalls them, not a step.
    if (t[j].key === 'دست' && t[j - 1]?.key === 'از') return -1;
    if (step >= 0 && j > step && FIRST_NOW.test(t[j].key) && !t[j].neg && !/(?:میشم|میشیم|میشوم)$/.test(t[j].key)) return j;
  }
  return -1;
}

/** Token i begins lofty praise: its last token, or -1. */
function loftyAt(t: T, i: number): number {
  if (LOFTY.test(t[i].key)) return i;
  if (t[i].key === 'بی' && t[i + 1] && LOFTY_TAIL.test(t[i + 1].key) && t[i + 1].sentence === t[i].sentence) return i + 1;
  return -1;
}

/** Money taken at token k (a word of taking, then its verb within two words, in a sentence that names money), or -1. */
function moneyTaken(t: T, k: number): boolean {
  // «دو برابر» written as two words: read from «برابر».
  if (!TAKEN.test(t[k].key) && !(t[k].key === 'برابر' && t[k - 1]?.key === 'دو')) return false;
  let verb = -1;
  // «کسر شده است», «کم کرده»: the participle is the verb of taking (the morphology reads «است» as the verb).
  for (let j = k + 1; j < t.length && j <= k + 2 && t[j].sentence === t[k].sentence; j++) if (t[j].verb || PARTICIPLE.test(t[j].key)) { verb = j; break; }
  if (verb < 0 || t[verb].neg || t[verb].pastFirst || !(TAKE_VERB.test(t[verb].lemma) || PARTICIPLE.test(t[verb].key))) return false;
  // The customer's own doing («کم کردم», «جریمه دادم») or a request («کم کنید») is not a harm told.
  if (/(?:م|یم)$/.test(t[verb].key) && !t[verb].third) return false;
  if (!t[verb].past && t[verb].second) return false;
  // «خودم اشتباهی دو بار پرداخت کردم و پول کم شد»: money gone by the customer's own mistake («خودم», or «اشتباه» in the
  // clause of a first-person verb) before an impersonal «کم شد». «با اپتون پرداخت کردم، پول کم شده ولی …» is not a mistake
  // owned, and «… واریز کردم ولی جریمه کم کردید» names the company as the one who took it.
  if (!t[verb].second) {
    for (let j = k - 1; j >= 0 && t[j].sentence === t[k].sentence; j--) {
      if (t[j].key === 'خودم') return false;
      if (t[j].pastFirst) for (let m = j - 1; m >= 0 && t[m].clause === t[j].clause; m--) if (/^(?:اشتباه|اشتباهی|اشتباها|اشتباهاً)$/.test(t[m].key)) return false;
    }
  }
  let money = false;
  for (let j = 0; j < t.length; j++) if (t[j].sentence === t[k].sentence && MONEY.test(t[j].key)) money = true;
  if (!money && t[k].key === 'کم') return false;
  // Money put back in the same sentence («کسر شده بود برگشت»).
  for (let j = verb + 1; j < t.length && t[j].sentence === t[k].sentence; j++) if (PUT_BACK.test(t[j].key) && !t[j].neg) return false;
  return true;
}

/** A fault put right anywhere in the message: the praise or thanks is for it. */
function remedied(t: T, skip: Praise): boolean {
  for (let k = 0; k < t.length; k++) {
    if (successIn(t, k, skip)) return true;
    if (t[k].verb && !t[k].neg && (t[k].second || t[k].third) && t[k].past) for (let j = k - 1; j >= 0 && t[j].clause === t[k].clause; j--) if (REMEDY.test(t[j].key)) return true;
    if (PUT_BACK.test(t[k].key) && /^(?:برگشت|برگشته|برگردوندید|برگرداندید|برگردوندین|برداشتید|برداشتین)$/.test(t[k].key)) return true;
  }
  return false;
}

/**
 * Whether a concession in the praise's sentence stands between the praise (at p) and the harm (at h): «دیر رسید ولی کیفیتش
 * بی‌نظیر بود» is a mixed review. A «ولی» inside the account of the harm («پرداخت کردم، ولی جریمه زدید») concedes nothing.
 */
function conceded(t: T, h: number, p: number): boolean {
  for (let j = Math.min(h, p); j < Math.max(h, p); j++) if (CONCEDE.test(t[j].key) && t[j].sentence === t[p].sentence) return true;
  return false;
}

/** GATE on the latest words, behind its own words' gate (the shared scan): most texts hold none, and then GATE is not run. */
const HAS_GATE = gatedTest(GATE);
export function readFaKinds28(ctx: CueContext, prior: readonly Evidence[]): { score: number; evidence: Evidence[] } {
  if (!ctx.fa || !HAS_GATE(ctx.low)) return NOTHING;
  const t = ctx.doc.tokens;
  const text = ctx.doc.text;
  const ev: Evidence[] = [];
  let score = 0;
  // A harm an older reader read (a fault, a promise not kept, ironic quotes, a judgement): the lofty praise is around it.
  const priorHarm = prior.some((e) => HARM_WHY.has(e.why ?? ''));
  const sentText = (s: number) => {
    const sent = ctx.doc.sentences[s];
    return sent ? text.slice(sent.start, Math.min(text.length, sent.end + 4)) : '';
  };
  let lofty = false;
  let thanked = false;
  // Words an older reader already read as sarcasm are not read again: what this reader adds there is the money taken.
  const seen = (a: number, b: number) => prior.some((e) => e.why === 'tone.why.sarcasm' && e.start - ctx.offset < t[b].end && t[a].start < e.end - ctx.offset);
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    const end = loftyAt(t, i);
    if (!lofty && end >= 0) {
      const skip: Praise = { from: i, to: end + 1 };
      const st = sentText(x.sentence);
      // Negated («بی‌نظیر نبود») or asked («بی‌نظیره؟»).
      const next = t[end + 1];
      if ((next && next.clause === x.clause && next.neg) || /[؟?]/.test(st)) continue;
      let harm = -1;
      for (let k = 0; k < t.length && harm < 0; k++) if (t[k].sentence !== x.sentence && (harmAt(t, k, skip) || moneyTaken(t, k))) harm = k;
      if ((harm < 0 && !priorHarm) || remedied(t, skip) || (harm >= 0 && conceded(t, harm, i))) continue;
      let really = false;
      for (let j = i - 1; j >= 0 && j >= i - 4 && t[j].sentence === x.sentence; j--) if (REALLY.test(t[j].key) || (t[j].key === 'همیشه' && t[j - 1]?.key === 'مثل') || (t[j].key === 'که' && t[j - 1]?.key === 'هم')) really = true;
      if (t[end + 1] && t[end + 1].sentence === x.sentence && REALLY.test(t[end + 1].key)) really = true;
      const marked = really || IRONY_EMOJI.test(st) || (harm >= 0 && t[harm].sentence < x.sentence);
      if (!marked || seen(i, end)) continue;
      lofty = true;
      score += 1.1;
      let from = i;
      while (from > 0 && t[from - 1].sentence === x.sentence && from > i - 2 && (REALLY.test(t[from - 1].key) || t[from - 1].key === 'همیشه' || t[from - 1].key === 'مثل')) from--;
      ev.push(ctx.ev({ start: t[from].start, end: t[end].end }, 'tone.why.sarcasm'));
    }
    if (!thanked && (THANKS.test(x.key) || (/^(?:دستتون|دستتان|دستت)$/.test(x.key) && t[i + 1]?.key === 'درد') || (/^(?:دمتون|دمتان|دمت)$/.test(x.key) && t[i + 1]?.key === 'گرم'))) {
      const last = THANKS.test(x.key) ? i : i + (x.key.startsWith('دم') ? 1 : 2);
      const n = t[last + 1];
      if (n && (TO_COME.test(n.key) || (n.neg && n.clause === x.clause && THANKS.test(x.key)))) continue;
      const st = sentText(x.sentence);
      let really = false;
      for (let j = Math.max(0, i - 2); j <= last + 2 && j < t.length; j++) if (t[j].sentence === x.sentence && REALLY.test(t[j].key)) really = true;
      if (!really && !STRONG_IRONY.test(st)) continue;
      let taken = -1;
      for (let k = 0; k < t.length && taken < 0; k++) if (moneyTaken(t, k)) taken = k;
      const skip: Praise = { from: i, to: last + 1 };
      if (taken < 0 || remedied(t, skip) || conceded(t, taken, i)) continue;
      thanked = true;
      let to = last;
      while (to + 1 < t.length && t[to + 1].sentence === x.sentence && to < last + 2 && REALLY.test(t[to + 1].key)) to++;
      // The money taken is shown beside the thanks (the thanks alone is no evidence). Thanks an older reader already read as
      // sarcasm (weakly, with no harm it knew): the money taken confirms it, shown alone.
      let v = taken + 1;
      while (v < t.length && v <= taken + 2 && !(t[v].verb || PARTICIPLE.test(t[v].key))) v++;
      const money = ctx.ev({ start: t[taken].start, end: t[Math.min(v, t.length - 1)].end }, 'tone.why.failure');
      if (seen(i, to)) {
        score += 0.7;
        ev.push(money);
      } else {
        score += 1.1;
        ev.push(ctx.ev({ start: t[i].start, end: t[to].end }, 'tone.why.sarcasm'), money);
      }
    }
  }
  // A step against the company after «وگرنه», or «دفعه آخرم بود» after a harm told: once.
  const seenAs = (a: number, b: number, whys: ReadonlySet<string>) => prior.some((e) => whys.has(e.why ?? '') && e.start - ctx.offset < t[b].end && t[a].start < e.end - ctx.offset);
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    const otherwise = x.key === 'وگرنه' || (x.key === 'صورت' && t[i - 1]?.key === 'این' && t[i - 2]?.key === 'غیر');
    if (otherwise) {
      const end = stepAfter(t, i);
      const st = sentText(x.sentence);
      if (end < 0 || /[؟?]/.test(st) || seenAs(i, end, AS_LEAVING)) continue;
      // «وگرنه فردا خودم میام میگیرم»: the customer's own fallback.
      let own = false;
      for (let j = i + 1; j < end; j++) if (t[j].key === 'خودم') own = true;
      if (own) continue;
      score += 1.1;
      ev.push(ctx.ev({ start: t[i].start, end: t[end].end }, 'tone.why.threat'));
      break;
    }
    // «دفعه آخرم بود», «بار آخرمه»: the customer's last time, after a harm told.
    if (/^(?:دفعه|بار)$/.test(x.key) && /^(?:آخرم|آخرمه|آخرمون|آخرمونه)$/.test(t[i + 1]?.key ?? '') && !seenAs(i, i + 1, AS_LEAVING)) {
      const skip: Praise = { from: i, to: i + 2 };
      let harm = priorHarm;
      for (let k = 0; k < t.length && !harm; k++) if (t[k].sentence !== x.sentence && (harmAt(t, k, skip) || moneyTaken(t, k))) harm = true;
      if (!harm || /[؟?]/.test(sentText(x.sentence))) continue;
      score += 1.1;
      ev.push(ctx.ev({ start: t[i].start, end: t[Math.min(i + 2, t.length - 1)].sentence === x.sentence && t[i + 2]?.key === 'بود' ? t[i + 2].end : t[i + 1].end }, 'tone.why.leaving'));
      break;
    }
  }
  if (score === 0) return NOTHING;
  return { score: Math.min(score, 1.6), evidence: ev };
}
