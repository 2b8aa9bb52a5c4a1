/**
 * Persian frustration, session 17's family (issue 13, tfrfa10): constructions generated from their parts in
 * scripts/tone-fa-frust-matrix17.ts (never from one split's misses), each checked against calm look-alikes there.
 *
 * Read (readFaMatrix17, added to the score in ./frustration.ts):
 * - Sarcastic praise beside a failure: «خیلی عالی، باز هم تأخیر», «باز هم سفارشم دیر شد. چه خدمات عالی‌ای، واقعاً!»,
 *   «دمتون گرم» / «دستتون درد نکنه» / «ممنون از این همه سرعت» next to a failure; never when the message tells a success
 *   («بسته رسید، دستتون درد نکنه»).
 * - Thanks "that you" did not («واقعاً ممنونم که بعد از سه هفته هنوز جواب ندادید!»): thanks, «که», a negated second-person
 *   verb or a failure in the same sentence.
 * - A promise named as a promise and nothing since: «قول داده بودید … هنوز هیچی», «وعده داده شده بود … اما تاکنون هیچ
 *   اقدامی صورت نگرفته است». «گفتید» / «قرار بود» alone stay an account (writers split on those; ./frustration.fa.evidence16.ts).
 * - Going public: «همه‌شو تو اینستاگرام می‌ذارم», «در فضای مجازی منتشر می‌کنم», beside a failure, not negated.
 * - A bare refund demand beside a failure: «پول منو پس بدید.» (no «لطفاً», no thanks, no question).
 * - Exasperation: «واقعاً دیگه!», «یعنی چی آخه؟!» closing a sentence with «!».
 *
 * Dropped (dropFaMatrix17, beside ./frustration.fa.fp15.ts's third party): a feeling at the weather or traffic after «از دست»
 * («از دست این هوا کلافه شدم»), and a feeling in the clause after a third party of the customer's own or a postal body
 * («بانکم کارتمو مسدود کرده، خسته شدم از دستشون», «پیک شرکت پست بداخلاق بود، از دستش عصبانی شدم»).
 */
import type { CueContext } from '../cue.ts';
import type { ToneToken } from '../layer.ts';
import type { Hit } from '../tokens.ts';
import type { Evidence } from '../types.ts';
import { faLitotes } from './frustration.fa.fp16.ts';
import { faNegLightAfter } from './frustration.fa.kinds23.ts';

type T = readonly ToneToken[];
const NOTHING = { score: 0, evidence: [] as Evidence[] };

/** A failure told: a late, broken, wrong, missing or unanswered thing (keys are ZWNJ-less, Arabic letters folded). */
const FAIL_WORD = /^(?:تاخیر|تأخیر|دیر|خراب|خرابه|اشتباه|اشتباهی|معطل|معطلی|قطع|قطعه|منتظرم|منتظریم|بلاتکلیف|سرگردان|سرگردونم)$/;
/** Negated verbs of a failure: not arrived, not answered, not returned, not done. */
const FAIL_NEG = /^(?:نرسیده|نرسید|نرسیدهاست|نیومده|نیامده|نیومد|نیامد|ندادید|ندادین|نداده|ندادن|ندادند|برنگشته|برنگردوندید|برنگردوندین|برنگرداندید|نکردید|نکردین|نکرده|نکردن|نشده|نشد|نگرفته|نفرستادید|نفرستادین|نزدید|نزدین)$/;
/** Second-person acts that are failures: «کم کردید», «گم کردید» (never «کنسل کردید»: a cancellation is often what was asked). */
const FAIL_ACT = /^(?:کم|گم)$/;
/** A success told: arrived, solved, returned, fixed, delivered (not negated). */
const SUCCESS = /^(?:رسید|رسیده|رسیدش|برگشت|برگشته|برگردوندید|برگرداندید|برطرف|حل|درست|تحویل|اومد|آمد|تعمیر)$/;
const SUCCESS_DONE = /^(?:شد|شده|کرد|کردید|کردین|کردند|کردن|گردید|دادید|دادین|شدش|رسید|است)$/;

