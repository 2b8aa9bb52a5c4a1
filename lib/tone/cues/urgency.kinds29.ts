/**
 * Urgency, session 29 (tone29), English. Pooled over the fresh splits late20 … late28 (the misses of a person's or an
 * animal's health at stake now were seen in late20, late23, late24, late25, late26, late27 and late28); tried on
 * scripts/tone-kinds29-matrix.ts (URGENCY29_EN: positives across pets, children, the elderly and patients, and close
 * contrasts), never on a development sentence's nouns.
 *
 * - **an acute harm to someone's body told as going on now, with help asked now** ({@link healthNow29}): "our dog just
 *   ate most of a bar of dark chocolate … do I need to bring her in now?", "my cat was hit by a car just now, she is
 *   breathing but there is blood …", "he has been straining in the litter tray since 2am … who should I call?", "our cat
 *   is struggling to breathe", "my son fell off his scooter this morning and chipped his front tooth … can he be seen
 *   today?": a symptom or an injury (breathing, bleeding, vomiting, a seizure, collapse, a poison or an object swallowed,
 *   hit by a car, a fall with a broken tooth or bone, straining, an allergic reaction), not told as over ("she's fine
 *   now", "last year", "recovered") nor asked about in general ("is chocolate toxic to dogs?"), in a message that asks
 *   for help now (today, now, tonight, an out-of-hours or emergency service, "are you open", "what should I do", "who
 *   should I call", "help", "straight in") and books nothing routine (a check-up, a booster, next week).
 * - **is it safe, with someone vulnerable at stake** ("Is it safe to drink, yes or no? … I've got a toddler", "Someone is
 *   going to get hurt. … is it safe to ride or not?"): "is it safe to <use>" asked in a message that names a baby, a
 *   toddler, a newborn, an elderly or pregnant person, or says someone will get hurt. Not "is it safe to keep using it
 *   until I return it Sunday" with no one at stake.
 *
 * - **money or a living that hangs on the fault** ({@link livelihood29}): "I need it to pay my supplier on Friday", "four
 *   staff … need their wages to pay rent", "that was my rent money for the week", "every day it's off the road costs me
 *   around £400", "I am losing my work because of this", "it would empty the business account", "I need my phone for work
 *   … can you unbar it today?": an obligation the money was for (rent, wages, a supplier, a mortgage), a living being lost
 *   (customers, work, orders, money by the day), in a message that tells a fault of the company (a thing not working, not
 *   paid, short, failed, barred, charged, stuck). "need it for work" alone is weaker: only with help asked for today or
 *   now (a fault that comes and goes, told with "I need it for work", is a complaint, not a matter of hours). Not a quote or
 *   a plan asked for with no fault told, nor no hurry said.
 *
 * Cheap: a text gate before any token is read.
 */
import { unitRange, type CueContext } from '../cue.ts';
import { opens, textGate } from '../textgate.ts';
import type { Evidence } from '../types.ts';

type Tok = CueContext['doc']['tokens'][number];

