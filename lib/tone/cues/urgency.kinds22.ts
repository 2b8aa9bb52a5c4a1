/**
 * Urgency, session 22 (tone22): English kinds, each tried on a look-alike set across trades (scripts/tone-kinds22-matrix.ts,
 * URGENCY22, run by tests/unit/tone/kinds22.test.ts), never on a development sentence's nouns.
 * - **hours left said roughly**: "closes in about 4 hours", "in less than an hour", "within roughly 40 minutes" read as
 *   "in 4 hours" does (urgency.ts's hoursLeft; a done thing's span, "fixed it in about an hour", stays a done thing).
 * - **a cause after "due to" is no deadline**: "due to a work trip I can't come on the 14th", "owing to staff illness":
 *   "due" names a reason there, unlike "due on Friday", "due tomorrow", "due to arrive today".
 * - **a day word of a done thing, "now" of a changed state**: "I collected it this afternoon and the screen is now
 *   cracked": the day word dates the customer's own past doing and "now" tells how a thing is since; neither is time
 *   pressure. Not when a need or harm at hand is in the message ("I need it back this afternoon", "someone is now using
 *   my card", "the flat is now flooding").
 */
import { unitRange, type CueContext } from '../cue.ts';
import { opens, textGate } from '../textgate.ts';
import type { Evidence } from '../types.ts';

type Tok = CueContext['doc']['tokens'][number];

/** Words that say an amount of time roughly, read back from before the amount. */
const ROUGHLY = new Set(['about', 'around', 'roughly', 'approximately', 'approx', 'under', 'just', 'only', 'another', 'barely', 'than', 'less', 'fewer', 'maybe', 'like', 'over']);

/**
 * Where "in"/"within" stands before an amount with one or two rough words between ("in about 4", "in less than an"),
 * or -1. j is the token just before the amount.
 */
export function roughlyIn(t: readonly Tok[], j: number): number {
  let k = j;
  for (let n = 0; n < 2 && k >= 0 && ROUGHLY.has(t[k].key); n++) k--;
  if (k === j || k < 0) return -1;
  // "less than" needs its "less"/"fewer": a bare "than" is a comparison ("in more than" reads as time too, rarely urgent: skip).
  if (t[k + 1].key === 'than') return -1;
  return t[k].key === 'in' || t[k].key === 'within' ? k : -1;
}

// ---- a cause after "due to"
const CAUSE_NEXT = new Set(['a', 'an', 'the', 'my', 'our', 'his', 'her', 'their', 'your', 'some', 'this', 'that', 'these', 'those', 'unforeseen', 'personal', 'family', 'work', 'office', 'staff', 'bad', 'heavy', 'severe', 'technical', 'illness', 'sickness', 'weather', 'circumstances', 'health', 'medical', 'travel', 'renovation', 'renovations', 'maintenance', 'audit', 'holiday', 'holidays', 'covid', 'strike', 'strikes', 'lack', 'high', 'low', 'unexpected', 'other', 'prior', 'previous', 'an']);

/** Token b ("due") opens a cause ("due to a work trip"), not a deadline ("due to arrive", "due on Friday"). */
export function dueToCause(t: readonly Tok[], b: number): boolean {
  if (t[b]?.key !== 'due' || t[b + 1]?.key !== 'to') return false;
  const n = t[b + 2];
  if (!n) return false;
  // "due to be", "due to arrive", "due to fly": an infinitive.
  if (n.key === 'be' || n.past) return false;
  return CAUSE_NEXT.has(n.key) || /(?:tion|ment|ness|ity|ance|ence|ure|age)s?$/.test(n.key);
}

// ---- a day word of a done thing, "now" of a changed state
const DAY_WORD = /^(?:today|tonight|this\s+(?:morning|afternoon|evening)|earlier(?:\s+today)?|yesterday)$/i;
const STATE_AFTER_NOW = /^\s*(?:missing|broken|cracked|chipped|damaged|ruined|torn|stained|scratched|dented|bent|uneven|wrong|gone|lost|faded|loose|wet|soaked|soaking|marked|worse|different|smaller|bigger|shorter|longer|crooked|split|ripped|snapped|dead|blank|dirty|covered|showing|saying|says|shows|listed|marked|charging|asking|telling)\b/i;
const NEED_HERE = /\b(?:need|needs|needed|must|have\s+to|has\s+to|asap|hurry|urgent\w*|emergency|immediately|right\s+away|please\s+(?:send|block|stop|freeze|call))\b/i;
const HARM_HERE = /\b(?:stolen|hacked|fraud\w*|scam\w*|stuck|trapped|leak\w*|flood\w*|fire|smoke|gas|bleeding|using\s+(?:it|my)|someone|somebody|spreading|pouring)\b/i;
const COPULA = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'been', 's', 're']);

