/**
 * Urgency, session 26 (toneenr26), English. Tried on scripts/tone-kinds26r-matrix.ts (URGENCY26: positives and close
 * contrasts across trades), never on a development sentence's nouns.
 *
 * - **an occasion of the customer's soon with something needed before it** ({@link occasionSoon26}): "before my road trip
 *   on the 22nd", "tickets for tonight's show … haven't arrived", "term starts Monday, could the swap arrive before
 *   then?", "the christening is next Sunday and it still hasn't come", "my interview in 2 days": a near time (tonight,
 *   tomorrow, a weekday, this weekend, the Nth without a month, in N days, this or next week) next to an occasion (a
 *   trip, a show, a party, a move, a start or a renewal), in a clause not told in the past, and in the message something
 *   still needed for it (before, still, missing, wrong, stuck, or an arrival denied). Not "The concert on the 14th
 *   was amazing", "the summer camp on the 14th of August", "Term starts Monday, do you do a student discount?", "We flew
 *   out on Thursday and the lounge was closed".
 * - **a necessity running out, counted in days** ("only 2 days left of tablets"): the form supplyLow25
 *   (urgency.kinds25.ts) does not read, the consumable after "left of".
 * - **money drawn now by the minute or the day** ({@link drainingNow26}): "I am being billed every minute", "you are
 *   charging me a £25 fee every day": a charge going on now (a progressive form), at a rate per unit of time. Not a
 *   question about the rate, nor a charge told in the past.
 *
 * Cheap: a text gate (or, for dates, one regular test of the lower-case text) before any token is read.
 */
import type { CueContext } from '../cue.ts';
import { opens, textGate } from '../textgate.ts';
import type { Evidence } from '../types.ts';

type Tok = CueContext['doc']['tokens'][number];

const SOON_GATE = textGate(['tonight', 'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekend', 'days', 'this week', 'next week']);
const ORDINAL_DATE = /\b(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b/;

const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s)?$/;
const MONTH = /^(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/;
const DAY_ORD = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)$/;
const FEW_DAYS = new Set(['1', '2', '3', '4', '5', 'one', 'two', 'three', 'four', 'five', 'a', 'few', 'couple']);