/** Symptoms and injuries, as token-key sequences ("*x": a word ending in x; "*": any word). */
const SYMPTOMS: readonly (readonly string[])[] = [
  ['struggling', 'to', 'breathe'], ['can', 'not', 'breathe'], ['cannot', 'breathe'], ['not', 'breathing'], ['trouble', 'breathing'], ['difficulty', 'breathing'],
  ['breathing', 'heavily'], ['gasping'], ['is', 'breathing', 'but'], ['blood', 'from'], ['bleeding'], ['vomiting'], ['throwing', 'up'], ['being', 'sick'],
  ['seizure'], ['seizures'], ['collapsed'], ['unconscious'], ['unresponsive'], ['will', 'not', 'wake'], ['hit', 'by', 'a', 'car'], ['hit', 'by', 'a', 'van'],
  ['choking'], ['straining'], ['can', 'not', 'pee'], ['can', 'not', 'wee'], ['can', 'not', 'urinate'], ['only', 'producing', 'a', 'few', 'drops'],
  ['blocked', 'bladder'], ['crying', 'out'], ['allergic', 'reaction'], ['anaphylactic'], ['anaphylaxis'], ['face', 'is', 'swelling'], ['scalded'], ['bitten', 'by'],
  ['limping', 'badly'], ['can', 'not', 'stand'], ['can', 'not', 'walk'],
];
/** Eaten or swallowed: a poison or an object, within a few words after the verb ("ate most of a bar of dark chocolate"). */
const EATEN = new Set(['ate', 'eaten', 'swallowed', 'swallow', 'chewed', 'licked', 'drank']);
const TOXIC = new Set([
  'chocolate', 'grapes', 'grape', 'raisins', 'raisin', 'poison', 'tablets', 'tablet', 'pills', 'pill', 'ibuprofen', 'paracetamol', 'xylitol', 'antifreeze', 'lily', 'lilies',
  'onion', 'onions', 'bleach', 'battery', 'batteries', 'magnet', 'magnets', 'coin', 'coins', 'button', 'needle', 'sock', 'bone', 'medication', 'medicine', 'detergent', 'pod', 'pods',
]);
/** An injury told by its verb and the part of the body a few words on ("chipped his front tooth", "broke her wrist"). */
const INJURED = new Set(['chipped', 'broke', 'broken', 'cracked', 'knocked', 'dislocated', 'fractured', 'cut', 'burnt', 'burned', 'scalded', 'twisted', 'sprained']);
const BODY = new Set(['tooth', 'teeth', 'arm', 'leg', 'wrist', 'ankle', 'hand', 'finger', 'fingers', 'toe', 'paw', 'head', 'nose', 'jaw', 'collarbone', 'hip', 'eye', 'face']);
/** A person or an animal the harm befalls. */
const LIVING = new Set([
  'cat', 'cats', 'dog', 'dogs', 'kitten', 'puppy', 'pup', 'rabbit', 'hamster', 'horse', 'pony', 'parrot', 'bird', 'pet', 'son', 'daughter', 'baby', 'toddler', 'child',
  'kid', 'kids', 'boy', 'girl', 'mum', 'mom', 'dad', 'mother', 'father', 'wife', 'husband', 'partner', 'grandma', 'grandmother', 'grandad', 'grandfather', 'nan',
  'patient', 'spaniel', 'labrador', 'terrier', 'collie', 'retriever',
]);
const PRONOUN = new Set(['he', 'she', 'him', 'her', 'his', 'they', 'them']);
const SYMPTOM_GATE = textGate(['breath', 'blood', 'bleed', 'vomit', 'throwing up', 'being sick', 'seizure', 'collapsed', 'unconscious', 'unresponsive', 'wake', 'hit by', 'ate', 'eaten', 'swallow', 'chewed', 'licked', 'drank', 'choking', 'straining', 'pee', 'wee', 'urinate', 'drops', 'bladder', 'crying out', 'tooth', 'broke', 'allergic', 'anaphyla', 'swelling', 'scalded', 'bitten', 'limping', 'stand', 'walk', 'is it safe']);
/** Help asked now (one word, or a phrase as key sequences). */
const NOW_WORDS = new Set(['today', 'now', 'tonight', 'asap', 'urgent', 'urgently', 'emergency', 'help', 'immediately']);
const NOW_PHRASES: readonly (readonly string[])[] = [
  ['out', 'of', 'hours'], ['out-of-hours'], ['are', 'you', 'open'], ['what', 'should', 'i', 'do'], ['what', 'i', 'should', 'do'], ['what', 'do', 'i', 'do'],
  ['who', 'should', 'i', 'call'], ['who', 'do', 'i', 'call'], ['straight', 'in'], ['straight', 'over'], ['right', 'away'], ['wait', 'and', 'watch'], ['bring', '*', 'in'],
  ['see', 'him'], ['see', 'her'], ['see', 'them'], ['seen', 'today'], ['a', 'e'], ['come', 'to', 'you'],
];
/** A routine matter booked or claimed: the symptom is history, not a harm going on. */
const ROUTINE = new Set(['check-up', 'checkup', 'booster', 'boosters', 'vaccination', 'vaccinations', 'jab', 'jabs', 'invoice', 'bill', 'refund', 'claim', 'receipt', 'insurance', 'review', 'feedback', 'complaint']);
/** Words that tell the harm as over or as long ago. */
const OVER: readonly (readonly string[])[] = [
  ['fine', 'now'], ['ok', 'now'], ['okay', 'now'], ['better', 'now'], ['recovered'], ['last', 'year'], ['last', 'month'], ['last', 'week'], ['years', 'ago'], ['months', 'ago'],
  ['weeks', 'ago'], ['when', 'he', 'was'], ['when', 'she', 'was'], ['all', 'good', 'now'], ['back', 'to', 'normal'], ['thank', 'you', 'for', 'seeing'], ['thanks', 'for', 'seeing'],
];
const NO_HURRY = /\b(?:no rush|no hurry|not urgent|no urgency|whenever (?:you|is))\b/;
/** Someone vulnerable, or harm to come. */
const VULNERABLE = new Set(['baby', 'babies', 'toddler', 'toddlers', 'newborn', 'infant', 'pregnant', 'elderly', 'disabled']);

