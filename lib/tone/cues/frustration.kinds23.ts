/**
 * Frustration, session 23 (toneen23): English kinds named from how fresh writers' false alarms and misses differ from what
 * the earlier readers read, each tried on a look-alike set written across trades (scripts/tone-kinds23-matrix.ts, run by
 * tests/unit/tone/kinds23.test.ts), never on a development sentence's nouns.
 *
 * Calm (a piece of evidence is EXPLAINED when it lies in one of these; the cue stays quiet when every piece is explained,
 * or is a mark or a plain fault report beside one that is):
 * - **delight**: exclamation marks, capitals and "seriously" / "honestly" in a message whose stance is praise or thanks
 *   ("the cake was AMAZING!!", "Seriously, the best haircut in years", "THANK YOU!!"), and a bad circumstance the company
 *   relieved ("made a stressful day so much easier", "turned an awful morning into a good one", "what could have been a
 *   nightmare"). Never with a word of displeasure, a fault paired with the praise, "?!" or an ironic mark.
 * - **a label a display shows**: capitals right after a display's verb or noun ("is flashing LOW PRESSURE", "shows ERROR
 *   E21", "the router says NO INTERNET") and a quote after "stuck in" ("stuck in 'needs sync'"): the machine's words,
 *   not shouting nor irony; capitals of a plea or a time (TODAY, TONIGHT, ASAP) beside them are no shouting either.
 * - **a length of time ahead**: "for two weeks" in a sentence about a trip, a stay or a shift still to come ("we fly out
 *   tomorrow for two weeks"): time the customer will spend, not a wait borne.
 *
 * Frustrated:
 * - **ironic praise or thanks beside a harm told**: praise standing as a sentence of its own ("Brilliant.", "Really top
 *   service.", "Five stars for creativity."), thanks for "that" or for the harmed thing itself ("thanks for the dented
 *   fridge"), or "love how" with the harm in its sentence, in a message that tells a harm done to the customer's things
 *   or person (a past form of a damaging verb: crushed, snapped, burnt, ripped; a spoilt state: soggy, wilted, stone
 *   cold; "two sizes too big"; "six weeks and counting"). Not a harm put right ("you replaced it the same day"), made
 *   small ("a bit squashed but everything was fine"), one's own ("I cracked my screen"), negated, asked or conditional.
 *
 * Read from the latest words (the signature and quoted history are not in them). English only.
 */
import { unitRange, type CueContext } from '../cue.ts';
import { opens, textGate } from '../textgate.ts';
import { gateOf } from '../readergate.ts';
import type { Evidence } from '../types.ts';
import { sparedHarm24 } from './frustration.kinds24.ts';
import { praiseOfFix28 } from './frustration.kinds28.ts';

type Tok = CueContext['doc']['tokens'][number];

function tokensOf(ctx: CueContext, e: Evidence): number[] {
  const a = e.start - ctx.offset;
  const b = e.end - ctx.offset;
  const t = ctx.doc.tokens;
  const out: number[] = [];
  for (let i = 0; i < t.length; i++) {
    if (t[i].start >= b) break;
    if (a < t[i].end) out.push(i);
  }
  return out;
}

/** Tokens [a, b] (b included) of the sentence holding token i. */
function sentenceRange(t: readonly Tok[], i: number): [number, number] {
  const [a, end] = unitRange(t, i, 'sentence');
  return [a, end - 1];
}

// ---------------------------------------------------------------------------------------------------------------------
// Harm told (read for the ironic praise below)

