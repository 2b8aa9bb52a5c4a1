/**
 * Persian frustration, session 18's kinds (issue 13, tfrfa18): the kinds fresh writers' messages fell into where the reader
 * was wrong (late17 and other development splits, read by kind), each built as a family from its parts in
 * scripts/tone-fa-frust-matrix18.ts with look-alikes in the other direction. Precision first: where a kind is ambiguous,
 * nothing is read.
 *
 * Read (readFaKinds18 and faKinds18Lexicon, added to the score in ./frustration.ts):
 * - Formal complaints about conduct: «به دور از ادب و شأن مشتری بود», «پاسخ‌های غیرمسئولانه», «به هیچ عنوان پذیرفتنی نیست»,
 *   «به‌شدت ناخرسندم», «انتظار از … بیش از این است», «خیلی بی‌احترامیه», «خجالت داره واقعاً» (not «خجالت داره بگم …»).
 * - Sarcasm: a mocking guess «لابد هوا مصرف کرده، نه؟», «لابد اونم باید جدا پیگیری کنم؟»; «به به!» opening a message that
 *   tells a failure (not a success).
 * - Waiting in a queue: «نیم ساعته تو صف چت آنلاینم», «چهل دقیقه‌ست پشت خطم», with «اپراتور کجاست پس؟» (each weak alone).
 *
 * Dropped (precision):
 * - «اعتراض» / «شکایت» as a procedure asked about: «فرم اعتراض کجاست؟», «قصد دارم اعتراض نمایم … مهلت آن چند روز است؟».
 * - A length of time that is no wait: asked («مهلت قانونی آن چند روز است؟», «حداکثر مدت اقساط چند ماه است؟»), still to
 *   come («هنوز دو ماه مونده», «تا دو هفته دیگر»).
 * - Questions that ask, not complain: a deadline for a non-enduring act («میزبان تا کی باید تأیید کنه؟», «تا کی باید مدارک
 *   رو بفرستم؟»), a requirement with alternatives («حتماً باید چک داشته باشم یا ضمانت هم ممکن است؟»).
 * - Quotes that are labels: an English system message («پیام «Subscription expired» نمایش داده می‌شود»), a stage
 *   («در مرحله «چاپ» مونده»), a title («لینکی با عنوان «بازگشت وجه یارانه»»).
 * - Sincere thanks beside the customer's own doing: «هنوز دارم ویدیوها رو نگاه می‌کنم 😄» (still doing, by choice),
 *   «مبلغی که اشتباهی پرداخت کرده بودم برگشت داده شد. واقعاً لطف کردید» (their own slip, put right).
 * - A feeling or a doubt aimed at a party of the customer's own (a building guard, a neighbour, a landlord, a contractor):
 *   «واقعاً از دست این نگهبان خسته شدم», «همسایه‌مون … اصلاً هم گردن نمی‌گیره»; never the company's staff («از دست پیکتون»).
 * - A worried customer who only tells what happened and asks («یکم نگرانم … اگه تأیید نکنه پولم برمی‌گرده؟»): no stance,
 *   no «!!», no angry emoji: under the threshold.
 */
import type { CueContext } from '../cue.ts';
import type { ToneToken } from '../layer.ts';
import type { Hit, LexiconPart } from '../tokens.ts';
import type { Evidence } from '../types.ts';
import { ACCOUNT, type Piece, piecesOf } from './frustration.fa.evidence16.ts';

type T = readonly ToneToken[];
const NOTHING = { score: 0, evidence: [] as Evidence[] };

/** Both spellings of a phrase whose ZWNJ the keys drop: joined («بیاحترامیه») and spaced («بی احترامیه»). */
function spaced(words: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, w] of Object.entries(words)) {
    out[k.replaceAll('\u200c', '')] = w;
    out[k.replaceAll('\u200c', ' ')] = w;
  }
  return out;
}

const FAR = ['ادب', 'شان', 'احترام', 'انصاف', 'اخلاق', 'نزاکت', 'شئون', 'عرف'];

