/**
 * Where a frustration word belongs (issue 13, thirteenth session): evidence the cue should not take as the customer's
 * displeasure because of the construction it sits in, read off late8's false alarms by mechanism, not by wording:
 * - an escalation the company did or said it would do, reported back: "your agent said my complaint had been escalated",
 *   "You said you'd escalate it", "it was escalated to the warehouse", "the escalation reference" (the customer's own
 *   "I want this escalated", "escalate this now" stay threats);
 * - a fault word in a set formula that says the fault is absent: "without further delay", "without delay", "without any
 *   issues" ("without a refund", "without a word" are silence, read elsewhere);
 * - a fault word that names a kind of charge or notice, not a failure: "the late payment fee", "a late fee".
 */
import type { CueContext } from '../cue.ts';
import type { Hit } from '../tokens.ts';

// Regular expressions the functions below test per token or per character, made once (a literal inside a function is a new object each time it is reached).
const PARTICLE_OR_DET = /^(?:out|up|my|our|the|a|an|your|his|her|their|it|this|that)$/;
const DEGREE_DET = /^(?:any|further|undue|unnecessary|more|a|an|the|much|too)$/;

/** Verbs that report what someone said. */
const SAID = new Set(['said', 'told', 'promised', 'assured', 'confirmed', 'mentioned', 'says', 'stated', 'wrote']);
/** Who, for the company, said it: "your agent said", "you told me", "they promised" (or "I was told"). */
const SPEAKER = new Set(['you', 'your', 'they', 'he', 'she', 'agent', 'colleague', 'someone', 'somebody', 'rep', 'representative', 'staff', 'team', 'advisor', 'adviser', 'engineer', 'technician', 'manager', 'email', 'letter', 'was', 'were', 'been']);
/** Auxiliaries of a passive or a perfect just before "escalated": "had been escalated", "was escalated". */
const PASSIVE = new Set(['been', 'was', 'were', 'is', 'be', 'being', 'got', 'get', 'gets']);
/** Nouns that make "escalation" or "complaint" the name of a thing the company holds: "the escalation reference". */
const THING = new Set(['reference', 'ref', 'number', 'no', 'id', 'team', 'department', 'status', 'process', 'code', 'case']);
const FIRST = new Set(['i', 'we']);

/**
 * An English escalation word that reports the company's own step: inside what the company said (a speech verb whose subject
 * is not the customer earlier in the sentence), a passive ("has been escalated"), or the name of a thing ("escalation
 * reference", "my complaint number").
 */
export function companysEscalation(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (x.fa) return false;
  const last = t[h.to - 1];
  const next = t[h.to];
  if (next && next.sentence === x.sentence && THING.has(next.key) && /^(?:escalation|complaint)$/.test(last.key)) return true;
  // "My complaint about the damaged door is still unresolved": an existing complaint as the subject of a status, not a threat.
  if (last.key === 'complaint' && (h.from === 0 || t[h.from - 1].sentence !== x.sentence)) {
    for (let k = h.to; k < t.length && k <= h.to + 6 && t[k].sentence === x.sentence; k++) {
      if (/^(?:is|was|has|had)$/.test(t[k].key) && /^(?:still|been|being|under|now|not|nt|already)$/.test(t[k + 1]?.key ?? '')) return true;
    }
  }
  const escalate = /^escalat/.test(last.key) || /^escalat/.test(x.key);
  if (escalate && h.from > 0 && PASSIVE.has(t[h.from - 1].key) && t[h.from - 1].sentence === x.sentence) return true;
  for (let k = h.from - 1; k >= 0 && t[k].sentence === x.sentence; k--) {
    if (!SAID.has(t[k].key)) continue;
    // "your agent said …", "You said you'd …", "I was told …": the company's words to the customer ("I said I would escalate
    // this" and "Please be advised that…" are the customer's own).
    for (let j = k - 1; j >= 0 && j >= k - 3 && t[j].sentence === x.sentence; j--) {
      if (FIRST.has(t[j].key)) return t[j + 1]?.key === 'was' || t[j + 1]?.key === 'were';
      if (SPEAKER.has(t[j].key)) return true;
    }
    return false;
  }
  return false;
}

