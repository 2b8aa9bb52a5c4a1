/**
 * Frustration, session 27 (toneen27), English kinds, each tried on a look-alike set written across trades
 * (scripts/tone-kinds27-matrix.ts, run by tests/unit/tone/kinds27.test.ts), never on a development sentence's nouns.
 *
 * Read as frustration:
 * - **money the fault costs them** ("I am refunding my customers out of my own pocket", "I had to pay the staff out of my
 *   own pocket", "That was my rent money.", "that money was for my rent"): paying for the company's fault themselves, or
 *   money taken that was needed. Not money spent and claimed back calmly ("I paid for the taxi out of my own pocket, can I
 *   claim it back?"), nor money set aside. Not an outage's lost sales either ("we're losing orders every minute, please
 *   send someone"): the development splits read that as urgency told, not anger (tried and dropped, see the matrix).
 * - **time refused** ("I don't have time for this.", "I do not have time for this nonsense."): the whole clause. Not a
 *   schedule ("… for this today, could we …", "… for this right now"), another task ("for this survey") nor a question.
 * - **withholding payment after an unmet condition** ("Unless the boiler is repaired this week, I will withhold my rent",
 *   "Absent a full refund by Monday, we will withhold payment …"; the condition read by ./frustration.en.kinds15.ts) and
 *   **a formal notice of breach** ("Please treat this letter as formal notice of breach …"). Not withholding asked
 *   about, told as a rule or as someone else's threat, nor a notice that cancels or resigns.
 * - **a weary "spare me"** ("Kindly spare me another apology and …", "Spare me the script, …"): the imperative with
 *   the company's words or acts as its object. Not a request for time, a copy or a thought.
 * - **a curt demand for the money** ("Give me my money back.", "Just give me my money back, please", "Cancel my plan and
 *   give me my money back"): the imperative opening its clause. Not asked ("Could you give me …?"), supposed, or thanked for.
 * - **a rhetorical "what exactly is the … for?"** after a fault told ("The seller has blocked me. What exactly is the
 *   protection for?"). Not of a charge ("What exactly is the service charge for?", a bill questioned), nor with thanks or
 *   curiosity said, nor with the only "not" after it ("… for? The manual does not say.").
 * - **a formal "with respect, this is mistaken"** ("With respect, your decision is simply wrong"): the sentence opens with
 *   "With respect," and judges the company's decision wrong. Not "with respect to" (about) nor the customer's own mistake.
 *
 * Narrowed (calm, exported for the older readers):
 * - {@link reportedLabel27}: a quote that is what a screen reports, told at a distance from the screen ("the app says
 *   my plan is "monthly"", "the portal will not let me upload it, saying "file type not supported""), is a label, not
 *   irony (./frustration.kinds20.ts's labelQuote20 reads the close cases).
 * - {@link firstContact27}: "never" of a good history ("I have never had to contact you before", "We have never had a
 *   problem with you before") is no failure suffered.
 *
 * English only. Cheap: each reading opens on a text gate.
 */
import { unitRange, type CueContext } from '../cue.ts';
import { opens, textGate } from '../textgate.ts';
import { gateOf } from '../readergate.ts';
import type { Hit } from '../tokens.ts';
import type { StringKey } from '../../i18n/index.ts';
import type { Evidence } from '../types.ts';
import { conditioned15 } from './frustration.en.kinds15.ts';
import { readingSteps } from './frustration.kinds26.ts';

type Tok = CueContext['doc']['tokens'][number];

/** Whether the sentence of token i ends in a question mark. */
function asked(ctx: CueContext, t: readonly Tok[], i: number): boolean {
  const [, e] = unitRange(t, i, 'sentence');
  return /^[^\p{L}\p{N}\n]*\?/u.test(ctx.doc.text.slice(t[e - 1].end, t[e - 1].end + 4));
}