export const faKinds18Lexicon: LexiconPart = {
  frustration: spaced({
    'ناخرسندم': 1.2, 'ناخرسندیم': 1.2, 'ناخرسند هستم': 1.2, 'ناخرسند هستیم': 1.2, 'ناخرسند شدم': 1.2, 'ناخرسند شدیم': 1.2, 'ناخرسند شده‌ام': 1.2,
    'ناخشنودم': 1.2, 'ناخشنودیم': 1.2, 'ناخشنود هستم': 1.2, 'ناخشنود هستیم': 1.2, 'ناخشنود شدم': 1.2,
  }),
  'frustration.judgement': spaced({
    ...Object.fromEntries(FAR.flatMap((w) => [[`به دور از ${w}`, 1.2], [`بدور از ${w}`, 1.2]])),
    'غیرمسئولانه': 1, 'غیر مسئولانه': 1, 'غیرمسئولانه‌ای': 1,
    'پذیرفتنی نیست': 1.3, 'پذیرفتنی نمی‌باشد': 1.3, 'پذیرفتنی نبود': 1.3, 'پذیرفتنی نیس': 1.3,
    'قابل پذیرش نیست': 1.3, 'قابل پذیرش نمی‌باشد': 1.3, 'قابل پذیرش نبود': 1.3,
    'بی‌احترامیه': 1.1, 'بی‌احترامی است': 1.1, 'بی‌احترامی بود': 1.1, 'بی‌احترامی کردن': 1.1, 'بی‌احترامی کرد': 1.1, 'بی‌احترامی کردند': 1.1,
    'بی‌ادبی کرد': 1.1, 'بی‌ادبی کردن': 1.1, 'بی‌ادبی کردند': 1.1,
    'خلاف حقوق مصرف‌کننده': 0.9, 'خلاف حقوق مشتری': 0.9, 'خلاف حقوق مشترک': 0.9, 'خلاف حقوق مصرف‌کنندگان': 0.9,
  }),
  'frustration.complaint': spaced({
    'علاف شدیم': 0.8, 'علاف شدم': 0.8, 'علافم کردید': 0.9, 'علافمون کردید': 0.9, 'علافم کردین': 0.9, 'علافمون کردین': 0.9, 'علاف کردید': 0.9,
    'علاف موندیم': 0.8, 'علاف ماندیم': 0.8, 'علاف موندم': 0.8, 'علاف ماندم': 0.8,
  }),
};

const sentenceOf = (t: T, s: number) => t.filter((x) => x.sentence === s);
/** The text right after a sentence's last token: a question mark or «!». */
const endOf = (ctx: CueContext, t: T, s: number) => {
  const last = [...t].reverse().find((x) => x.sentence === s);
  return last ? ctx.doc.text.slice(last.end, last.end + 3) : '';
};
const asked = (ctx: CueContext, t: T, s: number) => /^[\s)»"']*[?؟]/.test(endOf(ctx, t, s));

/** A failure told in the message («لغو», «حذف شد», «خراب», «نرسیده», «قطع»). */
const FAIL = /^(?:لغو|لغوه|کنسل|حذف|خراب|خرابه|قطع|قطعه|نرسیده|نرسید|نیومده|نیامده|نیومد|نیامد|تموم|گم|اشتباه|اشتباهی|تاخیر|علاف|معطل|برنگشته|ندادن|ندادید|ندادین|نشده|نشد)$/;
const SUCCESS = /^(?:رسید|رسیده|برگشت|برگشته|برطرف|حل|عالیه|ممنونم|مرسی|سپاسگزارم)$/;

/** First person: «من», «خودم», a first-person verb. */
const FIRST = /^(?:من|خودم|بنده|اینجانب|ما)$/;

/**
 * Persian kinds read from the tokens (the lexicon above reads the phrases).
 */
