/**
 * The twenty-sixth session's English readings (rwen26, issue 12), read in the tenth pass (./kinds22.en.ts) behind cheap gates,
 * each tried first on scripts/en-recall26-matrix.ts (positives and close contrasts in many trades and voices):
 *
 * - **what the customer wants, negated before a time** (`readNotBeforeTime`, gate: an "until / till / before" and a negation):
 *   "the new sofas are not arriving before mid-June", "the patch isn't going out till the next update", "nothing free until
 *   after the 14th", "the vet isn't seeing new patients until January", "no slots until the 20th". Over the clause's
 *   negation: a negator, then in its scope a predicate of arriving, going out, being ready / free / back, or of a step done
 *   for the customer, then "until / before" and a time (a day, a date, a number, "next / the end / after …", a season, a
 *   release). Never a harm or a cost put off ("the price isn't going up until April", "your card won't be charged until":
 *   those verbs are not read, and a money word in the clause stops it), a step of the customer's or ours ("until you
 *   confirm", "before we've spoken"), good news said after it ("so you've got time", "no rush"), a question.
 * - **read it again** (`readReadAgain`, gate: a "read" word): the customer told to re-read what they were given ("Kindly
 *   re-read section 4", "Please reread my last message", "If you re-read my email you'll see …", "Please read again the
 *   policy I sent"), and "as (what) I (have) said / mentioned / stated (earlier)" in learner grammar ("As what I have said
 *   earlier po, …"). Never the agent re-reading ("I've re-read your email and you're right"), an offer ("feel free to
 *   re-read it whenever"), a recap of what was promised ("As I said I would, I've called the courier"), the customer's words
 *   ("As you said").
 * - **not with us** (`readNotWithUs`, gate: a "not" and "us / our / here"): a matter + "is not with us / under our team / in
 *   our scope / handled here" with a pointer elsewhere in the sentence ("This concern is not under our team, kindly raise it
 *   to …", "This is not with us, the test is booked on the board's website"). Never a thing that is not with us yet or any
 *   more ("your parcel is not with us any more, it was delivered"), "not under warranty", our own fault.
 *
 * Every hit is advice (no text change).
 */
import type { Token } from '../../nlp/index.ts';
import { nextWord, words } from './en.ts';
import type { GenericHit } from './types.ts';

// ---------------------------------------------------------------- what the customer wants, negated before a time

/** Verbs of a thing coming to the customer or a step done for them (lemmas). "go" only with "out / live / ahead / on". */
const ARRIVE_VERBS = words(`arrive come ship dispatch deliver land launch release get see collect process issue run reopen fix repair
  replace install fit refund credit post publish restock return book schedule free reach open`);
/** Predicates of being ready for the customer: "is not ready / free / back / in until". */
const READY_WORDS = words('ready free available here there back in bookable collectable accessible usable open live');
/** Words of money or a harm: what is put off is then the customer's cost or loss, good news ("your card won't be charged"). */
const COST_WORDS = words(`charge charged charging fee fees price prices bill billed billing payment payments debit debited money deposit
  rent interest penalty fine fined due deadline cost costs tax invoice invoiced expire expires expiring expiry closure roadworks
  works renewal renew renews cancel cancelled canceled delete deleted removed suspend suspended disconnect disconnected`);
/** What follows "until / before" when it names a time. */
const TIME_WORDS = words(`today tonight tomorrow monday tuesday wednesday thursday friday saturday sunday weekend week weeks month months
  year years january february march april may june july august september october november december jan feb mar apr jun jul aug
  sep sept oct nov dec spring summer autumn fall winter christmas easter holiday holidays term half next end mid middle late
  early beginning start release update version morning afternoon evening noon midday midnight lunch lunchtime then new`);
/** Nouns of a slot or stock: "no slots / appointments until the 20th". */
const SLOT_NOUNS = words(`slot slots appointment appointments space spaces availability table tables opening openings date dates
  room rooms delivery deliveries stock place places seat seats session sessions visit visits`);
/** Between the negation and the predicate: auxiliaries, fillers. */
const SKIP_TO_PREDICATE = words('be is are was were been being will would going to gonna have has had actually yet even currently really likely expected able again');

/** Cheap gate: an "until / before" and a negation in the sentence. */
export function notBeforeTimeMayStart(toks: readonly Token[]): boolean {
  let until = false;
  let neg = false;
  for (const t of toks) {
    if (t.norm === 'until' || t.norm === 'before') until = true;
    else if (t.neg) neg = true;
  }
  return until && neg;
}

