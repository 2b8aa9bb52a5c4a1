/**
 * Repeat contact, session 18 (turg18): kinds fresh writers (late17) use that the matrices of sessions 16 and 17 did
 * not enumerate, each generated as a family with look-alikes in scripts/tone-repeat-matrix18.ts.
 *
 * Finds (kinds18Finds):
 * - **formal chasing letters**: a letter sent again («نامه زیر … مجدداً ارسال می‌گردد», "re-sending my letter below"),
 *   «پیرو / عطف به نامه …» ("further to my letter of 2 May"), a letter that was never answered («طی نامه‌ای … اعتراض
 *   نموده‌ام؛ لیکن تاکنون پاسخی دریافت ننموده‌ام», "I have yet to receive a reply"), contacts counted after "despite"
 *   («علی‌رغم سه نوبت ثبت خرابی», "despite two telephone calls to your branch");
 * - **what the company's agent said some days ago** («پشتیبانتون ۱۰ روز پیش گفت …», "your agent told me ten days ago
 *   …"): an earlier contact told by its moment;
 * - **learner English**: "this is third time I write you", "I write you already two times", "I write you again".
 *
 * Guards (noContact18: evidence about no contact of the customer's):
 * - an apology or thanks for the customer's own last email ("Sorry for the tone of my last email", «بابت پیام قبلیم
 *   عذر می‌خوام»);
 * - a follow-up the customer will do («لابد اونم باید جدا پیگیری کنم», "I'll chase the courier myself");
 * - a request for the service itself, not a contact ("Kindly I request the status of my permit application",
 *   «درخواست گذرنامه‌مو ۴۵ روز پیش ثبت کردم», «درخواست صورت‌حساب داشتم»);
 * - news told ("Last week I was told my branch is closing");
 * - an app named for what it used («فقط اینستا و تلگرام داشتم»), no message sent in it;
 * - the quoted header of the agent's question the customer now answers ("It's still completely dead" below "On 3 Jul,
 *   Claire (Support) wrote: > Could you send us the serial number?"): "still" about the fault is no chasing.
 */
import type { CueContext } from '../cue.ts';
import { opens, textGate } from '../textgate.ts';
import type { Evidence } from '../types.ts';
import { sentenceOf } from './repeat.matrix17.ts';

/** The lower-cased text for the word gates, Arabic yeh and kaf made Persian (only where a message has them). */
const lowFa = (low: string) => (/[\u064a\u0649\u0643]/.test(low) ? low.replace(/[\u064a\u0649]/g, '\u06cc').replace(/\u0643/g, '\u06a9') : low);

/** Persian letters made one and joiners spaces: one character for one (spans hold). */
const norm = (s: string) => s.replace(/[\u064a\u0649]/g, '\u06cc').replace(/\u0643/g, '\u06a9').replace(/\u200c/g, ' ').replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));

