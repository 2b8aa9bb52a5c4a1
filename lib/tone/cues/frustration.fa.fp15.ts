/**
 * Persian false alarms of the frustration cue read off the fifteenth session's development splits (late11, fresh4 and the
 * older ones), by mechanism; each guard reads a construction, never one sentence:
 * - anger at a third party, not at the company: a feeling aimed by «ازش», «از دستش», «از رفتارشان» at someone the message
 *   names as the doer (a neighbour, a landlord, a brother, a contractor, «یه نفر» who scammed them); a judgement or a silence
 *   («بدون اجازه») whose subject in its clause is that party («اداره پست واقعاً افتضاحه», «پیمانکار مذکور با بی‌مسئولیتی
 *   تمام»); a judgement beside an explicit «تقصیر شما نیست», «ربطی به شما ندارد»; an angry emoji closing what that party did
 *   («برادرم … پولشو نمیده 😤»). Anything the company did, said in between (a second-person verb, «شما», «…تون», its staff),
 *   keeps the words the company's;
 * - sincere praise read as sarcasm: "I'll buy from you again" («حتماً بازم ازتون خرید میکنم») is no fault that recurs; praise
 *   after a fault conceded as past («دفعه قبل یکم دیر رسیده بود ولی این دفعه عالی بود») is sincere;
 * - a status a screen shows, quoted («تو پنل نوشته «در انتظار تایید»», «در وضعیت «در انتظار داور»»): no ironic quote;
 * - "how many days does it take?" («معمولاً چند روز طول میکشه؟»): a question about a wait ahead, not a wait borne;
 * - an authority the company is asked to involve about someone else («اطلاعاتشو به پلیس فتا بدین؟»): a request, not a threat.
 */
import { tokenAt, type CueContext } from '../cue.ts';
import type { Hit } from '../tokens.ts';
import type { Evidence } from '../types.ts';
import type { ToneToken } from '../layer.ts';

type Toks = readonly ToneToken[];

/** Prepositions: a noun after one is no subject («از پیک گرفته», «به همسایه دادم»). */
const PREP = new Set(['به', 'از', 'با', 'برای', 'واسه', 'تو', 'توی', 'در', 'پیش', 'جلوی', 'مثل', 'بجز', 'جز']);
/** Object markers after a noun: «همسایه رو». */
const OBJECT = new Set(['را', 'رو', 'و']);

/** People and bodies that are not the company, whatever ending they carry (never with «…تون»: «پیمانکارتون» is theirs). */
const THIRD_ANY = /^(?:همسایه|همسای|صاحبخانه|صاحبخونه|صاحبخون|موجر|پیمانکار|کلاهبردار|شهرداری|مستاجر)/;
/** Relatives, acquaintances and the customer's own customers («مشتری‌ام»), with the customer's own ending («برادرم», «همسرمون»), never bare («دوست دارم»). */
const KIN = /^(?:مشتری|برادر|خواهر|داداش|آبجی|همسر|شوهر|خانم|پسر|دختر|مادر|پدر|مامان|بابا|پدربزرگ|مادربزرگ|دوست|همکار|رئیس|رییس|عمو|خاله|دایی|عمه|پسرعمو|دخترعمو|پسرخاله|دخترخاله|برادرزاده|خواهرزاده|بچه|بچ)(?:م|ام|مون|امون|های?م|ای?مون)$/;
/** Words that end in «…تان» without being "your": «بیمارستان», «داستان». */
const NOT_YOUR = /(?:ستان|ستون|زیتون|بتون|خاتون|پاتون)$/;

