/**
 * English false alarms of the frustration cue read off the fourteenth session's development splits (fresh4, late10, late8,
 * fresh3), by kind; each guard reads the construction, never one sentence:
 * - "late" of the dead: "my late husband", "her late mother's account" (not a delay);
 * - "Thanks again": the thanks said once more, not a fault that recurs;
 * - a short time praised ("took about ten seconds", "fixed it in ten minutes"): speed, not a wait borne;
 * - a fault put right earlier in its sentence ("She fixed my broadband in ten minutes after two weeks of it dropping out"):
 *   praise beside it is sincere;
 * - tears of joy: 😭 beside praise or thanks in its sentence ("its PERFECT 😭😭 thank u sm");
 * - a judgement of a third party the customer sets apart from the company: an explicit "(not you guys!)", "not your
 *   fault", or a subject that is someone else ("another passenger was incredibly rude", "the council are being hopeless",
 *   "Some idiot reversed into my car"), and the feeling about what that person did ("Absolutely livid about it");
 * - a strong word that describes a fault, not the service ("a horrible grinding noise", "an awful smell");
 * - "I'm not very good with computers": the customer's own skill, not an understatement about the service.
 */
import type { CueContext } from '../cue.ts';
import type { Hit, LexiconPart } from '../tokens.ts';
import type { ToneToken } from '../layer.ts';

// Word lists the functions below test per token: a set's lookup, where a /^(?:a|b)$/ expression ran per token (the same answer on a token's key).
const words = (list: string): ReadonlySet<string> => new Set(list.split(' '));
const NOT_WORD = words('not nothing');
const YOU_WORD = words('you your u ur yours');
const SOME_WORD = words('some another');

type Toks = readonly ToneToken[];

const KIN = words('husband wife mother father mum mom dad son daughter brother sister partner grandmother grandfather gran granny grandma grandad grandpa nan uncle aunt auntie friend parents father-in-law mother-in-law spouse fiance fiancee employer client aunty');
const POSSESSIVE = words("my our his her their your the 's s");

/** "my late husband", "her late mother's account": "late" of someone who has died. */
export function lateOfTheDead(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (x.fa || x.key !== 'late' || h.to - h.from !== 1) return false;
  const next = t[h.to];
  return !!next && next.clause === x.clause && KIN.has(next.key) && POSSESSIVE.has(t[h.from - 1]?.key ?? '');
}

/** "Thanks again", "thank you again": the thanks said once more. */
export function thanksAgain(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (x.fa || x.key !== 'again') return false;
  const p = t[h.from - 1]?.key;
  return p === 'thanks' || p === 'cheers' || (p === 'you' && t[h.from - 2]?.key === 'thank') || (p === 'much' && /^(?:thanks|so|very)$/.test(t[h.from - 2]?.key ?? ''));
}

/** A short time said as speed: "in ten minutes", "only took five minutes", "about ten seconds". */
export function shortTime(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (!x || x.fa) return false;
  // The wait's words and the few after them ("took about ten seconds"): a time in seconds is no wait.
  for (let k = h.from; k < t.length && k < h.to + 4 && t[k].clause === x.clause; k++) if (/^(?:seconds?|secs?)$/.test(t[k].key)) return true;
  let i = h.from - 1;
  while (i >= 0 && /^(?:about|around|roughly|maybe|like|barely)$/.test(t[i].key)) i--;
  const before = t[i]?.key;
  return before === 'in' || before === 'within' || before === 'only' || before === 'just';
}

const FIXED = /^(?:sorted|fixed|repaired|replaced|resolved|solved|mended|rescued|rebooked|refunded|recovered|restored)$/;

