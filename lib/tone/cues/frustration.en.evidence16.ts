/**
 * How much evidence is enough, English (issue 13, the sixteenth session): the English frustration decision read as a set of
 * evidence pieces (a feeling word, a judgement, a complaint, sarcasm, a wait, a counted contact, "!!", capitals, an angry
 * emoji…), each with its kind and strength. frustration.ts hands its pieces here at one place, just before it decides, as it
 * does for Persian (./frustration.fa.evidence16.ts); scripts/tfrenp7-evidence.ts prints the pieces of every English development
 * message and the precision of each kind, shape and tipping piece (and, with --airline, of the airline tweets' train half).
 */
import { AMPLIFIERS, piecesOf, type Piece } from './frustration.fa.evidence16.ts';

/** What the last English decision looked like (read by the evidence script). */
export const traceEn16: { last: { before: number; after: number } | null } = { last: null };

/** Just under the threshold (frustration.ts's THRESHOLD is 1): the decision stays "not shown", the score stays readable. */
const UNDER = 0.95;

/** One angry emoji's weight: two or more in a message are one sign ("😡😡" is "😡" said louder, not a second reason). */
const ONE_EMOJI = 0.6;

/**
 * The English decision rule over the pieces: one sign counts once, and a sign about the text needs words beside it.
 *
 * Over every English development split (scripts/tfrenp7-evidence.ts) no shape of evidence was wrong more often than right
 * across writers: the false alarms left are single messages of kinds earlier rounds guarded, and an account alone (a counted
 * contact and "still", a wait and a fault) was right twice as often as wrong (Persian's rule, ./frustration.fa.evidence16.ts,
 * would cost more than it saves here). Pooled over the airline tweets' train half (thousands of other writers; gold
 * "negative", so a cue on a neutral or positive tweet is a false alarm), two shapes were wrong more often than right, and
 * neither decides any development message:
 * 1. Amplifiers and no word at all ("😩😩", "😤 !!" beside a neutral question; shown: 1 right, 9 wrong): an angry emoji alone let the
 *    cue through frustration.ts's "a cue needs words" gate. Punctuation, capitals, stress and emoji raise what words say;
 *    alone they are not enough.
 * 2. Two angry emoji weighed as two signs (1.2, as much as "ridiculous"), tipping a plain report over the threshold (the
 *    emoji tipping it: 5 right, 10 wrong): the same emoji repeated counts once.
 * (A third, an impatient "when will you…??" whose "??" is weighed twice, as the question and as punctuation, was 1 right and
 * 3 wrong there: too few, and tests/unit/tone/frustration.test.ts keeps "When are you going to fix this??" shown; left as is.)
 * Together the two turn off 10 false alarms and 1 right cue there (train half, 1617 right / 90 wrong before).
 * A decision these take under the threshold stays just under it (the score stays readable; any other word keeps the cue).
 */
export function enoughEvidenceEn16(pieces: readonly Piece[], score: number): number {
  let after = score;
  if (score >= 1) {
    const ps = piecesOf(pieces);
    const raw = ps.reduce((a, p) => a + p.w, 0);
    // Halving rules (courtesy, worry, a softener…) scaled every piece: scale what is taken away alike.
    const scale = raw > 0 ? Math.min(1, score / raw) : 1;
    const amps = ps.filter((p) => AMPLIFIERS.has(p.kind)).reduce((a, p) => a + p.w, 0);
    const weight = (k: string) => ps.find((p) => p.kind === k)?.w ?? 0;
    // 1. No word: the amplifiers are all there is.
    let excess = raw - amps < 0.05 ? amps : 0;
    // 2. One emoji's worth.
    excess = Math.max(excess, weight('emoji') - ONE_EMOJI);
    if (excess > 0 && score - excess * scale < 1) after = Math.min(score, UNDER);
  }
  traceEn16.last = { before: score, after };
  return after;
}