function tokenAtOffset(t: readonly Tok[], local: number): number {
  for (let i = 0; i < t.length; i++) if (t[i].start >= local) return i;
  return -1;
}

/** Whether every piece of evidence is a day word of the customer's own past doing or "now" of a changed state. */
export function calm22(ctx: CueContext, evidence: readonly Evidence[]): boolean {
  if (ctx.fa || evidence.length === 0) return false;
  const text = ctx.doc.text;
  if (NEED_HERE.test(text) || HARM_HERE.test(text)) return false;
  const t = ctx.doc.tokens;
  let day = false;
  for (const e of evidence) {
    if (e.why !== 'tone.why.time' && e.why !== 'tone.why.deadline') return false;
    const a = e.start - ctx.offset;
    const w = ctx.message.slice(e.start, e.end).trim();
    const i = tokenAtOffset(t, a);
    if (i < 0) return false;
    if (/^now$/i.test(w)) {
      // "is now missing", "has now gone": a state since, after a copula.
      if (!(i > 0 && COPULA.has(t[i - 1].key) && STATE_AFTER_NOW.test(text.slice(t[i].end)))) return false;
      continue;
    }
    if (!DAY_WORD.test(w)) return false;
    // A past form of the customer's own doing before it in its clause ("I collected my laptop this afternoon").
    let past = false;
    for (let v = i - 1; v >= 0 && v >= i - 8 && t[v].clause === t[i].clause; v--) {
      if (t[v].past) {
        for (let s = v - 1; s >= 0 && s >= v - 3; s--) if (t[s].key === 'i' || t[s].key === 'we') past = true;
        break;
      }
    }
    if (!past) return false;
    day = true;
  }
  return day;
}

// ---- damage or money loss going on now
/**
 * **Damage or money loss going on now, with no deadline word**: water "coming through the ceiling", "the kitchen is
 * flooding", "the washing machine is leaking all over the floor and won't stop", "someone keeps charging my card, four
 * times since lunch", "you are taking money out of my account again and again": a present progressive (or "keeps …",
 * "again and again", "won't stop") of a damage verb at a place, or of a charge on the customer. Not a chronic fault
 * ("has been dripping for a month", "a bit of a leak"), not the past ("leaked last winter"), not a condition or a
 * policy question ("what if a pipe is leaking?", "does the cover include a leaking roof?"), not a device charging
 * ("my phone isn't charging"), not a regular bill ("you keep charging me every month": a billing complaint, not time).
 */
const NOW_GATE = textGate(['flood', 'leak', 'pour', 'overflow', 'gush', 'seep', 'burst', 'drip', 'spray', 'spurt', 'stream', 'running', 'coming through', 'coming in', 'coming down', 'coming out', 'charging', 'taking', 'debiting', 'withdrawing', 'draining', 'billing']);
const DAMAGE = new Set(['flooding', 'leaking', 'pouring', 'overflowing', 'gushing', 'seeping', 'bursting', 'dripping', 'coming', 'spraying', 'spurting', 'streaming', 'running']);
/** Leaking, dripping, coming, running need a place or water in the sentence ("the soup pot is leaking" is no emergency). */
const NEEDS_PLACE = new Set(['leaking', 'dripping', 'coming', 'running', 'seeping', 'pouring', 'spraying', 'streaming', 'gushing', 'spurting']);
const PLACE = new Set(['water', 'ceiling', 'ceilings', 'roof', 'pipe', 'pipes', 'tank', 'floor', 'floors', 'wall', 'walls', 'flat', 'kitchen', 'bathroom', 'basement', 'cellar', 'gas', 'sewage', 'rain', 'house', 'room', 'bedroom', 'hallway', 'loft', 'attic', 'downstairs', 'everywhere', 'oil', 'fuel', 'mains']);
/**
 * Leaking, dripping, running, seeping spread past the thing that leaks: through a ceiling or a wall, "all over", everywhere,
 * onto the electrics. An appliance leaking at its door ("the dishwasher is leaking again, when can an engineer come?") is a
 * fault to book, not damage spreading now.
 */
