/**
 * Frustration, session 21 (tone21): English kinds named from how fresh writers' false alarms and misses differ from what
 * the earlier readers enumerate, each tried on a look-alike set written from general knowledge across trades
 * (tests/unit/tone/frustration-kinds21.test.ts), never on a development sentence's nouns.
 *
 * Calm kinds (a false cue costs more than a miss). A piece of evidence is EXPLAINED when it lies in one of these, and the
 * cue stays quiet when every piece is explained or is only a mark (!!, capitals) or a plain fault report:
 * - **a negated stop of a doing is praise** ("hasn't stopped talking about it", "can't stop wearing it"): a continuation,
 *   not a fault, so praise beside it is sincere;
 * - **"again" of a greeting or of bothering them** ("Hello again", "it's me again", "sorry to bother you again");
 * - **praise of a person the customer dealt with** ("the man I spoke to was lovely", "your engineer was brilliant"), not
 *   of a failure: sincere, and the fault beside it is a plain report;
 * - **an absence with a time** ("won't be back till Monday", "I won't be home until six"), not leaving for good;
 * - **stuck in one's own circumstance** ("stuck in a meeting", "stuck at work", "stuck in traffic");
 * - **a plea's marks**: capitals of urgency or plea words (URGENT, PLEASE, HELP, ASAP) and "??" closing a request for help;
 * - **somebody else's silence** ("nobody is answering the door", "the neighbour isn't picking up");
 * - **a heads-up**: "just so you know", "thought I'd flag it", "in case nobody has", "I'm not upset at all": the faults
 *   told are a report, and a silence inside "in case …" is not asserted;
 * - **a feeling made small and conceded** ("a little disappointed, though I appreciate these things happen").
 * Never explained: a feeling, a judgement, swearing, an escalation or threat, irony markers, an angry emoji.
 *
 * Frustrated kinds (misses; each weighs under the threshold alone but for the ironic tag):
 * - **nobody told us**: the customer learnt of what affects them from elsewhere ("nobody told us anything", "had to find
 *   out from your own website", "we found out from a neighbour");
 * - **an offer to do the company's work oneself**, asked ("want me to just fix it myself?", "should I just write the
 *   code for you too?");
 * - **an ironic tag after praise**: "Progress, I guess.", "great testing you've got there", "nice work there, guys"
 *   beside a fault or a repeat;
 * - **money paid set against the situation**: "I pay £90 a month for this.", "we're paying for premium for this?";
 * - **a plea for one that works**: "just give me a number that works", "just send one that actually exists";
 * - **"WHAT is going on with your …??"**: an exasperated question at the company's doing (capitals, "??" or "?!");
 * - **a demand with its substitute dismissed**: "I want it confirmed today, not some bot reply".
 *
 * Read from the latest words (the signature and quoted history are not in them). English only.
 */
import type { CueContext } from '../cue.ts';
import { opens, type TextGate, textGate } from '../textgate.ts';
import { gateOf } from '../readergate.ts';
import type { Evidence } from '../types.ts';

type Tok = CueContext['doc']['tokens'][number];