/** Verbs whose past form tells a harm done to a thing or a person. */
const DAMAGE = new Set([
  'break', 'crack', 'chip', 'dent', 'scratch', 'gouge', 'scuff', 'smash', 'shatter', 'crush', 'squash', 'flatten', 'tear', 'rip', 'stain', 'soak',
  'drench', 'spill', 'splash', 'burn', 'scorch', 'singe', 'melt', 'bend', 'snap', 'ruin', 'damage', 'destroy', 'wreck', 'dump', 'throw', 'chuck',
  'drop', 'lose', 'misplace', 'shrink', 'fade', 'bleach', 'cut', 'nick', 'puncture', 'flood', 'leak', 'wilt', 'crumple', 'crease', 'dent', 'bruise',
  'injure', 'hurt', 'scald', 'bash', 'batter', 'mangle', 'tangle', 'butcher',
]);
/** Irregular past forms of those verbs. */
const DAMAGE_IRREGULAR = new Map([
  ['broke', 'break'], ['broken', 'break'], ['tore', 'tear'], ['torn', 'tear'], ['burnt', 'burn'], ['bent', 'bend'], ['threw', 'throw'], ['thrown', 'throw'],
  ['lost', 'lose'], ['shrunk', 'shrink'], ['shrank', 'shrink'], ['hurt', 'hurt'], ['cut', 'cut'], ['ripped', 'rip'], ['chipped', 'chip'], ['snapped', 'snap'],
  ['dropped', 'drop'], ['scrapped', 'scrap'], ['nicked', 'nick'],
]);
/** States of a spoilt thing or a hurt body. */
const SPOILT = new Set(['soggy', 'wilted', 'stale', 'mouldy', 'moldy', 'rotten', 'rotting', 'filthy', 'mushy', 'curdled', 'smashed', 'blisters', 'blistered', 'bruises', 'bruised', 'scratches', 'dents', 'stains', 'stained']);
const SIZE = new Set(['big', 'small', 'tight', 'loose', 'short', 'narrow', 'wide', 'large']);
const HARM_GATE = textGate([
  'broke', 'crack', 'chip', 'dent', 'scratch', 'goug', 'scuff', 'smash', 'shatter', 'crush', 'squash', 'flatten', 'tore', 'torn', 'rip', 'stain', 'soak',
  'drench', 'spill', 'splash', 'burn', 'scorch', 'singe', 'melt', 'bent', 'snap', 'ruin', 'damag', 'destroy', 'wreck', 'dump', 'threw', 'thrown', 'chuck',
  'drop', 'lost', 'misplac', 'shr', 'fade', 'bleach', 'cut', 'nick', 'punctur', 'flood', 'leak', 'wilt', 'crumpl', 'creas', 'bruis', 'injur', 'hurt',
  'scald', 'bash', 'batter', 'mangl', 'tangl', 'butcher', 'soggy', 'stale', 'mould', 'mold', 'rott', 'filthy', 'mushy', 'curdl', 'blister', 'too ',
  'counting', 'stone cold',
]);
/** A form that tells the verb's past: "-ed" / a doubled consonant / "-ied", or an irregular form. */
function damagePast(key: string): boolean {
  if (DAMAGE_IRREGULAR.has(key)) return true;
  if (!key.endsWith('ed') || key.length < 5) return false;
  const a = key.slice(0, -2);
  if (DAMAGE.has(a) || DAMAGE.has(key.slice(0, -1))) return true;
  // "chipped", "dropped": the doubled consonant.
  if (a.length >= 3 && a[a.length - 1] === a[a.length - 2] && DAMAGE.has(a.slice(0, -1))) return true;
  return false;
}

/** What marks the harm as the customer's own doing ("I cracked my screen", "we dropped it"). */
const SELF = new Set(['i', 'we']);
/** The customer's own people and pets ("my son spilled his juice", "our dog chewed it"): their doing is no harm by the company. */
const OWN_SIDE = new Set(['son', 'daughter', 'kid', 'kids', 'child', 'children', 'husband', 'wife', 'partner', 'dog', 'cat', 'puppy', 'kitten', 'toddler', 'baby', 'boyfriend', 'girlfriend', 'mum', 'mom', 'dad', 'brother', 'sister', 'flatmate', 'roommate', 'nephew', 'niece', 'grandson', 'granddaughter', 'friend']);
/** A harm made small ("a bit squashed", "slightly dented"). */
const SMALL = new Set(['bit', 'slightly', 'little', 'tiny', 'touch', 'tad', 'barely', 'hardly']);
const CONDITION = new Set(['if', 'unless', 'whether', 'avoid', 'before', 'prevent', 'nearly', 'almost', 'could', 'might', 'would']);
/** Verbs of a harm put right: a message that tells one thanks sincerely. */
const PUT_RIGHT = /^(?:approved|accepted|paid|credited|reimbursed|fixed|repaired|replaced|swapped|sorted|mended|resolved|refunded|reshipped|resent|rebooked|exchanged|re-?made|redone|restored|cleaned|patched|rescued|saved|invisible-mended|covered|compensated)$/;

const PUT_RIGHT_ING = /^(?:fixing|repairing|replacing|swapping|sorting|mending|resolving|refunding|resending|exchanging|redoing|restoring|cleaning|patching|rescuing|saving|covering)$/;

/** Token i is the doing of the customer or of their own people ("we lost the instructions", "my husband broke it"). */
function ownDoing(t: readonly Tok[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 4 && t[j].clause === t[i].clause; j--) {
    if (SELF.has(t[j].key)) return true;
    if (OWN_SIDE.has(t[j].key) && (t[j - 1]?.key === 'my' || t[j - 1]?.key === 'our')) return true;
  }
  return false;
}

