/**
 * Persian urgency, session 24 (tonefa24): kinds named from how fresh writers' urgent messages differ from calm ones,
 * each tried on a look-alike set written across trades and both registers (scripts/tone-kinds24-fa-matrix.ts, run by
 * tests/unit/tone/kinds24.fa.test.ts), never on a development sentence's nouns. All read lib/nlp's tokens (verb person
 * and polarity, sentences), behind one anchor test each (most messages hold none of the words).
 *
 * - **a near deadline that a loss follows if missed**: «اگه تا آخر این هفته نرسه مهلت ثبت‌نام تموم میشه», «تا پایان هفته
 *   جاری لازم دارم؛ در غیر این صورت قرارداد لغو خواهد شد», «باید امروز پرداخت بشه وگرنه بلیط می‌سوزه»: a condition
 *   («اگه … نرسه / نشه», «وگرنه», «در غیر این صورت») on a time within days, whose other branch is something lost to the
 *   customer (cancelled, expired, void, fined, missed). Not an ultimatum, whose other branch is the customer's own act
 *   («وگرنه شکایت می‌کنم», «اگه تا فردا درست نشه خطمو می‌برم»: that is frustration, not time pressure), nor a far time
 *   («تا آخر ماه»، «تا سال بعد»).
 * - **an occasion at hand and the thing asked for before it**: «تولدش فرداست … امکانش هست امروز بفرستید؟», «جشن امشبه،
 *   میشه زودتر برسونید؟»: the day of an occasion said as its predicate (a day word with the copula: «فرداست», «امشبه»,
 *   «پس‌فرداست») and, in a question or request, a nearer time or «زودتر». Not the occasion alone («عروسیم فرداست، مرسی
 *   بابت لباس»), nor «امروزه» (nowadays).
 * - **a medicine named as the goods of a past delivery** (calm): «داروی ارسالی بدون زنجیره سرد تحویل گردید», «انسولین
 *   سفارش دادم، گرم رسید»: the medicine is the thing complained of, not someone's health at stake now; its safety word
 *   is no evidence unless the customer says they are without it or need it («دارو ندارم», «داروم تموم شده», «امشب لازمش
 *   دارم»).
 */
import { anchor, has } from '../anchors.ts';
import type { CueContext } from '../cue.ts';
import type { Hit } from '../tokens.ts';
import type { Evidence } from '../types.ts';

type Tok = CueContext['doc']['tokens'][number];

// ---- a near deadline that a loss follows if missed ----
const IF = new Set(['اگه', 'اگر', 'وگرنه', 'درغیراینصورت', 'غیر']);
const A_IF = anchor({ key: IF });
/** Times within days («تا فردا», «آخر این هفته», «پایان هفته جاری», «تا ساعت ۵»), read on single tokens. */
const NEAR_DAY = /^(?:امروز|امشب|فردا|پسفردا|فرداصبح|ظهر|عصر|(?:یک|دو|سه|چهار|پنج)?شنبه|جمعه)$/;
const WEEK = /^(?:هفته|هفتهی)$/;
/** Words that name what is lost when the time passes. */
const LOSS = new Set(['لغو', 'کنسل', 'تموم', 'تمام', 'باطل', 'ابطال', 'منقضی', 'جریمه', 'میسوزه', 'میسوزد', 'بسوزه', 'بسوزد', 'سوخت', 'میسوزن', 'محروم', 'عقب', 'آزاد', 'رد', 'منتفی', 'غیرفعال', 'مسدود']);
/** A first-person present verb of one's own act («می‌برم», «شکایت می‌کنم», «می‌رم»): the other branch is an ultimatum. */
const FIRST_ACT = /^(?:می|نمی)\S{2,}(?:م|یم)$/;
/** First-person forms of «شدن», of losing and of being fined («جریمه می‌شم», «از دست میدم», «جریمه می‌خورم»): a loss suffered, not an act. */
const FIRST_SUFFERED = /^(?:می|نمی)(?:شم|شوم|شیم|شویم|دم|دهم|دیم|دهیم|خورم|خوریم)$/;
/** Words that go on a time phrase («این هفته», «هفته جاری», «ساعت ۵»). */
const TIME_TAIL = /^(?:این|همین|هفته|هفتهی|جاری|ساعت|صبح|ظهر|عصر|شب|\d+)$/;
/** Subjunctive and imperative forms after the loss word: the other branch is asked for. */
const DEMANDED = /^(?:گردد|گردند|شود|شوند|بشه|بشن|بشود|بشوند|کنید|کنین|بکنید|بکنین|نمایید|فرمایید|کن)$/;
const FUTURE_FIRST = /^(?:خواهم|خواهیم|میخوام|میخواهم)$/;

