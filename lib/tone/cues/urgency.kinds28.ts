/**
 * Urgency, session 28 (toneen28), English. Tried on scripts/tone-kinds28-matrix.ts (URGENCY28: positives and close
 * contrasts across trades), never on a development sentence's nouns. Pooled over the fresh splits late20 … late27.
 *
 * - **a deadline of the customer's on a near or named day, with the company's part still pending** ({@link deadlineSoon28}):
 *   "the application deadline is 1 December … could you confirm it was received?", "the funding offer lapses at the end of
 *   this month if she has not been admitted", "my fixed rate ends on the 31st and the offer still hasn't been issued", "my
 *   visa expires on Friday and the card has not arrived": a word of a deadline (deadline, lapses, expires, runs out, "my …
 *   ends") with a day in its sentence (a weekday, tomorrow, the Nth, a date, the end of this month, this week, in N days),
 *   not told in the past, and in the message something of the company's still not done (not received, still, pending, in
 *   progress, missing, incomplete, awaiting, yet to). Not the company's own sale or offer ending ("your sale ends Sunday"),
 *   a free trial, a deadline asked about ("When is the deadline?"), nor one with time to spare ("no rush").
 *
 * Cheap: a text gate before any token is read.
 */
import { unitRange, type CueContext } from '../cue.ts';
import { opens, textGate } from '../textgate.ts';
import type { Evidence } from '../types.ts';

type Tok = CueContext['doc']['tokens'][number];

const DEADLINE_GATE = textGate(['deadline', 'lapse', 'expir', 'ends', 'runs out', 'run out']);
const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const MONTH = /^(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/;
const DAY = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/;
const FEW = new Set(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'few', 'couple']);
/** Words of a deadline; "ends" only of the customer's own thing ("my fixed rate ends"). */
const DEADLINE = new Set(['deadline', 'deadlines', 'lapses', 'lapse', 'expires', 'expire', 'expiry', 'ends', 'runs', 'run']);
/** The company's own offers and trials: their end is no deadline of the customer's. */
const THEIRS = new Set(['sale', 'sales', 'promotion', 'promo', 'discount', 'deal', 'deals', 'voucher', 'code', 'coupon', 'trial', 'subscription', 'membership', 'season', 'warranty', 'guarantee', 'contract', 'plan', 'policy', 'lease', 'tenancy']);
/** The company's part not done yet. */
const PENDING = new Set(['still', 'pending', 'missing', 'incomplete', 'awaiting', 'outstanding', 'yet', 'progress']);
const ARRIVE = new Set(['arrive', 'come', 'receive', 'issue', 'send', 'process', 'approve', 'admit', 'confirm', 'review', 'decide', 'sign', 'release', 'reply', 'respond', 'answer', 'hear', 'fix', 'book', 'dispatch', 'deliver']);
const NO_HURRY = /\b(?:no rush|no hurry|not urgent|no urgency|loads of time|plenty of time|lots of time|whenever (?:you|is))\b/;

/** A day at token i, returning its last token or -1: a weekday, tomorrow, the 31st, 1 December, the end of this month, this week, in 9 days. */
function dayAt(t: readonly Tok[], i: number): number {
  const k = t[i].key;
  if (k === 'tomorrow' || k === 'tonight') return i;
  if (WEEKDAY.test(k)) return t[i - 1]?.key === 'last' || t[i - 1]?.key === 'every' ? -1 : i;
  if (k === 'week' && (t[i - 1]?.key === 'this' || t[i - 1]?.key === 'next')) return i;
  if (k === 'end' && t[i + 1]?.key === 'of' && (t[i + 2]?.key === 'this' || t[i + 2]?.key === 'the') && /^(?:month|week)$/.test(t[i + 3]?.key ?? '')) return i + 3;
  if ((k === 'days' || k === 'day') && (t[i - 2]?.key === 'in' || t[i - 2]?.key === 'within') && FEW.has(t[i - 1]?.key ?? '')) return i;
  if (DAY.test(k)) {
    // "on the 31st", "1 December", "30 June", "December 1".
    if (MONTH.test(t[i + 1]?.key ?? '')) return i + 1;
    if (t[i + 1]?.key === 'of' && MONTH.test(t[i + 2]?.key ?? '')) return i + 2;
    if (MONTH.test(t[i - 1]?.key ?? '')) return i;
    if (/(?:st|nd|rd|th)$/.test(k) && (t[i - 1]?.key === 'the' || t[i - 1]?.key === 'on' || t[i - 1]?.key === 'by')) return i;
  }
  return -1;
}

