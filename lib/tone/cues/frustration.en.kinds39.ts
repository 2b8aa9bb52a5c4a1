/**
 * Frustration, session 39 (toneen39): an English kind the readers miss on the writer splits (train35, late35, late36 ×2),
 * a shape the older readers already read in nineteen development messages of twelve splits with their own words.
 *
 * - **a curt verdict of mock praise after the harm**: a sentence of its own, not the message's first, that is only an
 *   intensifier and a word of praise, closed flat with a full stop: "Truly seamless.", "Very useful.", "Very nice
 *   service.", "Truly innovative pricing model.", "Really impressive.". Read only when the message, before the verdict and
 *   outside a sentence of thanks, says something went wrong (a negation: "no record of it", "not", "never", "without"), or
 *   after it asks for the harm to be put right ("I'd like the rush fee refunded", "I want a revision of this decision", a
 *   fee asked about). Not praise closed with "!", "what a great first night.", "Really nice crew too." (praise added to
 *   praise), praise after a thank-you with nothing wrong ("Thank you for being so responsive. Truly impressive."), nor a
 *   follow-up request after sincere praise ("Very helpful. Could you also send the invoice?").
 *
 * "Enough alone" in frustration.ts's list (score 1.1), reason `tone.why.sarcasm`, the verdict sentence as evidence.
 */
import { type CueContext } from '../cue.ts';
import type { Evidence } from '../types.ts';
import { trace39 } from './frustration.en.fp39.ts';
import { gatedTest } from '../textgate.ts';

/** The switch scripts/tone39-loso.ts turns off and on. */
export const kinds39 = { on: true };

const NOTHING: { score: number; evidence: Evidence[] } = { score: 0, evidence: [] };

/** Words of praise a verdict may hold (general English praise, not a split's words). */
const PRAISE = 'useful|helpful|seamless|efficient|innovative|nice|lovely|good|great|impressive|reassuring|convenient|professional|smooth|thoughtful|clever|generous|reliable|slick|organi[sz]ed|handy|considerate|classy|premium|modern|marvell?ous|wonderful|brilliant|fantastic|excellent|stellar|superb|amazing';
/** The verdict: an intensifier, the praise word, at most two words more ("pricing model", "service"), a full stop. */
const VERDICT = new RegExp(`^(?:(?:truly|very|really|so|such|most|quite|just)\\s+)+(?:an?\\s+)?(?:${PRAISE})(?:\\s+[a-z-]+){0,2}\\s*\\.$`, 'iu');
/** Praise added to praise ("Really nice crew too."), or said of what was good. */
const ADDED = /\b(?:too|as\s+well|also)\s*\.$/iu;
/** A negation: "no record of it", "not", "never", "without", "didn't", "hasnt". */
const NEGATION = /\b(?:no|not|never|without|nothing|nobody|none)\b|\b\p{L}+n['\u2019]t\b|\b(?:dont|didnt|doesnt|cant|wont|isnt|wasnt|hasnt|havent|couldnt|wouldnt|arent|werent)\b/giu;
/** The customer's own failing just before the negation ("I could not find the form", "we didn't know"). */
const OWN_FAILING = /\b(?:i|we)(?:\s+\p{L}+)?\s*$/iu;
const THANKS = /\b(?:thank|thanks|thx|appreciate|grateful|cheers)\b/iu;
/** A request to put the harm right, after the verdict. */
const PUT_RIGHT = /\b(?:refund\w*|reverse\w*|revision|revise|reimburs\w*|compensat\w*|money\s+back|waive\w*|fee)\b/iu;
/** A praise word in the text: the reader reads nothing else without one. */
const GATE = new RegExp(`\\b(?:${PRAISE})\\b`, 'iu');

/** A negation in the sentence that tells a harm, not the customer's own failing. */
function harmTold(body: string): boolean {
  for (const m of body.matchAll(NEGATION)) {
    // "I could not", "I couldn't" (the match is the whole word): read what stands before it.
    const at = m.index ?? 0;
    if (!OWN_FAILING.test(body.slice(Math.max(0, at - 24), at))) return true;
  }
  return false;
}

/** GATE on the latest words, behind its own words' gate (the shared scan): most texts hold none, and then GATE is not run. */
const HAS_PRAISE = gatedTest(GATE);
/** A curt verdict of mock praise (see the header): the verdict sentence, with tone.why.sarcasm; English only. */
export function readVerdict39(ctx: CueContext): { score: number; evidence: Evidence[] } {
  if (!kinds39.on || ctx.fa || ctx.empty || !HAS_PRAISE(ctx.low)) return NOTHING;
  const text = ctx.doc.text;
  const sentences: { start: number; body: string }[] = [];
  for (const m of text.matchAll(/[^.!?\n]+[.!?]*/gu)) {
    const lead = /^\s*/u.exec(m[0])?.[0].length ?? 0;
    const body = m[0].slice(lead).replace(/\s+$/u, '');
    if (body) sentences.push({ start: (m.index ?? 0) + lead, body });
  }
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i];
    if (!VERDICT.test(s.body) || ADDED.test(s.body)) continue;
    const wrongBefore = sentences.slice(0, i).some((p) => !THANKS.test(p.body) && harmTold(p.body));
    const askedAfter = sentences.slice(i + 1).some((p) => PUT_RIGHT.test(p.body));
    if (!wrongBefore && !askedAfter) continue;
    trace39.seen?.('verdict');
    return { score: 1.1, evidence: [ctx.ev({ start: s.start, end: s.start + s.body.length }, 'tone.why.sarcasm')] };
  }
  return NOTHING;
}
