/**
 * Features of a message for the learnt frustration stage (./frustration.train.ts), read
 * off the reading the cues already made (tokens, lemmas, negation scope, lexicon hits, the rule
 * module's outcome): nothing is tokenised again.
 *
 * - `w:lemma` a content word of the customer's latest words (never a function word, greeting, thanks
 *   or a capitalised name mid-sentence); `n:lemma` the same inside a negation's scope;
 * - `b:key_key` two adjacent words of one sentence, one of them a content word;
 * - `s:…` signals of the layer: capitals, repeated punctuation, questions, emoji, a negator, repeat contact;
 * - `h:category` / `hn:category` the lexicon categories that matched (negated or not);
 * - `r:…` and `e:why` the rule module's outcome: shown, strong, score, near the threshold, the reasons of its evidence.
 * The `lex` group is everything but `r:`, `e:` and the frustration categories of `h:` (the rules' own reading).
 */
import { type CueContext, negatedHit } from '../../lib/tone/cue.ts';

// One copy of the features: the shipped learnt reader (session 34) reads the same ones.
export { frustrationFeatures, type Push } from '../../lib/tone/cues/frustration.learnt34.ts';

/** Explicit displeasure the rules read: a feeling, a judgement, an escalation or swearing, not negated. */
export function explicitDispleasure(ctx: CueContext): boolean {
  for (const h of ctx.hits) if (EXPLICIT.has(h.category) && !negatedHit(ctx, h)) return true;
  return false;
}
const EXPLICIT = new Set(['frustration', 'frustration.judgement', 'frustration.escalation', 'frustration.rude']);
