/**
 * English frustration, more kinds (session 11, read off the fresh writers' `fresh` and `late7` misses by family, not by
 * sentence). Words join frustration.ts's categories (same names: the matcher merges them), so its readers weigh them
 * as before: negation cancels a plain word ("I'm not angry"), hedges lower, intensifiers and capitals raise, and a
 * polite preface or a fault count alone stays under the threshold.
 *
 * Kinds (each with its own examples in `enKindsExamples`, run by tests/unit/tone/cues.test.ts):
 * - patience worn out in other words: "my patience is wearing very thin", "testing my patience", "taking the mick";
 * - judgements of how they were treated: "unconscionable", "a lie", "loyalty means nothing", "not a small mistake";
 * - rhetorical questions that doubt the company: "shall I assume you forgot?", "which is it?", "who should I believe?",
 *   "do you want my business or not?", "at what point do I just…";
 * - sarcasm: "could have fooled me", "cool cool cool", "thanks for finally…", praise beside a survey or a price rise;
 * - threats said formally: "go to the press", "reviewing whether to renew", "closing all of my accounts", "I must insist",
 *   "breach of contract", "feel free to ask why";
 * - scripts and runarounds: "reading from a script", "pasting the FAQ", "had this exact conversation", "someone above your level";
 * - polite prefaces of a complaint (never enough alone): "not angry with you personally", "I don't normally complain",
 *   "I don't want to be that person", "with considerable regret", "for the avoidance of doubt";
 * - loyalty against a new-customer price: "new customers get", "paying customer since";
 * - stop-contacting-me after asking: "stop emailing me", "unsubscribed twice".
 * - resignation: "Fine. Whatever.", "You know what, forget it.", "I'll just keep waiting then", "an hour of my life I won't get back";
 * - constructions (readEnKinds): a count of the same thing sent or booked with a failure ("the third engineer visit cancelled"),
 *   a curt time-since-a-promise sentence ("That was 17 working days ago."), "not angry with you personally, but…", and a
 *   number or "Twice." said again as a sentence of its own.
 * Threats the urgency cue would read as an ultimatum ("by Friday or I'm leaving reviews everywhere") sit in the complaint list,
 * not the escalation list.
 * Quiet (weight 0: a longer phrase covers the word): "not angry with you personally, just confused" is read by the
 * correction rule; "customer since 2009, how do I upgrade" says loyalty with nothing against it.
 */
import { type CueContext, type CueExamples, hitsIn } from '../cue.ts';
import { sentenceRange } from './frustration.implicit.ts';
import type { LexiconPart } from '../tokens.ts';
import type { Evidence } from '../types.ts';

// Regular expressions the functions below test per token or per character, made once (a literal inside a function is a new object each time it is reached).
const DIGITS = /^\d+$/;

const EMOTION = 'frustration';
const JUDGEMENT = 'frustration.judgement';
const COMPLAINT = 'frustration.complaint';
const ESCALATION = 'frustration.escalation';
const PREFACE = 'frustration.preface';
const SARCASM = 'frustration.sarcasm';
const PRAISE = 'frustration.praise';
const FAILURE = 'frustration.failure';
const RHETORICAL = 'frustration.rhetorical';
/** A count of the same fault ("the third engineer visit cancelled", "for the 5th time"): read with a failure in its sentence. */
const COUNT = 'frustration.en.count';
/** "That was 17 working days ago.", "It's been 12.": time since a promise, said curtly (read by elapsed()). */
const SINCE = 'frustration.en.since';
/** "not angry with you personally, but…": a feeling said to be there, aimed elsewhere. */
const PERSONAL = 'frustration.en.personal';

