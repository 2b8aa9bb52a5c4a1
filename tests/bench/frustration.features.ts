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
import { EN_STOP } from '../../lib/kb/stopwords.en.ts';
import { FA_STOP } from '../../lib/kb/stopwords.fa.ts';
import { type CueContext, negatedHit, type Outcome } from '../../lib/tone/cue.ts';

export type Push = (key: string, value: number) => void;

const isDigitish = /^[\d\u06f0-\u06f9\u0660-\u0669.,:/#-]+$/;

function content(key: string, fa: boolean): boolean {
  if (key.length < 2 || isDigitish.test(key)) return false;
  return fa ? !FA_STOP.has(key) : !EN_STOP.has(key);
}

/** Calls push for every feature of the message (a key may come more than once: values add up). */
export function frustrationFeatures(ctx: CueContext, out: Outcome, push: Push, rules = true, bigrams = true): void {
  const toks = ctx.doc.tokens;
  const text = ctx.doc.text;
  let negator = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.neg) negator = true;
    const c = content(t.key, t.fa);
    // A capitalised English word that does not open its sentence: a name or a product, never evidence of a feeling.
    const named = !t.fa && i > 0 && toks[i - 1].sentence === t.sentence && text.charCodeAt(t.start) >= 65 && text.charCodeAt(t.start) <= 90 && t.key !== 'i';
    if (c && !named) {
      const l = t.lemma || t.key;
      // "getting" is a content word by its form, "get" (its lemma) a function word.
      if (l === t.key || content(l, t.fa)) push(t.negated ? 'n:' + l : 'w:' + l, 1);
    }
    if (bigrams && i > 0) {
      const p = toks[i - 1];
      if (p.sentence === t.sentence && (c || content(p.key, p.fa)) && p.key.length > 0 && !isDigitish.test(p.key) && !isDigitish.test(t.key)) push('b:' + p.key + '_' + t.key, 1);
    }
  }
  const a = ctx.a;
  if (negator) push('s:neg', 1);
  if (a.shoutWords >= 2) push('s:caps', 1);
  if (a.punctuation.length > 0) push('s:punct', 1);
  if (ctx.questions.length > 0) push('s:q', 1);
  if (ctx.questions.length > 1) push('s:qq', 1);
  if (a.emoji.negative > 0) push('s:emojiNeg', 1);
  if (a.emoji.positive > 0) push('s:emojiPos', 1);
  if ((ctx.got.repeat?.cues.length ?? 0) > 0) push('s:repeat', 1);
  if (a.words > 60) push('s:long', 1);
  for (const h of ctx.hits) {
    if (!rules && h.category.startsWith('frustration')) continue;
    push((negatedHit(ctx, h) ? 'hn:' : 'h:') + h.category, 1);
  }
  if (!rules) return;
  const s = out.score;
  if (out.cues.length > 0) push('r:shown', 1);
  if (s >= 2.5) push('r:strong', 1);
  if (s >= 0.5 && s < 1) push('r:near', 1);
  push('r:score', Math.min(s, 4) / 4);
  for (const c of out.cues) for (const e of c.evidence) if (e.why) push('e:' + e.why, 1);
}

/** Explicit displeasure the rules read: a feeling, a judgement, an escalation or swearing, not negated. */
export function explicitDispleasure(ctx: CueContext): boolean {
  for (const h of ctx.hits) if (EXPLICIT.has(h.category) && !negatedHit(ctx, h)) return true;
  return false;
}
const EXPLICIT = new Set(['frustration', 'frustration.judgement', 'frustration.escalation', 'frustration.rude']);
