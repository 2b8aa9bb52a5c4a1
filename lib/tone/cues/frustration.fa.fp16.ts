/**
 * Persian false alarms (and one unmistakable miss) of the frustration cue read off the sixteenth session's development split
 * calm15, by mechanism; each guard reads a construction, never one sentence:
 * - displeasure at another provider: a feeling aimed by «از» at a business the message marks as another or a former one
 *   («از یک شرکت باربری دیگر ناراضی بودم», «از اپراتور قبلیم خسته شده بودم»), the reason the customer came to this company;
 * - thanks said to a unilateral act (a miss): «دستتان درد نکند که … بی‌خبر … جلو انداختید», «ممنون که بدون اطلاع … لغو کردید»:
 *   thanks followed by «که» and what the company did (a second-person verb) without notice, or with the blame put on the
 *   customer («می‌گویید تقصیر خودمان بود»).
 */
import type { CueContext } from '../cue.ts';
import type { Hit } from '../tokens.ts';
import type { Evidence } from '../types.ts';
import type { ToneToken } from '../layer.ts';
import { prune } from './frustration.fa.fp15.ts';

type Toks = readonly ToneToken[];

const BUT = new Set(['ولی', 'اما', 'منتها', 'ولیکن']);

/** Marks of another or a former provider after its noun: «دیگر», «دیگه», «قبلی», «قبلیم», «سابق», «سابقم». */
const OTHER = /^(?:دیگر|دیگه|دیگری|قبلی|قبلیم|قبلیمون|قبلیام|سابق|سابقم|سابقمون|قدیمی|قدیمیم)$/;
/** Businesses a customer moves between: «شرکت», «فروشگاه», «اپراتور», «باربری», «بانک», «آژانس», «سایت». */
const PROVIDER = /^(?:شرکت|شرکتی|فروشگاه|فروشگاهی|سایت|سایتی|اپراتور|اپراتوری|باربری|بانک|بانکی|آژانس|آژانسی|پیمانکار|پیمانکاری|فروشنده|فروشندهای|مغازه|مغازهای|نمایندگی|پلتفرم|اپ|اپلیکیشن|برند|تعمیرگاه|تعمیرکار|کارگزاری|بیمه|بیمهای|اینترنت|سرویس|پیک|پیکی|رستوران|هتل|کلینیک|آموزشگاه|موسسه|مؤسسه)$/;
/** Words that put the company itself into the «از …» phrase: «از شما», «از خدماتتون». */
const YOURS = /^(?:شما|شماها|ازتون|ازتان)$|(?:تون|تان)$/;

/**
 * «از یک شرکت باربری دیگر خیلی ناراضی بودم»: a feeling (token range h) whose «از …» before it, in its clause, names a provider
 * marked as another or a former one, with no word of the company's inside the phrase.
 */
export function faAtOtherProvider(t: Toks, h: { from: number; to: number }): boolean {
  const x = t[h.from];
  if (!x || !x.fa) return false;
  for (let k = h.from - 1; k >= 0 && k >= h.from - 8 && t[k].clause === x.clause; k--) {
    if (t[k].key !== 'از') continue;
    // «از آنجایی که», «از اینکه»: "since", "that", not "from".
    if (/^(?:آنجا|آنجایی|اونجا|اونجایی|اینکه|این|وقتی|زمانی|همون|همان)$/.test(t[k + 1]?.key ?? '')) return false;
    let other = false;
    for (let j = k + 1; j < h.from; j++) {
      if (YOURS.test(t[j].key) || t[j].verb) return false;
      // The mark right after a provider's noun (or one word on: «شرکت باربری دیگر»), not «پاسخ‌های قبلی» (the company's own).
      if (OTHER.test(t[j].key) && (PROVIDER.test(t[j - 1].key) || (j - 2 > k && PROVIDER.test(t[j - 2].key)))) other = true;
    }
    return other;
  }
  return false;
}

/** Circumstances no one is answerable for: traffic, weather, an illness, an exam. */
const CIRCUMSTANCE = /^(?:ترافیک|ترافیکه|گرما|گرمای|سرما|سرمای|بارون|باران|برف|سیل|زلزله|طوفان|کرونا|آنفولانزا|بیماری|مریضی|امتحان|امتحانا|امتحانات|کنکور|شلوغی|آلودگی|تعطیلات)$/;

