/**
 * Urgency, session 25 (toneen25), English, tried on scripts/tone-kinds25-matrix.ts (URGENCY25), never on a development
 * sentence's nouns:
 * - **a necessity about to run out while what refills it has not come**: "We have literally one nappy left and the order
 *   hasn't come", "Only two days of insulin left and the repeat still isn't at the pharmacy", "We're down to our last bag of
 *   formula", "I'm about to run out of my heart tablets": the customer (or someone in their care) holds the last of a
 *   consumable they live on. Read where the message also tells something missing, late or not done, or a near time ("for
 *   the weekend"). Not stock or time left ("only 2 seats left", "two months left on my contract"), nor "I left two tins
 *   in the garage".
 * - calm: **the outcome conceded** ({@link calm25}): "Will I still be let in? No worries if not.", "totally fine if you
 *   can't": with every piece a time or a deadline, missing it is said to be fine.
 *
 * Cheap: a text gate ("left", "last", "run out", "running out", "ran out") before any token is read.
 */
import type { CueContext } from '../cue.ts';
import { opens, textGate } from '../textgate.ts';
import type { Evidence } from '../types.ts';

type Tok = CueContext['doc']['tokens'][number];

const SUPPLY_GATE = textGate(['left', 'last', 'run out', 'running out', 'ran out', 'runs out']);
/** What a household lives on, and the containers it is counted in. */
const CONSUMABLE = /^(?:medication|medications|medicine|medicines|meds|tablets?|pills?|capsules?|doses?|insulin|inhalers?|puffs?|oxygen|prescriptions?|injections?|epipens?|antibiotics|dressings|strips|formula|milk|nappies|nappy|diapers?|wipes|food|feed|feeds|meals?|tins?|cans?|pouches|pouch|sachets?|bottles?|bags?|packs?|jars?|boxes|oil|fuel|gas|water|bread|logs|pellets|coal)$/;
/** Nouns of stock or time, which "left" counts without anyone running out ("seats left", "two months left"). */
const TIME_UNIT = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'hour', 'hours', 'minute', 'minutes', 'night', 'nights', 'year', 'years']);
/** Small counts of what is left. */
const FEW = new Set(['one', 'two', 'three', 'a', 'few', 'couple', 'last', '1', '2', '3', 'half', 'single']);
/** Who holds it: "we have", "she's got", "the dog has". */
const HOLD = new Set(['have', 'has', 've', 'got', 'having']);
/** The message tells what refills it is missing, late or not done, or a near time. */
const LACK = new Set(['late', 'delayed', 'cancelled', 'canceled', 'still', 'missing', 'stuck', 'failed', 'yet', 'weekend', 'tonight', 'tomorrow', 'today', 'overnight']);

/**
 * The clause of token i ("left") holds "<few> <unit> (of <…> <consumable>)? left", held by someone or opened by "only":
 * "one tin left", "two days of insulin left", "one pouch of his special food left". Returns the count's token (or the
 * "only" before it), or -1.
 */
function fewLeft(t: readonly Tok[], i: number): number {
  const x = t[i];
  let c = -1;
  let consumable = false;
  for (let k = i - 1; k >= 0 && k >= i - 7 && t[k].clause === x.clause; k--) {
    if (CONSUMABLE.test(t[k].key)) consumable = true;
    if (FEW.has(t[k].key)) {
      c = k;
      break;
    }
  }
  if (c < 0 || !consumable) return -1;
  // The unit after the count: a consumable, or a length of time "of" one ("two days of insulin", not "three days left of our holiday").
  const u = t[c + 1]?.key === 'of' || t[c + 1]?.key === 'few' || t[c + 1]?.key === 'couple' ? t[c + 2] : t[c + 1];
  if (!u || !(CONSUMABLE.test(u.key) || (TIME_UNIT.has(u.key) && t[u === t[c + 1] ? c + 2 : c + 3]?.key === 'of'))) return -1;
  // Held by someone ("we have literally one …", "she's only got two …"), or the sentence opens on the count ("Only two …").
  for (let k = c - 1; k >= 0 && k >= c - 4 && t[k].clause === x.clause; k--) {
    if (HOLD.has(t[k].key)) return c;
    if (t[k].key === 'there' || t[k].past) return -1;
  }
  const p = t[c - 1];
  const first = !p || p.sentence !== x.sentence || ((p.key === 'only' || p.key === 'just' || p.key === 'literally') && (!t[c - 2] || t[c - 2].sentence !== x.sentence));
  return first ? (p && p.sentence === x.sentence ? c - 1 : c) : -1;
}