/** A verb that put things right earlier in the failure's sentence, not negated ("She fixed my broadband … after two weeks of it dropping out"). */
export function putRightBefore(ctx: CueContext, h: { from: number }): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (!x || x.fa) return false;
  for (let k = h.from - 1; k >= 0 && t[k].sentence === x.sentence; k--) {
    if (!FIXED.test(t[k].key)) continue;
    // "the 'fixed' version deleted …": a word in scare quotes or after a determiner is no act of putting right.
    if (/^(?:the|a|an|your|this|that|my|our)$/.test(t[k - 1]?.key ?? '') || /['"\u2018\u201c]$/.test(ctx.doc.text.slice(Math.max(0, t[k].start - 1), t[k].start))) return false;
    if (t[k].neg || t[k].negated || /^(?:not|never|nt|no)$/.test(t[k - 1]?.key ?? '') || t[k - 1]?.neg) return false;
    // "if you fixed it", "when it is fixed": not done.
    for (let j = k - 1; j >= 0 && j >= k - 4 && t[j].sentence === x.sentence; j--) if (/^(?:if|when|once|until|unless|hasnt|havent|has|have|be|been|get|gets)$/.test(t[j].key)) return false;
    // The fault is what was put right ("after two weeks of it dropping out"), not what came next ("fixed it and now it crashes").
    let of = false;
    for (let j = k + 1; j < h.from; j++) {
      if (/^(?:now|but|then|still|yet|again|however|since|afterwards|later|next)$/.test(t[j].key) || t[j].neg) return false;
      if (/^(?:after|of|from|which|that|following)$/.test(t[j].key)) of = true;
    }
    return of;
  }
  return false;
}

const JOY_TEARS = /[\u{1f62d}\u{1f979}\u{1f972}\u{1f602}]/u;

/** 😭 beside praise or thanks in its sentence and no failure there: tears of joy ("its PERFECT 😭😭 thank u sm"). */
export function joyTears(ctx: CueContext, span: { start: number; end: number }, positive: readonly Hit[], failures: readonly Hit[]): boolean {
  if (!JOY_TEARS.test(ctx.doc.text.slice(span.start, span.end))) return false;
  const t = ctx.doc.tokens;
  let i = t.findIndex((x) => x.start >= span.start);
  if (i < 0) i = t.length - 1;
  if (i < 0 || t[i].fa) return false;
  // The emoji sits at the end of a sentence or opens the next: both count.
  const near = new Set([t[i].sentence, t[i].sentence - 1]);
  if (i > 0) near.add(t[i - 1].sentence);
  return positive.some((h) => near.has(t[h.from].sentence)) && !failures.some((h) => near.has(t[h.from].sentence));
}

/**
 * Someone who is not the company, with any determiner: "another passenger", "the council", "my neighbour". Words that may
 * name the company's own people ("the person I spoke to", "the driver", "some guy on the phone") are not here: only
 * "another" makes them someone else ("another driver hit my car").
 */
const STRANGER = words('passenger passengers neighbour neighbours neighbor neighbors council councils cyclist cyclists motorist motorists stranger strangers tenant tenants landlord ex kids teenagers pedestrian pedestrians');
const PERSON = words('customer customers guest guests person people guy man woman lady bloke driver drivers passenger passengers diner diners shopper shoppers family');
/** Names a rude word calls a stranger who did something: "Some idiot reversed into my car", "Some clown scraped my van". */
const RUDE_NOUN = words('idiot idiots clown clowns moron morons muppet numpty lunatic prat fool jerk maniac imbecile halfwit');
const OTHER_DET = words('another some the a an other this that these those my our');
/** A firm or body named beside "(not you)": "the airline (not you guys!)", "the hotel (not you)". */
const OTHER_FIRM = words('airline airlines hotel hotels courier couriers seller sellers shop store landlord council bank insurer garage agent agency site website restaurant builder builders provider airport retailer marketplace platform venue school hospital gp pharmacy dealer dealership manufacturer they them');
/** What the company handles for the customer: with one of these in the sentence, "some idiot" may be its own staff. */
const COMPANY_THING = words('order orders account booking bookings refund parcel package delivery payment subscription ticket tickets bill contract reservation call chat email complaint');

function sentenceHas(t: Toks, s: number, set: ReadonlySet<string>): boolean {
  for (let k = 0; k < t.length; k++) if (t[k].sentence === s && set.has(t[k].key)) return true;
  return false;
}

/** An explicit "(not you)", "not your fault" right after another firm or party named, in sentence s or the one before. */
function exonerated(t: Toks, s: number): boolean {
  for (let k = 0; k < t.length; k++) {
    if (t[k].sentence !== s && t[k].sentence !== s - 1) continue;
    if (!NOT_WORD.has(t[k].key)) continue;
    const n = t[k + 1]?.key ?? '';
    if (!(n === 'you' || n === 'your' || n === 'yours' || n === 'u' || (n === 'to' && t[k + 2]?.key === 'do' && t[k + 3]?.key === 'with' && /^(?:you|your|u)$/.test(t[k + 4]?.key ?? '')))) continue;
    for (let j = k - 1; j >= 0 && j >= k - 4; j--) if (OTHER_FIRM.has(t[j].key) || STRANGER.has(t[j].key)) return true;
  }
  return false;
}

/** Whether the clause of token i has the company in it ("you", "your"). */
function companyInClause(t: Toks, i: number): boolean {
  for (let k = 0; k < t.length; k++) if (t[k].clause === t[i].clause && YOU_WORD.has(t[k].key)) return true;
  return false;
}

/** The third party a judgement is about: a subject noun before it in its clause, or the word itself as a subject ("Some idiot reversed"). */
function aboutOther(t: Toks, h: Hit): boolean {
  const x = t[h.from];
  if (companyInClause(t, h.from)) return false;
  // "Some idiot reversed into my car": a rude noun with a determiner, as the subject of a verb, about nothing the company handles.
  if (RUDE_NOUN.has(x.key) && /^(?:some|an|a|this|that|another)$/.test(t[h.from - 1]?.key ?? '') && t[h.to] && t[h.to].clause === x.clause && t[h.to].past && !sentenceHas(t, x.sentence, COMPANY_THING)) return true;
  for (let k = h.from - 1; k >= 0 && k >= h.from - 8 && t[k].clause === x.clause; k--) {
    const d = t[k - 1]?.key ?? '';
    if (STRANGER.has(t[k].key) && OTHER_DET.has(d)) return true;
    if (PERSON.has(t[k].key) && d === 'another') return true;
  }
  return false;
}

/** A judgement, a rude word or a feeling the customer aims at someone they set apart from the company. */
export function atThirdParty(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (x.fa) return false;
  if (exonerated(t, x.sentence) && !companyInClause(t, h.from)) return true;
  return aboutOther(t, h) || setAside(t, h);
}

/**
 * A judgement the customer sets aside later in its sentence: "…was incredibly rude, but that's not why I'm writing", "(…), but
 * that's a separate fight", "…, but that's not your problem".
 */
function setAside(t: Toks, h: Hit): boolean {
  const x = t[h.from];
  if (companyInClause(t, h.from)) return false;
  for (let k = h.to; k + 3 < t.length && t[k].sentence === x.sentence; k++) {
    if (t[k].key !== 'that' && t[k].key !== 'thats' && t[k].key !== 'this') continue;
    let j = k + 1;
    if (t[j]?.key === 'is' || t[j]?.key === 's') j++;
    const a = t[j]?.key ?? '';
    const b = t[j + 1]?.key ?? '';
    const c = t[j + 2]?.key ?? '';
    if (a === 'not' && b === 'why' && /^(?:i|im|we)$/.test(c)) return true;
    if (a === 'not' && /^(?:your|ur)$/.test(b) && /^(?:problem|fault|issue|concern|department)$/.test(c)) return true;
    if (a === 'a' && /^(?:separate|different)$/.test(b) && /^(?:fight|issue|matter|story|battle|thing|problem|complaint)$/.test(c)) return true;
    if (a === 'another' && /^(?:story|matter|fight|battle)$/.test(b)) return true;
  }
  return false;
}

/**
 * A feeling about what a third party did, told in the sentence after it or its own: "Some idiot reversed into my car …
 * Absolutely livid about it" (not "livid with you", nor a feeling in a sentence that names the company).
 */
export function feelingAboutOther(ctx: CueContext, h: Hit, judged: readonly Hit[]): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (x.fa) return false;
  for (let k = 0; k < t.length; k++) if (t[k].sentence === x.sentence && YOU_WORD.has(t[k].key)) return false;
  if (otherActed(t, x.sentence) || otherActed(t, x.sentence - 1)) return true;
  return judged.some((j) => j !== h && (t[j.from].sentence === x.sentence || t[j.from].sentence === x.sentence - 1) && atThirdParty(ctx, j));
}