/** Index of the first token of a near time in [from, to) of the tokens, or -1 («تا پایان هفته جاری», «آخر این هفته», «فردا»). */
function nearTime(t: readonly Tok[], from: number, to: number): number {
  for (let i = Math.max(0, from); i < to && i < t.length; i++) {
    const k = t[i].key;
    if (NEAR_DAY.test(k)) return i;
    // «همین هفته», «این هفته», «آخر هفته», «پایان هفته», «هفته جاری»: not «هفته بعد», «دو هفته».
    if (WEEK.test(k)) {
      const p = t[i - 1]?.key;
      const n = t[i + 1]?.key;
      // A deadline, not a week named («مبلغ این هفته»): «آخر / پایان / تا» before it.
      const pp = t[i - 2]?.key;
      if (p === 'آخر' || p === 'پایان') return pp === 'تا' ? i - 2 : i - 1;
      if ((p === 'این' || p === 'همین') && (pp === 'آخر' || pp === 'پایان' || pp === 'تا')) return i - 2;
      if (n === 'جاری' && p === 'تا') return i - 1;
    }
    // «تا ساعت ۵»: a clock time after «تا».
    if (k === 'ساعت' && t[i - 1]?.key === 'تا' && /^\d/.test(t[i + 1]?.key ?? '')) return i - 1;
  }
  return -1;
}

/** The loss in the branch [from, to), or -1 when the branch is the customer's own act (an ultimatum) or names no loss. */
function lossIn(t: readonly Tok[], from: number, to: number): number {
  let loss = -1;
  for (let i = from; i < to && i < t.length; i++) {
    const x = t[i];
    const k = x.key;
    if (loss < 0 && (LOSS.has(k) || (k === 'از' && t[i + 1]?.key === 'دست'))) loss = i;
    // «… در غیر این صورت اشتراک لغو گردد», «وگرنه کنسلش کنید»: a subjunctive or an imperative asks for it (a demand), it tells no loss.
    if (loss >= 0 && i > loss && i <= loss + 3 && DEMANDED.test(k)) return -1;
    if (FUTURE_FIRST.test(k) && t[i + 1] && !/^(?:شد|بود)$/.test(t[i + 1].key)) return -1;
    if (FIRST_ACT.test(k) && !FIRST_SUFFERED.test(k) && !(t[i - 1]?.key === 'دست' && t[i - 2]?.key === 'از')) return -1;
  }
  return loss;
}

/** «اگه تا آخر این هفته نرسه مهلت تموم میشه», «… تا پایان هفته جاری؛ در غیر این صورت … لغو خواهد شد». */
export function lossIfMissed24(ctx: CueContext): Evidence[] {
  if (!ctx.fa || !has(ctx.doc, A_IF)) return [];
  const t = ctx.doc.tokens;
  for (let i = 0; i < t.length; i++) {
    const k = t[i].key;
    const s = t[i].sentence;
    let end = i + 1;
    while (end < t.length && t[end].sentence === s) end++;
    let near = -1;
    let branch = -1;
    if (k === 'اگه' || k === 'اگر') {
      // The condition: a negative verb not of the first person within a few words, a near time between («اگه تا فردا نرسه»).
      let v = -1;
      for (let j = i + 1; j < Math.min(end, i + 9); j++) if (t[j].verb && t[j].neg && !FIRST_ACT.test(t[j].key)) { v = j; break; }
      if (v < 0) continue;
      near = nearTime(t, i + 1, v);
      branch = v + 1;
    } else if (k === 'وگرنه' || k === 'درغیراینصورت' || (k === 'غیر' && t[i - 1]?.key === 'در' && t[i + 1]?.key === 'این' && t[i + 2]?.key === 'صورت')) {
      // The time is said before, in this sentence or the one before it.
      let from = i;
      while (from > 0 && t[from - 1].sentence >= s - 1) from--;
      near = nearTime(t, from, i);
      branch = k === 'غیر' ? i + 3 : i + 1;
    } else continue;
    if (near < 0) continue;
    const loss = lossIn(t, branch, end);
    if (loss < 0) continue;
    // The time phrase to its last word («آخر این هفته», «پایان هفته جاری», «تا ساعت ۵»).
    let last = near;
    while (last + 1 < t.length && t[last + 1].sentence === t[near].sentence && TIME_TAIL.test(t[last + 1].key)) last++;
    // «از دست می‌رود»: the loss with its verb.
    const lossEnd = t[loss].key === 'از' ? t[Math.min(loss + 2, end - 1)] : t[loss];
    return [ctx.ev({ start: t[near].start, end: t[last].end }, 'tone.why.deadline'), ctx.ev({ start: t[loss].start, end: lossEnd.end }, 'tone.why.deadline')];
  }
  return [];
}