function norm(toks: readonly Token[], k: number): string {
  return k >= 0 && k < toks.length ? toks[k].norm : '';
}

/** A verb's base read off its "-ing" where the lexicon does not know it ("shipping", "launching", "landing"). */
function arriveBase(t: Token): string {
  if (ARRIVE_VERBS.has(t.lemma) || !t.norm.endsWith('ing') || t.norm.length < 6) return t.lemma;
  const s = t.norm.slice(0, -3);
  for (const c of [s, `${s}e`, s.length > 2 && s[s.length - 1] === s[s.length - 2] ? s.slice(0, -1) : '']) if (c && ARRIVE_VERBS.has(c)) return c;
  return t.lemma;
}

/** Whether what follows "until / before" at i names a time, not a step of someone's ("until you confirm"). */
function timeAfter(toks: readonly Token[], i: number): boolean {
  const n = nextWord(toks as Token[], i);
  if (n < 0) return false;
  if (/^(?:you|u|we|i|they|he|she|it|our|yours|someone|somebody|anyone|everyone)$/.test(toks[n].norm)) return false;
  const your = /^(?:your|ur)$/.test(toks[n].norm);
  for (let k = n, seen = 0; k < toks.length && seen < 6; k++) {
    const t = toks[k];
    if (!t.word) {
      if (/[,.;!?:]/.test(t.text)) break;
      continue;
    }
    seen++;
    if (!your && (/\d/.test(t.norm) || TIME_WORDS.has(t.norm))) return true;
    // "until your first payment has cleared": an event of the customer's thing, told by its own verb.
    if (your && seen > 1 && (t.pos === 'VERB' || t.pos === 'AUX')) return true;
  }
  return false;
}

/** Good news said in the sentence: the wait gives the customer time, or nothing to worry about. */
function goodNewsIn(toks: readonly Token[]): boolean {
  for (let k = 0; k + 1 < toks.length; k++) {
    const a = toks[k].norm;
    const b = toks[k + 1].norm;
    if (a === 'so' && /^(?:you|u|there)$/.test(b)) return true;
    if (a === 'no' && /^(?:rush|hurry|worries|need|charge|cost)$/.test(b)) return true;
    if (a === 'plenty' || (a === 'do' && b === 'not' && norm(toks, k + 2) === 'worry')) return true;
    if (a === 'still' && /^(?:time|have|got|can)$/.test(b)) return true;
  }
  return false;
}

/** "X isn't arriving before the 20th", "nothing free until after Easter", "no slots until Monday": the hit, or null. */
function notBeforeAt(toks: readonly Token[], i: number): GenericHit | null {
  if (!timeAfter(toks, i)) return null;
  const clause = toks[i].clause;
  // The negator, in the clause, within nine words before "until".
  let n = -1;
  for (let k = i - 1, seen = 0; k >= 0 && seen < 9 && toks[k].clause === clause; k--) {
    if (!toks[k].word) continue;
    seen++;
    if (toks[k].neg) {
      n = k;
      break;
    }
  }
  if (n < 0) return null;
  // A money or harm word in the clause before it (read back within the clause: one pass per "until", never the whole sentence).
  for (let k = i - 1; k >= 0 && k >= i - 40 && toks[k].clause === clause; k--) if (COST_WORDS.has(toks[k].norm)) return null;
  const neg = toks[n].norm;
  let start = n;
  if (neg === 'not' || neg === 'never') {
    if (n > 0 && toks[n - 1].pos === 'AUX') start = n - 1;
    // The predicate: the first word after the auxiliaries.
    let p = n + 1;
    // "going" is skipped only as "going to" ("isn't going to arrive"); "isn't going out till" is the predicate.
    while (p < i && ((SKIP_TO_PREDICATE.has(toks[p].norm) && (toks[p].norm !== 'going' || norm(toks, p + 1) === 'to')) || !toks[p].word)) p++;
    if (p >= i) return null;
    const t = toks[p];
    const lemma = arriveBase(t);
    if (lemma === 'go') {
      if (!/^(?:out|live|ahead|on)$/.test(norm(toks, p + 1))) return null;
    } else if (!(READY_WORDS.has(t.norm) || (ARRIVE_VERBS.has(lemma) && (t.pos === 'VERB' || t.norm.endsWith('ing'))))) return null;
    // "isn't coming back from the lab till", "won't be back with you before": at most five words between.
    let between = 0;
    for (let k = p + 1; k < i; k++) if (toks[k].word) between++;
    if (between > 5) return null;
    // The thing's own subject is what the customer waits on; "you" as the receiver is fine, "you" doing it is not.
    const s = start - 1;
    if (s >= 0 && toks[s].clause === clause && /^(?:i|we)$/.test(toks[s].norm) && !ARRIVE_VERBS.has(lemma) && !READY_WORDS.has(t.norm)) return null;
  } else if (neg === 'nothing') {
    // "nothing free until", "nothing is going out before", "we have nothing open till".
    let p = n + 1;
    while (p < i && /^(?:is|be|was|will|going|really|else|much|left)$/.test(toks[p].norm)) p++;
    const t = toks[p];
    if (!t || p >= i) return null;
    if (!(READY_WORDS.has(t.norm) || t.lemma === 'go' && /^(?:out|live)$/.test(norm(toks, p + 1)) || ARRIVE_VERBS.has(arriveBase(t)) && t.pos === 'VERB')) return null;
    if (t.norm === 'to') return null;
  } else if (neg === 'no') {
    // "no slots until the 20th", "no appointments available before next Thursday".
    const p = n + 1;
    if (!SLOT_NOUNS.has(norm(toks, p))) return null;
    let q = p + 1;
    if (/^(?:free|available|open|left)$/.test(norm(toks, q))) q++;
    if (q !== i) return null;
  } else return null;
  return { start: toks[start].start, end: toks[i].end, category: 'until', construction: 'time-refusal' };
}

