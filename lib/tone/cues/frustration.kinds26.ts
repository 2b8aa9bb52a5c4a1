/**
 * Frustration, session 26 (toneen26), English kinds, each tried on a look-alike set written across trades
 * (scripts/tone-kinds26-matrix.ts, run by tests/unit/tone/kinds26.test.ts), never on a development sentence's nouns.
 *
 * - **a glowing rating given to a failure told** ("… the battery died halfway. 10/10 experience.", "Five stars, would
 *   recommend.", "A+ service as always", "Ten out of ten."): a sentence that is only a rating (a score of 8/10 or more, five
 *   stars, A+, "would recommend", "would buy again") in a message that tells a failure the customer suffered (a harm of
 *   ./frustration.kinds23.ts, a thing that died, crashed or froze, a visit or a reply that never came). Not a failure
 *   made small, conceded ("… was a bit late but the sofa is gorgeous. 10/10") or put right, nor a rating asked about.
 * - **a low rating as a verdict** ("0/10 would not recommend", "1/10 experience.", "1/5 stars", "Zero out of ten."): a
 *   score of 3/10 (1/5) or less standing alone or said of the experience, the service or in stars. Not a measurement
 *   ("pain is about 2/10", "scored 3/10 on the test", "day 3/10 of the course") nor a question.
 * - **a weary word** ("So tedious.", "Honestly it is tiresome", "I find it wearisome to chase you"): the customer's
 *   weariness at a chore the company makes them repeat. Not an apology for one's own tedious ask ("Sorry, I know this is
 *   tedious, but …"), thanks ("thanks for making a tedious job easy"), a conditional ("would be tedious") nor conceded
 *   ("I know it is tedious for everyone").
 * - **a formal ultimatum to withdraw custom** ("Should this matter remain unresolved …, we will have to review our use of
 *   your services", "Unless …, we will reconsider our relationship with your firm", "… I shall take my custom elsewhere"):
 *   reviewing or ending one's use of the company as what follows an unmet condition. The condition "should … remain
 *   unresolved / outstanding / unpaid" is read by {@link unsettled26} (used by ./frustration.kinds25.ts's formal
 *   condition). Not a review told calmly ("We will review our use of the service at the end of the trial") nor a move
 *   announced without a condition.
 *
 * English only. Cheap: each reading opens on a text gate; none re-reads the text beyond one scan of the tokens.
 */
import { unitRange, type CueContext } from '../cue.ts';
import { opens, textGate } from '../textgate.ts';
import { gateOf } from '../readergate.ts';
import type { StringKey } from '../../i18n/index.ts';
import type { Evidence } from '../types.ts';
import { harmAt23, putRight23 } from './frustration.kinds23.ts';
import { conditioned15 } from './frustration.en.kinds15.ts';

type Tok = CueContext['doc']['tokens'][number];

// ---------------------------------------------------------------------------------------------------------------------
// "Should … remain unresolved": an unmet condition said with an "un-" word

/** States of a matter left undone after "remain", "stay", "be still" ("should the invoice remain unpaid"). */
const UNSETTLED = new Set(['unresolved', 'outstanding', 'unpaid', 'unanswered', 'unrefunded', 'unaddressed', 'unfixed', 'unsettled', 'unrepaired', 'uncorrected', 'unremedied', 'unreturned']);
const REMAIN = new Set(['remain', 'stay', 'continue', 'still']);

/** Token j tells a matter left undone in a condition: "remain unresolved", "stay outstanding", "is still unpaid". */
export function unsettled26(t: readonly Tok[], j: number): boolean {
  if (!UNSETTLED.has(t[j].key)) return false;
  const p = t[j - 1];
  return p !== undefined && (REMAIN.has(p.lemma) || REMAIN.has(p.key) || (p.lemma === 'be' && t[j - 2]?.key === 'still'));
}

// ---------------------------------------------------------------------------------------------------------------------
// Ratings

