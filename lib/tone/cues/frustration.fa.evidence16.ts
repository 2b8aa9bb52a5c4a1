/**
 * How much evidence is enough (issue 13, the sixteenth session): the Persian frustration decision read as a set of
 * evidence pieces (a feeling word, a judgement, a complaint pattern, sarcasm, a wait, "!!", a counted contact…), each
 * with its kind and strength, instead of one summed score. frustration.ts hands its pieces here at one place, just
 * before it decides; this file says whether the *shape* of the evidence is enough (see scripts/tfrfa7-evidence.ts,
 * which prints the pieces of every Persian development message and the precision of each kind and shape).
 */
import type { Evidence } from '../types.ts';

/** One piece of evidence: its kind (a lexicon category or a pattern) and the weight it added. */
export interface Piece {
  kind: string;
  w: number;
  ev?: readonly Evidence[];
}

/** Kinds that are a sign about the text, not a statement of displeasure: never enough alone (they only raise what words say). */
export const AMPLIFIERS: ReadonlySet<string> = new Set(['punct', 'caps', 'emphasis', 'drawn', 'emoji']);

/** What the last decision looked like (filled only when `trace16.on`, by the evidence script). */
export const trace16: { on: boolean; last: { pieces: Piece[]; before: number; after: number; fa: boolean } | null } = { on: false, last: null };

/** A piece counts as a piece only when it added something. */
const MIN = 0.05;

export function piecesOf(pieces: readonly Piece[]): Piece[] {
  return pieces.filter((p) => p.w >= MIN);
}

/**
 * The shape of a decision: how many pieces of how many kinds, and how strong the strongest is
 * ("one weak", "one strong", "two kinds", "amplifier + one"…).
 */
export function shapeOf(pieces: readonly Piece[]): string {
  const ps = piecesOf(pieces);
  const words = ps.filter((p) => !AMPLIFIERS.has(p.kind));
  const amps = ps.length - words.length;
  const kinds = new Set(words.map((p) => p.kind)).size;
  const top = Math.max(0, ...words.map((p) => p.w));
  const strength = top >= 1.2 ? 'strong' : top >= 0.9 ? 'mid' : 'weak';
  const base = words.length === 0 ? 'none' : words.length === 1 ? `one ${strength}` : kinds === 1 ? `${words.length}×same ${strength}` : `${kinds} kinds ${strength}`;
  return amps ? `${base} +amp` : base;
}

/**
 * Kinds that tell what happened (contacts counted, a fault, a wait, nobody answered, what they were told, «هنوز» "still"),
 * not how the customer takes it: a feeling, a judgement, sarcasm, an escalation, a rhetorical question or an amplifier
 * ("!!", capitals, an angry emoji) is a stance.
 */
export const ACCOUNT: ReadonlySet<string> = new Set(['count', 'report', 'wait', 'silence', 'promise', 'complaint', 'implicit', 'blamed', 'curt']);

/** A trace: the weakest pieces an account holds (a bare «هنوز», a fault word told in passing, «گفتن» of a promise). */
const TRACE = 0.3;

/** Just under the threshold (frustration.ts's THRESHOLD is 1): the decision stays "not shown", the score stays readable. */
const UNDER = 0.95;

/**
 * The Persian decision rule over the pieces.
 *
 * Pooled over every Persian development message (scripts/tfrfa7-evidence.ts), the one shape that was wrong about as often as
 * right across several writers was an *account only* decision tipped over the threshold by a trace: «این چندمین ایمیلیه که
 * می‌فرستم و هنوز کسی پیگیری نکرده» (a count and a bare «هنوز»), «همکارتون جمعه گفت پیش‌فاکتور رو ایمیل می‌کنه. هنوز هیچی»
 * (a complaint and «گفت»), «گفته شد کارشناس تماس می‌گیرد ولی هنوز کسی تماس نگرفته»: a customer telling what happened and
 * following it up, with no word of how they take it. Whether that is frustration is where writers disagree most (5 marked
 * calm, 4 frustrated, in five different splits); a false alarm costs more than a miss, and the repeat and urgency cues
 * already tell the agent not to make them repeat themselves. So an account alone must reach the threshold without its
 * traces; any stance (a feeling, a judgement, sarcasm, an escalation, "!!", an emoji) or a heavier account keeps the cue.
 */
export function enoughEvidence16(fa: boolean, pieces: Piece[], score: number): number {
  let after = score;
  if (fa && score >= 1) {
    const ps = piecesOf(pieces);
    if (ps.length > 0 && ps.every((p) => ACCOUNT.has(p.kind))) {
      const trace = ps.reduce((a, p) => a + (p.w <= TRACE + 1e-9 ? p.w : 0), 0);
      if (trace > 0 && score - trace < 1) after = Math.min(score, UNDER);
    }
  }
  if (trace16.on) trace16.last = { pieces, before: score, after, fa };
  return after;
}
