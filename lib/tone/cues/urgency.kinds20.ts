/**
 * Urgency, the twentieth session's kinds, read off late19 (both languages) and written as look-alikes with contrasts
 * that stay urgent (tests/unit/tone/urgency-kinds20.test.ts).
 *
 * Calm (calm20: every piece of evidence is one of these, and nothing at hand is named: today, tomorrow, this week):
 * - **a deadline said to be absent or months away**: "there is no immediate deadline", "nothing is needed before next
 *   spring", "the deadline is not until next year", «مهلت ثبت‌نام تا آخر ماه آینده است», «تا سه ماه دیگه»; keeps
 *   firing: "the deadline is this Friday", «مهلت فردا تموم میشه»;
 * - **a day word telling when something came or happened, thanked or told**: "the parcel came this afternoon",
 *   "thank you to the engineer this morning", «سفارشم امروز رسید، خیلی زودتر از …»; keeps firing: "my card was stolen
 *   this morning and someone has used it", a need said in the sentence ("need", «باید», «لازم»);
 * - **«فوری» / "urgent" naming a service asked about**: «بخش اورژانس … جمعه‌ها هم بازه؟», «فوریش واقعا همون روز انجام
 *   میشه؟», "Is your urgent care clinic open on bank holidays?"; keeps firing: «ارسال فوری میخوام، فردا تولدشه»;
 * - **"now" asking whether something is open yet, a fee asked about for a later change**: «الان رزرو باز شده؟ اگه بعداً
 *   … جریمه داره؟», "is booking open now? is there a fee if we change later?".
 *
 * Urgent (urgent20): **something about to happen**: "he's about to leave with my shopping", "my battery is about to
 * die", "the backup will only last about 5 hours", «الان داره میره!»; not told of the past ("was about to … but he
 * waited"), of a plan months away ("we are about to move house next spring"), of a feeling ("my patience is about to
 * run out") nor of a card's routine renewal ("my card is about to expire": weeks, not minutes; Banking77 asks it often).
 */
import type { CueContext } from '../cue.ts';
import type { Evidence } from '../types.ts';
import { opens, textGate } from '../textgate.ts';

/** The sentence around [start, end) of s (local offsets). */
function sentenceAt(s: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !/[.!?؟\n;؛]/.test(s[a - 1])) a--;
  let b = end;
  while (b < s.length && !/[.!?؟\n;؛]/.test(s[b])) b++;
  // Keep the closing mark: a question is read off it.
  return s.slice(a, Math.min(s.length, b + 1));
}

/** A time at hand (a day word of today is read per piece: it may tell when something came). */
const AT_HAND = /\b(?:tomorrow|this\s+(?:week|friday|monday|tuesday|wednesday|thursday|saturday|sunday)|asap|immediately|right\s+now|in\s+(?:an?|\d+)\s+(?:hours?|minutes?))\b|(?:فردا|امشب|همین\s+هفته|این\s+هفته|پس\s*فردا|همین\s+الان|فوراً|فورا)/i;
const NEED = /\b(?:need|needs|needed|must|have\s+to|has\s+to|asap|please\s+(?:hurry|rush))\b|(?:باید|لازم\s+(?:دارم|داریم)|میخوام|می\s*خوام|میخواهم|می\s*خواهم|نیاز\s+دارم)/i;
const HARM = /\b(?:stolen|hacked|fraud|scam|stuck|trapped|leak\w*|flood\w*|fire|smoke|gas|bleeding|insulin|oxygen|baby|used\s+it|someone)\b|(?:دزد|هک|کلاهبردار|نشت|آتش|دود|گاز|خون|انسولین|اکسیژن|نوزاد|گیر\s+کرد)/i;

