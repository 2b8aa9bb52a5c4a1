/**
 * Persian frustration, session 19's kinds (issue 13, tfrfa19): the kinds fresh writers' messages fell into where the reader
 * was wrong (late18 and late15, read by kind), each built as a family from its parts in scripts/tone-frustration-matrix19.fa.ts
 * with look-alikes in the other direction. Precision first: where a kind is ambiguous, nothing is read.
 *
 * Read (readFaKinds19, added to the score in ./frustration.ts):
 * - A threat to take it to an authority or to law, formal or not: «در غیر این صورت مراتب به اداره کل … گزارش خواهد شد»,
 *   «وگرنه به تعزیرات شکایت می‌کنم» (not «در غیر این صورت لطفاً اطلاع دهید», not «چطور به سازمان حمایت شکایت کنم؟»).
 * - A fault said to recur: «این بار اول نیست که این اتفاق می‌افتد», «سومین جلسه‌ست که کلاس رو کنسل می‌کنید» (never a
 *   count of purchases: «بار اولم نیست که خرید می‌کنم و همیشه راضی بودم»).
 * - «این چه شرکتیه؟», «این چه فروشگاهی است!»: a rhetorical «what kind of …» ending its clause (not «این چه شرکتیه که پیامک داده؟»).
 * - «این انصافه؟», «به نظرتون این درسته؟» (weak: a form filled «این درسته؟» asks).
 * - Mock advice on the company's own words: «شاید بهتر باشد شعارتان را عوض کنید».
 * - Thanks for a spoiled delivery: «واقعاً ممنون که غذای یخ‌زده تحویلم دادید» (not «ممنون که غذای سرد رو عوض کردید»).
 *
 * Calm (calmFa19: when every word of evidence lies inside one of these, the cue stays under the threshold):
 * - A belief the rest of the sentence took back: «اولش فکر کردم کلاهبرداریه ولی ظرف دو دقیقه اومد».
 * - A judgement of another party in a sentence that says it is not the company's doing: «فروشگاه بی‌مسئولیته ولی میدونم به
 *   شما ربطی نداره» (the customer's own feeling still counts: «می‌دونم تقصیر شما نیست ولی واقعاً عصبانی‌ام»).
 * - «این دفعه آخره، قول میدم» of one who apologises for asking again (not «این دفعه آخره که ازتون خرید می‌کنم»).
 * - An apology for one's own earlier tone beside thanks: «مرسی، رسید. ببخشید اگه دیروز تند حرف زدم، اعصابم از جای دیگه خورد بود».
 * - Thanks again and a glad surprise: «فک نمی‌کردم انقدر زود درست شه. بازم ممنون».
 * - A protest asked about as a procedure: «چجوری میتونم اعتراض بدم؟».
 * - Time still left, no hurry: «هنوز دو ماه وقت دارم و عجله‌ای نیست».
 */
import type { CueContext } from '../cue.ts';
import type { Evidence } from '../types.ts';
import { mayMatch, patternGate, type TextGate } from '../textgate.ts';

// Regular expressions the functions below test per token or per character, made once (a literal inside a function is a new object each time it is reached).
const SENTENCE_END = /[.!?؟\n]/;
const STOP_MARK = /[.!?؟]/;

export interface Span {
  start: number;
  end: number;
}

/** A pattern written with plain Persian letters, matching the four spellings: ZWNJ, a space, joined; Arabic yeh and kaf; «ً» optional. */
export function rx(src: string): RegExp {
  const body = src.replaceAll('\\s', '[\\s\\u200c]').replaceAll('\u200c', '[\\u200c ]?').replaceAll('ی', '[یيى]').replaceAll('ک', '[کك]').replaceAll('اً', 'اً?');
  return new RegExp(body, 'gu');
}

/** Every match of a global pattern (also ./frustration.fa.calm19b.ts). */
export function all(re: RegExp, text: string): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/**
 * Every match of a global pattern over the latest words (ctx.doc.text), run only when the message's shared scan found one
 * of the pattern's own words (WHOLE_GATES, made at module load): a text that holds none has no match, and the pattern's
 * lastIndex is 0 before and after either way.
 */