/** Whether t[k] names the company or its people: «شما», a second-person verb («فرستادین»), «…تون» («پیکتون»), its staff. */
export function companyAt(t: Toks, k: number): boolean {
  const x = t[k];
  if (!x.fa) return /^(?:you|your|u|ur)$/.test(x.key);
  // «بدون» ("without") reads as an imperative of «دونستن».
  if (x.verb && x.second && x.key !== 'بدون') return true;
  // «کابل فیبر نوری شما را قطع کرده»: "your" after a noun, on the object of someone else's verb, is no act of the company's.
  if ((x.key === 'شما' || x.key === 'شماها') && OBJECT.has(t[k + 1]?.key ?? '') && k > 0 && t[k - 1].clause === x.clause && !t[k - 1].verb && !PREP.has(t[k - 1].key)) return false;
  if (x.key === 'شما' || x.key === 'شماها') return true;
  if (/(?:تون|تان)$/.test(x.key) && x.key.length > 4 && !NOT_YOUR.test(x.key) && !/^(?:ازتون|براتون|باهاتون|بهتون|واستون|خودتون)$/.test(x.key)) return true;
  if (/^(?:ازتون|باهاتون|بهتون)$/.test(x.key)) return true;
  // Staff as a subject («پیک بسته رو …», «کارشناس گفت»), not after a preposition («از پیک گرفته»).
  return /^(?:پیک|کارشناس|پشتیبان|پشتیبانی|اپراتور|مامور|تکنسین|نماینده|مسئول|همکارتون|فروشگاه|شرکت|سایت|اپ|اپلیکیشن|برنامه)$/.test(x.key) && !PREP.has(t[k - 1]?.key ?? '');
}

/** Roles of someone else's building or school: «مدیر ساختمان», «مدیر مدرسه», «نگهبان», «سرایدار». */
const ROLE_ELSEWHERE = /^(?:ساختمان|ساختمون|مجتمع|مدرسه|مدرسهی|برج|آپارتمان|شهرک|پارکینگ)$/;

/** A third party named at t[k], whatever its place in the clause (after «از دست», «از رفتار», «از»): its length in words, or 0. */
export function namedParty(t: Toks, k: number): number {
  const x = t[k];
  if (!x || !x.fa || /(?:تون|تان)$/.test(x.key)) return 0;
  const n = t[k + 1]?.key ?? '';
  // «پدرم درآمد»: the idiom of exhaustion, not a father.
  if (/^(?:درومد|دراومد|درآمد|درآمده|دراومده|درومده)$/.test(n)) return 0;
  if (THIRD_ANY.test(x.key) || KIN.test(x.key)) return 1;
  if (/^(?:مدیر|مدیریت|مسئول|مسئولین|هیئت)$/.test(x.key) && ROLE_ELSEWHERE.test(n)) return 2;
  if (/^(?:نگهبان|سرایدار|لابیمن)\S*$/.test(x.key)) return 1;
  // «یه نفر», «یک نفر», «یه فروشنده»: a stranger.
  if ((x.key === 'یه' || x.key === 'یک') && /^(?:نفر|شخص|فرد|آدم|آدمی|فردی|شخصی|کلاهبردار|فروشنده|فروشندهی)$/.test(n)) return 2;
  // Bodies named in two words: «اداره پست», «پست ایران», «راننده تاکسی».
  if ((x.key === 'اداره' && n === 'پست') || (x.key === 'پست' && n === 'ایران') || (x.key === 'راننده' && n.startsWith('تاکسی'))) return 2;
  return 0;
}

/** Whether a third party starts at t[k] as a subject (not after a preposition, not an object): the length of its name, or 0. */
function thirdAt(t: Toks, k: number): number {
  const x = t[k];
  if (!x || !x.fa || PREP.has(t[k - 1]?.key ?? '') || x.key.endsWith('رو')) return 0;
  const n = namedParty(t, k);
  // «همسایه‌ام هم اینترنتش قطعه»: one who shares the customer's lot ("also"), not one who wronged them.
  return n > 0 && !OBJECT.has(t[k + n]?.key ?? '') && t[k + n]?.key !== 'هم' ? n : 0;
}

