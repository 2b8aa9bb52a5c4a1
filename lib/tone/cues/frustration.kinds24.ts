/**
 * Frustration, session 24 (toneen24), English kinds, each tried on a look-alike set written across trades
 * (scripts/tone-kinds24-matrix.ts, run by tests/unit/tone/kinds24.test.ts), never on a development sentence's nouns.
 *
 * - **the date or time it is now, told after a promise** (read by brokenPromise in ./frustration.ts through todayIs): "It
 *   is now 3 March.", "It's now June.", "It is now one month.", "It is now 20 May and still nothing": a calendar date, a
 *   month, or a length of time said as what "it is now", ending its clause, in a sentence after a promise, says the promise
 *   was outlived (todayIs read a day name, a clock time and "the 19th" only). Not "It is now working", nor a date told
 *   without a promise ("It is now June so I would like to switch plans").
 * - **what "you" answered, replied or wrote**, with a that-clause ("You answered that the refund takes 5-7 days", "you
 *   wrote me that it was sorted"): a promise as brokenPromise reads "you said", not a contact of the customer's.
 * - **praise beside good news told with a negation**: "Nothing broken", "not a single tile cracked", "without any fuss",
 *   "without ringing anyone", "no mess": the fault the sarcasm reader pairs with praise is a harm or a bother the customer
 *   was spared, so the praise is sincere ({@link sparedHarm24}). Not a service that did not come ("Nothing works", "without
 *   telling me", "nobody called").
 *
 * Read from the latest words. English only.
 */
import type { CueContext } from '../cue.ts';
import type { Evidence } from '../types.ts';

type Tok = CueContext['doc']['tokens'][number];

const MONTH = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const DAY_NUMBER = /^(?:[12]?\d|3[01])(?:st|nd|rd|th)?$/;
const COUNT = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'several', 'few', 'over', 'almost', 'nearly', 'more', 'than']);
const LENGTH_UNIT = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'hour', 'hours', 'year', 'years', 'fortnight']);
/** Words that may follow the date inside its clause without making it something else ("20 May and still nothing"). */
const AFTER_DATE = new Set(['and', 'later', 'already', 'since', 'now']);

/** The clause ends after token k (the next token is in another clause or sentence, or is a word that joins a new one). */
function ends(t: readonly Tok[], k: number): boolean {
  const n = t[k + 1];
  return !n || n.sentence !== t[k].sentence || n.clause !== t[k].clause || AFTER_DATE.has(n.key) || n.key === 'but';
}

/**
 * Token j opens "it is (now) <date | month | length of time>" or "now it is …", the date ending its clause: the date it is
 * now, read as the promise's outliving when told in a later sentence. The shortest form needs "now" or a full date ("It
 * is June" alone is a plain statement).
 */
export function nowIs24(t: readonly Tok[], j: number): boolean {
  const k0 = t[j]?.key;
  let i: number;
  let now = false;
  if (k0 === 'it' && t[j + 1]?.key === 'is') i = j + 2;
  else if (k0 === 'now' && t[j + 1]?.key === 'it' && t[j + 2]?.key === 'is') {
    i = j + 3;
    now = true;
  } else return false;
  if (t[i]?.key === 'now') {
    now = true;
    i++;
  }
  if (t[i]?.key === 'already') i++;
  const x = t[i];
  if (!x || x.sentence !== t[j].sentence) return false;
  // "20 May", "20th May", "May 20", "the 20th of May".
  if (t[i].key === 'the' && DAY_NUMBER.test(t[i + 1]?.key ?? '') && t[i + 2]?.key === 'of' && MONTH.has(t[i + 3]?.key ?? '')) return ends(t, i + 3) && !notYetDue(t, j, t[i + 3].key, t[i + 1].key);
  if (DAY_NUMBER.test(x.key) && MONTH.has(t[i + 1]?.key ?? '')) return ends(t, i + 1) && !notYetDue(t, j, t[i + 1].key, x.key);
  if (MONTH.has(x.key) && DAY_NUMBER.test(t[i + 1]?.key ?? '')) return ends(t, i + 1) && !notYetDue(t, j, x.key, t[i + 1].key);
  if (!now) return false;
  // "It's now June." (a month alone ending its clause: "May" so placed is the month, not the modal).
  if (MONTH.has(x.key)) return ends(t, i) && !notYetDue(t, j, x.key, '');
  // "It is now one month.", "It is now over three weeks", "It is now 6 weeks".
  let k = i;
  while (k < i + 3 && t[k] && (COUNT.has(t[k].key) || /^\d{1,3}$/.test(t[k].key))) k++;
  return k > i && !!t[k] && LENGTH_UNIT.has(t[k].key) && ends(t, k);
}