function allIn(ctx: CueContext, re: RegExp): Span[] {
  const g = WHOLE_GATES.get(re);
  return g === undefined || mayMatch(ctx.low, g) ? all(re, ctx.doc.text) : [];
}

/** The sentence of the text around `at` (ends at . ! ? ؟ or a line break, both ends). */
export function sentenceAround(text: string, at: number): Span {
  let s = at;
  while (s > 0 && !SENTENCE_END.test(text[s - 1])) s--;
  let e = at;
  while (e < text.length && !SENTENCE_END.test(text[e])) e++;
  while (e < text.length && STOP_MARK.test(text[e])) e++;
  return { start: s, end: e };
}

const asked = (text: string, s: Span) => /[?؟]/.test(text.slice(s.start, Math.min(text.length, sentenceAround(text, s.start).end + 1)));
export const inside = (spans: readonly Span[], a: number, b: number) => spans.some((s) => a >= s.start && b <= s.end);
/** Evidence of the same reason already read that covers half of `s` or more (a phrase the older readers weighed: counted once). */
const overlaps = (ev: readonly Evidence[], off: number, s: Span, why: string) =>
  ev.some((e) => e.why === why && Math.min(s.end, e.end - off) - Math.max(s.start, e.start - off) >= 0.5 * (s.end - s.start));

/** A fault told («اتفاق», «مشکل», «کنسل», «قطع», «یخ‌زده» …). */
/** A Persian letter (not «،» «؛» «؟», which share the block). */
const LETTER = '[\\u0621-\\u064A\\u067E\\u0686\\u0698\\u06A9\\u06AF\\u06CC]';
const FAULT = 'اتفاق|مشکل|خراب|دیر|تاخیر|تأخیر|کنسل|لغو|قطع|اشتباه|سرد|یخ|ناقص|گم|معطل|علاف|بدقول|جا\u200cمی\u200cذار|جا\u200cگذاشت|نرسید|نیومد|نیامد|نمیاد|نمی\u200cآید|جواب\u200cنمی|پاسخ\u200cنمی|خالی|شکسته|آسیب|عقب';
const FAULT_RE = rx(`(?:${FAULT})`);

// ---------------------------------------------------------------------------------------------------------------------
// Frustrated kinds

const OTHERWISE = 'در\u200cغیر\u200cاین\u200cصورت|در\u200cغیراینصورت|وگرنه|وگر\u200cنه|والا|در\u200cصورت\u200cعدم|در\u200cصورت\u200cنبود';
const LAW = 'شکایت|اقدام\u200cقانونی|پیگیری\u200cقانونی|پیگیری\u200cحقوقی|پیگرد|طرح\u200cدعوا|طرح\u200cدعوی';
const AUTHORITY = 'مراتب|اداره|سازمان|مراجع|تعزیرات|پلیس|دادگاه|دادسرا|اتحادیه|وزارت|بازرسی|۱۲۴|124|صنف|نظام\u200cصنفی|وکیل';
const WILL = 'خواهد\u200cشد|خواهد\u200cگردید|خواهم\u200c(?:کرد|نمود|داد|رفت)|خواهیم\u200c(?:کرد|نمود|داد)|می\u200cکنم|میکنم|می\u200cکنیم|میکنیم|می\u200cدم|میدم|می\u200cدیم|میدیم|می\u200cشه|میشه|می\u200cشود|میشود|می\u200cگردد|میگردد|می\u200cنمایم|مینمایم|می\u200cرم|میرم';
const THREAT = rx(`(?:${OTHERWISE})[^.!?؟\\n]{0,80}?(?:${LAW}|${AUTHORITY}|گزارش|منعکس)[^.!?؟\\n]{0,90}?(?:${WILL})`);
const THREAT_NEEDS = rx(`(?:${LAW}|${AUTHORITY})`);

