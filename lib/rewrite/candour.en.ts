/**
 * The generic reader's candour openers as a deletion (the eighteenth session's rwen18 round): "If I'm being completely
 * straight with you, the upgrade won't fix the lag" -> "The upgrade won't fix the lag", "To be perfectly candid, …",
 * "I'll level with you: …", "In all honesty, …". Every development writer who named a kind for these wanted the
 * rewrite (17 items), and the reader gave advice; en-core's own `to-be-honest` deletes the short forms the same way, but
 * the pack is at its size budget, so the longer forms are read here. Only an opener that starts its sentence and ends at
 * its own comma or colon becomes a deletion (the next letter is capitalised); anywhere else the advice stays. Nothing is
 * added, so no promise, fact or deadline can be.
 */
import type { Suggestion } from './engine.ts';
import { GENERIC_PACK_ID } from './generic/index.ts';

/** What may stand between the reader's words and the comma: "with you", "here". */
const OPENER_TAIL = /^(?:\s+(?:with\s+(?:you|u)|here|now|for\s+a\s+moment|for\s+a\s+sec(?:ond)?))?\s*[,:]\s+(?=[A-Za-z])/i;
/** What may stand before it in its sentence: a greeting line's name, "Well,", "OK so". */
export const SENTENCE_HEAD = /(?:^|[.!?\n]\s*|^\s*(?:hi|hello|hey|dear)\s+[\w'’-]+\s*,\s*)$/i;
const LEAD = /(?:I['’]?ll|I will|let me|I['’]?m going to|I am going to)\s+(?:be\s+)?$/i;

export function candourRewritesEn(draft: string, list: Suggestion[]): Suggestion[] {
  let changed = false;
  const out = list.map((s) => {
    if (s.language !== 'en' || s.kind !== 'advice' || s.packId !== GENERIC_PACK_ID || s.ruleId !== 'candour-opener') return s;
    const tail = OPENER_TAIL.exec(draft.slice(s.flagged.end, s.flagged.end + 40));
    if (!tail) return s;
    // "I'll level with you:", "let me be straight with you,": the words before the reader's own are the opener's too.
    const lead = LEAD.exec(draft.slice(Math.max(0, s.flagged.start - 24), s.flagged.start));
    const start = s.flagged.start - (lead ? lead[0].length : 0);
    if (!SENTENCE_HEAD.test(draft.slice(Math.max(0, start - 60), start))) return s;
    const letterAt = s.flagged.end + tail[0].length;
    // Another suggestion already rewrites these words or the next one: leave it as advice.
    if (list.some((o) => o !== s && o.start < letterAt + 1 && o.end > start)) return s;
    const end = letterAt + 1;
    // Keep a lowercase chat reply lowercase at a line start: capitalise only where the writer capitalised the opener.
    const letter = draft[letterAt];
    const rep = /^[A-Z]/.test(draft[start]) ? letter.toUpperCase() : letter;
    changed = true;
    return { ...s, kind: 'rewrite' as const, start, end, original: draft.slice(start, end), replacements: [rep] };
  });
  return changed ? out : list;
}