/** An occasion (noun) or the verb of one starting, renewing, leaving. */
const OCCASION = /^(?:trip|holiday|holidays|vacation|flight|flights|concert|gig|festival|wedding|party|birthday|christening|baptism|funeral|interview|exam|exams|term|school|move|moving|event|match|game|performance|ceremony|meeting|conference|launch|opening|starts?|starting|renews?|renewal|fly|flying|leave|leaving|travel|travelling|traveling|departure|graduation|anniversary|service|hires|opens|reopens|surgery|operation|appointment|play|recital|race|marathon|shoot|exhibition|fair|trial|hearing|visit|inspection|viewing|completion|handover|opening)$/;
/** "show" is an occasion as a noun ("tonight's show", "the show"), not "didn't show". */
const isOccasion = (t: readonly Tok[], j: number) => OCCASION.test(t[j].key) || (t[j].key === 'show' && /^(?:the|a|our|my|their|tonight's|tomorrow's|'s|s)$/.test(t[j - 1]?.key ?? ''));
/** "still" of a plan asked about ("is still on?", "still going ahead") is no lack. */
const STILL_ON = /^(?:on|going|happening|valid|available|open|ok|okay|fine|possible|able|there)$/;
/** The customer said there is time. */
const NO_HURRY = /\b(?:no rush|no hurry|not in a hurry|not urgent|no urgency|loads of time|plenty of time|lots of time|whenever (?:you|is)|in no rush)\b/;
/** Something still needed for it. */
/** Not "need" alone: "We need somewhere for a wheelchair at the concert on Saturday" asks a fact. */
const NEED = new Set(['before', 'still', 'missing', 'wrong', 'broken', 'stuck', 'urgently', 'asap', 'processing']);
/** "still" is a lack with a negation or a state of waiting after it ("still hasn't come", "still shows processing"), not "they will still charge me". */
const STILL_LACK = new Set(['waiting', 'missing', 'processing', 'pending', 'stuck', 'shows', 'says', 'broken', 'wrong', 'no', 'nothing']);
const ARRIVE = new Set(['arrive', 'come', 'ship', 'deliver', 'get', 'receive', 'work', 'show', 'turn', 'dispatch', 'post', 'send', 'load', 'appear', 'go', 'fit', 'confirm', 'book', 'fix', 'sort', 'activate', 'approve', 'process']);
const PAST_OK = new Set(['supposed', 'due', 'booked', 'scheduled', 'planned', 'meant']);

/** Token j names an occasion or is "is / are / due" before "in N days" (a module function: the per-token reader made it a closure per call). */
function aheadAt(t: readonly Tok[], j: number): boolean {
  return j >= 0 && (OCCASION.test(t[j].key) || /^(?:is|are|s|re|it's|due)$/.test(t[j].key));
}

/** The index of the near time at i and where it ends, or -1: tonight, tomorrow, a weekday, the 22nd, in 2 days, this weekend. */
function nearAt(t: readonly Tok[], i: number): number {
  const k = t[i].key;
  if (k === 'tonight' || k === "tonight's" || k === 'tomorrow' || k === "tomorrow's") return i;
  if (WEEKDAY.test(k)) {
    // "last Friday", "on Friday the 3rd of May" are not ahead.
    if (t[i - 1]?.key === 'last' || t[i - 1]?.key === 'every' || MONTH.test(t[i + 1]?.key ?? '') || MONTH.test(t[i + 3]?.key ?? '')) return -1;
    return i;
  }
  if (k === 'weekend' && t[i - 1]?.key === 'this') return i;
  if (k === 'week' && (t[i - 1]?.key === 'this' || t[i - 1]?.key === 'next')) return i;
  if (DAY_ORD.test(k)) {
    // A day of the month: "on the 22nd", "the 14th" (not "our 25th anniversary"). "the 14th of August", "14th March", "1st of
    // next month": a month named may be far; "on the 3rd" of a past doing is told apart by the clause.
    if (t[i - 1]?.key !== 'the' && t[i - 1]?.key !== 'on') return -1;
    if (MONTH.test(t[i + 1]?.key ?? '') || (t[i + 1]?.key === 'of' && (MONTH.test(t[i + 2]?.key ?? '') || t[i + 2]?.key === 'next')) || MONTH.test(t[i - 1]?.key ?? '')) return -1;
    return i;
  }
  // "travel in 2 days", "the event is in 2 days" (not "the 2nd time in 4 days": a stretch behind).
  if ((k === 'days' || k === 'day') && t[i - 2]?.key === 'in' && FEW_DAYS.has(t[i - 1]?.key ?? '') && aheadAt(t, i - 3)) return i;
  if (k === 'days' && t[i - 3]?.key === 'in' && (t[i - 1]?.key === 'few' || t[i - 1]?.key === 'couple') && aheadAt(t, i - 4)) return i;
  return -1;
}

/** The clause of token i is told in the past ("arrived on Friday", "I ordered it on the 3rd", "was amazing"). */
const JOIN = new Set(['and', 'but', 'so', 'because', 'before', 'until', 'when', 'as', 'while', 'then']);
function pastClause(t: readonly Tok[], i: number): boolean {
  const c = t[i].clause;
  // Back to the clause's start or a joining word ("came in the wrong size and term starts Monday"); a passive after "be"
  // ("can the part be fitted before …") or a perfect ("has not arrived") is no past told.
  for (let j = i - 1; j >= 0 && t[j].clause === c && !JOIN.has(t[j].key); j--) {
    if (t[j].key === 'did' || t[j].key === 'didnt') return true;
    if (t[j].past && !t[j].negated && !PAST_OK.has(t[j].key) && !/^(?:have|has|be|been|being|get)$/.test(t[j - 1]?.key ?? '')) return true;
  }
  for (let j = i + 1; j < t.length && t[j].clause === c && j <= i + 4; j++) if ((t[j].key === 'was' || t[j].key === 'were' || t[j].key === 'did') && !t[j].negated) return true;
  return false;
}

const A_QUESTION_ONLY = /^(?:what|when|is|are|does|do|which|how)$/;

/** "before my road trip on the 22nd", "tickets for tonight's show haven't arrived", "term starts Monday … before then". */
export function occasionSoon26(ctx: CueContext): Evidence[] {
  if (ctx.fa || !(opens(ctx.low, SOON_GATE) || ORDINAL_DATE.test(ctx.low)) || NO_HURRY.test(ctx.low)) return [];
  const t = ctx.doc.tokens;
  for (let i = 0; i < t.length; i++) {
    if (nearAt(t, i) < 0) continue;
    const s = t[i].sentence;
    // An occasion within four words either side, in the sentence.
    let occ = -1;
    for (let j = Math.max(0, i - 4); j < t.length && j <= i + 4; j++) {
      if (j !== i && t[j].sentence === s && isOccasion(t, j)) {
        occ = j;
        break;
      }
    }
    if (occ < 0 || pastClause(t, i) || pastClause(t, occ)) continue;
    // Something still needed: in the sentence or two either side; a question that only asks a fact ("What time does the
    // show start on Saturday?") has none.
    let needed = false;
    for (let j = 0; j < t.length; j++) {
      const y = t[j];
      if (y.sentence < s - 2 || y.sentence > s + 2) continue;
      // A lack going on ("hasn't arrived", "won't load"), not one told in the past ("the engineer did not come"), nor one
      // negated ("Nothing broken").
      const didnt = t.slice(Math.max(0, j - 3), j).some((z) => z.key === 'did' || z.key === 'didnt');
      const stillLack = y.key !== 'still' || t.slice(j + 1, j + 4).some((z) => z.neg || z.negated || STILL_LACK.has(z.key));
      const lack = (NEED.has(y.key) && !y.negated && stillLack && !(y.key === 'still' && STILL_ON.test(t[j + 1]?.key ?? ''))) || (y.negated && ARRIVE.has(y.lemma) && !didnt);
      if (lack) {
        needed = true;
        break;
      }
    }
    if (!needed) continue;
    // Not a sentence that opens on a plain question word with nothing else said ("Is the gym open on bank holiday Monday?").
    const first = t.find((y) => y.sentence === s);
    if (first && A_QUESTION_ONLY.test(first.key) && !t.some((y) => y.sentence !== s && y.sentence >= s - 1 && y.sentence <= s + 1 && NEED.has(y.key))) continue;
    const a = Math.min(i, occ);
    const b = Math.max(i, occ);
    return [ctx.ev({ start: t[a].start, end: t[b].end }, 'tone.why.deadline')];
  }
  return [];
}

const LEFT_OF = /^(?:medication|medicine|meds|tablets?|pills?|capsules?|insulin|inhalers?|oxygen|prescription|injections?|formula|nappies|diapers|food|feed)$/;
const DAYS = new Set(['day', 'days', 'week', 'weeks']);
const LEFT_GATE = textGate(['left of']);

/** "only 2 days left of tablets", "a week left of insulin": a necessity running out, counted in days. */
export function supplyLeftOf26(ctx: CueContext): Evidence[] {
  if (ctx.fa || !opens(ctx.low, LEFT_GATE)) return [];
  const t = ctx.doc.tokens;
  for (let i = 2; i + 2 < t.length; i++) {
    if (t[i].key !== 'left' || t[i + 1].key !== 'of' || !DAYS.has(t[i - 1].key) || !FEW_DAYS.has(t[i - 2].key)) continue;
    const n = t[i + 2].key === 'her' || t[i + 2].key === 'his' || t[i + 2].key === 'my' || t[i + 2].key === 'the' || t[i + 2].key === 'our' ? t[i + 3] : t[i + 2];
    if (n && LEFT_OF.test(n.key) && !t[i].negated) return [ctx.ev({ start: t[i - 2].start, end: n.end }, 'tone.why.safety')];
  }
  return [];
}

const DRAIN_GATE = textGate(['a minute', 'an hour', 'a day', 'per minute', 'per hour', 'per day', 'every minute', 'every hour', 'every day', 'each day']);
const CHARGING = /^(?:billed|charged|billing|charging)$/;
const RATE_UNIT = new Set(['minute', 'hour', 'day']);

/** "I am being billed every minute", "you are charging me a £25 fee every day": money drawn now, by the unit of time. */
export function drainingNow26(ctx: CueContext): Evidence[] {
  if (ctx.fa || !opens(ctx.low, DRAIN_GATE)) return [];
  const t = ctx.doc.tokens;
  for (let i = 1; i < t.length; i++) {
    const x = t[i];
    if (!CHARGING.test(x.key) || x.negated) continue;
    // Going on now: "being billed", "are charging", "keeps charging", "still billing"; not "was billed", "charged me".
    const p = t[i - 1].key;
    const now = p === 'being' || ((x.key === 'charging' || x.key === 'billing') && /^(?:are|is|am|keep|keeps|still|re|m|s)$/.test(p));
    if (!now) continue;
    const rate = t.slice(i + 1, i + 9).findIndex((y) => y.sentence === x.sentence && RATE_UNIT.has(y.key) && /^(?:a|an|per|every|each)$/.test(t[t.indexOf(y) - 1]?.key ?? ''));
    if (rate < 0) continue;
    if (ctx.questions.some((q) => q.start <= x.start + ctx.offset && x.end + ctx.offset <= q.end)) continue;
    return [ctx.ev({ start: t[i - 1].start, end: t[i + 1 + rate].end }, 'tone.why.damageNow')];
  }
  return [];
}

/** Session 26's English urgency readings (each alone is time pressure). */
export function urgencyKinds26r(ctx: CueContext): Evidence[] {
  if (ctx.fa) return [];
  return [...occasionSoon26(ctx), ...supplyLeftOf26(ctx), ...drainingNow26(ctx)];
}

// ---------------------------------------------------------------------------------------------------------------------
// Calm: no pressure ahead

const CALM_GATE = textGate(['emergency', 'claim']);
const SERVICE = /^(?:visit|appointment|call-out|callout|surgery|consultation|repair|fee|charge|treatment|operation|vet|dentist|plumber|locksmith)$/;
/** Told now, or a step wanted on the account: a stolen card or phone asks for a block. */
const AT_STAKE = /\b(?:block|freeze|frozen|cancel|lock (?:it|my|the)|card|account|sim|bank|password|login|pin|urgent|asap|right now|today|tonight|immediately)\b/;
const CLAIM = /\b(?:insurance|claim|police report|crime (?:reference|number)|report number)\b/;

/**
 * No pressure ahead ({@link calm26r}): every piece of the urgency evidence is either "emergency" naming a service already had
 * and paid for ("charged me £640 for the emergency visit"), or a theft told to ask how to claim for it ("do I need a police
 * report for the insurance claim?") with nothing to block or lock now.
 */
export function calm26r(ctx: CueContext, evidence: readonly Evidence[]): boolean {
  if (ctx.fa || evidence.length === 0 || !opens(ctx.low, CALM_GATE)) return false;
  const t = ctx.doc.tokens;
  const low = ctx.low;
  return evidence.every((e) => {
    const w = e.text.toLowerCase();
    const i = t.findIndex((x) => x.start >= e.start - ctx.offset);
    if (i < 0) return false;
    if (w === 'emergency' && SERVICE.test(t[i + 1]?.key ?? '')) {
      // Had and paid: a past verb in its sentence ("charged", "had", "died"), nothing asked to be done soon.
      return t.some((y) => y.sentence === t[i].sentence && y.past && !y.negated) && !/\b(?:right now|today|tonight|asap|urgent|immediately)\b/.test(low);
    }
    if ((w === 'stolen' || w === 'theft') && CLAIM.test(low)) return !AT_STAKE.test(low);
    return false;
  });
}