/** "Not your fault": «تقصیر شما نیست», «دست شما نبوده» ("out of your hands"), «ربطی به شما ندارد», «مشکل از شما نیست», «شما مقصر نیستید»; token ranges [from, to). */
function exonerations(t: Toks): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k < t.length; k++) {
    if (t[k].key !== 'شما' && t[k].key !== 'شماها') continue;
    const p = t[k - 1]?.key ?? '';
    const pp = t[k - 2]?.key ?? '';
    const n = t[k + 1]?.key ?? '';
    const nn = t[k + 2]?.key ?? '';
    if (/^(?:تقصیر|کار|دست)$/.test(p) && /^(?:نیست|نبود)/.test(n)) out.push([k - 1, k + 2]);
    else if (p === 'به' && /^(?:ربطی|ربط|مربوط)$/.test(pp) && /^(?:ندارد|نداره|نیست|نمیشه)$/.test(n)) out.push([k - 2, k + 2]);
    else if (p === 'به' && /^(?:ربطی|مربوط)$/.test(n) && /^(?:ندارد|نداره|نیست)$/.test(nn)) out.push([k - 1, k + 3]);
    else if (p === 'از' && pp === 'مشکل' && /^نیست/.test(n)) out.push([k - 2, k + 2]);
    else if (n === 'مقصر' && /^نیست/.test(nn)) out.push([k, k + 3]);
  }
  return out;
}

const inside = (k: number, rs: readonly [number, number][]) => rs.some(([a, b]) => a <= k && k < b);

/**
 * Who acts last before token i: scanning back (over at most the sentence before i's), the nearest third party named as a
 * subject ('third') or the nearest word naming the company ('company'), skipping the words of a "not your fault" and of
 * `skip` (the hit itself).
 */
function actorBefore(t: Toks, i: number, skip: readonly [number, number][] = []): { who: 'third' | 'company' | null; at: number } {
  const ex = exonerations(t);
  const s = t[Math.min(i, t.length - 1)].sentence;
  for (let k = i - 1; k >= 0 && k >= i - 40 && t[k].sentence >= s - 1; k--) {
    if (inside(k, ex) || inside(k, skip)) continue;
    if (companyAt(t, k)) return { who: 'company', at: k };
    // A two-word name is found from its second word back: look at k - 1 first.
    if (k > 0 && thirdAt(t, k - 1) === 2) return { who: 'third', at: k - 1 };
    if (thirdAt(t, k) === 1) return { who: 'third', at: k };
  }
  return { who: null, at: -1 };
}

/** Verbs that only report what someone said («همسایه گفت …»): their subject is a messenger, not the doer. */
const REPORTING = /^(?:گفت|گفته|گفتن|گفتند|میگه|میگن|میگوید|گفتش|نوشت|نوشته|خبر)$/;

/** Whether the clause of t[at] (a third party) has a verb of reporting speech: «همسایه گفت اینترنت قطعه». */
function messenger(t: Toks, at: number): boolean {
  for (let k = at + 1; k < t.length && t[k].clause === t[at].clause && k <= at + 8; k++) if (REPORTING.test(t[k].key)) return true;
  return false;
}

/** A feeling's target right beside it: «ازش», «از دستش», «از رفتارشان», «باهاش» ('them'); «ازتون», «از دست شما» ('you'). */
function target(t: Toks, h: { from: number; to: number }): 'them' | 'you' | 'it' | 'self' | null {
  const c = t[h.from].clause;
  for (let k = Math.max(0, h.from - 4); k < t.length && k <= h.to + 2; k++) {
    if (t[k].clause !== c) continue;
    const x = t[k].key;
    // «از دست خودم عصبانیم», «از خودم ناراحتم»: angry at themselves.
    if ((x === 'خودم' || x === 'خودمون' || x === 'خودمان') && /^(?:از|دست|با)$/.test(t[k - 1]?.key ?? '') && k < h.from) return 'self';
    // «از رفتار مدیر ساختمان عصبانی‌ام», «از دست همسایه»: the party named right after «از دست» / «از رفتار».
    if (/^(?:دست|رفتار|کار|کارهای)$/.test(x) && t[k - 1]?.key === 'از' && k + 1 < h.from && namedParty(t, k + 1) > 0) return 'them';
    if (/^(?:ازتون|ازتان|باهاتون|دستتون|دستتان|رفتارتون|رفتارتان)$/.test(x)) return 'you';
    if ((x === 'شما' || x === 'شماها') && /^(?:از|با|دست|رفتار)$/.test(t[k - 1]?.key ?? '')) return 'you';
    if (/^(?:ازش|ازشون|ازشان|باهاش|باهاشون|دستش|دستشون|دستشان|رفتارش|رفتارشون|رفتارشان|کارش|کارشون|کارشان)$/.test(x)) return 'them';
    if ((x === 'او' || x === 'آنها' || x === 'اونا' || x === 'اون' || x === 'ایشان' || x === 'ایشون') && t[k - 1]?.key === 'از') return 'them';
    // «ناراحتم از این بی‌توجهی»: the feeling names its own cause, after it.
    if (k >= h.to && x === 'از' && /^(?:این|اون|آن|همچین|چنین|اینکه|اینهمه)$/.test(t[k + 1]?.key ?? '')) return 'it';
  }
  return null;
}