/** Whether token k tells a failure. */
function failureAt(t: T, k: number): boolean {
  const x = t[k];
  // «اگه نرسید خبر میدم»: a failure supposed.
  for (let j = k - 1; j >= 0 && j >= k - 5 && t[j].clause === x.clause; j--) if (/^(?:اگه|اگر|چنانچه|درصورتیکه)$/.test(t[j].key)) return false;
  // «برق دیگه قطع نشده»: a negative light verb or participle after the fault word says it did not happen (./frustration.fa.kinds23.ts).
  if (FAIL_WORD.test(x.key) && !x.negated && !faNegLightAfter(t, k)) return true;
  // «قطع نشده», «دیر نرسید»: the negative verb of a fault word before it denies the fault.
  if (FAIL_NEG.test(x.key) && !(k > 0 && t[k - 1].sentence === x.sentence && FAIL_WORD.test(t[k - 1].key))) return true;
  if (FAIL_ACT.test(x.key) && /^(?:کردید|کردین|کردند|کردن|شده|شد)$/.test(t[k + 1]?.key ?? '') && t[k + 1].clause === x.clause) return true;
  // «هیچ خبری نیست», «خبری نشد»
  if (/^(?:خبری|خبر)$/.test(x.key) && /^(?:نیست|نشد|نشده|ندادید|ندادین)$/.test(t[k + 1]?.key ?? '')) return true;
  return false;
}

/** Whether token k tells a success («بسته رسید», «مشکل حل شد», «پول برگشت», «درستش کرد»). */
function successAt(t: T, k: number): boolean {
  const x = t[k];
  if (x.negated || x.neg || !SUCCESS.test(x.key)) return false;
  if (/^(?:رسید|رسیده|برگشت|برگشته|برگردوندید|برگرداندید|اومد|آمد)$/.test(x.key)) return true;
  const n = t[k + 1];
  if (!n || n.clause !== x.clause) return /^(?:رسیدش)$/.test(x.key);
  return SUCCESS_DONE.test(n.key) || (/ش$/.test(n.key) && SUCCESS_DONE.test(t[k + 2]?.key ?? ''));
}

const sentenceText = (ctx: CueContext, s: number) => {
  const x = ctx.doc.sentences[s];
  return x ? ctx.doc.text.slice(x.start, x.end) : '';
};

/** Praise that turns sarcastic beside a failure: its token range [from, to) at i, or null. */
/** Token j exists and is in token i's sentence (a module function: praiseAt runs per token, and a closure made per call cost). */
function sameSentence(t: T, j: number, i: number): boolean {
  return t[j] !== undefined && t[j].sentence === t[i].sentence;
}

function praiseAt(t: T, i: number): [number, number] | null {
  const k = t[i].key;
  const n = t[i + 1]?.key ?? '';
  if (/^(?:عالی|عالیه|عالیای|محشر|محشره|فوقالعاده|فوقالعادست)$/.test(k) && !t[i].negated) {
    // «خیلی عالی», «چه خدمات عالی‌ای», «واقعاً عالیه»
    const p = t[i - 1]?.key ?? '';
    const pp = t[i - 2]?.key ?? '';
    if (/^(?:خیلی|واقعا|چه|بسیار)$/.test(p) || (pp === 'چه' && sameSentence(t, i - 2, i))) return [pp === 'چه' ? i - 2 : i - 1, i + 1];
    return null;
  }
  if ((k === 'دمتون' || k === 'دمتان' || k === 'دمت') && n === 'گرم') return [i, i + 2];
  if ((k === 'دستتون' || k === 'دستتان') && n === 'درد' && /^(?:نکنه|نکند)$/.test(t[i + 2]?.key ?? '')) return [i, i + 3];
  // «ممنون/مرسی از این همه سرعت/دقت/پیگیری»
  if (/^(?:ممنون|ممنونم|مرسی|متشکرم)$/.test(k) && n === 'از' && t[i + 2]?.key === 'این' && t[i + 3]?.key === 'همه' && SERVICE.test(t[i + 4]?.key ?? '')) return [i, i + 5];
  if (k === 'آفرین' && t[i + 1]?.key === 'به' && t[i + 2]?.key === 'این') return [i, i + 3];
  return null;
}

