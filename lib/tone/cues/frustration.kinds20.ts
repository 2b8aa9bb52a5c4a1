/**
 * Frustration, session 20 (tfr20): kinds named from how fresh writers' false alarms and misses differ from what the
 * earlier readers enumerate, each tried on a look-alike set written from general knowledge (many trades, both
 * languages: tests/unit/tone/frustration-kinds20.test.ts), never on a development sentence's nouns.
 *
 * Calm kinds (precision first):
 * - **a quoted label a machine shows** is not irony: the quote names what a device, a line, an app or a page says, or a
 *   stage, a tab, a status ("stuck at the 'awaiting approval' stage", "the card machine says 'declined'", "calling says
 *   'number unavailable'", «اپ میگه «تحویل شد»», «پیامک زده «پرداخت ناموفق»»). Read off the tokens around the quote.
 * - **a court, a lawyer or the police as a place or a party to the customer's errand** is no escalation: "the papers
 *   have to reach the court by two", "my solicitor needs the contract", «مدارک رو برسونه دادگاه», «وکیلم این برگه رو
 *   لازم داره». A threat keeps them ("I'll see you in court", «ازتون شکایت میکنم», «کارمون به دادگاه میکشه»).
 * - **«بازم ممنون» is thanks again**, not "yet again"; and praise of a service that holds no failure and no wait word
 *   is praise («همه چیز عالی بود … بازم ممنون»).
 *
 * Read from the latest words (the signature and quoted history are not in them).
 */
import type { CueContext } from '../cue.ts';
import { opens, textGate } from '../textgate.ts';
import { gateOf } from '../readergate.ts';
import type { Hit } from '../tokens.ts';
import type { Evidence } from '../types.ts';
import { reportedLabel27 } from './frustration.kinds27.ts';

type Tok = CueContext['doc']['tokens'][number];

// ---------------------------------------------------------------------------------------------------------------------
// A quoted label

/** Nouns after a quote that make it a name on a screen or a form ("the 'awaiting approval' stage", "the 'my orders' tab"). */
const LABEL_NOUN = new Set([
  'stage', 'step', 'phase', 'status', 'state', 'page', 'screen', 'tab', 'label', 'tag', 'banner', 'section', 'category', 'mode',
  'setting', 'settings', 'option', 'heading', 'field', 'column', 'button', 'link', 'icon', 'box', 'folder', 'menu', 'notice',
  'message', 'messages', 'error', 'notification', 'popup', 'prompt', 'warning', 'alert', 'code', 'dialog', 'toggle', 'checkbox', 'filter',
]);
/** "another 'scheduled maintenance' window", "your so-called 'priority' queue": a label mocked. */
const MOCKED = new Set(['another', 'so-called', 'socalled', 'so', 'called', 'latest', 'yet', 'supposed', 'supposedly', 'alleged', 'famous', 'wonderful', 'great', 'brilliant', 'amazing', 'lovely']);
/** Things that show or say a label: a device, a line, a channel, a page. */
const SHOWER = new Set([
  'app', 'page', 'screen', 'tracker', 'tracking', 'status', 'website', 'site', 'portal', 'system', 'account', 'dashboard', 'display',
  'machine', 'terminal', 'reader', 'atm', 'kiosk', 'till', 'checkout', 'pump', 'meter', 'router', 'modem', 'box', 'tv', 'remote',
  'phone', 'line', 'number', 'calling', 'call', 'voicemail', 'recording', 'sms', 'text', 'notification', 'device', 'gate', 'barrier',
  'scanner', 'printer', 'card', 'machine', 'console', 'game', 'launcher', 'player', 'watch', 'car', 'dashboard', 'thermostat',
  'boiler', 'panel', 'unit', 'camera', 'lock', 'doorbell', 'tablet', 'laptop', 'computer', 'pc', 'browser', 'email', 'form',
  'application', 'order', 'parcel', 'package', 'booking', 'ticket', 'claim', 'request', 'refund', 'payment', 'transfer', 'it',
]);
const SAYS = new Set(['says', 'said', 'say', 'saying', 'shows', 'showed', 'show', 'showing', 'reads', 'read', 'displays', 'displayed', 'displaying', 'gives', 'gave', 'giving', 'returns', 'returned', 'throws', 'threw', 'goes', 'went', 'flashes', 'flashing', 'flashed']);
/** «اپ میگه «تحویل شد»»: Persian verbs of a screen saying. */
const FA_SAYS = /^(?:میگه|میگوید|گفت|میگفت|زده|میزنه|میزند|نوشته|مینویسه|مینویسد|نشون|نشان|اومده|آمده|میاد|میآید|اعلام)$/;
const FA_SHOWER = /^(?:اپ|اپلیکیشن|اپلیکیشنتون|اپتون|برنامه|برنامهتون|سایت|سایتتون|سامانه|سیستم|سیستمتون|پیامک|اس|صفحه|گوشی|گوشیم|دستگاه|کارتخوان|ردیابی|رهگیری|پنل|وضعیت|وضعیتش|پیام|پیغام|اعلان|ایمیل|درگاه|خودپرداز|عابربانک|تلفن|اپراتور|پیغامگیر|ترمینال|کد|ربات|بات)$/;

