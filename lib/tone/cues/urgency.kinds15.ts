/**
 * Urgency, session 15 kinds (read off late11 and fresh4 by construction family; English). urgency.ts adds one to
 * its score for each family found here (the usual guards then run on the evidence).
 *
 * Families (time pressure the customer is under, told without a time word the lexicon weighs):
 * - The customer's own event at hand: "my visa appointment is on Thursday", "I have a ferry at 4pm", "She is due to
 *   fly to Toronto on Tuesday", "Teaching begins on Monday", "I'm presenting at a conference in Vienna on Thursday",
 *   "The memorial is on Saturday", "I start a new shift pattern on Monday", with something wrong in the message.
 *   Not an event gone by ("My connecting flight on Friday was cancelled and I ended up paying"), nor "last Friday".
 * - A payment of theirs falling due at hand: "Rent comes out tomorrow", "before the direct debit comes out on Friday",
 *   "I have suppliers to pay this week".
 * - A supply running out: "I only have two days' supply left", "she has run out of her heart medication".
 * - Someone taken to hospital: "my husband has been taken to A&E".
 * - The customer's business halting at hand: "Our production line stops Monday if the parts aren't released".
 * - Money sent to the wrong place: "I sent £1,500 to the wrong sort code".
 * - Stuck somewhere now: "I'm standing at the Alicante airport desk and there's nobody here", "I have no way of
 *   getting to the hotel".
 */
import { anchor, has } from '../anchors.ts';
import type { CueContext } from '../cue.ts';
import type { ToneToken } from '../layer.ts';
import type { Evidence } from '../types.ts';
import { opens, textGate } from '../textgate.ts';

// Regular expressions the functions below test per token or per character, made once (a literal inside a function is a new object each time it is reached).
const POSSESSIVE = /^(?:my|our|his|her|their)$/;
const SUBJECT_WORD = /^(?:i|we|she|he)$/;
const STARTS_WORD = /^(?:is|starts|begins)$/;

type T = readonly ToneToken[];

const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const AT_HAND = /^(?:today|tonight|tomorrow)$/;
const CLOCK = /^\d{1,2}(?::\d\d)?(?:am|pm)$/;
/** Events of the customer's own life that a day can make pressing. */
const EVENT: ReadonlySet<string> = new Set(['appointment', 'flight', 'trip', 'ferry', 'train', 'memorial', 'funeral', 'wedding', 'exam', 'exams', 'interview', 'conference', 'presentation', 'shift', 'surgery', 'operation', 'hearing', 'enrolment', 'enrollment', 'ceremony', 'departure', 'move', 'holiday', 'vacation', 'graduation', 'course', 'term', 'teaching', 'semester', 'lesson', 'lessons', 'classes', 'class', 'birthday', 'party', 'event', 'performance', 'show', 'gig', 'match', 'visit', 'procedure', 'scan', 'treatment', 'module', 'shower', 'completion']);
/** Verbs of an event starting or the customer setting off: "Teaching begins", "I fly", "I'm presenting". */
const SETS_OFF: ReadonlySet<string> = new Set(['begins', 'starts', 'start', 'starting', 'fly', 'flying', 'flies', 'travel', 'travelling', 'traveling', 'leave', 'leaving', 'presenting', 'moving', 'depart', 'departing', 'sitting']);
/** What says the moment is behind: "was", "last", "ended", past verbs. */
const PAST_WORD = /^(?:was|were|had|last|ago|yesterday|previous|ended|already)$/;
/** Something wrong in the message: the event is pressing only with a problem. */
const WRONG = /^(?:wrong|missing|not|no|hasn't|hasnt|haven't|havent|isn't|isnt|didn't|didnt|won't|can't|cannot|never|still|held|hold|stuck|lost|died|dead|broken|expired|delayed|cancelled|canceled|declined|blocked|frozen|shut|closed|failed|incorrect|error|without|stopped|worried|nervous|panicking|scared)$/;