/** Qualities of a service that «ممنون از این همه …» praises ironically (never «صبر», the company's patience with the customer). */
const SERVICE = /^(?:سرعت|دقت|پیگیری|توجه|نظم|مسئولیتپذیری|پاسخگویی|احترام|حرفهایگری|سرعتعمل)$/;
/** A concession or a «فقط» that makes praise beside a fault sincere: «ولی», «اما», «با اینکه», «با وجود», «هرچند», «فقط». */
const CONCEDE = /^(?:ولی|اما|هرچند|هرچند|علیرغم|فقط|منتها|البته|ولیکن)$/;
const concedes = (t: T, k: number) => CONCEDE.test(t[k].key) || (t[k].key === 'با' && /^(?:اینکه|وجود|این|وجودیکه)$/.test(t[k + 1]?.key ?? ''));
/** A copula after praise: «… خیلی عالی بود» describes someone, it is not an exclamation. */
const COPULA = /^(?:بود|بودن|بودند|است|هست|هستن|هستند|هستید|بودید|بودین)$/;

/** Thanks "that you …": «ممنونم که», «دستتون درد نکنه که», «دمتون گرم که»; the index of «که» or -1. */
function thanksThat(t: T, i: number): number {
  const k = t[i].key;
  if (/^(?:ممنون|ممنونم|مرسی|متشکرم|سپاسگزارم)$/.test(k) && t[i + 1]?.key === 'که') return i + 1;
  const p = praiseAt(t, i);
  if (p && !/^(?:ممنون|ممنونم|مرسی|متشکرم)$/.test(k) && t[p[1]]?.key === 'که') return p[1];
  return -1;
}

/** «قول» / «وعده» with «داده بودید/بودند/بود», «دادید», «داده شده بود» after it in its sentence: the index of the verb, or -1. */
function promiseAt(t: T, i: number): number {
  if (!/^(?:قول|وعده)$/.test(t[i].key)) return -1;
  for (let j = i + 1; j < t.length && j <= i + 6 && t[j].sentence === t[i].sentence; j++) {
    if (/^(?:دادید|دادین|دادند|دادن|داد)$/.test(t[j].key)) return j;
    if (t[j].key === 'داده' && /^(?:بودید|بودین|بودند|بودن|بود|شده|شد|بودی)$/.test(t[j + 1]?.key ?? '')) return t[j + 1].key === 'شده' && t[j + 2]?.key === 'بود' ? j + 2 : j + 1;
  }
  return -1;
}

/** Nothing done since: «هنوز هیچی», «هیچ خبری نیست», «هیچ اتفاقی نیفتاده», «هیچ اقدامی صورت نگرفته», «خبری نشد»: its range or null. */
function nothingSince(t: T, from: number): [number, number] | null {
  for (let j = from; j < t.length && j <= from + 25 && t[j].sentence <= t[from].sentence + 1; j++) {
    const k = t[j].key;
    const n = t[j + 1]?.key ?? '';
    if (k === 'هنوز' && n === 'هیچی') return [j, j + 2];
    if (k === 'هیچ' && /^(?:خبری|اتفاقی|اقدامی|کاری|جوابی|پاسخی|تماسی)$/.test(n)) return [j, j + 2];
    if (/^(?:خبری|اقدامی)$/.test(k) && /^(?:نیست|نشد|نشده|نکردید|نکردین)$/.test(n)) return [j, j + 2];
  }
  return null;
}

/** Places of going public. */
const PUBLIC = /^(?:اینستاگرام|اینستا|توییتر|تویتر|تلگرام|شبکههای|شبکه|فضای|یوتیوب|لینکدین|گوگل|کامنت)$/;
const PUBLISH = /^(?:میذارم|میگذارم|میزارم|منتشر|پخش|پست|میکنم|میذارمش|مینویسم|افشا|میفرستم)$/;

/** Nouns of a public review («ریویو», «نظر», «کامنت», «امتیاز», «ستاره»), with the object «رو / را» or the indefinite «ی» on them. */
const REVIEW = /^(?:ریویو|ریویوی|رویو|نظر|نظری|نظرم|نظرمو|کامنت|کامنتی|امتیاز|امتیازی|ستاره|نقد|review)$/;
/** First-person verbs of writing, leaving or giving, indicative or subjunctive («می‌نویسم», «بنویسم», «می‌ذارم», «بدم», «ثبت می‌کنم»). */
const REVIEW_VERB = /^(?:مینویسم|بنویسم|مینویسیم|بنویسیم|میذارم|بذارم|میزارم|بزارم|میگذارم|بگذارم|میذاریم|بذاریم|میدم|بدم|میدهم|بدهم|میکنم|کنم|ثبت)$/;
/** A good review promised or a rating that praises. */
const GOOD_REVIEW = /^(?:مثبت|خوب|خوبی|عالی|پنج|۵|5|کامل|تشکر|قدردانی)$/;

