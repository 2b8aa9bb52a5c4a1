/**
 * Frustration, session 22 (tone22): English kinds named from how fresh writers' false alarms and misses differ from what
 * the earlier readers read, each tried on a look-alike set written across trades (scripts/tone-kinds22-matrix.ts, run by
 * tests/unit/tone/kinds22.test.ts), never on a development sentence's nouns.
 *
 * Calm:
 * - **one's own tone apologised for**: a feeling or judgement word inside the customer's apology for their own conduct
 *   ("sorry for the angry email", "apologies if I sounded rude", "sorry for being so grumpy on the phone") describes what
 *   they take back, not displeasure now. Read as a scope over the tokens: an apology head (sorry, apologies, apologise,
 *   forgive me) with "for", "about" or "if", up to the end of its clause or a "but" ("sorry for the rant, but this is
 *   appalling" keeps "appalling").
 * - **a business someone else moved a thing to**: "another carrier", "a different company" where the clause's verb is a
 *   past doing of a third party or a passive ("someone ported my number to another carrier", "the parcel was handed to
 *   another courier"): no leaving threat of the customer's own.
 *
 * Frustrated:
 * - **a wait judged out of measure**: a duration, a wait or a delay said to be excessive, unreasonable or (far) too long
 *   ("eight weeks is excessive", "three months is far too long to wait", "an unreasonable delay", "this is taking way too
 *   long"); not asked ("is two weeks too long to wait?"), not negated ("a week isn't unreasonable"), not a thing's size
 *   ("the cable is too long").
 *
 * Read from the latest words (the signature and quoted history are not in them). English only.
 */
import type { CueContext } from '../cue.ts';
import { opens, textGate } from '../textgate.ts';
import type { Hit } from '../tokens.ts';
import type { Evidence } from '../types.ts';

type Tok = CueContext['doc']['tokens'][number];

// ---- one's own tone apologised for
const APOLOGY = new Set(['sorry', 'apologies', 'apologise', 'apologize', 'apologising', 'apologizing', 'apology', 'forgive']);
const APOLOGY_OBJ = new Set(['for', 'about', 'if']);
const BETWEEN = new Set(['so', 'very', 'really', 'truly', 'me', 'again', 'also', 'and', 'i', 'am', 'm']);
const TURN = new Set(['but', 'though', 'although', 'however', 'yet', 'still']);
const APOLOGY_GATE = textGate(['sorry', 'apolog', 'forgive']);

/** Token ranges [from, to) of the customer's apologies for their own conduct. */
function ownConductScopes(ctx: CueContext): [number, number][] {
  const t = ctx.doc.tokens;
  const out: [number, number][] = [];
  for (let i = 0; i < t.length; i++) {
    if (!APOLOGY.has(t[i].key)) continue;
    let j = i + 1;
    while (j < t.length && j <= i + 3 && BETWEEN.has(t[j].key) && t[j].clause === t[i].clause) j++;
    if (!t[j] || !APOLOGY_OBJ.has(t[j].key)) continue;
    // "sorry for your loss", "sorry for the delay on your side" are not the customer's conduct: the scope must hold
    // the customer's own message, manner or "I"/"being" (read below by where a feeling word sits).
    const from = j + 1;
    let to = from;
    while (to < t.length && to <= from + 8 && t[to].sentence === t[i].sentence && !TURN.has(t[to].key) && (to === from || t[to].clause === t[from].clause)) to++;
    const own = t.slice(from, to).some((x) => OWN.has(x.key));
    if (own) out.push([from, to]);
  }
  return out;
}
/** What marks the apology's object as the customer's own conduct. */
const OWN = new Set(['i', 'my', 'me', 'being', 'myself', 'the', 'that', 'this', 'earlier', 'previous', 'last', 'tone', 'rant', 'outburst', 'email', 'message', 'reply', 'call', 'words', 'sounding', 'sounded', 'came', 'coming', 'was', 'got', 'getting']);
const SELF_CATS = new Set(['frustration', 'frustration.judgement', 'frustration.rude', 'frustration.complaint', 'frustration.preface']);