function hasProblem(t: T): boolean {
  return t.some((y) => !y.fa && (WRONG.test(y.key) || y.neg));
}

/** A near day in sentence s, after token `from` and within `reach` tokens: a weekday (not "last Friday"), today, tomorrow, a clock time. */
function nearDay(t: T, from: number, reach: number): ToneToken | undefined {
  for (let k = Math.max(0, from - reach); k < t.length && k <= from + reach; k++) {
    const y = t[k];
    if (y.sentence !== t[from].sentence) continue;
    const prev = t[k - 1]?.key ?? '';
    if ((WEEKDAY.test(y.key) && prev !== 'last' && prev !== 'every' && !/s$/.test(y.key)) || AT_HAND.test(y.key) || CLOCK.test(y.key)) return y;
    // "on sat", "on Fri": a weekday written short, only after "on" ("I sat", "the sun" are no days).
    if (prev === 'on' && /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$/.test(y.key)) return y;
    if (y.key === 'week' && prev === 'this') return y;
    if (y.key === 'weekend' && prev === 'this') return y;
  }
  return undefined;
}

/** The moment is behind: a past word in the sentence, or a past verb within four words of the event or the day. */
function pastSentence(t: T, s: number, near: readonly number[] = []): boolean {
  return t.some((y, k) => y.sentence === s && (PAST_WORD.test(y.key) || y.past) && (near.length === 0 || near.some((n) => Math.abs(n - k) <= 4)));
}

/** Whether token i's sentence ends in a question mark: asking about the event ("is my flight on Friday operating?"). */
function askedAbout(ctx: CueContext, i: number): boolean {
  const x = ctx.doc.tokens[i];
  return ctx.a.questions.some((q) => q.start <= x.start && x.end <= q.end);
}

/** "my visa appointment is on Thursday", "I have a ferry at 4pm", "She is due to fly … on Tuesday". */
function ownEvent(ctx: CueContext, t: T): Evidence[] | null {
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    if (x.fa) continue;
    const noun = EVENT.has(x.key);
    const verb = SETS_OFF.has(x.key);
    if (!noun && !verb) continue;
    const s = x.sentence;
    const before = t.slice(Math.max(0, i - 5), i).filter((y) => y.sentence === s).map((y) => y.key);
    // Whose: "my/our/her … appointment", "I have a ferry", "The memorial is on", "I'm presenting", "she is due to fly".
    const own = noun
      ? before.some((k) => POSSESSIVE.test(k)) || (before.includes('have') && before.some((k) => SUBJECT_WORD.test(k))) || (before[before.length - 1] === 'the' && STARTS_WORD.test(t[i + 1]?.key ?? ''))
      : before.some((k) => /^(?:i|we|she|he|am|is|are|due)$/.test(k)) || (/^(?:begins|starts)$/.test(x.key) && [t[i - 1], t[i - 2]].some((y) => y !== undefined && y.sentence === s && EVENT.has(y.key)));
    if (!own) continue;
    // "leaving a review tonight": leaving is setting off only before a place or a time.
    if (/^leav/.test(x.key) && !/^(?:on|at|for|in|tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(t[i + 1]?.key ?? '')) continue;
    const day = nearDay(t, i, 8);
    if (!day || pastSentence(t, s, [i, t.indexOf(day)]) || askedAbout(ctx, i)) continue;
    // "Can you come on Monday?": a question about the day itself is a booking, not pressure.
    if (/^(?:can|could|would|will)$/.test(t.find((y) => y.sentence === s)?.key ?? '')) continue;
    // Something wrong in the message, or a need for the event ("I need a stamped statement for my visa appointment this Thursday").
    if (!hasProblem(t) && !t.some((y) => y.sentence === s && /^(?:need|must)$/.test(y.key) && !y.negated)) continue;
    // The event and the day apart: a time reader's own evidence for the day stays as it shows it.
    return [ctx.ev(x, 'tone.why.deadline'), ctx.ev(day, 'tone.why.deadline')];
  }
  return null;
}

