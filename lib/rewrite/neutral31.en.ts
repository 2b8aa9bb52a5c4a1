/**
 * English neutrals read by kind in the thirty-first session (rwen31; late30's writers, who read no rule, marked them
 * neutral; the kind is in late27, late28 and late29 too). Wired in neutral15.en.ts's `neutralReason`, so a candidate read here
 * is dropped before any suggestion is chosen. Look-alikes and contrasts in scripts/en-recall31-matrix.ts.
 *
 * - **regret that falls on someone or something in a story that ends well** ("The groom told us that, unfortunately for
 *   them, it poured on the day, but the suits came through it perfectly", "unfortunately for de rain de show went ahead
 *   anyway and everybody loved it"): neutral28.en.ts reads "Unfortunately for the <thing>," heading the sentence; this reads
 *   the regret anywhere in the sentence, on a third person ("them / him / her / the couple") or a thing after any article
 *   ("de / da / di / the"), when the sentence turns to a good outcome ("but … came through / loved / went ahead anyway").
 *   Never "for you / your / us", never with a word of bad news for the customer (late, cancelled, full, lost, broken …),
 *   never without the good turn ("Unfortunately for him, the part is on back order" stays flagged).
 */
import type { NeutralCandidate } from './neutral16.en.ts';
import { sentenceEnd } from './neutral16.en.ts';

const REGRET_FOR = /^(?:unfortunately|sadly|unfortunatly|unfortunetly|unfortunatley)\s*,?\s+for\s+(?:them|him|her|(?:the|de|da|di|dem|this|that|these|those|our\s+old|the\s+old)\s+[a-z-]+(?:\s+[a-z-]+)?)\b/i;
/** Whose regret it must not be: the customer's, ours, or the customer's transaction. */
const NOT_THIRD = /^(?:unfortunately|sadly|unfortunatly|unfortunetly|unfortunatley)\s*,?\s+for\s+(?:you|your|ya|u|us|all\s+of\s+us|we|me)\b|\bfor\s+(?:the|de|da|di)\s+(?:customers?|clients?|order|booking|delivery|parcel|refund|appointment|account|reservation|payment|claim|application|flight|ticket|room|table)\b/i;
/** The good turn: the story ends well. */
const GOOD_TURN =
  /\b(?:but|anyway|still|yet|and|luckily|thankfully|fortunately|happily)\b[^.!?\n]*\b(?:went\s+ahead|came\s+through|survived|loved|enjoyed|perfect|perfectly|unharmed|intact|unscathed|no\s+harm|all\s+good|worked\s+out|made\s+it|held\s+up|danced|highlight|favou?rites?|great\s+time|lovely\s+time|sunshine|glorious|safe\s+and\s+sound|none\s+the\s+worse)\b/i;
/** Bad news for the customer in the same sentence: the regret is theirs. */
const BAD_NEWS =
  /\b(?:not|no|never|nothing|unable|cannot|can['’]?t|won['’]?t|didn['’]?t|isn['’]?t|wasn['’]?t|late|later|delay\w*|cancel\w*|postpon\w*|lost|broke|broken|damaged|cracked|fail\w*|refus\w*|declined|unavailable|out\s+of\s+stock|sold\s+out|full|fully\s+booked|closed|off\s+sick|missed|missing|wrong|charge\w*|fee|fees|refund\w*|back\s*order\w*|expired|ended)\b|n['’]t\b/i;

/** Why an English candidate is neutral by one of this session's kinds, or null. */
export function neutral31Reason(draft: string, c: NeutralCandidate, category: string): string | null {
  if (category !== 'negative-words') return null;
  const se = Math.max(sentenceEnd(draft, c.end), c.end);
  const from = draft.slice(c.start, se);
  if (!REGRET_FOR.test(from) || NOT_THIRD.test(from)) return null;
  const sentence = draft.slice(Math.max(0, c.sentenceStart), se);
  return GOOD_TURN.test(from) && !BAD_NEWS.test(sentence) ? 'neutral:regret-in-a-story' : null;
}
