/**
 * English neutrals read by kind in the twenty-ninth session (rwen29; late28's writers, who read no rule, marked them neutral;
 * look-alikes in scripts/en-recall29-matrix.ts). Wired in neutral15.en.ts's `neutralReason`, so a candidate read here is
 * dropped before any suggestion is chosen.
 *
 * - **an obligation the agent lifts** ("Please do not feel you must decide on the hymns today", "don't feel like you have to
 *   reply tonight", "no need to feel you should rush"): the "must / have to / need to / should" sits under "don't feel
 *   (like / that)", so it is a burden taken away, not an order. Never "you must not feel …" nor "feel free to" (no
 *   obligation there at all), nor an order after the lifted one in the same sentence ("don't feel you must …, but you
 *   have to sign by Friday": only the candidate right after "feel" is read).
 */
import type { NeutralCandidate } from './neutral16.en.ts';

const OBLIGATION = /^(?:you\s+|u\s+|ya\s+)?(?:must|have\s+to|has\s+to|need\s+to|needs\s+to|should|gotta|got\s+to|ought\s+to|are\s+obliged\s+to|are\s+required\s+to)\b/i;
/** "don't / do not / never feel (like / that / as if)" right before the candidate, after "please / pls" or not. */
const LIFTED_BEFORE = /\b(?:(?:please|pls|plz|kindly)\s+)?(?:do\s+not|don['’]?t|dont|never|no\s+need\s+to|there['’]?s\s+no\s+need\s+to)\s+(?:ever\s+)?feel\s+(?:like\s+|that\s+|as\s+(?:if|though)\s+)?(?:you\s+|u\s+)?$/i;

export function neutral29Reason(draft: string, c: NeutralCandidate, category: string): string | null {
  if (category !== 'commands' && category !== 'command') return null;
  const match = draft.slice(c.start, c.end);
  if (!OBLIGATION.test(match) && !OBLIGATION.test(draft.slice(c.start, c.end + 20))) return null;
  const before = draft.slice(Math.max(0, c.start - 60), c.start).replace(/^[^]*[.!?\n]/, '');
  if (LIFTED_BEFORE.test(before)) return 'neutral:obligation-lifted';
  return null;
}