/** "down to our last bag of formula", "about to run out of my tablets", "running out of insulin". */
function runningOut(t: readonly Tok[], i: number): number {
  const x = t[i];
  if (x.key === 'down' && t[i + 1]?.key === 'to') {
    let k = i + 2;
    if (/^(?:my|our|her|his|their|the)$/.test(t[k]?.key ?? '')) k++;
    if (t[k]?.key !== 'last') return -1;
    for (let j = k + 1; j < t.length && j <= k + 4 && t[j].clause === x.clause; j++) if (CONSUMABLE.test(t[j].key)) return j;
    return -1;
  }
  if ((x.key === 'run' || x.key === 'running' || x.key === 'runs') && t[i + 1]?.key === 'out') {
    // "about to run out of", "going to run out of", "will run out of", "running out of"; not "ran out of patience".
    if (x.key === 'run' && !/^(?:to|will|ll|gonna|soon|could|might)$/.test(t[i - 1]?.key ?? '')) return -1;
    let k = i + 2;
    if (t[k]?.key !== 'of') return -1;
    k++;
    for (let j = k; j < t.length && j <= k + 3 && t[j].clause === x.clause; j++) if (CONSUMABLE.test(t[j].key)) return j;
    return -1;
  }
  return -1;
}

export function supplyLow25(ctx: CueContext): Evidence[] {
  if (ctx.fa || !opens(ctx.low, SUPPLY_GATE)) return [];
  const t = ctx.doc.tokens;
  let lack = false;
  for (const y of t) if (y.neg || LACK.has(y.key)) {
    lack = true;
    break;
  }
  if (!lack) return [];
  for (let i = 1; i < t.length; i++) {
    const k = t[i].key;
    if (k === 'left') {
      const c = fewLeft(t, i);
      if (c >= 0) return [ctx.ev({ start: t[c].start, end: t[i].end }, 'tone.why.safety')];
    } else if (k === 'down' || k === 'run' || k === 'running' || k === 'runs') {
      const j = runningOut(t, i);
      if (j >= 0) return [ctx.ev({ start: t[i].start, end: t[j].end }, 'tone.why.safety')];
    }
  }
  return [];
}

// ---------------------------------------------------------------------------------------------------------------------
// Calm: the outcome conceded

/**
 * "No worries if not", "Not a big deal if not", "totally fine if you can't": the customer says missing the time would be
 * fine, so a time or deadline told beside it ("my 7am class tomorrow", "before Friday") is no pressure. Only "if not" and
 * its like: "Not a big deal, but term starts Monday" takes the calm back.
 */
const CONCEDED = /\b(?:not an? (?:big|huge|major) deal|no (?:big )?deal|no worries|no problem|no stress|not the end of the world|(?:totally|completely|absolutely|perfectly|all|also) (?:fine|ok|okay|good)|(?:that'?s|it'?s) (?:fine|ok|okay|all good))\s+(?:either way\s+|too\s+)?if\s+(?:not|it can'?t|you can'?t|that'?s not possible|it'?s not possible|it isn'?t|it doesn'?t|there'?s no|there isn'?t|it won'?t)\b/i;
const CONCEDED_GATE = textGate(['if not', 'if it can', 'if you can', 'possible', 'if it isn', 'if it doesn', 'if there', 'if it won']);
const TIME_WHYS = new Set(['tone.why.time', 'tone.why.deadline']);

/** Every piece of the urgency evidence is a time or deadline, and the message concedes missing it ("no worries if not"). */
export function calm25(ctx: CueContext, evidence: readonly Evidence[]): boolean {
  if (ctx.fa || evidence.length === 0 || !opens(ctx.low, CONCEDED_GATE)) return false;
  if (!evidence.every((e) => TIME_WHYS.has(e.why ?? ''))) return false;
  return CONCEDED.test(ctx.doc.text);
}
