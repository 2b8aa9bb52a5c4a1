/**
 * Repeat contact, session 14 kinds (read off late10, late8 and fresh3 by construction family). repeat.ts adds
 * one to its score per family found here, and asks aboutNoContact whether each piece of its evidence is about a
 * contact at all: a cue whose every piece is not is not shown.
 *
 * Found:
 * - Contacts counted as a plural noun: "Six weeks, five tickets, zero answers", "Four chats, four different
 *   answers", "told me three different things on three calls", "Despite two subsequent telephone calls",
 *   «پس از ۶۰ روز انتظار و چندین تماس». Not the company's mail ("two emails a day from you"), nor calls on a
 *   bill ("14 calls charged at 25p each").
 * - Earlier correspondence named, even in a sentence a negation runs through («هیچ وجهی دریافت نکرده‌ام و
 *   مکاتبات قبلی نیز بی‌پاسخ مانده است»).
 * - A Persian contact verb of the customer's past with an earlier day («سه روز پیش هم همینو گزارش دادم»).
 * - A note-style contact, the subject left out ("Spoke to Amy, then to Josh"); the same answer had before ("This is the
 *   same reply I got last week").
 *
 * Not contact (evidence that is about something else):
 * - «گفتم» saying what the writer thought to do («گفتم اینجا بپرسم», «فقط گفتم در جریان باشین»): "I figured I'd".
 * - «پیرو» before no contact («پیرو مفقود شدن کارت»: following the loss of a card).
 * - The bot of this very chat ("your chatbot just told me to contact customer support").
 * - Calls as items on a bill ("my bill shows 14 calls charged at 25p each").
 * - "again" about the customer's own slip ("i forgot my password AGAIN").
 * - What the app did ("the ones it already uploaded").
 * - A reply to the agent's own question ("it's Ahmed again from the chat earlier — I found the order number you
 *   asked for").
 * - A callback offered, not had ("an engineer today rather than a callback on Monday").
 * - A count of something done to the customer or tried in the app ("charged TWICE", "lose my application twice",
 *   "verified my ID twice in the app").
 * - The company's mail counted ("You sent me two emails a day", "three emails from you").
 * - «اینجا نوشتم چون…» (this very message, written here), «ممنون از جوابتون» (thanks for the answer just given).
 */
import { evidenceTokens, type CueContext, wordSet } from '../cue.ts';
import type { ToneToken } from '../layer.ts';
import type { Evidence } from '../types.ts';
import { noContactOfMine, replyToAgent } from './repeat.guards14.ts';

// Regular expressions the functions below test per token or per character, made once (a literal inside a function is a new object each time it is reached).
const ONE_OR_TWO_DIGITS = /^\d{1,2}$/;

type T = readonly ToneToken[];

const NUMBER = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|numerous|countless|dozens|چندین|دو|سه|چهار|پنج|شش|هفت|هشت|ده)$/;
/** NUMBER's words as a set (isCount is asked for every token). */
const NUMBER_WORDS = wordSet(NUMBER);
const isCount = (k: string) => NUMBER_WORDS.has(k) || (ONE_OR_TWO_DIGITS.test(k) && Number(k) >= 2);
/** Words between a count and its contact noun: "two subsequent telephone calls", "four separate chats". */
const BETWEEN = new Set(['subsequent', 'separate', 'different', 'more', 'further', 'phone', 'telephone', 'long', 'live', 'previous', 'earlier', 'support', 'unanswered']);
const CONTACT_PLURAL = /^(?:calls|emails|e-mails|chats|tickets|messages|complaints|phone-calls|تماس|پیام|ایمیل|نامه|تیکت)$/;
/** Tickets bought or held, not opened: "could you hold 20 tickets for us?". */
const TICKET_BOUGHT = /^(?:hold|book|booked|buy|bought|order|ordered|purchase|purchased|reserve|reserved|sell|sold|need|want|get|got|for)$/;
/** Calls on a bill, mail of the company's: "14 calls charged at 25p", "two emails a day from you". */
const NOT_MINE_AFTER = /^(?:charged|billed|at|each|costing|cost|from|a|per|to|in)$/;