/** Whether the clause of token i names the company before i. */
function companyInClauseBefore(t: Toks, i: number): boolean {
  const ex = exonerations(t);
  for (let k = i - 1; k >= 0 && t[k].clause === t[i].clause; k--) if (!inside(k, ex) && companyAt(t, k)) return true;
  return false;
}

/** A "not your fault" in the sentence of token i, or the one before or after it. */
function exoneratedNear(t: Toks, i: number): boolean {
  const s = t[i].sentence;
  return exonerations(t).some(([a]) => Math.abs(t[a].sentence - s) <= 1);
}

/**
 * Displeasure the customer aims at a third party, not at the company. What the evidence is decides how much it takes:
 * - 'feeling' (a feeling word): aimed by «ازش», «از دستش», «از رفتار مدیر ساختمان» at a party named before, the party's
 *   own («صاحبخونه شاکیه»), or beside an explicit "not your fault" («همسایه‌ام هم اینترنتش قطعه و اعصابم خورده» is about
 *   the outage);
 * - 'word' (a judgement, a silence, an escalation): said of the party, the subject of its clause with no verb or «و» between
 *   («اداره پست واقعاً افتضاحه», «برادرم بدون اجازه …»), or beside a "not your fault";
 * - 'sign' (an angry emoji): closing a clause whose subject is the party («برادرم … پولشو نمیده 😤»), or the clause after a
 *   stranger's, a neighbour's or a contractor's in the same sentence («یه نفر … آگهی کرده بود، … بلاکم کرده 😡»).
 */
export function faAtThirdParty(ctx: CueContext, h: { from: number; to: number }, kind: 'feeling' | 'word' | 'sign'): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (!x || !x.fa) return false;
  const aim = target(t, h);
  if (aim === 'you') return false;
  if (aim === 'self') return kind !== 'word';
  const skip: [number, number][] = [[h.from, h.to]];
  const a = actorBefore(t, h.from, skip);
  // «بسته رو تحویل همسایه دادید و همسایه هم …»: what the company did, earlier in the clause, is what the words are about.
  if (a.who === 'company' || companyInClauseBefore(t, h.from)) return false;
  if (a.who === 'third') {
    // «اعصابم ازش خورده», «از دستش عصبانی‌ام»: a feeling aimed at the party named last.
    if (aim === 'them') return true;
    if (kind !== 'sign' && t[a.at].clause === x.clause) {
      let said = true;
      for (let k = a.at + namedParty(t, a.at); k < h.from; k++) if (t[k].verb || t[k].key === 'و' || t[k].key === 'که' || t[k].key === 'ولی') said = false;
      // A feeling said of the party with no first-person ending is the party's own: «صاحبخونه شاکیه», «همسایه عصبانیه».
      if (said && (kind === 'word' || !/(?:م|یم|ام|مون)$/.test(t[h.to - 1].key))) return true;
    }
    if (kind === 'sign' && t[a.at].clause === x.clause) return true;
    // Not a relative, who is as often the one let down («بچه‌م گریه می‌کنه …، خیلی ناراحتم از این بی‌توجهی»), nor one who
    // only reports («همسایه گفت اینترنت قطعه»).
    if (kind === 'sign' && t[a.at].sentence === x.sentence && aim === null && !KIN.test(t[a.at].key) && !messenger(t, a.at)) return true;
  }
  // «واقعاً بی‌انصافی بود. البته ربطی به شما ندارد»: beside an explicit "not your fault", with no word of the company before it.
  return exoneratedNear(t, h.from) && !companyInClauseBefore(t, h.from);
}

