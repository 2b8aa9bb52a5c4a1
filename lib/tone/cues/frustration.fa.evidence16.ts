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

/** The Persian decision rule over the pieces: returns the score to compare with the threshold (unchanged for now). */
export function enoughEvidence16(fa: boolean, pieces: Piece[], score: number): number {
  const after = score;
  if (trace16.on) trace16.last = { pieces, before: score, after, fa };
  return after;
}