/** Sentence s tells what someone else did: "Some clown scraped my van", "Another passenger spilled coffee on me" (and names not the company). */
function otherActed(t: Toks, s: number): boolean {
  if (s < 0) return false;
  for (let k = 0; k < t.length; k++) {
    if (t[k].sentence !== s) continue;
    if (YOU_WORD.has(t[k].key)) return false;
  }
  for (let k = 0; k + 2 < t.length; k++) {
    if (t[k].sentence !== s || !SOME_WORD.has(t[k].key)) continue;
    const n = t[k + 1];
    const v = t[k + 2];
    const who = RUDE_NOUN.has(n.key) || STRANGER.has(n.key) || (t[k].key === 'another' && PERSON.has(n.key));
    if (who && v.clause === t[k].clause && v.past && !/^(?:was|were|had|did)$/.test(v.key) && !sentenceHas(t, s, COMPANY_THING)) return true;
  }
  return false;
}

const FAULT_THING = words('noise noises noisy smell smells sound sounds rattle rattling grinding buzzing buzz whine whining squeak squeaking screech screeching leak stain stains crack mould mold damp taste odour odor bang banging clunk clunking');

/** A strong word that describes a fault ("a horrible grinding noise", "an awful smell"), not the service. */
export function describesFault(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (x.fa) return false;
  for (let k = h.to; k < t.length && k <= h.to + 1 && t[k].clause === x.clause; k++) if (FAULT_THING.has(t[k].key)) return true;
  return false;
}