function countedContact(ctx: CueContext, t: T): Evidence | null {
  for (let i = 0; i + 1 < t.length; i++) {
    if (!isCount(t[i].key)) continue;
    let j = i + 1;
    while (j < i + 3 && t[j] && BETWEEN.has(t[j].key)) j++;
    const n = t[j];
    if (!n || n.clause !== t[i].clause || !CONTACT_PLURAL.test(n.key)) continue;
    // Persian: only «چندین تماس» / «چند تماس» (a bare «دو پیام» may be the company's).
    if (n.fa && t[i].key !== 'چندین') continue;
    const next = t[j + 1];
    if (next && next.clause === n.clause && NOT_MINE_AFTER.test(next.key)) continue;
    const prev = t[i - 1]?.key ?? '';
    if (n.key === 'tickets' && (t.slice(Math.max(0, i - 2), i).some((y) => TICKET_BOUGHT.test(y.key)) || next?.key === 'for' || next?.key === 'to')) continue;
    // "every conversation with your company takes three emails": what it takes in general, not what this customer did.
    if (t.slice(Math.max(0, i - 8), i).some((y) => y.sentence === t[i].sentence && /^(?:take|takes|took|taking)$/.test(y.key))) continue;
    if (/^(?:got|received|get|receive|shows|show)$/.test(prev) || (prev === 'me' && /^(?:sent|send)$/.test(t[i - 2]?.key ?? ''))) continue;
    return ctx.ev({ start: t[i].start, end: n.end }, 'tone.why.contactCount');
  }
  return null;
}

const LETTERS_FA = /^(?:مکاتبات|مکاتبه|نامههای|نامه های|پیامهای|پیام های|تماسهای|تماس های|پیگیریهای|پیگیری های|ایمیلهای|ایمیل های)$/;
const EARLIER_FA = /^(?:قبلی|قبلیم|قبلیام|پیشین|سابق|قبلیمو|قبلیم رو)$/;
function earlierLetters(ctx: CueContext, t: T): Evidence | null {
  for (let i = 0; i + 1 < t.length; i++) {
    if (!LETTERS_FA.test(t[i].key) || !EARLIER_FA.test(t[i + 1].key)) continue;
    if (t[i - 1]?.key === 'بدون' || t[i - 1]?.key === 'هیچ') continue;
    return ctx.ev({ start: t[i].start, end: t[i + 1].end }, 'tone.why.earlierContact');
  }
  return null;
}

const CONTACT_VERB_FA = /^(?:گزارش|تماس|زنگ|پیام|ایمیل|اطلاع|تیکت)$/;
const AGO_FA = /^(?:پیش|قبل|دیروز|پریروز|دیشب)$/;
function reportedBefore(ctx: CueContext, t: T): Evidence | null {
  for (let i = 0; i + 1 < t.length; i++) {
    if (!t[i].fa || !CONTACT_VERB_FA.test(t[i].key)) continue;
    const v = t[i + 1];
    if (!v.pastFirst || v.neg || v.clause !== t[i].clause) continue;
    const ago = t.slice(Math.max(0, i - 6), i).find((y) => y.sentence === t[i].sentence && AGO_FA.test(y.key));
    // «دیروز به بانک زنگ زدم», «با بانکم تماس گرفتم»: someone else called, not the company.
    if (ago && t.slice(t.indexOf(ago) + 1, i).some((y) => y.key === 'به' || y.key === 'با' || /^بانک/.test(y.key))) continue;
    if (!ago) continue;
    // From the length of time on: «سه روز پیش … گزارش دادم», «هفته پیش گزارش دادم».
    let a = t.indexOf(ago);
    if (/^(?:پیش|قبل)$/.test(ago.key) && /^(?:روز|هفته|ماه|ساعت|دقیقه)/.test(t[a - 1]?.key ?? '')) a -= /^(?:\d+|یک|یه|دو|سه|چهار|پنج|شش|چند)$/.test(t[a - 2]?.key ?? '') ? 2 : 1;
    return ctx.ev({ start: t[a].start, end: v.end }, 'tone.why.earlierContact');
  }
  return null;
}

