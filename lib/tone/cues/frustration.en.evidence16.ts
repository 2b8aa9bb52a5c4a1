/**
 * How much evidence is enough, English (issue 13, the sixteenth session): the English frustration decision read as a set of
 * evidence pieces (see ./frustration.fa.evidence16.ts for the Persian rule and scripts/tfrenp7-evidence.ts, which prints the
 * pieces of every English development message and the precision of each kind and shape).
 */
import type { Piece } from './frustration.fa.evidence16.ts';

/** What the last English decision looked like (filled only when the evidence script traces). */
export const traceEn16: { last: { before: number; after: number } | null } = { last: null };

export function enoughEvidenceEn16(pieces: readonly Piece[], score: number): number {
  const after = score;
  traceEn16.last = { before: score, after };
  return after;
}