export const enKindsLexicon: LexiconPart = {
  // Patience worn out, said without an emotion word ("my patience is wearing very thin", "testing my patience").
  [EMOTION]: {
    'wearing very thin': 1.2, 'wearing thin': 1.1, 'test my patience': 1.1, 'testing my patience': 1.2, 'tested my patience': 1.1,
    'trying my patience': 1.2, 'tried to be patient': 1, 'taking the mick': 1.2, 'taking the mickey': 1.2, 'taking the piss': 1.3,
    'having a laugh': 1, 'i am speechless': 1.1, 'left speechless': 1.1, 'throw my phone': 1.1, 'lose my mind': 1, 'at the end of my rope': 1.2,
    // Giving up, said curtly: "Fine. Whatever.", "You know what, forget it.", "Sigh."
    'fine whatever': 1.2, 'you know what forget it': 1.3, 'forget it': 0.8, sigh: 1, 'running out of ways to ask': 1.2, 'running out of ways': 1,
    'an hour of my life': 1.2, 'of my life i will not get back': 1.3, 'i will not get back': 0.7, 'i will try again in simpler': 1.2, 'in simpler words': 0.9,
    'i will just keep waiting': 1.1, 'just keep waiting then': 1.2, 'i will just wait then': 1.1, 'fine i will just': 1.1, 'what else can i say': 0.9, 'what else i can say': 0.9, 'what more can i say': 1, 'what more do you want': 1.1, 'what more can i do': 0.9,
  },
  // How they were treated, judged: "unconscionable", "your promise is a lie", "loyalty clearly means nothing to you".
  [JUDGEMENT]: {
    unconscionable: 1.3, 'is a lie': 1.2, 'a complete lie': 1.3, 'you lied': 1.2, 'lied to me': 1.2, 'lied to us': 1.2, 'not a small mistake': 1.2,
    'not a minor mistake': 1.2, 'daylight robbery': 1.3, 'beyond a joke': 1.3, 'means nothing to you': 1.3, 'mean nothing to you': 1.3,
    'loyalty means nothing': 1.4, 'loyalty counts for nothing': 1.4, 'punished for being loyal': 1.3, 'penalised for being loyal': 1.3,
    'reading from a script': 1.1, 'not reading from a script': 1.1, 'not reading off a script': 1.1, 'reading off a script': 1.1, 'read from a script': 1, 'off a script': 0.9, 'canned response': 1, 'canned reply': 1,
    'pasting the faq': 1.1, 'pasted the faq': 1.1, 'copy and paste': 0.7, 'copy pasted': 0.8, 'same paragraph': 0.7, 'same scripted': 1,
    'down more than it': 1.1, 'links back to the first': 1, 'straight to a bin': 1, 'straight to the bin': 1, 'round in circles': 0.9, 'in circles': 0.6,
    'different explanations': 1, 'a different explanation': 0.9, 'the support is not': 1, 'the service is not': 0.9, 'need a degree to': 1.1, 'should not need a degree': 1.2, 'should not have to be a': 0.9,
    'do not even know what i am paying for': 1.2, 'what i am paying for anymore': 1.1, 'read it properly this time': 1.1, 'properly this time': 0.8,
    'what i actually wrote': 1, 'what i actually asked': 1, 'not a ticket number': 1.1, 'not another ticket number': 1.1,
  },
  // What was not done or kept: "despite assurances", "I have yet to receive", "told in writing", "had this exact conversation".
  [COMPLAINT]: {
    'despite assurances': 1, 'despite your assurances': 1, 'despite the assurances': 1, 'despite promises': 1, 'despite your promise': 1,
    'despite being promised': 1, 'despite being told': 0.9, 'agreed in writing': 0.7, 'told in writing': 0.9, 'confirmed in writing': 0.6,
    'i have yet to receive': 0.8, 'now be given your attention': 0.6, 'looked at it and left': 0.8, 'did not fix anything': 0.8,
    'back at least': 0.6, 'keeps kicking me': 0.6, 'keeps logging me out': 0.6, 'keeps kicking me out': 0.6, 'have yet to hear': 0.7, 'once again draw your attention': 1, 'a substantive reply': 0.8, 'a substantive response': 0.8,
    'had this exact conversation': 1.1, 'this exact conversation': 1, 'had this conversation': 0.8, 'have already said': 0.7, 'already said in': 0.7,
    'without authorisation': 0.8, 'without authorization': 0.8, 'without my authorisation': 0.9, 'without my authorization': 0.9,
    'stop emailing me': 0.7, 'stop sending me': 0.7, 'stop calling me': 0.8, 'stop texting me': 0.7, 'unsubscribed twice': 0.7,
    'already unsubscribed': 0.6, 'unsubscribed three times': 0.9, 'asked you four times': 0.8, 'asked you three times': 0.8, 'asked you twice': 0.6,
    'just tell me': 0.5, 'please just tell me': 0.6, 'not paying this': 1, 'refuse to pay': 1.1, 'will not be paying': 0.9, 'look faster': 1,
    'and that was last': 0.9, 'regret to note': 0.8, 'no reply has been received': 0.8, 'told three of your': 0.9, 'three of your colleagues': 0.7,
    'two of your colleagues': 0.6, 'auto-closed': 0.8, 'auto closed': 0.8, 'i beg you': 1, 'twice for nothing': 0.9,
    // Threats kept out of the escalation list (the urgency cue reads those as an ultimatum with a deadline): "… or I'm leaving reviews everywhere".
    'leaving reviews everywhere': 1.2, 'reviews everywhere': 1, 'going to my bank': 0.8, 'hung up on me': 0.8, 'emails later': 0.7, 'calls later': 0.7,
    'phone call later': 0.7, 'i would hate to see': 1.1, 'and again in': 0.5,
    'what are you doing about it': 1, 'no problems with anyone else': 0.9, 'trying to reach someone since': 0.7,
    'new customers get': 0.7, 'new customer price': 0.7, 'new-customer price': 0.7, 'offered new customers': 0.7, 'new customers pay': 0.7,
    'for less and they actually': 1, 'they actually pick up': 1, 'actually pick up the phone': 1, 'one more time i will': 0.6,
  },
  // Threats said formally, and leaving as a decision: "go to the press", "reviewing whether to renew", "closing all of my accounts".
  [ESCALATION]: {
    'go to the press': 1.1, 'going to the press': 1.1, 'to the press with this': 1.1, 'contact the press': 1.1, 'the local paper': 0.8,
    'escalating this': 1.1, "i'm escalating": 1.1, 'i am escalating': 1.1, 'pursue a chargeback': 1.1, 'pursue this': 0.6,
    'closing all of my accounts': 1.2, 'closing all my accounts': 1.2, 'close all of my accounts': 1, 'close all my accounts': 1,
    'looking at other providers': 1, 'looking at other suppliers': 1, 'looking at other banks': 1, 'other providers': 0.5,
    'whether to renew': 0.9, 'reviewing whether to renew': 1.2, 'reconsider our contract': 1, 'reconsidering our contract': 1,
    'cancelling today': 0.8, 'canceling today': 0.8, 'cancelling my membership': 0.6, 'canceling my membership': 0.6,
    'feel free to ask why': 1.2, 'retention offer': 0.5, 'liquidated damages': 1, 'breach of contract': 1.1, 'in breach of': 0.9,
    'reserve the right to claim': 1, 'i must insist': 1, 'must insist': 0.9, 'forthwith': 0.5, 'failing which': 0.8,
    'in my review': 0.9, 'dispute it with my bank': 1.1, 'dispute it with the bank': 1.1, 'copied in our legal team': 1.2, 'copied in my solicitor': 1.2,
    'our legal team': 0.8, 'to our solicitors': 1.1, 'to my solicitors': 1.1, 'no alternative but to': 1, 'no choice but to': 0.7, 'someone above your level': 1, 'above your pay grade': 1, 'someone higher up': 0.9,
  },
  // Courtesy that announces a complaint: never enough alone (0.4-0.8), with any other sign it shows.
  [PREFACE]: {
    'nothing against you personally': 0.7, 'not one to complain': 0.8, 'with all due respect': 0.6, 'forgive me if i am missing something': 0.6,
    'i am perfectly calm': 0.8, 'i would simply like to know': 0.5, 'not sure who needs to hear this': 0.8, 'just thought i would point that out': 0.9, 'not your fault': 0.4, "i know it's not your fault": 0.6, 'not aimed at you': 0.6,
    "i don't want to be that person": 0.7, "don't want to be that person": 0.7, "i don't normally complain": 0.8, "i don't usually complain": 0.8,
    'i rarely complain': 0.7, 'not trying to cause a fuss': 0.7, 'not to cause a fuss': 0.6, "i don't want to make a fuss": 0.6,
    'i understand mistakes happen': 0.6, 'mistakes happen but': 0.6, "i'm sure you hear this a lot": 0.6, "i appreciate you're busy but": 0.6,
    'as a matter of principle': 0.6, 'for the avoidance of doubt': 0.5, 'it is with regret': 0.6, 'with considerable regret': 0.8,
    'with great regret': 0.8, 'i regret to inform': 0.6, "i'd rather not": 0.3, 'paying customer since': 0.6, 'loyal customer for': 0.5,
    'customer for over': 0.4, 'customer of eleven years': 0.5,
  },
  // Sarcasm said outright: "could have fooled me", "cool cool cool", "thanks for finally replying".
  [SARCASM]: {
    'could have fooled me': 1.4, 'coulda fooled me': 1.4, 'cool cool cool': 1.2, 'cool cool': 0.9, 'thanks for finally': 1.1, 'thank you for finally': 1.1,
    'good deal for one of us': 1.3, 'for one of us': 0.6, 'about as well as expected': 1.1, 'as well as expected': 0.6, 'carrier pigeon': 1.1,
    'smoke signals': 1, 'let me get this straight': 1, 'let me guess': 0.9, 'shall i start a collection': 1.3, 'shall i start': 0.6, 'funny how': 1.1, 'amazing how quick': 1.1, 'amazing how fast': 1.1, 'how slow you are': 1, 'quick to take my money': 1.1,
    'you would think a': 1.1, 'you would think that': 0.8, 'explain to me slowly': 1.1, 'i am sure your systems are': 0.8, 'must be a very unusual': 1, 'oh good another': 1.1, 'oh great another': 1.1, 'shall i tell you about': 0.9, 'thrilled to learn': 0.6,
    'thrilled to discover': 0.6, 'delighted to discover': 0.6, 'congratulations you have managed': 1.3, 'asking for myself': 0.6,
  },
  [PRAISE]: { congratulations: 1, 'lovely to get': 1, 'good to see': 1 },
  // Failures that praise beside them mocks: "Oh good, the price went up again", "another survey", "costs more than".
  [FAILURE]: {
    'went up again': 1, 'gone up again': 1, 'up again': 1, 'another survey': 1, 'automated survey': 1, 'costs more than': 1, 'cut off': 1,
  },
  // Questions that doubt the company: "Shall I assume you forgot?", "Which is it?", "Do you want my business or not?".
  [RHETORICAL]: {
    'shall i assume': 1.1, 'should i assume': 1, 'am i to assume': 1.1, 'which is it': 0.9, 'which one is it': 0.8, 'who should i believe': 1.2,
    'should i believe': 0.9, 'do you want my business': 1.3, 'do you even want my business': 1.4, 'do you want my custom': 1.3, 'is there an actual person': 1, 'is there an actual human': 1, 'so the solution is for me to': 1,
    'supposed to feel': 1, 'how is a customer': 0.8, 'at what point do i': 1.1, 'at what point does': 0.9, 'at what point will': 0.8,
    'who thought': 0.6, 'was a good idea': 0.6, 'how likely do you think': 1.1, 'any update this time': 0.9, 'hello anyone': 1,
    "what's left": 0.5, 'how are we meant to': 0.5, 'how are we supposed to': 0.5,
  },

  [COUNT]: {
    third: 1, fourth: 1, fifth: 1, sixth: 1, seventh: 1, '3rd': 1, '4th': 1, '5th': 1, '6th': 1, '7th': 1, 'for the second time': 1,
    // A date or a place in a list is not a count: "the third of May", "third floor", "third party".
    'third of': 0, 'fourth of': 0, 'fifth of': 0, 'third floor': 0, 'third party': 0, 'fourth floor': 0, 'fifth floor': 0,
  },
  // "I'm not upset with you personally, but…": read by readEnKinds even under its negation (the preface says the feeling is there).
  [PERSONAL]: { 'with you personally': 1, 'at you personally': 1 },
  [SINCE]: { 'that was': 1, 'it has been': 1, 'it is been': 1, 'its been': 1 },
};