export function readNotBeforeTime(toks: Token[]): GenericHit[] {
  if (toks.some((t) => t.text === '?') || goodNewsIn(toks)) return [];
  for (let i = 1; i < toks.length; i++) {
    if (toks[i].norm !== 'until' && toks[i].norm !== 'before') continue;
    const h = notBeforeAt(toks, i);
    if (h) return [h];
  }
  return [];
}

// ---------------------------------------------------------------- read it again; as I said earlier

/** Words before an imperative at the head of its clause: "please", "kindly", "just", "maybe". */
const IMPERATIVE_LEAD = words('please pls plz kindly just maybe perhaps do so ok okay hi hello');
/** What the customer was given: the object of "read … again". */
const GIVEN = words(`my our previous last earlier above below attached linked sent email e-mail message reply response instructions guide
  terms policy section step steps doc docs document documentation faq faqs article page clause manual letter note notes conditions`);
/** Offers, not reproaches: "feel free to re-read it", "whenever you like". */
const OFFER_WORDS = words('free whenever like want wish helpful handy refresher');

function isReRead(t: Token): boolean {
  return /^re-?read(?:ing)?$/.test(t.norm);
}

/** The imperative's head: the clause's first words are only lead words (or "if you" / "try"). */
function customerReads(toks: readonly Token[], v: number): number {
  const clause = toks[v].clause;
  let k = v - 1;
  while (k >= 0 && !toks[k].word && toks[k].clause === clause) k--;
  // "If you re-read …", "you may want to re-read", "try re-reading".
  if (k >= 0 && toks[k].norm === 'try') return k;
  if (k >= 0 && /^(?:you|u)$/.test(toks[k].norm)) {
    // "If you re-read my email you'll see …": only with the customer then seeing it ("If you re-read it and still can't find
    // the code, let me know" is help).
    const c = k - 1;
    if (c >= 0 && toks[c].norm === 'if' && seeAfter(toks, v)) return c;
    return -1;
  }
  if (k >= 0 && toks[k].norm === 'to' && /^(?:need|needs|have|has)$/.test(norm(toks, k - 1)) && /^(?:you|u)$/.test(norm(toks, k - 2))) return k - 2;
  let s = v;
  while (k >= 0 && toks[k].clause === clause && k >= v - 8) {
    if (toks[k].word) {
      if (!IMPERATIVE_LEAD.has(toks[k].norm)) return -1;
      s = k;
    }
    k--;
  }
  if (k >= 0 && toks[k].clause === clause) return -1;
  return s;
}