/**
 * "Spoke to Amy, then to Josh": a note-style contact with the company's people, the subject left out (the sentence
 * opens with "Spoke"). Not "spoke to my bank" (someone else's people).
 */
function spokeTo(ctx: CueContext, t: T): Evidence | null {
  for (let i = 0; i + 2 < t.length; i++) {
    const x = t[i];
    if (x.key !== 'spoke' || (i > 0 && t[i - 1].sentence === x.sentence) || (t[i + 1].key !== 'to' && t[i + 1].key !== 'with')) continue;
    const who = t[i + 2];
    const name = ctx.doc.text.slice(who.start, who.end);
    if (who.sentence !== x.sentence || !(/^[A-Z][a-z]+$/.test(name) || who.key === 'someone' || who.key === 'your' || who.key === 'you')) continue;
    return ctx.ev({ start: x.start, end: who.end }, 'tone.why.earlierContact');
  }
  return null;
}

/** "the same reply I got last week": an answer had before, given again. */
const SAME_AGAIN = /^(?:reply|answer|response|template|email|message)$/;
function sameReply(ctx: CueContext, t: T): Evidence | null {
  for (let i = 1; i + 2 < t.length; i++) {
    if (t[i - 1].key !== 'same' || !SAME_AGAIN.test(t[i].key)) continue;
    const by = t[i + 1].key === 'i' || t[i + 1].key === 'we' ? i + 2 : -1;
    if (by < 0 || !/^(?:got|received|had|was given)$/.test(t[by].key)) continue;
    return ctx.ev({ start: t[i - 1].start, end: t[by].end }, 'tone.why.earlierContact');
  }
  return null;
}

/** Session 14's families found in the latest words (each adds one to the score). */
export function kinds14Finds(ctx: CueContext): Evidence[] {
  // Each family needs a contact word the lexicon knows (a contact noun, «مکاتبات قبلی»): most messages hold none.
  let contact = false;
  let earlier = false;
  let reply = false;
  for (const h of ctx.hits) {
    if (h.category === 'repeat.contact') contact = true;
    else if (h.category === 'repeat') earlier = true;
    else if (h.category === 'repeat.reply') reply = true;
  }
  if (!contact && !earlier && !reply) return [];
  const t = ctx.doc.tokens;
  const out: Evidence[] = [];
  for (const found of [contact ? countedContact(ctx, t) : null, earlier ? earlierLetters(ctx, t) : null, contact ? reportedBefore(ctx, t) : null, contact ? spokeTo(ctx, t) : null, reply ? sameReply(ctx, t) : null]) if (found) out.push(found);
  return out;
}

/** «بپرسم», «بگم», «بدم», «بنویسم»: a first-person subjunctive (what the writer meant to do). */
const SUBJUNCTIVE_FA = /^ب(?:پرس|گ|گوی|د|ده|نویس|فرست|ذار|گذار|زن|کن|ش|پرسی)م$/;
const OWN_SLIP = /^(?:forgot|forget|forgotten|lost|dropped|deleted|misplaced|locked|messed|typed|broke)$/;
const CONTACT_AFTER_PEYRO = /^(?:نامه|مکاتبه|مکاتبات|تماس|درخواست|شکایت|پیام|ایمیل|مذاکره|مذاکرات|صحبت|تیکت|گزارش|مراجعه|نامهی|نامه ی|درخواستهای|جلسه|پیگیری|مکالمه)/;

const BARE_COUNT = /^(?:twice|thrice|(?:two|three|four|five|six|several|many|\d+) times)$/;
const NOT_CONTACT_VERB = /^(?:charged|billed|debited|overcharged|lost|lose|losing|verified|crashed|declined|failed|refunded|cancelled|canceled|delivered|broken|broke|reset)$/;

/**
 * Whether a piece of repeat evidence is about something other than a contact: the kinds below (see the file's
 * comment) and the session 14 guards' (noContactOfMine, repeat.guards14.ts), its tokens read once for both.
 */
export function aboutNoContact(ctx: CueContext, e: Evidence): boolean {
  const at = evidenceTokens(ctx, e);
  if (at.length === 0) return false;
  const keys = at.map((k) => ctx.doc.tokens[k].key);
  return notContactKind(ctx, at, keys) || noContactOfMine(ctx, at, keys);
}