/** An angry emoji closing what a third party did («برادرم … پولشو نمیده 😤», «اعصابم ازش خورده 😤»). */
export function faEmojiAtThirdParty(ctx: CueContext, span: { start: number; end: number }): boolean {
  const t = ctx.doc.tokens;
  let i = -1;
  for (let k = 0; k < t.length && t[k].end <= span.start; k++) i = k;
  if (i < 0 || !t[i].fa) return false;
  return faAtThirdParty(ctx, { from: i, to: i + 1 }, 'sign');
}

/** Removes, in place, the items `drop` says to drop. */
export function prune<T>(list: T[], drop: (x: T) => boolean): void {
  let w = 0;
  for (const x of list) if (!drop(x)) list[w++] = x;
  if (w !== list.length) list.length = w;
}

/** The token index at which evidence (an offset in the message) starts. */
/** Persian words of the customer's displeasure aimed at a third party (for the word hits; ./frustration.ts). */
export function dropFaThirdParty(ctx: CueContext, said: Hit[], categories: readonly string[]): void {
  if (!ctx.fa) return;
  prune(said, (h) => categories.includes(h.category) && (faAtThirdParty(ctx, h, h.category === 'frustration' ? 'feeling' : 'word') || (h.category === 'frustration' && faDeniedFeeling(ctx, h))));
}

/** Silence of a third party («صاحبخانه‌ام بدون اجازه … منتقل کرده»): what someone else did without asking. */
export function dropFaSilenceOfOthers(ctx: CueContext, silent: Evidence[]): void {
  if (!ctx.fa) return;
  prune(silent, (e) => {
    const i = tokenAt(ctx, e);
    return i >= 0 && faAtThirdParty(ctx, { from: i, to: i + 1 }, 'word');
  });
}

/** Verbs of coming back as a customer: «خرید میکنم», «سفارش میدم», «میخرم», «میام», «استفاده میکنم». */
const RETURN_FA = /^(?:خرید|سفارش|میخرم|میخریم|میام|میایم|میآیم|استفاده|رزرو|انتخاب|برمیگردم|برمیگردیم|مراجعه|معرفی|پیشنهاد)$/;

/** «حتماً بازم ازتون خرید میکنم»: again of a customer who will come back, not a fault that recurs. */
export function faAgainByChoice(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (!x || !x.fa || !/^(?:باز|بازم|دوباره|بازهم|باز هم)$/.test(ctx.doc.text.slice(h.start, h.end).replace(/\u200c/g, '').trim())) return false;
  for (let k = h.to; k < t.length && k <= h.to + 4 && t[k].clause === x.clause; k++) {
    if (t[k].neg) return false;
    if (!RETURN_FA.test(t[k].key) && !/^(?:میخرم|میخریم)$/.test(t[k].key)) continue;
    // The verb after the noun is present and the customer's own: «خرید میکنم», «سفارش میدیم» (not «سفارشم اشتباه اومد»).
    const v = /^(?:خرید|سفارش|استفاده|رزرو|انتخاب|مراجعه|معرفی|پیشنهاد)$/.test(t[k].key) ? t[k + 1] : t[k];
    return !!v && v.clause === x.clause && !v.neg && /^(?:می|میک|خواهم|خواهیم)/.test(v.key) && /(?:م|یم)$/.test(v.key);
  }
  return false;
}

const BUT_FA = new Set(['ولی', 'اما', 'ولیکن', 'منتها']);

/**
 * «دفعه قبل یکم دیر رسیده بود ولی این دفعه عالی بود»: praise after a "but" that concedes a fault as past, with no negation or
 * «هنوز» between the "but" and the praise.
 */