/** "… you will / 'll / would see / find / notice" after the re-reading. */
function seeAfter(toks: readonly Token[], v: number): boolean {
  for (let k = v + 1; k + 2 < toks.length && k < v + 24; k++) {
    if (!/^(?:you|u)$/.test(toks[k].norm)) continue;
    let m = k + 1;
    if (/^(?:will|would|should|can)$/.test(toks[m].norm)) m++;
    if (/^(?:see|find|notice|spot|realise|realize)$/.test(norm(toks, m))) return true;
  }
  return false;
}

function readReRead(toks: readonly Token[]): GenericHit[] {
  for (const t of toks) if (OFFER_WORDS.has(t.norm)) return [];
  for (let v = 0; v < toks.length; v++) {
    const t = toks[v];
    let end = -1;
    if (isReRead(t)) end = v;
    else if (t.norm === 'read' && (norm(toks, v + 1) === 'again' || norm(toks, v + 1) === 'through' && norm(toks, v + 2) === 'again')) {
      // "Please read again the policy I sent": what was given must be named after it.
      let given = false;
      for (let k = v + 2; k < toks.length && k < v + 8; k++) if (GIVEN.has(toks[k].norm)) given = true;
      if (given) end = v + 1;
    } else if (t.norm === 'read' || t.norm === 'go') {
      // "read my last email again", "go through the guide again".
      let again = -1;
      let given = false;
      for (let k = v + 1; k < toks.length && k < v + 8 && toks[k].clause === t.clause; k++) {
        if (GIVEN.has(toks[k].norm)) given = true;
        if (toks[k].norm === 'again') again = k;
      }
      if (again > 0 && given && (t.norm === 'read' || norm(toks, v + 1) === 'through')) end = v;
    }
    if (end < 0) continue;
    const s = customerReads(toks, v);
    if (s < 0) continue;
    return [{ start: toks[s].start, end: toks[end].end, category: 'passive-aggressive', construction: 'talking-down' }];
  }
  return [];
}

/** Verbs of having told: "as (what) I said / mentioned / stated". */
const TOLD = words('said mentioned stated told explained informed advised indicated noted written wrote');
/** Words of "before" that make the recap a reproach. */
const BEFORE_WORDS = words('earlier before previously already above prior');

/** "As what I have said earlier po, …", "As I have stated before, …", "like what I told you": told you already. */
function readAsSaid(toks: readonly Token[]): GenericHit[] {
  for (let a = 0; a + 2 < toks.length; a++) {
    if (toks[a].norm !== 'as' && toks[a].norm !== 'like') continue;
    // At the head of its clause (after a greeting or "so").
    let h = a - 1;
    while (h >= 0 && !toks[h].word && toks[h].clause === toks[a].clause) h--;
    if (h >= 0 && toks[h].clause === toks[a].clause && !/^(?:so|and|but|again|ok|okay|hi|hello|well|yes|yeah)$/.test(toks[h].norm)) continue;
    let k = a + 1;
    const what = toks[k].norm === 'what';
    if (what) k++;
    if (!/^(?:i|we)$/.test(norm(toks, k))) continue;
    k++;
    let before = false;
    while (/^(?:have|had|already|previously|also|just|clearly)$/.test(norm(toks, k))) {
      if (BEFORE_WORDS.has(toks[k].norm)) before = true;
      k++;
    }
    if (!TOLD.has(norm(toks, k))) continue;
    const verb = k;
    // "As I said I would", "as I said to the courier": a promise kept, a report.
    if (/^(?:i|we|to)$/.test(norm(toks, verb + 1))) continue;
    let e = verb;
    if (/^(?:you|u)$/.test(norm(toks, e + 1))) e++;
    if (BEFORE_WORDS.has(norm(toks, e + 1))) {
      before = true;
      e++;
    } else if (norm(toks, e + 1) === 'in' && /^(?:my|our)$/.test(norm(toks, e + 2))) before = true;
    // "As we already told the courier, …": told to someone else, a report, not a reproach ("po" is a particle of politeness).
    else if (toks[e + 1]?.word && toks[e + 1].clause === toks[verb].clause && !/^(?:po|last|on|over|yesterday)$/.test(norm(toks, e + 1))) continue;
    // With "what", or "earlier / before / already", or "stated": the recap is a reproach.
    if (!(what || before || toks[verb].norm === 'stated')) continue;
    return [{ start: toks[a].start, end: toks[e].end, category: 'passive-aggressive', construction: 'talking-down' }];
  }
  return [];
}

/** Cheap gate: a "read" word, or "as / like" with "said / mentioned …". */
/** (perfen31) A word readAgainMayStart cannot pass without (./dispatch.en.ts). */
export const readAgainWord = (w: string): boolean => w === 'read' || /^re-?read(?:ing)?$/.test(w) || w === 'as' || w === 'like';