const ORD = String.raw`(?:second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|6th|seventh|tenth|umpteenth|\d{1,2}(?:st|nd|rd|th))`;
const FIND_EN: RegExp[] = [
  /\b(?:re-?sending|resending|re-?forwarding|forwarding\s+(?:this|it|my\s+\w+(?:\s+below)?|the\s+\w+\s+below)\s+again|sending\s+(?:this|it|my\s+\w+)\s+again|i\s+(?:have\s+|am\s+)?re-?sen[dt](?:ing)?)\b/i,
  /\bfurther\s+to\s+(?:my|our)\s+(?:previous\s+|earlier\s+|recent\s+)?(?:letter|email|e-mail|call|telephone\s+call|complaint|message|correspondence|enquiry)\b/i,
  /\b(?:despite|in\s+spite\s+of|notwithstanding)\s+(?:my\s+|our\s+)?(?:two|three|four|five|six|several|numerous|repeated|multiple|many|countless|\d+)\s+(?:(?:telephone|phone|previous|written|separate|further|earlier)\s+)?(?:calls|phone\s+calls|emails|e-mails|letters|reminders|requests|complaints|chasers|messages|visits|attempts\s+to\s+(?:contact|reach))\b/i,
  /\bi\s+(?:have\s+)?(?:yet\s+to\s+receive|still\s+await|am\s+still\s+awaiting|have\s+still\s+not\s+received|have\s+not\s+yet\s+received|have\s+received\s+no)\s+(?:a\s+|any\s+)?(?:reply|response|answer|acknowledg(?:e)?ment)\b/i,
  new RegExp(String.raw`\b(?:this\s+is\s+)?(?:the\s+)?${ORD}\s+time\s+(?:that\s+)?(?:i|we)\s+(?:write|call|contact|email|e-mail|message|ask|send|am\s+writing|am\s+calling|try\s+to\s+contact)\b`, 'i'),
  /\b(?:i|we)\s+(?:already\s+)?(?:write|call|contact|email|ask|wrote|called|contacted|emailed|asked)\s+(?:to\s+)?(?:you|u)\s+(?:already\s+)?(?:two|three|four|five|many|several|\d+)\s+times\b/i,
  /\b(?:i|we)\s+(?:write|call|contact|email)\s+(?:to\s+)?(?:you|u)\s+(?:again|once\s+more|one\s+more\s+time)\b/i,
];
const AGENT_EN = /\byour\s+(?:agent|colleague|advisor|adviser|support(?:\s+team)?|staff|rep|representative|operator|engineer|customer\s+service|call\s+cent(?:re|er)|chat\s+agent|team|person\s+on\s+the\s+phone)\b/i;
const SAID_EN = /\b(?:told\s+me|said|promised|assured\s+me)\b/i;
const AGO_EN = /\b(?:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|few|couple\s+of)\s+(?:days?|weeks?)\s+ago|last\s+(?:week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i;

const N_FA = String.raw`(?:\d{1,3}|یه|یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|چند|چندین)`;
const FIND_FA: RegExp[] = [
  /مجدد(?:ا|اً|ًا)?\s*(?:ارسال|ایفاد|تقدیم|ارائه|فرستاده)\s*(?:می\s*گردد|میگردد|می\s*شود|میشود|میشه|می\s*شه|شد|گردید|کردم|می\s*کنم|میکنم|می\s*نمایم)/,
  /(?:پیرو|عطف\s+به)\s+(?:نامه|مکاتبه|مکاتبات|درخواست|شکایت|ایمیل|تماس|پیگیری|تیکت)\S*\s+(?:[^\s.!?؟\n]+\s+){0,3}?(?:اینجانب|بنده|قبلی|پیشین|قبلیم|قبلیمون|خودم)/,
  /طی\s+نامه\s*(?:ای|ی)?\s+(?:[^\s.!?؟\n]+\s+){0,8}?(?:اعتراض|درخواست|شکایت|اعلام|تقاضا)\s*(?:نموده|کرده|نمودم|کردم)/,
  /تاکنون\s+(?:هیچ\s+)?(?:پاسخی|جوابی|اقدامی)\s+(?:[^\s.!?؟\n]+\s+){0,2}?(?:دریافت\s+)?(?:ننموده|نکرده|داده\s+نشده|نشده)/,
  new RegExp(String.raw`(?:علی\s*رغم|علیرغم|با\s+وجود|با\s+اینکه|با\s+این\s+که)\s+(?:[^\s.!?؟\n]+\s+){0,1}?(?:${N_FA}|بارها|مکرر)\s*(?:نوبت|بار|مرتبه|دفعه)?\s*(?:ثبت|تماس|پیگیری|مراجعه|مکاتبه|درخواست|شکایت|اعلام|نامه)`),
];
const AGENT_FA = /(?:پشتیبان|پشتیبانی|کارشناس|اپراتور|همکار|مامور|مأمور|نماینده|مسئول|مسوول)\S*/;
const SAID_FA = /(?:گفت|گفتن|گفتند|گفته\s*بود|گفته\s*بودن|قول\s*داد|قول\s*دادن|قول\s*دادند|اعلام\s*کرد|اعلام\s*کردن)(?=[\s.!?؟،,]|$)/;
const AGO_FA = new RegExp(String.raw`${N_FA}\s*(?:روز|هفته|ماه)\s*(?:پیش|قبل)|هفته\s*(?:ی\s*)?(?:پیش|قبل|گذشته)|دیروز|پریروز`);

function sentences(s: string): { from: number; text: string }[] {
  const out: { from: number; text: string }[] = [];
  const re = /[^.!?؟\n]+/g;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push({ from: m.index, text: m[0] });
  return out;
}

/** Session 18's earlier-contact signs (each adds one to the score, see ./repeat.ts). */
const G_FIND = /resen|re-sen|forward|sending|further to|despite|in spite|notwithstanding|yet to|await|receiv|time i|time we|times|again|once more|one more time|مجدد|پیرو|عطف|طی نامه|تاکنون|علی|با وجود|با اینکه|با این/;
const G_AGENT = /your|پشتیبان|کارشناس|اپراتور|همکار|مامور|مأمور|نماینده|مسئول|مسوول/;

/** Arabic yeh and kaf: where the text has one, the gates read lowFa(ctx.low) with the regular expressions above. */
const ARABIC_LETTERS = textGate(['\u064a', '\u0649', '\u0643']);
/** G_FIND and G_AGENT's words for the shared pass over ctx.low (./textgate.ts; a text with no Arabic yeh or kaf). */
const T_FIND = textGate([
  'resen', 're-sen', 'forward', 'sending', 'further to', 'despite', 'in spite', 'notwithstanding', 'yet to', 'await', 'receiv', 'time i', 'time we', 'times',
  'again', 'once more', 'one more time', 'مجدد', 'پیرو', 'عطف', 'طی نامه', 'تاکنون', 'علی', 'با وجود', 'با اینکه', 'با این',
]);
const T_AGENT = textGate(['your', 'پشتیبان', 'کارشناس', 'اپراتور', 'همکار', 'مامور', 'مأمور', 'نماینده', 'مسئول', 'مسوول']);
/** SAID_EN / SAID_FA's words and AGO_EN / AGO_FA's (the agent sign needs all three in one sentence). */
const T_SAID = textGate(['told', 'said', 'promised', 'assured', 'گفت', 'قول', 'اعلام']);
const T_AGO = textGate(['ago', 'last', 'day', 'پیش', 'قبل', 'گذشته', 'دیروز', 'پریروز']);
const FA_LETTER = /[\u0600-\u06ff]/;
const EN_LETTER = /[a-z]/i;

export function kinds18Finds(ctx: CueContext): Evidence[] {
  let find: boolean;
  let agent: boolean;
  if (opens(ctx.low, ARABIC_LETTERS)) {
    const low = lowFa(ctx.low);
    find = G_FIND.test(low);
    agent = G_AGENT.test(low);
  } else {
    find = opens(ctx.low, T_FIND);
    // The agent sign needs a said word and a time ago beside the agent (a wider gate than each pattern: necessary).
    agent = opens(ctx.low, T_AGENT) && opens(ctx.low, T_SAID) && opens(ctx.low, T_AGO);
  }
  if (!find && !agent) return [];
  const s = norm(ctx.doc.text);
  const out: Evidence[] = [];
  // A Persian pattern needs a Persian letter, an English one an ASCII letter (their /i folds no other letter to one).
  if (find) for (const re of [...(EN_LETTER.test(s) ? FIND_EN : []), ...(FA_LETTER.test(s) ? FIND_FA : [])]) {
    const m = re.exec(s);
    if (m) {
      out.push(ctx.ev({ start: m.index, end: m.index + m[0].length }, 'tone.why.earlierContact'));
      break;
    }
  }
  if (agent) for (const x of sentences(s)) {
    const a = AGENT_EN.exec(x.text) ?? AGENT_FA.exec(x.text);
    if (!a) continue;
    const said = SAID_EN.exec(x.text) ?? SAID_FA.exec(x.text);
    const ago = AGO_EN.exec(x.text) ?? AGO_FA.exec(x.text);
    if (!said || !ago) continue;
    const from = Math.min(a.index, said.index, ago.index);
    const to = Math.max(a.index + a[0].length, said.index + said[0].length, ago.index + ago[0].length);
    if (to - from > 90) continue;
    out.push(ctx.ev({ start: x.from + from, end: x.from + to }, 'tone.why.earlierContact'));
    break;
  }
  return out;
}

// ---------------------------------------------------------------- guards
/** The evidence's sentence (./repeat.matrix17.ts), normalised as this file's patterns read it. */
function normSentenceOf(ctx: CueContext, e: Evidence): string | null {
  const s = sentenceOf(ctx, e);
  return s === null ? null : norm(s);
}

const OWN_LAST = /\bmy\s+(?:last|previous|earlier|first|angry|original|rude|harsh)\s+(?:e-?mail|message|mail|msg|note|reply|letter)|(?:پیام|ایمیل|نامه)\s*(?:ی\s*)?قبلی/i;
const SORRY = /\b(?:sorry|apolog\w*|excuse|forgive|regret|thanks|thank\s+you)\b|عذر|ببخشید|شرمنده|پوزش|ممنون|مرسی/i;
const STILL_CHASING = /\b(?:again|chas\w*|no\s+(?:reply|response|answer)|still\s+(?:no|not|haven'?t|waiting|nothing|awaiting)|heard\s+nothing|follow(?:ing)?\s+up|twice|second\s+time|third\s+time)\b|دوباره|هنوز\s+(?:جواب|خبری|پاسخ)|بی\s*جواب/i;
const OWN_FOLLOW = /^پیگیری\s*(?:کنم|کنیم|بکنم|بکنیم|خواهم\s*کرد|می\s*کنم|میکنم)$|\b(?:i'?ll|i\s+will|i\s+shall|i\s+have\s+to|i\s+must|i\s+need\s+to)\s+(?:follow\s+(?:it\s+|this\s+)?up|chase)/i;
/** «باید جدا پیگیری کنم», «خودم پیگیری می‌کنم»: a follow-up the customer will do (never «پیگیری می‌کنم» alone: I am chasing). */
const OWN_FOLLOW_FA = /(?:باید|خودم|جدا|جداگانه|بعدا|بعداً|مجبورم|مجبوریم|قراره|خواهم)\s+(?:[^\s]+\s+){0,3}?پیگیری\s*(?:کنم|کنیم|بکنم|بکنیم|خواهم\s*کرد|می\s*کنم|میکنم)/;
/** Thanks for help had, a matter put right: "Your agent was lovely on the phone, thank you", «کارشناستون دیروز اومد و مشکل رو حل کرد، ممنون». */
const PRAISE = /\b(?:lovely|helpful|brilliant|amazing|kind|patient|excellent|fantastic|wonderful|so\s+nice)\b|خیلی\s+خوب\s+(?:بود|راهنمایی)|عالی\s+بود|دمش\s+گرم|دستش\s+درد\s+نکنه/i;
const RESOLVED = /\b(?:fixed|sorted|resolved|works\s+(?:perfectly|fine|now)|all\s+good\s+now)\b|(?:حل|درست|برطرف)\s*(?:شد|کرد|کردن|کردند)(?=[\s.!?؟،,]|$)/i;
const BUT = /\b(?:but|however|although|yet|still|again|not|said|told|promised|claimed|supposed)\b|n't|ولی|اما|هنوز|دوباره|ولیکن|لیکن|باز\s*منم|بازم|انقدر\s+پیام/i;
/** «عطف به ایمیل مورخ ۱۲ خرداد شما», "further to your letter": the company's letter answered, not the customer's chased. */
const YOUR_LETTER = /(?:عطف\s+به|پیرو)\s+(?:[^\s]+\s+){0,5}?(?:شما|آن\s+(?:شرکت|اداره|واحد|سازمان)|آنجناب|حضرتعالی)(?=[\s،,.]|$)|\bfurther\s+to\s+your\s+(?:letter|email|e-mail|call|message|request)\b/i;
const OWN_LETTER = /اینجانب|بنده|قبلی|\bmy\b/i;
const SERVICE_FA = /^درخواست\s*(?:گذرنامه|پاسپورت|ویزا|وام|کارت|صورت\s*حساب|اقامت|گواهی|پروانه|مجوز|عضویت|اشتراک|انتقال|تمدید|ثبت\s*نام)/;
const SERVICE_AFTER_FA = /درخواست\s*(?:گذرنامه|پاسپورت|ویزا|وام|کارت|صورت\s*حساب|اقامت|گواهی|پروانه|مجوز|عضویت|اشتراک|تمدید)\S*\s+(?:[^\s]+\s+){0,5}?(?:داشتم|دادم|کردم|ثبت)/;
const REQUEST_SERVICE_EN = /\b(?:i|we)\s+(?:kindly\s+)?request\s+(?:the\s+status|an?\s+update|information|the\s+closure|the\s+transfer|a\s+copy|confirmation)\b|\bkindly\s+i\s+request\b/i;
const TOLD_NEWS = /\btold\s+(?:that\s+)?(?:my|the|our|your)\s+(?:[\w-]+\s+){0,2}(?:is|was|are|were|will\s+be)\s+(?:closing|closed|moving|changing|ending|shutting|being\s+(?:closed|withdrawn|discontinued|replaced|moved)|discontinued|going\s+(?:up|online|digital))\b/i;
const APP = /^(?:اینستا|اینستاگرام|تلگرام|واتساپ|واتس\s*اپ|روبیکا|ایتا|instagram|insta|telegram|whatsapp|facebook|tiktok)$/i;
const MSG_IN = /پیام|دایرکت|مسیج|تماس|پیوی|نوشتم|\b(?:message|messaged|dm|dmed|wrote|contact|contacted|chat)\b/i;
const QUOTE_HEAD = /\bwrote:?\s*$|نوشت(?:ه)?:?\s*$/i;
const AGENT_ASKED = /\?|؟|\b(?:could|can|would)\s+you\s+(?:please\s+)?(?:send|confirm|provide|share|tell|let\s+us\s+know)|\bplease\s+(?:send|provide|confirm|share|reply\s+with)|لطفا|لطفاً|ارسال\s*(?:کنید|فرمایید)|بفرستید/i;

/** "Thanks again", «باز هم ممنون»: again about thanking, never about writing. */
const THANKS_AGAIN = /\b(?:thanks|thank\s+you|cheers)\s+(?:(?:so|very)\s+much\s+)?again\b|(?:باز\s*هم|بازم|مجدداً|مجددا)\s+(?:ممنون|مرسی|سپاس|تشکر)/gi;
const clean = (s: string) => s.replace(THANKS_AGAIN, ' ');
/** "Hello again", «سلام مجدد»: a greeting that says the customer is back. */
const GREET_AGAIN = /^(?:hello|hi|hey|hiya|morning|good\s+(?:morning|afternoon|evening))\s+again$|^سلام\s*(?:مجدد|دوباره)$/i;
/** A letter or a text the customer received from the company: "I received a letter saying", "the text message she got says". */
const INBOUND_NOUN = /^(?:(?:renewal\s+|appointment\s+)?letters?|(?:text\s+)?messages?|texts?|e-?mails?|notifications?|sms)$/i;
const RECEIVED = /\b(?:received|got|get|gets|says|saying|said|shows|showed|showing|arrived|came|states|stated)\b/i;
const OWN_SENT = /\b(?:i|we)\s+(?:have\s+|had\s+)?(?:sent|wrote|written|posted|emailed|messaged|texted)\b|\b(?:my|our)\s+(?:letter|message|email|e-mail|text)s?\b/i;
/** A promise made at the sale ("I was assured at sign-up that …"): no earlier contact about this matter. */
const AT_SALE = /\bat\s+(?:the\s+)?(?:sign-?up|signup|point\s+of\s+sale|time\s+of\s+(?:purchase|booking|sale))|\bwhen\s+(?:i|we)\s+(?:signed\s+up|joined|bought|purchased|booked|subscribed)\b/i;
/** Thanks for help on an earlier matter ("last time", "the other day"); never "your help earlier! One more question" (the same matter followed up). */
const THANKS_HELP = /\bthanks?\s+(?:you\s+)?(?:so\s+much\s+)?(?:again\s+)?for\s+(?:all\s+)?(?:the|your)\s+help\s+(?:last\s+(?:time|week|month|year)|the\s+other\s+day|(?:with|on)\s+[^.!?\n]{0,40}?\blast\s+(?:time|week|month|year))/i;

/** Whether a piece of repeat evidence is about no contact of the customer's (session 18's kinds, see above). */
export function noContact18(ctx: CueContext, e: Evidence): boolean {
  const et = norm(e.text ?? '').trim();
  if (QUOTE_HEAD.test(et)) {
    const own = clean(norm(ctx.doc.text.slice(0, Math.max(0, Math.min(ctx.doc.text.length, e.start - ctx.offset)))));
    const quoted = ctx.message.slice(e.end, e.end + 600);
    return AGENT_ASKED.test(quoted) && !STILL_CHASING.test(own);
  }
  const s = normSentenceOf(ctx, e);
  if (s === null) return false;
  const doc = clean(norm(ctx.doc.text));
  if (GREET_AGAIN.test(et)) {
    const rest = doc.replace(/(?:hello|hi|hey|hiya|morning)\s+again\b|سلام\s*(?:مجدد|دوباره)/gi, ' ');
    if ((PRAISE.test(rest) || RESOLVED.test(rest)) && SORRY.test(rest) && !STILL_CHASING.test(rest) && !BUT.test(rest)) return true;
  }
  if (INBOUND_NOUN.test(et) && RECEIVED.test(s) && !OWN_SENT.test(s)) return true;
  if (/^(?:i\s+was\s+)?(?:assured|told|promised)$/i.test(et) && AT_SALE.test(s)) return true;
  if (THANKS_HELP.test(s) && !STILL_CHASING.test(doc) && !BUT.test(doc)) return true;
  if (OWN_LAST.test(s) && SORRY.test(s) && !STILL_CHASING.test(s)) return true;
  if ((PRAISE.test(s) || RESOLVED.test(s)) && SORRY.test(ctx.doc.text) && !STILL_CHASING.test(clean(s)) && !BUT.test(clean(s))) return true;
  if (YOUR_LETTER.test(s) && !OWN_LETTER.test(s)) return true;
  if (OWN_FOLLOW.test(et) && (!/^پیگیری/.test(et) || OWN_FOLLOW_FA.test(s))) return true;
  if (SERVICE_FA.test(et) || (et === 'درخواست' && SERVICE_AFTER_FA.test(s))) return true;
  if (/^request$/i.test(et) && REQUEST_SERVICE_EN.test(s)) return true;
  if (/^(?:i\s+was\s+)?told$/i.test(et) && TOLD_NEWS.test(s)) return true;
  if (APP.test(et) && !MSG_IN.test(s)) return true;
  return false;
}