function harmAt(ctx: CueContext, t: readonly Tok[], i: number): boolean {
  const x = t[i];
  if (x.fa) return false;
  const k = x.key;
  let harm = false;
  if (damagePast(k) || SPOILT.has(k)) harm = true;
  // "managed to chip the skirting": the base form after "managed to".
  else if (DAMAGE.has(k) && t[i - 1]?.key === 'to' && /^(?:managed|manage|managing)$/.test(t[i - 2]?.key ?? '')) harm = true;
  // "stone cold", "two sizes too big".
  else if (k === 'cold' && t[i - 1]?.key === 'stone') harm = true;
  // "a burn mark", "came back with a tear in it": the damage as a noun.
  else if (DAMAGE.has(k) && (/^marks?$/.test(t[i + 1]?.key ?? '') || ((t[i - 1]?.key === 'a' || t[i - 1]?.key === 'an') && /^(?:with|has|had|got|there|is|was)$/.test(t[i - 2]?.key ?? '')))) harm = true;
  else if (SIZE.has(k) && t[i - 1]?.key === 'too' && /^sizes?$/.test(t[i - 2]?.key ?? '')) harm = true;
  // "six weeks and counting": a wait still running.
  else if (k === 'counting' && t[i - 1]?.key === 'and' && /^(?:days|weeks|months|hours|years)$/.test(t[i - 2]?.key ?? '')) return !x.negated;
  if (!harm || x.negated) return false;
  const [a, b] = sentenceRange(t, i);
  // Asked ("was it damaged?") or a condition ("if it arrives crushed", "before it leaked").
  if (/^\s*\?/.test(ctx.doc.text.slice(t[b].end, t[b].end + 2))) return false;
  for (let j = i - 1; j >= a && j >= i - 6; j--) {
    if (t[j].clause !== x.clause) break;
    if (CONDITION.has(t[j].key) || SMALL.has(t[j].key) || t[j].neg || (t[j].key === 'case' && t[j - 1]?.key === 'in')) return false;
    // One's own doing ("I cracked my screen"); a state told of oneself ("I have blisters") is still a harm.
    if (SELF.has(t[j].key) && !SPOILT.has(k)) return false;
    if (OWN_SIDE.has(t[j].key) && (t[j - 1]?.key === 'my' || t[j - 1]?.key === 'our')) return false;
  }
  // "lost" of one's own ("I lost my card") reads above; "lost weight", "lost it" (a temper) are no harm to a thing.
  if (k === 'lost' && /^(?:weight|it|track|touch|patience|faith|interest)$/.test(t[i + 1]?.key ?? '')) return false;
  // "dropped off", "dropped in", "cut off" (a visit, a call), "dumped" of a partner: the particle makes another verb.
  if (/^(?:dropped|drop|cut|dumped|thrown|threw)$/.test(k) && /^(?:off|in|by|round|out|away|over)$/.test(t[i + 1]?.key ?? '') && t[i + 2]?.key !== 'the' && t[i + 2]?.key !== 'fence') return k === 'threw' || k === 'thrown' ? t[i + 1]?.key === 'over' : false;
  return b >= a;
}

/** For ./frustration.kinds26.ts's rating reader: a harm told at token i, and a harm put right in the message. */
export const harmAt23 = (ctx: CueContext, t: readonly Tok[], i: number): boolean => harmAt(ctx, t, i);
export const putRight23 = (t: readonly Tok[]): boolean => putRight(t);