/** Verbs that, negative, say going on cannot be or is not wanted: «وجود ندارد», «نمی‌تونم … ادامه بدم», «تمایلی ندارم», «میسر نیست». */
const ENDED = /^(?:داشتن|توانستن|بودن|خواستن)$/;
/** «با چنین رفتاری», «با این برخورد», «با این وضع خدمات»: the company's conduct given as the reason. */
function conductBlamed(t: T, ts: readonly number[]): boolean {
  for (const k of ts) if (t[k].key === 'با' && /^(?:چنین|این|همچین|اینچنین)$/.test(t[k + 1]?.key ?? '') && /^(?:رفتار|رفتاری|برخورد|برخوردی|وضع|وضعی|خدمات|خدماتی|پشتیبانی|سرویس|سرویسی|عملکرد|عملکردی)$/.test(t[k + 2]?.key ?? '')) return true;
  return false;
}

/** The review's sentence, before it, sets a condition on the company: «اگه … نکنید / نفرستید», «وگرنه», «در غیر این صورت». */
function conditionOnCompany(t: T, ts: readonly number[], at: number): boolean {
  let cond = false;
  for (const k of ts) {
    if (k >= at) break;
    const key = t[k].key;
    if (key === 'وگرنه' || (key === 'صورت' && t[k - 1]?.key === 'این' && t[k - 2]?.key === 'غیر')) return true;
    if (key === 'اگه' || key === 'اگر') cond = true;
    else if (cond && t[k].verb && t[k].neg && t[k].second) return true;
  }
  return false;
}

/** A praise, thanks or liking in the message: going public may be a happy customer's («عکسش رو تو اینستا می‌ذارم، عالیه!»). */
const LIKED = /^(?:عالی|عالیه|محشر|محشره|قشنگ|قشنگه|عاشقشم|عاشق|ممنون|ممنونم|مرسی|متشکرم|دوستش|خوشگل|خوشگله|فوقالعاده|راضیم|راضی)$/;
const POLITE = /^(?:لطفا|لطفاً|خواهشا|خواهشمندم|میشه|میشود|ممکنه|ممکن|امکانش|ممنون|ممنونم|مرسی|متشکرم|سپاسگزارم)$/;

/** Whether a concession or «فقط» sits in the praise's sentence or in a failure's sentence next to it (sincere praise). */
function sarcasmConceded(t: T, i: number, fails: readonly number[]): boolean {
  const ss = new Set([t[i].sentence, ...fails.filter((k) => Math.abs(t[k].sentence - t[i].sentence) <= 1).map((k) => t[k].sentence)]);
  return t.some((x, k) => ss.has(x.sentence) && concedes(t, k));
}

/** Idioms of exasperation («دیوونه‌م کردید», «جونم به لبم رسید», «کفرم دراومده»): runs of keys and their weight. */
const IDIOMS: readonly { words: RegExp[]; w: number }[] = [
  { words: [/^(?:دیوونهم|دیوونم|دیوانهام|دیوانهم|دیوونمون|دیوانهمان)$/, /^(?:کردید|کردین|کردند|کردن|کردی)$/], w: 1.1 },
  { words: [/^(?:جونم|جانم|جونمون|جانمان)$/, /^به$/, /^(?:لبم|لبمون|لبمان)$/, /^(?:رسید|رسیده|رسوندید|رسوندین|رساندید)$/], w: 1.1 },
  { words: [/^(?:کفرم|کفرمون)$/, /^(?:دراومده|درآمده|دراومد|درآمد|درومده|درآوردید|دراوردید|درآوردین|دراوردین)$/], w: 1.1 },
  { words: [/^(?:حالم|حالمون)$/, /^بهم$/, /^(?:میخوره|میخورد|خورد|خورده)$/], w: 1 },
  { words: [/^(?:حالم|حالمون)$/, /^به$/, /^هم$/, /^(?:میخوره|میخورد|خورد|خورده)$/], w: 1 },
];

