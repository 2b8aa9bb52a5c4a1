/**
 * Already positive replies with a "no problem" in them (nineteenth session, issue 12; family matrix
 * scripts/neutral19-matrix.ts, kind `en-pos-thanks-reply`). en-core's `no-problem-at-all` and `no-problem-comma` hints
 * offer "my pleasure" / "of course" for "No problem, …"; when the emphatic "not a problem at all" is followed in the same
 * sentence by the agent saying they are glad ("Not a problem at all, happy to help!", "No problem at all - enjoy the rest of
 * your day!", "no problem at all, you're very welcome"), the reply is the warm answer to thanks the rewrite would make, and
 * the hint only repeats it (like guard.fa.lookalike.ts's «اصلاً مشکلی نیست،»). Left flagged (the rules' deliberate reading,
 * and the late split's writer marked "No problem, glad I could help!" dismissive): "No problem," without "at all", a bare
 * "No problem at all." and "No problem at all, I'll resend the link" (a request answered with an action, no warmth said).
 */
import type { NeutralCandidate } from './neutral16.en.ts';

const NO_PROBLEM = /^(?:no|not a)\s+(?:problem|prob|probs|problemo|worries|worry|trouble)\s+at\s+all\s*$/i;
/** What follows the "no problem" in its sentence: a comma, dash or "!" and then a warm phrase. */
const WARM_AFTER =
  /^\s*(?:at\s+all\s*)?(?:[,!–—-]|\.{3}|…)?\s*(?:(?:i(?:['’]m|m| am)|we(?:['’]re| are)|always|so|very|really|more than|just)\s+)?(?:(?:happy|glad|pleased|delighted)\s+(?:to\s+help|i\s+could\s+help|we\s+could\s+help|to\s+have\s+helped|it\s+(?:worked|helped)|to\s+hear|that)|my\s+pleasure|(?:it\s+was\s+|it['’]s\s+|its\s+)?a\s+pleasure|any\s*time|you['’]?re\s+(?:very\s+|so\s+|most\s+)?welcome|youre\s+(?:very\s+|so\s+)?welcome|enjoy\b|have\s+a\s+(?:lovely|great|good|nice|wonderful|fab)|thanks?\s+(?:for|so|again)|thank\s+you\s+(?:for|so|again)|take\s+care|all\s+the\s+best)/i;

/** Why a "no problem" candidate is neutral (the warm answer is already said), or null. */
export function neutral19Reason(draft: string, c: NeutralCandidate, category: string): string | null {
  if (category !== 'other' && category !== 'negative-words') return null;
  const match = draft.slice(c.start, c.end).replace(/[,!.\s]+$/, '');
  if (!NO_PROBLEM.test(match)) return null;
  const after = draft.slice(c.start + match.length, c.start + match.length + 80);
  return WARM_AFTER.test(after) ? 'neutral:no-problem-warm' : null;
}
