/**
 * The pointed reminder of ./generic/remind19.en.ts as a rewrite: "May I remind you that the terms were sent with your
 * confirmation." -> "Just a reminder that the terms were sent with your confirmation." (the lead, session 19). Only where
 * the reminder opens its sentence and "that" follows it; anywhere else the advice stays. The information is the
 * agent's own, unchanged: nothing is added, so no promise, fact or deadline can be.
 */
import { SENTENCE_HEAD } from './candour.en.ts';
import type { Suggestion } from './engine.ts';
import { GENERIC_PACK_ID } from './generic/index.ts';

const THAT = /^\s+that\s+(?=\S)/i;

export function reminderRewritesEn(draft: string, list: Suggestion[]): Suggestion[] {
  let changed = false;
  const out = list.map((s) => {
    if (s.language !== 'en' || s.kind !== 'advice' || s.packId !== GENERIC_PACK_ID || s.ruleId !== 'pointed-reminder') return s;
    const tail = THAT.exec(draft.slice(s.flagged.end, s.flagged.end + 12));
    if (!tail) return s;
    const start = s.flagged.start;
    if (!SENTENCE_HEAD.test(draft.slice(Math.max(0, start - 60), start))) return s;
    const end = s.flagged.end + tail[0].length;
    // Another suggestion already rewrites these words: leave it as advice.
    if (list.some((o) => o !== s && o.start < end && o.end > start)) return s;
    const rep = /^[A-Z]/.test(draft[start]) ? 'Just a reminder that ' : 'just a reminder that ';
    changed = true;
    return { ...s, kind: 'rewrite' as const, start, end, original: draft.slice(start, end), replacements: [rep] };
  });
  return changed ? out : list;
}