export function faPraiseAfterConcession(ctx: CueContext, p: Hit, f: { from: number; to: number }): boolean {
  const t = ctx.doc.tokens;
  if (!t[p.from].fa || f.to > p.from || t[p.from].sentence - t[f.from].sentence > 1) return false;
  let but = -1;
  for (let k = f.to; k < p.from; k++) if (BUT_FA.has(t[k].key)) but = k;
  if (but < 0) return false;
  for (let k = but + 1; k < p.from; k++) if (t[k].neg || /^(?:هنوز|باز|بازم|دوباره|اصلا|هیچ)$/.test(t[k].key)) return false;
  // The fault told in the past («رسیده بود», «دیر شد»), not one that goes on («هنوز نرسیده ولی پشتیبانیتون عالیه»).
  for (let k = f.from; k < but; k++) if (t[k].key === 'هنوز' || (t[k].verb && !t[k].past && t[k].key !== 'بود')) return false;
  return true;
}

/** Words a screen's text is quoted after: «نوشته», «میزنه», «پیام», «خطای», «وضعیت», «گزینه». */
const SHOWN = /^(?:نوشته|نوشت|نوشتهشده|میزنه|میزند|مینویسه|مینویسد|نشون|نشان|پیام|پیغام|خطا|خطای|ارور|وضعیت|حالت|گزینه|دکمه|عبارت|اعلان|پیامک|روی|رو|تو|در|با)$/;
/** What a status reads: «در انتظار تایید», «در حال بررسی», «ارسال شده», «تحویل داده شد». */
const STATUS_FA = /^(?:در انتظار|در حال|منتظر|ارسال|تحویل|آماده|تایید|تأیید|لغو|ثبت|پردازش|بررسی|پرداخت|ناموفق|موفق|خطا|نامعتبر|رد)/;

/** Verbs of writing a value down: «زدن», «نوشتن», «ثبت کردن», «وارد شده». */
const WROTE = /^(?:زدن|زدند|زده|زدم|زدید|زدین|نوشتن|نوشتند|نوشته|نوشتم|نوشتید|نوشتین|ثبت|وارد|تایپ|چاپ)$/;

/** Sentence s says "X instead of Y" with a verb of writing, both quoted: «به جای «محمدحسین» زدن «محمدحسن»». */
function correctionPair(ctx: CueContext, s: number, q: { start: number; end: number }): boolean {
  const t = ctx.doc.tokens;
  const quotes = quotedSpansIn(ctx.doc.text);
  let instead = false;
  let wrote = false;
  for (let k = 0; k < t.length; k++) {
    if (t[k].sentence !== s) continue;
    if ((t[k].key === 'جای' && t[k - 1]?.key === 'به') || t[k].key === 'بجای') instead = quotes.some((o) => o.start >= t[k].end && o.start - t[k].end <= 2);
    if (WROTE.test(t[k].key)) wrote = true;
  }
  return instead && wrote && quotes.filter((o) => o.start >= ctx.doc.sentences[s].start && o.end <= ctx.doc.sentences[s].end + 1).length >= 2;
}