/** «واقعاً از این ترافیک کلافه شدم»: a feeling aimed by «از» (with «این», «اون» at most) at a circumstance, before it in its clause. */
export function faAtCircumstance(t: Toks, h: { from: number; to: number }): boolean {
  const x = t[h.from];
  if (!x || !x.fa) return false;
  for (let k = h.from - 1; k >= 1 && k >= h.from - 3 && t[k].clause === x.clause; k--) {
    if (!CIRCUMSTANCE.test(t[k].key)) continue;
    const p = t[k - 1].key === 'این' || t[k - 1].key === 'اون' || t[k - 1].key === 'همه' ? k - 2 : k - 1;
    return t[p]?.key === 'از';
  }
  return false;
}

/** Drops, in place, Persian hits aimed at another or a former provider, and feelings aimed at a circumstance (./frustration.ts, beside the third party). */
export function dropFaOtherProvider(ctx: CueContext, said: Hit[], categories: readonly string[], feelings: readonly string[]): void {
  if (!ctx.fa) return;
  const t = ctx.doc.tokens;
  prune(said, (h) => (categories.includes(h.category) && faAtOtherProvider(t, h)) || (feelings.includes(h.category) && faAtCircumstance(t, h)));
}

/** Words of a thing put right or done well: «درست کردید», «حل شد», «تعمیر», «عالی». */
const PUT_RIGHT = /^(?:درست|حل|تعمیر|رفع|عالی|عالیه|سریع|زود|جبران|برگردوندید|برگرداندید|پس)$/;

/** «بی‌خبر», «بدون اطلاع», «بدون هماهنگی», «سرخود»: done without a word to the customer. */
function unannounced(t: Toks, k: number): number {
  const x = t[k].key;
  if (/^(?:بیخبر|بیاطلاع|سرخود|خودسرانه|یکطرفه)$/.test(x)) return 1;
  if ((x === 'بدون' || x === 'بی') && /^(?:اطلاع|هماهنگی|خبر|اجازه|اطلاعرسانی)$/.test(t[k + 1]?.key ?? '')) return 2;
  return 0;
}

/** «می‌گویید تقصیر خودمان بود», «میگید مقصر خودم بودم»: the blame put on the customer. */
function blameOnCustomer(t: Toks, k: number): number {
  return /^(?:تقصیر|مقصر)$/.test(t[k].key) && /^(?:خودمان|خودمون|خودم|خودتان)$/.test(t[k + 1]?.key ?? '') && t[k + 1].key !== 'خودتان' ? 2 : 0;
}

const HANDS: ReadonlySet<string> = new Set(['دستتون', 'دستتان']);
const NOT_HURT: ReadonlySet<string> = new Set(['نکنه', 'نکند']);
const THANKS: ReadonlySet<string> = new Set(['ممنون', 'مرسی', 'متشکرم', 'سپاس', 'ممنونم']);

/** Thanks that open "…that you": «دستتان/دستتون/دست شما درد نکند/نکنه که», «ممنون/مرسی/متشکرم که»; the index of «که» or -1. */
function thanksThat(t: Toks, i: number): number {
  const k = t[i].key;
  if (HANDS.has(k) || (k === 'دست' && t[i + 1]?.key === 'شما')) {
    for (let j = i + 1; j <= i + 3 && j < t.length; j++) if (NOT_HURT.has(t[j].key)) return t[j + 1]?.key === 'که' ? j + 1 : -1;
    return -1;
  }
  if (THANKS.has(k)) return t[i + 1]?.key === 'که' ? i + 1 : -1;
  return -1;
}

/**
 * Thanks said to a unilateral act: thanks, «که», then in the same sentence a second-person verb of what the company did and
 * a mark of it done without notice («بی‌خبر», «بدون اطلاع») or of the blame put on the customer («تقصیر خودمان»).
 */
export function readFaFp16(ctx: CueContext): { score: number; evidence: Evidence[] } {
  const none = { score: 0, evidence: [] as Evidence[] };
  if (!ctx.fa) return none;
  const t = ctx.doc.tokens;
  for (let i = 0; i < t.length; i++) {
    if (!t[i].fa) continue;
    const that = thanksThat(t, i);
    if (that < 0) continue;
    const s = t[that].sentence;
    let mark: [number, number] | null = null;
    let done = false;
    let fixed = false;
    for (let k = that + 1; k < t.length && t[k].sentence === s; k++) {
      if (t[k].verb && t[k].second && !t[k].neg) done = true;
      // «ممنون که بی‌خبر اومدید و کولر رو درست کردید»: a visit unannounced that put things right is thanked for sincerely.
      if (PUT_RIGHT.test(t[k].key)) fixed = true;
      const n = unannounced(t, k) || blameOnCustomer(t, k);
      // «ممنون که بی‌خبرمون نذاشتید»: "you did not leave us without news".
      if (n && !mark && !t[k + n]?.neg && !t[k].key.endsWith('مون')) mark = [k, k + n];
    }
    if (!mark || !done || fixed) continue;
    return { score: 1.2, evidence: [ctx.ev({ start: t[mark[0]].start, end: t[mark[1] - 1].end }, 'tone.why.sarcasm')] };
  }
  return none;
}