/** Failures a count of the same fault is told with. */
const FAULT = new Set([
  'cancelled', 'canceled', 'dead', 'broken', 'broke', 'wrong', 'late', 'lost', 'lose', 'missing', 'damaged', 'faulty', 'failed', 'crashed',
  'mistake', 'docked', 'reopened', 'reschedule', 'rescheduled', 'postponed', 'cancellation', 'delayed', 'never', 'error', 'refused', 'declined', 'rejected', 'cut', 'down', 'outage', 'overcharged', 'without',
]);
/** Words after an ordinal that make it a recurrence, a contact or a date, not a count of things sent or booked. */
const NOT_A_THING = new Set([
  'time', 'times', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'night', 'morning', 'call', 'calls', 'email', 'emails', 'message',
  'messages', 'attempt', 'request', 'letter', 'chat', 'ticket', 'and', 'as', 'of', 'at', 'in', 'on', 'for', 'this', 'that', 'it', 'is', 'was',
  'row', 'running', 'straight', 'floor', 'party', 'quarter', 'one', 'try', 'instalment', 'installment', 'payment',
]);
const CURT_AGAIN = new Set(['twice', 'again']);
const DATE_BEFORE = new Set(['on', 'since', 'by', 'from', 'until', 'till', 'before', 'after']);
const NUMBER = new Map(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(' ').map((w, i) => [w, i + 1]),
);
const UNIT = /^(?:minutes?|hours?|days?|weeks?|months?|years?|working|business)$/;
const numberOf = (k: string): number => (DIGITS.test(k) ? Number(k) : (NUMBER.get(k) ?? -1));