/** First-person forms of "become" / "be" the lexicon lacks beside «خسته» / «عاصی»: «خسته شده‌ایم», «عاصی هستم», «خسته گشته‌ام». */
const FIRST = /^(?:شدم|شدیم|شدهام|شدهایم|هستم|هستیم|گشتهام|گشتهایم|شدهم)$/;
const FIRST_AUX = /^(?:ام|ایم|بودم|بودیم)$/;
/** What «از» aims a weariness at that is the company's: the state of things, its conduct, its people. */
const AT_COMPANY = /^(?:وضع|وضعیت|شرایط|رفتار|برخورد|پیگیری|پیگیریها|تماس|تماسها|انتظار|بلاتکلیفی|شما|دستتون|دستتان|ازتون|پشتیبانی|پشتیبانیتون|خدماتتون|سرویستون|شرکتتون)$/;

/** «از این وضعیت خسته شده‌ایم», «عاصی شدیم»: the token count of the feeling with its verb at i, or 0. */
function wearyAt(t: T, i: number): number {
  const k = t[i].key;
  if (k !== 'خسته' && k !== 'عاصی') return 0;
  const n = t[i + 1];
  if (!n || n.sentence !== t[i].sentence || n.neg) return 0;
  const len = FIRST.test(n.key) ? 2 : n.key === 'شده' && FIRST_AUX.test(t[i + 2]?.key ?? '') ? 3 : 0;
  if (!len || k === 'عاصی') return len;
  // «خسته» is also tiredness: only when aimed at the company's doing, by «از» before it or «از دستتون» after it.
  for (let j = i - 1; j >= 0 && j >= i - 4 && t[j].clause === t[i].clause; j--) {
    if (t[j].key !== 'از') continue;
    const a = /^(?:این|اون|همین|دست)$/.test(t[j + 1]?.key ?? '') ? j + 2 : j + 1;
    if (AT_COMPANY.test(t[a]?.key ?? '')) return len;
  }
  for (let j = i + len; j < t.length && j <= i + len + 2 && t[j].sentence === t[i].sentence; j++) if (/^(?:دستتون|دستتان|ازتون|شما)$/.test(t[j].key)) return len;
  return 0;
}

function idiomAt(t: T, i: number): number {
  for (const d of IDIOMS) {
    let ok = true;
    for (let k = 0; k < d.words.length && ok; k++) ok = !!t[i + k] && t[i + k].sentence === t[i].sentence && d.words[k].test(t[i + k].key);
    if (ok) return d.words.length;
  }
  return 0;
}

