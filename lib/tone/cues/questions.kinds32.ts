/**
 * Requests, the thirty-second session's kind (ask32), read off late27 … late31: since late27 the writers count what the
 * customer asks the company to do as well as what they ask ("how many distinct questions or requests the customer
 * needs answered", tests/fixtures/tone-eval/BRIEF.md). The panel's list (ToneReport.questions) adds them; the cues read
 * after the questions module (length, polite …) keep the list of questions (ctx.questions), so no other cue moves.
 *
 * A request is a sentence of the latest words (quoted history, closing and signature are outside them) that no listed
 * question overlaps (the same ask counts once), and that:
 * - English: opens with "please / pls / kindly" and a verb ("Please send the forms", "Please could you …"), or a verb
 *   first with a thing after it and "please / pls / now" or "!" ("sort it pls", "unblock my card pls", "Block please!!!");
 *   "I would / should be grateful if you …", "I should be obliged if …", "I'd appreciate it if …"; "let me know if / when
 *   …"; "I need / want / require / I'd like" with a thing the company gives ("I want my money back", "I need a
 *   confirmed delivery date", "I'd like the delivery fee refunded", "need this fixed today").
 * - Persian: «لطفاً / لطفا / خواهشاً / بی‌زحمت / lotfan» with a verb, «خواهشمند است / خواهشمندم / مستدعی است», «ممنون
 *   می‌شم اگه / سپاسگزار خواهم بود», a formal «… فرمایید» at the sentence's end, «می‌خوام پولم …».
 * A second verb after "and" in a please-sentence ("Please close my account and send the final bill") is a second request.
 * Not: "Please ignore / disregard / note / find attached / accept my apologies / don't worry", "I need to vent / to say",
 * "Let me know if you have any questions" (the customer's offer, not an ask), a need told about oneself ("I need it for
 * deliveries", "which I need for my records"), «لطفاً توجه داشته باشید», and nothing at all in a message that says there
 * is no need to reply ("no need to reply", «نیازی به پاسخ نیست»). A rhetorical «این چه وضعشه؟» is the question reader's
 * call (frustration's reader reads it), this module adds only requests.
 */
import type { CueContext } from '../cue.ts';
import type { Evidence } from '../types.ts';
import { mayMatch, patternGate } from '../textgate.ts';

const NO_REPLY = /\bno\s+(?:need|reply|response)\s+(?:to\s+)?(?:reply|respond|needed|necessary|required)\b|\bno\s+action\s+(?:needed|required)\b|\bno\s+need\s+to\s+(?:reply|respond|get\s+back)|نیاز[ی]?\s*به\s*(?:پاسخ|جواب)\s*نیست|(?:پاسخ|جواب)\s*(?:لازم|نیاز)\s*نیست/i;

