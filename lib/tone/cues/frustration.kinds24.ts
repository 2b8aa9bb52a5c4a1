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