function tokenBefore(t: readonly Tok[], at: number): number {
  let k = -1;
  for (let i = 0; i < t.length && t[i].end <= at; i++) k = i;
  return k;
}

/** A quote that names what a machine shows or a stage it sits at: never irony. */
export function labelQuote20(ctx: CueContext, q: { start: number; end: number }): boolean {
  const t = ctx.doc.tokens;
  const k = tokenBefore(t, q.start);
  const after = t.find((x) => x.start >= q.end);
  if (k < 0) return false;
  if (!t[k].fa) {
    // "the 'awaiting approval' stage", "a 'temporarily unavailable' page".
    if (after && !after.fa && LABEL_NOUN.has(after.key) && after.sentence === t[k].sentence && /^\s*$/.test(ctx.doc.text.slice(q.end, after.start)) && !MOCKED.has(t[k].key)) return true;
    // "calling says 'call failed'", "the card machine keeps saying 'declined'", "it just goes 'error 42'".
    if (SAYS.has(t[k].key) || (t[k].key === 'with' && (t[k - 1]?.key === 'up' || t[k - 1]?.key === 'back'))) {
      for (let j = k - 1; j >= 0 && j >= k - 4 && t[j].sentence === t[k].sentence; j--) {
        const key = t[j].key;
        if (key === 'you' || key === 'your' || key === 'u' || key === 'ur' || key === 'agent' || key === 'he' || key === 'she' || key === 'they') return false;
        if (SHOWER.has(key)) return true;
      }
    }
    // Told at a distance: "the app says my plan is "monthly"", "…, saying "file type not supported"" (./frustration.kinds27.ts).
    return reportedLabel27(ctx, q);
  }
  // «وضعیتش «آماده ارسال» است», «مرحله‌ش «بررسی»»: a status with its owner's ending.
  if (/^(?:وضعیت|حالت|مرحله|مرحلهی|پیام|پیغام|خطای|ارور|گزینه|دکمه)(?:ش|شون|شان|م|مون|ه)$/.test(t[k].key)) return true;
  // «اپ میگه «تحویل شد»», «پیامک زده «پرداخت ناموفق»», «تو سایت نوشته «موجود»» (a screen, not the company's promise).
  if (FA_SAYS.test(t[k].key) || (t[k].key === 'میده' && t[k - 1]?.key === 'نشون')) {
    for (let j = k - 1; j >= 0 && j >= k - 4 && t[j].sentence === t[k].sentence; j--) {
      if (/^(?:شما|گفتید|گفتین|نوشتید|نوشتین|همکارتون|همکارانتون|پشتیبانی|پشتیبان|کارشناس|کارشناستون|اپراتورتون)$/.test(t[j].key)) return false;
      if (FA_SHOWER.test(t[j].key)) return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------------------
// A court or a lawyer as a place or a party to an errand

const LEGAL_EN = new Set(['court', 'courthouse', 'tribunal', 'solicitor', 'solicitors', 'lawyer', 'lawyers', 'attorney', 'police', 'registry', 'notary', 'judge', 'magistrates']);
const LEGAL_FA = /^(?:دادگاه|دادگاهی|دادسرا|وکیل|وکیلم|وکیلمون|پلیس|کلانتری|دفترخانه|محضر|قاضی|شورای)$/;
/** Words of a threat near the legal word: suing, taking someone there, a complaint. */
const THREAT_EN = new Set(['sue', 'suing', 'sued', 'see', 'take', 'taking', 'report', 'reporting', 'complaint', 'complain', 'claim', 'action', 'legal', 'proceedings', 'involve', 'involving', 'contact', 'contacting', 'hear', 'escalate', 'escalating', 'threaten', 'will', "i'll", 'going', 'gonna', 'otherwise', 'or', 'unless', 'if', 'next']);
const THREAT_FA = /^(?:شکایت|شکایتی|میکشونم|میکشم|میکشه|میکشونمتون|میبرم|میرم|میرویم|میریم|وگرنه|اگه|اگر|مجبورم|مجبوریم|اقدام|قانونی|پیگرد|ازتون|ازشما|علیه|تهدید|مراجعه|طرح|دعوی|دعوا|شاکی|بکشونم|کشیده)$/;
/** An errand: a thing carried, sent or needed there, a hearing, an appointment. */
const ERRAND_EN = new Set(['deliver', 'delivered', 'delivering', 'delivery', 'bring', 'drop', 'dropped', 'send', 'sent', 'reach', 'hearing', 'appointment', 'session', 'documents', 'papers', 'paperwork', 'file', 'needs', 'need', 'needed', 'asked', 'requested', 'wants', 'for', 'evidence', 'statement', 'report', 'copy', 'letter', 'signed', 'certified', 'stamp', 'stamped', 'case']);
const ERRAND_FA = /^(?:برسونه|برسونید|برسانه|برساند|رسوندن|رسیدن|ببره|ببرید|بفرستید|بفرسته|تحویل|جلسه|جلسهی|مدارک|مدرک|پرونده|برگه|نامه|لازم|لازمه|میخواد|میخواهد|خواسته|برای|واسه|وقت|نوبت|امضا|مهر|گواهی|ارائه|خانواده)$/;

/** A legal word in the customer's errand ("to get the documents to the court"), with no threat in its sentence. */
export function legalErrand20(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  let legal = -1;
  for (let k = h.from; k < h.to; k++) if (t[k].fa ? LEGAL_FA.test(t[k].key) : LEGAL_EN.has(t[k].key)) legal = k;
  if (legal < 0) return false;
  const s = t[legal].sentence;
  let errand = false;
  for (let k = 0; k < t.length; k++) {
    if (t[k].sentence !== s) continue;
    const key = t[k].key;
    if (t[k].fa ? THREAT_FA.test(key) : THREAT_EN.has(key)) return false;
    if (!t[k].fa && (key === 'you' || key === 'your' || key === 'u' || key === 'ur' || key === 'yours')) return false;
    if (t[k].fa && /^(?:شما|شمارو|شماها|ازتون)$/.test(key)) return false;
    if (Math.abs(k - legal) <= 5 && (t[k].fa ? ERRAND_FA.test(key) : ERRAND_EN.has(key))) errand = true;
  }
  return errand;
}

/** "still" of a concession ("but it's still nice", "still works fine", "still love it"), not of a wait. */
const STILL_GOOD = new Set(['nice', 'good', 'fine', 'ok', 'okay', 'lovely', 'great', 'usable', 'works', 'working', 'happy', 'love', 'like', 'pleased', 'worth', 'beautiful', 'gorgeous', 'comfortable', 'comfy', 'perfect', 'decent', 'pretty', 'cute', 'useful', 'delicious', 'tasty', 'fab', 'brilliant', 'excellent']);
const STILL_SOFT = new Set(['very', 'really', 'quite', 'pretty', 'a', 'so', 'perfectly', 'absolutely', 'totally']);
export function stillConceded20(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  if (h.to - h.from !== 1 || t[h.from].fa || t[h.from].key !== 'still') return false;
  let k = h.to;
  while (k < t.length && k < h.to + 2 && STILL_SOFT.has(t[k].key)) k++;
  return k < t.length && t[k].clause === t[h.from].clause && STILL_GOOD.has(t[k].key) && !t[k].negated;
}

/** Drops escalation hits that are a legal place or party of the customer's errand, a conceding "still", and Persian regret told of a death (lossFa20). */
export function dropKinds20(ctx: CueContext, said: Hit[], escalation: string, grief: readonly string[]): void {
  for (let i = said.length - 1; i >= 0; i--) if ((said[i].category === escalation && legalErrand20(ctx, said[i])) || stillConceded20(ctx, said[i]) || (grief.includes(said[i].category) && lossFa20(ctx, said[i]))) said.splice(i, 1);
}

// ---------------------------------------------------------------------------------------------------------------------
// A loss in the family

/** «فوت», «درگذشت», «مرحوم», «به رحمت خدا رفت»: a death told, with or without ZWNJ and a verb ending. */
const FA_LOSS = /^(?:فوت|درگذشت|درگذشته|درگذشتند|درگذشتن|مرحوم|مرحومه|رحمت)$/;

/**
 * Persian regret or sadness whose sentence tells of a death in the family and says nothing of "you" («با کمال تأسف پدرم
 * فوت کرده، می‌خواستم حسابش رو ببندم»): grief, not displeasure with the company (the English reading is
 * frustration.en.matrix17.ts's feelingAtCircumstance). «با کمال تأسف، سفارشم هنوز نرسیده» keeps the cue.
 */
export function lossFa20(ctx: CueContext, h: Hit): boolean {
  if (!ctx.fa) return false;
  const t = ctx.doc.tokens;
  const s = t[h.from]?.sentence;
  if (s === undefined) return false;
  let loss = false;
  for (const x of t) {
    if (x.sentence !== s) continue;
    if (x.fa && x.second) return false;
    if (FA_LOSS.test(x.key)) loss = true;
  }
  return loss;
}

// ---------------------------------------------------------------------------------------------------------------------
// Thanks again

const FA_THANK = /^(?:ممنون|ممنونم|ممنونیم|مرسی|سپاس|سپاسگزارم|سپاسگزاریم|متشکرم|متشکریم|تشکر|دمتون|دستتون|قربون|قربونتون|ممنونتونم)$/;
const EN_THANK = new Set(['thanks', 'thank', 'cheers', 'ta', 'grateful', 'appreciate', 'appreciated']);

/**
 * "Again" of thanking, not of a fault: «باز هم ممنون از …», «بازم مرسی», «باز هم از شما سپاسگزارم», "again, thank you",
 * "thanks once again", "once again many thanks".
 */
export function thanksAgain20(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (!x) return false;
  if (x.fa) {
    if (!/^(?:باز|بازم|بازهم|دوباره|مجددا)$/.test(x.key)) return false;
    // Up to three words on, in the same clause: «باز هم ممنون», «باز هم از شما سپاسگزارم», «بازم خیلی مرسی».
    for (let k = h.to; k < t.length && k <= h.to + 3 && t[k].sentence === x.sentence; k++) {
      if (FA_THANK.test(t[k].key)) return true;
      if (!/^(?:هم|از|شما|خیلی|واقعا|یک|یه|دنیا|بسیار|بابت|تون|ازتون|ازشما)$/.test(t[k].key)) return false;
    }
    return false;
  }
  if (x.key !== 'again') return false;
  // "again, thanks", "once again many thanks", "thanks once again", "thank you again".
  for (let k = h.to; k < t.length && k <= h.to + 2 && t[k].sentence === x.sentence; k++) {
    if (EN_THANK.has(t[k].key)) return true;
    if (!/^(?:many|a|big|huge|so|,)$/.test(t[k].key)) break;
  }
  const p = t[h.from - 1]?.key === 'once' ? h.from - 2 : h.from - 1;
  return EN_THANK.has(t[p]?.key ?? '') || (t[p]?.key === 'you' && EN_THANK.has(t[p - 1]?.key ?? ''));
}

// ---------------------------------------------------------------------------------------------------------------------
// Frustrated kinds
//
// - **an ultimatum with an escalation after "or"**: "unban me or im doing a chargeback", "I want it reversed today or I'm
//   disputing it with my bank", "if a fix is not in place by Friday we will be invoking the termination clause",
//   «تا فردا پولمو برنگردونید شکایت می‌کنم», «وگرنه میرم سازمان حمایت»: a demand the customer ties to a step they will
//   take (never a question: "or do I need to dispute it with my bank?").
// - **"I find it rather poor that …"**: formal displeasure said as what the customer finds ("I find that difficult to
//   reconcile with the facts", "which I find unacceptable").
// - **hyperbolic praise beside a fault**: "Truly a masterpiece of public service", "a real triumph of customer care".
// - **Persian: a review warning others** («نظرمو … میذارم که بقیه گول نخورن», «به همه میگم که ازتون خرید نکنن») and
//   **«این بود …؟»** of what was promised («این بود هتل چهار ستاره؟», «این بود ارسال اکسپرس؟»).

const ULT_GATE_EN = ['court', 'hearing from', 'chargeback', 'charge back', 'disput', 'bank', 'card', 'amex', 'paypal', 'lawyer', 'solicitor', 'court', 'ombudsman', 'regulator', 'trading standards', 'review', 'trustpilot', 'cancel', 'terminat', 'small claims', 'ofcom', 'ofgem', 'sue', 'suing', 'legal', 'report', 'watchdog', 'bbb'];
/** A step the customer will take: the act and, where the act is a general verb, where it goes. */
const STEP_EN =
  "(?:(?:do(?:ing)?|fil(?:e|ing)|rais(?:e|ing)|start(?:ing)?|open(?:ing)?|issu(?:e|ing)|request(?:ing)?)\\s+(?:a\\s+)?(?:chargeback|charge back|dispute|complaint with \\w+|claim (?:with|through|in) \\w+)|disput(?:e|ing)\\b[^.!?\\n]{0,30}?|(?:go(?:ing)?|tak(?:e|ing)\\s+(?:you|u|this|it|the matter)|escalat(?:e|ing)\\s+(?:this|it)|report(?:ing)?\\s+(?:you|u|this|it)|complain(?:ing)?|writ(?:e|ing)|contact(?:ing)?|call(?:ing)?|ring(?:ing)?)\\s+(?:straight\\s+)?(?:to\\s+)?(?:my|the|a)?\\s*(?:bank|card (?:company|issuer|provider)|credit card company|amex|american express|visa|mastercard|paypal|lawyers?|solicitors?|attorney|court|small claims|ombudsman|regulator|trading standards|watchdog|ofcom|ofgem|bbb|press|media)|su(?:e|ing)\\s+(?:you|u|your company)|(?:leav(?:e|ing)|post(?:ing)?|writ(?:e|ing))\\s+(?:a|an|my)?\\s*(?:one[- ]star|1[- ]star|honest|bad|negative|scathing)?\\s*review|invok(?:e|ing)\\s+(?:the\\s+)?(?:termination|cancellation|exit|penalty)\\b|terminat(?:e|ing)\\s+(?:the|our|my)\\s+(?:contract|agreement|account|service)|cancel(?:l?ing)?\\s+(?:everything|the lot|my (?:account|subscription|membership|contract|plan|policy|service))|(?:tak(?:e|ing)|seek(?:ing)?|pursu(?:e|ing))\\s+legal\\s+(?:action|advice))";
const ULT_OR = new RegExp(
  "\\b(?:or(?:\\s+else)?|otherwise|else)\\s*,?\\s*(?:i|we|im|ill)(?:'m|'ll|'re|\\s+am|\\s+will|\\s+shall|\\s+are|\\s+m|\\s+ll)?\\s+(?:(?:be|just|simply|straight|immediately|have to|going to|gonna|left with no (?:choice|option) but to|be forced to|will|'ll|not even joking,?)\\s+)*" + STEP_EN,
  'gi',
);
const ULT_IF = new RegExp(
  // "Should I not hear …", "Failing which, …", "In the absence of …": a letter's "if … not" (session 25, ./frustration.kinds25.ts).
  "(?:\\b(?:if|unless)\\b|\\bshould\\b(?<=(?:^|[.!?\\n,;:]\\s*|\\band\\s+)should)(?=[^.!?\\n,]{0,40}\\b(?:not|fail)\\b)|\\bfailing (?:which|that|this)\\b|\\bin the absence of\\b|\\babsent\\b(?<=(?:^|[.!?\\n]\\s*)absent))[^.!?\\n]{0,90}?\\b(?:i|we)(?:'ll|'m|'re|\\s+will|\\s+shall|\\s+am|\\s+are)\\s+(?:(?:be|have to|going to|gonna|left with no (?:choice|option) but to|be forced to|have no (?:choice|option) but to|immediately|simply|then)\\s+)*" + STEP_EN,
  'gi',
);
/** The "if" of a plain condition about the customer's own choice ("if it doesn't fit I'll return it" has no step; "if I need to, will I …?"). */
const ULT_IF_NEG = /\b(?:not|no|never|fail|fails|failed|failing|absence|absent|unless|nothing|cannot)\b|\b(?:don|can|won|didn|doesn|isn|wasn|haven|hasn|hadn|couldn|wouldn|shouldn|aren|weren|ain)'?t\b/i;
const ULT_CALM = /\b(?:no worries|no problem|that'?s fine|happy to|no rush|just let me know|if that'?s easier|if needed|if necessary|is that (?:ok|okay|right)|would that|should i(?! not\b)|do i need|do i have to|can i|could i|how do i)\b/i;

const FIND_GATE_EN = ['find', 'found'];
const FIND_EN =
  /\b(?:i|we)\s+(?:(?:have to|must|do|really|frankly|honestly)\s+(?:say\s+(?:that\s+)?(?:i|we)\s+)?)?(?:find|found)\s+(?:it|this|that|the (?:\w+\s+){0,2}?|your (?:\w+\s+){0,2}?)?\s*(?:(?:rather|quite|very|frankly|somewhat|really|extremely|deeply|utterly|totally|completely|simply|wholly|genuinely|pretty|a little|a bit|honestly|most)\s+)*(?:poor|unacceptable|disappointing|astonishing|staggering|baffling|bewildering|extraordinary|appalling|insulting|patronising|patronizing|condescending|dismissive|unprofessional|troubling|shocking|outrageous|ridiculous|absurd|disgraceful|inexcusable|unfair|unreasonable|hard to (?:accept|justify|reconcile|swallow|stomach)|difficult to (?:accept|justify|reconcile|swallow)|impossible to (?:accept|justify|reconcile))\b/gi;
/** "which I find …": the same after a relative. */
const FIND_PRAISE_AFTER = /^[^.!?\n]{0,30}\b(?:how (?:fast|quick|quickly|easy|good|well|kind|helpful)|that you (?:went|helped|sorted))\b/i;

const HYPER_GATE_EN = ['masterpiece', 'masterclass', 'triumph', 'marvel', 'miracle', 'work of art', 'shining example', 'gold standard', 'textbook example', 'pinnacle', 'paragon', 'model of'];
const HYPER_EN = /\b(?:truly|what|such|a real|an absolute|a true|really|quite|real|absolute|true)\s+(?:an?\s+)?(?:masterpiece|masterclass|triumph|marvel|miracle|work of art|shining example|gold standard|textbook example|pinnacle|paragon|model)\s+of\b/gi;
/** Signs of a fault elsewhere in the message (the hyperbole is then mocking it). */
const FAULT_EN = /\b(?:not|no|never|nobody|nothing|broken|failed|fails|wrong|useless|dead|out of service|late|lost|missing|charged|cancell?ed|cannot)\b|\b(?:don|can|won|didn|doesn|isn|wasn|haven|hasn|hadn|couldn|wouldn|shouldn|aren|weren|ain)'?t\b|\?\s*$/im;

/** "I'll see you in court", "you'll be hearing from my solicitor": a threat in one idiom. */
const COURT_EN = /\b(?:(?:i'?ll|i will|we'?ll|we will)\s+(?:be\s+)?see(?:ing)?\s+you\s+in\s+court|you'?ll\s+be\s+hearing\s+from\s+(?:my|our)\s+(?:lawyers?|solicitors?|attorneys?))\b/i;
/** «کارمون به دادگاه میکشه», «کار به شکایت می‌کشد»: where this is heading, said as a threat. */
const COURT_FA = /کار(?:مون|م|مان|شون)?\s+(?:ما\s+)?به\s+(?:دادگاه|شکایت|دادسرا|مراجع\s+قانونی|قانون)\s+(?:میکشه|می\u200cکشه|میکشد|می\u200cکشد|بکشه|بکشد|کشیده)/;
const COURT_GATE_FA = textGate(['دادگاه', 'شکایت', 'دادسرا', 'قانون']);
const WARN_GATE_FA = ['گول', 'فریب', 'بقیه', 'همه', 'دیگران', 'مردم'];
/** «… که بقیه گول نخورن», «تا دیگران فریب نخورند», «به همه میگم …»: the customer's review or word of mouth, to warn others. */
const WARN_FA = /(?:که|تا)\s+(?:بقیه|دیگران|مردم|بقیه\s+مردم|کسی|هیچکس|هیچ\s+کس|همه)\s+(?:هم\s+)?(?:گول|فریب|سر)\s*(?:نخورن|نخورند|نخوره|نخورد|کلاه\s+نره)|به\s+(?:همه|همه\s+دوستام|همه\s+آشناها|بقیه|دیگران)\s+(?:هم\s+)?(?:میگم|می‌گم|میگویم|می‌گویم|خبر\s+میدم|اطلاع\s+میدم)\s+(?:که\s+)?[^.!؟?\n]{0,30}?(?:نخرن|نخرند|خرید\s+نکنن|نرن|سفارش\s+ندن|استفاده\s+نکنن)/g;
const THIS_WAS_GATE_FA = ['این بود', 'اینه', 'این است'];
/** «این بود هتل چهار ستاره؟», «اینه کیفیت اصلتون؟»: what was promised, held up as a question. */
const THIS_WAS_FA = /(?:^|[\s.!،,\n])(?:این\s+بود|اینه|این\s+است)\s+([^\s؟?!.،]+(?:\s+[^\s؟?!.،]+){0,3})\s*[؟?]/g;

function overlapsAny(found: readonly Evidence[], e: Evidence): boolean {
  return found.some((f) => f.start < e.end && e.start < f.end);
}

const ULT_GATE = textGate(ULT_GATE_EN);
const FIND_GATE = textGate(FIND_GATE_EN);
const HYPER_GATE = textGate(HYPER_GATE_EN);
const WARN_GATE = textGate(WARN_GATE_FA);
const THIS_WAS_GATE = textGate(THIS_WAS_GATE_FA);

/** The sentence around an offset (a stop, a mark or a line ends it). */
function sentenceText(text: string, at: number): string {
  let a = at;
  while (a > 0 && !/[.!?؟\n]/.test(text[a - 1])) a--;
  let b = at;
  while (b < text.length && !/[.!?؟\n]/.test(text[b])) b++;
  return text.slice(a, Math.min(text.length, b + 1));
}

/**
 * Thanks for a thing said to be spoilt or never come: «مرسی بابت پیتزای یخ‌زده و نوشابه‌ای که اصلا نیومد 👌», «دستتون درد
 * نکنه بابت کیک له‌شده», "thanks for the cold pizza", "cheers for the broken chair": the thanks is the sarcasm.
 */
const THANKS_FOR_BAD_EN =
  /\b(?:thanks|thank you|cheers|ta)\s+(?:(?:so|very)\s+much\s+|a lot\s+)?for\s+(?:the|my|a|an|your|our)\s+(?:\w+\s+){0,2}?(?:cold|frozen|soggy|stale|broken|smashed|cracked|damaged|dented|ripped|torn|wet|soaked|mouldy|moldy|rotten|burnt|burned|leaking|leaky|dead|faulty|wrong|half-empty|empty|missing|melted|crushed|squashed|filthy|dirty|expired|used|second-hand)\b/i;
const THANKS_BAD_GATE_EN = textGate(['thank', 'cheers', 'ta ']);
const THANKS_FOR_BAD_FA =
  /(?:مرسی|ممنون|ممنونم|سپاس|تشکر|دستتون\s+درد\s+نکنه|دمتون\s+گرم)\s+(?:بابت|از|برای|واسه)\s+(?:[^\s،,.!؟?]+\s+){0,2}?[^\s،,.!؟?]*?(?:یخ\u200c?زده|یخزده|سرد|خراب|شکسته|له\u200c?شده|لهشده|کثیف|سوخته|خیس|فاسد|کپک\u200c?زده|تاریخ\s+گذشته|پاره|خالی|اشتباهی|دست\s+دوم|ناقص)[^\s،,.!؟?]*|(?:مرسی|ممنون|ممنونم|دستتون\s+درد\s+نکنه)\s+(?:بابت|از|برای|واسه)\s+[^.!؟?\n]{0,40}?که\s+(?:اصلا|اصلاً|هیچوقت|هیچ\u200cوقت|هنوز)\s+(?:\S+\s+)?(?:نیومد|نیامد|نرسید|نرسیده|نیومده|نیاوردید|نیاوردین|نفرستادید|نفرستادین)/;
const THANKS_BAD_GATE_FA = textGate(['مرسی', 'ممنون', 'سپاس', 'تشکر', 'درد نکنه', 'گرم']);
/** «شما که رزرو رو تأیید کردین چرا به هتل خبر ندادین؟»: "you, who did X, why did you not Y?" said to the company. */
const YOU_WHY_FA = /(?:^|[\s،,.!])شما\s+که\s+[^.!؟?\n]{2,60}?\s+چرا\s+(?:[^.!؟?\n]{0,50}?\s)?(?:هنوز|ن(?:کرد|داد|گفت|فرستاد|زد|گذاشت|آورد|اورد|رسوند|گرفت)[^\s؟?!.]*|نیست|نشده|نشد)[^.!؟?\n]{0,30}[؟?]/;
const YOU_WHY_GATE_FA = textGate(['شما که']);
/** «اعتماد … را به‌شدت خدشه‌دار می‌کند», «اعتمادم سلب شد»: trust said to be damaged by the company's conduct. */
const TRUST_FA = /اعتماد(?:م|مان|مون|ما|\s+\S+){0,4}?\s+(?:\S+\s+){0,4}?(?:خدشه\u200c?دار|خدشهدار|سلب\s+(?:شد|شده|کرد|کرده|میکند|می\u200cکند|میشه)|از\s+بین\s+(?:رفت|رفته|برد|برده|می\u200cرود|میره))/;
const TRUST_GATE_FA = textGate(['اعتماد']);
/** "really great value guys", "top service as always", closing a message with an ironic mark or a fault told. */
const CLOSING_PRAISE_EN = /(?:^|[.!,\n]\s*|\s)(?:(?:really|such|just|so|what|truly)\s+)?(?:great|amazing|brilliant|fantastic|excellent|stellar|awesome|top|superb|wonderful|incredible|fab|top-notch|top notch|5 star|five star)\s+(?:value|service|job|work|stuff|quality|experience|support)(?:\s+(?:guys|team|folks|lads|people|mate|all|there|as always|as usual))?\s*(?:[.!]*|[\u{1f643}\u{1f644}\u{1f44f}\u{1f921}]\s*)*$/iu;
const CLOSING_GATE_EN = textGate(['value', 'service', 'job', 'work', 'stuff', 'quality', 'experience', 'support']);
const PUT_RIGHT_EN = /\b(?:but|though|although|anyway|in the end|after all|now|works|working|perfect|perfectly|fine|sorted|fixed|resolved|happy|love|loved|lovely|no harm|no problem|no worries)\b/i;
const IRONIC_MARK = /[\u{1f643}\u{1f644}\u{1f921}]/u;

/** readKinds20's find [start, end) with its weight (a module function: no closure made per message). */
function add20(ctx: CueContext, out: { score: number; evidence: Evidence[] }, found: readonly Evidence[], start: number, end: number, w: number, why: Parameters<CueContext['ev']>[1]): void {
  const e = ctx.ev({ start, end }, why);
  if (overlapsAny(out.evidence, e)) return;
  // Words an older reader already weighed: half the weight, its evidence stays.
  if (overlapsAny(found, e)) {
    out.score += w / 2;
    // A longer reading of the same words ("thanks" → "thanks for the cold chips"): shown instead (./frustration.ts).
    if (why === 'tone.why.sarcasm' && found.some((f) => f.why === 'tone.why.sarcasm' && f.start >= e.start && f.end <= e.end && f.end - f.start < e.end - e.start)) out.evidence.push(e);
    return;
  }
  out.score += w;
  out.evidence.push(e);
}

/** readKinds20's gate (perftone32): every finding below stands behind one of these text gates. */
export const KINDS20_GATE = gateOf('readKinds20', {
  text: [ULT_GATE, FIND_GATE, THANKS_BAD_GATE_EN, CLOSING_GATE_EN, HYPER_GATE, THANKS_BAD_GATE_FA, YOU_WHY_GATE_FA, TRUST_GATE_FA, COURT_GATE_FA, WARN_GATE, THIS_WAS_GATE],
});

export function readKinds20(ctx: CueContext, found: readonly Evidence[]): { score: number; evidence: Evidence[] } {
  const out = { score: 0, evidence: [] as Evidence[] };
  const text = ctx.doc.text;
  const low = ctx.low;
  if (!ctx.fa) {
    if (opens(low, ULT_GATE)) {
      for (const re of [ULT_OR, ULT_IF]) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const sent = sentenceText(text, m.index);
          if (/\?\s*$/.test(sent.trim()) || ULT_CALM.test(sent)) continue;
          if (re === ULT_IF && !ULT_IF_NEG.test(m[0])) continue;
          // The step's words are the evidence ("doing a chargeback", "disputing it with Amex"), not the "or".
          const step = new RegExp(STEP_EN, 'i').exec(m[0]);
          const at = m.index + (step ? step.index : 0);
          add20(ctx, out, found, at, at + (step ? step[0].trimEnd().length : m[0].length), 1.2, 'tone.why.threat');
          break;
        }
        if (out.score > 0) break;
      }
    }
    const court = opens(low, ULT_GATE) ? COURT_EN.exec(text) : null;
    if (court) add20(ctx, out, found, court.index, court.index + court[0].length, 1.2, 'tone.why.threat');
    if (opens(low, FIND_GATE)) {
      FIND_EN.lastIndex = 0;
      for (let m = FIND_EN.exec(text); m; m = FIND_EN.exec(text)) {
        if (FIND_PRAISE_AFTER.test(text.slice(m.index + m[0].length))) continue;
        const sent = sentenceText(text, m.index);
        if (/\b(?:if|whether|would|might)\b/i.test(text.slice(m.index - 12 < 0 ? 0 : m.index - 12, m.index))) continue;
        if (/\?\s*$/.test(sent.trim())) continue;
        const f = /\b(?:find|found)\b/i.exec(m[0]);
        const at = m.index + (f ? f.index : 0);
        add20(ctx, out, found, at, m.index + m[0].length, 1.1, 'tone.why.politeAnger');
        break;
      }
    }
    const thanked = opens(low, THANKS_BAD_GATE_EN) ? THANKS_FOR_BAD_EN.exec(text) : null;
    if (thanked) add20(ctx, out, found, thanked.index, thanked.index + thanked[0].length, 1.2, 'tone.why.sarcasm');
    const closing = opens(low, CLOSING_GATE_EN) ? CLOSING_PRAISE_EN.exec(text.trimEnd()) : null;
    // With an ironic mark, or after a fault not put right before the praise ("arrived late but it works perfectly, great stuff").
    if (closing && closing.index > 0 && (IRONIC_MARK.test(text) || (FAULT_EN.test(text.slice(0, closing.index)) && !PUT_RIGHT_EN.test(text.slice(0, closing.index))))) {
      const at = closing.index + closing[0].search(/\S/);
      add20(ctx, out, found, at, closing.index + closing[0].replace(/[\s.!\u{1f643}\u{1f644}\u{1f44f}\u{1f921}]+$/u, '').length, 1.1, 'tone.why.sarcasm');
    }
    if (opens(low, HYPER_GATE)) {
      HYPER_EN.lastIndex = 0;
      const m = HYPER_EN.exec(text);
      if (m && FAULT_EN.test(text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length))) add20(ctx, out, found, m.index, m.index + m[0].length, 1.1, 'tone.why.sarcasm');
    }
    return out;
  }
  const thankedFa = opens(low, THANKS_BAD_GATE_FA) ? THANKS_FOR_BAD_FA.exec(text) : null;
  if (thankedFa) add20(ctx, out, found, thankedFa.index, thankedFa.index + thankedFa[0].length, 1.2, 'tone.why.sarcasm');
  const youWhy = opens(low, YOU_WHY_GATE_FA) ? YOU_WHY_FA.exec(text) : null;
  if (youWhy) {
    const at = youWhy.index + youWhy[0].indexOf('شما');
    add20(ctx, out, found, at, youWhy.index + youWhy[0].length, 1.1, 'tone.why.rhetoricalQuestion');
  }
  const trust = opens(low, TRUST_GATE_FA) ? TRUST_FA.exec(text) : null;
  if (trust) add20(ctx, out, found, trust.index, trust.index + trust[0].length, 1.0, 'tone.why.judgement');
  const court = opens(low, COURT_GATE_FA) ? COURT_FA.exec(text) : null;
  if (court) add20(ctx, out, found, court.index, court.index + court[0].length, 1.2, 'tone.why.threat');
  if (opens(low, WARN_GATE)) {
    WARN_FA.lastIndex = 0;
    const m = WARN_FA.exec(text);
    if (m) add20(ctx, out, found, m.index, m.index + m[0].length, 1.1, 'tone.why.threat');
  }
  if (opens(low, THIS_WAS_GATE)) {
    THIS_WAS_FA.lastIndex = 0;
    for (let m = THIS_WAS_FA.exec(text); m; m = THIS_WAS_FA.exec(text)) {
      // «این بود؟» after a plain question («اینه قیمتش؟» asks a price): only a noun of what was sold or promised.
      if (!/(?:هتل|ستاره|کیفیت|خدمات|سرویس|پشتیبانی|قول|وعده|ارسال|تحویل|اکسپرس|فوری|ضمانت|گارانتی|اصل|اورجینال|نو|آکبند|لوکس|تضمین|تخفیف|هدیه|جواب|رسیدگی|پیگیری|احترام|مشتری)/.test(m[1])) continue;
      const at = m.index + m[0].search(/\S/);
      add20(ctx, out, found, at, m.index + m[0].length, 1.2, 'tone.why.rhetoricalQuestion');
      break;
    }
  }
  return out;
}