const RECUR = rx(`(?:(?:این|اون|آن)\\s*)?(?:اولین|اول)\\s*(?:بار|دفعه)(?:ی)?\\s*(?:است\\s*|ه\\s*)?(?:نیست|نیس|نمی\u200cباشد|نبود)|(?:بار|دفعه)(?:\u200cی|ی)?\\s*اول(?:م|مون|ی|ش)?\\s*(?:نیست|نیس|نمی\u200cباشد|نبود)`);
const ORDINAL = rx(`(?:سومین|چهارمین|پنجمین|ششمین|دهمین|چندمین|(?:بار|دفعه)(?:\u200cی|ی)?\\s*(?:سوم|چهارم|پنجم|چندم))\\s*(?:بار|دفعه|جلسه|ماه|هفته|روز|سفارش|قسط|مرتبه)?(?:\u200cای|ای|ی)?\\s*(?:ه|ست|است|هست)?\\s*(?:که|ک)\\s`);

/** «چندمین بار», «برای سومین بار به اطلاع می‌رساند»: the umpteenth time, or a told count of saying it again. */
const UMPTEENTH = rx(`چندمین\\s*(?:بار|دفعه|مرتبه)|برای\\s*(?:سومین|چهارمین|پنجمین|دهمین)\\s*(?:بار|دفعه|مرتبه)\\s*(?:است\\s*که\\s*|ه\\s*که\\s*)?(?:به\\s*اطلاع|عرض|توضیح|تکرار|می\u200cگم|میگم|می\u200cنویسم|می\u200cپرسم|تماس|زنگ|پیام|ایمیل|درخواست|مراجعه)`);
/** «هر بار همینه», «هر ماه درست همین موقع از کار میفتین», «همیشه همین آش و همین کاسه». */
const ALWAYS = rx(`(?:هر\\s*(?:بار|دفعه|سری|ماه|هفته|روز)|همیشه)\\s*(?:دقیقاً\\s*|درست\\s*)?(?:همینه|همین\\s*بساطه|همین\\s*داستانه|همین\\s*وضعه|همین\\s*آشه|همین\\s*موقع\\s*(?:از\\s*کار\\s*(?:می\u200cافتید|میفتین|می\u200cافتین|می\u200cافته|میفته)|قطع|خراب))|همین\\s*آش\\s*و\\s*همین\\s*کاسه`);
const PRAISED = rx(`(?:عالی|خوب|سریع|راضی|ممنون|مرسی|دمتون\\s*گرم|دستتون\\s*درد\\s*نکنه|بی\u200cنظیر|حرف\\s*نداره)`);
/** «خسته نباشید واقعاً» closing a message that tells a fault: an ironic "well done" (never the greeting «سلام خسته نباشید»). */
const WELL_DONE = rx(`(?:خسته\\s*نباشید|خسته\\s*نباشین|خسته\\s*نباشی)\\s*(?:واقعاً|دیگه|جدی)|واقعاً\\s*(?:خسته\\s*نباشید|خسته\\s*نباشین)`);
const RESOLVED = rx(`(?<!${LETTER})(?:حل\\s*شد|درست\\s*شد|ممنون|مرسی|سپاس|متشکر|برطرف\\s*شد|تشکر)`);
/** What came or was done, told plainly («بسته رسید», «واریز شد»): with no fault told, a «well done» after it is sincere. */
const ARRIVED = rx(`(?<!${LETTER})(?:رسید|رسیده|اومد|آمد|انجام\\s*شد|فعال\\s*شد|واریز\\s*شد|تحویل\\s*گرفتم)(?!${LETTER})`);
/** «دیگه نمی‌دونم به کی باید بگم»: at the end of being sent round (weak; «نمی‌دونم به کی بگم، راهنمایی کنید» asks). */
const AT_A_LOSS = rx(`دیگه\\s*(?:نمی\u200cدونم|نمی\u200cدانم)\\s*(?:باید\\s*)?(?:به\\s*کی|به\\s*چه\\s*کسی|کجا|چیکار|چه\\s*کار|از\\s*کی)`);

const COMPANY_Q = rx(`این\\s*چه\\s*(?:جور\\s*|نوع\\s*|مدل\\s*)?(?:شرکت|فروشگاه|سایت|اپ|اپلیکیشن|برنامه|مدیریت|رسیدگی|پاسخگویی|پشتیبانی|خدمات|سرویس|بانک|اپراتور|آموزشگاه|آموزشگاهی|مجموعه|هتل|رستوران|فروشنده|کارشناس|اوضاع|نظم|وضع|شرکت\\s*هواپیمایی|آژانس|باشگاه)(?:\u200cای|ای|ی)?\\s*(?:یه|ه|است|هست|ست|اس|ئه)?(?=\\s*(?:آخه|دیگه|واقعاً|پس)?\\s*[?؟!])`);

