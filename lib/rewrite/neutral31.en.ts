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
 * - **"till" the cash register is no "until"** ("The till is refusing the code, so I cannot apply it" was rewritten "The once
 *   is refusing …, so I can apply it"): a time rule's match over "the / our till" or "till roll / receipt" is dropped; the
 *   machine refusing is read by generic/kinds31.en.ts. Never "open till 6", "not till Friday".
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

/**
 * "till" the cash register, which the language layer reads as "until" (as it must in "open till 6"): a determiner or a
 * possessive before it, or a word of the shop's machine after it ("the till is refusing the code", "our till roll").
 */
const TILL_NOUN = /\b(?:the|a|our|my|your|this|that|their|his|her|shop['’]?s|store['’]?s)\s+till\b|\btill\s+(?:roll|receipt|drawer|system|screen|operator|point|slip)s?\b/i;

/** Why an English candidate is neutral by one of this session's kinds, or null. */
export function neutral31Reason(draft: string, c: NeutralCandidate, category: string): string | null {
  // A time refusal read over "the till" (the machine) is no time refusal: "The till is refusing the discount code, so I
  // cannot apply it today" became "The once is refusing …, so I can apply it today" (late30). The machine refusing is
  // read by generic/kinds31.en.ts.
  if (category === 'until') {
    const from = draft.slice(Math.max(0, c.sentenceStart, c.start - 40), Math.max(sentenceEnd(draft, c.end), c.end));
    const own = draft.slice(c.start, c.end);
    return /\btill\b/i.test(own) && TILL_NOUN.test(from) && !/\btill\s+(?:now|then|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next|the\s+end|late|after|before|[0-9])/i.test(own) ? 'neutral:till-is-a-noun' : null;
  }
  if (category !== 'negative-words') return null;
  const se = Math.max(sentenceEnd(draft, c.end), c.end);
  const from = draft.slice(c.start, se);
  if (!REGRET_FOR.test(from) || NOT_THIRD.test(from)) return null;
  const sentence = draft.slice(Math.max(0, c.sentenceStart), se);
  return GOOD_TURN.test(from) && !BAD_NEWS.test(sentence) ? 'neutral:regret-in-a-story' : null;
}