/** Drops from `said` the feeling and judgement words inside the customer's apology for their own tone. */
export function dropOwnConduct22(ctx: CueContext, said: Hit[]): void {
  if (ctx.fa || said.length === 0 || !opens(ctx.low, APOLOGY_GATE)) return;
  const scopes = ownConductScopes(ctx);
  if (scopes.length === 0) return;
  for (let k = said.length - 1; k >= 0; k--) {
    const h = said[k];
    if (SELF_CATS.has(h.category) && scopes.some(([a, b]) => h.from >= a && h.to <= b)) said.splice(k, 1);
  }
}

// ---- a business someone else moved a thing to
const OTHER_FIRM = /^(?:another|different|other|a)$/;
const SELF = new Set(['i', 'we']);
const FUTURE = new Set(['will', 'shall', 'going', 'gonna', 'would', 'll', "'ll", 'might', 'may', 'considering', 'thinking']);
const MOVED_GATE = textGate(['another', 'different', 'other ']);

const PROCEDURE = new Set(['what', 'how', 'can', 'could', 'do', 'does', 'is', 'are', 'will', 'would', 'which', 'when']);
const NOT_PROCEDURE = new Set(['why', 'seriously', 'really']);

/** Token i's sentence is a procedural question ("what is the exit fee?", "how do I …?"), not "why should I stay?". */
function plannedAsked(ctx: CueContext, i: number): boolean {
  const t = ctx.doc.tokens;
  const s = t[i].sentence;
  let a = i;
  while (a > 0 && t[a - 1].sentence === s) a--;
  let b = i;
  while (b + 1 < t.length && t[b + 1].sentence === s) b++;
  if (!/^\s*\?/.test(ctx.doc.text.slice(t[b].end, t[b].end + 3))) return false;
  let proc = false;
  for (let j = a; j <= b; j++) {
    if (NOT_PROCEDURE.has(t[j].key)) return false;
    if (PROCEDURE.has(t[j].key) && j > i) proc = true;
  }
  return proc;
}

/** Drops escalation hits ("another carrier") told of a third party's past doing or a passive, or of a switch planned and asked about. */
export function dropMovedByOthers22(ctx: CueContext, said: Hit[]): void {
  if (ctx.fa || said.length === 0 || !opens(ctx.low, MOVED_GATE)) return;
  const t = ctx.doc.tokens;
  for (let k = said.length - 1; k >= 0; k--) {
    const h = said[k];
    if (h.category !== 'frustration.escalation' || h.to - h.from < 2) continue;
    // "we will switch to another provider when we move, what is the exit fee?": a switch planned and asked about.
    if ((OTHER_FIRM.test(t[h.from].key) || /^switch/.test(t[h.from].key)) && plannedAsked(ctx, h.from)) {
      said.splice(k, 1);
      continue;
    }
    if (!OTHER_FIRM.test(t[h.from].key)) continue;
    // "we will not move to another supplier", "I'd never go to another garage": a switch denied.
    let denied = false;
    for (let v = h.from - 1; v >= 0 && v >= h.from - 5 && t[v].clause === t[h.from].clause; v--) if (t[v].neg) denied = true;
    if (denied) {
      said.splice(k, 1);
      continue;
    }
    // The nearest past form before it in its clause ("ported", "was handed"); a present or future one first keeps it.
    let verb = -1;
    for (let v = h.from - 1; v >= 0 && v >= h.from - 8 && t[v].clause === t[h.from].clause; v--) {
      if (FUTURE.has(t[v].key) || t[v].key.endsWith('ing')) break;
      if (t[v].past) {
        verb = v;
        break;
      }
    }
    if (verb < 0) continue;
    let mine = false;
    for (let w = verb - 1; w >= 0 && w >= verb - 5 && t[w].clause === t[verb].clause; w--) if (SELF.has(t[w].key) || FUTURE.has(t[w].key)) mine = true;
    if (!mine) said.splice(k, 1);
  }
}