// ---- an occasion at hand and the thing asked for before it ----
/** A day word with the copula: «فرداست», «فرداس», «امشبه», «پسفرداست» (not «امروزه»: nowadays). */
const OCCASION_DAY = /^(?:فردا|پسفردا|امشب)(?:ست|س|ه)$/;
const A_OCCASION = anchor({ key: OCCASION_DAY });
const SOONER = /^(?:امروز|امشب|زودتر|قبلش|قبل|فوری|سریعتر|همین)$/;

/** «تولدش فرداست … امکانش هست امروز بفرستید؟». */
export function occasionNear24(ctx: CueContext): Evidence[] {
  if (!ctx.fa || !has(ctx.doc, A_OCCASION)) return [];
  const t = ctx.doc.tokens;
  const at = t.findIndex((x) => OCCASION_DAY.test(x.key));
  // The occasion is a thing named before the day word, in its own clause («تولدش فرداست»), not a question about it.
  if (at <= 0 || t[at - 1].sentence !== t[at].sentence || t[at - 1].verb) return [];
  const text = ctx.doc.text;
  for (let i = 0; i < t.length; i++) {
    if (i === at || !SOONER.test(t[i].key) || t[i].sentence === t[at].sentence && i < at) continue;
    // In a question or a request: the sentence ends in «?», or holds a second-person verb («بفرستید»، «برسونید»).
    const s = t[i].sentence;
    let asked = false;
    for (let j = 0; j < t.length; j++) if (t[j].sentence === s && t[j].verb && t[j].second && !t[j].past && !t[j].neg) asked = true;
    if (!asked) for (const q of ctx.questions) if (q.start - ctx.offset <= t[i].start && t[i].end <= q.end - ctx.offset) asked = true;
    if (!asked) {
      const tail = text.slice(t[i].end, ctx.doc.sentences[s]?.end ?? text.length);
      asked = /[?؟]/.test(tail);
    }
    if (asked) return [ctx.ev(t[at], 'tone.why.deadline'), ctx.ev(t[i], 'tone.why.time')];
  }
  return [];
}

// ---- a medicine named as the goods of a past delivery (calm) ----
const MEDICINE = /^(?:دارو|داروی|داروها|داروهای|داروم|داروهام|انسولین|انسولینم)$/;
/** Words that say the customer is without the medicine or needs it: the safety word stays evidence then. */
const WITHOUT = /^(?:ندارم|نداریم|نداره|تموم|تمام|تمومه|نیاز|نیازمند|لازم|لازمش|کفایت|کافی|فوری|اورژانسی|اضطراری|بستری|حالش|حالم|بیمار|بیمارم|مریض|مریضم)$/;
const DELIVERED = /^(?:تحویل|ارسالی|رسید|رسیده|اومد|اومده|آمد|آمده|فرستادید|فرستادین|دادید|دادین|گرفتم|باز)$/;

/** Whether the safety hit `h` is a medicine told as the goods of a delivery already made, with no need of it said. */
export function deliveredMedicine24(ctx: CueContext, h: Hit): boolean {
  if (!ctx.fa) return false;
  const t = ctx.doc.tokens;
  if (!MEDICINE.test(t[h.from]?.key ?? '')) return false;
  let delivered = false;
  for (const x of t) {
    if (WITHOUT.test(x.key)) return false;
    if (DELIVERED.test(x.key) || (x.verb && x.past && !x.neg && x.lemma === 'رسیدن')) delivered = true;
  }
  // A delivery told in the past and no present-tense need: a complaint about the goods.
  if (!delivered) return false;
  for (const x of t) if (x.verb && !x.past && x.second && !x.neg && t[h.from].sentence === x.sentence) return false;
  return true;
}