/** Positive adjectives a strong word can intensify: «وحشتناک خوبه», «بدجور قوی», «افتضاح ارزون». */
const GOOD_FA = /^(?:خوب|خوبه|خوبن|خوبی|قوی|قویه|قویست|قویه|سریع|سریعه|عالی|عالیه|خوشمزه|خوشمزست|خوشمزهست|تمیز|تمیزه|راحت|راحته|ارزون|ارزونه|ارزان|قشنگ|قشنگه|زیبا|زیباست|خوشگل|خوشگله|نرم|نرمه|محکم|محکمه|بادوام|باحال|باحاله|شیک|شیکه|دقیق|دقیقه|سبک|سبکه|جذاب|جذابه|خوشبو|خوشرنگ|بیصدا|کاربردی|مفید|فوقالعاده|فوقالعادهای|فوقالعادست|محشر|محشره|بینظیر|بینظیره|خوبی)$/;

/**
 * «دوربینش وحشتناک خوبه», «واقعاً وحشتناک قوی است»: a strong word used as a degree adverb right before a positive adjective
 * (not negated) in its clause: praise, not a judgement.
 */
export function faIntensifier(t: Toks, h: { from: number; to: number }): boolean {
  let n = t[h.to];
  // «لعنتی بوی فوق‌العاده‌ای داره»: one noun between the strong word and its praise.
  if (n && n.fa && !n.verb && !n.neg && !GOOD_FA.test(n.key) && GOOD_FA.test(t[h.to + 1]?.key ?? '')) n = t[h.to + 1];
  if (!n || !n.fa || n.clause !== t[h.from].clause || !GOOD_FA.test(n.key)) return false;
  const v = t[t.indexOf(n) + 1];
  if (!v || v.clause !== n.clause) return true;
  // «وحشتناک خوب نیست»: the praise denied; «افتضاح سریع خراب شد»: a manner of a fault.
  return !v.neg && !/^(?:خراب|شکست|شکسته|قطع|تموم|تمام|پاره|سوخت|سوخته|گم|از)$/.test(v.key);
}

/** Wanting not to: «نمی‌خواهم», «نمیخوام», «قصد ندارم»; a complaint word after it is disowned. */
const NOT_WANT = /^(?:نمیخواهم|نمیخوام|نمیخواستم|نمیخواهیم|نمیخوایم)$/;

/** «نمی‌خواهم گلایه کنم، فقط برای اطلاع»: a word of complaint the customer says they do not mean to make (a verb after it). */
export function faComplaintDisowned(t: Toks, h: { from: number; to: number }): boolean {
  const x = t[h.from];
  if (!x || !x.fa || !/^(?:گلایه|گله|شکایت|غر|اعتراض|ناله|شکوه)/.test(x.key)) return false;
  const p = t[h.from - 1];
  const pp = t[h.from - 2];
  const wanted = (p && p.clause === x.clause && NOT_WANT.test(p.key)) || (p?.key === 'ندارم' && pp?.key === 'قصد') || (pp && pp.clause === x.clause && NOT_WANT.test(pp.key) && /^(?:زیاد|خیلی|اصلا)$/.test(p.key));
  const v = t[h.to];
  return !!wanted && !!v && v.clause === x.clause && /^(?:کنم|بکنم|بزنم|کنیم|بکنیم|بزنیم)$/.test(v.key);
}

/** Drops, in place, Persian judgements read as degree adverbs, complaint words the customer disowns, feelings that are over (./frustration.ts). */
export function dropFaNotMeant(ctx: CueContext, said: Hit[], judged: readonly string[], complained: readonly string[]): void {
  if (!ctx.fa) return;
  const t = ctx.doc.tokens;
  prune(said, (h) => (judged.includes(h.category) && (faIntensifier(t, h) || faHearsay(t, h) || faLoyalRefusal(t, h) || faSelfJudged(t, h) || faFeelingOver(t, h))) || (complained.includes(h.category) && (faComplaintDisowned(t, h) || faFeelingOver(t, h) || faFeelingApologised(t, h))));
}