// ---- a deadline absent or months away
const NO_DEADLINE = /\b(?:no|not\s+an?|isn't\s+an?|without\s+an?|nothing\s+like\s+a)\s+(?:immediate\s+|real\s+|particular\s+|hard\s+|urgent\s+|set\s+)?(?:deadline|rush|hurry|time\s+pressure)\b|\bno\s+immediate\b|\b(?:not|nothing\s+is\s+\w+)\s+(?:until|till|before)\s+next\s+(?:spring|summer|autumn|fall|winter|year|month)\b|\b(?:for|before|until|till|in)\s+next\s+(?:spring|summer|autumn|fall|winter|year)\b|\bin\s+(?:\d+|a\s+few|several|two|three|four|five|six)\s+months?\b/i;
const FAR_FA = /(?:ماه|سال)\s+(?:آینده|بعد|دیگه|دیگر)|(?:دو|سه|چهار|پنج|شش|چند|\d+)\s+ماه\s+(?:دیگه|دیگر|وقت)|عجله\s*(?:ای)?\s+(?:ندارم|نداریم|نیست)/;

// ---- a day word telling when something came or happened
const TOLD_EN = /\b(?:came|arrived|turned\s+up|delivered|visited|fitted|installed|fixed|froze|crashed|happened|called\s+round|thank\s+you|thanks)\b/i;
const TOLD_FA = /(?<![\u0621-\u064a\u067e-\u06d3])(?:رسید|اومد|آمد|تحویل\s+(?:دادن|دادند|گرفتم)|نصب\s+کرد|درست\s+کرد|ممنون|مرسی|متشکرم|سپاس)(?![\u0621-\u064a\u067e-\u06d3])/;
/** Only a day word tells when: "tonight", "this afternoon", «امروز», «زودتر» (never a deadline noun or an hour to go). */
const DAY_WORD = /^(?:today|tonight|this\s+(?:morning|afternoon|evening)|earlier|امروز|امشب|زودتر|امروز\s+صبح|امروز\s+عصر)$/i;
/** Something not come or not done in the sentence ("never arrived", "still hasn't", «نرسیده», «هنوز»). */
const NOT_DONE = /\b(?:not|never|still|yet|no)\b|n't\b|(?:هنوز|نرسید|نیومد|نیامد|نشده|نکرد)/i;

// ---- «فوری» / urgent naming a service asked about
const SERVICE_WORD = /^(?:urgent|emergency|express|فوری\S*|اورژانس\S*)$/i;

// ---- now asking whether something is open yet; a fee asked about for a later change
const OPEN_NOW = /\b(?:is|are)\s+(?:the\s+)?(?:\w+\s+){0,3}(?:open|available|live|out)\s+(?:yet|now)\b|\b(?:open|available)\s+(?:yet|now)\s*\?|(?:الان|الآن)\s+(?:\S+\s+){0,3}(?:باز|فعال|موجود)\s*(?:شده|هست|است|ه)?\s*(?:است)?\s*[؟?]/i;
const FEE_LATER = /\b(?:if|when)\b[^.?!]{0,60}\b(?:later|change|cancel|reduce|drop)\w*[^.?!]{0,60}\?|\b(?:fee|penalty|charge)\b[^.?!]{0,40}\bif\b[^.?!]{0,60}\?|(?:اگه|اگر)\s+(?:\S+\s+){0,8}(?:جریمه|هزینه)\s*(?:\S+\s*){0,2}[؟?]/i;

const CALM_GATE = textGate(['deadline', 'immediate', 'rush', 'hurry', 'next', 'months', 'ماه', 'سال', 'عجله', 'came', 'arrived', 'thank', 'رسید', 'اومد', 'آمد', 'ممنون', 'مرسی', 'urgent', 'emergency', 'express', 'فوری', 'اورژانس', 'open', 'available', 'باز', 'fee', 'penalty', 'جریمه', 'turned', 'delivered', 'visited', 'froze', 'crashed', 'fixed', 'fitted', 'installed', 'happened']);

/** Whether one piece of evidence is calm by one of the kinds above. */
function calmPiece(ctx: CueContext, e: Evidence): boolean {
  const text = ctx.doc.text;
  const s = e.start - ctx.offset;
  const t = e.end - ctx.offset;
  if (s < 0 || t > text.length) return false;
  const word = text.slice(s, t);
  const sent = sentenceAt(text, s, t);
  const asked = /[?؟]\s*$/.test(sent.trim());
  if (e.why === 'tone.why.time' || e.why === 'tone.why.deadline') {
    if (NO_DEADLINE.test(sent) || FAR_FA.test(sent)) return true;
    if (DAY_WORD.test(word.trim()) && (TOLD_EN.test(sent) || TOLD_FA.test(sent)) && !NOT_DONE.test(sent) && !NEED.test(sent) && !asked) return true;
  }
  if (asked && SERVICE_WORD.test(word.trim()) && !NEED.test(sent)) return true;
  if (asked && /^(?:now|الان|الآن)$/i.test(word.trim()) && OPEN_NOW.test(sent)) return true;
  if (e.why === 'tone.why.money' && asked && FEE_LATER.test(sent)) return true;
  return false;
}

/** Whether every piece of urgent evidence is calm (see the file's head) and nothing at hand or harmful is named. */
export function calm20(ctx: CueContext, evidence: readonly Evidence[]): boolean {
  if (evidence.length === 0 || !opens(ctx.low, CALM_GATE)) return false;
  const text = ctx.doc.text;
  if (AT_HAND.test(text) || HARM.test(text)) return false;
  return evidence.every((e) => calmPiece(ctx, e));
}

// ---- something about to happen
const ABOUT_GATE = textGate(['about to', 'last', 'run out', 'runs out', 'داره میره', 'داره تموم', 'داره قطع', 'در حال رفتن']);
const ABOUT_EN = /\b(?:is|are|am|'s|'re|'m)\s+(?:just\s+)?about\s+to\s+(?:leave|go|drive\s+off|die|run\s+out|be\s+(?:cut\s+off|disconnected|evicted|towed|repossessed))\b|\b(?:will|'ll)\s+only\s+last\s+(?:about\s+|around\s+|another\s+)?(?:\d+|an?|one|two|three|four|five|six|a\s+few)\s+(?:more\s+)?(?:hours?|minutes?|mins?)\b|\bruns?\s+out\s+in\s+(?:about\s+|around\s+)?(?:\d+|an?|one|two|three|a\s+few)\s+(?:hours?|minutes?|mins?)\b/i;
const ABOUT_FA = /(?:الان\s+)?داره\s+(?:میره|می\s+ره|قطع\s+میشه)|(?:شارژ|باتری|دارو|داروهام|داروهاش|اکسیژن|کپسول|مهلت|اعتبار|بنزین|شیر\s+خشک)\S*\s+(?:هم\s+)?داره\s+تموم\s+میشه|در\s+حال\s+رفتن/;
/** "my patience is about to run out": a feeling, not a supply. */
const FEELING = /\b(?:patience|temper|nerves|sanity)\b|(?:صبرم|صبر\s+من|حوصله)/i;
const LATER = /\bnext\s+(?:spring|summer|autumn|fall|winter|year|month)\b|(?:ماه|سال)\s+(?:آینده|بعد)/i;

/**
 * **A day of this very week with something still missing**: "my passport still hasn't come back and I fly this
 * Friday", «پنجشنبه همین هفته … باید به ترکیه بروم» with «هنوز» / «مانده» / «پاسخی نگرفتم». Not a day of this week
 * with nothing pending («پنجشنبه همین هفته تولد دخترمه، کیک بدون شکر دارید؟»), nor told of the past ("this Friday's
 * webinar was great").
 */
const WEEK_GATE = textGate(['this monday', 'this tuesday', 'this wednesday', 'this thursday', 'this friday', 'this saturday', 'this sunday', 'this week', 'همین هفته', 'این هفته']);
const THIS_DAY_EN = /\bthis\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?!'s)|\b(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+this\s+week\b/i;
const THIS_DAY_FA = /(?:(?:یک|دو|سه|چهار|پنج)?\s?شنبه|جمعه)\s+(?:همین|این)\s+هفته|(?:همین|این)\s+(?:(?:یک|دو|سه|چهار|پنج)?\s?شنبه|جمعه)(?![\u0621-\u064a\u067e-\u06d3])/;
const PENDING_EN = /\b(?:still\s+(?:hasn't|haven't|has\s+not|have\s+not|not|no|waiting)|hasn't\s+(?:arrived|come|been)|haven't\s+(?:received|had|got|heard)|not\s+yet|no\s+sign\s+of|still\s+shows?|still\s+says)\b/i;
const PENDING_FA = /هنوز\s+(?:\S+\s+){0,4}?(?:ن[\u0621-\u064a\u067e-\u06d3]+|مانده|مونده)(?![\u0621-\u064a\u067e-\u06d3])|مانده\s+است|مونده|نرسیده|صادر\s+نشده|پاسخی\s+(?:نگرفتم|دریافت\s+نکردم)|جوابی\s+(?:نگرفتم|نیومده)/;

function thisWeekPending(ctx: CueContext): Evidence[] {
  if (!opens(ctx.low, WEEK_GATE)) return [];
  const text = ctx.doc.text.replace(/\u200c/g, ' ');
  const m = (ctx.fa ? THIS_DAY_FA : THIS_DAY_EN).exec(text);
  if (!m || !(ctx.fa ? PENDING_FA : PENDING_EN).test(text)) return [];
  const sent = sentenceAt(text, m.index, m.index + m[0].length);
  // Told of the past ("this Friday's webinar was great"), or the day of an ultimatum ("if you don't act by Thursday this
  // week I will go to the ombudsman": session 14 reads no hurry in a threat a few days out).
  if (/\b(?:was|were|went|had|did)\b/i.test(sent) && !ctx.fa) return [];
  if (/\b(?:if|unless|otherwise)\b/i.test(sent) || /(?:^|\s)(?:اگر|اگه|وگرنه|درغیراینصورت)(?:\s|$)/.test(sent)) return [];
  return [ctx.ev({ start: m.index, end: m.index + m[0].length }, 'tone.why.deadline')];
}

export function urgent20(ctx: CueContext): Evidence[] {
  const week = thisWeekPending(ctx);
  if (!opens(ctx.low, ABOUT_GATE)) return week;
  const text = ctx.doc.text;
  const m = (ctx.fa ? ABOUT_FA : ABOUT_EN).exec(text.replace(/\u200c/g, ' '));
  if (!m) return week;
  const around = sentenceAt(text, m.index, m.index + m[0].length);
  if (LATER.test(around) || FEELING.test(around)) return week;
  return [...week, ctx.ev({ start: m.index, end: m.index + m[0].length }, 'tone.why.time')];
}