/** "without further delay", "without any issues", "with no delay": a fault word the formula says is absent. */
export function absentFault(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (x.fa) return false;
  for (let k = h.from - 1; k >= 0 && k >= h.from - 3 && t[k].clause === x.clause; k--) {
    if (t[k].key === 'without') return true;
    if (!DEGREE_DET.test(t[k].key)) return false;
  }
  return false;
}

/** Nouns after "late" that make it the name of a charge or a notice: "late payment fee", "a late fee", "late charge". */
const CHARGE = new Set(['fee', 'fees', 'charge', 'charges', 'payment', 'penalty', 'penalties', 'fine', 'fines', 'notice', 'interest', 'filing', 'checkout', 'check-out', 'checkin', 'check-in', 'night', 'shift', 'booking', 'availability', 'opening']);

/** "late" (or "delay"/"delayed") naming a kind of charge or a time of day, not a failure. */
export function namedCharge(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (x.fa || h.to - h.from !== 1 || x.key !== 'late') return false;
  const next = t[h.to];
  return !!next && next.clause === x.clause && CHARGE.has(next.key);
}

/**
 * A feeling the customer disowns: "not mad, just hungry", "I'm not angry", "not upset at all" (a cancelled feeling word, not
 * "not even angry anymore", which is resignation, nor "not happy", which the cue reads as displeasure).
 */
export function disownedFeeling(ctx: CueContext, cancelled: readonly Hit[], emotion: string): boolean {
  const t = ctx.doc.tokens;
  for (const h of cancelled) {
    if (h.category !== emotion || t[h.from].fa) continue;
    // The negator just before the feeling ("not mad", "I'm not at all upset"), said by the customer of themselves: at the start
    // of its clause ("not mad just hungry") or after "I" / "we" ("I'm not angry"); not a negation further off ("… is not behind
    // the row I selected #DISAPPOINTED") nor someone's general case ("it's hard to … not be upset").
    let neg = -1;
    for (let k = h.from - 1; k >= 0 && k >= h.from - 4 && t[k].clause === t[h.from].clause; k--) {
      if (t[k].neg || t[k].key === 'not') {
        neg = k;
        break;
      }
      if (!/^(?:really|that|too|so|at|all|very|particularly|remotely|be|even|in|the|least|a|bit)$/.test(t[k].key)) break;
    }
    if (neg < 0) continue;
    let first = neg;
    while (first > 0 && t[first - 1].clause === t[neg].clause) first--;
    let mine = false;
    for (let k = first; k < neg; k++) if (/^(?:i|im|we|am|honestly|ok|okay|lol|but|and)$/.test(t[k].key)) mine = true;
    // Clause-initial only after a stop or a comma ("… AGAIN. not mad just hungry"), not "to get mugged & not be upset".
    const opens = neg === 0 || t[neg - 1].sentence !== t[neg].sentence || /[,.;:!?]/.test(ctx.doc.text.slice(t[neg - 1].end, t[neg].start));
    if (!mine && !(first === neg && opens)) continue;
    let resigned = false; // or conceded
    for (let k = Math.max(0, h.from - 3); k < t.length && k <= h.to + 1; k++) if (t[k].clause === t[h.from].clause && /^(?:anymore|even|longer)$/.test(t[k].key)) resigned = true;
    // "I'm not upset with you personally, but…", "not angry, but this is the third time": a concession before the complaint.
    for (let k = h.to; k < t.length && t[k].sentence === t[h.from].sentence; k++) if (/^(?:but|however|though|although|yet|personally)$/.test(t[k].key)) resigned = true;
    if (!resigned) return true;
  }
  return false;
}