const DUE_NOUN = /^(?:rent|mortgage|payroll|wages|salaries|debit|instalment|installment|repayment|bills?)$/;
const DUE_NOUNS: ReadonlySet<string> = new Set(['rent', 'mortgage', 'payroll', 'wages', 'salaries', 'debit', 'instalment', 'installment', 'repayment', 'bill', 'bills']);
const STOPS: ReadonlySet<string> = new Set(['stops', 'halts', 'shuts', 'stop', 'halt']);
/** "Our production line stops Monday if the parts aren't released": the customer's business halting at hand. */
function businessStops(ctx: CueContext, t: T): Evidence[] | null {
  for (let i = 1; i < t.length; i++) {
    const x = t[i];
    if (x.fa || !STOPS.has(x.key) || !/^(?:production|line|factory|plant|site|business|operations|kitchen|restaurant|shop|store)$/.test(t[i - 1].key)) continue;
    if (!t.slice(Math.max(0, i - 4), i).some((y) => y.key === 'our' || y.key === 'my')) continue;
    const day = nearDay(t, i, 4);
    if (!day || pastSentence(t, x.sentence, [i, t.indexOf(day)])) continue;
    return [ctx.ev({ start: t[i - 1].start, end: x.end }, 'tone.why.money'), ctx.ev(day, 'tone.why.deadline')];
  }
  return null;
}

/** "Rent comes out tomorrow", "before the direct debit comes out on Friday", "I have suppliers to pay this week". */
function dueAtHand(ctx: CueContext, t: T): Evidence[] | null {
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    if (x.fa) continue;
    const due = DUE_NOUNS.has(x.key) && (/^(?:comes|goes|come|go|is|due|leaves)$/.test(t[i + 1]?.key ?? ''));
    const toPay = x.key === 'pay' && t[i - 1]?.key === 'to' && t.slice(Math.max(0, i - 5), i).some((y) => y.key === 'have' && y.sentence === x.sentence);
    if (!due && !toPay) continue;
    const day = nearDay(t, i, 5);
    if (!day || pastSentence(t, x.sentence, [i, t.indexOf(day)])) continue;
    return [ctx.ev(x, 'tone.why.money'), ctx.ev(day, 'tone.why.deadline')];
  }
  return null;
}

const SUPPLY = /^(?:medication|medicine|medicines|meds|insulin|tablets|pills|inhaler|prescription|formula|oxygen)$/;
/** "I only have two days' supply left", "she has run out of her heart medication". */
function runningOut(ctx: CueContext, t: T): Evidence | null {
  for (let i = 0; i + 1 < t.length; i++) {
    const x = t[i];
    if (x.fa) continue;
    if ((x.key === 'run' || x.key === 'ran' || x.key === 'running') && t[i + 1].key === 'out' && t[i + 2]?.key === 'of') {
      const what = t.slice(i + 3, i + 7).find((y) => y.sentence === x.sentence && SUPPLY.test(y.key));
      if (what && !t.slice(Math.max(0, i - 3), i).some((y) => y.key === 'if' || y.key === 'before')) return ctx.ev({ start: x.start, end: what.end }, 'tone.why.safety');
    }
    // "two days' supply left", "supply left".
    if ((x.key === 'supply' || x.key === "days'" || x.key === 'doses') && t[i + 1].key === 'left') {
      const few = t.slice(Math.max(0, i - 3), i).some((y) => /^(?:one|two|three|1|2|3|a|few|couple|only)$/.test(y.key));
      if (few) return ctx.ev({ start: t[Math.max(0, i - 2)].start, end: t[i + 1].end }, 'tone.why.safety');
    }
  }
  return null;
}

/**
 * A word every match of hospital's expression holds (same flags: `i` without `u`, no character outside ASCII matches these letters);
 * now a text gate (lib/tone/textgate.ts: found in the shared pass over ctx.low), where "icu" also opens on "difficult" (a wider test).
 */
