/**
 * Urgency, session 19b (turg19b): kinds of false cue written from knowledge in scripts/tone-urgent-calm19b.ts (a matrix
 * with look-alikes that keep firing; Persian in four spellings). A piece of evidence is calm when it is:
 * - **a time word or «فوریت» said not to be**: «امتحانم فردا نیست»، «فوری نیست»، «این موضوع فوریت ندارد»; keeps firing:
 *   «اگه فردا نرسه …», "no later than tomorrow";
 * - **«فوری» / "urgent" / "ASAP" naming a product or a service**: «قهوه فوری‌هاتون», "the urgent repair plan", "your
 *   ASAP delivery slot", "urgent care", or quoted as a label ("the subject line says URGENT"); keeps firing: "I need an
 *   urgent repair", "URGENT: my card has been stolen";
 * - **a past emergency told as history**: "back in May my account was hacked and your team sorted it", «ماه پیش کارتم
 *   دزدیده شد و همون موقع مسدودش کردید», "my son was in A&E in October"; keeps firing when anything goes on now ("…
 *   and it was used again today", «هنوز», "still");
 * - **a hurry declined**: «سفارش فوری نمی‌خوام»، «ارسال فوری لازم نیست»; keeps firing: «ارسال فوری میخوام، فردا تولدشه»;
 * - **a service praised**: "the emergency plumber you sent yesterday was brilliant", "the urgent appointment line was
 *   really helpful"; keeps firing: "I need an emergency plumber today";
 * - **a routine request after a past emergency's story**: "we had a burst pipe last year and you sorted it fast. want to
 *   renew now"; keeps firing: "… and now it has burst again";
 * - **"as soon as you can" asking only for an answer, politely**: «در صورت امکان در اسرع وقت نتیجه را اعلام بفرمایید»,
 *   "please let me know as soon as you can whether …"; keeps firing: "please block my card as soon as possible",
 *   and any harm or worry told in the message ("the ceiling is leaking onto the wiring", «نگرانم فاسد شوند»).
 */
import type { CueContext } from '../cue.ts';
import type { Evidence } from '../types.ts';
import { normMessage18 } from './urgency.kinds18.ts';

// Regular expressions the functions below test per token or per character, made once (a literal inside a function is a new object each time it is reached).
const CLAUSE_END = /[.!?؟\n;؛]/;

const GATE = /نیست|نیس|ندارد|نداره|فوری|urgent|asap|express|emergency|a&e|ago|last|back\s+in|in\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|پیش|قبل|گذشته|پارسال|اون\s+دفعه|اون\s+موقع|آن\s+دفعه|آن\s+زمان|as\s+soon\s+as|اسرع|اولین\s+فرصت|زودتر/i;

function sentenceAt(s: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !CLAUSE_END.test(s[a - 1])) a--;
  let b = end;
  while (b < s.length && !CLAUSE_END.test(s[b])) b++;
  return s.slice(a, b);
}

// ---- said not to be: «فردا نیست», «فوریت ندارد»
const NOT_FA = /^\s*(?:ه\s*)?(?:(?:عجله|فوریتی|فوریت|لازم|ضروری|اصلاً|اصلا|هم|که|فردا|امروز|امشب|الان|پس\s*فردا)\s+)?(?:نیست|نیس|نیستش|ندارد|نداره)(?![\u0621-\u064a\u067e-\u06d3])/;
const NOT_EN_BEFORE = /\b(?:not|isn't|is\s+not|it's\s+not|no|doesn't\s+need\s+to\s+be|don't\s+need\s+it|not\s+needed)\s+(?:\w+\s+)?$/i;
const NO_LATER = /\b(?:no|not)\s+later\s+than\b|\bnot\s+after\b/i;

