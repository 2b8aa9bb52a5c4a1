/**
 * Urgency, session 18 (turg18): situations, not words. Fresh writers (late17) tell time pressure by the situation they
 * are in now, with no hurry word at all. Each kind below is generated as a family with look-alikes in
 * scripts/tone-urgency-matrix18.ts (times × situations × registers; Persian in four spellings):
 *
 * - **travel now**: a flight landing / boarding within minutes or hours ("flight lands in 40 min", «۲ ساعت دیگه
 *   پرواز دارم»), arriving tonight in the small hours ("we will arrive only around 2 o'clock in the night", "a
 *   reservation for tonight" beside a delay), flying within the week with something asked for ("we fly to the funeral on
 *   Friday. Can it be expedited?", «جمعه پرواز داریم»). Never a past trip, a month or a date weeks away, "every Friday".
 * - **stranded now**: stuck / stranded / waiting at an airport, port, station, roadside now, or "delayed for three hours
 *   now" («الان سه ساعته تو فرودگاه گیر کردیم»). Never yesterday's delay told as a complaint.
 * - **business event at hand**: the customer's sale / launch / opening starts today, tomorrow or on a weekday ("the sale
 *   starts Thursday"), losing money every day ("losing about £1,500 a day"), payroll that will not be met («حقوق پرسنل
 *   رو نمی‌تونم بدم»). Never a sale in a month, money lost last year.
 * - **card details just given to a scam**: "I typed my card details in" beside a text, a link, a scam («اطلاعات کارتمو
 *   تو لینک وارد کردم»). Never "I did not click", a payment that simply failed.
 * - **perishables now**: food, meat, medicine that will spoil in an outage («یخچال فریزر پر گوشته، تا ظهر همش خراب
 *   میشه», "the freezer is full and everything will defrost"), food going cold while a customer waits. Never food
 *   that arrived spoiled (a complaint, told in the past).
 *
 * Each found sign counts as one (./urgency.ts adds them to its list); "no rush" still cuts the score.
 */
import type { CueContext } from '../cue.ts';
import { opens, type TextGate, textGate } from '../textgate.ts';
import type { Evidence } from '../types.ts';

// Regular expressions the functions below test per token or per character, made once (a literal inside a function is a new object each time it is reached).
const SENTENCE_END = /[.!?؟\n]/;

/** The lower-cased text for the word gates, Arabic yeh and kaf made Persian (only where a message has them). */
const lowFa = (low: string) => (/[\u064a\u0649\u0643]/.test(low) ? low.replace(/[\u064a\u0649]/g, '\u06cc').replace(/\u0643/g, '\u06a9') : low);

/** The characters norm18 changes (a text without them is its own normal form). */
const NORM_CHARS = /[\u064a\u0649\u0643\u200c\u06f0-\u06f9\u0660-\u0669]/;

/** Persian letters made one, joiners spaces, Persian and Arabic digits ASCII: one character for one (spans hold). */
export function norm18(text: string): string {
  if (!NORM_CHARS.test(text)) return text;
  return text
    .replace(/[\u064a\u0649]/g, '\u06cc')
    .replace(/\u0643/g, '\u06a9')
    .replace(/\u200c/g, ' ')
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
}

/** Where a message's normalised texts are kept once made (every urgency and repeat reader of a message asks for them). */
export const NORMED = Symbol('norm18');
type Normed = CueContext & { [NORMED]?: { message?: string; doc?: string } };

/** norm18 of the whole message, made once per message. */
export function normMessage18(ctx: CueContext): string {
  const m = ((ctx as Normed)[NORMED] ??= { message: undefined, doc: undefined });
  return (m.message ??= norm18(ctx.message));
}

/** norm18 of the customer's latest words, made once per message. */
export function normDoc18(ctx: CueContext): string {
  const m = ((ctx as Normed)[NORMED] ??= { message: undefined, doc: undefined });
  return (m.doc ??= norm18(ctx.doc.text));
}

