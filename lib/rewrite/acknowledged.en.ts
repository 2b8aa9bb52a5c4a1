/**
 * The customer's situation acknowledged back (issue 12, neutrals flagged; read per rule off the Bitext agent responses
 * with scripts/rule-fires.en.ts): "I'm sorry to hear that you haven't received the refund yet", "I understand you
 * haven't registered yet", "sorry to learn you're unable to reach a live agent". The negative clause is the complement
 * of an empathy verb: it repeats what the customer told us, so it is neither blame ("you haven't paid") nor a refusal
 * ("you can't return it"). A `blame` or `cant-wont` pack match that starts at that "you" is dropped before any suggestion
 * is chosen (like protective.en.ts and neutral15.en.ts).
 *
 * Only empathy frames count: "sorry to hear / learn / read (that)" and "I (completely) understand (that)". Pointing
 * frames stay flagged, since they are how blame is usually said: "I can see you didn't tick the box", "It looks like
 * you haven't updated the app", "I know you didn't read the terms". So does a frame of someone else's ("they
 * understand that you can't …" is rare and not read here).
 */

/** A pack candidate as this reader needs it: draft offsets of the match, and where its sentence starts. */
export interface AcknowledgedCandidate {
  start: number;
  end: number;
  sentenceStart: number;
}

const EMPATHY_FRAME =
  /(?:\bsorry to (?:hear|learn|read)|\b(?:i|we)\s*(?:['’]m|am|are|['’]re)?\s*(?:really |so |very |truly )?sorry (?:to hear|to learn|to read)|\b(?:i|we) (?:completely |totally |fully |really |do )?understand)\s+(?:that\s+)?$/i;

/** The reason a `blame` or `cant-wont` candidate starting at "you" repeats the customer's situation, or null. */
export function acknowledgedReason(draft: string, c: AcknowledgedCandidate, category: string): string | null {
  if ((category !== 'blame' && category !== 'cant-wont') || !/^you\b/i.test(draft.slice(c.start, c.start + 4))) return null;
  const before = draft.slice(Math.max(c.sentenceStart, c.start - 80), c.start);
  return EMPATHY_FRAME.test(before) ? 'neutral:acknowledged-situation' : null;
}