/** This file's kinds of evidence about something other than a contact. */
function notContactKind(ctx: CueContext, at: readonly number[], keys: readonly string[]): boolean {
  const t = ctx.doc.tokens;
  const i = at[0];
  const last = at[at.length - 1];
  // «گفتم اینجا بپرسم», «گفتم در جریان باشین»: what the writer thought to do.
  if (keys.length === 1 && keys[0] === 'گفتم') {
    const after = t.slice(i + 1, i + 4).filter((y) => y.clause === t[i].clause || y.sentence === t[i].sentence);
    if (after.some((y) => (y.verb && y.key.startsWith('ب') && !y.past) || SUBJUNCTIVE_FA.test(y.key) || y.key === 'جریان')) return true;
  }
  // «پیرو مفقود شدن کارت»: following an event, not a letter.
  if (keys[0] === 'پیرو' && keys.length === 1 && !CONTACT_AFTER_PEYRO.test(t[i + 1]?.key ?? '')) return true;
  // "your chatbot just told me": the bot of this very chat.
  if (keys.some((k) => k === 'chatbot' || k === 'bot') && keys.includes('just')) return true;
  // "14 calls charged at 25p each": items on a bill.
  if (keys.length === 2 && /^\d+$/.test(keys[0]) && keys[1] === 'calls' && /^(?:charged|billed|at|each|costing)$/.test(t[last + 1]?.key ?? '')) return true;
  // "i forgot my password AGAIN": the customer's own slip.
  if (keys.length === 1 && keys[0] === 'again' && t.some((y) => y.clause === t[i].clause && OWN_SLIP.test(y.key) && y.start < t[i].start)) return true;
  // "the ones it already uploaded": the app's doing.
  if (keys[0] === 'already' && (t[i - 1]?.key === 'it' || t[i - 1]?.key === 'app')) return true;
  // "I found the order number you asked for": a reply to the agent's own question, not a return.
  if (replyToAgent(ctx.doc.text).asked && keys.some((k) => /^(?:again|earlier|already)$/.test(k))) return true;
  // "You sent me two emails a day", "three emails from you": the company's mail, counted.
  if (keys.length === 2 && isCount(keys[0]) && CONTACT_PLURAL.test(keys[1]) && ((t[i - 1]?.key === 'me' && /^(?:sent|send|sends)$/.test(t[i - 2]?.key ?? '')) || t.slice(last + 1, last + 5).some((y, k, a) => y.key === 'from' && (a[k + 1]?.key === 'you' || a[k + 1]?.key === 'your')))) return true;
  // "I was charged TWICE", "you've managed to lose my application twice", "verified my ID twice in the app": a count of
  // something done to the customer or tried in the app, not of contacts.
  if (BARE_COUNT.test(keys.join(' '))) {
    for (let j = i - 1; j >= 0 && j >= i - 8 && t[j].clause === t[i].clause; j--) if (NOT_CONTACT_VERB.test(t[j].key)) return true;
    const clause = t.filter((y) => y.clause === t[i].clause).map((y) => y.key).join(' ');
    if (/\b(?:in|on|through|via) (?:the|your) (?:app|website|site|portal)\b/.test(clause)) return true;
  }
  // "rather than a callback on Monday": a callback offered, not had.
  if (keys[0] === 'callback' || keys[0] === 'call') {
    const before = t.slice(Math.max(0, i - 4), i).map((y) => y.key).join(' ');
    if (/\b(?:rather than|instead of)\b/.test(before)) return true;
  }
  // «اینجا نوشتم چون…»: this very message.
  if (keys.length === 1 && keys[0] === 'نوشتم' && t[i - 1]?.key === 'اینجا') return true;
  // «ممنون از جوابتون»: thanks for the answer just given.
  if (keys.length === 1 && /^(?:جوابتون|پاسختون|جوابتان|پاسخ تان|پاسختان)$/.test(keys[0]) && t[i - 1]?.key === 'از' && /^(?:ممنون|مرسی|سپاس|ممنونم|متشکرم)$/.test(t[i - 2]?.key ?? '')) return true;
  return false;
}