const HOSPITAL_WORDS = textGate(['taken', 'rushed', 'admitted', 'brought', 'a&e', 'intensive', 'icu']);

/** "has been taken to A&E", "rushed to hospital", "in intensive care". */
function hospital(ctx: CueContext, t: T): Evidence | null {
  const text = ctx.doc.text;
  if (!opens(ctx.low, HOSPITAL_WORDS)) return null;
  const m = /\b(?:taken|rushed|admitted|brought)\s+(?:in)?to\s+(?:the\s+)?(?:a&e|hospital|er|emergency room|icu|intensive care)\b|\bin\s+(?:a&e|intensive care|the icu|icu)\b/i.exec(text);
  if (!m || t.every((y) => y.fa)) return null;
  return ctx.ev({ start: m.index, end: m.index + m[0].length }, 'tone.why.safety');
}

/** "I sent £1,500 to the wrong sort code", "transferred money to the wrong account". */
function wrongPayee(ctx: CueContext, t: T): Evidence | null {
  for (let i = 0; i + 1 < t.length; i++) {
    if (t[i].key !== 'wrong' || t[i - 1]?.key !== 'the' || t[i - 2]?.key !== 'to') continue;
    const what = t[i + 1];
    if (!/^(?:account|sort|person|payee|recipient|iban|number|beneficiary)$/.test(what.key)) continue;
    const sent = t.slice(Math.max(0, i - 8), i - 2).find((y) => y.sentence === t[i].sentence && /^(?:sent|transferred|paid|send|transfer)$/.test(y.key));
    if (!sent || t.slice(Math.max(0, i - 10), i).some((y) => y.key === 'you' || y.key === 'your')) continue;
    // The evidence is where the money went ("to the wrong account"): read as money taken, a payment alone shows no cue (moneyOnly).
    return ctx.ev({ start: t[i - 2].start, end: what.end }, 'tone.why.money');
  }
  return null;
}

const STUCK: ReadonlySet<string> = new Set(['standing', 'stuck', 'sitting', 'stranded']);
const PERSON: ReadonlySet<string> = new Set(['i', 'we', 'he', 'she', 'they', 'son', 'daughter', 'husband', 'wife', 'mother', 'mum', 'mom', 'father', 'dad', 'kids', 'children', 'family', 'partner', "wife's", 'grandmother', 'grandfather']);
/** "I'm standing at the Alicante airport desk and there's nobody here", "I have no way of getting to the hotel". */
function stuckNow(ctx: CueContext, t: T): Evidence | null {
  for (let i = 2; i + 1 < t.length; i++) {
    const x = t[i];
    if (x.fa) continue;
    // "I'm standing at …", "My son is stuck at Frankfurt airport": someone of theirs somewhere now.
    // A person, not a thing ("my card is stuck in the ATM" is a fault, read elsewhere).
    if (STUCK.has(x.key) && /^(?:am|is|are)$/.test(t[i - 1].key) && PERSON.has(t[i - 2].key) && /^(?:at|in|outside)$/.test(t[i + 1].key) && !t[i - 1].negated) {
      if (hasProblem(t.filter((y) => Math.abs(y.sentence - x.sentence) <= 1))) return ctx.ev({ start: t[i - 2].start, end: t[i + 1].end }, 'tone.why.deadline');
    }
    if (x.key === 'way' && t[i - 1].key === 'no' && t[i + 1].key === 'of' && t[i + 2]?.key === 'getting' && /^(?:have|got|with)$/.test(t[i - 2].key)) return ctx.ev({ start: t[i - 1].start, end: t[i + 2].end }, 'tone.why.deadline');
  }
  return null;
}

/**
 * Late12's families (read after the transfer check): "today I received a disconnection notice for tomorrow"; "it's payday"
 * with staff unpaid; "I have to hand the keys back at 5"; "My residence permit expires on 14 June, in nine days".
 */