export function readFaKinds18(ctx: CueContext): { score: number; evidence: Evidence[] } {
  if (!ctx.fa) return NOTHING;
  const t = ctx.doc.tokens;
  if (t.length === 0) return NOTHING;
  let score = 0;
  const evidence: Evidence[] = [];
  const span = (a: number, b: number, why: string) => ({ start: t[a].start + ctx.offset, end: t[b].end + ctx.offset, text: ctx.message.slice(t[a].start + ctx.offset, t[b].end + ctx.offset), why }) as Evidence;
  // «بدون هیچ خبری لغو شد»: the reader's negation scope of «هیچ» reaches «لغو»; a failure word is read as written.
  const failed = t.some((x) => FAIL.test(x.key));
  const succeeded = t.some((x) => SUCCESS.test(x.key) && !x.neg && !x.negated);
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    if (!x.fa) continue;
    // «لابد هوا مصرف کرده، نه؟», «لابد اونم باید جدا پیگیری کنم؟»: a mocking guess, asked; not «لابد اشتباه از من بوده» (own fault)
    // nor «لابد سرتون شلوغه» (said, not asked).
    if (x.key === 'لابد' && score < 0.8) {
      const s = sentenceOf(t, x.sentence).filter((y) => y.start > x.start);
      const own = s.some((y, k) => FIRST.test(y.key) && !(k > 0 && s[k - 1].key === 'باید')) || s.some((y) => y.pastFirst);
      const tag = s.length > 0 && /^(?:نه|دیگه|دیگر)$/.test(s[s.length - 1].key);
      const must = s.some((y) => y.key === 'باید');
      // «لابد اینم تقصیر منه، نه؟», «لابد اونم باید جدا پیگیری کنم؟»: "this too", one more in a series, is said outright.
      const too = s.some((y, k) => /^(?:اینم|اونم|آنهم|اینهم)$/.test(y.key) || (/^(?:این|اون|آن)$/.test(y.key) && s[k + 1]?.key === 'هم'));
      if (!own && asked(ctx, t, x.sentence) && (tag || must) && failed) {
        score += too ? 1 : 0.8;
        evidence.push(span(i, Math.min(t.length - 1, i + s.length), 'tone.why.sarcasm'));
      }
    }
    // «به به!» opening a message that tells a failure, with no success told.
    if (i <= 2 && x.key === 'به' && t[i + 1]?.key === 'به' && /^\s*!/.test(ctx.doc.text.slice(t[i + 1].end, t[i + 1].end + 2)) && failed && !succeeded && score < 1) {
      score += 1;
      evidence.push(span(i, i + 1, 'tone.why.sarcasm'));
    }
    // «خجالت داره واقعاً.», «خجالت دارد!»: shame at the service; not «خجالت داره بگم ولی …» (an embarrassed customer).
    if (x.key === 'خجالت' && /^(?:داره|دارد)$/.test(t[i + 1]?.key ?? '') && !x.negated) {
      const n = t[i + 2];
      const end = !n || n.sentence !== x.sentence || (n.key === 'واقعا' && (!t[i + 3] || t[i + 3].sentence !== x.sentence));
      if (end) {
        score += 1.1;
        evidence.push(span(i, i + 1, 'tone.why.judgement'));
      }
    }
    // «انتظار از بانکی که … بیش از این است»: expected more of the company (not «بیش از این انتظار نداشتم», content).
    if (x.key === 'انتظار' && !x.negated) {
      const s = sentenceOf(t, x.sentence).filter((y) => y.start > x.start);
      const k = s.findIndex((y, j) => /^(?:بیش|بیشتر)$/.test(y.key) && s[j + 1]?.key === 'از' && /^(?:این|اینها)$/.test(s[j + 2]?.key ?? ''));
      if (k >= 0 && !s.some((y) => y.neg || y.negated) && /^(?:است|بود|هست|بوده|داشتم|داشتیم)$/.test(s[k + 3]?.key ?? '')) {
        score += 1;
        evidence.push(span(i, t.indexOf(s[k + 3]), 'tone.why.judgement'));
      }
    }
  }
  // Waiting in a queue: «نیم ساعته تو صف چت آنلاینم», «چهل دقیقه‌ست پشت خطم», «یه ساعته رو موزیک انتظارم».
  const q = queueWait(t);
  // Counted once: a complaint phrase of the lexicon that already reads it («ساعته پشت خطم»).
  if (q && !ctx.hits.some((h) => h.category === 'frustration.complaint' && h.from <= q[1] && q[0] <= h.to - 1)) {
    score += 0.6;
    evidence.push(span(q[0], q[1], 'tone.why.complaint'));
  }
  // «تا کی آخه؟», «آخه تا کی؟», «دیگه تا کی؟»: until when, asked as a whole sentence of exasperation.
  for (let i = 0; i + 1 < t.length; i++) {
    if (t[i].key !== 'تا' || t[i + 1].key !== 'کی') continue;
    const s = sentenceOf(t, t[i].sentence);
    const rest = s.filter((y) => y.key !== 'تا' && y.key !== 'کی');
    if (asked(ctx, t, t[i].sentence) && rest.length > 0 && rest.every((y) => /^(?:آخه|آخر|دیگه|دیگر|واقعا)$/.test(y.key))) {
      score += 1;
      evidence.push(span(t.indexOf(s[0]), t.indexOf(s[s.length - 1]), 'tone.why.rhetoricalQuestion'));
      break;
    }
  }
  // «اپراتور کجاست پس؟», «پس کجایید؟»: where is anyone, asked with «پس».
  for (let i = 0; i < t.length; i++) {
    const a = t[i].key;
    const b = t[i + 1]?.key ?? '';
    const where = /^(?:کجاست|کجایید|کجایین|کجایی|کو)$/;
    const hit = (where.test(a) && b === 'پس') ? i + 1 : (a === 'پس' && where.test(b)) ? i + 1 : -1;
    if (hit < 0) continue;
    // Sentence-final, or «پس کجاست این پشتیبانی؟» (this X, two words at most).
    const after = t.slice(hit + 1).filter((y) => y.sentence === t[hit].sentence);
    const bare = after.length === 0 || (after.length <= 3 && /^(?:این|اون|آن)$/.test(after[0].key));
    if (bare && asked(ctx, t, t[hit].sentence)) {
      score += 0.6;
      evidence.push(span(hit - 1, hit, 'tone.why.rhetoricalQuestion'));
      break;
    }
  }
  return { score, evidence };
}

