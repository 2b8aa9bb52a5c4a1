/**
 * Frustration, session 40 (frust40): two kinds of frustration the readers miss on the fresh writer splits, each read on
 * several writer splits (tests/fixtures/tone-eval README, section frust40), "enough alone" in frustration.ts's list
 * (score 1.1, reason `tone.why.sarcasm`).
 *
 * - `mockVerdict` (English): a short sentence of its own, not the message's first, that is only mock praise, after a
 *   sentence that tells a harm: "amazing work. 10/10.", "nice.", "wow thanks.", "Marvellous.", "Stellar work.", "really
 *   immersive.", "Good to know.", "incredible design choice.", "Really great job.", "truly a festive experience.", "cool
 *   cool". The harm: before the verdict, a negation that is not the customer's own failing or a failure word (charged
 *   twice, declined, crashing, broken, died, wrong, lost, banned, cutting out, dead); or after it, the remedy asked
 *   (refund, swap, unban, money back). Not praise after a thank-you or a fix ("fixed",
 *   "sorted", "arrived safely", "works now"), not praise closed with "!" or added to praise ("… too."), not a first
 *   sentence ("Nice. Could you also …"), praise of a person ("nice guy", "great driver"), nor a verdict after sincere
 *   praise of a thing ("the new dashboard is brilliant. … Great job.", "Just to say …").
 * - `bitterThanks` (Persian): thanks said bitterly beside a harm: «دمتون گرم», «دمش گرم», «دستتون / دست شما / دسدون درد
 *   نکنه», «واقعاً عالیه», marked as bitter (an ironic face 🙂 🙃 😐 👏 👌 😂 🫠 🤡 🙄 😒, «واقعاً» or «والا» beside it, or the
 *   message opening with it), in a message that tells a fault in the words fresh writers use («قطعه», «برق رفت», «تموم
 *   شده», «هیشکی نیومده», «سرد», «ریخته», «بسته نمیشه»). Not thanks with a matter put right («درست شد», «وصل شد», «سالم
 *   رسید»), warm faces (😍 🙏 🌸), «فقط خواستم بگم», a reservation after sincere praise («… خوبه ولی …»), nor thanks to a
 *   person named.
 *
 * - `leaveThreat` (Persian, Persian in Latin letters): a threat to leave for a rival or to go public: «میرم (سراغ) یه
 *   شرکت / اپراتور / بانک / اپ / جای دیگه», «اپو پاک میکنم», "miram ye sherkat e dige", "cancel mikonam miram …", "app ro
 *   pak kardam", "service ro ghat mikonam", "to Google review minevisam". Not a question («برم یه شعبه دیگه؟»), nor a move
 *   to another city, country or house («دارم میرم یه شهر دیگه»: the rival must be a company, an operator, a bank, an app, a
 *   service, a shop or "a place").
 *
 * Evidence: the praise sentence, the thanks, or the threat, nothing else.
 */
import type { CueContext } from '../cue.ts';
import type { Evidence } from '../types.ts';
import { replyLanguage } from './language.ts';

/** Switch (scripts/frust40-loso.ts turns it off to measure; `fired` collects the kinds read). */
export const kinds40Switch: { on: boolean; fired: string[] | null } = { on: true, fired: null };

const NOTHING: { score: number; evidence: Evidence[] } = { score: 0, evidence: [] };

// ---- English: a mock verdict ----

/** Praise words a mock verdict holds (general English praise). */
const PRAISE_EN = 'amazing|incredible|brilliant|marvell?ous|stellar|superb|fantastic|wonderful|excellent|great|nice|lovely|cool|immersive|impressive|outstanding|top|magic|genius|awesome|perfect|flawless|stunning';
/**
 * The verdict: "[wow|oh|just|really|truly|very|so] [a] PRAISE [work|job|service|design choice|experience|stuff|…]." or
 * "10/10.", "wow thanks.", "Good to know.", "cool cool", at most five words, closed flat (a full stop or the line's end).
 */