export interface EnKinds {
  score: number;
  evidence: Evidence[];
}
const NOTHING: EnKinds = { score: 0, evidence: [] };
const COUNT_ONLY = [COUNT];
const SINCE_ONLY = [SINCE];
const PERSONAL_ONLY = [PERSONAL];

/**
 * English constructions of the kinds above, read from the lexicon's hits (no anchor, no pass over the message of its own):
 * - a count of the same fault: an ordinal with a failure in its sentence ("the third replacement that arrived dead"),
 *   not a recurrence ("third time today"), a counted contact (the repeat cue reads those) or a date — 0.6, never enough alone;
 * - a curt sentence of time since a promise: "That was 17 working days ago.", "It's been 12." — 1;
 * - a number said again alone for emphasis: "It's been 9 days since… Nine.", "3 weeks… 3 WEEKS" — 0.7.
 */
export function readEnKinds(ctx: CueContext): EnKinds {
  if (ctx.fa) return NOTHING;
  const t = ctx.doc.tokens;
  let score = 0;
  const evidence: Evidence[] = [];
  const contacts = ctx.got.repeat?.cues ?? [];
  for (const h of hitsIn(ctx, COUNT_ONLY)) {
    if (h.weight <= 0) continue;
    const s = t[h.from].sentence;
    const [a, b] = sentenceRange(t, s, h.from);
    const at = h.start + ctx.offset;
    if (contacts.some((c) => c.evidence.some((e) => e.start <= at && at < e.end))) continue;
    // "the third engineer visit", "third replacement": a count of things sent or booked; "third time today", "third day
    // running" count a fault's recurrences (a report the repeat cue reads), "on the 3rd" is a date.
    const next = t[h.to]?.key ?? '';
    const prev = t[h.from - 1]?.key === 'the' ? t[h.from - 2]?.key : t[h.from - 1]?.key;
    if (h.to - h.from === 1 && (!/^[a-z]{3,}$/.test(next) || NOT_A_THING.has(next) || (prev !== undefined && DATE_BEFORE.has(prev)))) continue;
    let fault = -1;
    for (let i = a; i < b && fault < 0; i++) if (FAULT.has(t[i].key) && !(i > h.to && t[i - 1].key === 'not')) fault = i;
    if (fault < 0) continue;
    score = 0.6;
    evidence.push(ctx.ev(h, 'tone.why.failure'), ctx.ev(t[fault], 'tone.why.failure'));
    break;
  }
  for (const h of hitsIn(ctx, SINCE_ONLY)) {
    const s = t[h.from].sentence;
    const [a, b] = sentenceRange(t, s, h.from);
    if (a !== h.from || b - a > 7) continue;
    let i = h.to;
    if (i >= b || numberOf(t[i].key) < 0) continue;
    i++;
    while (i < b && UNIT.test(t[i].key)) i++;
    // "That was 17 working days ago." / "It's been 12." (the number alone ends it); not "that was 3 days ago I ordered".
    const ago = i < b && t[i].key === 'ago' && i + 1 === b;
    const bare = i === h.to + 1 && i === b && t[h.from].key !== 'that';
    if (!ago && !bare) continue;
    score += 1;
    evidence.push(ctx.ev({ start: t[h.from].start, end: t[b - 1].end }, 'tone.why.brokenPromise'));
    break;
  }
  // "I'm not angry with you personally, but…", "nothing aimed at you personally": courtesy that announces a complaint (0.6, never
  // enough alone); a "just confused" after it is read by the correction rule and stays under the threshold.
  for (const h of hitsIn(ctx, PERSONAL_ONLY)) {
    score += 0.6;
    evidence.push(ctx.ev(h, 'tone.why.politeAnger'));
    break;
  }
  // A curt "Twice." or "Again." after a complaint: the recurrence told as its own sentence (0.6, never enough alone).
  for (let i = 1; i < t.length; i++) {
    // A sentence's first word only (most tokens are none: no word lookup for them).
    if (t[i - 1].sentence === t[i].sentence || !CURT_AGAIN.has(t[i].key) || t[i + 1]?.sentence === t[i].sentence) continue;
    score += 0.6;
    evidence.push(ctx.ev(t[i], 'tone.why.complaint'));
    break;
  }
  // A number said again as a sentence of its own: "…since the item was returned. Nine.", "…said refund approved. 3 WEEKS".
  for (let i = 1; i < t.length; i++) {
    // A sentence's first word only, read as a number after that test (most tokens open no sentence).
    if (t[i - 1].sentence === t[i].sentence) continue;
    const n = numberOf(t[i].key);
    if (n < 2) continue;
    const [, b] = sentenceRange(t, t[i].sentence, i);
    if (b - i > 2 || (b - i === 2 && !UNIT.test(t[i + 1].key))) continue;
    let before = false;
    for (let j = 0; j < i && !before; j++) before = t[j].sentence !== t[i].sentence && numberOf(t[j].key) === n;
    if (!before) continue;
    score += 0.7;
    evidence.push(ctx.ev({ start: t[i].start, end: t[b - 1].end }, 'tone.why.complaint'));
    break;
  }
  return score > 0 ? { score, evidence } : NOTHING;
}

