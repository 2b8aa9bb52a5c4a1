/**
 * Persian calm kinds of session 19b (issue 13, tfp19b): calm messages with strong words that the reader took for
 * frustration, found by a matrix written from the writer's own knowledge (scripts/tone-calm19.fa.ts, many trades, four
 * spellings), each kept calm only when every piece of evidence lies inside it (as ./frustration.fa.kinds19.ts's calmFa19):
 *
 * - A device's fault told with «اصلاً» in a clause of its own, then a plain request asked after a comma: «کولر اصلاً کار
 *   نمی‌کنه، کی می‌تونید برای سرویس بیاید؟» (the «اصلاً» is no rhetorical question). Not «اصلاً پیام‌های منو می‌خونید؟»,
 *   «سه روزه منتظرم، اصلاً کسی هست جواب بده؟», «اصلاً جواب نمیدید، …؟» (a person's not answering), nor a question of
 *   impatience («کی قراره بالاخره …؟», «??»).
 * - A former provider judged in its own clause: «شرکت قبلی واقعاً افتضاح بود، برای همین اومدم سراغ شما». Not «شما هم
 *   مثل شرکت قبلی افتضاحید», «از فروشنده‌ی قبلی هم بدترید», «با شرکت قبلی فرقی ندارید».
 * - Joy said as «دیوونه‌م کردید» beside praise in its sentence («انقدر خوشگله», «محشره») when the message tells no fault
 *   («دیوونه‌م کردید! سه بار زنگ زدم …» stays frustrated).
 * - A circumstance judged in a clause it opens: «اوضاع بازار افتضاحه، …», «این گرونی واقعاً وحشتناکه، …» (not «اوضاع
 *   سایتتون افتضاحه», «وضع خدماتتون …»).
 * - A third party judged, then the company praised in the same sentence: «پیک خیلی بی‌ادب بود ولی شما همیشه خوب بودید»
 *   (not «… و شما هم هیچ کاری نکردید»).
 * - Dislike of a thing, never of anyone: «از سوسک متنفرم، سم قوی دارید؟» (not «از شما / این شرکت متنفرم»).
 * - A complaint withdrawn: «شکایتم رو پس می‌گیرم، مشکل حل شد», «شکایتمو لغو کنید».
 * - Another provider judged («آژانس مسافرتی دیگه‌ای که رفتم کلاهبردار بود»), a complaint against another party asked of a
 *   lawyer («می‌خواهم از کارفرمای سابقم شکایت کنم») when the company is never named (not «از شما شکایت می‌کنم»).
 * - A feeling of the past caused elsewhere, then the company praised: «دیروز خیلی عصبانی بودم چون ماشینم خراب شد، ولی
 *   تعمیرکارتون عالی بود» (not «ولی شما هم که جواب نمیدید!», «عالی هستید دیگه!»).
 * - One's own old thing judged («گوشی قبلیم افتضاح بود», «اعصابم خورده از دست این کامپیوتر قدیمی»; not «یخچال قبلی که
 *   فرستادید افتضاح بود»), one's own mishap judged («فاجعه‌ست! کل عکسامو پاک کردم», «گند زدم، … اشتباهی پاک کردم»; not
 *   «گند زدید»), a feeling asked back and denied («عصبانی؟ نه اصلاً!»; not «عصبانی؟ معلومه که عصبانی‌ام!»).
 */
import type { CueContext } from '../cue.ts';
import type { Evidence } from '../types.ts';
import { all, everyPieceExplained, inside, rx, sentenceAround, type Span } from './frustration.fa.kinds19.ts';

// Regular expressions the functions below test per token or per character, made once (a literal inside a function is a new object each time it is reached).
const CLAUSE_END = /[.!?؟\n،,;؛]/;
const STOP_MARK = /[.!?؟]/;

const test = (re: RegExp, s: string) => {
  re.lastIndex = 0;
  return re.test(s);
};

/** The clause around `at`: bounded by . ! ? ؟ a line break, and also ، , ; ؛ (the end includes its closing mark). */
function clauseAround(text: string, at: number): Span {
  let s = at;
  while (s > 0 && !CLAUSE_END.test(text[s - 1])) s--;
  let e = at;
  while (e < text.length && !CLAUSE_END.test(text[e])) e++;
  const end = e;
  while (e < text.length && STOP_MARK.test(text[e])) e++;
  return { start: s, end: e > end ? e : Math.min(text.length, end + 1) };
}