const VERDICT_EN = new RegExp(
  String.raw`^(?:(?:(?:oh|wow|just|really|truly|very|so|such|what)\s+)*(?:an?\s+)?(?:${PRAISE_EN})(?:\s+(?:work|job|stuff|service|design(?:\s+choice)?|experience|performance|touch|move|idea|effort|planning|thinking|timing|system|customer\s+service|one|festive\s+experience))?|10\s*\/\s*10|wow\s+thanks?|(?:oh\s+)?good\s+to\s+know|cool\s+cool|(?:truly|really)\s+an?\s+[a-z-]+(?:\s+[a-z-]+)?\s+(?:experience|performance))\s*\.?$`,
  'iu',
);
/** A negation that tells a harm. */
const NEGATION_EN = /\b(?:no|not|never|without|nothing|nobody|none)\b|\b\p{L}+n['\u2019]t\b|\b(?:dont|didnt|doesnt|cant|cannae|wont|isnt|wasnt|hasnt|havent|couldnt|wouldnt|arent|werent)\b/giu;
/** The customer's own failing just before a negation ("I could not find the form"). */
const OWN_FAILING_EN = /\b(?:i|we)(?:\s+\p{L}+)?\s*$/iu;
/** A failure suffered. */
const FAILURE_EN = /\b(?:charged\s+(?:me\s+)?(?:twice|double|again)|declined|crash(?:es|ed|ing)?|broken|broke|died|dead|wrong|lost|banned|blocked|cutting\s+out|cuts?\s+out|rattl\w+|smashed|damaged|missing|cancell?ed|late|delayed|stuck|fits\s+(?:exactly\s+)?nobody|dropped|leak\w*|mould\w*|cold|burnt|never\s+(?:came|arrived|showed))\b/iu;
/** Sincere: a thank-you, a thing put right or arrived well, a person praised, warm marks. */
const SINCERE_EN = /\b(?:thank|thanks|thx|appreciate|grateful|cheers|fixed|sorted|resolved|works?\s+(?:now|again|fine|perfectly)|arrived\s+(?:safe|safely|fine|today|early|on\s+time)|back\s+up|all\s+good|no\s+worries|no\s+rush|(?:guy|driver|lady|man|woman|staff|team|engineer|technician)\s+(?:was|were)\s+(?:\w+\s+)?(?:nice|great|lovely|brilliant))\b|😍|🙏|❤|♥|😊|🥰/iu;
/** Praise added to praise ("… too."). */
const ADDED_EN = /\b(?:too|as\s+well|also)\s*\.?$/iu;
/** A praise word, a "10/10" or "good to know" anywhere: the reader reads nothing else without one. */
const GATE_EN = new RegExp(String.raw`\b(?:${PRAISE_EN}|thanks?|know|experience|performance)\b|10\s*\/\s*10`, 'iu');
/** The harm's remedy asked after the verdict. */
const PUT_RIGHT_EN = /\b(?:refund\w*|reverse\w*|reimburs\w*|compensat\w*|money\s+back|give\s+back|waive\w*|swap|exchange|unban)\b/iu;
/** Sincere praise said of a thing before ("the new dashboard is brilliant"), or a note that only praises ("just to say"). */
const PRAISED_BEFORE_EN = new RegExp(String.raw`\b(?:is|was|are|were|looks?|works?)\s+(?:(?:really|so|very|just|absolutely)\s+)?(?:${PRAISE_EN})\b|\bjust\s+(?:wanted\s+)?to\s+say\b`, 'iu');

function harmTold(body: string): boolean {
  if (FAILURE_EN.test(body)) return true;
  for (const m of body.matchAll(NEGATION_EN)) {
    const at = m.index ?? 0;
    if (!OWN_FAILING_EN.test(body.slice(Math.max(0, at - 24), at))) return true;
  }
  return false;
}

function readMockVerdict(ctx: CueContext): { score: number; evidence: Evidence[] } {
  if (ctx.fa || !GATE_EN.test(ctx.low)) return NOTHING;
  const text = ctx.doc.text;
  if (SINCERE_EN.test(text.replace(/\bwow\s+thanks?\b/giu, ''))) return NOTHING;
  const sentences: { start: number; body: string; end: string }[] = [];
  for (const m of text.matchAll(/[^.!?\n]+([.!?]*)/gu)) {
    const lead = /^\s*/u.exec(m[0])?.[0].length ?? 0;
    const body = m[0].slice(lead).replace(/\s+$/u, '');
    if (body) sentences.push({ start: (m.index ?? 0) + lead, body, end: m[1] });
  }
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i];
    // Closed flat: a full stop or nothing (a line's end); never "!" or "?".
    if (/[!?]/u.test(s.end) || ADDED_EN.test(s.body) || !VERDICT_EN.test(s.body)) continue;
    const before = sentences.slice(0, i);
    if (before.some((p) => PRAISED_BEFORE_EN.test(p.body))) continue;
    if (!before.some((p) => harmTold(p.body)) && !sentences.slice(i + 1).some((p) => PUT_RIGHT_EN.test(p.body))) continue;
    kinds40Switch.fired?.push('mockVerdict');
    return { score: 1.1, evidence: [ctx.ev({ start: s.start, end: s.start + s.body.length }, 'tone.why.sarcasm')] };
  }
  return NOTHING;
}