/** Each kind's own examples (written for these rules, not copied from an evaluation file). */
export const enKindsExamples: CueExamples = {
  fires: [
    { text: 'My patience is wearing very thin with this order.', evidence: ['wearing very thin'] },
    { text: 'Forty days for a refund is taking the mick.', evidence: ['taking the mick'] },
    { text: 'Charging a late fee for your own outage is unconscionable.', evidence: ['unconscionable'] },
    { text: 'Twelve years with you and loyalty means nothing, apparently.', evidence: ['loyalty means nothing'] },
    { text: 'You promised a call on Monday. It is Friday. Shall I assume you forgot?', evidence: ['Shall I assume'] },
    // "Which is it?" alone stays under the threshold (a calm question may end so); with any other sign it shows.
    { text: "One agent says it's covered, the other says it isn't, and nobody has called me back. Which is it?", evidence: ['Which is it'] },
    { text: '"Award-winning support." Could have fooled me.', evidence: ['Could have fooled me'] },
    { text: "I'd rather not go to the press with this, but six weeks without heating is shameful.", evidence: ['go to the press'] },
    { text: "I don't normally complain, but this is the fourth delivery that never turned up.", evidence: ["I don't normally complain", 'fourth'] },
    { text: 'Every answer is someone reading from a script.', evidence: ['reading from a script'] },
    { text: 'Oh good, the fee went up again.', evidence: ['Oh good', 'went up again'] },
  ],
  quiet: [
    "I'm not angry with you personally, just confused about the bill.",
    'Customer since 2009 - how do I add a second line?',
    'Could you stop sending me the paper statement? I prefer email.',
    'Congratulations on the new app, it looks great.',
    'Can I see what new customers get on the broadband deals?',
    'I always thought the hold music was nice, to be honest.',
  ],
};
