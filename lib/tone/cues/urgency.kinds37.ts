/**
 * Urgency, session 37 (tone37): an event or deadline of the customer's a few days ahead, named by a weekday, a date or
 * "in N days", with the company's part needed before it. Older readers read tonight and tomorrow (urgency.kinds28.ts,
 * urgency.fa.kinds32.ts) and a deadline word right after "by" / «تا»; these misses said the day some other way:
 * "We open Friday. Can you get the 12th to us before then?", "my visa appointment … is on 1 August … cannot go without",
 * "defending my thesis on Thursday morning. Is there any chance of an appointment before then?", "The deadline is in 3
 * days", «مدرسه از شنبه شروع میشه و هنوز ارسال نشده. میشه تا جمعه برسه؟», «وقت سفارت در تاریخ ۲۸ آبان (پنج روز دیگر)»,
 * «ویزه من 5 روز دیگر ختم می شود», «سخنرانی دارم. خواهشمند است حداکثر تا شنبه …».
 *
 * Read: an event word (a wedding, an exam, a flight, a hearing, a move, a deadline, an opening …) within a few words of a
 * near day in one sentence, and in the message either (a) the need before it said ("before then", "in time", "by
 * Friday", «تا پنجشنبه», «حداکثر تا»), or (b) the day counted ("in 3 days", «سه روز دیگر») with a request, or (c)
 * something of the company's in the way (not come, still in progress, missing, an error) with a request.
 * Not: a day gone by ("last Friday", "on Saturday we found", "was due"), no hurry said ("no rush", "loads of time", "isn't
 * until March", «عجله‌ای نیست»), an event the customer may drop ("might not be able to go"), a plain booking enquiry with
 * nothing in the way and no need before (a date named for a booking, «رزرو … برای تاریخ …»).
 * Evidence: the event and its day (tone.why.deadline), and the words saying it is needed before (never the request's
 * "can you" or a greeting).
 * Judged leave-one-writer-split-out (tests/fixtures/tone-eval/README.md, tone37).
 */
import { type CueContext } from '../cue.ts';
import { mayMatch, readerGate, type TextGate } from '../textgate.ts';
import type { Evidence } from '../types.ts';

/** Switches for the leave-one-split-out figures (scripts/tone37-loso.ts); always on in the product. */
export const kinds37Switch = { en: true, fa: true, bare: true };

// ---------------------------------------------------------------------------------------------------------------------
// English