/** Verbs of a good thing remembered or enjoyed still: «هنوز از آن سخن می‌گویند», «هنوز تعریفشو میکنن», «هنوز لذت می‌بریم». */
const STILL_FOND = /^(?:سخن|حرف|حرفشو|حرفش|تعریف|تعریفشو|تعریفش|یاد|یادمه|یادشونه|یادمونه|لذت|کیف|صحبت|صحبتشو)$/;

/**
 * «خانواده‌ام هنوز از آن سخن می‌گویند»: «هنوز» ("still") of a good thing that lasts, a verb of talking about, remembering or
 * enjoying it in its clause and no negation: no failure that goes on.
 */
export function faStillFond(ctx: CueContext, h: { from: number; to: number }): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (!x || !x.fa || !/^(?:هنوز|هنوزم)$/.test(x.key)) return false;
  for (let k = h.to; k < t.length && k <= h.to + 4 && t[k].clause === x.clause; k++) {
    if (t[k].neg) return false;
    if (STILL_FOND.test(t[k].key)) {
      for (let j = k + 1; j < t.length && j <= k + 2 && t[j].clause === x.clause; j++) if (t[j].neg) return false;
      return true;
    }
  }
  return false;
}

/** Verbs by which the company is reported to say something: «می‌گویید», «میگید», «گفتید», «میگن», «گفتن». */
const THEY_SAY = /^(?:میگید|میگین|میگویید|گفتید|گفتین|میگن|میگویند|گفتن|گفتند|گفت|میگه|میگوید|میفرمایید|فرمودید)$/;

/**
 * «حالا میگید تقصیر خودم بوده»: blame the company puts on the customer, reported by a verb of saying right before it: not the
 * customer owning a mistake (a calm marker).
 */
export function faBlameReported(ctx: CueContext, h: { from: number }): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (!x || !x.fa || !/^(?:تقصیر|مقصر|اشتباه)$/.test(x.key)) return false;
  for (let k = h.from - 1; k >= 0 && k >= h.from - 2 && t[k].clause === x.clause; k--) if (THEY_SAY.test(t[k].key)) return true;
  // «میگید که تقصیر خودم بوده»
  return t[h.from - 1]?.key === 'که' && THEY_SAY.test(t[h.from - 2]?.key ?? '');
}

/**
 * «کم نذاشتید», «کوتاهی نکردید», «تنهامون نذاشتید», «بی‌خبرمون نذاشتید»: a negated second-person verb that denies a failing, praise
 * said as a litotes, not "you didn't" of a fault (t[i] the verb).
 */
export function faLitotes(t: Toks, i: number): boolean {
  const x = t[i];
  const p = t[i - 1];
  if (!x || !x.fa || !x.neg || !p || p.clause !== x.clause) return false;
  if (/^(?:نذاشتید|نذاشتین|نگذاشتید|نگذاشتین|نذاشتی)$/.test(x.key)) return /^(?:کم|چیزی|هیچی|تنها|تنهام|تنهامون|تنهامان|بیخبر|بیخبرم|بیخبرمون|بیخبرمان|منتظر|منتظرم|منتظرمون|معطل|معطلم|معطلمون|جا)$/.test(p.key);
  if (/^(?:نکردید|نکردین|نکردی)$/.test(x.key)) return /^(?:کوتاهی|دریغ|کم|معطلم|معطلمون|معطل|اذیت|اذیتم|اذیتمون)$/.test(p.key);
  return false;
}

/** «هنوز», a "but", and negated verbs the layer leaves unmarked («حل نشده», «نرسیده»): no fix after all. */
const NOT_YET = /^(?:هنوز|هنوزم|ولی|اما|نشد|نشده|نشدهاست|نرسید|نرسیده|نیومد|نیومده|نیامده|نکردید|نکردین|ندادید|ندادین|نداده|نیست|نبود)$/;

/** Words of a problem put right: «حل شده», «درست شد», «برطرف شد», «رسید», «اوکی شد», «نجاتم دادید», «بهتر شدید». */
const RESOLVED = /^(?:حل|درست|برطرف|رسید|رسیده|اوکی|اوکیه|مرتب|مرتبه|وصل|برگشت|برگشته|واریز|نجاتم|نجاتمون|نجات|بهتر|عالی|عالیه|کمکم)$/;