const LETTER = '[\\u0621-\\u064A\\u067E\\u0686\\u0698\\u06A9\\u06AF\\u06CC]';

// ---- a device's fault with «اصلاً», then a plain request ----
const ABSOLUTE = rx(`(?<!${LETTER})(?:اصلاً|کلاً|اصلا|کلا)(?!${LETTER})`);
/** A third-person negative verb (the thing does not work): «نمی‌کنه», «نمیشه», «نمی‌کشد», «نداره» (not «نمیدید», «نمی‌کنم»). */
const THING_NEG = rx(`(?<!${LETTER})(?:نمی\u200c${LETTER}+|ندار(?:ه|د))(?!${LETTER})`);
const PERSON_ENDING = rx(`(?:ید|ین|یم|م|ی)$`);
/** What makes the fault a person's (no answer, no care) or speaks to the company. */
const PERSONAL = rx(`(?<!${LETTER})(?:کسی|هیچ\u200cکس|هیچکی|جواب|پاسخ|براتون|برایتان|برای\\s*شما|مهم|شما|خودتون|پیام|ایمیل|تماس|زنگ|رسیدگی|پیگیری)`);
/** A plain request or question of what to do, opening the next clause. */
const REQUEST = rx(`^\\s*(?:لطفاً\\s*)?(?:کی|کجا|چطور|چطوری|چجوری|چگونه|چه\\s*جوری|میشه|می\u200cشه|می\u200cشود|امکانش|امکان|آیا|باید|چیکار|چه\\s*کار|کدوم|کدام|از\\s*کجا|یه|یک)(?!${LETTER})`);
const IMPATIENT = rx(`(?<!${LETTER})(?:قراره|قرار\\s*است|بالاخره|آخه|پس|هنوز|دیگه|تا\\s*کی|چرا)(?!${LETTER})`);

function faultThenAsk(text: string): Span[] {
  const out: Span[] = [];
  for (const m of all(ABSOLUTE, text)) {
    const c = clauseAround(text, m.start);
    const clause = text.slice(c.start, c.end);
    if (!/[،,]$/.test(clause)) continue;
    if (test(PERSONAL, clause)) continue;
    const negs = all(THING_NEG, clause).filter((n) => n.start > m.start - c.start && !test(PERSON_ENDING, clause.slice(n.start, n.end)));
    if (!negs.length) continue;
    // The next clause: a plain request that ends the sentence with one «?».
    const next = sentenceAround(text, c.end);
    const rest = text.slice(c.end, next.end);
    if (!/^[^?؟!]*[?؟]$/.test(rest.trim()) || !test(REQUEST, rest) || test(IMPATIENT, rest)) continue;
    out.push(c);
  }
  return out;
}

// ---- a former provider judged in its own clause ----
const FORMER = rx(`(?<!${LETTER})(?:شرکت|شعبه|فروشنده|فروشگاه|تعمیرکار|تعمیرگاه|اپراتور|پیمانکار|آژانس|بیمه|بانک|سایت|مکانیک|لوله\u200cکش|برقکار|برق\u200cکار|نصاب|آموزشگاه|مدرسه|باشگاه|هتل|باربری|صاحبخونه|صاحبخانه|دکتر|پزشک|کلینیک|معمار|وکیل)(?:\u200cی|ی)?\\s*(?:قبلی|سابق|پیشین)(?:م|مون|مان|\u200cام|ام)?(?!${LETTER})|(?<!${LETTER})(?:اون|آن)\\s*یکی\\s*(?:شرکت|فروشگاه|سایت|اپراتور)|(?<!${LETTER})(?:شرکت|فروشگاه|آژانس|سایت|تعمیرگاه|بیمه|بانک|آموزشگاه|کلینیک|هتل|باربری)(?:\\s*${LETTER}+)?\\s*(?:دیگه|دیگر)(?:\u200cای|ای)?\\s*(?:که|ک)\\s*(?:رفتم|رفته\\s*بودم|خرید\\s*کردم|بودم|داشتم|سفارش\\s*دادم)`);
/** One's own old thing: «گوشی قبلیم», «مدل قبلی که داشتم», «این کامپیوتر قدیمی». */
const OWN_OLD = rx(`(?<!${LETTER})(?:گوشی|موبایل|مدل|لپ\u200cتاپ|لپتاپ|کامپیوتر|ماشین|یخچال|تلویزیون|دستگاه|برند|مارک|پرینتر|مودم|کولر|بخاری|لباسشویی)(?:\u200cی|ی)?\\s*(?:قبلی|قدیمی|قدیم|سابق)(?:م|مون|مان|\u200cام|ام)?(?!${LETTER})(?:\\s*(?:که|ک)\\s*(?:داشتم|داشتیم))?`);
/** The company's own act: «که فرستادید», «که ازتون خریدم» (the «تون» is COMPARED's). */
const YOU_DID = rx(`(?<!${LETTER})(?:دادید|دادین|فرستادید|فرستادین|آوردید|آوردین|فروختید|فروختین|کردید|کردین|زدید|زدین|گذاشتید|گذاشتین|ساختید|ساختین)(?!${LETTER})`);
const COMPARED = rx(`(?<!${LETTER})(?:شما|شماها|مثل|مانند|عین|فرق|فرقی|بدتر|بهتر|همون|همان|هم)(?!${LETTER})|(?:تون|تان)(?!${LETTER})`);
const JUDGED: ReadonlySet<string> = new Set(['tone.why.judgement', 'tone.why.rude']);