const RATING_GATE = textGate(['/10', '/5', 'out', 'star', 'a+', 'recommend', 'buy']);
const NUMBER_WORD = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
]);
/** Words a rating sentence may hold beside its rating. */
const RATING_FILLER = new Set([
  'experience', 'service', 'solid', 'would', 'recommend', 'recommended', 'highly', 'buy', 'again', 'honestly', 'really', 'truly', 'just', 'stars', 'star',
  'overall', 'as', 'always', 'usual', 'ever', 'lol', 'guys', 'team', 'great', 'excellent', 'amazing', 'fantastic', 'brilliant', 'top', 'a', 'an', 'the', 'from',
  'me', 'us', 'customer', 'care', 'support', 'work', 'job', 'stuff', 'effort', 'out', 'of', 'what', 'an', 'absolute', 'absolutely', 'definitely', 'genuinely',
  'rating', 'review', 'five', 'ten', 'wow', 'oh', 'yeah', 'well', 'done', 'again', 'another', 'this', 'that', 'it', 'your', 'company', 'would',
]);
/** Nouns a low score is said of ("1/10 experience", "1/5 stars", "2/10 service"). */
const RATED = new Set(['experience', 'service', 'stars', 'star', 'would', 'overall', 'customer', 'support', 'company', 'rating', 'review', 'from', 'do', 'avoid']);

interface Rating {
  /** Tokens [a, b] of the rating (b included). */
  a: number;
  b: number;
  /** 0..1: the score's share of its scale; -1 for a recommendation. */
  share: number;
}

/** The numeral at token i ("10", "ten"), or -1. */
function numeral(x: Tok | undefined): number {
  if (!x) return -1;
  if (/^\d{1,2}$/.test(x.key)) return Number(x.key);
  return NUMBER_WORD.get(x.key) ?? -1;
}

/** A rating at token i: "10/10", "ten out of ten", "five stars", "A+", "would recommend", "would buy again", "highly recommend". */
function ratingAt(ctx: CueContext, t: readonly Tok[], i: number): Rating | null {
  const x = t[i];
  const text = ctx.doc.text;
  const n = numeral(x);
  if (n >= 0) {
    const y = t[i + 1];
    // "10/10", "1/5": two numerals joined by a slash.
    if (y && text.slice(x.end, y.start) === '/') {
      const m = numeral(y);
      if ((m === 10 || m === 5) && n <= m) return { a: i, b: i + 1, share: n / m };
      return null;
    }
    // "ten out of ten", "0 out of 10".
    if (y?.key === 'out' && t[i + 2]?.key === 'of') {
      const m = numeral(t[i + 3]);
      if ((m === 10 || m === 5) && n <= m) return { a: i, b: i + 3, share: n / m };
      return null;
    }
    // "five stars", "5 star", "1 star".
    if (y && (y.key === 'stars' || y.key === 'star') && n <= 5) return { a: i, b: i + 1, share: n / 5 };
    return null;
  }
  // "A+": the letter and the plus.
  if (x.key === 'a' && text[x.end] === '+' && (text[x.end + 1] === undefined || !/[\p{L}\p{N}]/u.test(text[x.end + 1]))) return { a: i, b: i, share: 1 };
  // "would recommend", "highly recommend", "would buy again" (not "would not recommend": a low verdict read below).
  if (x.key === 'recommend' || x.key === 'recommended') {
    const p = t[i - 1];
    if (p && (p.key === 'would' || p.key === 'highly') && !p.neg && !x.negated) return { a: i - 1, b: i, share: -1 };
    if (p && (p.neg || x.negated) && (p.key === 'not' || p.key === 'never' || t[i - 2]?.key === 'would')) return { a: Math.max(0, i - 2), b: i, share: 0 };
    return null;
  }
  if (x.key === 'buy' && t[i + 1]?.key === 'again' && t[i - 1]?.key === 'would' && !x.negated) return { a: i - 1, b: i + 1, share: -1 };
  return null;
}