const ASK = /[?؟]|\b(?:please|pls|plz|can you|could you|can someone|can somebody|is there any way|help)\b|(?:لطفا|لطفاً|میشه|میشود|می شه|ممکنه|امکانش|چیکار کنم|چه کار کنم|کمک|چی کار کنم)/i;
const WD_EN = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)';
const N_EN = String.raw`(?:\d{1,3}|an?|one|two|three|four|five|six|ten|fifteen|twenty|thirty|forty|forty-five|fifty|half\s+an?)`;
const N_FA = String.raw`(?:\d{1,3}|یه|یک|دو|سه|چهار|پنج|شش|نیم|ده|بیست|سی|چهل|پنجاه)`;
const WD_FA = '(?:شنبه|یکشنبه|یک شنبه|دوشنبه|دو شنبه|سه شنبه|سهشنبه|چهارشنبه|چهار شنبه|پنجشنبه|پنج شنبه|جمعه|امشب|فردا|پس فردا|پسفردا)';
/** A past telling: the trip or the delay is over. */
const PAST_EN = /\b(?:yesterday|last\s+(?:night|week|month|year|time|summer|weekend)|ago|was\s+delayed|were\s+stuck|were\s+stranded|we\s+flew|i\s+flew|had\s+to\s+wait|back\s+home|got\s+home)\b/i;
const PAST_FA = /(?:دیروز|هفته\s*(?:ی\s*)?(?:پیش|قبل|گذشته)|ماه\s*(?:ی\s*)?(?:پیش|قبل|گذشته)|سال\s*(?:پیش|قبل|گذشته)|شدیم|برگشتیم)/;

/**
 * Which scripts the normalised text holds (set by urgencyKinds18 before its readers run): a Persian pattern needs a
 * Persian letter and an English one an ASCII letter (their /i folds no other letter to one), so neither runs on a text
 * without its script.
 */
let fa18 = true;
let en18 = true;
const FA_LETTER = /[\u0600-\u06ff]/;
const EN_LETTER = /[a-z]/i;

function at(ctx: CueContext, m: RegExpExecArray | null, why: 'tone.why.deadline' | 'tone.why.time' | 'tone.why.money' | 'tone.why.security' | 'tone.why.safety'): Evidence | null {
  return m ? ctx.ev({ start: m.index, end: m.index + m[0].length }, why) : null;
}
/** The sentence around index i of s (between sentence stops or line breaks). */
function sentenceAt(s: string, i: number, j: number): string {
  let a = i;
  while (a > 0 && !SENTENCE_END.test(s[a - 1])) a--;
  let b = j;
  while (b < s.length && !SENTENCE_END.test(s[b])) b++;
  return s.slice(a, b);
}