/** Whether the key sequence `seq` matches at token i ("*x": a word ending in x; "*": any word). */
function seqAt(t: readonly Tok[], i: number, seq: readonly string[]): boolean {
  for (let j = 0; j < seq.length; j++) {
    const k = t[i + j]?.key;
    if (k === undefined || t[i + j].sentence !== t[i].sentence) return false;
    const w = seq[j];
    if (w === '*') continue;
    if (w.startsWith('*') ? !k.endsWith(w.slice(1)) : k !== w) return false;
  }
  return true;
}

const SAFE_TO: readonly (readonly string[])[] = [['is', 'it', 'safe', 'to']];

function anyAt(t: readonly Tok[], seqs: readonly (readonly string[])[], from = 0, to = t.length): number {
  for (let i = from; i < to; i++) for (const s of seqs) if (seqAt(t, i, s)) return i;
  return -1;
}

/** Whether the sentence of token i asks about it in general ("Is chocolate toxic to dogs?", "What if she ate a grape?"). */
function supposed(ctx: CueContext, t: readonly Tok[], i: number): boolean {
  const [a] = unitRange(t, i, 'sentence');
  for (let j = a; j < i; j++) if (/^(?:if|whether|what|can|could|would|should|does|do|is)$/.test(t[j].key) && j === a) return true;
  for (let j = Math.max(a, i - 4); j < i; j++) if (/^(?:if|whether|in case|suppose|prevent|avoid|never)$/.test(t[j].key)) return true;
  return false;
}