export function readFaMatrix17(ctx: CueContext): { score: number; evidence: Evidence[] } {
  if (!ctx.fa) return NOTHING;
  const t = ctx.doc.tokens;
  if (t.length === 0) return NOTHING;
  const fails: number[] = [];
  let success = false;
  for (let k = 0; k < t.length; k++) {
    if (!t[k].fa) continue;
    if (failureAt(t, k)) fails.push(k);
    if (successAt(t, k)) success = true;
  }
  const span = (a: number, b: number) => ({ start: t[a].start, end: t[b - 1].end });
  const ev: Evidence[] = [];
  let score = 0;
  const near = (i: number) => fails.some((k) => Math.abs(t[k].sentence - t[i].sentence) <= 1);
  for (let i = 0; i < t.length; i++) {
    if (!t[i].fa) continue;
    const weary = wearyAt(t, i);
    const idiom = weary || idiomAt(t, i);
    if (idiom && !t[i].negated && !aimedElsewhere(t, i, i + idiom)) {
      score += weary ? 1.1 : (IDIOMS.find((d) => d.words.length === idiom && d.words[0].test(t[i].key))?.w ?? 1);
      ev.push(ctx.ev(span(i, i + idiom), 'tone.why.feeling'));
      i += idiom - 1;
      continue;
    }
    // Thanks that you did not.
    const that = thanksThat(t, i);
    if (that >= 0) {
      let hit = -1;
      for (let j = that + 1; j < t.length && t[j].sentence === t[i].sentence; j++) {
        if (concedes(t, j)) break;
        // «ممنونم که بعد از سه هفته هنوز جواب ندادید»: a failure verb with «هنوز» / «هیچ» / «بعد از …» in the sentence (never
        // «ممنون که فراموش نکردید», «… اجازه ندادید دیر بشه»: thanks for a failing avoided).
        if ((t[j].second && t[j].neg && FAIL_NEG.test(t[j].key) && !faLitotes(t, j) && t.some((y) => y.sentence === t[i].sentence && /^(?:هنوز|هنوزم|هیچ|بعد|اصلا|حتی)$/.test(y.key))) || (/^(?:کم|گم)$/.test(t[j].key) && t[j + 1]?.second) || (FAIL_WORD.test(t[j].key) && t[j + 1]?.second)) { hit = j + (t[j].second ? 0 : 1); break; }
      }
      if (hit >= 0 && !success) {
        score += 1.2;
        ev.push(ctx.ev(span(i, hit + 1), 'tone.why.sarcasm'));
        i = hit;
        continue;
      }
    }
    const p = praiseAt(t, i);
    if (p && near(i) && !success && !COPULA.test(t[p[1]]?.key ?? '') && !sarcasmConceded(t, i, fails) && !/[؟?]/.test(sentenceText(ctx, t[i].sentence))) {
      score += 1.1;
      ev.push(ctx.ev(span(p[0], p[1]), 'tone.why.sarcasm'));
      i = p[1] - 1;
      continue;
    }
    const pr = promiseAt(t, i);
    if (pr >= 0) {
      const none = nothingSince(t, pr + 1);
      if (none) {
        score += 1.1;
        ev.push(ctx.ev(span(i, pr + 1), 'tone.why.brokenPromise'), ctx.ev(span(none[0], none[1]), 'tone.why.brokenPromise'));
        i = none[1] - 1;
        continue;
      }
    }
  }
  const liked = t.some((x) => LIKED.test(x.key) && !x.negated);
  for (let s = 0; s < ctx.doc.sentences.length; s++) {
    const ts: number[] = [];
    t.forEach((x, k) => { if (x.sentence === s && x.fa) ts.push(k); });
    if (ts.length === 0) continue;
    const text = sentenceText(ctx, s);
    const asked = /[؟?]/.test(text);
    // Going public about it.
    const pub = ts.find((k) => PUBLIC.test(t[k].key));
    let wentPublic = false;
    if (pub !== undefined && fails.length && !liked && !asked) {
      const v = ts.find((k) => k > pub && k <= pub + 4 && PUBLISH.test(t[k].key) && !t[k].neg && !t[k].negated);
      if (v !== undefined) {
        score += 1.2;
        ev.push(ctx.ev(span(pub, v + 1), 'tone.why.threat'));
        wentPublic = true;
      }
    }
    // A review promised (session 24, going public widened): «یه ریویو می‌نویسم که یادتون بمونه», «باید یه نظر درست و حسابی
    // بنویسم», «امتیاز یک می‌دم»: a review noun, then within a few words a first-person verb of writing, leaving or giving,
    // not negated, in a message that tells a fault or sets a condition on the company («اگه … نکنید», «وگرنه»). Not a good
    // review («نظر مثبت می‌ذارم», «پنج ستاره می‌دم»), not asked about («کجا نظر بدم؟»), not in a message of thanks or praise.
    const rev = wentPublic ? undefined : ts.find((k) => REVIEW.test(t[k].key));
    if (rev !== undefined && !liked && !asked && (fails.length || conditionOnCompany(t, ts, rev))) {
      const v = ts.find((k) => k > rev && k <= rev + 5 && REVIEW_VERB.test(t[k].key) && !t[k].neg);
      if (v !== undefined && !ts.some((k) => k >= rev - 3 && k <= v + 1 && GOOD_REVIEW.test(t[k].key))) {
        score += 1.1;
        ev.push(ctx.ev(span(rev, v + 1), 'tone.why.threat'));
      }
    }
    // Going on with the company said to be over (session 24): «دیگر امکان ادامه همکاری با شما وجود ندارد», «دیگه نمی‌تونم با
    // شما ادامه بدم», «دیگر تمایلی به ادامه همکاری ندارم»: «ادامه» under a negative verb of being possible, able or willing,
    // after «دیگر / دیگه» (no longer), in a message that tells a fault or blames the company's conduct («با چنین رفتاری»).
    // Not one's own circumstance with no fault («به دلیل مهاجرت دیگر امکان ادامه اشتراک وجود ندارد»), nor a question.
    const goOn = !asked ? ts.find((k) => t[k].key === 'ادامه') : undefined;
    if (goOn !== undefined && (fails.length || conductBlamed(t, ts)) && ts.some((k) => k < goOn && (t[k].key === 'دیگر' || t[k].key === 'دیگه'))) {
      const v = ts.find((k) => k > goOn - 4 && k <= goOn + 12 && t[k].verb && t[k].neg && ENDED.test(t[k].lemma));
      if (v !== undefined) {
        score += 1.1;
        ev.push(ctx.ev(span(goOn, Math.min(goOn + 2, v + 1)), 'tone.why.leaving'));
      }
    }
    // «پول منو پس بدید.»: a bare refund demand.
    const money = ts.find((k) => /^(?:پول|پولم|پولمو|پولمون|پولمونو|مبلغ|وجه)$/.test(t[k].key));
    if (money !== undefined && fails.length && !asked && !ts.some((k) => POLITE.test(t[k].key)) && !t.some((x) => /^(?:ممنون|ممنونم|مرسی|متشکرم|سپاسگزارم|لطفا|خواهشمندم)$/.test(x.key))) {
      const v = ts.find((k) => k > money && k <= money + 4 && (/^(?:بدید|بدین|بدهید|دهید|برگردونید|برگردونین|برگردانید|نمایید|کنید)$/.test(t[k].key)) && !t[k].neg);
      if (v !== undefined && (t[v - 1].key === 'پس' || /^برگ/.test(t[v].key) || /^(?:عودت|مسترد|برگشت)$/.test(t[v - 1].key))) {
        score += 1;
        ev.push(ctx.ev(span(money, v + 1), 'tone.why.escalation'));
      }
    }
    // «واقعاً دیگه!», «یعنی چی آخه!؟»: exasperation closing a sentence with «!».
    const last = ts[ts.length - 1];
    if (/!/.test(text) && !success && fails.length) {
      const k = t[last].key;
      const p = t[last - 1]?.sentence === s ? t[last - 1].key : '';
      if ((/^(?:دیگه|دیگر)$/.test(k) && /^(?:واقعا|بابا|آخه|یعنی)$/.test(p)) || (k === 'آخه' && p === 'چی')) {
        score += 1;
        ev.push(ctx.ev(span(last - 1, last + 1), 'tone.why.judgement'));
      }
    }
  }
  return { score, evidence: ev };
}