export function readAgainMayStart(toks: readonly Token[]): boolean {
  let read = false;
  let as = false;
  let told = false;
  for (const t of toks) {
    if (t.norm === 'read' || isReRead(t)) read = true;
    else if (t.norm === 'as' || t.norm === 'like') as = true;
    else if (TOLD.has(t.norm)) told = true;
  }
  return read || (as && told);
}

export function readReadAgain(toks: Token[]): GenericHit[] {
  if (toks.some((t) => t.text === '?')) return [];
  const r = readReRead(toks);
  return r.length ? r : readAsSaid(toks);
}

// ---------------------------------------------------------------- not with us

/** Nouns of a matter the customer raised. */
const MATTER_NOUNS = words('concern concerns issue issues request requests query queries matter case complaint complaints problem question ticket claim claims');
/** Our side, after "not with / under / in / within": "us", "our team", "our scope". */
const OUR_SIDE = words('team department dept unit scope side office section remit area desk division responsibility jurisdiction');
/** A pointer elsewhere in the sentence: the customer is sent on, or told who holds it. */
const POINTER = words(`contact raise reach email ask call ring write booked made handled managed forwarded transferred kindly please
  need go visit through via`);
/** A thing held, not a matter: "not with us yet / any more / for long". */
const HELD_WORDS = words('yet anymore longer long tonight today currently now still');

export function notWithUsMayStart(toks: readonly Token[]): boolean {
  let not = false;
  let us = false;
  for (const t of toks) {
    if (t.norm === 'not') not = true;
    else if (t.norm === 'us' || t.norm === 'our' || t.norm === 'here') us = true;
  }
  return not && us;
}

export function readNotWithUs(toks: Token[]): GenericHit[] {
  if (toks.some((t) => t.text === '?')) return [];
  for (let n = 2; n + 1 < toks.length; n++) {
    if (toks[n].norm !== 'not' || !/^(?:is|are)$/.test(toks[n - 1].norm)) continue;
    // The subject: "this / that / it", or a matter noun ("this concern", "your complaint"), heading its clause.
    let s = n - 2;
    if (MATTER_NOUNS.has(norm(toks, s))) {
      if (/^(?:this|that|the|your|ur|these|those)$/.test(norm(toks, s - 1))) s--;
    } else if (!/^(?:this|that|it)$/.test(norm(toks, s))) continue;
    let h = s - 1;
    while (h >= 0 && !toks[h].word && toks[h].clause === toks[s].clause) h--;
    if (h >= 0 && toks[h].clause === toks[s].clause && !/^(?:hi|hello|sorry|ok|okay|but|so|unfortunately)$/.test(toks[h].norm)) continue;
    // "not with / under / in / within us | our (x) team", "not handled here / by us".
    const p = n + 1;
    let e = -1;
    if (/^(?:with|under|in|within)$/.test(toks[p].norm)) {
      if (norm(toks, p + 1) === 'us') e = p + 1;
      else if (norm(toks, p + 1) === 'our') {
        if (OUR_SIDE.has(norm(toks, p + 2))) e = p + 2;
        else if (OUR_SIDE.has(norm(toks, p + 3)) && toks[p + 2]?.word) e = p + 3;
      }
    } else if (/^(?:handled|dealt|managed)$/.test(toks[p].norm)) {
      let q = p + 1;
      if (toks[p].norm === 'dealt' && norm(toks, q) === 'with') q++;
      if (norm(toks, q) === 'here' || (norm(toks, q) === 'by' && norm(toks, q + 1) === 'us')) e = norm(toks, q) === 'here' ? q : q + 1;
    }
    if (e < 0) continue;
    if (HELD_WORDS.has(norm(toks, e + 1)) || (norm(toks, e + 1) === 'any' && norm(toks, e + 2) === 'more') || norm(toks, e + 1) === 'for') continue;
    // The pointer elsewhere, after it in the sentence.
    let pointer = false;
    for (let k = e + 1; k < toks.length && k < e + 30; k++) if (POINTER.has(toks[k].norm) || (toks[k].norm === 'is' && norm(toks, k + 1) === 'with')) pointer = true;
    if (!pointer) continue;
    return [{ start: toks[s].start, end: toks[e].end, category: 'dismissive', construction: 'handled-elsewhere' }];
  }
  return [];
}

