/**
 * Persian frustration, session 29 (tone29): thanks or praise marked as irony, pooled over the fresh splits late20 … late28
 * (seen in every one of them), tried on a look-alike set written across trades and registers
 * (scripts/tone-kinds29-matrix.ts, run by tests/unit/tone/kinds29.test.ts), never on a development sentence's nouns.
 *
 * - **thanks or praise with a sour mark over a harm** (sarcasm): «ممنون که … فرستادین 😐», «فوق‌العاده‌ست که … سفارش
 *   نمی‌گیره 🙃», «مرسی بابت قبض … 👌 لابد …», «تبریک میگم بابت … که دوباره کندینش 👏👏», «mersi vaghan 👏👏 … cancel shode»,
 *   «dametoon garm 👏👏 … net nadarim». Session 25's reader (./frustration.fa.kinds25.ts) reads the same figure where the harm is
 *   one of its fault words; fresh writers tell the harm in words it does not list (a size sent for another, a bill out of
 *   scale, a road dug up again, a service closed on the last day) and mark the irony instead, so here the mark carries
 *   more and the harm may be told more loosely:
 *   - a sour emoji anywhere in the message (🙃 😐 😑 🙄 😒 🤡 🤦), or «لابد» in a sentence after the thanks, or a clap or an
 *     OK hand (👏 👌);
 *   - a sign of harm: session 25's fault words, a negated verb of the company or of a thing (not the customer's own, not
 *     «مشکلی نداره»), a wait («منتظر», «معطل»), something asked back (a return, money back, amends: «مرجوعی», «پس بدید»,
 *     «جبران», «خسارت»), «دوباره / باز» with the company's doing, «لااقل», «حالا چیکار کنم», a bill or price figure, ironic
 *     quotes in what is thanked for.
 *   The clap and the OK hand are as often sincere («دمتون گرم، همون روز رسید 👌»): with them, not when the message tells a
 *   success or the thanks go to a person («مرسی از پیکتون …»), nor with 🙏 and no sour mark, nor across a concession
 *   («ولی», «اما», «فقط») between the praise and the harm. Never thanks to come («ممنون میشم»), nor the praise denied.
 *
 * Cheap: one test on the lower-cased text (an irony mark and a thanks or praise word) before any token is read.
 */
import type { CueContext } from '../cue.ts';
import type { ToneToken } from '../layer.ts';
import type { Evidence } from '../types.ts';
import { harmAt, successIn } from './frustration.fa.kinds25.ts';

type T = readonly ToneToken[];
const NOTHING = { score: 0, evidence: [] as Evidence[] };

const SOUR = /\u{1F643}|\u{1F610}|\u{1F611}|\u{1F644}|\u{1F612}|\u{1F921}|\u{1F926}/u;
const CLAP = /\u{1F44F}|\u{1F44C}/u;
const PRAYER = /\u{1F64F}/u;
const GATE_FA = /درد\s*نکن|دم(?:تون|تان|ت)\s*گرم|ممنون|مرس[یي]|متشکر|سپاس|تشکر|آفر[یي]ن|ا[یي]ول|تبر[یي]ک|عال[یي]|فوق\s*\u200c?العاد|محشر|به\s*به/;
const GATE_FINGLISH = /\b(?:mersi|merci|mamnoon|mamnun|mamnoonam|dametoon garm|damet garm|dametun garm|dastetoon dard nakone|dastet dard nakone|afarin|ival|eyval|aalie|alie|aaliye|aliye|tabrik)\b/;