/** Words that make a clause a supposition, a wish or a fear ("would", "might", "if", "thought"). */
const SUPPOSED = new Set(['if', 'would', 'might', 'may', 'could', 'should', 'thought', 'think', 'afraid', 'worried', 'worry', 'fear', 'whether', 'how', 'nearly', 'almost', 'risk']);

/** A supposing word before token i in its clause, or in its sentence up to 6 tokens back. */
function supposed(t: readonly Tok[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 8 && t[j].sentence === t[i].sentence; j--) if (SUPPOSED.has(t[j].key)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------------------------------
// Money lost to the fault

const MONEY_GATE = textGate(['pocket', 'rent', 'mortgage', 'bills', 'food', 'groceries', 'shopping', 'fees', 'petrol', 'medic']);
const FIRST = new Set(['i', 'we']);
/** Needs the money taken was for. */
const NEED = new Set(['rent', 'mortgage', 'bills', 'food', 'groceries', 'shopping', 'fees', 'petrol', 'medication', 'medicine']);

/** "refunding my customers out of my own pocket", "had to pay the staff out of my own pocket": token span or null. */
function ownPocketAt(t: readonly Tok[], i: number): [number, number] | null {
  if (t[i].key !== 'pocket' || t[i - 1]?.key !== 'own' || t[i - 3]?.key !== 'of' || t[i - 4]?.key !== 'out') return null;
  const s = t[i].sentence;
  for (let j = i - 5; j >= 0 && j >= i - 12 && t[j].sentence === s; j--) {
    const k = t[j].key;
    // Made to pay, or paying still: "had to pay", "am refunding", "keep paying".
    if (/ing$/.test(k) && /^(?:am|are|is|was|were|keep|been|now)$/.test(t[j - 1]?.key ?? '')) return [j, i];
    if (k === 'to' && /^(?:had|have|has|having)$/.test(t[j - 1]?.key ?? '')) return [j - 1, i];
  }
  return null;
}

/** "That was my rent money.", "that money was for my rent": token span or null. */
function neededAt(t: readonly Tok[], i: number): [number, number] | null {
  const x = t[i];
  if (x.key !== 'was' || x.negated || x.neg) return null;
  const p = t[i - 1];
  const s = x.sentence;
  // "That was my rent (money)", "it was our food money".
  if (p && (p.key === 'that' || p.key === 'it' || p.key === 'this') && (t[i + 1]?.key === 'my' || t[i + 1]?.key === 'our') && NEED.has(t[i + 2]?.key ?? '') && t[i + 2].sentence === s) {
    return [i - 1, t[i + 3]?.key === 'money' ? i + 3 : i + 2];
  }
  // "that money was for my rent", "the money was meant for the bills".
  if (p?.key === 'money' && (t[i - 2]?.key === 'that' || t[i - 2]?.key === 'this')) {
    for (let j = i + 1; j < t.length && j <= i + 5 && t[j].sentence === s; j++) if (NEED.has(t[j].key)) return [i - 2, j];
  }
  return null;
}

function readMoneyLost(ctx: CueContext, t: readonly Tok[]): Evidence | null {
  for (let i = 0; i < t.length; i++) {
    const span = ownPocketAt(t, i) ?? neededAt(t, i);
    if (!span || asked(ctx, t, span[0])) continue;
    return ctx.ev({ start: t[span[0]].start, end: t[span[1]].end }, 'tone.why.moneyLost');
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------------
// Time refused

const TIME_GATE = textGate(['time']);
/** What may follow "time for this" in the refusal ("this nonsense", "this again"). */
const THIS_TAIL = new Set(['nonsense', 'rubbish', 'crap', 'again', 'anymore', 'carry-on', 'runaround', 'rigmarole', 'palaver', 'circus']);

/** "I don't have time for this.", "We have no time for this, …", "I really haven't got time for this nonsense.": span or null. */
function timeRefused(ctx: CueContext, t: readonly Tok[], i: number): [number, number] | null {
  if (t[i].key !== 'time' || t[i + 1]?.key !== 'for' || t[i + 2]?.key !== 'this') return null;
  // The refusal: "do not have", "have not got", "have no", "got no".
  let from = -1;
  const p = t[i - 1];
  if (p?.key === 'no' && (t[i - 2]?.key === 'have' || t[i - 2]?.key === 'got')) from = i - 3;
  else if ((p?.key === 'have' || p?.key === 'got') && t[i].negated) {
    from = i - 2;
    while (from >= 0 && (t[from].key === 'not' || t[from].key === 'do' || t[from].key === 'have' || t[from].key === 'really' || t[from].key === 'just' || t[from].key === 'honestly' || t[from].key === 'simply')) from--;
  }
  if (from < 0 || !FIRST.has(t[from].key)) return null;
  let end = i + 2;
  if (THIS_TAIL.has(t[end + 1]?.key ?? '') && t[end + 1].clause === t[end].clause) end++;
  // Nothing more in the clause: "for this today", "for this survey", "for this right now" tell a schedule or a task.
  const next = t[end + 1];
  if (next && next.sentence === t[end].sentence && !/[,;:\u2014-]/.test(ctx.doc.text.slice(t[end].end, next.start))) return null;
  if (asked(ctx, t, i)) return null;
  for (let j = from - 1; j >= 0 && t[j].sentence === t[i].sentence; j--) if (t[j].key === 'sorry' || SUPPOSED.has(t[j].key)) return null;
  return [from, end];
}

// ---------------------------------------------------------------------------------------------------------------------
// Withholding payment, a formal notice of breach

const WITHHOLD_GATE = textGate(['withh', 'notice']);
const PAYMENT = new Set(['payment', 'payments', 'rent', 'fee', 'fees', 'invoice', 'invoices', 'subscription', 'instalment', 'instalments', 'installment', 'installments', 'money', 'balance', 'deposit']);

/** "I will withhold my rent", "we will be withholding the next licence payment": token span or null (condition checked by the caller). */
function withholdAt(t: readonly Tok[], i: number): [number, number] | null {
  const x = t[i];
  if (x.lemma !== 'withhold' && !/^withh(?:old|olding|eld)$/.test(x.key)) return null;
  if (x.neg) return null;
  // The customer's own act to come: "I will", "we will be", "I'm going to", "I shall" (a negation of the condition before
  // it, "if it is still not working …", is the condition's; one after the subject, "I will not withhold", denies it).
  let own = false;
  for (let j = i - 1; j >= 0 && j >= i - 5 && t[j].clause === x.clause; j--) {
    if (FIRST.has(t[j].key)) {
      own = true;
      break;
    }
    if (!/^(?:will|shall|be|am|are|going|to|now|then|simply|have|had|also|all)$/.test(t[j].key)) break;
  }
  if (!own) return null;
  for (let j = i + 1; j < t.length && j <= i + 5 && t[j].clause === x.clause; j++) if (PAYMENT.has(t[j].key)) return [i, j];
  return null;
}

/** "treat this letter as formal notice of breach", "This is formal notice that you are in breach of contract". */
const BREACH_NOTICE = /\b(?:(?:treat|take|accept|regard)\s+(?:this|my)(?:\s+\w+)?\s+as\s+(?:a\s+|our\s+|my\s+)?|this\s+(?:letter\s+|email\s+)?(?:is|serves\s+as)\s+(?:a\s+|our\s+|my\s+)?)formal\s+notice\s+(?:of\s+(?:a\s+|the\s+)?(?:material\s+)?breach|that\s+you\s+are\s+in\s+breach)\b/i;

function readWithhold(ctx: CueContext, t: readonly Tok[]): Evidence | null {
  for (let i = 0; i < t.length; i++) {
    const span = withholdAt(t, i);
    if (!span || asked(ctx, t, i) || !conditioned15(t, { from: i })) continue;
    return ctx.ev({ start: t[span[0]].start, end: t[span[1]].end }, 'tone.why.threat');
  }
  const m = BREACH_NOTICE.exec(ctx.doc.text);
  if (m) {
    const at = m.index + m[0].search(/formal/i);
    return ctx.ev({ start: at, end: m.index + m[0].length }, 'tone.why.threat');
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------------
// A weary "spare me"

const SPARE_GATE = textGate(['spare']);
const SPARE_LEAD = new Set(['kindly', 'please', 'just', 'so', 'and', 'oh', 'now', 'but']);
const SPARE_DET = new Set(['the', 'another', 'a', 'an', 'your', 'any', 'more', 'yet', 'all']);

/** "Kindly spare me another apology", "Spare me the script": an imperative "spare me" with what the company says or does. */
function spareMe(ctx: CueContext, t: readonly Tok[], i: number): [number, number] | null {
  if (t[i].key !== 'spare' || t[i + 1]?.key !== 'me' || !SPARE_DET.has(t[i + 2]?.key ?? '')) return null;
  // The imperative opens its clause, after a softener at most.
  let j = i - 1;
  while (j >= 0 && t[j].clause === t[i].clause && SPARE_LEAD.has(t[j].key)) j--;
  if (j >= 0 && t[j].clause === t[i].clause) return null;
  if (asked(ctx, t, i)) return null;
  // The object whole: "another apology", "a third reference number", "the excuses".
  let end = i + 3;
  const inClause = (k: number) => t[k] !== undefined && t[k].clause === t[i].clause;
  while (inClause(end + 1) && /^(?:second|third|fourth|fifth|sixth|further|new|same|usual|standard|automated|\d+(?:st|nd|rd|th))$/.test(t[end].key)) end++;
  while (inClause(end + 1) && /^(?:ticket|reference|case|job|claim|apology|excuse|script|copy|form)$/.test(t[end].key) && /^(?:number|numbers|reference|references|apology|apologies|excuse|excuses|reply|replies|email|emails|paste)$/.test(t[end + 1].key)) end++;
  return inClause(end) ? [i, end] : null;
}

// ---------------------------------------------------------------------------------------------------------------------
// A curt demand for the money, a rhetorical "what exactly is the … for?", a formal "with respect, this is mistaken"

const DEMAND_GATE = textGate(['give']);
/** Verbs a customer orders with before "and give me my money back". */
const IMPERATIVE = new Set(['cancel', 'fix', 'refund', 'sort', 'close', 'stop', 'reverse', 'take', 'collect', 'end', 'terminate']);
const DEMAND_LEAD = new Set(['just', 'please', 'and', 'so', 'now', 'simply', 'then', 'pls', 'plz']);

/** "Give me my money back.", "Just give me my money back, please", "… and give me my money back", "Give me a refund.": span or null. */
function demandAt(ctx: CueContext, t: readonly Tok[], i: number): [number, number] | null {
  if (t[i].key !== 'give' || (t[i + 1]?.key !== 'me' && t[i + 1]?.key !== 'us')) return null;
  let end = -1;
  const d = t[i + 2]?.key;
  if ((d === 'my' || d === 'our') && t[i + 3]?.key === 'money' && t[i + 4]?.key === 'back') end = i + 4;
  else if ((d === 'my' || d === 'our' || d === 'a') && (t[i + 3]?.key === 'refund' || t[i + 3]?.key === 'deposit' && t[i + 4]?.key === 'back')) end = t[i + 3].key === 'refund' ? i + 3 : i + 4;
  if (end < 0 || t[end].clause !== t[i].clause && t[end].sentence !== t[i].sentence) return null;
  // The imperative opens its clause (after "just", "please", "and" at most): not "could you give", "I'd like you to give".
  let j = i - 1;
  while (j >= 0 && t[j].sentence === t[i].sentence && DEMAND_LEAD.has(t[j].key)) j--;
  // Or joined to an imperative opening the sentence: "Cancel my plan and give me …", "Fix your bikes and give me …".
  const joined = t[j + 1]?.key === 'and' && IMPERATIVE.has(t[unitRange(t, i, 'sentence')[0]].key);
  if (!joined && j >= 0 && t[j].sentence === t[i].sentence && t[j].clause === t[i].clause) return null;
  if (t[i].negated || asked(ctx, t, i)) return null;
  for (let k = unitRange(t, i, 'sentence')[0]; k <= end; k++) if (t[k].key === 'thanks' || t[k].key === 'thank' || SUPPOSED.has(t[k].key)) return null;
  return [i, end];
}

const WHAT_FOR_GATE = textGate(['exactly']);
/** Nouns of a charge: "what exactly is the service charge for?" asks what was billed (./frustration.kinds25.ts reads it calm). */
const CHARGE = new Set(['charge', 'charges', 'fee', 'fees', 'cost', 'costs', 'payment', 'payments', 'amount', 'sum', 'deduction', 'debit', 'surcharge', 'levy', 'bill', 'invoice']);
const SINCERE = new Set(['thanks', 'thank', 'curious', 'wondering', 'loving', 'love', 'great', 'wonderful', 'brilliant', 'lovely', 'appreciate']);

/** "What exactly is the protection for?" in a message that tells a fault elsewhere: span or null. */
function whatForAt(ctx: CueContext, t: readonly Tok[], i: number): [number, number] | null {
  if (t[i].key !== 'what' || t[i + 1]?.key !== 'exactly' || (t[i + 2]?.lemma !== 'be' && t[i + 2]?.key !== 'is' && t[i + 2]?.key !== 'are')) return null;
  const [a, e] = unitRange(t, i, 'sentence');
  if (a !== i || !asked(ctx, t, i) || t[e - 1].key !== 'for' || e - 1 - (i + 3) > 4 || e - 1 <= i + 3) return null;
  for (let k = i + 3; k < e - 1; k++) if (CHARGE.has(t[k].key)) return null;
  let fault = false;
  for (let k = 0; k < t.length; k++) {
    if (SINCERE.has(t[k].key)) return null;
    // The fault told before the question ("The seller has blocked me. What exactly is …"); a "not" after it tells what is missing.
    if (k < a && (t[k].neg || /^(?:still|again|nobody|nothing|never)$/.test(t[k].key))) fault = true;
  }
  if (!fault) for (const h of ctx.hits) if ((h.category === 'frustration.failure' || h.category === 'frustration.report') && h.weight > 0 && h.from < a) fault = true;
  return fault ? [i, e - 1] : null;
}

const RESPECT_GATE = textGate(['respect']);
const WRONG = new Set(['mistaken', 'wrong', 'incorrect', 'untrue', 'inaccurate', 'misguided', 'unfounded', 'flawed']);
const WRONG_SUBJECT = new Set(['this', 'that', 'it', 'decision', 'assessment', 'conclusion', 'view', 'position', 'finding', 'findings', 'reasoning', 'statement', 'claim', 'response', 'reply', 'letter']);

/** "With respect, this is mistaken.", "With respect, your decision is simply wrong": span or null. */
function respectAt(t: readonly Tok[], i: number): [number, number] | null {
  if (t[i].key !== 'with' || t[i + 1]?.key !== 'respect') return null;
  const [a, e] = unitRange(t, i, 'sentence');
  // The sentence opens with it, and it stands alone before a comma ("with respect to my order" is "about").
  if (a !== i || t[i + 2] === undefined || t[i + 2].clause === t[i + 1].clause) return null;
  for (let k = i + 2; k < e && k <= i + 8; k++) {
    if (t[k].key === 'i' || t[k].key === 'my') return null;
    if (WRONG.has(t[k].key) || (t[k].key === 'not' && /^(?:correct|accurate|true|right|so)$/.test(t[k + 1]?.key ?? ''))) {
      for (let j = i + 2; j < k; j++) if (WRONG_SUBJECT.has(t[j].key)) return [i, WRONG.has(t[k].key) ? k : k + 1];
      return null;
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------------
// Narrowed: a label a screen reports at a distance, "never" of a good history

const SCREEN = new Set([
  'app', 'page', 'screen', 'tracker', 'tracking', 'status', 'website', 'site', 'portal', 'system', 'account', 'dashboard', 'display', 'machine',
  'terminal', 'reader', 'kiosk', 'meter', 'router', 'modem', 'tv', 'email', 'text', 'sms', 'notification', 'message', 'form', 'invoice', 'bill',
  'statement', 'receipt', 'checkout', 'device', 'thermostat', 'panel', 'login', 'profile', 'basket', 'cart',
]);
/** Verbs of a screen showing: "says", "say" (as typed by a learner), "shows", "lists", "has … as". */
const SHOWS = new Set(['say', 'says', 'saying', 'said', 'show', 'shows', 'showing', 'showed', 'list', 'lists', 'listing', 'listed', 'display', 'displays', 'displaying', 'read', 'reads', 'reading', 'mark', 'marks', 'marked', 'state', 'states', 'stating']);
/** People who say things: a quote after their words is theirs, not a screen's. */
const PERSON = new Set(['you', 'your', 'u', 'ur', 'agent', 'agents', 'he', 'she', 'they', 'staff', 'manager', 'engineer', 'advisor', 'adviser', 'rep', 'someone', 'somebody', 'team', 'colleague', 'driver', 'technician', 'lady', 'guy', 'man', 'woman', 'told', 'promised', 'assured']);
const COPULA = new Set(['is', 'are', 'was', 'were', 'be', 'as', 'to', 'now', 'still']);

/** A screen before token k in its sentence (within `back` tokens), with no person in between. */
function screenBefore(t: readonly Tok[], k: number, back: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - back && t[j].sentence === t[k].sentence; j--) {
    if (PERSON.has(t[j].key)) return false;
    if (SCREEN.has(t[j].key)) return true;
  }
  return false;
}

/**
 * A quote that is what a screen reports, told at a distance: "the app says my plan is "monthly"", "in the app it say my
 * plan is …", "the portal will not let me upload it, saying "file type not supported"", "shows my parcel as "awaiting
 * collection"". Never after a person's words or "your" (the company's own claim quoted back stays irony).
 */
export function reportedLabel27(ctx: CueContext, q: { start: number; end: number }): boolean {
  const t = ctx.doc.tokens;
  let k = -1;
  for (let i = 0; i < t.length && t[i].end <= q.start; i++) k = i;
  if (k < 0 || t[k].fa) return false;
  // "…, saying "…"": a screen earlier in the sentence.
  if (SHOWS.has(t[k].key)) return screenBefore(t, k, 10);
  // "… says my plan is "…"", "shows my order as "…"": the quote is what the screen says a thing is.
  if (!COPULA.has(t[k].key)) return false;
  for (let j = k - 1; j >= 0 && j >= k - 6 && t[j].sentence === t[k].sentence; j--) {
    if (PERSON.has(t[j].key)) return false;
    if (SHOWS.has(t[j].key) || SHOWS.has(t[j].lemma)) return screenBefore(t, j + 1, 4);
  }
  return false;
}

const CONTACTED = /^(?:had|needed|contact|contacted|complain|complained|call|called|ring|rang|write|written|wrote|email|emailed|problem|problems|issue|issues|complaint|complaints|fault|faults|trouble|missed|cause|reason)$/;

/** "never" of a good history: "I have never had to contact you before", "We have never had a problem with you before". */
export function firstContact27(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (x.fa || x.key !== 'never' || h.to - h.from !== 1) return false;
  let self = false;
  for (let j = h.from - 1; j >= 0 && j >= h.from - 3 && t[j].clause === x.clause; j--) if (FIRST.has(t[j].key)) self = true;
  if (!self) return false;
  let told = false;
  let before = false;
  for (let j = h.from + 1; j < t.length && j <= h.from + 9 && t[j].sentence === x.sentence; j++) {
    if (CONTACTED.test(t[j].key)) told = true;
    if (t[j].key === 'before' || (t[j].key === 'until' && t[j + 1]?.key === 'now') || t[j].key === 'previously') before = true;
  }
  return told && before;
}

/** Words after which "again" tells a thing restored: "working again", "back up again", "running again now". */
const RESTORED = new Set(['working', 'works', 'running', 'fine', 'online', 'ok', 'okay', 'normal', 'connected', 'back']);

/** "again" of a thing restored ("everything is working again now", "the app is fine again"), not a fault recurring. */
export function restoredAgain27(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (x.fa || x.key !== 'again' || h.to - h.from !== 1) return false;
  let k = h.from - 1;
  if (t[k]?.key === 'up' || t[k]?.key === 'on') k--;
  const p = t[k];
  if (!p || p.clause !== x.clause || !RESTORED.has(p.key) || p.negated || p.neg) return false;
  // "has stopped working again", "quit running again": the fault recurring.
  if (/^(?:stop|stops|stopped|stopping|quit|quits|quitting|ceased|not|never)$/.test(t[k - 1]?.key ?? '')) return false;
  // "is working again", "came back on again", "it's fine again": the state said, not asked ("is it working again?").
  return !/^[^\n?]*\?/.test(ctx.doc.text.slice(x.end, (t[unitRange(t, h.from, 'sentence')[1] - 1]?.end ?? x.end) + 2));
}

// ---------------------------------------------------------------------------------------------------------------------

/**
 * Session 27's English readings: money the fault costs them, time refused, withholding payment after an unmet condition or a
 * formal notice of breach, a weary "spare me". Words another reader already showed are not counted twice.
 */
/** readKinds27's gate (perftone32): it reads nothing unless one of these opens. */
export const KINDS27_GATE = gateOf('readKinds27', { text: [MONEY_GATE, TIME_GATE, WITHHOLD_GATE, SPARE_GATE, DEMAND_GATE, WHAT_FOR_GATE, RESPECT_GATE] });

export function readKinds27(ctx: CueContext, already: readonly (readonly Evidence[])[]): { score: number; evidence: Evidence[] } {
  const out = { score: 0, evidence: [] as Evidence[] };
  if (ctx.fa || ctx.empty) return out;
  const money = opens(ctx.low, MONEY_GATE);
  const time = opens(ctx.low, TIME_GATE);
  const withhold = opens(ctx.low, WITHHOLD_GATE);
  const spare = opens(ctx.low, SPARE_GATE);
  const demand = opens(ctx.low, DEMAND_GATE);
  const whatFor = opens(ctx.low, WHAT_FOR_GATE);
  const respect = opens(ctx.low, RESPECT_GATE);
  if (!money && !time && !withhold && !spare && !demand && !whatFor && !respect) return out;
  const t = ctx.doc.tokens;
  // A reading inside words another reader showed is counted once; one that holds them ("lost" inside "lost a grand in bookings") is this reading.
  const covered = (e: Evidence) => already.some((list) => list.some((x) => x.start <= e.start && e.end <= x.end));
  const { add, first } = readingSteps(ctx, t, out, covered);
  if (money) add(readMoneyLost(ctx, t), 1);
  if (time) add(first(timeRefused, 'tone.why.feeling'), 1.2);
  if (withhold) add(readWithhold(ctx, t), 1.2);
  if (spare) add(first(spareMe, 'tone.why.judgement'), 1.2);
  if (demand) add(first(demandAt, 'tone.why.demand'), 1.2);
  if (whatFor) add(first(whatForAt, 'tone.why.rhetoricalQuestion'), 1.2);
  if (respect) add(first((_c, tt, i) => respectAt(tt, i), 'tone.why.politeAnger'), 1);
  return out;
}

export const strings = {
  en: {
    'tone.why.moneyLost': 'says the fault is costing them money they need',
    'tone.why.demand': 'demands their money back, curtly',
  },
  fa: {
    'tone.why.moneyLost': 'می‌گوید این خرابی برایش ضرر مالی داشته یا پولی را که لازم داشت گرفته',
    'tone.why.demand': 'پولش را با لحنی تند پس می‌خواهد',
  },
} as const;