const FAIR_STRONG = rx(`(?:این|اینکه|این\\s*کار|این\\s*وضع|این\\s*رفتار|این\\s*برخورد)\\s*(?:انصافه|انصاف\\s*است|منصفانه(?:\u200cست|\\s*است|ه)|عادلانه(?:\u200cست|\\s*است|ه)|رسمشه|رسمه|رسم\\s*است|رسمش\\s*است)(?=\\s*[?؟])`);
const FAIR_WEAK = rx(`(?:به\\s*نظرتون|به\\s*نظرتان|به\\s*نظر\\s*شما|واقعاً|واقعا)\\s*(?:این|اینکه|این\\s*کار|این\\s*رفتار|این\\s*برخورد)\\s*(?:درسته|درست\\s*است|درسته\\s*واقعاً|کار\\s*درستیه)(?=\\s*[?؟])`);

const MOCK_ADVICE = rx(`(?:شاید\\s*)?بهتر(?:ه|\\s*است|\\s*باشد|\\s*باشه|\\s*نیست|ین)\\s*(?:[^.!?؟\\n]{0,14}\\s)?(?:شعار|اسم|نام|تبلیغ|تبلیغات|آگهی|ادعا|عنوان|لوگو|تابلو|اسلوگان)(?:\u200cها|ها|\u200cهای|های)?(?:\u200cتان|تان|\u200cتون|تون|\\s*خودتان|\\s*خودتون|\\s*شرکتتون|\\s*شرکتتان)\\s*(?:را|رو|و)?\\s*(?:عوض|تغییر|پاک|اصلاح|بردارید|بردارین)|بهتر(?:ه|\\s*است|\\s*باشد|\\s*باشه)\\s*(?:شعار|تبلیغ|ادعای|ادعا|عنوان)\\s*«[^»\\n]{1,40}»\\s*(?:را|رو)?\\s*(?:عوض|تغییر|پاک|اصلاح|بردارید|بردارین)`);

const THANKS_BAD = rx(`(?:ممنون(?:م)?|مرسی|متشکرم|سپاسگزارم|دستتون\\s*درد\\s*نکنه|دستتان\\s*درد\\s*نکند|دمتون\\s*گرم)\\s*(?:از\\s*اینکه|که|بابت\\s*اینکه)\\s*[^.!?؟\\n]{0,70}?(?:یخ\u200cزده|یخ\u200cکرده|سرد|له\u200cشده|له|خراب|شکسته|تاریخ\u200cگذشته|تاریخ\u200cمصرف\u200cگذشته|کپک\u200cزده|فاسد|نصفه|ناقص|خیس|پاره|کثیف|سوخته|مونده|بیات)\\s*[^.!?؟\\n]{0,30}?(?:دادید|دادین|فرستادید|فرستادین|آوردید|آوردین|رسوندید|رسوندین|رساندید|تحویلم|تحویلمون)`);
const PUT_RIGHT = rx(`(?:عوض|تعویض|جایگزین|پس\u200cگرفتید|پس\u200cگرفتین|برگردوندید|برگرداندید|جبران)`);