/** The sentence [a, b] of the rating holds only the rating and filler (at most one other word), and is no question. */
function ratingSentence(ctx: CueContext, t: readonly Tok[], r: Rating, a: number, b: number): boolean {
  if (b - a > 9) return false;
  let other = 0;
  for (let j = a; j <= b; j++) {
    if (j >= r.a && j <= r.b) continue;
    if (t[j].neg) return false;
    if (!RATING_FILLER.has(t[j].key) && numeral(t[j]) < 0) other++;
  }
  return other <= 1 && !endsAsked(ctx, t, b);
}

function endsAsked(ctx: CueContext, t: readonly Tok[], b: number): boolean {
  return /^[^\p{L}\p{N}\n]*\?/u.test(ctx.doc.text.slice(t[b].end, t[b].end + 4));
}

/** Verbs of a thing that gave out, read in the past ("died", "crashed", "froze"). */
const GAVE_OUT = new Set(['die', 'crash', 'freeze', 'froze', 'fail', 'stop', 'conk', 'flood', 'cancel', 'lock', 'miss', 'decline', 'drop', 'overheat', 'jam', 'glitch', 'disconnect']);
/** What never came: a visit, a delivery, a reply. */
const CAME = new Set(['turn', 'arrive', 'come', 'show', 'answer', 'reply', 'respond', 'call', 'deliver', 'pick', 'ring']);
/** Words that concede or shrink a failure in its sentence ("a bit late but …", "crashed once … but it has been fine since"). */
const CONCEDE = new Set(['but', 'though', 'although', 'otherwise', 'except', 'apart', 'bit', 'slightly', 'little', 'once']);
const SELF = new Set(['i', 'we', 'my', 'our']);

/** Token i tells a failure the customer suffered (not their own doing, not asked, not conceded in its sentence). */
function failureAt(ctx: CueContext, t: readonly Tok[], i: number): boolean {
  const x = t[i];
  let fail = false;
  if (harmAt23(ctx, t, i)) fail = true;
  else if ((x.past || x.key === 'froze' || x.key === 'died') && GAVE_OUT.has(x.lemma === 'di' ? 'die' : x.lemma) && !x.negated) {
    // "I missed the bus", "we cancelled": the customer's own doing.
    const p = t[i - 1];
    if (p && SELF.has(p.key) && p.clause === x.clause) return false;
    fail = true;
  } else if (CAME.has(x.lemma) && x.negated && !x.neg) fail = true;
  else if ((x.key === 'late' || x.key === 'missing' || x.key === 'empty' || x.key === 'dirty' || x.key === 'locked') && !x.negated) {
    const p = t[i - 1];
    // "two hours late", "was late", "arrived empty", "missing the drinks".
    fail = !!p && (/^(?:hours?|minutes?|mins?|days?|weeks?|was|were|came|arrived|is|are|and|turned|up)$/.test(p.key) || x.key === 'missing');
  }
  if (!fail) return false;
  const [a, e] = unitRange(t, i, 'sentence');
  if (endsAsked(ctx, t, e - 1)) return false;
  for (let j = a; j < e; j++) if (CONCEDE.has(t[j].key)) return false;
  return true;
}