/** Weekdays; the short "sat" / "fri" only after on / by / this / next / b4 … ("sat next to me" is no day). */
const WEEKDAY = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)day|(?<=\b(?:on|by|this|next|b4|before|until|till)\s+)(?:sat|fri)`;
const MONTH = String.raw`jan(?:uary)?|feb(?:ruary)?|march|mar|april|apr|may|june|jun|july|jul|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`;
const NUM = String.raw`\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|a\s+couple\s+of|couple\s+of`;
const FEW = String.raw`[1-7]|one|two|three|four|five|six|seven|a\s+few|a\s+couple\s+of|couple\s+of`;
/** A near day: a weekday (this / next / on / by …), this weekend, next week, a day of the month, a date, "in N days". */
/** A near day: a weekday (this / next / on / by …), this weekend, next week, "in N days". */
const NEAR_EN = String.raw`(?:(?:this|next|on|by|before|until|till|b4|from)\s+)?(?:${WEEKDAY})(?:['’]s)?(?:\s+(?:morning|afternoon|evening|night))?|this\s+weekend|next\s+week|in\s+(?:${FEW})\s+days|(?:${FEW})\s+days\s+(?:away|from\s+now|time|left(?!\s+of\b))`;
/** A date: near only with the need before it said or the days counted (a date alone may be months away). */
const DATE_EN = String.raw`(?:on\s+)?the\s+\d{1,2}(?:st|nd|rd|th)(?:\s+of\s+(?:this|the)\s+month)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTH})\b|(?:${MONTH})\s+\d{1,2}(?:st|nd|rd|th)?\b`;
const DAY_EN = `${NEAR_EN}|${DATE_EN}`;
const IS_DATE_EN = new RegExp(String.raw`^(?:${DATE_EN})$`, 'iu');
/** The customer's event, or a deadline of theirs. */
const EVENT_EN = String.raw`wedding|funeral|exams?|mocks?|interview|hearing|surgery|operation|flight|ferry|sailing|cruise|departure|trip|holiday|conference|lecture|presentation|defen[cs]e|defending|thesis|deadline|due(?!\s+to\b)|closes|ends|expires|review|term\s+starts|school\s+starts|starts|event|party|birthday|guests|delegates|move|moving|completion|exchanging\s+contracts|payroll|mart|open|opening|launch|concert|final|visa|installment|instalment|leaving\s+for|travelling|traveling|flying|going\s+away|return\s+the\s+car|check-in|mortgage\s+lender`;
const EVENT_DAY_EN = new RegExp(String.raw`\b(?:${EVENT_EN})\b[^.!?\n]{0,40}?\b(?<day>${DAY_EN})|\b(?<day2>${DAY_EN})\b[^.!?\n]{0,30}?\b(?:${EVENT_EN})\b`, 'giu');
/** EVENT_DAY_EN without the g flag: whether it matches anywhere (EVENT_DAY_EN itself is walked by matchAll). */
const EVENT_DAY_ONE_EN = new RegExp(EVENT_DAY_EN.source, 'iu');
/** The event word of a reading (scripts/tone37-loso.ts reads which words each split's readings rest on). */
export const EVENT_WORD_EN = new RegExp(String.raw`\b(?:${EVENT_EN})\b`, 'iu');
/** The need before it said. */
const BEFORE_EN = /\b(?:before\s+then|b4\s+then|before\s+that\s+date|before\s+this\s+date|before\s+(?:i|we)\s+(?:leave|go|fly|travel)|in\s+time|ideally\s+by|(?:by|before|until|till)\s+(?:(?:this|next)\s+)?(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)day|the\s+\d{1,2}(?:st|nd|rd|th))|(?:can(?:not|['’]t)|can\s+not)\s+(?:go|renew|board|travel|fly|submit)\s+without|without\s+(?:this|it|them|the\s+\w+)[^.!?\n]{0,30}?\b(?:can(?:not|['’]t)|can\s+not))\b/iu;
/** The day counted. */
const COUNTED_EN = new RegExp(String.raw`\bin\s+(?:${FEW})\s+days\b|\b(?:${FEW})\s+days\s+(?:away|from\s+now|left(?!\s+of\b))\b`, 'iu');
/** Something of the company's in the way. */
const IN_WAY_EN = /\b(?:still\s+(?:shows?|says?|saying|showing|in\s+progress|not|no|hasn['’]?t|haven['’]?t|waiting|awaiting|missing)|not\s+yet|hasn['’]?t|haven['’]?t|has\s+not|have\s+not|isn['’]?t|wasn['’]?t|didn['’]?t|don['’]?t\s+have|no\s+(?:sign|record|reply|confirmation|date)|missing|in\s+progress|pending|only\s+\w+\s+arrived|\d+\s+arrived|wrong|broken|cracked|chipped|snapped|error|declined|refused|rejected|cancelled|canceled|limit)\b/iu;
/** A request of the company. */
const ASKS_EN = /[?]|\b(?:can|could|would)\s+(?:you|someone|it|the|they)|\bis\s+(?:there|it)\s+(?:any|possible)|\bplease\b|\bi\s+need\b|\bneed\s+(?:it|them|the|this|a|an|my)\b/iu;
const NO_RUSH_EN = /\b(?:no\s+\w+\s+planned|nothing\s+(?:planned|booked)|still\s+(?:on|available|going\s+ahead|possible|happening)|any\s+day|would\s+suit|any\s+time|no\s+rush|no\s+hurry|not\s+urgent|no\s+urgency|loads\s+of\s+time|plenty\s+of\s+time|(?:is\s*n['’]?t|is\s+not|not)\s+until|whenever|no\s+worries\s+if\s+not|might\s+not\s+be\s+able\s+to\s+go|won['’]?t\s+need)\b/iu;
/** A day gone by, right before or in the matched words. */
const PAST_DAY_EN = /\b(?:last|since|ago|was\s+(?:on|due)|were\s+on|on\s+\w+day\s+(?:we|i)\s+\w+ed)\b/iu;
/** A contact or a doing of the customer's told with its day: "I emailed on Tuesday", "the message I sent on Monday". */
const TOLD_DAY_EN = /\b(?:emailed|called|rang|phoned|sent|wrote|spoke|messaged|chatted|visited|asked|submitted|ordered|paid|moved|returned|went|came|arrived|happened|was|were|had)\b[^.!?\n]{0,30}$/iu;

function sentenceOf(text: string, a: number, b: number): string {
  let s = a;
  while (s > 0 && !/[.!?\n]/u.test(text[s - 1])) s--;
  let e = b;
  while (e < text.length && !/[.!?\n]/u.test(text[e])) e++;
  return text.slice(s, e);
}

export function eventSoonEn37(ctx: CueContext): Evidence[] {
  if (ctx.fa || ctx.empty || !kinds37Switch.en || !mayFindEn37(ctx.low)) return [];
  const text = ctx.doc.text;
  // It finds something only from an event with its day or from bareBeforeEn37's strong "before": asked first, where the
  // gate's words (an event word and a day word anywhere) open on many texts that hold neither, before the five guards run.
  if (!EVENT_DAY_ONE_EN.test(text) && !(kinds37Switch.bare && STRONG_BEFORE_EN.test(text))) return [];
  if (NO_RUSH_EN.test(text) || !ASKS_EN.test(text)) return [];
  const before = BEFORE_EN.exec(text);
  const counted = COUNTED_EN.test(text);
  const inWay = IN_WAY_EN.test(text);
  if (!before && !counted && !inWay) return [];
  for (const m of text.matchAll(EVENT_DAY_EN)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (PAST_DAY_EN.test(text.slice(Math.max(0, start - 12), end))) continue;
    const day = (m.groups?.day ?? m.groups?.day2 ?? '').trim();
    if (IS_DATE_EN.test(day) && !before && !counted) continue;
    const dayAt = text.indexOf(day, start);
    if (TOLD_DAY_EN.test(text.slice(Math.max(0, dayAt - 40), dayAt))) continue;
    // The sentence tells what was (a past verb with the day): "On Saturday we found three steps".
    if (/\b(?:was|were|went|had|found|arrived|came|happened)\b/iu.test(sentenceOf(text, start, end)) && !/\b(?:is|are|will|starts|closes|ends|'s|need|needs)\b/iu.test(sentenceOf(text, start, end))) continue;
    const ev = [ctx.ev({ start, end }, 'tone.why.deadline')];
    if (before && (before.index < start || before.index >= end)) ev.push(ctx.ev({ start: before.index, end: before.index + before[0].length }, 'tone.why.deadline'));
    return ev;
  }
  return kinds37Switch.bare ? bareBeforeEn37(ctx, text) : [];
}

/** The need before a near day said outright, whatever the event: "before then", "in time", "b4 then", "before I leave". */
const STRONG_BEFORE_EN = /\b(?:before\s+then|b4\s+then|in\s+time|before\s+(?:i|we)\s+(?:leave|go|fly|travel))\b/iu;
const NEAR_DAY_EN = new RegExp(String.raw`\b(?:${NEAR_EN})\b`, 'giu');
/**
 * The English reader finds something only where EVENT_DAY_EN matches (an event word and a day) or bareBeforeEn37 does
 * (STRONG_BEFORE_EN and a near day): gates read off those parts, asked before its six guard expressions (most messages name
 * no event word with a day, and no "before then" with a near day). The day's own gate opens on nearly every text ("the" of
 * "the 12th"), so it is asked last.
 */
const EVENT_GATE_EN: TextGate | null = readerGate([EVENT_WORD_EN]);
const DAY_GATE_EN: TextGate | null = readerGate([new RegExp(DAY_EN, 'iu')]);
const STRONG_GATE_EN: TextGate | null = readerGate([STRONG_BEFORE_EN]);
const NEAR_GATE_EN: TextGate | null = readerGate([NEAR_DAY_EN]);
function mayFindEn37(low: string): boolean {
  return (mayMatch(low, EVENT_GATE_EN) && mayMatch(low, DAY_GATE_EN)) || (mayMatch(low, STRONG_GATE_EN) && mayMatch(low, NEAR_GATE_EN));
}
function bareBeforeEn37(ctx: CueContext, text: string): Evidence[] {
  const b = STRONG_BEFORE_EN.exec(text);
  if (!b) return [];
  for (const m of text.matchAll(NEAR_DAY_EN)) {
    const at = m.index ?? 0;
    if (PAST_DAY_EN.test(text.slice(Math.max(0, at - 12), at + m[0].length)) || TOLD_DAY_EN.test(text.slice(Math.max(0, at - 40), at))) continue;
    return [ctx.ev({ start: at, end: at + m[0].length }, 'tone.why.deadline'), ctx.ev({ start: b.index, end: b.index + b[0].length }, 'tone.why.deadline')];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------------------------------
// Persian

const L = String.raw`(?<![\p{L}\p{M}])`;
const R = String.raw`(?![\p{L}\p{M}])`;
const S = String.raw`[\s\u200c]*`;
const WEEKDAY_FA = String.raw`(?:یک|دو|سه|چهار|پنج)?${S}شنبه|جمعه`;
const MONTH_FA = String.raw`فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند`;
const NUM_FA = String.raw`[1-7۱-۷]|یک|یه|دو|سه|چهار|پنج|شش|هفت`;
/** A date: near only with the need before it said or the days counted. */
const DATE_FA = String.raw`(?<![\d۰-۹/])[\d۰-۹]{1,2}${S}(?:${MONTH_FA})${R}`;
const IS_DATE_FA = new RegExp(`^(?:${DATE_FA})$`, 'u');
const DAY_FA = String.raw`${L}(?:${WEEKDAY_FA})(?:${S}(?:آینده|دیگه|دیگر|بعد|ست|س|است|ه))?${R}|هفته${S}(?:آینده|دیگه|دیگر|بعد)|آخر${S}همین${S}هفته|${L}(?:${NUM_FA})${S}روز${S}(?:دیگه|دیگر|آینده|بعد)|${DATE_FA}`;
const EVENT_FA = String.raw`${L}(?:پرواز|قطار|بلیط|بلیت|مهلت|منقضی|سررسید|موعد|امتحان|آزمون|کنکور|مصاحبه|عروسی|تولد|مراسم|همایش|کنفرانس|سخنرانی|ارائه|دفاع|جراحی|عمل|وقت${S}سفارت|سفارت|ویزا|ویزه|اقامت|اپلای|سفر|مسافرت|زایمان|مدرسه|کلاس|ترم|شروع|ختم|(?:تموم|تمام)${S}(?:میشه|می${S}شه|می${S}شود|میشود))`;
const EVENT_DAY_FA = new RegExp(String.raw`(?:${EVENT_FA})[^.!؟?\n]{0,40}?(?<day>${DAY_FA})|(?<day2>${DAY_FA})[^.!؟?\n]{0,40}?(?:${EVENT_FA})`, 'gu');
/** A day told as past or moved: «مورخ ۱۲ مهر», «از پنجشنبه به شنبه». */
const TOLD_DAY_FA = new RegExp(String.raw`(?:مورخ|مورخه|در${S}تاریخ${S}[\d۰-۹]{1,2}${S}(?:${MONTH_FA})${S}(?:ثبت|درخواست|تحویل|خرید|ارسال))|${L}از${S}(?:${WEEKDAY_FA})${S}به${R}`, 'u');
/** The event word of a reading (see EVENT_WORD_EN). */
export const EVENT_WORD_FA = new RegExp(EVENT_FA, 'u');
/** The need before it said: «تا پنجشنبه», «حداکثر تا», «قبل از اون», «تا ۱۳ آذر». */
const BEFORE_FA = new RegExp(String.raw`${L}حداکثر${S}تا${R}|(?<![\d۰-۹]\s*)${L}تا${S}(?:روز${S})?(?:${WEEKDAY_FA}|[\d۰-۹]{1,2}${S}(?:${MONTH_FA}))${R}|${L}قبل${S}از${S}(?:اون|آن)${R}|${L}قبلش${R}|${L}پیش${S}از${S}(?:آن|اون)${R}`, 'u');
/** The day counted: «سه روز دیگر», «یک هفته دیگر». */
const COUNTED_FA = new RegExp(String.raw`${L}(?:(?:${NUM_FA})${S}روز|(?:یک|یه)${S}هفته)${S}(?:دیگه|دیگر|آینده)${R}`, 'u');
const IN_WAY_FA = /(?<![\p{L}\p{M}])(?:هنوز|تاکنون|ن(?:رسیده|یومده|یامده|شده|داده|کرده|گردیده)|صادر\s*نشده|خطا|ارور|تاخیر|تأخیر|(?:کنسل|لغو)[\s\u200c]*(?:شده|شد|گردیده)|مشکل(?![\p{L}\s]*نیست)|خراب|اشتباه|قطع(?![\p{L}])|فعال\s*نمیشه)/u;
const ASKS_FA = /[?؟]|میشه|می[\s\u200c]*شود|امکان|لطفا|لطفاً|خواهشمند|بفرمایید|راهی\s+هست|کمک|راهنمایی/u;
const NO_HURRY_FA = /عجله[\s\u200c]*(?:ای)?\s*نیست|لازم\s+نیست\s+عجله|فوری\s+نیست|نیازی\s+به\s+عجله/u;
/** A booking enquiry: the date is what is booked, not a deadline («رزرو … برای تاریخ ۲۵ تا ۲۸ مهر»). */
const BOOKING_FA = /(?<![\p{L}\p{M}])رزرو/u;
const PAST_FA = /(?<![\p{L}\p{M}])(?:گذشته|پیش(?![\s\u200c]*از)|قبل(?![\s\u200c]*از)|دیروز)(?![\p{L}\p{M}])/u;

/** The Persian reader finds something only where EVENT_DAY_FA matches: its gate, read before the guard expressions. */
const FA_GATE: TextGate | null = readerGate([EVENT_DAY_FA]);

export function eventSoonFa37(ctx: CueContext): Evidence[] {
  if (!ctx.fa || ctx.empty || !kinds37Switch.fa || !mayMatch(ctx.low, FA_GATE)) return [];
  const text = ctx.doc.text;
  if (NO_HURRY_FA.test(text) || !ASKS_FA.test(text)) return [];
  const before = BEFORE_FA.exec(text);
  const counted = COUNTED_FA.test(text);
  const inWay = IN_WAY_FA.test(text);
  if (!before && !counted && !inWay) return [];
  // A booking with nothing in the way and no need before it is an enquiry.
  if (!inWay && !before && BOOKING_FA.test(text) && !counted) return [];
  for (const m of text.matchAll(EVENT_DAY_FA)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (PAST_FA.test(m[0])) continue;
    const day = (m.groups?.day ?? m.groups?.day2 ?? '').trim();
    if (IS_DATE_FA.test(day) && !before && !counted) continue;
    if (TOLD_DAY_FA.test(text.slice(Math.max(0, start - 12), end + 4))) continue;
    const ev = [ctx.ev({ start, end }, 'tone.why.deadline')];
    if (before && (before.index < start || before.index >= end)) ev.push(ctx.ev({ start: before.index, end: before.index + before[0].length }, 'tone.why.deadline'));
    return ev;
  }
  return [];
}

/** Session 37's urgency readings, in order (the first that finds something). */
export function urgencyKinds37(ctx: CueContext): Evidence[] {
  return ctx.fa ? eventSoonFa37(ctx) : eventSoonEn37(ctx);
}