const UNIT = /^(?:دقیقه|دقیقست|دقیقهست|دقیقهاست|دقیقس|ساعت|ساعته|ساعتست|ساعتهست|ساعتهاست)$/;
const AMOUNT = /^(?:نیم|یه|یک|دو|سه|چهار|پنج|ده|بیست|سی|چهل|پنجاه|چند|\d+)$/;
const QUEUE = /^(?:صف|صفم|صفیم|انتظارم|انتظاریم|خطم|خطیم)$/;

/** A length of time, then a queue: «نیم ساعته تو صف چت آنلاینم», «چهل دقیقه‌ست پشت خطم», «یه ساعته رو موزیک انتظارم». */
function queueWait(t: T): [number, number] | null {
  for (let i = 0; i + 1 < t.length; i++) {
    if (!AMOUNT.test(t[i].key) || !UNIT.test(t[i + 1].key)) continue;
    let j = i + 2;
    if (/^(?:است|هست|که)$/.test(t[j]?.key ?? '')) j++;
    for (let k = j; k < t.length && k <= j + 4 && t[k].sentence === t[i].sentence; k++) {
      const place = /^(?:تو|توی|در|پشت|رو|روی)$/.test(t[k - 1]?.key ?? '') || /^(?:خط|موزیک|چت)$/.test(t[k - 1]?.key ?? '');
      if (QUEUE.test(t[k].key) && place) return [i, k];
      if (t[k].key === 'صف' || (t[k].key === 'خط' && t[k - 1]?.key === 'پشت')) return [i, k];
    }
  }
  return null;
}