/** Spans in «…» (Persian guillemets). */
function quotedSpansIn(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/«[^«»\n]{1,40}»/g)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** A status or message a screen shows, quoted: «تو پنل نوشته «در انتظار تایید»», «در وضعیت «در انتظار داور» مانده». */
export function faSystemQuote(ctx: CueContext, q: { start: number; end: number }): boolean {
  const t = ctx.doc.tokens;
  let i = -1;
  for (let k = 0; k < t.length && t[k].end <= q.start; k++) i = k;
  const inner = ctx.doc.text.slice(q.start, q.end).replace(/^[«"'\u201c\u2018]|[»"'\u201d\u2019]$/g, '').replace(/\u200c/g, ' ').trim();
  if (!/[\u0600-\u06ff]/.test(inner)) return false;
  // «به جای «محمدحسین» زدن «محمدحسن»»: a value written wrong and the right one, quoted as they are (both quotes of the
  // sentence; not «تو سایت نوشتید «ارسال رایگان»», the company's words quoted back).
  if (i >= 0 && t[i].fa && correctionPair(ctx, t[i].sentence, q)) return true;
  if (i >= 0 && t[i].fa && /^(?:نوشته|نوشت|میزنه|میزند|مینویسه|مینویسد|پیام|پیغام|خطا|خطای|ارور|وضعیت|حالت|گزینه|دکمه|عبارت|اعلان)$/.test(t[i].key)) return true;
  // A status's own words after a word that places it: «در وضعیت «…»», «روی «ارسال شده» مونده».
  return i >= 0 && t[i].fa && SHOWN.test(t[i].key) && STATUS_FA.test(inner);
}

/** «معمولاً چند روز طول میکشه؟», «چند ساعت زمان می‌بره؟»: how long, asked about a wait ahead (duration evidence). */
export function faHowLongAsked(ctx: CueContext, e: Evidence): boolean {
  if (!ctx.fa) return false;
  const t = ctx.doc.tokens;
  const i = tokenAt(ctx, e);
  if (i < 0 || !t[i].fa || t[i].key !== 'چند') return false;
  const inQuestion = ctx.questions.some((q) => q.start <= t[i].start + ctx.offset && t[i].end + ctx.offset <= q.end);
  if (!inQuestion) return false;
  for (let k = i + 2; k < t.length && k <= i + 5 && t[k].clause === t[i].clause; k++) {
    if (/^(?:طول|زمان|وقت)$/.test(t[k].key) && /^(?:میکشه|میکشد|میبره|میبرد|میخواد|میخواهد|لازمه|لازم)$/.test(t[k + 1]?.key ?? '')) return true;
  }
  return false;
}

/** Authorities the company may be asked to inform: «پلیس فتا», «پلیس». */
const AUTHORITY = /^(?:پلیس|فتا|دادسرا|مراجع|قوه)/;

/** «اطلاعاتشو به پلیس فتا بدین؟»: an authority the company is asked, in a question, to involve; a request, not a threat. */
export function faAuthorityAsked(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (!x || !x.fa || !AUTHORITY.test(x.key) || t[h.from - 1]?.key !== 'به') return false;
  const at = x.start + ctx.offset;
  if (!ctx.questions.some((q) => q.start <= at && at < q.end)) return false;
  // The company does it: a second-person verb right after, in the same clause («بدین», «گزارش بدید», «اطلاع بدین»).
  for (let k = h.to; k < t.length && k <= h.to + 2 && t[k].clause === x.clause; k++) if (t[k].verb && t[k].second && !t[k].neg) return true;
  return false;
}

/** «ناراحت نیستما», «عصبانی نیستیما»: a feeling denied with the spoken emphatic «ـا» (the layer reads «نیستم» alone). */
export function faDeniedFeeling(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  const n = t[h.to];
  return !!n && n.fa && n.clause === t[h.from].clause && /^(?:نیستم|نیستیم|نبودم|نشدم|نیستش)(?:ا|ها)$/.test(n.key);
}

/** A feeling denied by the customer: «ناراحت نیستم», «مشکلی ندارم», «گله‌ای ندارم», «اعتراضی ندارم». */
const NOT_MINDED = /^(?:ناراحت|عصبانی|دلخور|ناراضی|شاکی)$/;
const NOTHING_AGAINST = /^(?:مشکلی|گلهای|گله|اعتراضی|ایرادی)$/;

/**
 * «از اینکه سفارشم با تأخیر رسید ناراحت نیستم»: a fault inside «از اینکه …» that the customer says they do not mind, closed in its
 * clause by a first-person denied feeling.
 */
export function faFaultNotMinded(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (!x || !x.fa) return false;
  let opens = false;
  for (let k = h.from - 1; k >= 0 && k >= h.from - 8 && t[k].clause === x.clause; k--) if (t[k].key === 'اینکه' || (t[k].key === 'این' && t[k + 1]?.key === 'که')) opens = true;
  if (!opens) return false;
  for (let k = h.to; k + 1 < t.length && k <= h.to + 6 && t[k].clause === x.clause; k++) {
    const n = t[k + 1];
    if (NOT_MINDED.test(t[k].key) && /^(?:نیستم|نیستیم|نشدم|نشدیم|نبودم)(?:ا|ها)?$/.test(n.key)) return true;
    if (NOTHING_AGAINST.test(t[k].key) && /^(?:ندارم|نداریم)$/.test(n.key)) return true;
  }
  return false;
}

/** First-person past verbs of the customer's own slip right after a fault word: «اشتباه زدم», «اشتباه وارد کردم». */
const OWN_SLIP_FA = /^(?:زدم|زدیم|نوشتم|نوشتیم|کردم|کردیم|وارد|تایپ|انتخاب|فرستادم|فرستادیم|دادم|دادیم)$/;

/** «پلاکو اشتباه زدم», «آدرس رو اشتباه وارد کردم»: the customer's own mistake, not the company's fault. */
export function faOwnSlip(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (!x || !x.fa || !/^اشتباه/.test(x.key)) return false;
  const n = t[h.to];
  if (!n || n.clause !== x.clause || !OWN_SLIP_FA.test(n.key) || n.neg) return false;
  // «وارد کردم», «تایپ کردم»: the light verb after the noun is the customer's too.
  if (/^(?:وارد|تایپ|انتخاب)$/.test(n.key)) return /^(?:کردم|کردیم)$/.test(t[h.to + 1]?.key ?? '');
  return true;
}

/** Fault hits that are no fault of the company's: the customer's own slip, or a fault they say they do not mind. */
export function faNotTheirFault(ctx: CueContext, h: Hit): boolean {
  return faOwnSlip(ctx, h) || faFaultNotMinded(ctx, h);
}

/**
 * An escalation word that threatens no one at the company: an authority the company is asked to inform («به پلیس فتا بدین؟»),
 * a complaint against a third party («از یه فروشنده … شکایت کنم»), «مدیر ساختمان» (a building's manager, not theirs).
 */
export function faEscalationNotThreat(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (!x || !x.fa) return false;
  if (faAuthorityAsked(ctx, h)) return true;
  if (/^(?:مدیر|مدیریت|مسئول)$/.test(x.key) && ROLE_ELSEWHERE.test(t[h.from + 1]?.key ?? '')) return true;
  if (/^شکایت/.test(t[h.to - 1].key) || /^شکایت/.test(x.key)) {
    for (let k = h.from - 1; k >= 1 && k >= h.from - 6 && t[k].clause === x.clause; k--) {
      if (t[k - 1].key === 'از' && namedParty(t, k) > 0) return true;
      // «تو سایتتون»: where, not whom («از شما شکایت می‌کنم» is whom).
      if (companyAt(t, k) && !(PREP.has(t[k - 1].key) && t[k - 1].key !== 'از')) return false;
    }
  }
  return false;
}

/**
 * «اصلاً ناراحت نیستم، فقط بگین کی میرسه؟»: «اصلاً» ("at all") of the customer's own denied feeling, not the "do you even…?" of
 * a question to the company: the rhetorical evidence `doubt` is dropped when a feeling word and a first-person negative
 * («نیستم», «نشدم», «ندارم») follow it in its clause.
 */
export function faNotRhetorical<E extends { start: number; end: number }>(ctx: CueContext, doubt: E | null): E | null {
  if (!doubt || !ctx.fa) return doubt;
  const t = ctx.doc.tokens;
  const i = t.findIndex((x) => x.start + ctx.offset >= doubt.start);
  if (i < 0 || t[i].key !== 'اصلا') return doubt;
  const feeling = ctx.hits.find((h) => h.category === 'frustration' && h.from > i && h.from <= i + 2 && t[h.from].clause === t[i].clause);
  if (!feeling) return doubt;
  const n = t[feeling.to];
  return n && n.clause === t[i].clause && n.neg && /^(?:نیستم|نیستیم|نشدم|نشدیم|نبودم|ندارم|نداریم)(?:ا|ها)?$/.test(n.key) ? null : doubt;
}