const NOTICE = /^(?:disconnection|eviction|cut-off|cutoff|suspension|termination|repossession|shutoff|shut-off)$/;
const NOTICES: ReadonlySet<string> = new Set(['disconnection', 'eviction', 'cut-off', 'cutoff', 'suspension', 'termination', 'repossession', 'shutoff', 'shut-off']);
const EXPIRES: ReadonlySet<string> = new Set(['expires', 'expire', 'expiring', 'lapses', 'ends']);
const FEW = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|[1-9]|10)$/;
function noticeOrPayday(ctx: CueContext, t: T): Evidence | null {
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    if (x.fa) continue;
    if (NOTICES.has(x.key) && /^(?:notice|warning|letter|date)$/.test(t[i + 1]?.key ?? '')) {
      const day = t.slice(i + 2, i + 6).find((y) => y.sentence === x.sentence && (AT_HAND.test(y.key) || WEEKDAY.test(y.key)));
      if (day) return ctx.ev({ start: x.start, end: day.end }, 'tone.why.deadline');
    }
    // "it's payday", "today is payday" with something wrong: wages or bills at stake today.
    if (x.key === 'payday' && (t[i - 1]?.key === 'is' || t[i - 1]?.key === "'s") && hasProblem(t)) return ctx.ev(x, 'tone.why.money');
    // "expires on 14 June, in nine days".
    if (EXPIRES.has(x.key)) {
      const k = t.findIndex((y, j) => j > i && j - i <= 9 && y.sentence === x.sentence && y.key === 'in' && FEW.test(t[j + 1]?.key ?? '') && /^days?$/.test(t[j + 2]?.key ?? ''));
      if (k > 0) return ctx.ev({ start: x.start, end: t[k + 2].end }, 'tone.why.deadline');
    }
  }
  return null;
}

/** "I have to hand the keys back at 5", "I need to leave by 3": the customer's own need at an hour today. */
function needAtHour(ctx: CueContext, t: T): Evidence | null {
  for (let i = 0; i + 1 < t.length; i++) {
    const x = t[i];
    if (x.fa) continue;
    const need = (x.key === 'have' && t[i + 1].key === 'to') || (x.key === 'need' && t[i + 1].key === 'to') || x.key === 'must';
    if (!need || !/^(?:i|we)$/.test(t[i - 1]?.key ?? '') || x.negated) continue;
    const at = t.findIndex((y, j) => j > i + 1 && j - i <= 9 && y.sentence === x.sentence && y.key === 'at' && (/^(?:[1-9]|1[0-2])$/.test(t[j + 1]?.key ?? '') || CLOCK.test(t[j + 1]?.key ?? '')));
    if (at < 0 || askedAbout(ctx, i) || t.slice(i, at).some((y) => y.past || PAST_WORD.test(y.key))) continue;
    return ctx.ev({ start: t[i - 1].start, end: t[at + 1].end }, 'tone.why.deadline');
  }
  return null;
}

/**
 * Persian: the customer's own event or due date at hand, with something wrong in the message: «پروازم فردا صبحه» (and the
 * name on the ticket is wrong), «عروسی فرداشبه», «قسطم امروز سررسیدشه», «امروز آخرین مهلتمه», «داروهاش تا پس‌فردا تموم میشه»,
 * «آزمونی که شنبه برگزار می‌شود هنوز فعال نشده». Not a moment gone by (a past verb beside it).
 */