// ---- Persian script ----
const THANKS = /^(?:ممنون|ممنونم|مرسی|متشکرم|متشکر|سپاس|سپاسگزارم|سپاسگذارم|تشکر)$/;
const PRAISE = /^(?:آفرین|ایول|عالیه|عالی|فوقالعاده|فوقالعادست|فوقالعادهست|محشره|محشر)$/;
const TO_COME = /^(?:میشم|میشیم|میشوم|خواهم|میشدم)$/;
/** Thanks to a person of the company («مرسی از پیکتون», «از همکارتون آقای …»): praise of their manners, sincere. */
const PERSON = /^(?:آقای|خانم|همکار|همکارتون|همکارتان|همکاراتون|پیک|پیکتون|پیکتان|تکنسین|تکنسینی|تکنسینتون|راهنما|راهنماتون|کارشناس|کارشناستون|نامهرسان|راننده|رانندهتون|نصاب|نصابتون|تعمیرکار|تعمیرکارتون|پرستار|پرستارتون|دکتر|منشی|پشتیبان|اپراتور|مهندس|مهندستون|مهندستون|مهندسی|استاد|مربی|مربیتون)$/;
const CONCEDE = /^(?:ولی|اما|فقط|البته|هرچند|منتها|ولیکن)$/;
/** Words of waiting, of something asked back, of amends: the harm named by what the customer wants or went through. */
const WAIT_OR_REDRESS = /^(?:منتظر|منتظرم|منتظریم|منتظرشم|منتظرش|معطل|معطلم|علاف|نگهمون|نگهمان|نگهم|مرجوع|مرجوعی|مرجوعیش|مرجوعش|تعویض|تعویضش|جبران|خسارت|خسارتشو|خسارتمو|مابهالتفاوت|لااقل|حداقل)$/;
/** «پس بدید / برگردونید»: money or goods asked back. */
const GIVE_BACK = /^(?:پس|برمیگردونید|برمیگردونین|برمیگردانید|برگردونید|برگردونین|برگردانید)$/;
const AGAIN = /^(?:دوباره|باز|بازم|مجدد|مجددا)$/;
/** «حالا چیکار کنم؟»: left to cope with it. */
const WHAT_DO = /^(?:چیکار|چکار|چهکار)$/;
const BILL = /^(?:قبض|صورتحساب|فاکتور)$/;
const FIGURE = /^(?:\d+|[۰-۹]+|یک|دو|سه|چهار|پنج|ده|صد)$|(?:میلیونی|تومنی|تومانی|هزاری)$/;
/** Negated verbs that say nothing of a harm: the copula, knowing, wanting, «مشکلی نداره». */
const QUIET_LEMMA = /^(?:بودن|دانستن|خواستن)$/;
const NOTHING_AMISS = /^(?:مشکل|مشکلی|اشکال|اشکالی|عیب|عیبی|ایراد|ایرادی|عجله|عجلهای|لزوم|لزومی|نیاز|نیازی|فرق|فرقی|اهمیت|اهمیتی|کاری|خبر)$/;

interface At { from: number; to: number }

/** The thanks or praise formula at token i: its span, or null (thanks to come, praise denied). */
function formulaAt(t: T, i: number): At | null {
  const k = t[i].key;
  const n = t[i + 1]?.key ?? '';
  if (/^(?:دستتون|دستتان|دستت|دستشون)$/.test(k) && n === 'درد' && /^(?:نکنه|نکند|نکنن)$/.test(t[i + 2]?.key ?? '')) return { from: i, to: i + 3 };
  if (/^(?:دمتون|دمتان|دمت)$/.test(k) && n === 'گرم') return { from: i, to: i + 2 };
  if (k === 'تبریک' && t[i + 1]?.sentence === t[i].sentence) return { from: i, to: i + 1 };
  if (k === 'به' && n === 'به' && t[i + 1].sentence === t[i].sentence) return { from: i, to: i + 2 };
  // «فوق العاده‌ست که …» written with a space.
  if (k === 'فوق' && /^(?:العاده|العادست|العادهست|العادس)$/.test(n)) return { from: i, to: i + 2 };
  if (PRAISE.test(k)) return t[i + 1]?.neg && t[i + 1].clause === t[i].clause ? null : { from: i, to: i + 1 };
  if (THANKS.test(k)) {
    if (TO_COME.test(n) || t[i - 1]?.key === 'پیشاپیش' || (t[i + 1]?.neg && t[i + 1].clause === t[i].clause)) return null;
    return { from: i, to: i + 1 };
  }
  return null;
}