/** The deadline word at i is one of the customer's: not the company's sale or trial, nor asked about. */
function deadlineAt(ctx: CueContext, t: readonly Tok[], i: number): boolean {
  const x = t[i];
  if (!DEADLINE.has(x.key) || x.negated || x.neg) return false;
  // "runs out" / "run out" with its particle; "ends" of the customer's own thing ("my fixed rate ends", "our lease ends").
  if ((x.key === 'runs' || x.key === 'run') && t[i + 1]?.key !== 'out') return false;
  const [a, b] = unitRange(t, i, 'sentence');
  for (let j = a; j < b; j++) if (THEIRS.has(t[j].key)) return false;
  if (x.key === 'ends' || x.key === 'runs' || x.key === 'run') {
    let mine = false;
    for (let j = i - 1; j >= a && j >= i - 4; j--) if (t[j].key === 'my' || t[j].key === 'our') mine = true;
    if (!mine) return false;
  }
  // Asked about ("When is the deadline?", "Does the offer lapse if …?").
  if (/^[^\p{L}\p{N}\n]*\?/u.test(ctx.doc.text.slice(t[b - 1].end, t[b - 1].end + 3))) return false;
  // Told in the past ("the deadline passed on Monday", "it expired on the 3rd").
  for (let j = a; j < b; j++) if (/^(?:passed|expired|lapsed|ended|was|were|missed)$/.test(t[j].key) && !t[j].negated) return false;
  return true;
}

/** The company's part still not done, in the message: "not received", "has not been admitted", "still", "in progress". */
function pending(t: readonly Tok[]): boolean {
  for (let j = 0; j < t.length; j++) {
    const y = t[j];
    if (PENDING.has(y.key) && !y.neg && !y.negated) {
      if (y.key === 'yet' && !/^(?:to|been)$/.test(t[j + 1]?.key ?? '') && !t[j - 1]?.neg) continue;
      if (y.key === 'progress' && t[j - 1]?.key !== 'in') continue;
      if (y.key === 'still' && /^(?:on|going|happening|valid|available|open|ok|okay|fine|possible|able|there|time)$/.test(t[j + 1]?.key ?? '')) continue;
      return true;
    }
    // "Could you confirm whether it was received?", "check if my form has arrived": the company's part in doubt.
    if ((y.key === 'whether' || (y.key === 'if' && /^(?:confirm|check|see|know)$/.test(t[j - 1]?.key ?? ''))) && t.slice(j + 1, j + 6).some((z, n, w) => /^(?:received|arrived|processed|got|reached|recorded|registered|logged)$/.test(z.key) && w.slice(0, n).some((v) => /^(?:was|were|has|have|been)$/.test(v.key)))) return true;
    if (y.negated && (ARRIVE.has(y.lemma) || /^(?:received|issued|sent|processed|approved|admitted|confirmed|reviewed|arrived|heard|done|booked|dispatched|delivered)$/.test(y.key))) return true;
  }
  return false;
}

/** "the application deadline is 1 December … confirm it was received?", "my fixed rate ends on the 31st … still not issued". */
export function deadlineSoon28(ctx: CueContext): Evidence[] {
  if (ctx.fa || !opens(ctx.low, DEADLINE_GATE) || NO_HURRY.test(ctx.low)) return [];
  const t = ctx.doc.tokens;
  for (let i = 0; i < t.length; i++) {
    if (!deadlineAt(ctx, t, i)) continue;
    const [a, b] = unitRange(t, i, 'sentence');
    let day = -1;
    let dayEnd = -1;
    for (let j = Math.max(a, i - 8); j < b && j <= i + 8; j++) {
      const e = dayAt(t, j);
      if (e >= 0) {
        day = j;
        dayEnd = e;
        break;
      }
    }
    if (day < 0 || !pending(t)) continue;
    // The deadline's words from the owner or the deadline word to the day ("my fixed rate ends on the 31st").
    let from = Math.min(i, day);
    for (let j = from - 1; j >= a && j >= from - 3; j--) if (t[j].key === 'my' || t[j].key === 'our' || t[j].key === 'the') from = j;
    return [ctx.ev({ start: t[from].start, end: t[Math.max(i, dayEnd)].end }, 'tone.why.deadline')];
  }
  return [];
}