/** Words whose capitals are urgency or a plea, not shouting. */
const PLEA_CAPS = /^(?:URGENT(?:LY)?|PLEASE|PLEASEE+|PLS|PLZ|HELP|ASAP|NOW|TODAY|TONIGHT|EMERGENCY|SOS|IMMEDIATELY|IMMEDIATE|IMPORTANT|ASSISTANCE|NEEDED|SOON|QUICKLY|FAST|TIME|SENSITIVE|ATTENTION|ACTION|REQUIRED|NEED|SOMEONE|SEND|CALL|ME|A|AN|THE|IS|IT|OF|OUT|WATER|GAS|LEAK|FIRE|FLOOD|FLOODING|LEAKING|HOSPITAL|BABY|SAFE|SAFETY|DANGER|RISK)[!.?:,-]*$/;
/** A word of a plea itself among the capitals (one is needed: "WATER LEAK" alone is not a plea). */
const PLEA_CORE = /^(?:URGENT(?:LY)?|PLEASE|PLEASEE+|PLS|PLZ|HELP|ASAP|EMERGENCY|SOS|IMMEDIATELY|IMPORTANT|ATTENTION|REQUIRED)[!.?:,-]*$/;
/** A plain report: a fault, a wait, time gone, a list of faults. */
const REPORT = new Set<string>(['tone.why.failure', 'tone.why.complaint', 'tone.why.elapsed', 'tone.why.list']);
const MARKS = new Set<string>(['tone.why.punctuation', 'tone.why.caps', 'tone.why.emphasis', 'tone.why.emoji', 'tone.why.impatient']);
/** Never explained here. */
const STANCE = new Set<string>(['tone.why.judgement', 'tone.why.rude', 'tone.why.escalation', 'tone.why.threat', 'tone.why.irony', 'tone.why.notHappy', 'tone.why.rhetorical', 'tone.why.rhetoricalQuestion', 'tone.why.politeAnger', 'tone.why.brokenPromise', 'tone.why.contactCount', 'tone.why.exasperated']);
const ANGRY_FACE = /[\u{1f620}\u{1f621}\u{1f92c}\u{1f624}\u{1f44e}\u{1f595}\u{1f644}\u{1f643}\u{1f612}\u{1f611}]/u;
const IRONY = /[\u{1f643}\u{1f644}\u{1f921}\u{1f480}\u{1f44f}]|\b(?:as (?:always|usual|ever)|yet again|i'?m sure|yeah right|thanks for nothing|cheers for nothing|not!|\/s|i guess|i suppose|got there|well done)\b/iu;

const STOP = new Set(['stop', 'stopped', 'stops', 'stopping', 'quit', 'quits']);
const GREET = new Set(['hello', 'hi', 'hey', 'hiya', 'morning', 'afternoon', 'evening', 'howdy', 'greetings']);
const BOTHER = new Set(['bother', 'bothering', 'trouble', 'troubling', 'disturb', 'disturbing', 'pester', 'pestering', 'chase', 'chasing', 'nag', 'nagging']);
const PERSON = new Set([
  'man', 'woman', 'lady', 'guy', 'chap', 'gentleman', 'girl', 'lad', 'bloke', 'person', 'staff', 'team', 'driver', 'engineer', 'technician',
  'agent', 'advisor', 'adviser', 'rep', 'representative', 'nurse', 'doctor', 'vet', 'receptionist', 'fitter', 'installer', 'courier',
  'plumber', 'electrician', 'he', 'she', 'everyone', 'everybody', 'colleague', 'manager', 'waiter', 'waitress', 'host', 'stylist', 'guide',
  'pharmacist', 'cashier', 'assistant', 'operator', 'officer', 'crew', 'porter', 'mechanic', 'dentist', 'teacher', 'tutor', 'trainer', 'builder',
  'decorator', 'cleaner', 'surveyor', 'caller', 'people', 'folks', 'guys', 'ladies', 'men', 'women', 'staffs', 'nurses', 'engineers', 'drivers',
]);
const BE = new Set(['was', 'were', 'is', 'are', 'been', 'be']);
const SOFT = new Set(['really', 'very', 'super', 'ever', 'so', 'incredibly', 'extremely', 'truly', 'genuinely', 'absolutely', 'lovely', 'and', 'just', 'also', 'both', 'all', 'quite']);
const ABSENT_PLACE = new Set(['back', 'home', 'around', 'available', 'in', 'there', 'here', 'reachable', 'contactable', 'about']);
const TIME_AFTER = new Set(['until', 'before', 'for', 'on', 'this', 'next', 'tomorrow', 'tonight', 'after', 'by', 'at', 'from', 'over', 'during', 'later', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'the', 'then', 'in']);
const CIRCUMSTANCE = new Set([
  'meeting', 'meetings', 'traffic', 'work', 'class', 'lecture', 'call', 'exam', 'appointment', 'hospital', 'bed', 'office', 'school',
  'surgery', 'jam', 'training', 'shift', 'conference', 'wedding', 'funeral', 'abroad', 'home', 'court', 'lessons', 'lesson', 'seminar',
  'interview', 'clinic', 'ward', 'car', 'train', 'bus', 'theatre', 'session', 'workshop', 'site', 'field', 'rain', 'snow', 'isolation',
]);
const DET = new Set(['a', 'an', 'the', 'my', 'our', 'back-to-back', 'back', 'to', 'another', 'some', 'this', 'heavy', 'long', 'all-day', 'day', 'all']);
const MINIMISER = new Set(['little', 'bit', 'slightly', 'somewhat', 'mildly', 'tad', 'touch', 'tiny', 'fraction']);
const CONCEDE =
  /\b(?:these things happen|things happen|it happens|stuff happens|(?:i|we) (?:do |fully |totally |completely )?(?:appreciate|understand|realise|realize|know|accept) (?:that )?(?:these|this|it|delays?|things|mistakes|you|there|such|it'?s|that'?s|the|staff|everyone|nobody|no one|issues|problems)|no (?:big deal|harm done|real harm)|not the end of the world|not a (?:big|huge|major) (?:deal|issue|problem)|not your fault|through no fault|beyond your control|out of your (?:hands|control))\b/i;
const HEADS_UP =
  /\b(?:just so (?:you|u) (?:know|are aware)|just (?:letting|to let|wanted to let) (?:you|u) know|thought (?:i'?d|i would|i should|it worth|it best to) (?:flag|mention|let|point|pass|report|raise|give|say|drop)|fyi|f\.y\.i|heads[- ]up|for your (?:information|info|records|awareness)|in case (?:nobody|no one|no-one|noone|anyone|you|it|this|others|someone)|not (?:a|an) (?:complaint|criticism)|(?:i'?m|i am) not (?:complaining|upset|angry|annoyed|cross|bothered|mad|fussed)(?: (?:at all|really|or anything|in the slightest))?|no (?:rush|hurry|urgency)|not urgent)\b/i;
const HEADS_UP_GATE = textGate(['know', 'aware', 'thought', 'fyi', 'f.y.i', 'heads', 'information', 'info', 'records', 'awareness', 'case', 'complaint', 'criticism', 'not', 'rush', 'hurry', 'urgen']);
const CONCEDE_GATE = textGate(['happen', 'appreciate', 'understand', 'realise', 'realize', 'know', 'accept', 'deal', 'harm', 'end of the world', 'fault', 'control', 'hands', 'issue', 'problem']);

function tokensOf(ctx: CueContext, e: Evidence): number[] {
  const a = e.start - ctx.offset;
  const b = e.end - ctx.offset;
  const t = ctx.doc.tokens;
  const out: number[] = [];
  for (let i = 0; i < t.length; i++) if (t[i].start < b && a < t[i].end) out.push(i);
  return out;
}

/** "hasn't stopped talking", "can't stop smiling", "never stops amazing me": a negated stop before a doing. */
function continuation(t: readonly Tok[], i: number): boolean {
  if (t[i].fa || !STOP.has(t[i].key)) return false;
  const next = t[i + 1];
  if (!next || next.clause !== t[i].clause || !/^[a-z]{2,}ing$/.test(next.key) || next.key === 'working' || next.key === 'charging' || next.key === 'crashing' || next.key === 'failing') return false;
  for (let j = i - 1; j >= 0 && j >= i - 3 && t[j].clause === t[i].clause; j--) if (t[j].neg) return true;
  return false;
}

/** "Hello again", "it's me again", "sorry to bother you again": the "again" of a greeting or of writing once more. */
function greetingAgain(t: readonly Tok[], i: number): boolean {
  if (t[i].key !== 'again') return false;
  const p = t[i - 1];
  if (!p) return false;
  if (GREET.has(p.key) && (i - 1 === 0 || t[i - 2].sentence !== p.sentence || t[i - 2].key === 'good')) return true;
  if (p.key === 'me' && (t[i - 2]?.key === 'is' || t[i - 2]?.key === 'it')) return true;
  if (p.key === 'you' && BOTHER.has(t[i - 2]?.key ?? '')) return true;
  if ((p.key === 'twice' || p.key === 'once') && BOTHER.has(t[i - 3]?.key ?? '')) return true;
  return false;
}

/** Praise said of a person the customer dealt with ("the man I spoke to was lovely", "your engineer was brilliant"). */
function personPraised(ctx: CueContext, t: readonly Tok[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && SOFT.has(t[j].key) && t[j].sentence === t[i].sentence) j--;
  if (j < 0 || !BE.has(t[j].key) || t[j].sentence !== t[i].sentence) return false;
  // "so helpful" in capitals or drawn out is a tease; the sentence must not hold the fault itself.
  const word = ctx.doc.text.slice(t[i].start, t[i].end);
  if (word.length > 3 && word === word.toUpperCase()) return false;
  if (t[i - 1]?.key === 'so' || t[i - 1]?.key === 'sooo' || t[i - 1]?.key === 'soo') return false;
  for (let k = j - 1; k >= 0 && k >= j - 8 && t[k].sentence === t[i].sentence; k--) {
    if (PERSON.has(t[k].key)) return true;
    if (t[k].key === 'service' || t[k].key === 'app' || t[k].key === 'system' || t[k].key === 'website' || t[k].key === 'company') return false;
  }
  return false;
}

/** "won't be back till Monday", "I won't be home until six", "not available for two weeks": an absence with a time. */
function absence(t: readonly Tok[], idx: readonly number[]): boolean {
  for (const i of idx) {
    if (!ABSENT_PLACE.has(t[i].key) || t[i - 1]?.key !== 'be') continue;
    let k = i + 1;
    if (t[k]?.key === 'home' || t[k]?.key === 'in' || t[k]?.key === 'here') k++;
    const n = t[k];
    if (n && n.sentence === t[i].sentence && TIME_AFTER.has(n.key)) return true;
  }
  return false;
}

/** "stuck in a meeting", "stuck at work", "stuck in traffic": the customer's own circumstance, not a fault. */
function stuckOwn(t: readonly Tok[], i: number): boolean {
  if (t[i].key !== 'stuck') return false;
  // The customer's own: "I'm stuck", "we are stuck", or a sentence that opens with it ("Stuck in traffic, …"), not the pilot's.
  let mine = i === 0 || t[i - 1].sentence !== t[i].sentence;
  for (let k = i - 1; !mine && k >= 0 && k >= i - 3 && t[k].clause === t[i].clause; k--) if (t[k].key === 'i' || t[k].key === 'we') mine = true;
  if (!mine) return false;
  const p = t[i + 1];
  if (!p || (p.key !== 'in' && p.key !== 'at' && p.key !== 'on')) return false;
  for (let k = i + 2; k < t.length && k <= i + 4 && t[k].clause === t[i].clause; k++) {
    if (CIRCUMSTANCE.has(t[k].key)) return true;
    if (!DET.has(t[k].key)) return false;
  }
  return false;
}

/** A silence whose object is someone else's door or line ("nobody is answering the door", "no one answers next door"). */
function othersSilence(t: readonly Tok[], idx: readonly number[]): boolean {
  const last = idx[idx.length - 1];
  if (last === undefined || !/^answer/.test(t[last].key) && !/^(?:pick|picking|picks)$/.test(t[last].key)) return false;
  for (let k = last + 1; k < t.length && k <= last + 4 && t[k].sentence === t[last].sentence; k++) {
    if (t[k].key === 'door' || t[k].key === 'doorbell' || t[k].key === 'neighbour' || t[k].key === 'neighbor' || t[k].key === 'upstairs' || t[k].key === 'downstairs') return true;
    if (t[k].key === 'there' && t[k - 1]?.key === 'up') return true;
  }
  return false;
}

/** Within an "in case …" clause ("in case nobody has yet"): not asserted. */
function inCase(t: readonly Tok[], i: number): boolean {
  for (let k = i - 1; k >= 1 && k >= i - 4 && t[k].sentence === t[i].sentence; k--) if (t[k].key === 'case' && t[k - 1].key === 'in') return true;
  return false;
}

/** "Can you still fit me in?", "is the offer still on?": a "still" of a chance asked about, not of a wait. */
function stillAsked(ctx: CueContext, t: readonly Tok[], i: number): boolean {
  const s = sentenceText(ctx, t[i].start);
  if (!/\?\s*$/.test(s) || /\b(?:why|how come)\b/i.test(s)) return false;
  const p = t[i - 2];
  return !!p && p.sentence === t[i].sentence && /^(?:can|could|may|will|would|is|are|am|do|does)$/.test(p.key) && !/^(?:not|no|waiting|broken|missing)$/.test(t[i + 1]?.key ?? '');
}

/** The sentence around a local offset. */
function sentenceText(ctx: CueContext, at: number): string {
  for (const s of ctx.doc.sentences) if (s.start <= at && at < s.end) return ctx.doc.text.slice(s.start, s.end);
  return '';
}

/** A request for a hand: a helping verb after "can someone", or please. */
const REQUEST = /\b(?:can|could|would|will) (?:some ?one|somebody|any ?one|anybody|you|u) (?:please |pls |just |possibly |kindly )?(?:help|check|send|call|ring|extend|look|confirm|tell|fix|sort|arrange|let|advise|contact|reset|cancel|change|move|update|refund|hold|keep|fit|book|come|pop|put|give|email|text|unlock|reconnect|switch|turn|add|transfer|top)\b|\bplease\b|\bpls\b/i;
const WH = /\b(?:why|how|what the|seriously|actually|really|even|any|worse|ever)\b/i;

/** Calm session-21 reading: true when every piece of evidence is explained by a calm kind above, a mark or a plain report. */
export function calmKinds21(ctx: CueContext, evidence: readonly Evidence[]): boolean {
  if (ctx.fa || evidence.length === 0) return false;
  const text = ctx.doc.text;
  if (IRONY.test(text)) return false;
  const t = ctx.doc.tokens;
  // Capitals are a plea's only when every capital word of the message is a plea's; marks of a heads-up are none.
  let capsPlea = false;
  let marked = false;
  for (const e of evidence) {
    if (e.why === 'tone.why.punctuation' || e.why === 'tone.why.caps' || e.why === 'tone.why.emphasis') marked = true;
    if (e.why !== 'tone.why.caps') continue;
    const caps = ctx.message.slice(e.start, e.end).split(/\s+/).filter(Boolean);
    if (!caps.every((w) => PLEA_CAPS.test(w))) {
      capsPlea = false;
      break;
    }
    if (caps.some((w) => PLEA_CORE.test(w))) capsPlea = true;
  }
  const headsUp = !marked && opens(ctx.low, HEADS_UP_GATE) && HEADS_UP.test(text);
  const concede = opens(ctx.low, CONCEDE_GATE) && CONCEDE.test(text);
  // Sentences that tell the customer's own circumstance (an absence with a time, stuck in a meeting): the waits and lateness
  // in them are theirs.
  const own = new Set<number>();
  for (let k = 0; k < t.length; k++) if (stuckOwn(t, k) || (t[k].neg && absence(t, [k + 1, k + 2, k + 3].filter((x) => x < t.length && t[x].clause === t[k].clause)))) own.add(t[k].sentence);
  let explained = 0;
  const praise: boolean[] = [];
  const faults: boolean[] = [];
  const left: Evidence[] = [];
  for (const e of evidence) {
    const words = ctx.message.slice(e.start, e.end);
    const why = e.why ?? '';
    if (ANGRY_FACE.test(words)) return false;
    if (STANCE.has(why)) return false;
    const idx = tokensOf(ctx, e);
    const i = idx[0];
    let ok = false;
    if (i !== undefined) {
      if (REPORT.has(why) && own.has(t[i].sentence)) ok = true;
      else if (why === 'tone.why.complaint' && t[i].key === 'still' && stillAsked(ctx, t, i)) ok = true;
      else if (idx.some((k) => continuation(t, k)) || idx.some((k) => greetingAgain(t, k))) ok = true;
      else if (why === 'tone.why.leaving' && absence(t, idx)) ok = true;
      else if ((why === 'tone.why.failure' || why === 'tone.why.sarcasm') && idx.length === 1 && stuckOwn(t, i)) ok = true;
      else if (REPORT.has(why) && othersSilence(t, idx)) ok = true;
      else if (headsUp && REPORT.has(why)) ok = true;
      else if (why === 'tone.why.feeling' && concede && idx.some((k) => MINIMISER.has(t[k - 1]?.key ?? '') || MINIMISER.has(t[k - 2]?.key ?? ''))) ok = true;
      else if (concede && REPORT.has(why) && minimisedFeeling(ctx, evidence)) ok = true;
    }
    if (why === 'tone.why.caps' && capsPlea) ok = true;
    if (why === 'tone.why.punctuation' && /^\?+$/.test(words.trim()) && (capsPlea || !evidence.some((x) => x.why === 'tone.why.caps'))) {
      const s = sentenceText(ctx, e.start - ctx.offset);
      if (REQUEST.test(s) && !WH.test(s)) ok = true;
    }
    if (why === 'tone.why.sarcasm' && i !== undefined && ctx.hits.some((h) => h.from === i && h.category === 'frustration.praise')) {
      praise.push(ok || personPraised(ctx, t, i));
      continue;
    }
    if (why === 'tone.why.sarcasm') {
      faults.push(ok);
      if (ok) explained++;
      continue;
    }
    if (ok) explained++;
    else left.push(e);
  }
  // Sarcasm is praise and a fault together: praise is sincere when said of a person or when every fault beside it is
  // explained (a continuation, a greeting's "again"); with every praise sincere, a fault left is a plain report.
  const faultsGone = faults.length > 0 && faults.every(Boolean);
  for (const p of praise) {
    if (!p && !faultsGone) return false;
    explained++;
  }
  if (explained === 0) return false;
  for (const e of left) {
    const why = e.why ?? '';
    if (MARKS.has(why) || why === 'tone.why.failure') continue;
    return false;
  }
  return true;
}

function minimisedFeeling(ctx: CueContext, evidence: readonly Evidence[]): boolean {
  const t = ctx.doc.tokens;
  return evidence.some((e) => e.why === 'tone.why.feeling' && tokensOf(ctx, e).some((k) => MINIMISER.has(t[k - 1]?.key ?? '') || MINIMISER.has(t[k - 2]?.key ?? '')));
}

// ---------------------------------------------------------------------------------------------------------------------
// Frustrated kinds

const TOLD_VERB = new Set(['told', 'informed', 'warned', 'notified', 'contacted', 'mentioned', 'said', 'updated', 'called', 'emailed', 'rang', 'messaged', 'texted', 'let', 'bothered', 'thought']);
const NOBODY = new Set(['nobody', 'noone']);
const FOUND_OUT = /\b(?:had to|have to|having to) find out\b|\b(?:found|find|finding|learnt|learned|heard) (?:out )?(?:about (?:it|this|that) )?(?:from|on|via|through) (?:your own|a (?:neighbou?r|friend|stranger|third party|facebook|news)|the (?:news|internet|paper|papers)|social media|facebook|instagram|twitter|tiktok|reddit|a google|google|another customer|other customers)\b/i;
const UNINFORMED_GATE = textGate(['nobody', 'no one', 'no-one', 'noone', 'find out', 'found out', 'finding out', 'heard', 'learnt', 'learned', 'found']);
const MYSELF_GATE = textGate(['myself', 'ourselves', 'for you', 'your job']);
const DO_MYSELF = /\b(?:(?:do )?(?:you )?want me to|should i|shall i|do i|would you like me to|maybe i should|perhaps i should)\s+(?:just\s+)?(?:[a-z']+\s+){0,6}?(?:myself|ourselves|for you(?: too| as well)?|your job)\b[^.!?\n]*\?/i;
const TAG_GATE = textGate(['i guess', 'i suppose', 'got there', 'work there', 'job there', 'well done', 'nice one', 'good job', 'great job']);
const TAG_PRAISE = /(?:^|[.!?\n]\s*)(?:(?:wow|oh|cool|so|well|yeah)[,!]?\s+)?(?:progress|great|nice|lovely|brilliant|fantastic|excellent|amazing|wonderful|perfect|fab|superb|stellar|cool|good|top|solid|impressive)\b(?:[ ,-]+(?!i\b)[a-z-]+){0,3}?(?:,?\s*(?:i guess|i suppose)\s*(?:[.!?]|$)|\s+(?:you(?:'ve| have)? got there|you lot have got there|work there|job there)\b)/im;
/** A fault or a repeat elsewhere: the tag mocks it. */
const FAULT_NEAR = /\b(?:again|third|fourth|fifth|twice|still|broke|broken|bricked|crash(?:ed|es|ing)?|fail(?:ed|s|ing)?|wrong|duplicat\w*|missing|lost|late|worse|worst|dead|expired|buffering|shut|out of order|delay(?:ed)?|not working|doesn'?t work|didn'?t work|stopped working|dead|down|cancel(?:l)?ed|damaged|faulty|error|bug|fix(?:ed)?)\b/i;

const PAID_GATE = textGate(['pay', 'paid']);
/** "I pay £2,000 a year for this.", "and we're paying for premium for this?": money paid set against the situation. */
const PAID_FOR_THIS = /\b(?:i|we)(?:'m|'re| am| are)? (?:pay|paid|paying|still pay|still paying)\b[^.!?\n]{0,60}?\bfor (?:this|that|the privilege)\s*(?:[.!]|\?|$)/im;
const JUST_GATE = textGate(['just']);
/** "PLEASE just give me a number that works": a plea for a thing that works, after one that did not. */
const JUST_WORKS = /(?:^|[.!?\n]\s*|,\s*|\bplease\s+)just (?:give|send|tell|get|put|find|show|make|let)\b[^.!?\n]{0,40}?\b(?:that|which|one that) (?:actually |really )?(?:works|exists|is (?:correct|right|real|valid))\b[^?\n]*?(?:[.!]|$)/im;
const GOING_ON_GATE = textGate(['going on', 'happening']);
/** "WHAT is going on with your printers??": an exasperated question at the company's doing (capitals or "??"/"?!"). */
const GOING_ON = /\bwhat(?:'s| is| the hell is| on earth is)? (?:going on|happening) (?:with|at) (?:your|this|you)\b[^?\n]*(?:\?\?|\?!|!\?)/i;
const GOING_ON_CAPS = /\bWHAT(?:'S| IS)? (?:is )?(?:going on|happening|GOING ON|HAPPENING) (?:with|at|WITH|AT) (?:your|this|YOUR|THIS)\b/;
const NOT_SOME_GATE = textGate(['not some', 'not another', 'not a bot', 'not an automated']);
/** "I want it confirmed today, not some bot reply in 3 days": a demand with the substitute dismissed. */
const NOT_SOME = /\b(?:i|we) (?:want|need|expect|demand)\b[^.!?\n]{3,80}?,\s*not (?:some|another|a|an) (?:bot|automated|canned|scripted|template|copy-and-paste|copy-paste)\b/i;

/** The whole-text readings of readKinds21 after the first two, in order: gate, pattern, weight, reason (made once, perftone32). */
const MORE: readonly (readonly [TextGate, RegExp, number, 'tone.why.complaint' | 'tone.why.rhetoricalQuestion' | 'tone.why.judgement'])[] = [
  [PAID_GATE, PAID_FOR_THIS, 1, 'tone.why.judgement'],
  [JUST_GATE, JUST_WORKS, 1, 'tone.why.complaint'],
  [GOING_ON_GATE, GOING_ON, 0.7, 'tone.why.rhetoricalQuestion'],
  [GOING_ON_GATE, GOING_ON_CAPS, 0.7, 'tone.why.rhetoricalQuestion'],
  [NOT_SOME_GATE, NOT_SOME, 1, 'tone.why.complaint'],
];

/**
 * Words another reader already weighed: a piece holding half the span or more (a wait "a month" inside "we pay £80 a month
 * for this" is not the same reading). A module function (perftone32): the closure made per message had the lists in it.
 */
function coveredBy(already: readonly (readonly Evidence[])[], offset: number, s: number, e: number): boolean {
  for (const list of already) for (const x of list) if (Math.min(e, x.end - offset) - Math.max(s, x.start - offset) >= (e - s) / 2) return true;
  return false;
}

/** readKinds21's gate (perftone32): every finding below stands behind one of these text gates. */
export const KINDS21_GATE = gateOf('readKinds21', { text: [UNINFORMED_GATE, MYSELF_GATE, PAID_GATE, JUST_GATE, GOING_ON_GATE, NOT_SOME_GATE, TAG_GATE] });

export function readKinds21(ctx: CueContext, already: readonly (readonly Evidence[])[]): { score: number; evidence: Evidence[] } {
  const out = { score: 0, evidence: [] as Evidence[] };
  if (ctx.fa || ctx.empty) return out;
  const text = ctx.doc.text;
  const t = ctx.doc.tokens;
  // Nobody told us: the customer learnt of it elsewhere.
  if (opens(ctx.low, UNINFORMED_GATE)) {
    let got = false;
    for (let i = 0; i < t.length && !got; i++) {
      const nobody = NOBODY.has(t[i].key) || (t[i].key === 'no' && (t[i + 1]?.key === 'one' || t[i + 1]?.key === 'body'));
      if (!nobody) continue;
      const v = t[i].key === 'no' ? i + 2 : i + 1;
      let j = v;
      if (/^(?:has|had|have|ever|even|actually|bothered|thought)$/.test(t[j]?.key ?? '')) j++;
      if (t[j]?.key === 'to') j++;
      if (/^(?:even|ever)$/.test(t[j]?.key ?? '')) j++;
      const verb = t[j];
      if (!verb || verb.clause !== t[i].clause || !(TOLD_VERB.has(verb.key) || /^(?:tell|inform|warn|notify|let|contact|update)$/.test(verb.key))) continue;
      if (verb.key === 'let' && t[j + 1]?.key !== 'us' && t[j + 1]?.key !== 'me') continue;
      if (verb.key === 'said' || verb.key === 'thought' || verb.key === 'bothered') continue;
      if (inCase(t, i) || ctx.questions.some((q) => q.start - ctx.offset <= t[i].start && t[i].start < q.end - ctx.offset)) continue;
      // "Nobody told me the password, could you send it?": an object after it asks for a thing; "us anything", "us", "me" end it.
      const obj = t[j + 1];
      const after = t[j + 2];
      if (obj && obj.sentence === verb.sentence && /^(?:us|me|anyone|anybody|residents|customers|guests|tenants|parents|passengers|either|at)$/.test(obj.key)) {
        if (after && after.sentence === verb.sentence && !/^(?:anything|a|about|that|this|it|until|till|beforehand|in|before|or|and|either|at|there|the)$/.test(after.key)) continue;
      } else if (!(obj && obj.sentence === verb.sentence && obj.key === 'anything')) continue;
      if (coveredBy(already, ctx.offset, t[i].start, verb.end)) continue;
      out.score += 0.7;
      out.evidence.push(ctx.ev({ start: t[i].start, end: verb.end }, 'tone.why.complaint'));
      got = true;
    }
    const m = FOUND_OUT.exec(text);
    if (m && !coveredBy(already, ctx.offset, m.index, m.index + m[0].length)) {
      out.score += got ? 0.3 : 0.7;
      out.evidence.push(ctx.ev({ start: m.index, end: m.index + m[0].length }, 'tone.why.complaint'));
    }
  }
  // "Want me to just send the patch myself?": an offer to do the company's work, asked.
  if (opens(ctx.low, MYSELF_GATE)) {
    const m = DO_MYSELF.exec(text);
    if (m && /\b(?:just|too|as well|then|your job)\b/i.test(m[0]) && !/\bor\b/i.test(m[0].slice(m[0].search(/myself|ourselves|for you|your job/i))) && !/\b(?:can|may) i\b/i.test(m[0]) && !coveredBy(already, ctx.offset, m.index, m.index + m[0].length)) {
      out.score += 1;
      out.evidence.push(ctx.ev({ start: m.index, end: m.index + m[0].length }, 'tone.why.rhetoricalQuestion'));
    }
  }
  // Money paid set against the situation, a plea for one that works, "WHAT is going on with your …??", "…, not some bot reply".
  let asked = false;
  for (const [gate, re, w, why] of MORE) {
    if (!opens(ctx.low, gate)) continue;
    const m = re.exec(text);
    if (!m) continue;
    // Money paid and a plea for one that works mock a fault the message tells (not "I pay £20 a month for this plan").
    if ((re === PAID_FOR_THIS || re === JUST_WORKS) && !FAULT_NEAR.test(text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length)) && !/\b(?:doesn'?t|does not|didn'?t|isn'?t|won'?t|can'?t|never|no longer)\b/i.test(text)) continue;
    const start = m.index + (m[0].length - m[0].replace(/^[.!?,\s]+/, '').length);
    const end = m.index + m[0].replace(/[.!?\s]+$/, '').length;
    if (coveredBy(already, ctx.offset, start, end)) continue;
    if (why === 'tone.why.rhetoricalQuestion') {
      if (asked) continue;
      asked = true;
    }
    out.score += w;
    out.evidence.push(ctx.ev({ start, end }, why));
  }
  // "Progress, I guess.", "great testing you've got there": a tag that turns praise, beside a fault.
  if (opens(ctx.low, TAG_GATE)) {
    const m = TAG_PRAISE.exec(text);
    if (m && FAULT_NEAR.test(text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length))) {
      const start = m.index + (m[0].length - m[0].trimStart().length) + (/^[.!?\n]/.test(m[0].trimStart()) ? 1 : 0);
      const s = text.slice(start, m.index + m[0].length).trim() ? start : m.index;
      if (!coveredBy(already, ctx.offset, s, m.index + m[0].length)) {
        out.score += 1.2;
        out.evidence.push(ctx.ev({ start: s + (text.slice(s).length - text.slice(s).trimStart().length), end: m.index + m[0].length }, 'tone.why.sarcasm'));
      }
    }
  }
  return out;
}