/** Words before "may" that make it the month ("in May", "by May"), not the modal. */
const MAY_MONTH = new Set(['in', 'of', 'by', 'since', 'until', 'till', 'early', 'mid', 'late', 'end', 'before', 'after', 'from']);
const MONTH_INDEX = (k: string): number => {
  const m = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(k.slice(0, 3));
  return m;
};

/**
 * The date it is now comes no later than a date named in the two sentences before ("You told me the parts arrive in May.
 * It is now April"): the promise is not yet due. Month against month, then day against day in the same month.
 */
function notYetDue(t: readonly Tok[], j: number, month: string, day: string): boolean {
  const now = MONTH_INDEX(month);
  const s = t[j].sentence;
  for (let k = j - 1; k >= 0 && t[k].sentence >= s - 2; k--) {
    if (!MONTH.has(t[k].key) || (t[k].key === 'may' && !MAY_MONTH.has(t[k - 1]?.key ?? '') && !DAY_NUMBER.test(t[k + 1]?.key ?? '') && !DAY_NUMBER.test(t[k - 1]?.key ?? ''))) continue;
    const then = MONTH_INDEX(t[k].key);
    if (now < then) return true;
    if (now > then) return false;
    const d = [t[k - 1], t[k + 1], t[k - 2]].find((y) => y && DAY_NUMBER.test(y.key));
    return !day || !d || parseInt(day, 10) <= parseInt(d.key, 10);
  }
  return false;
}

/** Verbs of what "you" answered or wrote, reported with a that-clause ("You answered that …", "you wrote me that …"). */
const REPORTED = new Set(['answer', 'reply', 'write', 'confirm', 'inform', 'respond']);

/** Token i is what "you" answered, replied or wrote, with "that" within four words after it in its sentence. */
export function youReported24(t: readonly Tok[], i: number): boolean {
  const x = t[i];
  if (x.fa || !REPORTED.has(x.lemma) || x.neg || x.negated) return false;
  // "you answered", "you already replied", "your shop wrote": the company's own words back to the customer.
  if (t[i - 1]?.key !== 'you' && !(t[i - 1]?.key === 'already' && t[i - 2]?.key === 'you') && t[i - 2]?.key !== 'your') return false;
  for (let k = i + 1; k <= i + 4 && k < t.length && t[k].sentence === x.sentence; k++) if (t[k].key === 'that') return true;
  return false;
}

/** Harms and bothers a customer is glad to have been spared ("nothing broken", "no mess", "without any fuss"). */
const HARM = new Set([
  'broken', 'broke', 'damaged', 'scratched', 'scratch', 'scratches', 'scuffed', 'scuff', 'scuffs', 'chipped', 'chip', 'chips', 'cracked', 'crack', 'cracks',
  'dented', 'dent', 'dents', 'stained', 'stain', 'stains', 'spilled', 'spilt', 'spill', 'missing', 'lost', 'marked', 'mark', 'marks', 'nick', 'nicks', 'torn',
  'mess', 'fuss', 'hassle', 'drama', 'stress', 'pain', 'trouble', 'bother', 'fight', 'faff', 'problem', 'problems', 'issue', 'issues', 'hiccup', 'hiccups',
  'complaint', 'complaints', 'surprises', 'crumb', 'crumbs', 'queue', 'queues', 'waiting', 'wait', 'delay', 'delays', 'hidden',
]);
/** What a customer goes without when the company fails them: then "without" / "nothing" is the fault itself. */
const SERVICE_LACK = /^(?:telling|asking|notice|warning|word|reply|replies|response|answer|explanation|update|call|calling|email|apolog|consent|permission|refund|contact|letting|informing|notif|confirm)/;

/**
 * The sarcasm reader's fault at token i is a negation of a harm the customer was spared: "Nothing broken", "not a single
 * tile cracked", "no mess", "without any fuss", or "can … without <doing>" (an ability: "I can reschedule without ringing
 * anyone"). Not "Nothing works", "without telling me", "nothing arrived".
 */