const SPREAD = new Set(['ceiling', 'ceilings', 'roof', 'through', 'everywhere', 'walls', 'wall', 'downstairs', 'electrics', 'socket', 'sockets', 'light', 'lights', 'floorboards']);
const SLOW_LEAK = new Set(['leaking', 'dripping', 'running', 'seeping']);
const MONEY_NOUN = new Set(['me', 'us', 'card', 'cards', 'account', 'accounts', 'money', 'funds', 'payments', 'payment', 'balance', 'savings']);
const MONEY_VERB = new Set(['charging', 'taking', 'debiting', 'withdrawing', 'draining', 'billing']);
const PRESENT_AUX = new Set(['is', 'are', 'am', 's', 're', 'keep', 'keeps', 'kept']);
const SKIP_BETWEEN = new Set(['still', 'now', 'just', 'constantly', 'literally', 'actually', 'currently', 'already', 'again', 'all', 'really']);
const MINIMISE = new Set(['bit', 'slightly', 'little', 'slowly', 'tiny', 'small', 'occasionally', 'sometimes', 'slight', 'minor']);
const CHRONIC_UNIT = new Set(['days', 'weeks', 'months', 'years', 'week', 'month', 'year']);
const CONDITION = new Set(['if', 'whether', 'unless', 'cover', 'covered', 'covers', 'policy', 'warranty', 'insurance', 'happens', 'would', 'should', 'could']);
const PACE = /\b(?:again\s+and\s+again|over\s+and\s+over|(?:won'?t|will\s+not|doesn'?t|does\s+not|can'?t)\s+stop|non-?stop|right\s+now|as\s+we\s+speak|every\s+(?:few\s+)?(?:minutes?|hours?|\d+\s+minutes)|\d+\s+times\s+(?:today|tonight|this\s+(?:morning|afternoon|evening)|since|in\s+the\s+last)|(?:four|five|six|seven|eight|several|multiple|three)\s+times\s+(?:today|tonight|this\s+(?:morning|afternoon|evening)|since|in\s+the\s+last)|since\s+(?:this\s+morning|lunch|midnight|last\s+night|an\s+hour)|in\s+the\s+last\s+(?:hour|few\s+hours|\d+\s+(?:minutes|hours)))\b/i;
const REGULAR = /\b(?:every|each)\s+(?:month|week|year|quarter)\b|\bmonthly\b|\bannually\b|\bweekly\b/i;

export function urgentNow22(ctx: CueContext): Evidence[] {
  if (ctx.fa || !opens(ctx.low, NOW_GATE)) return [];
  const t = ctx.doc.tokens;
  const text = ctx.doc.text;
  for (let i = 1; i < t.length; i++) {
    const k = t[i].key;
    const damage = DAMAGE.has(k);
    const money = MONEY_VERB.has(k);
    if (!damage && !money) continue;
    // Its aspect: "is flooding", "are still taking", "keeps charging".
    let aux = i - 1;
    while (aux > 0 && aux >= i - 3 && SKIP_BETWEEN.has(t[aux].key)) aux--;
    const [sa, sb] = unitRange(t, i, 'sentence');
    const sentence = text.slice(t[sa].start, t[sb - 1].end + 2);
    const progressive = PRESENT_AUX.has(t[aux].key) && t[aux].clause === t[i].clause;
    if (!progressive && !PACE.test(sentence)) continue;
    // "has been dripping" alone is read only with a pace; a chronic span or a small fault, a condition: none.
    if (t[aux].key === 'been' || t[aux].negated || t[aux].neg || t[i].negated) continue;
    let skip = false;
    for (let j = sa; j < sb; j++) {
      const x = t[j].key;
      if (MINIMISE.has(x) || CONDITION.has(x) || (CHRONIC_UNIT.has(x) && j > i)) skip = true;
    }
    if (skip) continue;
    if (damage) {
      if (NEEDS_PLACE.has(k)) {
        let place = false;
        for (let j = sa; j < sb; j++) if (PLACE.has(t[j].key)) place = true;
        // "coming" is damage only coming through or in ("water coming through the ceiling").
        if (!place || (k === 'coming' && !/^(?:through|in|into|down|out)$/.test(t[i + 1]?.key ?? ''))) continue;
        if (SLOW_LEAK.has(k)) {
          let spread = false;
          for (let j = sa; j < sb; j++) if (SPREAD.has(t[j].key) || (t[j].key === 'over' && t[j - 1]?.key === 'all')) spread = true;
          if (!spread) continue;
        }
      }
      return [ctx.ev({ start: t[progressive ? aux : i].start, end: t[i].end }, 'tone.why.damageNow')];
    }
    // A charge on the customer, at a pace (not a regular bill).
    let victim = false;
    for (let j = i + 1; j < sb && j <= i + 4; j++) if (MONEY_NOUN.has(t[j].key) || /\d/.test(t[j].key) || /[£$€]/.test(text.slice(Math.max(0, t[j].start - 1), t[j].start))) victim = true;
    if (!victim || !(t[aux].key.startsWith('keep') || t[aux].key === 'kept' || PACE.test(sentence)) || REGULAR.test(sentence)) continue;
    return [ctx.ev({ start: t[progressive ? aux : i].start, end: t[Math.min(sb - 1, i + 2)].end }, 'tone.why.money')];
  }
  return [];
}

/** Whether two pieces of evidence (message offsets) lie in one sentence of the latest words. */
export function sameSentence22(ctx: CueContext, a: Evidence, b: Evidence): boolean {
  const t = ctx.doc.tokens;
  const i = tokenAtOffset(t, a.start - ctx.offset);
  const j = tokenAtOffset(t, b.start - ctx.offset);
  return i >= 0 && j >= 0 && t[i].sentence === t[j].sentence;
}

// ---- a necessity someone cannot go without
/**
 * **Someone who cannot go a time without a necessity**: "my dog cannot go 5 days without his heart tablets", "my son
 * can't be without his insulin over the weekend", "we can't last another night without heating": health or safety at
 * stake over a time, with no deadline word. Not a liking ("I can't go a day without your coffee"), nor a habit ("can't
 * go a week without checking the app"): the thing is a medicine, food for a dependant, heat, water or power.
 */
const WITHOUT_GATE = textGate(['without']);
const ENDURE = new Set(['go', 'be', 'last', 'survive', 'manage', 'cope']);
const NECESSITY = /^(?:medication|medications|medicine|medicines|meds|tablets?|pills?|insulin|inhalers?|oxygen|prescriptions?|injections?|dialysis|epipens?|formula|milk|heating|heat|water|power|electricity|gas|wheelchair|hearing|food|feed|drugs?|treatment|antibiotics|dressings)$/;

export function necessityWithout22(ctx: CueContext): Evidence[] {
  if (ctx.fa || !opens(ctx.low, WITHOUT_GATE)) return [];
  const t = ctx.doc.tokens;
  for (let i = 2; i < t.length; i++) {
    if (t[i].key !== 'without') continue;
    // "cannot go 5 days without", "can't be without", "couldn't last another night without".
    let v = -1;
    for (let j = i - 1; j >= 0 && j >= i - 5 && t[j].sentence === t[i].sentence; j--) if (ENDURE.has(t[j].key)) {
      v = j;
      break;
    }
    if (v < 1 || !(t[v - 1].neg || (t[v - 1].key === 'not' && /^(?:can|could)$/.test(t[v - 2]?.key ?? '')))) continue;
    // What they cannot go without, a few words on ("his heart tablets", "her insulin").
    for (let k = i + 1; k < t.length && k <= i + 4 && t[k].sentence === t[i].sentence; k++) {
      // "them", "it": a necessity named earlier in the message ("You sent her pills to the old address … she cannot go 5 days without them").
      const named = NECESSITY.test(t[k].key) || (/^(?:them|it)$/.test(t[k].key) && k === i + 1 && t.some((x, n) => n < v && NECESSITY.test(x.key)));
      if (named) return [ctx.ev({ start: t[v > 1 && /^(?:can|could)$/.test(t[v - 2].key) ? v - 2 : v - 1].start, end: t[k].end }, 'tone.why.safety')];
    }
  }
  return [];
}