// ---------------------------------------------------------------- travel now
const LAND_EN = new RegExp(String.raw`\b(?:flight|plane|train|ferry|we|i|bus|coach)\s+(?:(?:'s|is|are|'re|'m|am|will|'ll|should|only)\s+)?(?:lands?|landing|arrives?|arriving|gets?\s+in|getting\s+in|touch(?:es)?\s+down|boards?|boarding|departs?|departing|leaves?|leaving|takes?\s+off|taking\s+off)\s+in\s+(?:about\s+|around\s+|less\s+than\s+|under\s+|an?\s+)?${N_EN}\s*(?:mins?|minutes?|hours?|hrs?|h)\b`, 'i');
const NIGHT_EN = /\b(?:we|i)\s+(?:(?:will|'ll|are|'re|am|'m|only|probably|now|won'?t)\s+){0,3}(?:arrive|arriving|get\s+(?:there|in)|getting\s+(?:there|in)|land|landing|reach|check\s+in|be\s+there)\b[^.!?\n]{0,40}?\b(?:tonight|after\s+midnight|midnight|[1-5]\s*(?:am|a\.m\.)|[1-5]\s+o'?clock\s+(?:in\s+the\s+)?(?:night|morning))/i;
const RES_TONIGHT_EN = /\b(?:reservation|booking|room|check-?in|rental|hire\s+car|pick-?up)\s+(?:(?:is|was|booked|number\s+\S+)\s+)?for\s+(?:tonight|today)\b/i;
const LATE_EN = /\b(?:delayed|late|arrive|arriving|cancel|cancelled|missed)\b/i;
const FLY_SOON_EN = new RegExp(String.raw`\b(?:we|i)\s+(?:(?:are|'re|am|'m|will|'ll|have\s+to|must|need\s+to)\s+)?(?:fly|flying|travel|travelling|traveling|leave|leaving|depart|departing|fly\s+out|flying\s+out|sail|sailing)\b[^.!?\n]{0,50}?\b(?:(?:on|this|next)\s+${WD_EN}|tomorrow|tonight)\b`, 'i');
const EVERY_EN = /\bevery\s+(?:week|day|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\b(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b/i;

const IN_FA = new RegExp(String.raw`${N_FA}\s*(?:ساعت|دقیقه|ربع)\s+(?:دیگه|دیگر)\s+(?:\S+\s+){0,3}?(?:پرواز|می\s*شینه|میشینه|می\s*نشیند|می\s*رسیم|میرسیم|می\s*رسم|میرسم|حرکت|سوار|بلند\s*میشه)`);
const WD_TRAVEL_FA = new RegExp(String.raw`(?:^|\s)${WD_FA}(?!\s*ها)\s+(?:[^\s.!?؟\n]+\s+){0,3}?(?:پرواز|سفر|بلیط)\s*(?:داریم|دارم|داره|ماست|مونه|مه|م)?(?=[\s.!?؟،,]|$)`);
const NIGHT_FA = new RegExp(String.raw`(?:امشب|نصف\s*شب|نیمه\s*شب)\s+(?:\S+\s+){0,3}?(?:ساعت\s*\d{1,2}\s+)?(?:\S+\s+){0,2}?(?:می\s*رسیم|میرسیم|می\s*رسم|میرسم|می\s*رسیم)`);

function travelNow(ctx: CueContext, s: string): Evidence | null {
  if (!ASK.test(s)) return null;
  if (en18) {
    for (const re of [LAND_EN, NIGHT_EN]) {
      const m = re.exec(s);
      if (m && !PAST_EN.test(sentenceAt(s, m.index, m.index + m[0].length))) return at(ctx, m, 'tone.why.deadline');
    }
    const r = RES_TONIGHT_EN.exec(s);
    if (r && LATE_EN.test(s.slice(r.index + r[0].length))) return at(ctx, r, 'tone.why.deadline');
    const f = FLY_SOON_EN.exec(s);
    if (f && !EVERY_EN.test(f[0]) && !PAST_EN.test(sentenceAt(s, f.index, f.index + f[0].length))) return at(ctx, f, 'tone.why.deadline');
  }
  if (fa18) for (const re of [IN_FA, WD_TRAVEL_FA, NIGHT_FA]) {
    const m = re.exec(s);
    if (m && !/هر\s*(?:هفته|روز)/.test(sentenceAt(s, m.index, m.index + m[0].length)) && !PAST_FA.test(sentenceAt(s, m.index, m.index + m[0].length))) return at(ctx, m, 'tone.why.deadline');
  }
  return null;
}

// ---------------------------------------------------------------- stranded now
const STUCK_EN = /\b(?:we|i)(?:'re|\s+are|'m|\s+am|'ve\s+been|\s+have\s+been|\s+are\s+still|'re\s+still|'m\s+still)\s+(?:now\s+|still\s+|currently\s+|literally\s+|just\s+)?(?:stuck|stranded|stood|standing|sitting|waiting|sat|parked)\s+(?:here\s+)?(?:at|in|on|outside|by)\s+(?:the\s+|a\s+|your\s+)?(?:\w+\s+)?(?:airport|terminal|port|harbour|harbor|station|gate|platform|roadside|motorway|hard\s+shoulder|side\s+of\s+the\s+road|car\s+park|lobby|reception|departure\s+lounge|lounge|border|pier|quay|check-?in\s+desk|desk)\b/i;
const DELAYED_NOW_EN = new RegExp(String.raw`\b(?:delayed|stuck|cancelled|held|waiting)\b[^.!?\n]{0,25}?\b(?:for\s+)?(?:over\s+|nearly\s+|almost\s+)?${N_EN}\s+(?:hours?|hrs?)\s+now\b|\b(?:delayed|stranded|stuck)\b[^.!?\n]{0,15}\b(?:right\s+now|at\s+the\s+moment|as\s+we\s+speak|tonight)\b`, 'i');
const STUCK_FA = new RegExp(String.raw`(?:الان|هنوز|از\s+صبح|از\s+ظهر|از\s+دیشب|${N_FA}\s*ساعت\S*)\s+(?:[^\s.!?؟\n]+\s+){0,6}?(?:فرودگاه|ترمینال|اسکله|ایستگاه|جاده|کنار\s+جاده|اتوبان|گمرک|مرز|بندر)\S*\s+(?:\S+\s+){0,2}?(?:گیر\s*(?:کردیم|کردم|افتادیم|افتادم)|موندیم|ماندیم|معطلیم|علافیم|منتظریم|سرگردونیم|سرگردانیم|ایم|یم|هستیم)(?=[\s.!?؟،,]|$)`);

function strandedNow(ctx: CueContext, s: string): Evidence | null {
  if (en18) for (const re of [STUCK_EN, DELAYED_NOW_EN]) {
    const m = re.exec(s);
    if (m && !PAST_EN.test(sentenceAt(s, m.index, m.index + m[0].length))) return at(ctx, m, 'tone.why.time');
  }
  const m = fa18 ? STUCK_FA.exec(s) : null;
  if (m && !PAST_FA.test(sentenceAt(s, m.index, m.index + m[0].length))) return at(ctx, m, 'tone.why.time');
  return null;
}

// ---------------------------------------------------------------- business event at hand
const EVENT_EN = new RegExp(String.raw`\b(?:our|the|my)\s+(?:[\w-]+\s+){0,2}?(?:sale|launch|opening|grand\s+opening|market|fair|show|festival|event|promotion|promo|pop-?up)\s+(?:starts|begins|opens|is|goes\s+live|kicks\s+off|launches|runs)\s+(?:on\s+|this\s+)?(?:today|tonight|tomorrow|${WD_EN})\b`, 'i');
const LOSING_EN = /\b(?:losing|lose|losses\s+of)\s+(?:about\s+|around\s+|roughly\s+|over\s+|nearly\s+|almost\s+)?(?:£|\$|€)\s?[\d,.]+k?\s*(?:a|per|every|each)\s+(?:day|hour|week)\b|\b(?:losing|lose)\s+(?:money|sales|orders|customers|bookings)\s+(?:every|each)\s+(?:day|hour|minute)\b/i;
const PAYROLL_EN = /\b(?:won'?t|can'?t|cannot|will\s+not|unable\s+to|not\s+be\s+able\s+to)\s+(?:make|meet|run|pay|cover)\s+(?:payroll|the\s+payroll|wages|salaries|my\s+staff|our\s+staff|the\s+staff|my\s+employees|our\s+employees|rent)\b/i;
const EVENT_FA = new RegExp(String.raw`(?:حراج|جشنواره|افتتاحیه|افتتاح|نمایشگاه|بلک\s*فرایدی|تخفیف\s*ها|فروش\s*ویژه|رونمایی)\S*\s+(?:\S+\s+){0,3}?${WD_FA}\s+(?:\S+\s+){0,1}?(?:شروع\s*(?:میشه|می\s*شه|می\s*شود|میشود)|شروع|افتتاح|برگزار)`);
const LOSING_FA = new RegExp(String.raw`(?:روزی|هر\s+روز|ساعتی)\s+(?:\S+\s+){0,3}?${N_FA}?\s*(?:میلیون|هزار|میلیارد)?\s*(?:تومن|تومان|ریال)?\s*(?:ضرر|خسارت|زیان)\s*(?:می\s*کنیم|میکنیم|میدیم|می\s*دیم|داریم|می\s*کنم|میکنم|میبینیم|می\s*بینیم|میخوریم|می\s*خوریم)`);
const PAYROLL_FA = /(?:حقوق|دستمزد)\s+(?:\S+\s+){0,2}?(?:پرسنل|کارگرا|کارگرها|کارمندا|کارمندان|نیروها|بچه\s*ها)\S*\s+(?:\S+\s+){0,2}?(?:نمی\s*تونم|نمیتونم|نمی\s*توانم|نمیتوانیم|نمی\s*تونیم|نمیتونیم)\s*(?:بدم|بدیم|بدهم|بدهیم|پرداخت)/;

const BUSINESS_EN = [EVENT_EN, LOSING_EN, PAYROLL_EN];
const BUSINESS_FA = [EVENT_FA, LOSING_FA, PAYROLL_FA];
const BUSINESS_ALL = [...BUSINESS_EN, ...BUSINESS_FA];

function businessAtHand(ctx: CueContext, s: string): Evidence | null {
  for (const re of en18 ? (fa18 ? BUSINESS_ALL : BUSINESS_EN) : fa18 ? BUSINESS_FA : []) {
    const m = re.exec(s);
    if (!m) continue;
    const sent = sentenceAt(s, m.index, m.index + m[0].length);
    if (PAST_EN.test(sent) || PAST_FA.test(sent) || /\b(?:started|began|opened|was|lost)\b/i.test(m[0])) continue;
    return at(ctx, m, 'tone.why.money');
  }
  return null;
}

// ---------------------------------------------------------------- card details given to a scam
const GAVE_EN = /\b(?:i|we)\s+(?:(?:then|just|stupidly|foolishly|accidentally|already|have|'ve|might\s+have|may\s+have|think\s+i|put\s+in|went\s+and)\s+){0,3}(?:typed|entered|put|gave|filled\s+in|input|inputted|submitted|shared|keyed|read\s+out|read|told)\s+(?:(?:him|her|them|it)\s+)?(?:in\s+|out\s+)?(?:all\s+)?(?:my|our|the)\s+(?:full\s+)?(?:(?:long\s+)?(?:numbers|digits)\s+(?:from|on|off)\s+(?:my|the)\s+card|card\s+details|card\s+number|bank\s+details|banking\s+details|account\s+details|details|pin|password|security\s+code|cvv|cvc|one[-\s]time\s+(?:code|passcode)|otp|code|login)\b/i;
const SCAM_EN = /\b(?:scam|scammed|scammer|phishing|fake|fraud|fraudster|suspicious|dodgy|not\s+(?:really\s+)?from\s+you|wasn'?t\s+(?:really\s+)?(?:from\s+)?you|text|sms|link|pretending|said\s+(?:he|she|they|it)\s+was\s+from)\b/i;
const GAVE_FA = /(?:اطلاعات\s*کارت|مشخصات\s*کارت|شماره\s*کارت|رمز\s*دوم|رمز\s*پویا|رمز\s*کارت|کد\s*(?:تایید|تأیید)|cvv2?|سی\s*وی\s*وی)\S*\s+(?:[^\s.!?؟\n]+\s+){0,8}?(?:رو\s+|را\s+|و\s+)?(?:وارد\s*(?:کردم|کردیم)|زدم|دادم|فرستادم|گفتم)(?=[\s.!?؟،,]|$)/i;
const SCAM_FA = /(?:لینک|پیامک|اس\s*ام\s*اس|جعلی|کلاهبردار|فیشینگ|مشکوک|تقلبی|دروغی|پیام|گفت\S*\s+از\s+(?:طرف\s+)?(?:بانک|پشتیبانی|شما))/;
const NOT_EN = /\b(?:didn'?t|did\s+not|never|haven'?t|have\s+not|not|won'?t)\b/i;

function scamGiven(ctx: CueContext, s: string): Evidence | null {
  const m = en18 ? GAVE_EN.exec(s) : null;
  if (m && SCAM_EN.test(s) && !NOT_EN.test(m[0])) return at(ctx, m, 'tone.why.security');
  const f = fa18 ? GAVE_FA.exec(s) : null;
  if (f && SCAM_FA.test(s) && !/ن(?:کردم|زدم|دادم|فرستادم|گفتم)/.test(f[0])) return at(ctx, f, 'tone.why.security');
  return null;
}

// ---------------------------------------------------------------- perishables now
const SPOIL_EN = /\b(?:food|meat|milk|fish|chicken|everything|groceries|stock|medication|medicine|insulin|breast\s?milk|freezer|fridge)\b[^.!?\n]{0,40}?\b(?:(?:will|is\s+going\s+to|are\s+going\s+to|going\s+to|gonna|about\s+to|starting\s+to|is\s+starting\s+to|are\s+starting\s+to|'ll)\s+(?:spoil|go\s+off|go\s+bad|defrost|thaw|rot|be\s+ruined|be\s+ruined|melt)|is\s+(?:defrosting|thawing|spoiling|going\s+off|getting\s+cold)|are\s+(?:defrosting|thawing|spoiling|going\s+off))\b/i;
const SPOIL_FA = /(?:گوشت|مرغ|غذا|غذاها|غذاش|غذاشون|مواد\s*غذایی|همه\s*چی|همه\s*چیز|همش|همه\s*ش|دارو|داروها|داروهام|انسولین|شیر\s*خشک|یخچال|فریزر)\S*\s+(?:\S+\s+){0,4}?(?:(?:خراب|فاسد)\s*(?:میشه|می\s*شه|می\s*شود|میشن|می\s*شوند|میشود|بشه)|داره\s+(?:خراب|فاسد|سرد|یخش\s+باز)\s*(?:میشه|می\s*شه)|یخش\s+(?:باز\s+)?(?:میشه|می\s*شه|داره\s+باز\s*میشه)|آب\s*(?:میشه|می\s*شه))/;
const FULL_FA = /(?:یخچال|فریزر)\S*\s+(?:\S+\s+){0,3}?پر\s*(?:از\s+)?(?:گوشت|مرغ|غذا|مواد|دارو|ماهی)/;
const FULL_EN = /\b(?:fridge|freezer)s?\s+(?:is|are|'s)\s+(?:completely\s+|totally\s+)?(?:full|stocked|packed)\b/i;
const OUT_EN = /\b(?:power\s+cut|power\s+outage|outage|no\s+power|no\s+electricity|power\s+(?:is\s+|has\s+been\s+)?(?:off|out|down)|electricity\s+(?:is\s+|has\s+been\s+)?(?:off|out|down)|since\s+(?:last\s+night|this\s+morning))\b/i;
const OUT_FA = /(?:برق\S*\s+(?:\S+\s+){0,4}?(?:قطع|رفته|نداره|نداریم|نیست)|قطعی\s*برق)/;

function perishableNow(ctx: CueContext, s: string): Evidence | null {
  for (const re of [SPOIL_EN, SPOIL_FA]) {
    if (re === SPOIL_EN ? !en18 : !fa18) continue;
    const m = re.exec(s);
    if (m && !PAST_EN.test(m[0]) && !/\b(?:was|were|arrived|came)\b/i.test(m[0])) return at(ctx, m, 'tone.why.money');
  }
  const f = (fa18 ? FULL_FA.exec(s) : null) ?? (en18 ? FULL_EN.exec(s) : null);
  if (f && (OUT_FA.test(s) || OUT_EN.test(s))) return at(ctx, f, 'tone.why.money');
  return null;
}

// ---------------------------------------------------------------- money sent to the wrong account just now
const WRONG_EN = /\b(?:i|we)\s+(?:(?:just|accidentally|mistakenly|stupidly|have|'ve)\s+){0,2}(?:sent|transferred|paid|moved|wired)\b[^.!?\n]{0,50}?\b(?:to\s+the\s+wrong\s+(?:account|person|payee|card|number|iban|sort\s+code)|to\s+a\s+stranger)\b|\b(?:i|we)\s+(?:(?:just|have|'ve)\s+)?(?:accidentally|mistakenly)\s+(?:sent|transferred|wired)\b/i;
const WRONG_FA = /(?:اشتباهی|اشتباها|اشتباهاً|به\s*اشتباه)\s+(?:[^\s.!?؟\n]+\s+){0,4}?(?:کارت\s*به\s*کارت|واریز|انتقال|پایا|ساتنا)\s*(?:کردم|کردیم|دادم|زدم|شد)(?=[\s.!?؟،,]|$)|(?:کارت\s*به\s*کارت|واریز|انتقال)\s*(?:کردم|کردیم|دادم)\s+(?:به\s+)?(?:یه|یک)\s+(?:شماره\s*)?(?:کارت|حساب|شبا)\s+(?:دیگه|دیگر|اشتباه|اشتباهی|غریبه)/;

function sentWrong(ctx: CueContext, s: string): Evidence | null {
  for (const re of [WRONG_EN, WRONG_FA]) {
    if (re === WRONG_EN ? !en18 : !fa18) continue;
    const m = re.exec(s);
    if (m && !PAST_EN.test(sentenceAt(s, m.index, m.index + m[0].length)) && !PAST_FA.test(sentenceAt(s, m.index, m.index + m[0].length))) return at(ctx, m, 'tone.why.money');
  }
  return null;
}

// ---------------------------------------------------------------- a workaround in place (a guard)
const WORKAROUND_EN = /\bnothing\s+is\s+(?:blocked|blocking|urgent)\b|\bnot\s+(?:an?\s+)?(?:emergency|blocker)\b|\bnot\s+blocking\s+(?:us|me|anything|anyone)\b|\b(?:we|i)\s+(?:can|could)\s+(?:manage|cope|work\s+around\s+it)\s+(?:for\s+now|in\s+the\s+meantime|for\s+the\s+moment)\b|\bwe(?:'re|\s+are)\s+using\s+(?:a|the|another|our)\s+(?:\w+\s+){0,2}(?:for\s+now|in\s+the\s+meantime|meanwhile)\b/i;
const WORKAROUND_FA = /(?:فعلا|فعلاً|عجالتاً|عجالتا|فعلن)\s+(?:[^\s.!?؟\n]+\s+){0,4}?(?:دیگری|دیگه|دیگر|یدکی|جایگزین)\s+(?:[^\s.!?؟\n]+\s+){0,2}?(?:استفاده|کار)\s*(?:می\s*کنیم|میکنیم|می\s*کنم|میکنم|می\s*شود|میشه|می\s*گیریم)|(?:فعلا|فعلاً)\s+(?:مشکلی|کاری)\s+(?:نداریم|پیش\s+نیومده|مختل\s+نشده)/;
/** "Nothing is blocked for now", «فعلاً از کارتخوان دیگری استفاده می‌کنیم»: a workaround in place; ./urgency.ts cuts the score as "no rush" does. */
export function workaround18(ctx: CueContext): boolean {
  if (!(opens(ctx.low, ARABIC_LETTERS) ? G_WORKAROUND.test(lowFa(ctx.low)) : opens(ctx.low, T_WORKAROUND))) return false;
  const s = normDoc18(ctx);
  return WORKAROUND_EN.test(s) || WORKAROUND_FA.test(s);
}

/** Session 18's situations of time pressure (each alone is urgent; ./urgency.ts adds them to its list). */
export function urgencyKinds18(ctx: CueContext): Evidence[] | null {
  // Cheap word gates on the lower-cased text first (speed: most messages hold none of a family's words): the shared
  // text-gate pass over ctx.low, or the regular expressions on the text with Arabic yeh and kaf made Persian where it has them.
  const arabic = opens(ctx.low, ARABIC_LETTERS);
  const low = arabic ? lowFa(ctx.low) : ctx.low;
  let s: string | null = null;
  let out: Evidence[] | null = null;
  for (let k = 0; k < READS.length; k++) {
    if (arabic ? !REGEX_GATES[k].test(low) : !opens(low, TEXT_GATES[k])) continue;
    if (s === null) {
      s = normDoc18(ctx);
      fa18 = FA_LETTER.test(s);
      en18 = EN_LETTER.test(s);
    }
    const e = READS[k](ctx, s);
    if (e) (out ??= []).push(e);
  }
  return out;
}
const G_TRAVEL = /fly|flight|plane|train|ferry|bus|coach|land|arriv|board|reserv|booking|room|check|rental|hire|pick|leav|depart|travel|sail|get in|getting in|پرواز|سفر|بلیط|رسیم|رسم|حرکت|شینه|نشیند|سوار/;
const G_STRANDED = /stuck|strand|stood|standing|sitting|waiting|sat |parked|delayed|cancelled|held|گیر|موندیم|ماندیم|معطل|علاف|منتظر|سرگردان|سرگردون|فرودگاه|ترمینال|اسکله|جاده/;
const G_BUSINESS = /sale|launch|opening|market|fair|show|festival|event|promo|pop-?up|losing|lose|losses|payroll|wages|salar|staff|employees|rent|حراج|جشنواره|افتتاح|نمایشگاه|فرایدی|تخفیف|فروش|رونمایی|ضرر|خسارت|زیان|حقوق|دستمزد/;
const G_SCAM = /card|details|pin\b|password|code|cvv|cvc|otp|login|numbers|digits|کارت|رمز|کد|سی وی/;
const G_PERISH = /food|meat|milk|fish|chicken|everything|groceries|stock|medic|insulin|freezer|fridge|گوشت|مرغ|غذا|مواد|همه|همش|دارو|انسولین|شیر|یخچال|فریزر/;
const G_WRONG = /sent|transferred|paid|moved|wired|اشتباه|کارت|واریز|انتقال/;
const G_WORKAROUND = /blocked|blocking|blocker|emergency|manage|cope|work around|for now|meantime|meanwhile|فعلا|فعلاً|عجالت|فعلن/;

/** Arabic yeh and kaf: where the text has one, the gates read lowFa(ctx.low) with the regular expressions above. */
const ARABIC_LETTERS = textGate(['\u064a', '\u0649', '\u0643']);
// The same gates as word lists for the shared pass (./textgate.ts) over ctx.low (a text with no Arabic yeh or kaf, where
// lowFa(ctx.low) is ctx.low): each word a literal of the regular expression beside it ('pin\b' -> 'pin' and 'pop-?up' ->
// 'pop', wider).
const T_TRAVEL = textGate([
  'fly', 'flight', 'plane', 'train', 'ferry', 'bus', 'coach', 'land', 'arriv', 'board', 'reserv', 'booking', 'room', 'check', 'rental', 'hire', 'pick',
  'leav', 'depart', 'travel', 'sail', 'get in', 'getting in', 'پرواز', 'سفر', 'بلیط', 'رسیم', 'رسم', 'حرکت', 'شینه', 'نشیند', 'سوار',
]);
const T_STRANDED = textGate([
  'stuck', 'strand', 'stood', 'standing', 'sitting', 'waiting', 'sat ', 'parked', 'delayed', 'cancelled', 'held', 'گیر', 'موندیم', 'ماندیم', 'معطل', 'علاف',
  'منتظر', 'سرگردان', 'سرگردون', 'فرودگاه', 'ترمینال', 'اسکله', 'جاده',
]);
const T_BUSINESS = textGate([
  'sale', 'launch', 'opening', 'market', 'fair', 'show', 'festival', 'event', 'promo', 'pop', 'losing', 'lose', 'losses', 'payroll', 'wages', 'salar',
  'staff', 'employees', 'rent', 'حراج', 'جشنواره', 'افتتاح', 'نمایشگاه', 'فرایدی', 'تخفیف', 'فروش', 'رونمایی', 'ضرر', 'خسارت', 'زیان', 'حقوق', 'دستمزد',
]);
const T_SCAM = textGate(['card', 'details', 'pin', 'password', 'code', 'cvv', 'cvc', 'otp', 'login', 'numbers', 'digits', 'کارت', 'رمز', 'کد', 'سی وی']);
const T_PERISH = textGate([
  'food', 'meat', 'milk', 'fish', 'chicken', 'everything', 'groceries', 'stock', 'medic', 'insulin', 'freezer', 'fridge', 'گوشت', 'مرغ', 'غذا', 'مواد',
  'همه', 'همش', 'دارو', 'انسولین', 'شیر', 'یخچال', 'فریزر',
]);
const T_WRONG = textGate(['sent', 'transferred', 'paid', 'moved', 'wired', 'اشتباه', 'کارت', 'واریز', 'انتقال']);
const T_WORKAROUND = textGate(['blocked', 'blocking', 'blocker', 'emergency', 'manage', 'cope', 'work around', 'for now', 'meantime', 'meanwhile', 'فعلا', 'فعلاً', 'عجالت', 'فعلن']);

const READS: ((c: CueContext, s: string) => Evidence | null)[] = [travelNow, strandedNow, businessAtHand, scamGiven, perishableNow, sentWrong];
const REGEX_GATES: RegExp[] = [G_TRAVEL, G_STRANDED, G_BUSINESS, G_SCAM, G_PERISH, G_WRONG];
const TEXT_GATES: TextGate[] = [T_TRAVEL, T_STRANDED, T_BUSINESS, T_SCAM, T_PERISH, T_WRONG];