export function readFaKinds19(ctx: CueContext, seen: readonly Evidence[]): { score: number; evidence: Evidence[] } {
  const out = { score: 0, evidence: [] as Evidence[] };
  if (!ctx.fa) return out;
  const text = ctx.doc.text;
  const off = ctx.offset;
  const add = (s: Span, w: number, why: 'tone.why.threat' | 'tone.why.rhetoricalQuestion' | 'tone.why.sarcasm' | 'tone.why.complaint') => {
    if (overlaps(seen, off, s, why) || overlaps(out.evidence, off, s, why)) return;
    out.score += w;
    out.evidence.push(ctx.ev(s, why));
  };
  for (const s of allIn(ctx, THREAT)) {
    const words = text.slice(s.start, s.end);
    THREAT_NEEDS.lastIndex = 0;
    if (!THREAT_NEEDS.test(words) || asked(text, s)) continue;
    add(s, 1.1, 'tone.why.threat');
  }
  for (const re of [RECUR, ORDINAL]) {
    for (const s of all(re, text)) {
      const sent = sentenceAround(text, s.start);
      const after = text.slice(s.end, sent.end);
      FAULT_RE.lastIndex = 0;
      if (!FAULT_RE.test(after)) continue;
      add(s, 1, 'tone.why.complaint');
    }
  }
  // «این چه شرکتیه؟» asks which company when no fault is told («یه پیامک از شماره ناشناس اومده، این چه شرکتیه؟»).
  for (const s of allIn(ctx, UMPTEENTH)) add(s, 1, 'tone.why.complaint');
  // «هر بار همینه، سریع و عالی»: praise in the sentence makes it a compliment.
  for (const s of allIn(ctx, ALWAYS)) {
    const sent = sentenceAround(text, s.start);
    if (!asked(text, s) && !all(PRAISED, text.slice(sent.start, sent.end)).length) add(s, 1, 'tone.why.complaint');
  }
  // An ironic «خسته نباشید واقعاً»: its message's last words, after a fault told, with nothing put right or thanked.
  for (const s of allIn(ctx, WELL_DONE)) {
    if (!all(FAULT_RE, text.slice(0, s.start)).length || allIn(ctx, RESOLVED).length || /[\u0600-\u06FFa-zA-Z]/.test(text.slice(s.end).split('\n')[0])) continue;
    // The lexicon's «خسته نباشید» as sarcasm (0.6) is topped up, not counted twice.
    if (overlaps(seen, off, s, 'tone.why.sarcasm')) out.score += 0.5;
    else add(s, 1, 'tone.why.sarcasm');
  }
  for (const s of allIn(ctx, AT_A_LOSS)) if (!asked(text, s)) add(s, 0.8, 'tone.why.complaint');
  for (const s of allIn(ctx, COMPANY_Q)) if (all(FAULT_RE, text.slice(0, s.start) + ' ' + text.slice(s.end)).length) add(s, 1.1, 'tone.why.rhetoricalQuestion');
  for (const s of allIn(ctx, FAIR_STRONG)) add(s, 1, 'tone.why.rhetoricalQuestion');
  for (const s of allIn(ctx, FAIR_WEAK)) add(s, 0.6, 'tone.why.rhetoricalQuestion');
  for (const s of allIn(ctx, MOCK_ADVICE)) if (!asked(text, s)) add(s, 1, 'tone.why.sarcasm');
  for (const s of allIn(ctx, THANKS_BAD)) {
    PUT_RIGHT.lastIndex = 0;
    if (PUT_RIGHT.test(text.slice(s.start, sentenceAround(text, s.start).end))) continue;
    add(s, 1, 'tone.why.sarcasm');
  }
  out.score = Math.min(out.score, 1.6);
  return out;
}

// ---------------------------------------------------------------------------------------------------------------------
// Calm kinds