// ---- naming a product or a service
const SERVICE_EN = /^[\s-]*(?:(?:plumber|electrician|engineer|technician|locksmith|dentist|doctor|gp|nurse|vet|visit|appointment|repair|delivery|call-?out|cover|care|response|plumbing|locksmith|dental|vet|treatment|appointment\s+line|line|number|team|service|option|slot|plan|package|fee|charge|rate|tariff|tier|shipping|postage|courier|upgrade|add-?on|dispatch|collection|clinic|centre|center)s?\b)/i;
const ASKS_ABOUT = /\b(?:does|do|is|are|can|how\s+much|what|which|include|includes|cover|covers|cost|costs|was\s+fine|worked|offer|available|helpful|brilliant|great|excellent|fantastic|lovely|amazing|superb|thanks|thank\s+you)\b|\?/i;
const NEED_EN = /\b(?:i|we)\s+(?:need|needed|must|have\s+to|require|want)\b|\bplease\s+(?:send|come|fix|sort|help|call|book)\b/i;
const LABEL_EN = /\b(?:says|said|reads|marked|titled|labelled|labeled|subject(?:\s+line)?|heading|flagged\s+as)\s*:?\s*["'“‘]?$/i;
const FORI_SUFFIX = /^فوری(?:‌|\s)?(?:ها|های|هاتون|هاتان|هامون|هایتان|هاش)/;

// ---- a past emergency told as history
const FAR_PAST_EN = /\b(?:last\s+(?:month|year|winter|summer|spring|autumn|christmas)|(?:a\s+few|two|three|several|\d+)\s+(?:months|years)\s+ago|a\s+(?:month|year)\s+ago|back\s+in\s+\w+|in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)|(?:last|this\s+past)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december))\b/i;
const FAR_PAST_FA = /(?:ماه\s+(?:پیش|قبل|گذشته)|(?:\d+|دو|سه|چند)\s+ماه\s+(?:پیش|قبل)|پارسال|سال\s+(?:پیش|قبل|گذشته)|(?:\d+|دو|سه|چند)\s+سال\s+(?:پیش|قبل)|اون\s+دفعه|آن\s+دفعه|آن\s+زمان|اون\s+موقع)/;
const GOING_ON = /\b(?:(?:and|but|so)\s+now|(?:is|are|being|been)\s+(?:using|used|taking|taken|charging|charged|spending)|please\s+(?:block|freeze|stop|cancel|lock|help)|help|still|again|right\s+now|just\s+(?:now|been|used|taken|seen|got|noticed|had)|today|tonight|this\s+(?:morning|afternoon|evening)|yesterday|keeps?|happening|happened\s+again|not\s+(?:yet\s+)?(?:sorted|fixed|resolved)|never\s+(?:sorted|fixed|resolved)|can't|cannot|can\s+not|locked\s+out)\b|(?:(?:و|ولی|اما)\s+(?:الان|حالا)|دارن|داره\s+(?:استفاده|خرید|برداشت)|مسدود\s+کنید|کمک|هنوز|دوباره|باز\s+هم|بازم|همین\s+الان|امروز|امشب|دیروز|دیشب|نمیتونم|نمی\s+تونم|نمی\s*توانم|حل\s+نشد|درست\s+نشد)/i;

// ---- "as soon as you can" asking only for an answer
const ASAP = /\b(?:as\s+soon\s+as\s+(?:you\s+can|possible|you're\s+able)|asap)\b|(?:در\s+اسرع\s+وقت|در\s+اولین\s+فرصت|هر\s+چه\s+زودتر|هرچه\s+زودتر)/i;
const ANSWER_ONLY = /\b(?:let\s+me\s+know|get\s+back\s+to\s+me|reply|respond|confirm|advise|tell\s+me|inform\s+me|send\s+me\s+(?:the\s+|a\s+)?(?:invoice|receipt|copy|details|quote))\b|(?:اعلام|اطلاع|پاسخ|جواب|خبر\s+بدید|خبرم\s+کنید|ارسال\s+فاکتور|رسید(?![\u0621-\u064a\u067e-\u06d3]))/i;
/** Harm or worry told anywhere in the message: the "as soon as you can" is pressed by it. */
const HARM = /\b(?:leak\w*|flood\w*|water\s+(?:is\s+)?(?:coming|pouring|dripping|everywhere)|ceiling|burst|fire|smoke|spark\w*|wiring|gas|spoil\w*|perish\w*|melt\w*|rot\w*|worried|anxious|afraid|scared|danger\w*|unsafe|medication|medicine|insulin|baby|elderly|disabled|off\s+sick|no\s+heating|no\s+water|no\s+power)\b|(?:نگران|فاسد|خراب\s+ش|نشت|چکه|آتش|دود|گاز|خطر|دارو|انسولین|بچه|نوزاد|سالمند|ترس|می\s*ترسم|یخچالی|بی\s*آب|بی\s*برق)/i;
const POLITE = /\b(?:please|kindly|would\s+be\s+grateful|many\s+thanks|thank\s+you|thanks|appreciate)\b|(?:لطفا|لطفاً|خواهشمند|در\s+صورت\s+امکان|سپاس|ممنون|متشکر|بفرمایید|فرمایید)/i;
const ASAP_NEED = /\b(?:block|freeze|stop|cancel|lock|refund|send\s+(?:it|the\s+(?:part|item|replacement|engineer))|fix|urgent|urgently|emergency|today|tonight|tomorrow|deadline)\b|(?:مسدود|قطع|فردا|امروز|امشب|مهلت|فوری|اضطراری)/i;

function calm(s: string, e: Evidence, whole: string): boolean {
  const words = s.slice(e.start, e.end);
  const sent = sentenceAt(s, e.start, e.end);
  const after = s.slice(e.end, e.end + 24);
  const before = s.slice(Math.max(0, e.start - 40), e.start);
  if (e.why === 'tone.why.time' || e.why === 'tone.why.deadline') {
    // «فردا نیست», «فوریت ندارد», "it's not urgent".
    const clause = after.split(/[،,.!?؟\n;؛]/)[0];
    if (/[\u0600-\u06ff]/.test(words) && NOT_FA.test(clause) && clause.trim().split(/\s+/).length <= 3 && !/(?:اگه|اگر|تا\s)/.test(s.slice(Math.max(0, e.start - 8), e.start))) return true;
    if (!/[\u0600-\u06ff]/.test(words) && NOT_EN_BEFORE.test(before) && !NO_LATER.test(before + words)) return true;
    // «سفارش فوری نمی‌خوام، همون ارسال عادی کافیه»: the hurry declined.
    if (/^(?:فوری|عجله|فوریت)/.test(words.trim()) && /^\s*(?:\S+\s+)?(?:نمی\s*خوام|نمیخوام|نمی\s*خواهم|لازم\s+نیست|نیاز\s+نیست|نمی\s*خواد|نمیخواد)/.test(clause)) return true;
    // «قهوه فوری‌هاتون»: «فوری» with a plural ending is a product.
    if (FORI_SUFFIX.test(words) || FORI_SUFFIX.test(s.slice(e.start, e.end + 8))) return true;
    // "the urgent repair plan", "your ASAP delivery slot", "urgent care": a service's name, asked about.
    if (/^(?:urgent|asap|express|emergency)$/i.test(words.trim()) && SERVICE_EN.test(after) && ASKS_ABOUT.test(sent) && !NEED_EN.test(sent)) return true;
    // "the subject line says URGENT: …": a label quoted.
    if (/^(?:urgent|asap)$/i.test(words.trim()) && LABEL_EN.test(before)) return true;
    // "as soon as you can" asking only for an answer, politely, with nothing pressing.
    if (ASAP.test(words) && ANSWER_ONLY.test(sent) && POLITE.test(whole) && !ASAP_NEED.test(sent) && !HARM.test(whole)) return true;
  }
  if (e.why === 'tone.why.security' || e.why === 'tone.why.safety' || e.why === 'tone.why.time') {
    // A past emergency told as history: a far past in the sentence, nothing going on now in the message.
    const far = FAR_PAST_EN.test(sent) || FAR_PAST_FA.test(sent);
    if (far && !GOING_ON.test(whole.replace(/\b(?:thanks|thank\s+you)\s+again\b/gi, '').replace(/(?:باز\s+هم|بازم)\s+(?:ممنون|مرسی|سپاس)/g, ''))) return true;
  }
  return false;
}

/** Whether every piece of urgency evidence is calm (the kinds above): ./urgency.ts shows no cue. */
export function quietCalm19b(ctx: CueContext, evidence: readonly Evidence[]): boolean {
  if (evidence.length === 0) return false;
  const s = normMessage18(ctx);
  if (!GATE.test(s)) return false;
  // A past emergency makes "Now I just want …" and "you blocked it straight away" in the same story calm too.
  const story = evidence.some((e) => (e.why === 'tone.why.security' || e.why === 'tone.why.safety') && calm(s, e, s));
  return evidence.every((e) => calm(s, e, s) || (story && (e.why === 'tone.why.time' || e.why === 'tone.why.deadline') && storyTime(s, e)));
}

const ROUTINE = /\b(?:renew\w*|book\w*|change|update|ask|know|order|buy|upgrade|add|switch|review|quote|service)\b/i;

/** In a past emergency's story: the company's speed then ("straight away"), or "Now I (just) want/would like …". */
function storyTime(s: string, e: Evidence): boolean {
  const words = s.slice(e.start, e.end).trim();
  const sent = sentenceAt(s, e.start, e.end);
  if (/^now$/i.test(words) && (/^\s*(?:i\s+)?(?:just\s+)?(?:want|wanted|would\s+like|'d\s+like|need\s+to\s+(?:ask|know|change|update)|have\s+a\s+question)/i.test(s.slice(e.end, e.end + 30)) || /^\s*i\s+(?:just\s+)?(?:want|wanted|would|'d)/i.test(s.slice(e.end, e.end + 30)))) return true;
  if (/^(?:straight\s+away|immediately|right\s+away|quickly|promptly)$/i.test(words)) return /\byou\s+(?:\w+\s+){0,3}?(?:blocked|cancelled|sorted|fixed|stopped|froze|replaced)\b/i.test(sent);
  if (/^(?:الان|حالا)$/.test(words)) return true;
  // «حالا میخوام سیم کارت جدید بگیرم»: a routine request in the story's present.
  if (/(?:میخوام|می\s*خوام|می\s*خواهم|میخواستم|می\s*خواستم)/.test(words) && /(?:بگیرم|تمدید|عوض|تغییر|بپرسم|بدونم|سفارش|بخرم|ثبت)/.test(sent) && !/(?:امروز|امشب|فردا|فوری|همین\s+الان)/.test(sent)) return true;
  // «سیم کارتمو سریع مسدود کردید»: the company's speed then.
  if (/^(?:سریع|زود|فورا|فوراً|بلافاصله|سریعا|سریعاً)$/.test(words)) return /(?:مسدود|قطع|درست|حل|جایگزین|پیگیری)\s*(?:ش\s+)?(?:کردید|کردین|کردن|شد)/.test(sent);
  // "… and you sorted it fast. Want to renew now": a routine request in the story's present.
  if (/^(?:now|want|wanted)$/i.test(words) && ROUTINE.test(sent) && !/\b(?:today|tonight|tomorrow|asap|urgent|immediately|right\s+now)\b/i.test(sent)) return true;
  return false;
}