/** "an acute harm to someone's body told as going on now, with help asked now"; "is it safe" with someone vulnerable. */
export function healthNow29(ctx: CueContext): Evidence[] {
  if (ctx.fa || ctx.empty || !opens(ctx.low, SYMPTOM_GATE) || NO_HURRY.test(ctx.low)) return [];
  const t = ctx.doc.tokens;
  // "Is it safe to drink … I've got a toddler", "Someone is going to get hurt. … is it safe to ride".
  const safe = anyAt(t, SAFE_TO);
  // Both readings below need one of these (the question, or someone living named): most messages the gate lets in
  // ("late", "update", "walk") have neither, and stop before the walks for OVER and NOW_PHRASES (speed, perftone30).
  if (safe < 0 && !t.some((x) => LIVING.has(x.key))) return [];
  if (anyAt(t, OVER) >= 0 || t.some((x) => ROUTINE.has(x.key))) return [];
  const askedNow = t.some((x) => NOW_WORDS.has(x.key) && !x.negated) || anyAt(t, NOW_PHRASES) >= 0;
  // Someone vulnerable named as a person ("a newborn", "my mum is elderly", "got a toddler"), not a thing's kind ("the baby
  // blanket"); the question beside a fault told in another sentence, not asked alone.
  const someone = t.some((x, i) => VULNERABLE.has(x.key) && /^(?:a|an|my|our|have|got|with|is|am|are|s|the)$/.test(t[i - 1]?.key ?? '') && !(t[i - 1]?.key === 'the' && t[i + 1] && t[i + 1].sentence === x.sentence && /^[a-z]/.test(t[i + 1].key) && !/^(?:is|in|and|who|has|was)$/.test(t[i + 1].key)));
  const told = safe >= 0 && t.some((x) => x.sentence !== t[safe].sentence);
  if (safe >= 0 && told && (someone || anyAt(t, [['going', 'to', 'get', 'hurt'], ['get', 'hurt'], ['gets', 'hurt']]) >= 0)) {
    const [, b] = unitRange(t, safe, 'sentence');
    return [ctx.ev({ start: t[safe].start, end: t[Math.min(b - 1, safe + 4)].end }, 'tone.why.safety')];
  }
  if (!askedNow || !t.some((x) => LIVING.has(x.key))) return [];
  for (let i = 0; i < t.length; i++) {
    let end = -1;
    for (const s of SYMPTOMS) {
      if (!seqAt(t, i, s)) continue;
      if (t[i].negated && s[0] !== 'can' && s[0] !== 'not' && s[0] !== 'will') continue;
      end = i + s.length - 1;
      break;
    }
    // "ate most of a bar of dark chocolate", "swallowed a battery"; "chipped his front tooth", "broke her wrist".
    if (end < 0 && EATEN.has(t[i].key) && !t[i].negated) for (let j = i + 1; j < t.length && j <= i + 7 && t[j].sentence === t[i].sentence; j++) if (TOXIC.has(t[j].key)) { end = j; break; }
    if (end < 0 && INJURED.has(t[i].key) && !t[i].negated) for (let j = i + 1; j < t.length && j <= i + 3 && t[j].sentence === t[i].sentence; j++) if (BODY.has(t[j].key) && /^(?:his|her|their|my|its|a|the|front|out)$/.test(t[j - 1].key)) { end = j; break; }
    if (end < 0 || supposed(ctx, t, i)) continue;
    // Someone's body: a person or an animal named, or a pronoun, in its sentence ("the ceiling collapsed" is not).
    const [a, b] = unitRange(t, i, 'sentence');
    let body = false;
    for (let j = a; j < b && !body; j++) if (LIVING.has(t[j].key) || PRONOUN.has(t[j].key)) body = true;
    if (!body) continue;
    return [ctx.ev({ start: t[i].start, end: t[end].end }, 'tone.why.safety')];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------------------------------
// Money or a living that hangs on the fault

const LIVING_GATE = textGate(['rent', 'wage', 'payroll', 'supplier', 'mortgage', 'to pay', 'losing', 'costs me', 'costs us', 'costing', 'empty', 'for work', 'to work', 'for my job', 'for my work']);
/** What the money is for: paying one of these ("to pay my supplier", "need their wages to pay rent"). */
const OWED = new Set(['rent', 'wages', 'wage', 'staff', 'supplier', 'suppliers', 'mortgage', 'payroll', 'landlord', 'employees', 'workers', 'bills']);
/** What is being lost ("losing customers", "losing my work"). */
const LOST = new Set(['customers', 'customer', 'money', 'business', 'income', 'work', 'orders', 'sales', 'bookings', 'trade', 'clients', 'jobs', 'shifts', 'wages']);
/** A fault of the company told: failing, short, not paid, barred, charged … (a negated verb counts too). */
const FAULT = new Set([
  'failed', 'fails', 'failing', 'declined', 'short', 'down', 'barred', 'blocked', 'locked', 'frozen', 'charged', 'overcharged', 'debited', 'stuck', 'missing',
  'cancelled', 'canceled', 'wrong', 'error', 'broken', 'suspended', 'disconnected', 'outage', 'still', 'unpaid', 'withheld', 'held',
]);
const TODAY = new Set(['today', 'now', 'tonight', 'asap', 'urgently', 'immediately']);

function faultTold(t: readonly Tok[]): boolean {
  for (const x of t) {
    if (FAULT.has(x.key) && !(x.negated && x.key !== 'still')) return true;
    // "is not working", "have still not been paid", "cannot make calls", "weren't paid".
    if (x.negated && /^(?:working|work|works|paid|arrived|come|connect|connected|load|make|sent|received|processed|done|fixed|turn|go|afford)$/.test(x.key)) return true;
  }
  // "off the road" (a vehicle kept).
  return t.some((x, i) => x.key === 'off' && t[i + 1]?.key === 'the' && t[i + 2]?.key === 'road');
}

/** An obligation or a living at stake: its evidence span as token range, or null. */
function stakeAt(t: readonly Tok[], i: number): [number, number] | null {
  const k = t[i].key;
  const n = t[i + 1]?.key ?? '';
  // "rent is due", "my rent money", "wages to pay rent", "to pay my supplier".
  if (k === 'rent' && (n === 'money' || (n === 'is' && t[i + 2]?.key === 'due') || (n === 'due'))) return [i, n === 'is' ? i + 2 : i + 1];
  if (k === 'pay' && t[i - 1]?.key === 'to') for (let j = i + 1; j <= i + 3 && j < t.length && t[j].sentence === t[i].sentence; j++) if (OWED.has(t[j].key)) return [i - 1, j];
  // "losing customers", "I am losing my work because of this".
  if (k === 'losing') for (let j = i + 1; j <= i + 3 && j < t.length && t[j].sentence === t[i].sentence; j++) if (LOST.has(t[j].key)) return [i, j];
  // "costs me around £400 a day", "every day it's off the road costs me £400".
  if ((k === 'costs' || k === 'costing') && /^(?:me|us)$/.test(n)) {
    const [a, b] = unitRange(t, i, 'sentence');
    let day = -1;
    for (let j = a; j < b; j++) if (/^(?:day|hour|week|night)$/.test(t[j].key) && /^(?:a|per|every|each)$/.test(t[j - 1]?.key ?? '')) day = j;
    if (day >= 0) return [Math.min(i, day - 1), Math.max(i + 1, day)];
  }
  // "it would empty the business account".
  if (k === 'empty' && /^(?:the|my|our)$/.test(n)) for (let j = i + 2; j <= i + 3 && j < t.length; j++) if (t[j].key === 'account') return [i, j];
  return null;
}

/** "I need my phone for work", "I need my van to work": weaker, with help asked for today or now. */
function neededForWork(t: readonly Tok[], i: number): [number, number] | null {
  if (t[i].key !== 'need' || t[i].negated) return null;
  for (let j = i + 1; j <= i + 4 && j + 1 < t.length && t[j].sentence === t[i].sentence; j++) {
    if ((t[j].key === 'for' && (t[j + 1].key === 'work' || (t[j + 1].key === 'my' && /^(?:work|job)$/.test(t[j + 2]?.key ?? '')))) || (t[j].key === 'to' && t[j + 1].key === 'work' && j > i + 1)) return [i, t[j + 1].key === 'my' ? j + 2 : j + 1];
  }
  return null;
}

/** Money or a living that hangs on the company's fault (see the header). */
export function livelihood29(ctx: CueContext): Evidence[] {
  if (ctx.fa || ctx.empty || !opens(ctx.low, LIVING_GATE) || NO_HURRY.test(ctx.low)) return [];
  const t = ctx.doc.tokens;
  if (!faultTold(t)) return [];
  const today = t.some((x) => TODAY.has(x.key) && !x.negated);
  for (let i = 0; i < t.length; i++) {
    const s = stakeAt(t, i) ?? (today ? neededForWork(t, i) : null);
    if (!s || supposed(ctx, t, s[0])) continue;
    // Wished away or supposed: "I don't want to be losing customers", "so we avoid losing orders", "if it costs me £50 a day".
    let wished = false;
    for (let j = Math.max(0, s[0] - 4); j < s[0]; j++) if (t[j].sentence === t[s[0]].sentence && (t[j].neg || /^(?:want|wanted|avoid|prevent|if|would|could|might|worried|afraid)$/.test(t[j].key))) wished = true;
    if (wished) continue;
    return [ctx.ev({ start: t[s[0]].start, end: t[s[1]].end }, 'tone.why.money')];
  }
  return [];
}

/** Session 29's English readings, in one call for urgency.ts. */
export function urgencyKinds29(ctx: CueContext): Evidence[] {
  const health = healthNow29(ctx);
  return health.length ? health : livelihood29(ctx);
}