/**
 * «اون دفعه خیلی ناراحت بودم ولی الان حل شده»: a feeling told as past («بودم», «شدم») or quoted from before («نوشته بودم که …») and a "but now" («ولی الان», «اما حالا»)
 * with the problem put right (not negated) after it, in its sentence or the next: a feeling that is over.
 */
export function faFeelingOver(t: Toks, h: { from: number; to: number }): boolean {
  const x = t[h.from];
  if (!x || !x.fa) return false;
  const v = t[h.to];
  const past = !!v && v.clause === x.clause && /^(?:بودم|بودیم|شدم|شدیم|شده|بود)$/.test(v.key);
  // «دفعه قبل نوشته بودم که خیلی عصبانی‌ام»: the feeling quoted from what the customer said or wrote before.
  let quoted = false;
  for (let k = h.from - 1; k >= 0 && k >= h.from - 4 && t[k].sentence === x.sentence; k--) {
    if (t[k].key === 'که' && /^(?:گفتم|نوشتم|گفته|نوشته|گفتیم|نوشتیم|بودم|بودیم)$/.test(t[k - 1]?.key ?? '') && /^(?:گفته|نوشته|گفتم|نوشتم|گفتیم|نوشتیم)$/.test(t[k - 1].key === 'بودم' || t[k - 1].key === 'بودیم' ? t[k - 2]?.key ?? '' : t[k - 1].key)) quoted = true;
  }
  if (!past && !quoted) return false;
  for (let k = h.to; k + 1 < t.length && t[k].sentence <= x.sentence + 1; k++) {
    if (!BUT.has(t[k].key)) continue;
    // «ولی الان …», «اما امسال …», «ولی شما نجاتم دادید»: now, or what the company did since.
    if (!/^(?:الان|حالا|الآن|دیگه|خداروشکر|خوشبختانه|امسال|امروز|اینبار|شما|شماها)$/.test(t[k + 1].key) && !(t[k + 1].key === 'این' && /^(?:بار|دفعه)$/.test(t[k + 2]?.key ?? ''))) return false;
    for (let j = k + 2; j < t.length && j <= k + 6 && t[j].sentence === t[k].sentence; j++) {
      if (t[j].neg || NOT_YET.test(t[j].key) || /^(?:بدتر|باز|بازم|دوباره)$/.test(t[j].key)) return false;
      if (RESOLVED.test(t[j].key)) {
        // Nothing negative after it in the sentence: «شما بهتر از من میدونید که حل نشده» is no fix.
        for (let m = j + 1; m < t.length && t[m].sentence === t[j].sentence; m++) if (t[m].neg || NOT_YET.test(t[m].key)) return false;
        return true;
      }
    }
    return false;
  }
  return false;
}

/** Verbs of someone else saying or writing (third person): «گفت», «میگه», «میگن», «نوشته بود», «نوشتن». */
const OTHERS_SAY = /^(?:گفت|گفتش|گفتن|گفتند|گفته|میگه|میگن|میگفت|میگفتن|میگوید|میگویند|نوشت|نوشتن|نوشتند|نوشته|مینویسن|مینویسه)$/;
/** Who else says it: a friend, a relative, "someone", "people", other buyers. */
const SAYER = /^(?:یکی|یکیشون|بعضیا|بعضیها|بعضی|خیلیا|خیلیها|همه|مردم|بقیه|کاربرا|کاربران|خریدارا|خریداران|دوستم|دوستام|دوستان|همکارم|همکارام|همسایهمون|همسایهام|همسایم|برادرم|خواهرم|داداشم|آبجیم|همسرم|شوهرم|خانمم|مادرم|پدرم|مامانم|بابام|فامیلمون|فامیلامون)$/;

/** A third party's saying before token i in its sentence: «دوستم گفت», «یکی نوشته بود» (the sayer within three words before the verb). */
function saidByOthers(t: Toks, i: number): boolean {
  const s = t[i].sentence;
  for (let k = i - 1; k >= 0 && k >= i - 4 && t[k].sentence === s; k--) {
    if (!OTHERS_SAY.test(t[k].key)) continue;
    for (let j = k - 1; j >= 0 && j >= k - 3 && t[j].sentence === s; j--) if (SAYER.test(t[j].key)) return true;
    return false;
  }
  return false;
}