/** Whether the message tells of a harm put right (a past form of a fixing verb, not asked nor negated). */
function putRight(t: readonly Tok[]): boolean {
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    if (x.fa || x.negated || x.neg) continue;
    if (PUT_RIGHT.test(x.key)) return true;
    // "thank you for mending the seat": thanks for a fix.
    if (t[i - 1]?.key === 'for' && PUT_RIGHT_ING.test(x.key)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------------------
// Ironic praise or thanks beside a harm told

/** Words of praise that may stand as a sentence of their own. */
const GOOD = new Set([
  'brilliant', 'great', 'fantastic', 'wonderful', 'amazing', 'awesome', 'perfect', 'lovely', 'excellent', 'superb', 'outstanding', 'exceptional', 'stellar',
  'top', 'terrific', 'splendid', 'marvellous', 'marvelous', 'impressive', 'nailed', 'bravo', 'genius', 'stars', 'fab', 'fabulous', 'magnificent', 'smashing',
  'cracking', 'spectacular', 'classy', 'sterling', 'world-class',
]);
/** Words a praise sentence may hold beside its praise word. */
const PRAISE_FILLER = new Set([
  'really', 'truly', 'so', 'very', 'just', 'absolutely', 'simply', 'what', 'a', 'an', 'the', 'job', 'work', 'effort', 'service', 'stuff', 'going', 'there',
  'guys', 'team', 'folks', 'everyone', 'all', 'this', 'time', 'again', 'as', 'always', 'usual', 'ever', 'once', 'it', 'for', 'that', 'you', 'done', 'well',
  'one', 'oh', 'wow', 'yeah', 'well', 'five', '5', 'star', 'stars', 'notch', 'quality', 'class', 'your', 'lot', 'some', 'real', 'thanks', 'cheers', 'thank',
  'of', 'customer', 'care', 'delivery', 'workmanship', 'craftsmanship', 'professionalism', 'standards', 'company', 'outfit', 'operation', 'and',
]);
const THANKS_HEAD = new Set(['thanks', 'thank', 'cheers', 'ta']);
const IRONY_EMOJI = /[\u{1f643}\u{1f644}\u{1f44f}\u{1f921}]/u;
const PRAISE_GATE = textGate([
  'brilliant', 'great', 'fantastic', 'wonderful', 'amazing', 'awesome', 'perfect', 'lovely', 'excellent', 'superb', 'outstanding', 'exceptional', 'stellar',
  'top', 'terrific', 'splendid', 'marvel', 'impressive', 'nailed', 'bravo', 'genius', 'stars', 'fab', 'magnificent', 'smashing', 'cracking', 'spectacular',
  'classy', 'sterling', 'world-class', 'thank', 'cheers', 'love how', 'ta ', 'well done',
]);

/** Words that open a new matter after an acknowledgement. */
const TURN = new Set(['also', 'btw', 'quick', 'one', 'another', 'however', 'unfortunately', 'but', 'sadly', 'ps', 'separately', 'oh', 'just', 'anyway', 'though', 'meanwhile', 'additionally', 'secondly', 'next']);

/** The praise sentence thanks as well ("Excellent, thank you."): an acknowledgement. */
function thanked(t: readonly Tok[], a: number, b: number): boolean {
  for (let j = a; j <= b; j++) if (t[j].key === 'thank' || t[j].key === 'thanks' || t[j].key === 'cheers' || t[j].key === 'ta') return true;
  return false;
}

/** A sentence that is only praise: a praise word and filler, at most one other word ("Five stars for creativity."). */
function praiseSentence(t: readonly Tok[], a: number, b: number): number {
  if (b - a > 7) return -1;
  let at = -1;
  let other = 0;
  for (let j = a; j <= b; j++) {
    const k = t[j].key;
    if (t[j].neg) return -1;
    if ((GOOD.has(k) || (k === 'done' && t[j - 1]?.key === 'well')) && at < 0) at = j;
    // "Brilliant, that worked.": a verb beside the praise tells what went right.
    else if (!PRAISE_FILLER.has(k)) {
      if (t[j].past || k.endsWith('ed') || /^(?:works|work|helps|helped|did|does|sorted|fixed|news)$/.test(k)) return -1;
      other++;
    }
  }
  if (at < 0 || other > 1) return -1;
  // "Top" and "stars" praise only with their word: "top service", "five stars"; "nailed" with "it".
  const k = t[at].key;
  if (k === 'top' && !/^(?:service|work|job|notch|stuff|effort|class|quality|marks)$/.test(t[at + 1]?.key ?? '')) return -1;
  if (k === 'stars' && !/^(?:five|5|\d)$/.test(t[at - 1]?.key ?? '')) return -1;
  if (k === 'nailed' && t[at + 1]?.key !== 'it') return -1;
  return at;
}

/** "Brilliant. … crushed …", "thanks for the dented fridge", "Love how your painter managed to chip the skirting": ironic praise beside a harm. */
/** readKinds23's gate (perftone32): it reads nothing unless both PRAISE_GATE and HARM_GATE open; the first is the rarer. */
export const KINDS23_GATE = gateOf('readKinds23', { text: [PRAISE_GATE] });

export function readKinds23(ctx: CueContext, already: readonly (readonly Evidence[])[]): { score: number; evidence: Evidence[] } {
  const out = { score: 0, evidence: [] as Evidence[] };
  if (ctx.fa || ctx.empty || !opens(ctx.low, PRAISE_GATE) || !opens(ctx.low, HARM_GATE)) return out;
  const t = ctx.doc.tokens;
  // Sarcasm or ironic quotes another reader already read (on other words: see `covered` below) are topped up, not counted twice.
  let ironic = false;
  for (const list of already) for (const e of list) if (e.why === 'tone.why.sarcasm' || e.why === 'tone.why.irony') ironic = true;
  const harms: number[] = [];
  for (let i = 0; i < t.length; i++) if (harmAt(ctx, t, i)) harms.push(i);
  if (harms.length === 0 || putRight(t)) return out;
  const emoji = IRONY_EMOJI.test(ctx.doc.text);
  let praise: [number, number] | null = null;
  let harm = -1;
  for (let i = 0; i < t.length && !praise; i++) {
    const k = t[i].key;
    const [a, b] = sentenceRange(t, i);
    // Praise standing as its own sentence, with the harm in another one; not an acknowledgement before a new matter
    // ("Fantastic. Quick question though, …", "Excellent, thank you. Separately, …").
    if (i === a) {
      const at = praiseSentence(t, a, b) >= 0 && !TURN.has(t[b + 1]?.key ?? '') && !thanked(t, a, b) ? a : -1;
      const h = harms.find((x) => x < a || x > b);
      if (at >= 0 && h !== undefined) {
        praise = [a, b];
        harm = h;
        break;
      }
    }
    // Thanks for "that" (closing its clause) beside a harm, or for the harmed thing itself.
    if (THANKS_HEAD.has(k) && !t[i].negated) {
      let f = i + 1;
      while (f < t.length && f <= i + 4 && t[f].key !== 'for' && t[f].clause === t[i].clause) f++;
      if (t[f]?.key !== 'for') continue;
      const obj = t[f + 1];
      if (!obj) continue;
      // "thanks for repairing my torn jacket": thanks for a doing, sincere unless the doing is the harm ("thanks for ruining …").
      if (obj.key.endsWith('ing') && !DAMAGE.has(obj.key.slice(0, -3)) && !DAMAGE.has(obj.key.slice(0, -4)) && !DAMAGE.has(obj.key.slice(0, -3) + 'e')) continue;
      const next = t[f + 2];
      const closes = (obj.key === 'that' || obj.key === 'this') && (next === undefined || next.clause !== obj.clause || next.sentence !== obj.sentence || /[^\s\w]/u.test(ctx.doc.text.slice(obj.end, next.start)));
      const own = harms.find((x) => x > f && x <= f + 4 && t[x].clause === t[f].clause);
      const near = harms.find((x) => Math.abs(t[x].sentence - t[i].sentence) <= 1);
      // Without an ironic emoji, "thanks for that" closes what came before: the harm is told first.
      if (own !== undefined || (closes && near !== undefined && (emoji || (near < i && b === f + 1)))) {
        praise = [i, closes ? f + 1 : own!];
        harm = own ?? near!;
      }
      continue;
    }
    // "Love how your crew managed to …": the harm in the praise's sentence.
    if (k === 'love' && t[i + 1]?.key === 'how' && (i === a || t[i - 1]?.key === 'i' || t[i - 1]?.key === 'just')) {
      const h = harms.find((x) => x > i + 1 && x <= b);
      if (h !== undefined) {
        praise = [i, i + 1];
        harm = h;
      }
    }
  }
  if (!praise) return out;
  // The praise follows a fix told after the harm ("… lost my parcel, but the team sent a replacement. Brilliant work."; ./frustration.kinds28.ts).
  if (harm < praise[0] && praiseOfFix28(ctx, { from: praise[0] }, { from: harm, to: harm + 1 })) return out;
  const covered = (s: number, e: number) => already.some((list) => list.some((x) => x.start - ctx.offset < e && s < x.end - ctx.offset));
  if (covered(t[praise[0]].start, t[praise[1]].end)) return out;
  out.score = ironic ? 0.6 : 1.2;
  // "six weeks and counting", "two sizes too big" are shown whole.
  const from = t[harm].key === 'counting' || (SIZE.has(t[harm].key) && t[harm - 1]?.key === 'too') ? Math.max(0, harm - 3) : harm;
  out.evidence.push(ctx.ev({ start: t[praise[0]].start, end: t[praise[1]].end }, 'tone.why.sarcasm'), ctx.ev({ start: t[from].start, end: t[harm].end }, 'tone.why.sarcasm'));
  return out;
}

// ---------------------------------------------------------------------------------------------------------------------
// Calm kinds

const MARK_WHY = new Set<string>(['tone.why.punctuation', 'tone.why.caps', 'tone.why.emphasis']);
/** Capitals of delight: praise, thanks, love, wow. */
const GLAD_CAPS = /^(?:THANK|THANKS|THANKYOU|YOU|SO|MUCH|LOVE|LOVED|LOVING|IT|AMAZING|AWESOME|PERFECT|BRILLIANT|FANTASTIC|GREAT|STUNNING|INCREDIBLE|BEAUTIFUL|GORGEOUS|WOW|OMG|BEST|EVER|THE|A|VERY|REALLY|SUPER|LOVELY|EXCELLENT|WONDERFUL|HAPPY|DELIGHTED|THRILLED|YES|YAY|GENIUS|LIFESAVER|LIFESAVERS|HERO|HEROES|LEGEND|LEGENDS|ALL|GUYS|TEAM)[!.,]*$/;
/** Words of delight a message may hold beside the praise lexicon's. */
const GLAD_WORD = new Set([
  'love', 'loved', 'loving', 'grateful', 'thank', 'thanks', 'delighted', 'thrilled', 'stunning', 'incredible', 'gorgeous', 'beautiful', 'best', 'easiest',
  'impressed', 'happy', 'pleased', 'wow', 'omg', 'lifesaver', 'legend', 'legends', 'hero', 'heroes', 'recommend', 'comfy', 'spotless', 'spot', 'better',
  'quickest', 'fastest', 'smoothest', 'kindest', 'friendliest', 'nicest', 'gem', 'star', 'superstar', 'superstars', 'patient', 'kind',
]);
/** Words said in earnest before praise ("Seriously, the best …", "Honestly the easiest …"). */
const EARNEST = new Set(['seriously', 'honestly', 'genuinely', 'truly', 'literally']);
/** A bad circumstance relieved: "made a stressful day easier", "turned an awful morning into", "what could have been a nightmare". */
const RELIEF_AFTER = new Set(['easier', 'better', 'smoother', 'bearable', 'simpler', 'calmer', 'lighter', 'into', 'less', 'stress-free', 'painless', 'manageable', 'fun']);
const IRONY_TEXT = /\?!|!\?|[\u{1f643}\u{1f644}\u{1f921}\u{1f620}\u{1f621}\u{1f92c}\u{1f624}\u{1f612}]|\b(?:as (?:always|usual|ever)|yet again|thanks for nothing|i guess|i suppose|not!)\b/iu;
const NEGATIVE_STANCE = new Set<string>(['tone.why.rude', 'tone.why.escalation', 'tone.why.threat', 'tone.why.irony', 'tone.why.notHappy', 'tone.why.rhetorical', 'tone.why.rhetoricalQuestion', 'tone.why.brokenPromise', 'tone.why.contactCount', 'tone.why.exasperated', 'tone.why.impatient']);

/** Display words right before a run of capitals: "flashing LOW PRESSURE", "shows ERROR E21", "says NO INTERNET". */
const DISPLAY = new Set([
  'show', 'shows', 'showing', 'showed', 'shown', 'says', 'saying', 'said', 'reads', 'reading', 'displays', 'displaying', 'displayed', 'flashing', 'flashes',
  'flashed', 'blinking', 'beeping', 'error', 'code', 'message', 'status', 'light', 'lights', 'screen', 'display', 'panel', 'warning', 'alert', 'banner',
  'popup', 'pop-up', 'prompt', 'notification', 'states', 'stating', 'displaying', 'returns', 'returning', 'gives', 'giving', 'throws', 'throwing', 'reporting',
  'reports', 'with', 'up', 'stuck', 'on',
]);
/** Capitals of a plea or a time: no shouting (kinds21 reads a plea's capitals alone; here they stand beside a label). */
const PLEA_TIME = /^(?:URGENT(?:LY)?|PLEASE|PLS|HELP|ASAP|NOW|TODAY|TONIGHT|TOMORROW|THIS|MORNING|EVENING|AFTERNOON|WEEKEND|EMERGENCY|SOS|IMMEDIATELY|IMPORTANT|ASAP)[!.?:,-]*$/;
/** Words of time ahead and of going away, in the sentence of a length of time. */
const AHEAD = new Set(['tomorrow', 'tonight', 'next', 'will', 'll', 'going', 'leave', 'leaving', 'fly', 'flying', 'heading', 'away', 'arriving', 'staying', 'stay', 'start', 'starting', 'goes', 'go', 'travel', 'travelling', 'traveling', 'holiday', 'vacation', 'trip', 'off', 'abroad', 'camp', 'course', 'visiting', 'booked', 'gone']);
/** Words of a length borne or to be borne ("stuck there for two days", "sat on the tarmac for 3 hrs"). */
const BORNE = new Set(['waiting', 'waited', 'wait', 'been', 'still', 'took', 'taken', 'since', 'without', 'ago', 'had', 'has', 'have', 'hasn', 'haven', 'lasted', 'stuck', 'stranded', 'sitting', 'sat', 'trapped', 'delayed', 'hold', 'queue', 'queuing', 'queueing', 'tarmac', 'no', 'nothing', 'lost', 'missing']);

/** The run of capitals [from, to] starts right after a display word (within two words of its sentence). */
function displayLabel(ctx: CueContext, idx: readonly number[]): boolean {
  const t = ctx.doc.tokens;
  const i = idx[0];
  if (i === undefined) return false;
  for (let j = i - 1; j >= 0 && j >= i - 2 && t[j].sentence === t[i].sentence; j--) {
    if (DISPLAY.has(t[j].key)) {
      // "on" and "with" and "up" only after a display verb ("stuck on", "comes up with").
      if ((t[j].key === 'on' || t[j].key === 'with' || t[j].key === 'up') && !/^(?:stuck|comes|came|come|up|pops|popped|sitting|sat)$/.test(t[j - 1]?.key ?? '')) continue;
      return true;
    }
  }
  return false;
}

/** "stuck in 'needs sync'", "sitting in 'draft export'": a quote after a stuck status's "in". */
function stuckInQuote(ctx: CueContext, idx: readonly number[], e: Evidence): boolean {
  const t = ctx.doc.tokens;
  const i = idx[0];
  if (i === undefined || !/^["'\u2018\u201c]/.test(e.text)) return false;
  const p = t[i - 1];
  const q = t[i - 2];
  return !!p && !!q && (p.key === 'in' || p.key === 'on' || p.key === 'at' || p.key === 'as') && /^(?:stuck|sitting|sat|stays|stayed|remains|remained|frozen|marked|listed|showing|shows)$/.test(q.key);
}

/** A length of time in a sentence about time ahead (a trip, a stay, a shift to come), with no word of a wait borne. */
function timeAhead(ctx: CueContext, idx: readonly number[]): boolean {
  const t = ctx.doc.tokens;
  const i = idx[0];
  if (i === undefined || t[i - 1]?.key !== 'for') return false;
  const [a, b] = sentenceRange(t, i);
  let ahead = false;
  for (let j = a; j <= b; j++) {
    if (BORNE.has(t[j].key) || t[j].neg) return false;
    // The word of time ahead in the length's own clause ("we fly out tomorrow for two weeks", not "how are you going to …").
    if (AHEAD.has(t[j].key) && t[j].clause === t[i].clause) ahead = true;
  }
  return ahead;
}

/** The message's stance is glad: a praise, thanks or delight word, none of it read as sarcasm. */
function glad(ctx: CueContext): boolean {
  const t = ctx.doc.tokens;
  for (const h of ctx.hits) if ((h.category === 'frustration.praise' || h.category === 'frustration.positive') && !t[h.from].negated && !t[h.from].neg && !wished(t, h.from)) return true;
  for (let i = 0; i < t.length; i++) if (GLAD_WORD.has(t[i].key) && !t[i].negated && !t[i].neg && !wished(t, i)) return true;
  return false;
}

/** A glad word wished for, not said: "I would be happy if …", "it'd be great if …". */
function wished(t: readonly Tok[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 3 && t[j].clause === t[i].clause; j--) if (t[j].key === 'would' || t[j].key === 'd' || t[j].key === "'d" || t[j].key === 'if') return true;
  return false;
}

/** A judgement word of a circumstance the company relieved ("made a horrible day easier", "what could have been a nightmare"). */
function relieved(t: readonly Tok[], idx: readonly number[]): boolean {
  const i = idx[0];
  if (i === undefined) return false;
  const [a, b] = sentenceRange(t, i);
  // "what could have been a nightmare", "would have been awful".
  for (let j = i - 1; j >= a && j >= i - 5; j--) if (t[j].key === 'been' && (t[j - 1]?.key === 'have' || t[j - 1]?.key === 've') && /^(?:could|would|might)$/.test(t[j - 2]?.key ?? '')) return true;
  // "made a horrible moving day a lot easier", "turned an awful morning into a good one".
  let verb = false;
  for (let j = i - 1; j >= a && j >= i - 4; j--) if (/^(?:made|make|makes|making|turned|turn|turns|turning)$/.test(t[j].key)) verb = true;
  if (!verb) return false;
  for (let j = i + 1; j <= b && j <= i + 7; j++) if (RELIEF_AFTER.has(t[j].key)) return true;
  return false;
}

/** The sentence of token i tells what could have happened and did not ("what could have been a nightmare"). */
function counterfactual(ctx: CueContext, t: readonly Tok[], i: number): boolean {
  const [a, b] = sentenceRange(t, i);
  for (let j = a + 2; j <= b; j++) {
    if (t[j].key !== 'been' || (t[j - 1].key !== 'have' && t[j - 1].key !== 've') || !/^(?:could|would|might)$/.test(t[j - 2].key)) continue;
    // What was avoided is a bad thing ("could have been a nightmare"), not "would have been good to know" (a reproach).
    for (const h of ctx.hits) if (h.category === 'frustration.judgement' && h.from > j && h.from <= j + 3) return true;
  }
  return false;
}

/** Calm session-23 reading: true when every piece of evidence is explained by a calm kind above, or is a mark or a plain fault report beside one that is. */
export function calmKinds23(ctx: CueContext, evidence: readonly Evidence[]): boolean {
  if (ctx.fa || evidence.length === 0) return false;
  const t = ctx.doc.tokens;
  const text = ctx.doc.text;
  const delight = !IRONY_TEXT.test(text) && glad(ctx);
  let explained = 0;
  const left: Evidence[] = [];
  const praise: Evidence[] = [];
  const faults: boolean[] = [];
  for (const e of evidence) {
    const why = e.why ?? '';
    if (NEGATIVE_STANCE.has(why) && why !== 'tone.why.irony') return false;
    const idx = tokensOf(ctx, e);
    const words = ctx.message.slice(e.start, e.end);
    let ok = false;
    if (delight && idx.length > 0 && why !== 'tone.why.feeling' && why !== 'tone.why.irony' && counterfactual(ctx, t, idx[0])) {
      // "What could have been a nightmare took twenty minutes": what did not happen.
      ok = true;
    } else if (why === 'tone.why.caps') {
      const caps = words.split(/\s+/).filter(Boolean);
      if (delight && caps.every((w) => GLAD_CAPS.test(w))) ok = true;
      else if (caps.every((w) => PLEA_TIME.test(w))) ok = evidence.some((x) => x !== e && x.why === 'tone.why.caps' && displayLabel(ctx, tokensOf(ctx, x)));
      else if (displayLabel(ctx, idx)) ok = true;
    } else if (why === 'tone.why.punctuation') {
      ok = delight && /^!+$/.test(words.trim());
    } else if (why === 'tone.why.irony') {
      if (!stuckInQuote(ctx, idx, e)) return false;
      ok = true;
    } else if (why === 'tone.why.complaint') {
      ok = timeAhead(ctx, idx);
    } else if ((why === 'tone.why.judgement' || why === 'tone.why.politeAnger') && idx.length === 1 && delight) {
      const k = t[idx[0]].key;
      if (EARNEST.has(k)) {
        // Said in earnest before praise in its own sentence: "Seriously, the best …", "Seriously impressed".
        const [a, b] = sentenceRange(t, idx[0]);
        let good = false;
        for (let j = a; j <= b; j++) if (j !== idx[0] && (GLAD_WORD.has(t[j].key) || GOOD.has(t[j].key) || /(?:est)$/.test(t[j].key) && t[j].key.length > 4)) good = true;
        for (const h of ctx.hits) if (h.category === 'frustration.praise' && t[h.from].sentence === t[idx[0]].sentence) good = true;
        ok = good;
      } else ok = relieved(t, idx);
    }
    if (why === 'tone.why.sarcasm' && idx.length > 0 && ctx.hits.some((h) => h.from === idx[0] && h.category === 'frustration.praise')) {
      praise.push(e);
      continue;
    }
    // Good news told with a negation ("Nothing broken", "no mess", "without any fuss"): a harm spared, not a fault (./frustration.kinds24.ts).
    if (delight && !ok && idx.length > 0 && (why === 'tone.why.sarcasm' || why === 'tone.why.failureList' || why === 'tone.why.failure') && sparedHarm24(t, idx[0])) ok = true;
    // A fault of one's own or one's people's doing is nothing to mock: the praise beside it is sincere.
    if (why === 'tone.why.sarcasm' && !ok && idx.length === 1 && t[idx[0]].past && ownDoing(t, idx[0])) ok = true;
    if (why === 'tone.why.sarcasm') faults.push(ok);
    if (ok) explained++;
    else left.push(e);
  }
  // Sarcasm is praise and a fault together: with every fault beside it explained, the praise is sincere.
  if (praise.length > 0) {
    if (faults.length === 0 || !faults.every(Boolean)) return false;
    explained += praise.length;
  }
  if (explained === 0) return false;
  for (const e of left) {
    const why = e.why ?? '';
    if (MARK_WHY.has(why) || why === 'tone.why.failure') continue;
    return false;
  }
  return true;
}