// ---------------------------------------------------------------- precision

function tokenIndexAt(ctx: CueContext, at: number): number {
  const t = ctx.doc.tokens;
  return t.findIndex((x) => x.start + ctx.offset <= at && at < x.end + ctx.offset);
}

/** How, where, by when: words of a question about a procedure. */
const HOW = /^(?:کجا|کجاست|کدام|کدوم|چطور|چطوری|چگونه|نحوه|نحوهی|مهلت|فرم|مراحل|روند|فرایند|فرآیند|بخش)$/;
/** Enduring, chasing, repeating: what «تا کی باید …؟» complains of. */
const ENDURE = /^(?:صبر|منتظر|تحمل|بمونم|بمانم|بمونیم|بمانیم|بکشم|بکشیم|زنگ|پیگیری|بدوم|بدویم|التماس|توضیح|تکرار|بیام|بیایم|برم|بروم|بنویسم|بگم|بگویم|هزینه|پول|معطل|سر|دنبال|بسوزم|بسازم|بشینم|بنشینم|ایمیل|پیام|تماس|مراجعه)$/;

/**
 * Word hits read wrong (for ./frustration.ts, beside dropFaMatrix17): «اعتراض» / «شکایت» as a procedure asked about; «هنوز» of
 * the customer's own ongoing doing («هنوز دارم … نگاه می‌کنم»).
 */
export function dropFaKinds18(ctx: CueContext, said: Hit[]): void {
  if (!ctx.fa) return;
  const t = ctx.doc.tokens;
  let w = 0;
  for (const h of said) if (!dropped(ctx, t, h)) said[w++] = h;
  said.length = w;
}

function dropped(ctx: CueContext, t: T, h: Hit): boolean {
  const x = t[h.from];
  if (!x || !x.fa) return false;
  if (h.category === 'frustration.escalation' && procedure(ctx, t, h.from, h.to)) return true;
  if (h.category === 'frustration.complaint' && (ownOngoing(t, h.from) || stillToCome(t, h.from))) return true;
  if (h.category === 'frustration' && atPartyBeside(t, h.from, h.to)) return true;
  return false;
}

/** A hit on «اعتراض» / «شکایت» that is a procedure asked about (for ./frustration.implicit.ts's understatement: «قصد ثبت اعتراض دارم؛ مراحل آن چیست؟»). */
export function faProcedureHit18(ctx: CueContext, h: Hit): boolean {
  if (!ctx.fa) return false;
  const t = ctx.doc.tokens;
  return !!t[h.from]?.fa && procedure(ctx, t, h.from, h.to);
}

/** «فرم اعتراض», «مهلت اعتراض», «قصد دارم اعتراض نمایم … فرم آن کجاست؟»: a procedure, not a threat. */
function procedure(ctx: CueContext, t: T, from: number, to: number): boolean {
  const at = (() => {
    for (let k = from; k < to; k++) if (/^(?:اعتراض|شکایت)/.test(t[k].key)) return k;
    return -1;
  })();
  if (at < 0) return false;
  // Told as done and unanswered («اعتراض نموده‌ام؛ لیکن تاکنون پاسخی …»): a complaint, kept.
  for (let k = at + 1; k < t.length && k <= at + 3 && t[k].clause === t[at].clause; k++) if (t[k].pastFirst) return false;
  const prev = t[at - 1]?.key ?? '';
  if (/^(?:فرم|مهلت|نحوه|نحوهی|روند|مراحل|فرایند|فرآیند|بخش|برگه|برگ|کد|شماره)$/.test(prev)) return true;
  // A question in the message about how, where or by when.
  const sentences = new Set(t.map((y) => y.sentence));
  for (const s of sentences) if (asked(ctx, t, s) && t.some((y) => y.sentence === s && HOW.test(y.key))) return true;
  return false;
}