/** Weather and circumstances after «از دست»: «از دست این هوا», «از دست این گرما». */
const WEATHER = /^(?:هوا|هوای|گرما|گرمای|سرما|سرمای|ترافیک|شلوغی|بارون|باران|برف|آلودگی|کرونا|قطعی|گرانی|گرونی|تورم)$/;
/** Third parties of the customer's own («بانکم», «بیمه‌ام») and postal bodies. */
const OWN_PARTY = /^(?:بانکم|بانکمون|بیمهام|بیمم|بیمهمون|اپراتورم|صاحبکارم|کارفرمام|مدرسهی|دانشگاهم|پستچی|پستچیه)$/;

/** «… از دست این هوا», «… از دست بانکم» after the words (within their clause), or a weather / own party before them. */
function aimedElsewhere(t: T, from: number, to: number): boolean {
  for (let k = to; k < t.length && k <= to + 4 && t[k].sentence === t[from].sentence; k++) {
    if (t[k].key !== 'از') continue;
    let j = k + 1;
    if (t[j]?.key === 'دست') j++;
    if (/^(?:این|اون|همین|همه)$/.test(t[j]?.key ?? '')) j++;
    const x = t[j];
    if (x && (WEATHER.test(x.key) || OWN_PARTY.test(x.key) || /^(?:همسایه|همسایم|همسایهمون|صاحبخونه|صاحبخانه)/.test(x.key))) return true;
    break;
  }
  for (let k = from - 1; k >= 2 && k >= from - 4 && t[k].clause === t[from].clause; k--) {
    if (!WEATHER.test(t[k].key)) continue;
    const p = /^(?:این|اون|همین|همه)$/.test(t[k - 1].key) ? k - 2 : k - 1;
    if (t[p]?.key === 'از' || (t[p]?.key === 'دست' && t[p - 1]?.key === 'از')) return true;
  }
  return thirdBefore(t, from);
}