const BELIEF = rx(`(?:فکر|فک|خیال|گمان)\\s*(?:می\u200cکردم|میکردم|کردم|کرده\u200cبودم|کردیم|می\u200cکردیم|میکردیم)\\s[^.!?؟\\n]{0,60}?(?=\\s(?:ولی|اما|که\\s*نگو|ولی\u200cخب)\\s)`);
const EXONERATE = rx(`(?:به\\s*شما|بهتون|به\\s*شماها)\\s*(?:ربطی|ارتباطی)\\s*(?:نداره|ندارد|نداشت|نداشته)|تقصیر\\s*(?:شما|شماها)\\s*(?:نیست|نبود|نیس)|(?:شما|شماها)\\s*مقصر\\s*(?:نیستید|نیستین|نبودید|نبودین)|مشکل\\s*از\\s*(?:شما|سمت\\s*شما|طرف\\s*شما)\\s*(?:نیست|نبود|نیس)`);
const LAST_BOTHER = rx(`(?:(?:این|همین)\\s*)?(?:دفعه|بار)(?:\u200cی|ی)?\\s*آخر(?:ه|مه|ست|ه\\s*دیگه)?[^.!?؟\\n]{0,20}?قول\\s*(?:میدم|می\u200cدم|می\u200cدهم|میدهم)|قول\\s*(?:میدم|می\u200cدم|می\u200cدهم|میدهم)\\s*(?:(?:این|دیگه)\\s*)?(?:دفعه|بار)(?:\u200cی|ی)?\\s*آخر|(?:آخرین|دفعه\\s*آخر|بار\\s*آخر)\\s*(?:باره|دفعه\u200cست|است)?\\s*(?:که\\s*)?مزاحم`);
const SORRY = 'ببخشید|ببخشین|عذر\u200cمی\u200cخوام|عذر\u200cمی\u200cخواهم|عذرخواهی\u200cمی\u200cکنم|معذرت\u200cمی\u200cخوام|معذرت\u200cمی\u200cخواهم|شرمنده(?:م)?|پوزش\u200cمی\u200cخواهم';
const WITHDRAWN = rx(`(?:${SORRY})\\s*(?:(?:اگه|اگر|که|بابت\\s*اینکه|از\\s*اینکه)\\s*)?[^.!?؟\\n]{0,25}?(?:تند|بد|بی\u200cادبانه|با\\s*عصبانیت|با\\s*لحن\\s*بد)\\s*(?:حرف\\s*زدم|صحبت\\s*کردم|نوشتم|برخورد\\s*کردم|جواب\\s*دادم|رفتار\\s*کردم|پیام\\s*دادم)|بابت\\s*لحن\\s*(?:پیام|حرف|صحبت|ایمیل)(?:\u200cهای|های)?\\s*(?:قبلی|دیروز)?(?:م|ام|\u200cام|\u200cم)?`);
const THANKS = rx(`(?:ممنون|مرسی|سپاس|متشکر|تشکر|دستتون\\s*درد\\s*نکنه|دمتون\\s*گرم|رسید|حل\\s*شد)`);
const THANKS_AGAIN = rx(`(?:بازم|باز\\s*هم|مجدداً|دوباره)\\s*(?:ممنون|مرسی|متشکر|سپاس|تشکر|دمتون\\s*گرم|دستتون\\s*درد\\s*نکنه)`);
const GLAD_SURPRISE = rx(`(?:فکر|فک|انتظار)\\s*(?:نمی\u200cکردم|نداشتم|نمی\u200cکردیم|نداشتیم)\\s*(?:که\\s*)?(?:این|اون|ان)\\s*(?:قدر|قد)\\s*(?:زود|سریع|خوب|عالی|راحت|تمیز|قشنگ|دقیق|خوش)`);
const PROCEDURE = rx(`(?:چطور|چطوری|چجوری|چگونه|چه\\s*جوری|چه\\s*طور|از\\s*کجا|کجا|از\\s*چه\\s*طریقی|از\\s*چه\\s*راهی)\\s*(?:(?:می\u200cتونم|می\u200cتوانم|باید|می\u200cشه|می\u200cشود|می\u200cتونیم|می\u200cتوانیم)\\s*)?(?:[^.!?؟\\n]{0,24}\\s)?(?:اعتراض|شکایت|درخواست\\s*بررسی\\s*مجدد)(?:م|مو|مون)?\\s*(?:رو\\s*|را\\s*)?(?:بدم|کنم|بزنم|ثبت\\s*کنم|نمایم|بدیم|کنیم|ثبت\\s*کنیم|بدهم|ثبت\\s*نمایم|ثبت\\s*کرد|داد|کرد|بفرستم|ارسال\\s*کنم)?(?=\\s*[?؟])`);
const NO_RUSH = rx(`عجله(?:\u200cای|ای)?\\s*(?:نیست|ندارم|نداریم|نیس|ای\\s*نیست)|(?:وقت|فرصت)\\s*(?:دارم|داریم|هست|داره|باقیه|باقی\\s*مانده|باقی\\s*است|مونده|مانده)(?!${LETTER})`);

/** Evidence reasons that are a mark of intensity, not words of displeasure. */
const MARK_WHYS: ReadonlySet<string> = new Set(['tone.why.punctuation', 'tone.why.emphasis', 'tone.why.emoji', 'tone.why.caps', 'tone.why.drawnOut']);