const TIME_UNIT = /^(?:روز|هفته|ماه|سال|ساعت|دقیقه|روزه|هفتهای|ماهه)$/;
/** «هنوز دو ماه مونده»: time still to come, not a wait. */
function stillToCome(t: T, i: number): boolean {
  if (!/^(?:هنوز|هنوزم)$/.test(t[i].key)) return false;
  for (let k = i + 1; k < t.length && k <= i + 4 && t[k].clause === t[i].clause; k++) {
    if (/^(?:مونده|مانده|ماندهاست|موندهاست)$/.test(t[k].key)) return k >= 2 && TIME_UNIT.test(t[k - 1].key);
  }
  return false;
}

/** People of the customer's own building, street or deal (never the company's: no «…تون»). */
const PARTY = /^(?:همسایه|همسای|صاحبخانه|صاحبخونه|موجر|مستاجر|نگهبان|سرایدار|لابیمن|پیمانکار|بنا|کارگرای|کارگرهای|کلاهبردار|شهرداری)/;
const partyAt = (t: T, k: number) =>
  !!t[k] && t[k].fa && PARTY.test(t[k].key) && !/(?:تون|تان)$/.test(t[k].key) && !(t[k + 1] && (t[k + 1].key === 'شما' || /^(?:شرکت|فروشگاه|سایت)/.test(t[k + 1].key)));
/** «شما», «…تون», a second-person verb: the company. */
const companyAt = (x: ToneToken) => x.key === 'شما' || (x.verb && x.second && x.key !== 'بدون') || (/(?:تون|تان)$/.test(x.key) && x.key.length > 4 && !/^(?:براتون|بهتون|خودتون)$/.test(x.key));

/** «از دست این نگهبان خسته شدم», «از همسایه‌مون کلافه‌ام»: a feeling aimed by «از (دست)» at a party of the customer's own. */
function atPartyBeside(t: T, from: number, to: number): boolean {
  const c = t[from].clause;
  for (let k = Math.max(0, from - 5); k < t.length && k <= to + 4; k++) {
    if (t[k].clause !== c || t[k].key !== 'از') continue;
    let j = k + 1;
    if (t[j]?.key === 'دست' || t[j]?.key === 'رفتار') j++;
    if (/^(?:این|اون|آن)$/.test(t[j]?.key ?? '')) j++;
    if (partyAt(t, j) && t[j].clause === c) return true;
  }
  return false;
}

/**
 * A doubt read as rhetorical («اصلاً») in a sentence whose subject is a party of the customer's own, with no word of the company
 * between: «همسایه‌مون کابل رو قطع کرده و اصلاً هم گردن نمی‌گیره» (for ./frustration.ts's doubt).
 */
export function faDoubtAtParty18(ctx: CueContext, e: { start: number; end: number }): boolean {
  if (!ctx.fa) return false;
  const t = ctx.doc.tokens;
  const i = tokenIndexAt(ctx, e.start);
  if (i < 0 || !t[i].fa) return false;
  for (let k = i - 1; k >= 0 && t[k].sentence === t[i].sentence; k--) {
    if (companyAt(t[k])) return false;
    if (partyAt(t, k) && (k === 0 || t[k - 1].sentence !== t[k].sentence || !/^(?:به|از|با|برای|تو|توی|در)$/.test(t[k - 1].key))) return true;
  }
  return false;
}

/** «هنوز دارم ویدیوها رو نگاه می‌کنم»: still doing something of one's own, by choice. */
function ownOngoing(t: T, i: number): boolean {
  if (!/^(?:هنوز|هنوزم)$/.test(t[i].key)) return false;
  return /^(?:دارم|داریم)$/.test(t[i + 1]?.key ?? '') || /^(?:دارم|داریم)$/.test(t[i + 2]?.key ?? '') && !t[i + 1].neg;
}

/**
 * A length of time that is no wait (for ./frustration.ts's waits): asked («چند روز است؟», «حداکثر مدت اقساط چند ماه است؟»),
 * or still to come («هنوز دو ماه مونده», «تا دو هفته دیگه»).
 */