/** Complaint words that only tell a wait: "it's been", "still no", "still hasn't", "forever", "for weeks", "I have yet to receive". */
const WAIT_TOLD = /^(?:still\b|it'?s been|its been|it has been|been waiting|forever|for (?:weeks|months|ages|days)|(?:weeks|months|days) now|(?:i )?have yet to)/;

/** Whether complaint hit h only tells how long the customer has waited (the duration reader weighs the wait itself). */
export function waitTold(ctx: CueContext, h: Hit): boolean {
  if (ctx.doc.tokens[h.from].fa) return false;
  return WAIT_TOLD.test(ctx.doc.text.slice(h.start, h.end).toLowerCase().replace(/[’]/g, "'"));
}

const MODAL = new Set(['can', 'could', 'would', 'will']);
const ADDRESSEE = new Set(['you', 'u', 'someone', 'somebody', 'anyone', 'anybody', 'ya']);

/** An English question that asks for help anywhere in it: "…, can u check?", "Could someone look into it?". */
export function helpAskedAnywhere(ctx: CueContext): boolean {
  if (ctx.fa || ctx.questions.length === 0) return false;
  const t = ctx.doc.tokens;
  return ctx.questions.some((q) => {
    for (let i = 0; i + 1 < t.length; i++) {
      const x = t[i];
      if (x.start + ctx.offset < q.start || x.end + ctx.offset > q.end) continue;
      if (MODAL.has(x.key) && ADDRESSEE.has(t[i + 1].key)) return true;
    }
    return false;
  });
}

/** Words that point at the thing judged: "this nonsense", "that kind of rubbish", "your shambles of a service". */
const POINTING = new Set(['this', 'that', 'these', 'those', 'such', 'your']);

/**
 * A judgement noun pointed at ("deal with this kind of nonsense", "I won't put up with that rubbish"): a negated verb before it
 * ("so I wouldn't have to deal with…") negates the dealing, not the judgement ("it's not rubbish" is still a negated one).
 */
export function pointedJudgement(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  if (t[h.from].fa) return false;
  let k = h.from - 1;
  // "this kind of", "that sort of"
  if (k >= 2 && t[k].key === 'of' && (t[k - 1].key === 'kind' || t[k - 1].key === 'sort')) k -= 2;
  return k >= 0 && POINTING.has(t[k].key) && t[k].clause === t[h.from].clause && !t[k].neg && !(t[k + 1]?.key === 'is' || t[k + 1]?.key === 'was');
}

/** Verbs that come back to a company by choice: "will definitely be ordering again", "would buy again", "fly with you again". */
const RETURN = /^(?:order|ordering|ordered|buy|buying|shop|shopping|use|using|book|booking|visit|visiting|fly|flying|stay|staying|come|coming|recommend|purchase|purchasing|choose|choosing|travel|travelling|traveling|return|returning)$/;

/** "again" of a customer who will come back ("Will definitely be ordering again", "would buy again"), not a fault that recurs. */
export function againByChoice(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (x.fa || x.key !== 'again' || h.to - h.from !== 1) return false;
  for (let k = h.from - 1; k >= 0 && k >= h.from - 4 && t[k].clause === x.clause; k--) {
    if (!RETURN.test(t[k].key)) continue;
    // "Would never order again", "won't be booking again": a customer leaving, not coming back.
    for (let j = k - 1; j >= 0 && j >= k - 4 && t[j].clause === x.clause; j--) if (t[j].neg || /^(?:never|not|no|nt)$/.test(t[j].key)) return false;
    for (let j = k - 1; j >= 0 && j >= k - 3 && t[j].clause === x.clause; j--) if (/^(?:will|would|d|ll|definitely|certainly|gladly|happily|def|deffo|gonna|going)$/.test(t[j].key)) return true;
  }
  return false;
}

/** Verbs that put a fault right: "sorted out my broken boarding pass", "fixed the leaking tap", "replaced my damaged parcel". */
const FIXED = /^(?:sorted|fixed|repaired|replaced|resolved|solved|mended|rescued|saved|rebooked|refunded|recovered)$/;

/** A fault word that is the object of a verb that put it right ("She sorted out my broken boarding pass in two minutes"). */
export function faultPutRight(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (x.fa) return false;
  for (let k = h.from - 1; k >= 0 && k >= h.from - 4 && t[k].clause === x.clause; k--) {
    if (FIXED.test(t[k].key)) return !t[k].neg && !(t[k - 1]?.neg ?? false) && !/^(?:not|never|nt)$/.test(t[k - 1]?.key ?? '');
    if (!PARTICLE_OR_DET.test(t[k].key)) return false;
  }
  return false;
}

/** Who, not the company, a feeling can be aimed at: "furious with them", "annoyed at my neighbour", "angry with the builders". */
const THIRD = new Set(['them', 'him', 'her', 'neighbour', 'neighbours', 'neighbor', 'neighbors', 'builders', 'builder', 'landlord', 'council', 'kids', 'son', 'daughter', 'husband', 'wife', 'partner', 'myself', 'roadworks', 'contractor', 'contractors', 'workmen']);

/** A feeling aimed at someone else by "with" or "at" ("Furious with them honestly 😤 but not your fault"), not at the company. */
export function feelingAtOthers(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (x.fa) return false;
  const p = t[h.to];
  if (!p || p.clause !== x.clause || (p.key !== 'with' && p.key !== 'at')) return false;
  // "Furious with them, your courier left it in the rain": the company named in the sentence (not "not your fault") is the target.
  for (let k = 0; k < t.length; k++) if (t[k].sentence === x.sentence && /^(?:you|your|u|ur)$/.test(t[k].key) && t[k - 1]?.key !== 'not' && !(t[k - 1]?.key === 'on' && t[k - 2]?.key === 'not')) return false;
  for (let k = h.to + 1; k < t.length && k <= h.to + 3 && t[k].clause === x.clause; k++) {
    if (/^(?:you|your|yours|u)$/.test(t[k].key)) return false;
    if (THIRD.has(t[k].key)) return true;
  }
  return false;
}

/** "Do I have to come into a store, or can it be done by post?": a question offering another way is a real question. */
export function alternativeOffered(ctx: CueContext, from: number): boolean {
  const t = ctx.doc.tokens;
  const s = t[from].sentence;
  for (let k = from + 1; k < t.length && t[k].sentence === s; k++) if (t[k].key === 'or' && /^(?:can|could|is|do|does|would|will|should|may)$/.test(t[k + 1]?.key ?? '')) return true;
  return false;
}

/** "money you took by mistake", "they sent it to the wrong address by accident": the company's mistake, not the customer's. */
export function theirMistake(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (x.fa || x.key !== 'by' || !/^(?:mistake|accident|error)$/.test(t[h.from + 1]?.key ?? '')) return false;
  for (let k = h.from - 1; k >= 0 && k >= h.from - 8 && t[k].clause === x.clause; k--) {
    if (/^(?:i|we|me|my|our)$/.test(t[k].key)) return false;
    if (/^(?:you|your|they|u|ur|someone|somebody)$/.test(t[k].key)) return true;
  }
  return false;
}

/** "It arrived a few days late but it works perfectly, great stuff": praise after a "but" that concedes the fault is sincere. */
export function praiseAfterConcession(ctx: CueContext, p: Hit, f: { from: number; to: number }): boolean {
  const t = ctx.doc.tokens;
  if (t[p.from].fa || f.to > p.from || t[f.from].sentence !== t[p.from].sentence) return false;
  let but = -1;
  for (let k = f.to; k < p.from; k++) if (/^(?:but|though|although|however)$/.test(t[k].key)) but = k;
  if (but < 0) return false;
  // What follows the "but" is good news: no negation between it and the praise ("but it still doesn't work, great").
  for (let k = but + 1; k < p.from; k++) if (t[k].neg || /^(?:still|again|not|never|no)$/.test(t[k].key)) return false;
  return true;
}

/** Verbs of attending to what the customer wrote or asked: doubting them is the complaint. */
const ATTEND = /^(?:read|reads|reading|respond|responds|reply|replies|answer|answers|listen|listening|care|cares|bother|bothers|check|checks|test|tests|work|works)$/;

/**
 * "can someone actually look at it?": "actually" in a request that opens with can / could / would and asks for an act (look at,
 * fix, help), not for attention to what was written ("can someone actually read my emails?", "do you even check?").
 */
export function pleaNotDoubt(ctx: CueContext, at: { start: number; end: number }): boolean {
  const t = ctx.doc.tokens;
  const i = t.findIndex((x) => x.start + ctx.offset >= at.start);
  if (i < 0 || t[i].fa || t[i].key !== 'actually') return false;
  // "can someone actually …" (not "check the flag was actually added", a doubt that a thing was done).
  if (!/^(?:someone|somebody|anyone|anybody|you|u|one|person)$/.test(t[i - 1]?.key ?? '')) return false;
  let first = i;
  while (first > 0 && t[first - 1].sentence === t[i].sentence && t[first - 1].clause === t[i].clause) first--;
  if (!/^(?:can|could|would|will)$/.test(t[first].key)) return false;
  const verb = t[i + 1]?.key === 'please' ? t[i + 2] : t[i + 1];
  return !!verb && !ATTEND.test(verb.key);
}