/** "I'm not very good with computers", "not very good at this": the customer's own skill. */
export function ownSkill(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (x.fa) return false;
  const after = t[h.to]?.key;
  if (after !== 'with' && after !== 'at') return false;
  for (let k = h.from - 1; k >= 0 && k >= h.from - 3 && t[k].clause === x.clause; k--) if (/^(?:i|im|am|m|we|were|re)$/.test(t[k].key)) return true;
  return false;
}

/** A role described by what it does for the customer: "the solicitor handling her estate", "the lawyer dealing with the sale". */
export function roleAtWork(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.to - 1];
  const n = t[h.to];
  return !!x && !x.fa && !!n && n.clause === x.clause && /^(?:handling|dealing|acting|representing|administering|managing)$/.test(n.key);
}

/** A feeling in a sentence where the customer calls themselves names ("ugh im such an idiot i forgot my password"). */
export function feelingAtSelf(ctx: CueContext, h: Hit, selfRude: readonly Hit[]): boolean {
  const t = ctx.doc.tokens;
  return !t[h.from].fa && selfRude.some((o) => t[o.from].sentence === t[h.from].sentence);
}

const QUOTE_LEAD = words('with error saying says said reads read message shows showing code returns returned returning gives giving get getting got');

/** A message a system shows, quoted after "fails with", "error", "says": "failing since 9 with \"Token expired\"" (not scare quotes). */
export function systemQuote(ctx: CueContext, q: { start: number; end: number }): boolean {
  const t = ctx.doc.tokens;
  let i = -1;
  for (let k = 0; k < t.length; k++) if (t[k].end <= q.start) i = k;
  if (i < 0 || t[i].fa || !QUOTE_LEAD.has(t[i].key)) return false;
  // "failing with 'Token expired'", "crashes with 'Error 500'" (not "your service with 'Priority' support").
  if (t[i].key === 'with') {
    let failing = false;
    for (let k = i - 1; k >= 0 && k >= i - 6 && t[k].clause === t[i].clause; k--) if (/^(?:fail|fails|failed|failing|crash|crashes|crashed|crashing|error|errors|errored|erroring|stops|stopped|rejects|rejected|declined|declines|breaks|exits|dies|died|bounces|bounced)$/.test(t[k].key)) failing = true;
    if (!failing) return false;
  }
  // The quote is a few words of the system's own ("Token expired", "Payment failed"), starting in capitals.
  const inner = ctx.doc.text.slice(q.start, q.end).replace(/^["'\u2018\u201c]|["'\u2019\u201d]$/g, '');
  return /^[A-Z0-9]/.test(inner);
}

/** Calm markers: the customer says the question is a real one ("genuinely asking"; not "Genuinely curious: does anyone read…?", a sarcastic opener). */
export const enFp14Lexicon: LexiconPart = {
  'frustration.implicit.calm': { 'genuinely asking': 1, 'sincerely asking': 1, 'honestly asking': 1 },
};

/** "Booking a table took about ten seconds", "took only two minutes": "took" of speed, not of a wait or a taking. */
export function quickTook(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (x.fa || x.key !== 'took') return false;
  if (/^(?:only|just|under|barely|seconds|less)$/.test(t[h.to]?.key ?? '')) return true;
  return shortTime(ctx, h);
}

/** Past verbs of what the customer did themselves: "I forgot my password AGAIN", "I locked myself out again". */
const OWN_SLIP = words('forgot forgotten lost dropped deleted locked misplaced mistyped typed entered ordered booked clicked pressed broke spilled spilt left missed messed did');

/** "again" of the customer's own slip ("i forgot my password AGAIN"), not the company's fault recurring. */
export function ownSlipAgain(ctx: CueContext, h: Hit): boolean {
  const t = ctx.doc.tokens;
  const x = t[h.from];
  if (x.fa || x.key !== 'again') return false;
  for (let k = h.from - 1; k >= 1 && k >= h.from - 6 && t[k].clause === x.clause; k--) {
    if (OWN_SLIP.has(t[k].key) && /^(?:i|we|ive|weve)$/.test(t[k - 1].key) && !t[k].negated) return true;
  }
  return false;
}