/** «ولی من», «اما برای من», «ولی ما»: the customer's own experience set against what was said. */
function butMine(t: Toks, i: number): boolean {
  for (let k = i + 1; k + 1 < t.length && k <= i + 8 && t[k].sentence === t[i].sentence; k++) {
    if (!BUT.has(t[k].key)) continue;
    const n = t[k + 1].key;
    return /^(?:من|ما|خودم|خودمون)$/.test(n) || (/^(?:برای|واسه)$/.test(n) && /^(?:من|ما|خودم)$/.test(t[k + 2]?.key ?? ''));
  }
  return false;
}

/**
 * «دوستم گفت پشتیبانیتون افتضاحه ولی من تجربه‌ی خوبی داشتم»: a judgement someone else said (a friend, «یکی», people), set
 * against the customer's own experience by «ولی من …»: hearsay, not the customer's complaint.
 */
export function faHearsay(t: Toks, h: { from: number; to: number }): boolean {
  const x = t[h.from];
  return !!x && x.fa && saidByOthers(t, h.from) && butMine(t, h.to - 1);
}

/** «یکی نوشته بود «افتضاح‌ترین خرید عمرم» ولی برای من …»: a quote of someone else's words set against the customer's own. */
export function faQuoteOfOthers(ctx: CueContext, q: { start: number; end: number }): boolean {
  const t = ctx.doc.tokens;
  const i = t.findIndex((x) => x.start >= q.start);
  if (i < 0 || !t[i].fa) return false;
  let last = i;
  while (last + 1 < t.length && t[last + 1].end <= q.end) last++;
  return saidByOthers(t, i) && butMine(t, last);
}

/**
 * «دیگه جای دیگه خرید نمی‌کنم», «از هیچ جای دیگه نمی‌خرم»: a refusal to buy *elsewhere* is loyalty, not a threat to leave
 * («جای» + «دیگه/دیگر» inside the hit or in the three words before it, in its clause).
 */
export function faLoyalRefusal(t: Toks, h: { from: number; to: number }): boolean {
  const x = t[h.from];
  if (!x || !x.fa) return false;
  // A refusal: a negated verb closes the hit («نمی‌کنم», «نمی‌خرم»); «میرم از یه جای دیگه میخرم» is leaving.
  const last = t[h.to - 1];
  const next = t[h.to];
  if (!(last.neg && last.verb) && !(next && next.clause === last.clause && next.neg && next.verb)) return false;
  for (let k = Math.max(0, h.from - 3); k < h.to; k++) {
    if (t[k].clause !== t[h.to - 1].clause) continue;
    if ((t[k].key === 'جای' || t[k].key === 'جا') && /^(?:دیگه|دیگر|دیگهای|دیگری)$/.test(t[k + 1]?.key ?? '')) return true;
  }
  return false;
}

/** The customer's own apology: «ببخشید», «شرمنده», «عذر می‌خوام», «معذرت می‌خوام», «عذرخواهی می‌کنم». */
function ownApology(t: Toks, k: number): boolean {
  const x = t[k].key;
  if (/^(?:ببخشید|ببخشین|ببخشیدا|شرمنده|شرمندم|شرمندهام|پوزش)$/.test(x)) return true;
  return /^(?:عذر|معذرت|عذرخواهی)$/.test(x) && /^(?:میخوام|میخواهم|میکنم|میطلبم)$/.test(t[k + 1]?.key ?? '');
}

/** «دیروز خیلی عصبانی بودم، شرمنده که تند نوشتم»: a feeling told as past, then the customer's own apology for it. */
export function faFeelingApologised(t: Toks, h: { from: number; to: number }): boolean {
  const x = t[h.from];
  const v = t[h.to];
  if (!x || !x.fa || !v || v.clause !== x.clause || !/^(?:بودم|بودیم|شدم|شدیم)$/.test(v.key)) return false;
  for (let k = h.to + 1; k < t.length && t[k].sentence <= x.sentence + 1; k++) {
    if (BUT.has(t[k].key)) return false;
    if (ownApology(t, k)) return true;
  }
  return false;
}

/** «افتضاح بودم تو انتخاب سایز»: a judgement the customer says of themselves (a first-person copula right after it). */
export function faSelfJudged(t: Toks, h: { from: number; to: number }): boolean {
  const x = t[h.from];
  const v = t[h.to];
  return !!x && x.fa && !!v && v.clause === x.clause && /^(?:بودم|هستم|بودیم|هستیم|شدم|شدیم)$/.test(v.key);
}