/** The company set beside the former one anywhere in the message: «شما هم همین‌طورید», «شما از اونم بدترید», «فرقی ندارید». */
const YOU_TOO = rx(`(?<!${LETTER})(?:شما|شماها)\\s*(?:هم|از|دیگه|که|الان)(?!${LETTER})|(?<!${LETTER})(?:بدتر|همین\\s*طور|همینطور|فرق|فرقی|مثل|عین|مانند)(?!${LETTER})`);

function formerJudged(text: string): Span[] {
  if (test(YOU_TOO, text)) return [];
  const out: Span[] = [];
  for (const m of all(FORMER, text)) {
    const c = clauseAround(text, m.start);
    const after = { start: m.start, end: c.end };
    const words = text.slice(c.start, c.end);
    if (test(COMPARED, words) || test(YOU_DID, words) || /[?؟]/.test(words)) continue;
    out.push(after);
  }
  // One's own old thing: the whole clause («اعصابم خورده از دست این کامپیوتر قدیمی 😅 …»), never asking of it.
  for (const m of all(OWN_OLD, text)) {
    const c = clauseAround(text, m.start);
    if (test(COMPARED, text.slice(c.start, c.end)) || test(YOU_DID, text.slice(c.start, c.end)) || /[?؟]/.test(text.slice(c.start, m.end))) continue;
    out.push(c);
  }
  return out;
}

// ---- one's own mishap judged: «فاجعه‌ست! کل عکسامو پاک کردم 😭», «گند زدم، فایل رو اشتباهی پاک کردم» ----
const OWN_MISTAKE = rx(`(?<!${LETTER})(?:(?:اشتباهی|اشتباه)\\s*(?:${LETTER}+\\s*){0,2}?(?:زدم|کردم|فرستادم|وارد\\s*کردم)|پاک\\s*کردم|جا\\s*گذاشتم|یادم\\s*رفت|خراب\\s*کردم|سوزوندم|شکوندم|گم\\s*کردم|انداختم|ریختم)(?!${LETTER})`);
const OWN_JUDGED = rx(`^\\s*(?:(?:با\\s*)?(?:سلام|درود)(?:\\s|،|,)*)?(?:وای\\s*)?(?:فاجعه(?:\u200cست|ست|\\s*شد)|گند\\s*زدم|افتضاح\\s*شد|خیلی\\s*بد\\s*شد|بدبخت\\s*شدم|خاک\\s*بر\\s*سرم)`);

function ownMishap(text: string): Span[] {
  const out: Span[] = [];
  for (const m of all(OWN_MISTAKE, text)) {
    const s = sentenceAround(text, m.start);
    if (test(YOURS_ANY, text.slice(s.start, s.end))) continue;
    // The judgement opens the mistake's sentence («گند زدم، … پاک کردم») or is the short sentence just before it («فاجعه‌ست!»).
    if (test(OWN_JUDGED, text.slice(s.start, s.end))) out.push(s);
    if (s.start > 0) {
      const p = sentenceAround(text, Math.max(0, s.start - 2));
      const prev = text.slice(p.start, p.end);
      if (prev.trim().split(/\s+/).length <= 3 && test(OWN_JUDGED, prev) && !test(YOURS_ANY, prev)) out.push(p);
    }
  }
  return out;
}

