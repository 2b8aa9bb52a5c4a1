/**
 * Urgency, session 21 (tone21): calm English kinds, each tried on a look-alike set across trades
 * (scripts/tone-kinds21-matrix.ts, URGENCY21), never on a development sentence's nouns. The cue stays quiet when every
 * piece of its evidence is a time or a deadline explained by one of these (a security, safety, money or help piece never is):
 * - **an absence with a time**: "I won't be back till Monday evening", "we're away until the 12th", "I'm out of the
 *   office until Tuesday": when the customer is reachable, not a deadline;
 * - **no hurry said**: "not in a hurry", "no rush", "no panic", "no pressure", "whenever suits", "in your own time" (not taken back by "but");
 * - **a time span of what was done**: "you got it done in an hour", "it arrived within two days", "fixed it in ten
 *   minutes": a past doing praised or told, not time pressure.
 */
import type { CueContext } from '../cue.ts';
import { opens, textGate } from '../textgate.ts';
import type { Evidence } from '../types.ts';

const TIME_WHYS = new Set<string>(['tone.why.time', 'tone.why.deadline']);
const ABSENT = /\b(?:(?:won't|will not|can't|cannot|shan't) be (?:back|home|around|in|available|reachable|contactable|about)|(?:i'?m|i am|we'?re|we are|i'?ll be|we'?ll be) (?:away|abroad|travell?ing|on holiday|on leave|out of (?:the )?(?:office|country)|off work)|out of (?:the )?office)\b[^.!?\n]{0,12}$/i;
const ABSENT_GATE = textGate(['back', 'home', 'around', 'available', 'reachable', 'contactable', 'about', 'away', 'abroad', 'travel', 'holiday', 'leave', 'office', 'country', 'off work']);
const NO_HURRY = /\b(?:not in (?:a|any) (?:hurry|rush)|no (?:hurry|rush|urgency|panic|pressure|stress)|not urgent|whenever (?:suits|you (?:can|get a chance|have time)|is convenient)|in your own time|there'?s no rush|no great rush)\b/i;
// "so no panic", "no pressure though" (session 24, scripts/tone-kinds24-matrix.ts): the same calm said with another noun.
const NO_HURRY_GATE = textGate(['hurry', 'rush', 'urgen', 'whenever', 'own time', 'panic', 'pressure', 'stress']);
const DONE_GATE = textGate(['in ', 'within']);
/** "but" after the calm words, unless it opens a question (session 24). */
const TAKEN_BACK = /\bbut\b(?!\s+(?:can|could|is|are|does|do|how|what|where|which|who|i was wondering|just wondering|quick question)\b)/i;

/** The sentence around local [a, b). */
function sentenceOf(text: string, a: number, b: number): { start: number; end: number } {
  let s = a;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1])) s--;
  let e = b;
  while (e < text.length && !/[.!?\n]/.test(text[e])) e++;
  return { start: s, end: e };
}

export function calm21(ctx: CueContext, evidence: readonly Evidence[]): boolean {
  if (ctx.fa || evidence.length === 0) return false;
  if (!evidence.every((e) => TIME_WHYS.has(e.why ?? ''))) return false;
  const text = ctx.doc.text;
  const absentOpen = opens(ctx.low, ABSENT_GATE);
  const hurryOpen = opens(ctx.low, NO_HURRY_GATE);
  const doneOpen = opens(ctx.low, DONE_GATE);
  if (!absentOpen && !hurryOpen && !doneOpen) return false;
  const t = ctx.doc.tokens;
  for (const e of evidence) {
    const a = e.start - ctx.offset;
    const b = e.end - ctx.offset;
    const s = sentenceOf(text, a, b);
    const sent = text.slice(s.start, s.end);
    let ok = false;
    // "won't be back till Monday evening": the time closes the absence's clause.
    if (absentOpen && /^(?:until|till|til|before|after|from|for|on|this|next|over)\b/i.test(ctx.message.slice(e.start, e.end).trim()) && ABSENT.test(text.slice(s.start, a))) ok = true;
    // "not in a hurry", "no rush" in the message, not taken back by "but" after it.
    if (!ok && hurryOpen) {
      const m = NO_HURRY.exec(text);
      // "but" that opens a question on another matter ("so no panic, but can the app export to Excel?") takes nothing back.
      if (m && !TAKEN_BACK.test(text.slice(m.index, sentenceOf(text, m.index, m.index + m[0].length).end))) ok = true;
    }
    // "you got it done in an hour", "arrived within two days": a span inside a past clause.
    if (!ok && doneOpen && /^(?:in|within)\b/i.test(ctx.message.slice(e.start, e.end).trim())) {
      const k = t.findIndex((x) => x.start >= a);
      if (k > 0) {
        for (let j = k - 1; j >= 0 && j >= k - 6 && t[j].clause === t[k].clause; j--) {
          if (t[j].past && !t[j].fa && !/^(?:said|told|promised|quoted|estimated)$/.test(t[j].key)) {
            // "will be deleted in 48 hours", "is being closed within a day": a passive or future, not a doing told.
            let future = false;
            for (let f = j - 1; f >= 0 && f >= j - 4 && t[f].clause === t[j].clause; f--) if (/^(?:be|been|being|is|are|will|would|shall|going|gets|get|unless|if)$/.test(t[f].key)) future = true;
            ok = !future && !/\b(?:need|needs|must|have to|has to|please|can you|could you|unless|will|would)\b/i.test(sent);
            break;
          }
        }
      }
    }
    if (!ok) return false;
  }
  return true;
}