// ---- a wait judged out of measure
const MEASURE = new Set(['excessive', 'excessively', 'unreasonable', 'unreasonably', 'inordinate', 'disproportionate']);
const TOO_LONG_DEGREE = new Set(['far', 'way', 'much', 'rather', 'simply', 'just', 'frankly', 'quite', 'really', 'clearly', 'ridiculously', 'absurdly']);
const DURATION = new Set(['hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'minutes', 'wait', 'waiting', 'waited', 'delay', 'delays', 'time', 'turnaround', 'timescale', 'timeframe', 'process', 'processing', 'taking', 'taken', 'took', 'been', 'long']);
const AFTER_NOUN = new Set(['wait', 'delay', 'delays', 'amount', 'time', 'length', 'waiting', 'timescale', 'turnaround']);
const NOT_HERE = new Set(['not', 'never', 'no', 'hardly', 'isn', 'if', 'whether', 'unless']);
const MEASURE_GATE = textGate(['excessive', 'unreasonabl', 'inordinate', 'disproportionate', 'too long']);

function asked(t: readonly Tok[], i: number, text: string): boolean {
  const s = t[i].sentence;
  let last = i;
  while (last + 1 < t.length && t[last + 1].sentence === s) last++;
  return /^\s*\?/.test(text.slice(t[last].end, t[last].end + 3)) || t[last].key === '?';
}

/** "eight weeks is excessive", "far too long to wait", "an unreasonable delay": a wait judged, with its words. */
export function excessiveWait22(ctx: CueContext): Evidence | null {
  if (ctx.fa || !opens(ctx.low, MEASURE_GATE)) return null;
  const t = ctx.doc.tokens;
  for (let i = 0; i < t.length; i++) {
    const k = t[i].key;
    let from = i;
    let to = i + 1;
    if (MEASURE.has(k)) {
      // before it: a degree word ("frankly unreasonable").
      if (i > 0 && TOO_LONG_DEGREE.has(t[i - 1].key)) from = i - 1;
    } else if (k === 'too' && t[i + 1]?.key === 'long') {
      to = i + 2;
      if (i > 0 && TOO_LONG_DEGREE.has(t[i - 1].key)) from = i - 1;
    } else continue;
    if (t[i].negated || t[i].neg) continue;
    // Negated or conditional a word or two before ("isn't excessive", "if it's too long").
    let blocked = false;
    for (let b = from - 1; b >= 0 && b >= from - 3 && t[b].clause === t[i].clause; b--) if (NOT_HERE.has(t[b].key)) blocked = true;
    if (blocked || asked(t, i, ctx.doc.text)) continue;
    // A wait in the judged words' reach: a duration or a wait before it in the sentence, or a wait noun after it.
    let wait = false;
    for (let b = from - 1; b >= 0 && b >= from - 8 && t[b].sentence === t[i].sentence; b--) if (DURATION.has(t[b].key) && !(t[b].key === 'long' && b === i + 1)) wait = true;
    if (!wait && AFTER_NOUN.has(t[to]?.key ?? '')) wait = true;
    if (!wait && t[to]?.key === 'to' && /^(?:wait|be|take|hold|queue|process)$/.test(t[to + 1]?.key ?? '')) wait = true;
    if (!wait) continue;
    return ctx.ev({ start: t[from].start, end: t[to - 1].end }, 'tone.why.judgement');
  }
  return null;
}

// ---- leaving on a condition the company fails
const IF = new Set(['if', 'unless']);
const YOU_OR_NOBODY = new Set(['you', 'your', 'u', 'nobody', 'noone', 'anyone', 'someone']);

/**
 * Leaving said after a condition on the company's failing: "if you don't explain this I will go to another company",
 * "if nobody sorts it I'm switching to another provider", "unless you refund me I will move to another bank": an
 * ultimatum like "… or I'm moving". Not a condition of the customer's own plans ("if we move house next year we will
 * switch to another provider"), nor one without a failing ("if you open a branch nearer I'd move my account").
 * `leaves` is the leaving evidence (message offsets), English only.
 */
export function conditionOnYou22(ctx: CueContext, leaves: Evidence): boolean {
  if (ctx.fa) return false;
  const t = ctx.doc.tokens;
  const at = leaves.start - ctx.offset;
  let li = -1;
  for (let i = 0; i < t.length; i++) if (t[i].start >= at) {
    li = i;
    break;
  }
  if (li < 0) return false;
  for (let i = li - 1; i >= 0 && t[i].sentence === t[li].sentence; i--) {
    if (!IF.has(t[i].key)) continue;
    // The condition: from "if" to the leaving verb; it names the company (or nobody) and says it fails to act.
    let who = t[i].key === 'unless';
    let fails = t[i].key === 'unless';
    for (let j = i + 1; j < li; j++) {
      if (YOU_OR_NOBODY.has(t[j].key)) who = true;
      if (t[j].neg || t[j].key === 'nobody' || t[j].key === 'noone') fails = true;
    }
    return who && fails;
  }
  return false;
}

// ---- "it's been found": a perfect passive, not a wait
const BEEN_AFTER = new Set(['found', 'sent', 'done', 'fixed', 'made', 'paid', 'seen', 'posted', 'processed', 'returned', 'refunded', 'delivered', 'collected', 'shipped', 'cancelled', 'canceled', 'approved', 'received', 'booked', 'sorted', 'resolved', 'located', 'dispatched', 'handed', 'passed', 'picked', 'given', 'taken', 'put', 'left', 'moved', 'issued', 'signed', 'checked', 'updated', 'changed', 'credited']);

/**
 * Drops a "it's been" / "it has been" complaint hit that opens a perfect passive ("if it's been found", "whether it has
 * been sent"): the words tell whether a thing was done, not how long the customer waited ("it's been three weeks").
 */
export function dropPassivePerfect22(ctx: CueContext, said: Hit[]): void {
  if (ctx.fa || said.length === 0) return;
  const t = ctx.doc.tokens;
  for (let k = said.length - 1; k >= 0; k--) {
    const h = said[k];
    if (h.category !== 'frustration.complaint' || t[h.to - 1]?.key !== 'been') continue;
    const next = t[h.to];
    if (next && next.sentence === t[h.from].sentence && (BEEN_AFTER.has(next.key) || (next.past && !/^(?:delayed|waiting)$/.test(next.key)))) said.splice(k, 1);
  }
}

// ---- harm laid at the company's door
/**
 * **Harm laid at the company's door**: "if someone gets hurt tonight, that's on you", "I will hold you personally
 * responsible", "you will be held liable for the spoilt stock": the customer makes the company answer for what may
 * follow. Not a question ("is that on you or the courier?"), not "on you to decide", not the customer's own ("that
 * one's on me").
 */
const BLAME_GATE = textGate(['on you', 'responsible', 'liable', 'accountable']);
const ANSWERABLE = new Set(['responsible', 'liable', 'accountable']);
const HOLDERS = new Set(['will', 'shall', 'll', 'would', 'going', 'am', 'are', 'be']);

export function blameLaid22(ctx: CueContext): Evidence | null {
  if (ctx.fa || !opens(ctx.low, BLAME_GATE)) return null;
  const t = ctx.doc.tokens;
  const text = ctx.doc.text;
  for (let i = 1; i < t.length; i++) {
    const k = t[i].key;
    // "that's on you", "it will be on you": the sentence's clause ends there (not "on you to decide", "on your website").
    if (k === 'you' && t[i - 1].key === 'on' && (t[i + 1] === undefined || t[i + 1].sentence !== t[i].sentence || /^\s*[,;:\-\u2013\u2014]/.test(text.slice(t[i].end, t[i].end + 2)))) {
      let j = i - 2;
      if (j >= 0 && /^(?:be|is|s)$/.test(t[j].key)) j--;
      if (j >= 0 && /^(?:will|ll|would)$/.test(t[j].key)) j--;
      if (j >= 0 && /^(?:that|it|this|which)$/.test(t[j].key) && !asked(t, i, text)) return ctx.ev({ start: t[j].start, end: t[i].end }, 'tone.why.threat');
      continue;
    }
    if (!ANSWERABLE.has(k) || asked(t, i, text) || t[i].negated) continue;
    // "I will hold you (personally) responsible", "we'll hold your company liable".
    for (let h = i - 1; h >= 1 && h >= i - 4; h--) {
      if (/^(?:hold|holding)$/.test(t[h].key) && /^(?:you|your|u)$/.test(t[h + 1]?.key ?? '')) {
        let mine = false;
        for (let w = h - 1; w >= 0 && w >= h - 3; w--) if ((t[w].key === 'i' || t[w].key === 'we') || (HOLDERS.has(t[w].key) && w === h - 1)) mine = true;
        if (mine) return ctx.ev({ start: t[h].start, end: t[i].end }, 'tone.why.threat');
      }
    }
    // "you will be held liable", "you'll be held responsible".
    if (t[i - 1].key === 'held' && t[i - 2]?.key === 'be' && /^(?:will|ll|shall)$/.test(t[i - 3]?.key ?? '') && /^(?:you|company)$/.test(t[i - 4]?.key ?? '')) return ctx.ev({ start: t[i - 4].start, end: t[i].end }, 'tone.why.threat');
  }
  return null;
}