export function faNoWait18(ctx: CueContext, e: Evidence): boolean {
  if (!ctx.fa) return false;
  const t = ctx.doc.tokens;
  const i = tokenIndexAt(ctx, e.start);
  if (i < 0 || !t[i].fa) return false;
  const end = tokenIndexAt(ctx, e.end - 1);
  const j = end >= i ? end : i + 1;
  const s = t[i].sentence;
  // Asked: «چند روز است؟», «مهلت قانونی ثبت آن چند روز است؟»
  if (t[i].key === 'چند' && asked(ctx, t, s) && (j + 1 >= t.length || t[j + 1].sentence !== s || /^(?:است|هست|میباشد|میشه|طول)$/.test(t[j + 1].key))) return true;
  if (/^(?:حداکثر|حداقل|مهلت|مدت)$/.test(t[i - 1]?.key ?? '') && asked(ctx, t, s)) return true;
  // Still to come: «دو ماه مونده», «دو ماه دیگه».
  const n = t[j + 1];
  if (n && n.sentence === s && /^(?:مونده|مانده|موندهاست|ماندهاست|دیگه|دیگر|بعد)$/.test(n.key)) return true;
  return false;
}

/**
 * A rhetorical-question hit that asks (for ./frustration.ts's asks): «میزبان تا کی باید تأیید کنه؟» (a deadline for an act that
 * is no enduring), «حتماً باید چک داشته باشم یا ضمانت هم ممکن است؟» (a requirement with its alternative).
 */
export function faAskedNotRhetorical18(ctx: CueContext, h: Hit): boolean {
  if (!ctx.fa) return false;
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (!x || !x.fa) return false;
  const must = (() => {
    for (let k = h.from; k < h.to; k++) if (t[k].key === 'باید') return k;
    return -1;
  })();
  if (must < 0 || !asked(ctx, t, x.sentence)) return false;
  const rest = t.slice(must + 1).filter((y) => y.sentence === x.sentence);
  if (rest.some((y) => ENDURE.test(y.key) || y.second)) return false;
  if (t[must - 1]?.key === 'کی' && t[must - 2]?.key === 'تا') return rest.length > 0;
  if (/^(?:حتما|حتمن)$/.test(t[must - 1]?.key ?? '')) return rest.some((y) => y.key === 'یا');
  return false;
}

/** Words before a quote that make it a label, a stage or a title. */
const LABEL_BEFORE = /^(?:مرحله|مرحلهی|عنوان|اسم|نام|بنام|پیام|پیغام|خطا|خطای|ارور|اخطار|هشدار|نوشته|وضعیت|حالت)$/;
const LABEL_AFTER = /^(?:نمایش|میده|میاد|میزنه|میدهد|میآید|ظاهر)$/;