/** "… died halfway. 10/10 experience.", "1/10 experience.": a glowing rating beside a failure, or a low rating as a verdict. */
function readRating(ctx: CueContext, t: readonly Tok[]): { score: number; evidence: Evidence[] } | null {
  for (let i = 0; i < t.length; i++) {
    const r = ratingAt(ctx, t, i);
    if (!r) continue;
    const [a, e] = unitRange(t, i, 'sentence');
    const b = e - 1;
    if (r.share >= 0 && r.share <= 0.3) {
      // A low score standing alone or said of the experience, the service, in stars.
      const next = t[r.b + 1];
      const said = next === undefined || next.sentence !== t[r.b].sentence || RATED.has(next.key) || t[r.a].key === 'would' || ratingSentence(ctx, t, r, a, b);
      if (said && !endsAsked(ctx, t, b)) return { score: 1.2, evidence: [ctx.ev({ start: t[r.a].start, end: t[r.b].end }, 'tone.why.judgement')] };
      continue;
    }
    if (r.share >= 0 && r.share < 0.8) continue;
    if (!ratingSentence(ctx, t, r, a, b)) continue;
    if (putRight23(t)) return null;
    for (let j = 0; j < t.length; j++) {
      if (j >= a && j <= b) continue;
      if (!failureAt(ctx, t, j)) continue;
      // Shown whole: "A+ service", "10/10 experience"; "never turned up", "nobody answers".
      const rEnd = t[r.b + 1] && t[r.b + 1].sentence === t[r.b].sentence && RATED.has(t[r.b + 1].key) && t[r.b + 1].key !== 'would' ? r.b + 1 : r.b;
      let f = j;
      if (t[j].negated) for (let k = j - 1; k >= 0 && k >= j - 3 && t[k].clause === t[j].clause; k--) if (t[k].neg) f = k;
      // "don't show up": the auxiliary with its "n't".
      if (f > 0 && /^n[’']?t$/i.test(ctx.doc.text.slice(t[f].start, t[f].end))) f--;
      const fEnd = t[j + 1]?.key === 'up' && t[j + 1].clause === t[j].clause ? j + 1 : j;
      return { score: 1.2, evidence: [ctx.ev({ start: t[r.a].start, end: t[rEnd].end }, 'tone.why.sarcasm'), ctx.ev({ start: t[f].start, end: t[fEnd].end }, 'tone.why.sarcasm')] };
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------------
// A weary word

const WEARY_GATE = textGate(['tedious', 'tiresome', 'wearisome']);
const WEARY = new Set(['tedious', 'tiresome', 'wearisome']);
/** Words of a sentence that apologises, thanks, supposes or concedes around the weary word. */
const NOT_WEARY = new Set(['sorry', 'apologies', 'apologise', 'apologize', 'thanks', 'thank', 'would', 'could', 'might', 'may', 'usually', 'normally', 'everyone', 'anyone', 'rush']);
const CONCEDING = new Set(['know', 'realise', 'realize', 'understand', 'appreciate']);

function readWeary(ctx: CueContext, t: readonly Tok[]): Evidence | null {
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    if (x.negated || !(WEARY.has(x.key) || (CHASE_FEELING.has(x.key) && chaseFeeling(t, i, unitRange(t, i, 'sentence')[1])))) continue;
    const [a, e] = unitRange(t, i, 'sentence');
    if (endsAsked(ctx, t, e - 1)) continue;
    let calm = false;
    for (let j = a; j < e && !calm; j++) {
      const k = t[j].key;
      if (NOT_WEARY.has(k)) calm = true;
      // "I know it is tedious", "I appreciate this is tiresome": conceded.
      else if (CONCEDING.has(k) && (t[j - 1]?.key === 'i' || t[j - 1]?.key === 'we')) calm = true;
    }
    if (!calm) return ctx.ev({ start: x.start, end: x.end }, 'tone.why.feeling');
  }
  return null;
}

/** Feelings a chase the company makes them repeat gives ("distressing to have to explain again", "exhausting having to chase"). */
const CHASE_FEELING = new Set(['distressing', 'upsetting', 'exhausting', 'stressful', 'draining', 'tiring', 'infuriating', 'maddening', 'demoralising', 'demoralizing', 'humiliating', 'wearing', 'frustrating']);
const CHASE_FEELING_GATE = textGate(['distressing', 'upsetting', 'exhausting', 'stressful', 'draining', 'tiring', 'infuriating', 'maddening', 'demoralis', 'demoraliz', 'humiliating', 'wearing', 'frustrating']);
/** What the customer has to do again: explain, chase, ring, prove, remind … */
const CHASE = new Set(['explain', 'chase', 'call', 'ring', 'phone', 'repeat', 'ask', 'write', 'email', 'contact', 'remind', 'prove', 'fight', 'resend', 'send', 're-enter', 'reenter', 'verify', 'justify', 'tell', 'argue', 'keep', 'go', 'submit', 'upload', 'request']);

/** "distressing to have to explain …", "exhausting having to chase …": a feeling at a chase, then the chase in its sentence. */
function chaseFeeling(t: readonly Tok[], i: number, e: number): boolean {
  if (!CHASE_FEELING.has(t[i].key)) return false;
  for (let j = i + 1; j + 1 < e && j <= i + 4; j++) {
    // "to have to explain", "having to chase", "to have to keep reminding".
    if ((t[j].key === 'have' && t[j - 1]?.key === 'to') || t[j].key === 'having') {
      if (t[j + 1]?.key !== 'to') return false;
      const v = t[j + 2];
      return v !== undefined && (CHASE.has(v.lemma) || CHASE.has(v.key));
    }
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------------------
// A fault against the company's own word

const DESPITE_GATE = textGate(['despite', 'though', 'spite']);
/** Words of the company's word given: confirmed, assured, promised, told, stated … */
const ASSURE = new Set(['confirm', 'assure', 'assurance', 'assurances', 'promise', 'tell', 'state', 'states', 'say', 'says', 'agree', 'guarantee', 'undertake', 'advise', 'inform', 'confirmation', 'promising', 'confirming', 'stating', 'saying']);
const GIVER = new Set(['your', 'you', 'being', 'having', 'assurances', 'repeated', 'several', 'two', 'three', 'written', 'the']);
/** A fault in the rest of the sentence: a negation, "still", "again", "remains", "charged", "yet". */
const FAULT_MARK = new Set(['still', 'again', 'remains', 'remain', 'remained', 'charged', 'yet', 'undelivered', 'unresolved', 'outstanding', 'unpaid']);

/** "… sent to me again, despite your letter confirming …", "Despite being told twice …, nobody has …": span or null. */
function despiteWord(ctx: CueContext, t: readonly Tok[], i: number): [number, number] | null {
  const x = t[i];
  const opener = x.key === 'despite' || (x.key === 'though' && t[i - 1]?.key === 'even') || (x.key === 'spite' && t[i - 1]?.key === 'in');
  if (!opener || x.fa) return null;
  let said = -1;
  if (GIVER.has(t[i + 1]?.key ?? '') || (t[i + 1]?.key ?? '').startsWith('assurance')) {
    for (let j = i + 1; j < t.length && j <= i + 5 && t[j].sentence === x.sentence; j++) {
      if (ASSURE.has(t[j].lemma) || ASSURE.has(t[j].key)) {
        said = j;
        break;
      }
    }
  }
  if (said < 0) return null;
  const [a, e] = unitRange(t, i, 'sentence');
  if (endsAsked(ctx, t, e - 1)) return null;
  // The fault told outside the "despite" clause ("sent to me again", "nobody has been in touch", "the deposit has not been returned").
  // Before the opener ("… remains undelivered despite …"), or in a later clause ("Despite …, nobody has …").
  for (let j = a; j < e; j++) {
    if (j >= i && (j <= said || t[j].clause === t[said].clause)) continue;
    if (t[j].neg || FAULT_MARK.has(t[j].key)) return [x.key === 'though' || x.key === 'spite' ? i - 1 : i, said];
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------------
// An expectation stated as no more than fair

const FAIR_GATE = textGate(['unreasonable', 'expect']);
const HEDGE = new Set(['hope', 'if', 'would', 'wonder', 'wondering', 'hopefully']);

/** "I do not think it unreasonable to expect …", "Surely it is not too much to expect …": span or null. */
function fairExpectation(ctx: CueContext, t: readonly Tok[], i: number): [number, number] | null {
  const x = t[i];
  let end = -1;
  if (x.key === 'unreasonable' && t[i + 1]?.key === 'to' && t[i + 2]?.lemma === 'expect') end = i + 2;
  else if (x.key === 'too' && t[i + 1]?.key === 'much' && t[i + 2]?.key === 'to' && t[i + 3]?.lemma === 'expect') end = i + 3;
  if (end < 0) return null;
  let denied = false;
  for (let j = i - 1; j >= 0 && j >= i - 5 && t[j].sentence === x.sentence; j--) {
    if (HEDGE.has(t[j].key)) return null;
    if (t[j].neg || t[j].key === 'hardly' || t[j].key === 'scarcely') denied = true;
  }
  if (!denied) return null;
  const [, e] = unitRange(t, i, 'sentence');
  if (endsAsked(ctx, t, e - 1)) return null;
  return [i, end];
}

// ---------------------------------------------------------------------------------------------------------------------
// Care credited with an ironic "clearly"

const CLEARLY_GATE = textGate(['clearly', 'obviously', 'evidently']);
/** What the company is credited with: valuing, caring, mattering, a priority. */
const CARE = new Set(['value', 'care', 'matter', 'mean', 'priority', 'prioritise', 'prioritize', 'cherish', 'respect', 'treasure']);
/** The sentence thanks or appreciates: sincere praise. */
const SINCERE = new Set(['thank', 'thanks', 'appreciate', 'grateful', 'wonderful', 'lovely', 'kind', 'great', 'brilliant']);

/** "You clearly value your customers enormously.", "Obviously my business means a great deal to you.": span or null. */
function ironicCare(ctx: CueContext, t: readonly Tok[], i: number): [number, number] | null {
  const x = t[i];
  if (x.key !== 'clearly' && x.key !== 'obviously' && x.key !== 'evidently') return null;
  let care = -1;
  for (let j = i + 1; j < t.length && j <= i + 4 && t[j].clause === x.clause; j++) if (CARE.has(t[j].lemma) || CARE.has(t[j].key)) care = j;
  if (care < 0 || t[care].negated) return null;
  // Said of the company: "you", "your" or "my business / custom / time" in the clause ("Obviously I value …" is the customer's own).
  let said = false;
  for (let j = i - 3 < 0 ? 0 : i - 3; j <= care + 3 && j < t.length; j++) {
    if (t[j].clause !== x.clause && j < i) continue;
    if (t[j].key === 'i' && j < care) return null;
    if (t[j].key === 'you' || t[j].key === 'your' || t[j].key === 'guys') said = true;
  }
  if (!said) return null;
  const [a, e] = unitRange(t, i, 'sentence');
  if (endsAsked(ctx, t, e - 1)) return null;
  for (let j = 0; j < t.length; j++) if (SINCERE.has(t[j].key) || SINCERE.has(t[j].lemma)) return null;
  // Beside a failure told in another sentence, or a chase (the repeat cue shows).
  let failed = (ctx.got.repeat?.cues.length ?? 0) > 0;
  for (let j = 0; j < t.length && !failed; j++) if ((j < a || j >= e) && (failureAt(ctx, t, j) || (t[j].key === 'still' && !t[j].negated))) failed = true;
  return failed ? [i, care] : null;
}

// ---------------------------------------------------------------------------------------------------------------------
// A formal ultimatum to withdraw custom

const WITHDRAW_GATE = textGate(['review', 'reconsider', 'elsewhere']);
/** What the customer would review: their use of the company, or their relationship, contract or account with it. */
const USE = new Set(['use', 'relationship', 'custom', 'business', 'arrangement', 'membership', 'account', 'partnership']);

/** "we will have to review our use of", "reconsider our relationship with", "take my custom elsewhere": token span or null. */
function withdrawalAt(t: readonly Tok[], i: number): [number, number] | null {
  const x = t[i];
  if (x.lemma === 'review' || x.lemma === 'reconsider') {
    const own = t[i + 1];
    const what = t[i + 2];
    if (own && what && (own.key === 'our' || own.key === 'my') && USE.has(what.key)) return [i, i + 2];
    return null;
  }
  if (x.key === 'elsewhere') {
    for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
      if (t[j].lemma === 'take' || t[j].lemma === 'move') return USE.has(t[i - 1]?.key ?? '') ? [j, i] : null;
    }
  }
  return null;
}

function readWithdrawal(ctx: CueContext, t: readonly Tok[]): Evidence | null {
  for (let i = 0; i < t.length; i++) {
    const span = withdrawalAt(t, i);
    if (!span || t[i].negated) continue;
    const [a, b] = span;
    if (ctx.questions.some((q) => q.start - ctx.offset <= t[a].start && t[b].end <= q.end - ctx.offset)) continue;
    if (!conditioned15(t, { from: a })) continue;
    return ctx.ev({ start: t[a].start, end: t[b].end }, 'tone.why.threat');
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------------


/**
 * The two steps every kinds reader takes (kinds26, kinds27): `add` counts a reading's evidence with its weight unless
 * `covered` says another reader already showed those words; `first` is the first span a token finder reads in the
 * message, as evidence of `why`.
 */
export function readingSteps(ctx: CueContext, t: readonly Tok[], out: { score: number; evidence: Evidence[] }, covered: (e: Evidence) => boolean) {
  const add = (ev: Evidence | null, weight: number) => {
    if (ev && !covered(ev)) {
      out.score += weight;
      out.evidence.push(ev);
    }
  };
  const first = (find: (ctx: CueContext, t: readonly Tok[], i: number) => [number, number] | null, why: StringKey): Evidence | null => {
    for (let i = 0; i < t.length; i++) {
      const span = find(ctx, t, i);
      if (span) return ctx.ev({ start: t[span[0]].start, end: t[span[1]].end }, why);
    }
    return null;
  };
  return { add, first };
}

/**
 * Session 26's English readings: a rating given to a failure or a low rating, a weary word, a formal ultimatum to
 * withdraw custom. Words another reader already showed are not counted twice.
 */
/** readKinds26's gate (perftone32): it reads nothing unless one of these opens. */
export const KINDS26_GATE = gateOf('readKinds26', { text: [RATING_GATE, WEARY_GATE, CHASE_FEELING_GATE, WITHDRAW_GATE, DESPITE_GATE, FAIR_GATE, CLEARLY_GATE] });

export function readKinds26(ctx: CueContext, already: readonly (readonly Evidence[])[]): { score: number; evidence: Evidence[] } {
  const out = { score: 0, evidence: [] as Evidence[] };
  if (ctx.fa || ctx.empty) return out;
  const rating = opens(ctx.low, RATING_GATE);
  const weary = opens(ctx.low, WEARY_GATE) || opens(ctx.low, CHASE_FEELING_GATE);
  const withdraw = opens(ctx.low, WITHDRAW_GATE);
  const despite = opens(ctx.low, DESPITE_GATE);
  const fair = opens(ctx.low, FAIR_GATE);
  const clearly = opens(ctx.low, CLEARLY_GATE);
  if (!rating && !weary && !withdraw && !despite && !fair && !clearly) return out;
  const t = ctx.doc.tokens;
  const covered = (e: Evidence) => already.some((list) => list.some((x) => x.start < e.end && e.start < x.end));
  if (rating) {
    const r = readRating(ctx, t);
    if (r && !covered(r.evidence[0])) {
      out.score += r.score;
      out.evidence.push(...r.evidence);
    }
  }
  const { add, first } = readingSteps(ctx, t, out, covered);
  if (weary) add(readWeary(ctx, t), 1);
  if (despite) add(first(despiteWord, 'tone.why.brokenPromise'), 1);
  if (clearly) add(first(ironicCare, 'tone.why.sarcasm'), 1.2);
  if (fair) add(first(fairExpectation, 'tone.why.judgement'), 1);
  if (withdraw) add(readWithdrawal(ctx, t), 1.2);
  return out;
}

// ---------------------------------------------------------------------------------------------------------------------
// Calm: a hedged request, praise told to a manager, an either-or question about a procedure

const HEDGE_GATE = textGate(['hope', 'if']);
const BOSS_GATE = textGate(['manager', 'supervisor']);
const ALT_GATE = textGate(['or']);
/** Words of praise told about someone ("first class", "most helpful", "I wanted to thank"). */
const PRAISE_TOLD = new Set(['first', 'excellent', 'brilliant', 'wonderful', 'helpful', 'kind', 'superb', 'outstanding', 'fantastic', 'thank', 'thanks', 'compliment', 'compliments', 'commend', 'praise', 'lovely', 'amazing', 'great', 'patient']);

/** Tokens [a, e) of the sentence holding evidence e. */
function sentenceOf(ctx: CueContext, e: Evidence): [number, number] | null {
  const t = ctx.doc.tokens;
  const at = e.start - ctx.offset;
  let i = 0;
  while (i < t.length && t[i].end <= at) i++;
  return i < t.length ? unitRange(t, i, 'sentence') : null;
}

/**
 * Calm readings of session 26, true when every piece of evidence lies in one of them (any other piece keeps the cue):
 * - **a request hedged as not too much to ask**: "I hope it isn't too much to ask, but could you gift-wrap the order?",
 *   "If it's not too much trouble …": the phrase of exasperation inside a hope or a condition is a polite hedge.
 * - **praise told to a manager**: "Your fitter was first class and I have written to tell the manager so", "I told the
 *   supervisor how helpful she was": the manager in a sentence of praise, with no negation, is no escalation.
 * - **an either-or question about a procedure**: "Will the refund go back automatically, or must I fill in a form?": "must
 *   I" in a question that offers alternatives asks what to do. Not "Why must I …" nor "Must I really …" (no alternative).
 */
export function calmKinds26(ctx: CueContext, evidence: readonly Evidence[]): boolean {
  if (ctx.fa || evidence.length === 0) return false;
  const hedge = opens(ctx.low, HEDGE_GATE);
  const boss = opens(ctx.low, BOSS_GATE);
  const alt = opens(ctx.low, ALT_GATE);
  if (!hedge && !boss && !alt) return false;
  const t = ctx.doc.tokens;
  return evidence.every((e) => {
    const r = sentenceOf(ctx, e);
    if (!r) return false;
    const [a, end] = r;
    if (hedge && /^(?:too much to ask|unreasonable)/i.test(e.text)) {
      let i = a;
      while (i < end && t[i].start < e.start - ctx.offset) i++;
      for (let j = i - 1; j >= a && j >= i - 5 && t[j].clause === t[i]?.clause; j--) if (t[j].key === 'hope' || t[j].key === 'if' || t[j].key === 'hopefully') return true;
      return false;
    }
    if (boss && e.why === 'tone.why.escalation' && /^(?:(?:the|your|a) )?(?:manager|supervisor)$/i.test(e.text)) {
      let praised = false;
      for (let j = a; j < end; j++) {
        if (t[j].neg) return false;
        if (PRAISE_TOLD.has(t[j].key) && (t[j].key !== 'first' || t[j + 1]?.key === 'class')) praised = true;
      }
      return praised;
    }
    if (alt && e.why === 'tone.why.rhetoricalQuestion' && /^(?:must|should|do|shall) i$/i.test(e.text)) {
      if (!endsAsked(ctx, t, end - 1)) return false;
      for (let j = a; j < end; j++) if (t[j].key === 'or') return true;
      return false;
    }
    return false;
  });
}