export function sparedHarm24(t: readonly Tok[], i: number): boolean {
  const x = t[i];
  if (!x || x.fa) return false;
  const k = x.key;
  if (k !== 'nothing' && k !== 'without' && k !== 'no' && k !== 'not' && k !== 'none' && k !== 'never') return false;
  let harm = false;
  for (let j = i + 1; j <= i + 5 && j < t.length && t[j].clause === x.clause; j++) {
    if (SERVICE_LACK.test(t[j].key)) return false;
    if (HARM.has(t[j].key)) harm = true;
  }
  if (harm) return true;
  // "without having to log in twice": a chore spared.
  if (k === 'without' && t[i + 1]?.key === 'having' && t[i + 2]?.key === 'to') return true;
  // "I can take calls without the whole floor hearing me", "finally does his homework without a fight": an ability gained.
  if (k !== 'without') return false;
  for (let j = i - 1; j >= 0 && j >= i - 8 && t[j].sentence === x.sentence; j--) {
    if (t[j].neg) return false;
    if (t[j].key === 'can' || t[j].key === 'could' || t[j].key === 'finally') return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------------------
// Calm kinds

/** Roles a customer may escalate to, or may have as their own adviser. */
const ROLE = /^(?:solicitor|solicitors|lawyer|lawyers|attorney|attorneys|manager|supervisor|accountant|conveyancer)$/;
/** Verbs of an adviser's telling the customer something ("Solicitor just told us", "the lawyer advised us to …"). */
const TELLING = new Set(['told', 'tells', 'tell', 'says', 'said', 'advised', 'advises', 'asked', 'asks', 'suggested', 'suggests', 'recommended', 'recommends', 'mentioned', 'explained', 'confirmed', 'informed', 'rang', 'called', 'emailed', 'wants', 'needs', 'reckons', 'thinks']);
/** Between the role and its verb: "has just told", "also said". */
const BETWEEN = new Set(['just', 'has', 'had', 'have', 'also', 'now', 'already', 'then', 'only', 'today', 'yesterday']);
/** A threat in the telling's sentence: the adviser acts against the company. */
const LEGAL_ACT = /^(?:action|proceedings|court|sue|suing|claim|letter|complaint|ombudsman|chargeback|tribunal|dispute|legal)$/;

/**
 * An escalation word that is an adviser of the customer's own telling them news: "Solicitor just told us completion might
 * slip", "The lawyer advised us to get a written quote", "the manager said the part is on order" (a role at the sentence's
 * start, bare or with "the", as the subject of a verb of telling): a party reported, not a threat nor a demand to escalate.
 * Not "my solicitor will be in touch" (read by roleParty), nor with a legal act in the sentence ("the lawyer advised us to
 * take action").
 */
export function roleTelling24(ctx: CueContext, h: { from: number; to: number }): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (!x || x.fa || h.to - h.from !== 1 || !ROLE.test(x.key)) return false;
  const p = t[h.from - 1];
  const first = !p || p.sentence !== x.sentence || (p.key === 'the' && (!t[h.from - 2] || t[h.from - 2].sentence !== x.sentence));
  if (!first) return false;
  let j = h.to;
  while (j < t.length && j < h.to + 3 && BETWEEN.has(t[j].key)) j++;
  if (!t[j] || t[j].sentence !== x.sentence || !TELLING.has(t[j].key)) return false;
  for (let k = j + 1; k < t.length && t[k].sentence === x.sentence; k++) if (LEGAL_ACT.test(t[k].key)) return false;
  return true;
}

/** Words a customer belittles their own question or knowledge with ("a silly question", "missed something obvious"). */
const SELF_SMALL = new Set(['silly', 'stupid', 'dumb', 'daft', 'basic', 'obvious', 'simple', 'naive', 'novice', 'beginner']);
/** What a customer is "not very good" with or at about themselves: "not very good with computers", "hopeless at apps". */
const WITH_AT = new Set(['with', 'at']);
const SELF = new Set(['i', 'am', 'im', 'm', 'myself']);
/** Subjects other than the customer ("the app is not very good with …"). */
const OTHER_SUBJECT = new Set(['you', 'your', 'it', 'its', 'they', 'this', 'that', 'he', 'she', 'service', 'app', 'system', 'website', 'site', 'staff']);

/** Tokens of evidence e (indices into the latest words' tokens). */
function tokensIn(ctx: CueContext, start: number, end: number): number[] {
  const a = start - ctx.offset;
  const b = end - ctx.offset;
  const t = ctx.doc.tokens;
  const out: number[] = [];
  for (let i = 0; i < t.length && t[i].start < b; i++) if (a < t[i].end) out.push(i);
  return out;
}

/** The sentence of token i belittles the customer's own question or knowledge ("forgive me if this is a silly question"). */
function selfBelittled(t: readonly Tok[], i: number): boolean {
  const s = t[i].sentence;
  for (let k = i; k >= 0 && t[k].sentence === s; k--) if (selfSmallAt(t, k)) return true;
  for (let k = i + 1; k < t.length && t[k].sentence === s; k++) if (selfSmallAt(t, k)) return true;
  return false;
}
function selfSmallAt(t: readonly Tok[], k: number): boolean {
  // "a silly question", "something obvious".
  if (SELF_SMALL.has(t[k].key) && (t[k + 1]?.key === 'question' || t[k + 1]?.key === 'questions' || t[k - 1]?.key === 'something')) return true;
  // "I have missed something", "if I've misunderstood".
  return (t[k].key === 'missed' || t[k].key === 'misunderstood' || t[k].key === 'misread') && SELF.has(t[k - 1]?.key === 'have' || t[k - 1]?.key === 've' ? (t[k - 2]?.key ?? '') : (t[k - 1]?.key ?? ''));
}

/**
 * Calm session-24 reading: true when every piece of evidence is the customer belittling themselves or a plain state, so the
 * cue stays quiet:
 * - **self-belittling**: an understatement about themselves ("I am not very good with computers"), and a plea for
 *   indulgence in a sentence that belittles their own question ("please forgive me if this is a silly question", "sorry if
 *   I have missed something obvious"): an apologetic novice, not courtesy that announces a complaint.
 * - **"still" of a state in a while-clause** ("may I charge it while it is still on the bike?", "while the kids are still at
 *   school"): a time, not something still not done.
 * Marks (!!, capitals) beside these stay explained only when something else is.
 */
export function calmKinds24(ctx: CueContext, evidence: readonly Evidence[]): boolean {
  if (ctx.fa || evidence.length === 0) return false;
  const t = ctx.doc.tokens;
  let explained = 0;
  for (const e of evidence) {
    const why = e.why ?? '';
    const idx = tokensIn(ctx, e.start, e.end);
    if (idx.length === 0) return false;
    const i = idx[0];
    let ok = false;
    if (why === 'tone.why.understatement') {
      // "I am not very good with computers", "I'm not great at apps": the subject is the customer, the object their skill.
      const last = idx[idx.length - 1];
      let self = false;
      // "I am a retired nurse and not very good with …": the customer named as the subject earlier in the sentence, no other.
      for (let k = i - 1; k >= 0 && k >= i - 8 && t[k].sentence === t[i].sentence; k--) {
        if (OTHER_SUBJECT.has(t[k].key)) break;
        if (SELF.has(t[k].key)) self = true;
      }
      ok = self && WITH_AT.has(t[last + 1]?.key ?? '');
    } else if (why === 'tone.why.politeAnger') {
      ok = /^(?:(?:so|and|but)\s+)?(?:please\s+)?(?:forgive|excuse|pardon|sorry|apologies)/i.test(e.text) && selfBelittled(t, i);
    } else if (why === 'tone.why.complaint' && idx.length === 1 && t[i].key === 'still') {
      for (let k = i - 1; k >= 0 && k >= i - 5 && t[k].clause === t[i].clause; k--) if (t[k].key === 'while' || t[k].key === 'whilst') ok = true;
    } else if (why === 'tone.why.punctuation' || why === 'tone.why.caps') continue;
    if (!ok) return false;
    explained++;
  }
  return explained > 0;
}

/**
 * **Court proceedings threatened in a formal letter** (often written by a solicitor for a client): "our client reserves
 * the right to issue proceedings without further notice", "we are instructed to issue proceedings", "my client will
 * commence legal proceedings". The escalation lexicon had "legal action" and "small claims" but no "proceedings", the
 * word such letters use; the escalation guards (a question about a process, someone else's fight) read these hits as
 * they read the others. Weights as "legal action" (1.1); "without further notice" raises, never enough alone.
 */
export const enKinds24Lexicon = {
  'frustration.escalation': {
    'issue proceedings': 1.1, 'issue legal proceedings': 1.1, 'issue court proceedings': 1.1, 'commence proceedings': 1.1, 'commence legal proceedings': 1.1,
    'start proceedings': 1.1, 'start legal proceedings': 1.1, 'begin proceedings': 1.1, 'begin legal proceedings': 1.1, 'take legal proceedings': 1.1,
    'bring proceedings': 1.1, 'initiate proceedings': 1.1, 'initiate legal proceedings': 1.1, 'proceedings against you': 1.1, 'proceedings against your': 1.1,
    'issuing proceedings': 1.1, 'commencing proceedings': 1.1, 'without further notice': 0.5,
  },
};