// ---- Persian: bitter thanks ----

const fold = (s: string): string => s.replace(/[يى]/g, 'ی').replace(/ك/g, 'ک').replace(/\u200c/g, ' ');
const NL = String.raw`(?<![\p{L}\p{M}])`;
const NR = String.raw`(?![\p{L}\p{M}])`;

/** The thanks or praise said bitterly. */
const THANKS_FA = new RegExp(String.raw`${NL}(?:دم(?:تون|ش|\s*شما)\s+گرم|دس(?:ت|د)(?:تون|ون)\s+درد\s+نکنه|دست\s+شما\s+درد\s+نکنه|(?:واقعا|واقعاً)\s+عالیه)${NR}`, 'u');
/** Marks of bitterness: an ironic face. */
const IRONIC_FACE = /🙂|🙃|😐|👏|👌|😂|😏|🤦|🫠|🤡|🙄|😒/u;
/** «واقعاً» or «والا» right beside the thanks. */
const BESIDE = new RegExp(String.raw`${NL}(?:واقعا|واقعاً|والا|والله)${NR}`, 'u');
/** A fault told, in fresh writers' words. */
const FAULT_FA = new RegExp(
  String.raw`${NL}(?:هنوز|هنو|نشده|نشد|نیومده|نیامده|نیومد|نرسیده|خوابید|خوابیده|رد\s+کرد(?:ید|ین|ن|ه)?|اشتباه|خراب\S*|تاخیر|تأخیر|نمیشه|نمیاد|نمیده|نمیکنه|نمیکنیم|نمیتونه|نمی\s+(?:شه|کنه|تونه)|کم\s+(?:کرد|شد|شده)|گم\s+شد\S*|قطع\S*|(?:برق|آب|گاز|نت|اینترنت)\s+(?:\S+\s+){0,2}رفت(?:ه)?|تموم\s+شده|هیشکی|هیچکس|هیچ\s+کس|هیچی|سرد|ریخته|شکسته|لغو\s+کرد\S*|کنسل\s+کرد\S*|ندادین|ندادید|نکردین|نکردید|بسته\s+نمیشه)${NR}`,
  'u',
);
/** Sincere thanks: a matter put right, arrived well, warm faces, a reservation after praise, a person thanked. */
const SINCERE_FA = /(?:عالیه|خوبه|گرم|نکنه|العاده)[^.!؟?\n]{0,40}\s(?:ولی|اما|منتها)\s|درست\s+شد|حل\s+شد|وصل\s+شد|برگشت(?![\p{L}])|(?:درست|اصلاح|حل|تعمیر|جایگزین)\s+کرد(?:ید|ین|ن|ند|ه|یم)?(?![\p{L}])|اصلاح\s+شد|(?:سالم|سریع|زود|به\s*موقع|کامل)\s+(?:\S+\s+)?رسید|رسید[^.!؟?\n]{0,20}(?:سالم|سریع|عالی|ممنون|مرسی)|فقط\s+[^.!؟?\n]{0,30}(?:یکم|یه\s*کم|کمی|یه\s+ذره)(?![\p{L}])|اوکی|راضی|خوش\s+گذشت|محشر|از\s+(?:همکار|آقای|خانم|راهنما|تیم|دکتر)|فقط\s+خواستم|خواستم\s+(?:بگم|تشکر)|تشکر\s+کنم|عصبانی\s+نیستم|مهم\s+نی|😍|🙏|💪|🌸|🌹|❤|🥰|😘|😊|🙌|✨|🥹|💕/u;