// ---- a feeling asked back and denied: «عصبانی؟ نه اصلاً!», «ناراحت؟ نه بابا!» ----
const ASKED_DENIED = rx(`(?<!${LETTER})(?:عصبانی|ناراحت|کلافه|دلخور|شاکی|ناراضی|گله|عصبی)\\s*[?؟]+\\s*(?:نه|نخیر|اصلاً)(?!${LETTER})`);

// ---- joy said as «دیوونه‌م کردید» beside praise ----
const MAD_JOY = rx(`(?<!${LETTER})دیوونه(?:\u200cم|م|مون|مان|\u200cمون)\\s*(?:کردید|کردین|کرد|کردن|کردی|کردند)(?!${LETTER})`);
const PRAISE = rx(`(?<!${LETTER})(?:خوشگل|قشنگ|خوشمزه|محشر|عالی|معرکه|بی\u200cنظیر|ناز|خوش\u200cطعم|خوش\u200cبو|حرف\\s*نداره|فوق\u200cالعاده)`);
const FAULT = rx(`(?<!${LETTER})(?:تأخیر|تاخیر|دیر|خراب|نرسید|نرسیده|جواب|زنگ|منتظر|هنوز|کنسل|لغو|قطع|اشتباه|مشکل|شکسته|ناقص|پول|پس|برگرد)`);
const ANGRY_FACE = /[\u{1f620}\u{1f621}\u{1f92c}\u{1f624}\u{1f612}\u{1f644}\u{1f44e}\u{1f4a9}\u{1f611}\u{1f610}]/u;

function madWithJoy(text: string): Span[] {
  if (test(FAULT, text) || ANGRY_FACE.test(text)) return [];
  const out: Span[] = [];
  for (const m of all(MAD_JOY, text)) {
    const s = sentenceAround(text, m.start);
    if (test(PRAISE, text.slice(s.start, s.end))) out.push(m);
  }
  return out;
}

// ---- a circumstance judged: «اوضاع بازار افتضاحه», «این گرونی وحشتناکه» ----
const CIRCUMSTANCE = rx(`(?<!${LETTER})(?:اوضاع|وضع|وضعیت)?\\s*(?:بازار|اقتصاد|گرونی|گرانی|تورم|قیمت\u200cها|قیمتا|هوا|ترافیک|مملکت|زمونه|زمانه|جاده|جاده\u200cها|خیابونا|خیابان\u200cها|سرما|گرما|بارون|برف|کرونا|دلار)(?!${LETTER})`);
const CIRC_JUDGED = rx(`(?:افتضاح|وحشتناک|مزخرف|خراب|داغون|بد|خیلی\\s*بد|فاجعه|اعصاب\u200cخردکن)`);
const YOURS = rx(`(?:تون|تان|شما|شماها)(?!${LETTER})|(?<!${LETTER})(?:سایت|اپ|پشتیبانی|خدمات|سرویس|شرکت|فروشگاه)`);

const CIRC_OPENS = rx(`^\\s*(?:این|واقعاً|راستش)?\\s*$`);

/** The company blamed after all: «ولی این دلیل نمیشه که … نفرستید!», «شما هم که هر روز قیمت رو بالا می‌برید». */
const BLAME_AFTER = rx(`(?<!${LETTER})(?:شما|شماها)\\s*(?:هم|که)(?!${LETTER})|دلیل\\s*(?:نمیشه|نمی\u200cشه|نمی\u200cشود|نمیشود)|(?<!${LETTER})(?:بهانه|توجیه)|(?<!${LETTER})ن(?!باشید|باشین|کنید|کنین)${LETTER}+(?:ید|ین)(?!${LETTER})`);

function circumstanceJudged(text: string): Span[] {
  if (test(BLAME_AFTER, text)) return [];
  const out: Span[] = [];
  for (const m of all(CIRCUMSTANCE, text)) {
    const c = clauseAround(text, m.start);
    const clause = text.slice(c.start, c.end);
    // The circumstance opens its clause and the clause tells nothing of the company's.
    if (!test(CIRC_OPENS, text.slice(c.start, m.start))) continue;
    if (test(YOURS, clause) || !test(CIRC_JUDGED, clause) || /[?؟]/.test(clause)) continue;
    out.push(c);
  }
  return out;
}