// ---------------------------------------------------------------- this is basic stuff

/** What the customer's question is called, looked down on. */
const BASIC = words('basic simple easy elementary beginner beginners obvious');
/** Degrees before it: "pretty / really / fairly basic". */
const DEGREE = words('pretty really very fairly quite honestly just super rather all such totally');
/** Help offered in the sentence: then it is encouragement, not condescension. */
const HELP_NEAR = words('walk show guide help talk done set sorted');

/** Cheap gate: a word of "basic / simple / easy" in the sentence. */
/** (perfen31) basicStuffMayStart's word (./dispatch.en.ts). */
export const basicStuffWord = (w: string): boolean => BASIC.has(w);

export function basicStuffMayStart(toks: readonly Token[]): boolean {
  return toks.some((t) => BASIC.has(t.norm));
}

/**
 * "This is pretty basic stuff - …", "It's beginner stuff", "This is very basic, …": the customer's matter called basic, at the
 * head of the sentence, with no help offered in it. Never a plan, model or version called basic ("the basic plan", "This is the
 * basic version": a determiner before it), nor encouragement with help ("it's easy stuff and I'll walk you through it").
 */
export function readBasicStuff(toks: Token[]): GenericHit[] {
  if (toks.some((t) => t.text === '?')) return [];
  for (let k = 0; k + 1 < toks.length; k++) {
    if ((toks[k].norm === 'i' || toks[k].norm === 'we') && toks.slice(k + 1, k + 5).some((x) => HELP_NEAR.has(x.norm) || x.norm === 'have' || x.norm === 'will')) return [];
    if (toks[k].norm === 'do' && norm(toks, k + 1) === 'not' && norm(toks, k + 2) === 'worry') return [];
  }
  let s = 0;
  while (s < toks.length && (!toks[s].word || /^(?:hi|hello|ok|okay|well|so|honestly)$/.test(toks[s].norm))) s++;
  if (!/^(?:this|that|it)$/.test(norm(toks, s)) || !/^(?:is|was)$/.test(norm(toks, s + 1))) return [];
  let a = s + 2;
  let degree = false;
  while (DEGREE.has(norm(toks, a))) {
    degree = true;
    a++;
  }
  if (!BASIC.has(norm(toks, a))) return [];
  let e = a;
  if (/^(?:stuff|things|thing|material|level)$/.test(norm(toks, a + 1))) e = a + 1;
  else if (!degree || toks[a + 1]?.word) return [];
  return [{ start: toks[s].start, end: toks[e].end, category: 'dismissive', construction: 'minimising' }];
}

// ---------------------------------------------------------------- can't promise (anything)

/** Cheap gate: a "promise / guarantee" in the sentence. */
export function cantPromiseMayStart(toks: readonly Token[]): boolean {
  return toks.some((t) => t.norm === 'promise' || t.norm === 'guarantee');
}

/**
 * "… but can't promise anything", "but cant promise", "can't guarantee it though": the promise disclaimed on its own (an effort
 * hedged). The verb after "can / could not", its subject "I / we" or left out, and nothing after it in its clause but
 * "anything / it / that" and a "though". Never the customer told ("you can't promise"), a disclaimer that goes on ("cannot
 * guarantee anything sent by post").
 */
export function readCantPromise(toks: Token[]): GenericHit[] {
  for (let v = 2; v < toks.length; v++) {
    const t = toks[v];
    if (t.norm !== 'promise' && t.norm !== 'guarantee') continue;
    if (toks[v - 1].norm !== 'not' || !/^(?:can|could)$/.test(toks[v - 2].norm)) continue;
    let s = v - 2;
    const subj = norm(toks, v - 3);
    if (/^(?:i|we)$/.test(subj) && toks[v - 3].clause === t.clause) s = v - 3;
    else if (v - 3 >= 0 && toks[v - 3].word && toks[v - 3].clause === t.clause && !/^(?:but|and|so|though|although)$/.test(subj)) continue;
    let e = v;
    let k = v + 1;
    if (/^(?:anything|it|that|this)$/.test(norm(toks, k))) e = k++;
    if (norm(toks, k) === 'though') k++;
    const next = toks[k];
    if (next && next.word && next.clause === t.clause) continue;
    return [{ start: toks[s].start, end: toks[e].end, category: 'uncertainty', construction: 'hedged-effort' }];
  }
  return [];
}