/** A sign of harm at token k (outside the formula), as the text span that tells it: see the header. */
function harmSign(ctx: CueContext, t: T, k: number, p: At): { start: number; end: number } | null {
  if (k >= p.from && k < p.to) return null;
  const x = t[k];
  // Ironic quotes in what is thanked for («ممنون بابت اتاق «رو به دریا» که …»): the quoted words.
  if (k === p.to && /^(?:از|بابت)$/.test(x.key)) {
    const end = t[Math.min(k + 4, t.length - 1)].end;
    const q = /[«"“][^»"”\n]{1,40}[»"”]?/.exec(ctx.doc.text.slice(x.end, end + 40));
    if (q && q.index < end - x.end) return { start: x.end + q.index, end: x.end + q.index + q[0].length };
  }
  return harmTold(t, k, p) ? { start: x.start, end: x.end } : null;
}

function harmTold(t: T, k: number, p: At): boolean {
  if (harmAt(t, k, p)) return true;
  const x = t[k];
  // A negated verb of the company or of a thing («سفارش نمی‌گیره», «ندادید»); not the customer's own, the copula or «نداره».
  // «دیگه کرش نمی‌کنه», «دیگه صدا نمیده»: a fault no longer there is good news.
  let noLonger = false;
  for (let j = k - 1; j >= 0 && j >= k - 3 && t[j].clause === x.clause; j--) if (t[j].key === 'دیگه' || t[j].key === 'دیگر') noLonger = true;
  if (x.verb && x.neg && !x.pastFirst && !/(?:م)$/.test(x.key) && !noLonger) {
    // «پذیرش نداره», «اینترنت نداریم»: a thing lacking; not «مشکلی نداره», «عجله‌ای ندارم» (nothing amiss).
    if (x.lemma === 'داشتن') return !NOTHING_AMISS.test(t[k - 1]?.key ?? '');
    if (!QUIET_LEMMA.test(x.lemma)) return true;
  }
  // «تموم شده», «ناموجوده»: sold out or gone.
  if (/^(?:ناموجود|ناموجوده)$/.test(x.key) || (/^(?:تموم|تمام)$/.test(x.key) && /^(?:شده|شد|شدہ|کردن|کرده)$/.test(t[k + 1]?.key ?? ''))) return true;
  if (WAIT_OR_REDRESS.test(x.key)) return true;
  if (GIVE_BACK.test(x.key) && (x.key !== 'پس' || /^(?:بدید|بدین|بدهید|بده|بگیرم)$/.test(t[k + 1]?.key ?? ''))) return true;
  // «دوباره کندینش», «باز قطع کردید»: the company's doing again.
  if (AGAIN.test(x.key)) for (let j = k + 1; j < t.length && j <= k + 4 && t[j].clause === x.clause; j++) if (t[j].verb && t[j].second) return true;
  if (WHAT_DO.test(x.key) && /^(?:کنم|کنیم)$/.test(t[k + 1]?.key ?? '')) return true;
  return BILL.test(x.key) && FIGURE.test(t[k + 1]?.key ?? '');
}

const MARKS = /^\s*(?:[\u{1F44F}\u{1F44C}\u{1F643}\u{1F610}\u{1F611}\u{1F644}\u{1F612}\u{1F921}\u{1F926}\u{1F64F}]\s*)+/u;
const ANY_MARK = /[\u{1F44F}\u{1F44C}\u{1F643}\u{1F610}\u{1F611}\u{1F644}\u{1F612}\u{1F921}\u{1F926}]/u;

/**
 * The words that carry the irony: the formula with what it thanks for («مرسی بابت قبض ۲ میلیونی», «ممنون که شلوار …», to
 * three words in its clause) and the mark right after it.
 */
function ironySpan(ctx: CueContext, t: T, p: At, labodAt: number): { start: number; end: number } {
  const text = ctx.doc.text;
  let to = p.to - 1;
  if (/^(?:از|بابت|که)$/.test(t[p.to]?.key ?? '')) {
    to = p.to;
    while (to + 1 < t.length && to < p.to + 3 && t[to + 1].clause === t[p.to].clause && !/^(?:که|اینکه)$/.test(t[to + 1].key) && !ANY_MARK.test(text.slice(t[to].end, t[to + 1].start))) to++;
  }
  const m = MARKS.exec(text.slice(t[to].end));
  if (m) return { start: t[p.from].start, end: t[to].end + m[0].trimEnd().length };
  if (to > p.from || !THANKS.test(t[p.from].key)) return { start: t[p.from].start, end: t[to].end };
  // A bare thanks word: with the rest of its sentence when its mark closes it («خیلی ممنون، … صادر شده 🙄»); else the
  // word itself (the polite cue then does not read it as courtesy), beside the harm.
  const sent = ctx.doc.sentences[t[p.from].sentence];
  const e = sent ? ANY_MARK.exec(text.slice(t[p.from].end, sent.end + 4)) : null;
  if (e && labodAt < 0) return { start: t[p.from].start, end: t[p.from].end + e.index + e[0].length };
  return t[p.from];
}

type Read = { score: number; evidence: Evidence[] };

function readPersian(ctx: CueContext, t: T): Read {
  const text = ctx.doc.text;
  const sour = SOUR.test(text);
  const clap = CLAP.test(text);
  const prayerOnly = PRAYER.test(text) && !sour;
  let labodAt = -1;
  for (let k = 0; k < t.length; k++) if (t[k].key === 'لابد') labodAt = k;
  if (!sour && !clap && labodAt < 0) return NOTHING;
  for (let i = 0; i < t.length; i++) {
    const p = formulaAt(t, i);
    if (!p) continue;
    // «لابد» counts only after the thanks (a supposition that mocks: «لابد خونه ما کارخونه فولاده»).
    const labod = labodAt >= 0 && t[labodAt].sentence > t[i].sentence;
    if (!sour && !clap && !labod) continue;
    const toPerson = /^(?:از|بابت)$/.test(t[p.to]?.key ?? '') && (PERSON.test(t[p.to + 1]?.key ?? '') || PERSON.test(t[p.to + 2]?.key ?? ''));
    // Only the clap or the OK hand: sincere when a success is told, the thanks go to a person, or 🙏 stands beside them.
    if (!sour && !labod && (toPerson || prayerOnly)) continue;
    let harm = -1;
    let span: { start: number; end: number } | null = null;
    let success = false;
    for (let k = 0; k < t.length; k++) {
      if (harm < 0 && (span = harmSign(ctx, t, k, p))) harm = k;
      if (!sour && successIn(t, k, p)) success = true;
    }
    if (harm < 0 || success) continue;
    if (!sour) {
      const [a, b] = harm < p.from ? [harm, p.from] : [p.to, harm];
      let conceded = false;
      for (let j = a; j < b; j++) if (CONCEDE.test(t[j].key)) conceded = true;
      if (conceded) continue;
    }
    return { score: 1.1, evidence: [ctx.ev(ironySpan(ctx, t, p, labod ? labodAt : -1), 'tone.why.sarcasm'), ctx.ev(span ?? t[harm], 'tone.why.failure')] };
  }
  return NOTHING;
}

// ---- Finglish (read by the English layer: plain lower-case words) ----
const F_THANKS = /^(?:mersi|merci|mamnoon|mamnun|mamnoonam|afarin|ival|eyval|aalie|alie|aaliye|aliye|tabrik)$/;
const F_TO_COME = /^(?:misham|mishim|mishavam)$/;
/** Finglish harm: a negated verb (na-/nemi-), a wait, a cancel, a cut, a fault, money asked back. */
const F_HARM = /^(?:na(?:dadi[nd]|dad|darim|dare|oomad|umad|yomad|yoomad|reside|resid|shod|shode|kardi[nd]|ferestadi[nd]|dadin)|nemi(?:de|dan|dadi[nd]|rese|resid|ad|yad|ya|gire|girid|shod|she|kone|konid)|cancel|canceled|cancelled|cansel|kansel|ghat|ghate|ghatee|kharab|kharabe|montazer|moatal|jarime|pas|bargardoonid|bargardunid)$/;

function readFinglish(ctx: CueContext, t: T): Read {
  const text = ctx.doc.text;
  const sour = SOUR.test(text);
  if (!sour && !CLAP.test(text)) return NOTHING;
  for (let i = 0; i < t.length; i++) {
    const k = t[i].key;
    let p: At | null = null;
    if (F_THANKS.test(k) && !F_TO_COME.test(t[i + 1]?.key ?? '')) p = { from: i, to: i + 1 };
    else if (/^(?:dametoon|dametun|damet|dametan)$/.test(k) && t[i + 1]?.key === 'garm') p = { from: i, to: i + 2 };
    else if (/^(?:dastetoon|dastetun|dastet)$/.test(k) && t[i + 1]?.key === 'dard' && /^nakon/.test(t[i + 2]?.key ?? '')) p = { from: i, to: i + 3 };
    if (!p) continue;
    if (!sour && PRAYER.test(text)) continue;
    if (/^(?:az|babat)$/.test(t[p.to]?.key ?? '') && /^(?:agha|aghaye|khanom|peyk|peyketoon|hamkar|hamkaretoon|technician|ranande)/.test(t[p.to + 1]?.key ?? '')) continue;
    for (let j = 0; j < t.length; j++) {
      if (j >= p.from && j < p.to) continue;
      if (!F_HARM.test(t[j].key)) continue;
      // «pas bedid»: money asked back; a bare «pas» ("so") is no harm.
      if (t[j].key === 'pas' && !/^(?:bedid|bedin|bede|begiram)$/.test(t[j + 1]?.key ?? '')) continue;
      // The thanks with its mark right after it («mersi vaghan 👏👏»): never a bare thanks word.
      let to = t[p.to - 1].end;
      if (/^(?:vaghan|vaghean|vaghaan|vaqean|jeddan)$/.test(t[p.to]?.key ?? '')) to = t[p.to].end;
      const m = MARKS.exec(text.slice(to));
      const thanks = m ? { start: t[p.from].start, end: to + m[0].trimEnd().length } : { start: t[p.from].start, end: to };
      return { score: 1.1, evidence: [ctx.ev(thanks, 'tone.why.sarcasm'), ctx.ev({ start: t[j].start, end: t[j].end }, 'tone.why.failure')] };
    }
  }
  return NOTHING;
}

/**
 * Session 29's Persian reading: thanks or praise with a sour mark over a harm. Where an older reader already read sarcasm,
 * nothing is added (counted once) but its bare thanks word gives way to this reading's phrase.
 */
export function readFaKinds29(ctx: CueContext, prior: Evidence[]): { score: number; evidence: Evidence[] } {
  if (ctx.empty) return NOTHING;
  const read: Read = ctx.fa ? (GATE_FA.test(ctx.low) ? readPersian(ctx, ctx.doc.tokens) : NOTHING) : GATE_FINGLISH.test(ctx.low) ? readFinglish(ctx, ctx.doc.tokens) : NOTHING;
  if (read.score === 0 || !prior.some((e) => e.why === 'tone.why.sarcasm')) return read;
  // Sarcasm an older reader read counts once. Its bare thanks word («مرسی», «ممنون») inside this reading's fuller phrase
  // gives way to the phrase (the list is the reader's evidence so far, as frustration.ts's prune does for session 25).
  const full = read.evidence[0];
  let bare = false;
  for (let k = prior.length - 1; k >= 0; k--) {
    const e = prior[k];
    if (e.why === 'tone.why.sarcasm' && THANKS.test(e.text.trim()) && e.start >= full.start && e.end <= full.end && e.end - e.start < full.end - full.start) {
      prior.splice(k, 1);
      bare = true;
    }
  }
  return bare ? { score: 0, evidence: [full] } : NOTHING;
}