const EVENT_FA = /^(?:پرواز|عروسی|امتحان|آزمون|جلسه|مصاحبه|سفر|کنفرانس|مراسم|قسط|مهلت|اجاره|جشن|کلاس|کنکور|دارو|داروها|قطار|اتوبوس)(?:م|مون|ش|ی|مه|ها|هام|هاش|شون|ای)?$/;
const NEAR_FA = /^(?:امروز|امشب|فردا|فرداشب|پسفردا|(?:یک|دو|سه|چهار|پنج)?شنبه|جمعه)(?:ه|ست|س|است|صبحه|شبه)?$/;
const WRONG_FA = /^(?:هنوز|اشتباه|اشتباهی|تاخیر|تأخیر|خراب|قطع|قطعه|تموم|نرسیده|نیومده)$/;
function eventAtHandFa(ctx: CueContext, t: T): Evidence[] | null {
  if (!t.some((y) => y.fa && (WRONG_FA.test(y.key) || (y.neg && y.verb)))) return null;
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    if (!x.fa || !EVENT_FA.test(x.key)) continue;
    const near = t.findIndex((y, j) => Math.abs(j - i) <= 4 && j !== i && y.sentence === x.sentence && NEAR_FA.test(y.key) && !/^(?:گذشته|پیش|قبل)$/.test(t[j + 1]?.key ?? ''));
    if (near < 0) continue;
    const lo = Math.min(i, near);
    const hi = Math.max(i, near);
    if (t.slice(lo, hi + 2).some((y) => y.past && y.sentence === x.sentence)) continue;
    return [ctx.ev(x, 'tone.why.deadline'), ctx.ev(t[near], 'tone.why.deadline')];
  }
  return null;
}

const A_EN = /[a-z]/i;
/**
 * Anchors of the English families (necessary conditions on some token's key, each read once per word): ownEvent's event
 * noun or setting-off verb; needAtHour's "have" / "need" / "must"; and one for the rest, the word each of them starts
 * from: dueAtHand (a due noun, "pay"), runningOut ("run out of", "supply left"), wrongPayee ("wrong"), stuckNow ("stuck",
 * "way"), businessStops ("stops"), noticeOrPayday (a notice noun, "payday", "expires").
 */
const A_K15_EVENT = anchor({ key: (k) => EVENT.has(k) || SETS_OFF.has(k) });
const A_K15_NEED = anchor({ key: (k) => k === 'have' || k === 'need' || k === 'must' });
const K15_REST = /^(?:pay|run|ran|running|supply|days'|doses|wrong|standing|stuck|sitting|stranded|way|stops|halts|shuts|stop|halt|payday|expires|expire|expiring|lapses|ends)$/;
const A_K15_REST = anchor({ key: (k) => DUE_NOUN.test(k) || NOTICE.test(k) || K15_REST.test(k) });
/**
 * nearDay's days (necessary: it returns only a token whose key is one of these, read without its neighbours): ownEvent,
 * dueAtHand and businessStops find nothing without one.
 */
const SHORT_DAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$/;
const A_K15_DAY = anchor({ key: (k) => WEEKDAY.test(k) || AT_HAND.test(k) || CLOCK.test(k) || SHORT_DAY.test(k) || k === 'week' || k === 'weekend' });
/** Session 15's English families found (each adds one to the score). */
export function urgencyKinds15(ctx: CueContext): Evidence[] | null {
  const t = ctx.doc.tokens;
  if (t.length === 0) return null;
  const out: Evidence[] = [];
  const en = A_EN.test(ctx.doc.text);
  const fa = t.some((y) => y.fa);
  // The anchors (./anchors.ts) say whether any token holds the word a family starts from: most messages hold none.
  const d = ctx.doc;
  const rest = en && has(d, A_K15_REST);
  const day = en && has(d, A_K15_DAY);
  for (const f of [
    day && has(d, A_K15_EVENT) ? ownEvent(ctx, t) : null, rest && day ? dueAtHand(ctx, t) : null, rest ? runningOut(ctx, t) : null, en ? hospital(ctx, t) : null, rest ? wrongPayee(ctx, t) : null,
    rest ? stuckNow(ctx, t) : null, rest && day ? businessStops(ctx, t) : null, rest ? noticeOrPayday(ctx, t) : null, en && has(d, A_K15_NEED) ? needAtHour(ctx, t) : null, fa ? eventAtHandFa(ctx, t) : null,
  ]) if (f) out.push(...(Array.isArray(f) ? f : [f]));
  return out.length > 0 ? out : null;
}
