/**
 * Urgency, session 19 (turg19): kinds of false cue and miss read from fresh writers (late18, late17, late15), each
 * generated as a family with look-alikes in scripts/tone-urgency-matrix19.ts (Persian in four spellings).
 *
 * No pressure (noPressure19: one piece of evidence; quiet19: every piece, or money taken and nothing else):
 * - **a time frame the company promised or advertised, told back**: «قرار بود ظرف ۷۲ ساعت …», «نوشته بودید … ظرف ۷۲
 *   ساعت», "your website says top-ups arrive in under 5 minutes", "it came within two minutes, thanks";
 * - **quoted words**: «شارژ فوری در کمتر از ۵ دقیقه» inside quotation marks is a mention;
 * - **"now" that is no hurry**: "what do I do now?", «الان چیکار کنم؟», "three days now", «الان یه هفته گذشته»; a long
 *   wait shouted in capitals ("THREE DAYS NOW") is frustration, not a hurry;
 * - **"scam" as an insult**: "this is actually a scam", «این کارتون کلاهبرداریه», «اولش فکر کردم کلاهبرداریه»;
 * - **a request to hold or send later**: "hold my parcel at the depot till Monday", «تا دوشنبه نگهش دارید», «بندازید
 *   هفته بعد»: the day named is the customer's choice;
 * - **someone asked to answer**: «یکی توضیح بده», "can someone explain": no intruder;
 * - **the company's speed told back**: «واسه اجاره دادن که خیلی سریع بودین», "you were quick enough to take my money";
 * - **a cancelled event or an earlier chat told as news**: "her appointment on Thursday has been cancelled", "I chatted
 *   with Leo earlier this afternoon", «دیروز پرواز … پروندین»;
 * - **money taken and nothing else**, in every spelling (Arabic kaf and yeh: «پول از كارتم كم شده») and for a fee taken
 *   («هزینه لغو … کم شد»); and a deadline in a threat sentence after money taken ("reversed by Friday. If it isn't, I'm
 *   filing a chargeback"): frustrated, not urgent.
 *
 * Urgent (urgencyKinds19): a third party's deadline within days with a consequence for the customer ("I'll be withdrawn
 * from my course if it isn't received by this Friday", «صاحبخونه گفته اگه تا شنبه ودیعه واریز نشه قرارداد فسخ میشه»),
 * and card details put into a scam link or given to a caller ("I clicked it and put my card details in before I
 * realised", «کد پیامک رو بهش دادم»).
 */
import type { CueContext } from '../cue.ts';
import { opens, textGate } from '../textgate.ts';
import type { Evidence } from '../types.ts';
import { norm18, normDoc18, normMessage18 } from './urgency.kinds18.ts';
import { readWithMoney } from './urgency.guards14.ts';

// Regular expressions the functions below test per token or per character, made once (a literal inside a function is a new object each time it is reached).
const SENTENCE_END = /[.!?؟\n]/;
const SENTENCE_GAP = /[.!?؟\n\s]/;
const ARABIC_LETTER = /[\u0600-\u06ff]/;
/** A sentence of the normalised text (urgencyKinds19's walk). */
const SENTENCE_RUN = /[^.!?؟\n]+/g;

/** Cheap gate: a message with none of these words holds none of the kinds below. */
const GATE = /within|under|less than|in \d|says|said|promis|supposed|meant|now|scam|hold|keep|instead|later|next week|someone|somebody|cancel|earlier|this (?:morning|afternoon)|twice|charged|fee|by |if |unless|details|code|number|ظرف|کمتر|طی|قرار|مقرر|الان|کلاهبردار|نگه|بنداز|تعویق|یکی|لغو|دیروز|کم|كم|جریمه|هزینه|اگه|اگر|کد|كد|کارت|كارت|«|"|“/i;

/** The sentence (normalised text) around a span of the message (also ./repeat.kinds19.ts). */
export function sentenceAt(s: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !SENTENCE_END.test(s[a - 1])) a--;
  let b = end;
  while (b < s.length && !SENTENCE_END.test(s[b])) b++;
  return s.slice(a, b);
}