// ---- a third party judged, the company praised in the same sentence: «پیک خیلی بی‌ادب بود ولی شما همیشه خوب بودید» ----
const THIRD = rx(`(?<!${LETTER})(?:پیک|راننده|نگهبان|همسایه|مأمور|مامور|باربر|کارگر|مسافر|پستچی|فروشنده|سرایدار)(?:\u200cای|ای|ه)?(?!${LETTER})`);
const BUT_YOU_GOOD = rx(`(?<!${LETTER})(?:ولی|اما|البته|ولی\u200cخب)\\s*(?:شما|خودتون|خودتان|بقیه\\s*همکاراتون)\\s*(?:همیشه\\s*|واقعاً\\s*)?(?:خیلی\\s*)?(?:خوب|عالی|بی\u200cنظیر|محترم|خوش\u200cبرخورد|حرف\\s*ندارید|کارتون\\s*عالیه)`);

function thirdPartyYouPraised(text: string): Span[] {
  const out: Span[] = [];
  for (const m of all(BUT_YOU_GOOD, text)) {
    const s = sentenceAround(text, m.start);
    const before = { start: s.start, end: m.start };
    const third = all(THIRD, text.slice(before.start, before.end));
    if (!third.length || /[?؟]/.test(text.slice(s.start, s.end))) continue;
    out.push(before);
  }
  return out;
}

// ---- dislike of a thing, not of anyone: «از سوسک متنفرم، سم قوی دارید؟» ----
const THING_DISLIKED = rx(`(?<!${LETTER})از\\s*(?:این\\s*|اون\\s*)?(?:سوسک|موش|پشه|مورچه|عنکبوت|مار|ساس|کک|پلاستیک|بوی\\s*${LETTER}+|سرما|گرما|زمستون|زمستان|تابستون|تابستان|شلوغی|ترافیک|صف|آمپول|سوزن|دندون\u200cپزشکی|دندانپزشکی|ارتفاع|سر\\s*و\\s*صدا|گرد\\s*و\\s*خاک|خاک|رطوبت|قهوه|سیر|پیاز)(?:\u200cها|ها|ا)?\\s*(?:خیلی\\s*|واقعاً\\s*)?(?:متنفرم|متنفریم|بدم\\s*میاد|بدم\\s*می\u200cآید|بدمون\\s*میاد|می\u200cترسم|میترسم|حالم\\s*به\\s*هم\\s*می\u200cخوره|حالم\\s*بهم\\s*میخوره|بیزارم)`);

// ---- a complaint withdrawn: «شکایتم رو پس می‌گیرم», «شکایتمو لغو کنید، مشکل حل شد» ----
const WITHDRAWN_COMPLAINT = rx(`(?<!${LETTER})(?:از\\s*)?(?:شکایت|اعتراض)(?:م|مو|مون|\u200cام|ام)?\\s*(?:رو|را|و)?\\s*(?:پس\\s*(?:می\u200cگیرم|میگیرم|گرفتم|می\u200cگیریم|میگیریم)|لغو\\s*(?:کنید|کنین|کردم)|کنسل\\s*(?:کنید|کنین|کردم)|منتفیه|منتفی\\s*است|صرف\u200cنظر\\s*(?:می\u200cکنم|میکنم|کردم))`);

// ---- a complaint against another party, asked of a lawyer or about a procedure ----
const OTHER_PARTY = `(?:${LETTER}+\\s*)?(?:قبلی|سابق|پیشین)(?:م|مون|مان)?|همسایه(?:\u200cم|م|مون)?|کارفرما(?:ی)?\\s*(?:سابق|قبلی)(?:م)?|صاحبخونه(?:\u200cم|م)?|صاحبخانه(?:\u200cام)?|مستأجر(?:م)?|مستاجر(?:م)?|تأمین\u200cکننده(?:\u200cمون|مون)?|پیمانکار(?:مون)?|شریک(?:م)?`;
const COMPLAINT_OTHER = rx(`(?:شکایت|اعتراض|دعوا|دعوی)\\s*(?:رسمی\\s*)?(?:از|علیه)\\s*(?:${LETTER}+\\s*){0,2}?(?:${OTHER_PARTY})(?!${LETTER})|(?<!${LETTER})(?:از|علیه)\\s*(?:${LETTER}+\\s*){0,2}?(?:${OTHER_PARTY})\\s*(?:${LETTER}+\\s*){0,2}?(?:شکایت|اعتراض|دعوا)`);
const LAWYER = rx(`(?<!${LETTER})(?:وکیل|وکالت|مشاوره\\s*حقوقی)(?:\\s*محترم)?`);