function thirdBefore(t: T, i: number): boolean {
  const s = t[i].sentence;
  // «… عصبانی‌ام از دستتون», «… از شما»: aimed at the company after all.
  for (let k = i + 1; k < t.length && k <= i + 4 && t[k].clause === t[i].clause; k++) if (/^(?:دستتون|دستتان|شما|ازتون)$/.test(t[k].key)) return false;
  for (let k = i - 1; k >= 0 && t[k].sentence === s; k--) {
    const x = t[k];
    if ((x.second && x.verb) || x.key === 'شما' || (/(?:تون|تان)$/.test(x.key) && x.key.length > 4 && !/^(?:دستتون|دستشون)$/.test(x.key))) return false;
    if (OWN_PARTY.test(x.key)) return true;
    if ((x.key === 'شرکت' || x.key === 'اداره') && t[k + 1]?.key === 'پست') return true;
    if (x.key === 'پست' && t[k + 1]?.key === 'ایران') return true;
  }
  return false;
}

const REFUND_VERB = /^(?:بدید|بدین|بدهید|برگردونید|برگردونین|برگردانید|برگرداند|کنید|کنین)$/;

/** Drops, in place, Persian feelings at the weather or at a third party of the customer's own (see the header). */
export function dropFaMatrix17(ctx: CueContext, said: Hit[], feelings: readonly string[], demands: readonly string[] = []): void {
  if (!ctx.fa) return;
  const t = ctx.doc.tokens;
  const drop = (h: Hit) => {
    // «لطفاً پولمو پس بدید», «میشه پول رو برگردونید؟»: a refund asked for politely is a request, not a demand.
    if (demands.includes(h.category) && t[h.from]?.fa && REFUND_VERB.test(t[h.to - 1]?.key ?? '') && t.some((x) => x.sentence === t[h.from].sentence && POLITE.test(x.key) && !x.negated)) return true;
    if (!feelings.includes(h.category)) return false;
    const x = t[h.from];
    if (!x || !x.fa) return false;
    // «از دست (این|اون)? هوا کلافه شدم», «کلافه شدم از دست بانکم»
    return aimedElsewhere(t, h.from, h.to);
  };
  let w = 0;
  for (const h of said) if (!drop(h)) said[w++] = h;
  said.length = w;
}

const REQUEST = /^(?:میشه|میشود|ممکنه|ممکن|لطفا|خواهشا|امکانش|امکان)$/;
const TRUE_CONCESSIVE = (t: T, k: number) => /^(?:هرچند|علیرغم)$/.test(t[k].key) || (t[k].key === 'با' && /^(?:اینکه|وجود|وجودیکه)$/.test(t[k + 1]?.key ?? ''));

/**
 * Praise before a fault it concedes (for ./frustration.ts's sarcasm): «پشتیبانی‌تون خیلی عالی بود، با اینکه ارسال تأخیر داشت»
 * (a true concessive between), «همکارتون خیلی عالی بود. فقط دستگاه هنوز خرابه، میشه یکی دیگه بفرستید؟», «دستتون درد نکنه بابت
 * پیگیری، فقط هنوز بسته نرسیده، میشه بررسی کنید؟» («فقط», «ولی», «البته» between, then a request or a question). The ironic
 * «عالیه، فقط سه هفته طول کشید!» asks nothing and stays sarcasm.
 */
export function faSincere17(ctx: CueContext, p: { from: number; to: number }, f: { from: number; to: number } | number): boolean {
  if (!ctx.fa) return false;
  const t = ctx.doc.tokens;
  const from = typeof f === 'number' ? f : f.from;
  if (from < p.to || !t[from]?.fa) return false;
  let conceded = false;
  for (let k = p.to; k < from; k++) {
    if (TRUE_CONCESSIVE(t, k)) return true;
    if (CONCEDE.test(t[k].key) || (t[k].key === 'با' && t[k + 1]?.key === 'این')) conceded = true;
  }
  // «دمتون گرم! … اگه نرسید خبر میدم»: a fault supposed, not suffered.
  for (let k = from - 1; k >= p.to && t[k].clause === t[from].clause; k--) if (/^(?:اگه|اگر|چنانچه|درصورتیکه)$/.test(t[k].key)) return true;
  if (!conceded) return false;
  const s = t[from].sentence;
  if (/[؟?]/.test(sentenceText(ctx, s - 1)) && t.some((x, k) => x.sentence === s - 1 && k >= p.to && CONCEDE.test(x.key))) return true;
  for (let k = from; k < t.length && t[k].sentence <= s + 1; k++) if (REQUEST.test(t[k].key)) return true;
  return /[؟?]/.test(sentenceText(ctx, s)) || /[؟?]/.test(sentenceText(ctx, s + 1));
}