function readBitterThanks(ctx: CueContext): { score: number; evidence: Evidence[] } {
  if (!ctx.fa) return NOTHING;
  const text = fold(ctx.doc.text);
  const thanks = THANKS_FA.exec(text);
  if (!thanks || SINCERE_FA.test(text)) return NOTHING;
  const at = thanks.index, end = at + thanks[0].length;
  const near = text.slice(Math.max(0, at - 20), Math.min(text.length, end + 12));
  // The message's opening (after a greeting) or a flat sentence of its own beside a fault.
  const opening = /^\s*(?:(?:سلام|آقا|داداش|کاکو|بابا)[\s،,.!]*)?$/u.test(text.slice(0, at));
  const marked = IRONIC_FACE.test(text) || BESIDE.test(near) || /^\s*!/u.test(text.slice(end)) || opening;
  if (!marked) return NOTHING;
  const rest = text.slice(0, at) + ' '.repeat(thanks[0].length) + text.slice(end);
  if (!FAULT_FA.test(rest)) return NOTHING;
  kinds40Switch.fired?.push('bitterThanks');
  return { score: 1.1, evidence: [ctx.ev({ start: at, end }, 'tone.why.sarcasm')] };
}

// ---- Persian and Persian in Latin letters: a threat to leave ----

/** A rival: a company, an operator, a bank, an app, a service, a shop, "a place" (never a city, a country, a house). */
const RIVAL_FA = String.raw`(?:شرکت|اپراتور|بانک|اپ|اپلیکیشن|برنامه|سرویس|سایت|فروشگاه|بیمه|جای|جا|ISP)`;
const LEAVE_FA = new RegExp(
  String.raw`${NL}(?:(?:میرم|می\s+رم|میریم|برم)\s+(?:سراغ\s+)?(?:یه|یک)\s+${RIVAL_FA}\s+(?:دیگه|دیگر)|(?:اپ|برنامه)\s*(?:و|رو|را)\s+پاک\s+(?:میکنم|می\s+کنم|کردم))${NR}`,
  'u',
);
const RIVAL_FG = String.raw`(?:sherkat(?:\s+e)?|operator(?:\s+e)?|bank(?:\s+e)?|app(?:\s+e)?|service(?:\s+e)?|site(?:\s+e)?|ja(?:ye)?|ISP)`;
const LEAVE_FG = new RegExp(
  String.raw`\b(?:miram\s+(?:soragh\s+e?\s*)?(?:ye|yek)\s+${RIVAL_FG}\s+(?:dige|digar)|(?:app|barname)\s*(?:o|ro|ra)\s+pak\s+(?:kardam|mikonam)|(?:service|sherviso|servis)\s*(?:o|ro|ra)?\s+(?:ghat|cancel)\s+mikonam|(?:google\s+)?review\s+(?:\S+\s+)?(?:minevisam|mizaram|midam))\b`,
  'iu',
);

function readLeaveThreat(ctx: CueContext): { score: number; evidence: Evidence[] } {
  const fg = !ctx.fa && replyLanguage(ctx).finglish.length > 0;
  if (!ctx.fa && !fg) return NOTHING;
  const text = fold(ctx.doc.text);
  const m = (ctx.fa ? LEAVE_FA : LEAVE_FG).exec(text);
  if (!m) return NOTHING;
  // A question asks where else to go ("برم یه جای دیگه؟"): no threat.
  if (/^[^.!؟?\n]*[؟?]/u.test(text.slice(m.index + m[0].length))) return NOTHING;
  kinds40Switch.fired?.push('leaveThreat');
  return { score: 1.1, evidence: [ctx.ev({ start: m.index, end: m.index + m[0].length }, 'tone.why.threat')] };
}

/** Any of the kinds (see the header): 1.1 and the words that carry it, or nothing. */
export function readKinds40(ctx: CueContext): { score: number; evidence: Evidence[] } {
  if (!kinds40Switch.on || ctx.empty) return NOTHING;
  const en = readMockVerdict(ctx);
  if (en.score) return en;
  const thanks = readBitterThanks(ctx);
  return thanks.score ? thanks : readLeaveThreat(ctx);
}