/** The sentence after the one holding `at`. */
function nextSentence(s: string, at: number): string {
  let b = at;
  while (b < s.length && !SENTENCE_END.test(s[b])) b++;
  while (b < s.length && SENTENCE_GAP.test(s[b])) b++;
  return sentenceAt(s, b, b);
}
const AT_HAND = /\b(?:today|tonight|tomorrow|this\s+(?:morning|afternoon|evening)|within\s+the\s+hour|in\s+(?:an?|\d+)\s+hours?)\b|(?:امروز|امشب|فردا|همین\s+الان)/i;

// ---------------------------------------------------------------- the kinds of no pressure
const FRAME = /\b(?:within|in\s+under|in\s+less\s+than|under)\s+(?:\d+|an?|one|two|three|five|ten|24|48|72)\s*(?:-\s*)?(?:working\s+)?(?:minutes?|mins?|hours?|hrs?|days?)\b|(?:ظرف|کمتر\s+از|طی)\s*(?:\d+|یه|یک|دو|سه|پنج|ده|چند)\s*(?:دقیقه|ساعت|روز)/i;
const TOLD_FRAME = /\b(?:you\s+(?:said|promised|told\s+me|claimed|advertise)|u\s+said|as\s+you\s+said|supposed\s+to|meant\s+to|should\s+have|your\s+(?:website|site|app|email|e-mail|advert|ad|terms|confirmation|page|text)\s+(?:says|said|promises|promised|states|stated)|the\s+(?:confirmation|website|site|app|email|advert)\s+(?:says|said|promises|promised)|(?<!n't\s)(?<!not\s)(?<!never\s)(?<!\bto\s)\b(?:came|arrived|landed|showed\s+up|went\s+through|was\s+(?:back|done|fixed|sorted))\b)|(?:قرار\s+بود|مقرر\s+بود|گفتین|گفتید|گفته\s+بودین|گفته\s+بودید|گفته\s+بودن|نوشته\s+بودید|نوشته\s+بودین|نوشته\s+بود|نوشتین|نوشتید|زده|نوشته|وعده|قول\s+داده|قول\s+دادین|(?<![\u0621-\u064a\u067e-\u06d3])(?:اومد|آمد|رسید|برگشت|نشست|انجام\s+شد)(?:ه|ن|ند)?(?![\u0621-\u064a\u067e-\u06d3]))/i;

const NOW_ASK = /\b(?:what\s+(?:do|should|can|am)\s+i\s+(?:supposed\s+to\s+)?do\s+now|so\s+what\s+now|now\s+what|what\s+now)\b|(?:الان\s+(?:باید\s+)?(?:چیکار|چی\s*کار|چه\s*کار|چکار)\s+کنم|(?:چیکار|چی\s*کار|چه\s*کار|چکار)\s+کنم\s+الان)/i;
const NOW_SPAN = /\b(?:\d+|a|one|two|three|four|five|six|several|few)\s+(?:days?|weeks?|months?)\s+now\b|\bfor\s+(?:a|one|two|three|four|five|six|several|\d+)\s+(?:days?|weeks?|months?)\s+now\b|الان\s+(?:\d+|یه|یک|دو|سه|چهار|پنج|چند)\s*(?:روز|هفته|ماه)\s*(?:ه|است|ست|گذشته|میشه|می\s+شه)/i;
const SCAM_INSULT = /\b(?:this|that|it|which)(?:'s|\s+is|\s+was)?\s+(?:actually\s+|literally\s+|just\s+|such\s+|a\s+|an\s+|total\s+|complete\s+|absolute\s+|utter\s+)*scam\b|\bwhat\s+a\s+scam\b|\btotal\s+scam\b|\bscam\s+(?:company|app|business|outfit)\b|\byou\s+(?:lot\s+)?(?:are\s+)?(?:scammers|a\s+scam)\b|(?:این|فکر\s+کردم|فکر\s+کردیم|کارتون|کارتان)\s+(?:\S+\s+){0,2}?کلاهبرداری\s*(?:ه|است|اس|ئه)?(?=[\s.!?؟،]|$)/i;
const HOLD_LATER = /\b(?:hold|keep)\s+(?:on\s+to\s+)?(?:my|the|it|them|this)\b[^.!?\n]{0,30}\b(?:at|in)\s+the\s+(?:depot|branch|office|warehouse|post\s+office|hub|store|shop)\b|\b(?:hold|keep)\s+(?:it|them|my\s+\w+|the\s+\w+)\s+(?:until|till|til)\b|\bdeliver\s+(?:it|them)\s+(?:next\s+week|later|another\s+day)\b|\b(?:next\s+week|another\s+day)\s+instead\b|\b(?:postpone|reschedule|re-?arrange)\s+(?:the\s+|my\s+)?delivery\b|(?:نگه(?:ش)?\s*(?:دارید|دارین)|(?:ارسال|تحویل|بسته|سفارش|نوبت|قرار)\S*\s+(?:رو|را)\s+(?:\S+\s+){0,2}?(?:بندازید|بندازین|بیندازید|موکول\s+کنید|عقب\s+بندازید)|به\s+تعویق\s+(?:بندازید|بیندازید|بندازین))/i;
const SOMEONE_ASK = /^(?:یکی|someone|somebody)\s+(?:please\s+|لطفا\s+|لطفاً\s+)?(?:توضیح|جواب|بگه|بگید|پاسخ|explain|tell\s+me|answer|get\s+back)/i;
const SOMEONE_ASK_BEFORE = /\b(?:can|could|will|would)\s+$/i;
const CANCELLED_EVENT = /\b(?:appointment|booking|session|class|operation|surgery|review|consultation)\b[^.!?\n]{0,40}\b(?:has\s+been|was|got|is)\s+(?:cancelled|canceled|postponed|moved)\b/i;
const EARLIER_CHAT = /\b(?:chatted|spoke|talked|rang|called|phoned|was\s+on\s+(?:the\s+)?(?:phone|chat))\b[^.!?\n]{0,60}\b(?:earlier\s+(?:this|today)|this\s+(?:morning|afternoon)|earlier)\b/i;
const QUICK_TO_TAKE = /\b(?:you|u|they)\s+(?:were|was|are|'re)\s+(?:very\s+|so\s+|really\s+|pretty\s+)?(?:quick|fast|speedy)\s*(?:enough\s+)?(?:to|at|when)\b|\b(?:quick|fast)\s+(?:enough\s+)?to\s+(?:take|charge|cash|debit|bill|sell)\b|(?:سریع|زود)\s+(?:بودین|بودید|بودن|بودند|هستین|هستید|عمل\s+(?:کردین|کردید|میکنین|می\s+کنین))(?![\u0621-\u064a\u067e-\u06d3])/i;
const PAST_FA = /(?:دیروز|دیشب|هفته\s+(?:پیش|قبل|گذشته)|ماه\s+(?:پیش|قبل|گذشته))/;
const PAST_EVENT_FA = /(?:پروندین|پروندید|پرواز\s+\S+\s+\S+\s+\S+\s+\S+\s+\S+\s+رو\s+ساعت|کاشت|لغو\s+کرد|تاخیر\s+داشت|تأخیر\s+داشت)/;

/** Money taken for the customer's own purchase, or a fee taken from them, with nothing else (./urgency.kinds14.ts's moneyOnly, in every spelling). */
const TAKEN = /کم\s*شد|کم\s*شده|کم\s*کرد|کسر|برداشت|خرید|پرداخت|جریمه|هزینه|charged|debited|taken|payment|fee\b/i;
const PAYMENT_WORD = /^(?:خرید|پرداخت|payment|purchase)$/i;
const DISOWNED = /ناشناس|غیرمجاز|غیر مجاز|بدون (?:اطلاع|اجازه|رضایت)|انجام ندادم|انجام نداده|نکردم|کلاهبرداری کرد|سرقت|دزد|هک|unknown|didn'?t make|did not make|not me|wasn'?t me|never made|fraud|stolen|hacked/i;
const THREAT = /\b(?:chargeback|ombudsman|small\s+claims|trading\s+standards|solicitor|my\s+bank|(?:bad|negative|1[\s-]star|one[\s-]star)\s+review|leav(?:e|ing)\s+a\s+review)\b|(?:شکایت|۱۲۴|124|پلیس|فتا|قضایی|تعزیرات|دادگاه)/i;
const COND = /\b(?:if|unless)\b|(?:اگه|اگر|چنانچه|در\s+صورت)/i;

function moneyOnly19(s: string, left: readonly Evidence[]): boolean {
  const own = readWithMoney(left).filter((e, _, all) => !all.some((o) => o !== e && o.start <= e.start && e.end <= o.end && o.end - o.start > e.end - e.start));
  if (own.length === 0 || !own.every((e) => (e.why === 'tone.why.money' || (e.why === 'tone.why.security' && PAYMENT_WORD.test(norm18(e.text)))) && TAKEN.test(norm18(e.text)))) return false;
  return !DISOWNED.test(s);
}

/** One piece of urgency evidence that is no pressure on the customer (the kinds above). */
function noPressure19(ctx: CueContext, s: string, e: Evidence, threatAfterMoney: boolean): boolean {
  const sent = sentenceAt(s, e.start, e.end);
  const words = s.slice(e.start, e.end);
  // Quoted words: «شارژ فوری …», "urgent" in quotation marks.
  const before = s.slice(Math.max(0, e.start - 60), e.start);
  const open = Math.max(before.lastIndexOf('«'), before.lastIndexOf('“'));
  if (open >= 0 && !/[»”]/.test(before.slice(open)) && /^[^«“\n]*[»”]/.test(s.slice(e.end, e.end + 60))) return true;
  if (e.why === 'tone.why.time' || e.why === 'tone.why.deadline') {
    if (FRAME.test(words) || FRAME.test(sent)) if (TOLD_FRAME.test(sent)) return true;
    if (/^(?:now|الان)$/i.test(words.trim()) && (NOW_ASK.test(sent) || NOW_SPAN.test(sent) || /\b(?:and|but|so|until|till|even)\s+now\b/i.test(sent))) return true;
    if (HOLD_LATER.test(s)) return true;
    if (CANCELLED_EVENT.test(sent) || EARLIER_CHAT.test(sent)) return true;
    // «واسه اجاره دادن که خیلی سریع بودین», "you were quick enough to take my money": the company's speed, told back.
    if (/^(?:سریع|quick|fast|quickly)$/i.test(words.trim()) && QUICK_TO_TAKE.test(sent)) return true;
    if (PAST_FA.test(sent) && PAST_EVENT_FA.test(sent)) return true;
    // "… reversed by Friday. If it isn't, I'm filing a chargeback.": the deadline is the threat's, a few days out.
    const both = sent + ' ' + nextSentence(s, e.end);
    if (!AT_HAND.test(sent) && COND.test(both) && (THREAT.test(both) || OWN_THREAT.test(both)) && (threatAfterMoney || /^\s*(?:if|unless)\s+(?:it|this|that|not)\b/i.test(nextSentence(s, e.end)))) return true;
  }
  if (e.why === 'tone.why.security') {
    if (/scam|کلاهبردار/i.test(words) && SCAM_INSULT.test(sent)) return true;
    const from = s.slice(e.start, e.start + 60);
    if (SOMEONE_ASK.test(from) && !/(?:وارد|هک|با\s+کارت|logged|into|using|used|accessed)/i.test(from)) return true;
    if (/^(?:someone|somebody)/i.test(words) && SOMEONE_ASK_BEFORE.test(s.slice(Math.max(0, e.start - 10), e.start)) && SOMEONE_ASK.test(from)) return true;
  }
  if (e.why === 'tone.why.caps' && NOW_SPAN.test(s) && !/\b(?:today|tonight|tomorrow|asap|urgent|immediately|hacked|stolen)\b/i.test(s)) return true;
  return false;
}

/**
 * Evidence all no pressure (the kinds above), or money taken and nothing else: ./urgency.ts shows no cue. `keep`
 * (urgencyKinds19's finds) is never no pressure.
 */
export function quiet19(ctx: CueContext, evidence: readonly Evidence[], keep: readonly Evidence[]): boolean {
  if (evidence.length === 0 || keep.length > 0) return false;
  const s = normMessage18(ctx);
  if (!GATE.test(s)) return false;
  const threatAfterMoney = evidence.some((e) => e.why === 'tone.why.money') && THREAT.test(s);
  const left = evidence.filter((e) => !noPressure19(ctx, s, e, threatAfterMoney));
  return left.length === 0 || moneyOnly19(s, left);
}

// ---------------------------------------------------------------- urgent: a third party's deadline, details given to a scam
const TP_EN = /\b(?:university|college|school|landlord|letting\s+agent|agency|embassy|consulate|council|solicitor|lawyer|court|employer|lender|nursery|home\s+office|visa|tenancy|enrol+ment|course|the\s+sale|the\s+buyer|the\s+seller|completion)\b/i;
const TP_FA = /(?:دانشگاه|صاحبخونه|صاحبخانه|موجر|سفارت|کنسولگری|دادگاه|مدرسه|کارفرما|دفترخانه|محضر|بنگاه|ثبت\s*نام|قرارداد|ویزا|روادید)/;
const DAY_EN = /\bby\s+(?:this\s+|next\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\bby\s+(?:tomorrow|tonight|today|the\s+end\s+of\s+(?:the\s+|this\s+)?(?:day|week))\b|\b(?:tomorrow|tonight)\b/i;
const DAY_FA = /تا\s+(?:شنبه|یکشنبه|یک\s+شنبه|دوشنبه|دو\s+شنبه|سه\s+شنبه|سهشنبه|چهارشنبه|چهار\s+شنبه|پنجشنبه|پنج\s+شنبه|جمعه|فردا|امشب|امروز|پس\s+فردا|پسفردا|آخر\s+هفته|اخر\s+هفته|آخر\s+این\s+هفته)/;
const CONSEQ_EN = /\b(?:withdrawn|evicted|evict|cancel(?:led|s)?|refuse[ds]?|reject(?:ed|s)?|falls?\s+through|terminated?|repossess\w*|forfeit\w*|lapse[ds]?|expelled|deregistered|kicked\s+out|lose\s+(?:my|our|the)\s+\w+|struck\s+off)\b/i;
const CONSEQ_FA = /(?:لغو|فسخ|رد\s+(?:میشه|می\s+شه|می\s+شود|میشود|میکنن|می\s+کنن|میکنند)|اخراج|باطل|ابطال|تخلیه|از\s+دست\s+می|حذف\s+(?:میشم|می\s+شم|میشه))/;
const OWN_THREAT = /\b(?:i|we)(?:'ll|\s+will|'m|\s+am|\s+shall|\s+am\s+going\s+to)\s+(?:go|take|report|complain|file|filing|cancel|leave|contact|escalate|refer|write|close|move|switch|be\s+(?:going|taking|filing|cancelling))\b|\bombudsman|chargeback|\b(?:bad|negative|1[\s-]star|one[\s-]star)\s+review\b|(?:شکایت\s+می|شکایت\s+کنم|پیگیری\s+(?:خواهد|می)|۱۲۴|لغو\s+می\s*کنم|لغو\s+میکنم|قطع\s+می\s*کنم)/i;

const SCAM_GIVEN_EN = /\b(?:put|entered|typed|filled\s+in|gave|keyed|input|submitted|read\s+out)\s+(?:in\s+)?(?:him|her|them)?\s*(?:all\s+)?(?:my|the)\s+(?:full\s+|long\s+)?(?:card|bank|banking|account|login|security|payment)?\s*(?:details|number|numbers|pin|code|password|cvv|info|information)\b/i;
const SCAM_CONTEXT_EN = /\b(?:dodgy|fake|scam|phishing|realis|realiz|noticed|claiming\s+to\s+be|pretending|said\s+(?:he|she|they)\s+(?:was|were)\s+from|looked\s+like\s+(?:yours|you)|wrong\s+address|wasn't\s+you|not\s+from\s+you)\w*/i;
const SCAM_GIVEN_FA = /(?:اطلاعات|مشخصات|شماره|رمز|کد)\s*(?:\S+\s+){0,2}?(?:رو|را)?\s*(?:تو\s+|در\s+|توی\s+)?(?:\S+\s+)?(?:وارد\s+کردم|زدم|بهش\s+دادم|بهش\s+گفتم|دادم\s+بهش|بهشون\s+دادم)/;
const SCAM_CONTEXT_FA = /(?:جعلی|کلاهبردار|فیک|تقلبی|فهمیدم|گفت\s+از|گفتن\s+از|به\s+اسم\s+شما|از\s+طرف\s+شما|لینک)/;
const NOT_DONE = /\b(?:didn'?t|did\s+not|never)\s+(?:click|enter|type|give)|\b(?:payment|it)\s+(?:failed|declined)|keeps\s+saying|how\s+do\s+i|(?:نزدم|وارد\s+نکردم|ندادم|انجام\s+نشد)/i;

/** Words one of which every match of TP_EN holds (lower case; the first word of a phrase). */
const TP_WORDS = textGate(['university', 'college', 'school', 'landlord', 'letting', 'agency', 'embassy', 'consulate', 'council', 'solicitor', 'lawyer', 'court', 'employer', 'lender', 'nursery', 'home', 'visa', 'tenancy', 'enrol', 'course', 'sale', 'buyer', 'seller', 'completion']);
/** Words one of which every match of SCAM_GIVEN_EN holds (what was given). */
const GIVEN_WORDS = textGate(['details', 'number', 'pin', 'code', 'password', 'cvv', 'info']);

const TRIP_SOON_FA = /(?:پرواز|قطار|اتوبوس|کشتی|حرکت)\S*\s+(?:\S+\s+)?(?:\d+|یه|یک|دو|سه|نیم)\s*(?:ساعت|دقیقه)\s*(?:ی\s*)?دیگه/;

/** Session 19's urgent kinds (each alone is urgent; ./urgency.ts adds them). */
export function urgencyKinds19(ctx: CueContext): Evidence[] {
  const s = normDoc18(ctx);
  // Each kind's own necessary words first (a third party named anywhere, a Persian trip, details given), then the
  // shared GATE: most messages hold none of the three and skip GATE's long alternation and the sentence walk. A
  // sentence's third party is in the whole text too, so a text without one has no sentence with one.
  // The English words through the shared text gates (ctx.low: the same ASCII letters as s, lower-cased); the Persian
  // patterns only on a text with an Arabic-script letter.
  const arabic = ARABIC_LETTER.test(s);
  const third = (opens(ctx.low, TP_WORDS) && TP_EN.test(s)) || (arabic && TP_FA.test(s));
  const trip = arabic ? TRIP_SOON_FA.exec(s) : null;
  const given = (opens(ctx.low, GIVEN_WORDS) && SCAM_GIVEN_EN.test(s)) || (arabic && SCAM_GIVEN_FA.test(s));
  if ((!third && trip === null && !given) || !GATE.test(s)) return [];
  const out: Evidence[] = [];
  if (third) for (const m of s.matchAll(SENTENCE_RUN)) {
    const sent = m[0];
    const fa = ARABIC_LETTER.test(sent);
    const tp = fa ? TP_FA.test(sent) && DAY_FA.test(sent) && CONSEQ_FA.test(sent) : TP_EN.test(sent) && DAY_EN.test(sent) && CONSEQ_EN.test(sent);
    if (tp && COND.test(sent) && !OWN_THREAT.test(sent)) {
      const d = (fa ? DAY_FA : DAY_EN).exec(sent)!;
      out.push(ctx.ev({ start: m.index! + d.index, end: m.index! + d.index + d[0].length }, 'tone.why.deadline'));
      break;
    }
  }
  // «پروازم یه ساعت دیگه‌ست»: a trip within the hour or hours.
  if (trip) out.push(ctx.ev({ start: trip.index, end: trip.index + trip[0].length }, 'tone.why.time'));
  if (given && !NOT_DONE.test(s)) {
    const g = SCAM_GIVEN_EN.exec(s) ?? SCAM_GIVEN_FA.exec(s);
    if (g && (SCAM_CONTEXT_EN.test(s) || SCAM_CONTEXT_FA.test(s))) out.push(ctx.ev({ start: g.index, end: g.index + g[0].length }, 'tone.why.security'));
  }
  return out;
}