function complaintAgainstOther(text: string): Span[] {
  if (/(?:شما|شرکتتون|شرکت\s*شما)/.test(text.replace(/[يى]/g, 'ی').replace(/ك/g, 'ک'))) return [];
  const out: Span[] = [];
  for (const m of all(COMPLAINT_OTHER, text)) {
    const sen = sentenceAround(text, m.start);
    out.push(sen);
  }
  if (!out.length) return [];
  // A lawyer addressed or asked for is the service asked, not a threat.
  for (const l of all(LAWYER, text)) out.push({ start: l.start, end: l.end });
  return out;
}

// ---- a feeling of the past caused elsewhere, then the company praised: «دیروز خیلی عصبانی بودم چون ماشینم خراب شد، ولی تعمیرکارتون عالی بود» ----
const THEN_YOU_GOOD = rx(`(?<!${LETTER})(?:ولی|اما)\\s*(?:شما|خودتون|${LETTER}+(?:تون|تان))\\s*(?:${LETTER}+\\s*){0,7}?(?:عالی|خوب|بی\u200cنظیر|محشر|خوشحالم\\s*کردید|خوشحالم\\s*کردین|نجاتم\\s*دادید|درستش\\s*کرد|درستش\\s*کردید)`);
const PAST = rx(`(?<!${LETTER})(?:${LETTER}*(?:بود|بودم|بودیم|شدم|شدیم|شد|کرد|کردم))(?!${LETTER})`);
const YOURS_ANY = rx(`(?:تون|تان)(?!${LETTER})|(?<!${LETTER})(?:شما|شماها)(?!${LETTER})`);

/** «ولی شما هم که …», «عالی هستید دیگه»: the praise turned. */
const PRAISE_BARBED = rx(`(?<!${LETTER})(?:هم|که|دیگه|لابد|حتماً)(?!${LETTER})`);

function pastThenPraise(text: string): Span[] {
  const out: Span[] = [];
  for (const m of all(THEN_YOU_GOOD, text)) {
    const s = sentenceAround(text, m.start);
    const before = text.slice(s.start, m.start);
    const praise = text.slice(m.start, s.end);
    if (!test(PAST, before) || test(YOURS_ANY, before) || /[?؟!]/.test(text.slice(s.start, s.end)) || test(PRAISE_BARBED, praise)) continue;
    out.push({ start: s.start, end: m.start });
  }
  return out;
}


/** Whether every piece of evidence lies inside one of this file's calm kinds (or is a mark beside one). */
export function calmFa19b(ctx: CueContext, evidence: readonly Evidence[]): boolean {
  if (!ctx.fa || evidence.length === 0) return false;
  const text = ctx.doc.text;
  const off = ctx.offset;
  const asks = faultThenAsk(text);
  const former = formerJudged(text);
  const joy = madWithJoy(text);
  const circ = circumstanceJudged(text);
  const third = thirdPartyYouPraised(text);
  const things = all(THING_DISLIKED, text);
  const withdrawn = all(WITHDRAWN_COMPLAINT, text);
  const against = complaintAgainstOther(text);
  const mishap = ownMishap(text);
  const denied = all(ASKED_DENIED, text);
  const past = pastThenPraise(text);
  if (!asks.length && !former.length && !joy.length && !circ.length && !third.length && !things.length && !withdrawn.length && !against.length && !past.length && !mishap.length && !denied.length) return false;
  return everyPieceExplained(evidence, off, text, ANGRY_FACE, (e, a, b) => {
    const why = e.why ?? '';
    const judged = JUDGED.has(why);
    const feeling = why === 'tone.why.feeling';
    return (
      (why === 'tone.why.rhetorical' && inside(asks, a, b)) ||
      ((judged || feeling) && inside(former, a, b)) ||
      (feeling && (inside(joy, a, b) || inside(things, a, b) || inside(denied, a, b))) ||
      (judged && (inside(circ, a, b) || inside(third, a, b) || inside(mishap, a, b))) ||
      (why === 'tone.why.escalation' && (inside(withdrawn, a, b) || inside(against, a, b))) ||
      ((feeling || judged || why === 'tone.why.failure') && inside(past, a, b))
    );
  });
}