/** Verbs a customer asks the company to do (imperative first, or after please). */
const DO = 'send|resend|refund|cancel|unblock|block|lock|unlock|fix|sort|check|confirm|call|ring|email|reconnect|return|give|tell|close|transfer|help|reply|answer|remove|delete|update|change|stop|reverse|issue|arrange|provide|correct|restore|review|investigate|advise|explain|escalate|credit|replace|reset|process|look|pass|forward|contact|add|activate|deactivate|reactivate|switch|waive|reimburse|compensate|deliver|collect|book|reschedule|amend|acknowledge|clarify|expedite|release|refund|get|make|let|find|chase|raise|note|inform|supply|repair|reinstate|withdraw|sign|approve|honour|honor|match|apply|move|connect|install|upgrade|downgrade|port|dispatch|ship|post';
const PLEASE_EN = new RegExp(String.raw`^(?:(?:hi|hello|hey|ok|okay|so|anyway|and|also|but|then|now|again|just|guys|team|mate|folks)[,!]?\s+){0,3}(?:(?:please|pls|plz|pleaseee*|kindly)[,!]?\s+(?:(?:can|could|would|will)\s+(?:you|u|someone)\s+[a-z]+|(?:(?:just|urgently|also)\s+|(?:someone|somebody|anyone)\s+)?(?:${DO}|do|be\s+so\s+kind|[a-z]+\s+(?:it|this|that|me|us|my|our|the|them|from|back)))\b)`, 'i');
/** Please-sentences that ask nothing of the company. */
const PLEASE_NOT = /^(?:\W*\w+[,!]?\s+){0,3}?(?:please|pls|plz|kindly)[,!]?\s+(?:ignore|disregard|note|find|see\s+(?:attached|below)|accept|don'?t|do\s+not|forgive|excuse|bear|be\s+(?:advised|aware|assured))/i;
const IMPERATIVE_EN = new RegExp(String.raw`^(?:(?:ok|okay|so|anyway|and|just|now|pls|please|plz)[,!]?\s+){0,2}(?:${DO})\s+(?:it|this|that|me|us|my|our|the|a|an|them|him|her|someone|somebody|up|back|out)\b`, 'i');
const URGE_EN = /\b(?:please|pls|plz|asap|now|today|immediately|urgently|right\s+away)\b|!|\bor\s+(?:else|i'?m|i’m|i\s+will|i'?ll|we'?ll|we\s+will|i\s+am)\b/i;
const GRATEFUL_EN = /\b(?:(?:would|should|'d|’d)\s+be\s+(?:most\s+|very\s+|extremely\s+)?(?:grateful|obliged|thankful)\s+(?:if|for)|(?:would|'d|’d)\s+(?:really\s+|greatly\s+)?appreciate\s+(?:it\s+if|your|a|an|the|any|some|if)|(?:could|can|would)\s+you\s+(?:please|kindly)\s+(?:${DO})|i\s+(?:would\s+)?(?:ask|request)\s+that\s+you|i\s+(?:must\s+|hereby\s+)?request\b)/i;
const POSSIBLE_EN = /^(?:\W*\w+[,!]?\s+){0,2}?(?:would|could|is)\s+it\s+be\s+possible\s+(?:to|for)\b/i;
const LET_KNOW_EN = /\blet\s+(?:me|us)\s+know\s+(?:if|when|whether|what|how|where|why|which|asap|as\s+soon|by|once)\b/i;
const LET_KNOW_OFFER = /\blet\s+(?:me|us)\s+know\s+if\s+(?:you\s+)?(?:have|need|require)\s+(?:any|anything|more|further)/i;
/** "I need / want / require / I'd like" something the company gives or does. */
const WANT_EN = new RegExp(
  String.raw`(?:^|[,;]\s*|\b(?:and|so|but|just|now|really|please)\s+)(?:i|we)(?:\s+(?:just|really|still|now|urgently|only))?(?:\s+(?:need|want|require)|(?:\s+would|'d|’d)\s+(?:really\s+)?like)\s+(?:(?:a|an|the|my|our|full|this|it|that|your|some|someone|somebody|you)\s+)?(?:(?:full|proper|confirmed|written|new|replacement|partial|immediate|urgent)\s+)?(?:refund|money|fee|charge|payment|deposit|receipt|invoice|statement|confirmation|date|reply|response|answer|callback|call|replacement|credit|compensation|explanation|update|refunded|back|fixed|sorted|resolved|cancelled|canceled|removed|reversed|corrected|delivered|(?<=(?:you|someone|somebody)\s+)(?:to\s+)?(?:${DO})|to\s+get\s+(?:it|this)\s+sorted)\b|(?:^|\s)(?:i|we)\s+(?:(?:just|really|still|now|urgently)\s+)?need\s+(?:this|it|my\s+\w+|the\s+\w+)\s+(?:\w+ed|fixed|sorted|done|back)\b`,
  'i',
);
/** A need with a time that presses ("I NEED MY TICKETS NOW", "I need a technician this week"). */
const NEED_NOW_EN = /(?:^|[,;]\s*|\b(?:and|so|but|just)\s+)(?:i|we)\s+(?:(?:still|really|urgently|just)\s+)?(?:need|want)\s+(?:a|an|the|my|our|someone|somebody)\s+(?:[\w'’-]+\s+){0,3}?(?:now|today|tonight|asap|immediately|urgently|this\s+(?:week|morning|afternoon|evening))\b/i;
/** "Can someone help me please", "could u reset my pin": an inverted ask at the sentence's start, without its mark. */
const CAN_YOU_EN = /^(?:(?:hi|hello|so|ok|okay|pls|please|plz)[,!]?\s+){0,2}(?:can|could|would|will)\s+(?:you|u|someone|somebody|anyone|anybody)\s+(?:please\s+|pls\s+|kindly\s+)?(?!believe|imagine|mind|guess|think|expect|know|tell\s+me\s+why)[a-z]+\b/i;
/** "refund pls", "Block please!!!": a verb and the word that asks, alone. */
const VERB_PLEASE_EN = new RegExp(String.raw`^(?:${DO}|freeze|help)\s+(?:please|pls|plz)[\s!.]*$`, 'i');
const NEED_BARE_EN = /^(?:(?:so|and|just|now|i)\s+)?need\s+(?:this|it|that)\s+(?:fixed|sorted|resolved|done|back|today|asap|now)\b/i;

const FA_PLEASE = /(?:^|[\s\u060c,.!])(?:لطف[اً]?ا?|لطفاً|لطفا|خواهشا|خواهشاً|بی[\u200c ]?زحمت|lotfan|lotfa|khahesh(?:an)?)(?:[\s\u060c,!]|$)/i;
/** «تو رو خدا», Dari «مهربانی کنید / مهربانی کرده»: please. */
const FA_BEG = /تو\s*رو\s*خدا|ترو\s*خدا|تورو\s*خدا|مهربانی\s*(?:کنید|کرده)/;
/**
 * A colloquial imperative closing the sentence, or two words before its end («حسابمو ببندین», «یکی بفرستین ببینه», «زود درستش کنین»): a plural verb
 * without «می» or «ن», with no «اگه / که / تا / باید / چرا …» before it in the sentence (then it is a subjunctive).
 */
const FA_IMPERATIVE = /(?:^|\s)(?:ب[\u0600-\u06ff]{2,}(?:ین|ید)|(?:[\u0600-\u06ff]+\s+)(?:کنین|کنید|بکنین|بکنید|بدین|بدید|بدهید|بگیرین|بگیرید|بزنین|بزنید))(?:\s+[\u0600-\u06ff]+){0,2}?(?:\s+(?:لطفا|لطفاً|دیگه|تو\s*رو\s*خدا|دیگ))*[\s!.\u06d4😭🙏😡😤]*$/;
const FA_SUBJUNCTIVE = /(?:^|\s)(?:اگه|اگر|که|تا|باید|چرا|وقتی|مگه|چطور|چی|نمیشه|میشه|میخواین|میخواید|میخوام|گفتین|گفتید|گفتن)(?:\s|$)/;
const FA_PLEASE_NOT = /(?:لطف[اً]*\s+)(?:توجه|دقت)|نادیده|بی[\u200c ]?خیال|(?:لازم|نیازی|احتیاجی)\s*نیست|عجله\s*(?:نکنید|نکنین|ای\s*نیست|‌ای\s*نیست)/;
const FA_FORMAL = /خواهشمند(?:است|م|یم)?|مستدعی|تقاضا\s*(?:دارم|داریم|می[\u200c ]?شود|میشود|می[\u200c ]?گردد)|(?:ممنون|متشکر|سپاسگزار|سپاس[\u200c ]?گزار|ممنونتون)\s*(?:می[\u200c ]?شم|میشم|می[\u200c ]?شوم|میشوم|خواهم\s*بود|میشیم|می[\u200c ]?شویم)|فرمایید|فرمائید|بفرمایید|کنید\s*(?:لطفا|لطفاً)/;
const FA_WANT = /(?:می[\u200c ]?خوام|میخوام|می[\u200c ]?خواهم|میخواهم|لازم\s*دارم|نیاز\s*دارم)\s+(?:پولم|پول|وجه|مبلغ|هزینه|سفارشم|فاکتور|رسید|جواب|پاسخ|تکلیف|یکی|کسی|همین)|(?:پولم(?:و|رو|را)?|پول\s*منو|وجهم(?:و|رو|را)?)\s*(?:پس|برگردون|برگردان|واریز)/;
/** Finglish imperatives ("dorost konid", "rahnamayi konid"). */
const FINGLISH_ASK = /\b(?:lotfan|lotfa|khahesh(?:an)?)\b|\b(?:dorost|rahnamayi|peygiri|barresi|residegi|pas|hal|ghat|vasl|cancel|ersal|komak)\s+(?:konid|konin|bedid|bedin|befrestid)\b/i;

/** A second "and <verb>" in a please-sentence: "Please close my account on that date and send the final bill". */
const AND_DO_EN = new RegExp(String.raw`(?:,\s*|\s)(?:and|&)\s+(?:please\s+)?(?:also\s+)?(?:${DO})\s+(?:me|us|it|this|that|the|a|an|my|our|whether|if|what|why|how|when|in|on|once)\b`, 'gi');

const PLEA = /^(?:\W*)(?:(?:please|pls|plz|so)[,!]?\s+)?(?:(?:please|pls|plz)\s+)?(?:(?:someone|somebody)\s+)?(?:help(?:\s+me|\s+us)?|answer(?:\s+me)?|reply(?:\s+to\s+me)?|respond(?:\s+to\s+me)?|get\s+back\s+to\s+me)(?:\s+(?:please|pls|quick(?:ly)?|asap|now|soon|urgently))?[\s!.]*$|^(?:لطف[اً]*\s+)?(?:کمک\s*کنید|کمکم\s*کنید|جواب\s*(?:بدید|بدین|بدهید)|پاسخ\s*(?:بدهید|دهید))(?:\s*لطف[اً]*)?[\s!.]*$/i;

/** Passing thanks on ("Please pass on our thanks", «تشکر منو به راننده برسونید»): a thank-you note, nothing to answer. */
const PASS_THANKS = /\bpass\s+(?:(?:it|this|that|them|these)\s+(?:on|along)|on|along)\b|\bpass\s+(?:my|our)\s+(?:thanks|compliments|gratitude|appreciation)|(?:تشکر|سپاس|قدردانی)\S*\s+(?:\S+\s+){0,4}(?:برسونید|برسانید|برسونین|منتقل\s*کنید)/i;

function trimmed(text: string, a: number, b: number): [number, number] {
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /\s/.test(text[b - 1])) b--;
  return [a, b];
}

const FILLER = new Set(['please', 'pls', 'plz', 'kindly', 'the', 'a', 'an', 'me', 'us', 'my', 'our', 'could', 'can', 'would', 'you', 'u', 'just', 'again', 'and', 'to', 'it', 'this', 'لطفا', 'لطفاً']);
/** A request whose words all stand in a listed question is that question again ("Can you send the invoice? Please send it."). */
function sameAsk(s: string, list: readonly Evidence[]): boolean {
  if (list.length === 0) return false;
  const words = s.toLowerCase().split(/[^\p{L}\p{N}']+/u).filter((w) => w && !FILLER.has(w));
  if (words.length === 0) return false;
  return list.some((q) => {
    const low = q.text.toLowerCase();
    return words.every((w) => low.includes(w));
  });
}

/**
 * The words of the patterns asksEn runs anywhere in a sentence (not only at its start): a sentence is a slice of the latest
 * words, so a message whose lower-cased text (`low`, CueContext.low) holds none of a pattern's words has no sentence it
 * matches, and the pattern is not run on any (one stamp read on the shared scan each).
 */
const GRATEFUL_GATE = patternGate(GRATEFUL_EN);
const POSSIBLE_GATE = patternGate(POSSIBLE_EN);
const LET_KNOW_GATE = patternGate(LET_KNOW_EN);
const WANT_GATE = patternGate(WANT_EN);
const NEED_BARE_GATE = patternGate(NEED_BARE_EN);
const NEED_NOW_GATE = patternGate(NEED_NOW_EN);

/**
 * Whether the sentence `s` of the latest words asks the company for something (see the file's head); `low` is the latest
 * words lower-cased.
 */
function asksEn(s: string, low: string): boolean {
  if (PLEASE_EN.test(s)) return !PLEASE_NOT.test(s);
  if (PLEASE_NOT.test(s)) return false;
  if (IMPERATIVE_EN.test(s) && URGE_EN.test(s) && !/^(?:\W*)(?:thanks|thank|cheers)\b/i.test(s)) return true;
  if ((mayMatch(low, GRATEFUL_GATE) && GRATEFUL_EN.test(s)) || (mayMatch(low, POSSIBLE_GATE) && POSSIBLE_EN.test(s))) return true;
  if (mayMatch(low, LET_KNOW_GATE) && LET_KNOW_EN.test(s) && !LET_KNOW_OFFER.test(s)) return true;
  if (!/[?\u061f]/.test(s) && CAN_YOU_EN.test(s)) return true;
  return (mayMatch(low, WANT_GATE) && WANT_EN.test(s)) || (mayMatch(low, NEED_BARE_GATE) && NEED_BARE_EN.test(s)) || (mayMatch(low, NEED_NOW_GATE) && NEED_NOW_EN.test(s)) || VERB_PLEASE_EN.test(s);
}

function asksFa(s: string): boolean {
  if (FA_PLEASE_NOT.test(s)) return false;
  if (FA_PLEASE.test(s)) return true;
  if (FA_FORMAL.test(s)) return true;
  if (FA_WANT.test(s) || FA_BEG.test(s)) return true;
  if (FA_IMPERATIVE.test(s) && !FA_SUBJUNCTIVE.test(s)) return true;
  return FINGLISH_ASK.test(s);
}

/** A request's evidence says why it is listed (no question mark, it asks for something to be done). */
export const REQUEST = 'tone.why.request' as const;

/** The requests, as spans of the latest words, beside the questions already listed (see the file's head). */
export function requests32(ctx: CueContext, list: readonly Evidence[]): Evidence[] {
  if (ctx.empty || ctx.doc.tokens.length === 0) return list as Evidence[];
  const text = ctx.doc.text;
  if (NO_REPLY.test(text)) return list as Evidence[];
  const had = list.map((q) => [q.start - ctx.offset, q.end - ctx.offset]);
  const add: Evidence[] = [];
  for (const sent of ctx.doc.sentences) {
    const [a, b] = trimmed(text, sent.start, sent.end);
    if (b - a < 4) continue;
    if (had.some(([x, y]) => x < b && y > a)) continue;
    const s = text.slice(a, b);
    if (sameAsk(s, list)) continue;
    if (PASS_THANKS.test(s)) continue;
    // A lead-in to a list ("… the following:", «موارد ذیل را اعلام فرمایید:»): its items are counted, not it.
    if (/:$/.test(s) && had.length > 0) continue;
    const fa = /[\u0600-\u06ff]/.test(s);
    if (!(fa ? asksFa(s) : asksEn(s, ctx.low) || FINGLISH_ASK.test(s))) continue;
    if (!fa && PLEASE_EN.test(s)) {
      // A second request after "and": cut the sentence there.
      let cut = -1;
      for (const m of s.matchAll(AND_DO_EN)) {
        if (m.index! > 8) {
          cut = m.index!;
          break;
        }
      }
      if (cut > 0) {
        add.push(ctx.ev({ start: a, end: a + cut }, REQUEST), ctx.ev({ start: a + cut + (s.slice(cut).length - s.slice(cut).replace(/^[,\s]+/, '').length), end: b }, REQUEST));
        continue;
      }
    }
    add.push(ctx.ev({ start: a, end: b }, REQUEST));
  }
  // A plea to be answered ("Please answer me!!", "Please help", «لطفاً جواب بدید») is a request of its own only when
  // nothing else is asked: beside a question or another request it is the same ask.
  if (add.length > 0 && add.length + list.length > 1) {
    const kept = add.filter((e) => !PLEA.test(e.text.trim()));
    if (kept.length + list.length > 0) add.splice(0, add.length, ...kept);
  }
  return add.length ? [...list, ...add].sort((x, y) => x.start - y.start) : (list as Evidence[]);
}

/**
 * The panel's list per message (questions and requests); the later cues keep ctx.questions. Kept in a slot of the context
 * (read.ts makes it, empty, with the others): a WeakMap entry per message cost more than the slot's store.
 */
export const PANEL_LIST = Symbol('panelList');
type WithPanel = CueContext & { [PANEL_LIST]?: Evidence[] };
export function setPanelList(ctx: CueContext, list: Evidence[]): void {
  (ctx as WithPanel)[PANEL_LIST] = list;
}
export function panelList(ctx: CueContext): Evidence[] {
  return (ctx as WithPanel)[PANEL_LIST] ?? ctx.questions;
}