/**
 * Whether a calm reading covers the message (also ./frustration.fa.calm19b.ts): no piece of evidence shows an angry face
 * (`angry`), the marks of intensity stand beside the words, and every other piece — at least one — is one `explained`
 * accepts (`a`, `b`: its offsets in the latest words).
 */
export function everyPieceExplained(evidence: readonly Evidence[], off: number, text: string, angry: RegExp, explained: (e: Evidence, a: number, b: number) => boolean): boolean {
  let words = 0;
  for (const e of evidence) {
    const a = e.start - off;
    const b = e.end - off;
    if (angry.test(text.slice(a, b))) return false;
    if (e.why && MARK_WHYS.has(e.why)) continue;
    words++;
    if (!explained(e, a, b)) return false;
  }
  return words > 0;
}
const ANGRY_FACE = /[\u{1f620}\u{1f621}\u{1f92c}\u{1f624}\u{1f612}\u{1f644}\u{1f44e}\u{1f4a9}]/u;
/** What a sentence that clears the company explains: a judgement of the other party and the fault it made. */
const JUDGED: ReadonlySet<string> = new Set(['tone.why.judgement', 'tone.why.rude', 'tone.why.politeAnger', 'tone.why.failure']);

/** Whether every piece of evidence lies inside a calm construction of this session's kinds (or is a mark beside one). */
export function calmFa19(ctx: CueContext, evidence: readonly Evidence[]): boolean {
  if (!ctx.fa || evidence.length === 0) return false;
  const text = ctx.doc.text;
  const off = ctx.offset;
  const spans: Span[] = [...allIn(ctx, BELIEF), ...allIn(ctx, LAST_BOTHER), ...allIn(ctx, PROCEDURE), ...allIn(ctx, THANKS_AGAIN)];
  for (const s of allIn(ctx, NO_RUSH)) spans.push(sentenceAround(text, s.start));
  // «مشکل حل شد، خسته نباشید واقعاً», «سلام خسته نباشید واقعاً، …»: a sincere «well done» (with thanks or a fix, or after «سلام»).
  for (const s of allIn(ctx, WELL_DONE)) {
    if (allIn(ctx, RESOLVED).length || (allIn(ctx, ARRIVED).length && !allIn(ctx, FAULT_RE).length) || /^\s*(?:با\s*)?(?:سلام|درود)[\s،,]*(?:و\s*(?:وقت\s*بخیر|احترام)[\s،,]*)?$/.test(text.slice(0, s.start))) spans.push(s);
  }
  THANKS.lastIndex = 0;
  if (THANKS.test(text)) for (const s of allIn(ctx, WITHDRAWN)) spans.push(sentenceAround(text, s.start));
  // A glad surprise: the sentences that tell no fault (thanks, «عالی شد») are thanks.
  if (allIn(ctx, GLAD_SURPRISE).length) {
    for (const s of ctx.doc.sentences) {
      const words = text.slice(s.start, s.end);
      FAULT_RE.lastIndex = 0;
      if (!FAULT_RE.test(words) && !/[?؟]/.test(words)) spans.push(s);
    }
  }
  const exonerated = allIn(ctx, EXONERATE).filter((s) => !asked(text, s)).map((s) => sentenceAround(text, s.start));
  if (!spans.length && !exonerated.length) return false;
  return everyPieceExplained(evidence, off, text, ANGRY_FACE, (e, a, b) => inside(spans, a, b) || (!!e.why && JUDGED.has(e.why) && inside(exonerated, a, b)));
}

/** The whole-text patterns' own words (allIn): one gate each, made once all of them are defined. */
const WHOLE_GATES = new Map<RegExp, TextGate | null>([ALWAYS, ARRIVED, AT_A_LOSS, BELIEF, COMPANY_Q, EXONERATE, FAIR_STRONG, FAIR_WEAK, FAULT_RE, GLAD_SURPRISE, LAST_BOTHER, MOCK_ADVICE, NO_RUSH, PROCEDURE, RESOLVED, THANKS_AGAIN, THANKS_BAD, THREAT, UMPTEENTH, WELL_DONE, WITHDRAWN].map((re) => [re, patternGate(re)]));