/** A quote that is a label: an English system message, a stage «در مرحله «چاپ»», a title «با عنوان «…»» (never irony). */
export function faLabelQuote18(ctx: CueContext, q: { start: number; end: number }): boolean {
  if (!ctx.fa) return false;
  const t = ctx.doc.tokens;
  let i = -1;
  for (let k = 0; k < t.length && t[k].end <= q.start; k++) i = k;
  if (i < 0 || !t[i].fa) return false;
  const inner = ctx.doc.text.slice(q.start, q.end).replace(/^[«"'\u201c\u2018]|[»"'\u201d\u2019]$/g, '').trim();
  const after = t.find((x) => x.start >= q.end);
  const latin = /[A-Za-z]/.test(inner) && !/[\u0600-\u06ff]/.test(inner);
  if (latin && (LABEL_BEFORE.test(t[i].key) || (after && LABEL_AFTER.test(after.key)))) return true;
  return /^(?:مرحله|مرحلهی|عنوان|اسم|نام|بنام)$/.test(t[i].key);
}

/**
 * Praise beside what is no failure of the company's (for ./frustration.ts's sarcasm, beside faSincere17): «هنوز دارم
 * ویدیوها رو نگاه می‌کنم» (the customer's own ongoing doing), «مبلغی که اشتباهی پرداخت کرده بودم» (their own slip).
 */
export function faSincere18(ctx: CueContext, f: { from: number; to: number } | number): boolean {
  if (!ctx.fa) return false;
  const t = ctx.doc.tokens;
  const from = typeof f === 'number' ? f : f.from;
  const x = t[from];
  if (!x || !x.fa) return false;
  if (ownOngoing(t, from)) return true;
  // «من اشتباهی دو تا سفارش دادم و شما یکی رو لغو کردید»: what was done put right the customer's own slip.
  for (let k = 0; k < from; k++) {
    if (t[k].sentence !== x.sentence || !/^(?:اشتباهی|اشتباها)$/.test(t[k].key)) continue;
    for (let j = k + 1; j < from && j <= k + 5; j++) if (t[j].pastFirst) return true;
  }
  if (/^(?:اشتباهی|اشتباها|اشتباه)$/.test(x.key)) {
    for (let k = from + 1; k < t.length && k <= from + 4 && t[k].clause === x.clause; k++) if (t[k].pastFirst || /^(?:بودم|بودیم)$/.test(t[k].key)) return true;
    if (FIRST.test(t[from - 1]?.key ?? '') && t[from - 1].key !== 'ما') return true;
  }
  return false;
}

/**
 * A worried customer who only tells what happened and asks (for ./frustration.ts, at the pieces): worry said and not negated,
 * a question, and every piece an account (no feeling, judgement, sarcasm, escalation, «!!», emoji): under the threshold.
 */
export function faWorriedAsk18(ctx: CueContext, pieces: readonly Piece[], score: number): number {
  if (!ctx.fa || score < 1) return score;
  const t = ctx.doc.tokens;
  const worry = ctx.hits.some((h) => h.category === 'frustration.worry' && !t[h.from]?.negated && !t[h.from]?.neg);
  if (!worry || ctx.questions.length === 0) return score;
  const ps = piecesOf(pieces);
  if (ps.length === 0 || !ps.every((p) => ACCOUNT.has(p.kind))) return score;
  return Math.min(score, 0.95);
}

/** Examples the cue module's own test runs (./frustration.ts spreads them into its examples). */
export const faKinds18Examples = {
  fires: [
    { text: 'برخورد همکار شما در شعبه به دور از ادب و شأن مشتری بود.', evidence: ['به دور از ادب'] },
    { text: 'از نحوه‌ی رسیدگی به درخواستم به‌شدت ناخرسندم.', evidence: ['ناخرسندم'] },
    { text: 'اینترنتم دوباره قطع شد. لابد اینم تقصیر منه، نه؟', evidence: ['لابد اینم تقصیر منه، نه'] },
    { text: 'پولم هنوز برنگشته. تا کی آخه؟', evidence: ['تا کی آخه'] },
    { text: 'نیم ساعته تو صف چت آنلاینم! اپراتور کجاست پس؟', evidence: ['کجاست پس'] },
  ],
  quiet: [
    'قصد دارم به برگ تشخیص مالیات اعتراض نمایم. فرم اعتراض در کدام بخش سامانه قرار دارد؟',
    'حداکثر مدت اقساط چند ماه است؟',
    'تا کی باید مدارک رو بفرستم؟',
    'هنگام ورود پیام «Subscription expired» نمایش داده می‌شود. لطفاً وضعیت تمدید را بررسی فرمایید.',
    'دوره خیلی عالی بود 🙏 هنوز دارم فیلم‌ها رو نگاه می‌کنم 😄 گواهی کی صادر میشه؟',
    'خجالت داره بگم ولی رمزمو یادم رفته. چطور عوضش کنم؟',
    'لابد سرتون خیلی شلوغه، هر وقت تونستید جواب بدید.',
  ],
};
