/**
 * rwen27: English alternatives read at their seams, by kind (the late26 Apply-all rows that read wrong or awkward). Each
 * kind is a general shape, not a sentence:
 *
 * - **a template run past a dash** ("X isn't available before Y – that's normally within 72 hours", "We can't refund the
 *   fee — it goes to the venue"): a `{rest}` slot reads on past a spaced dash, so the template's seam ("…, but ___ is",
 *   "…, but what we can do is ___") lands after the dash ("… the return –, but ___ is that's …") or after a clause with
 *   another subject. The template is cut back to the dash: its seam closes the refused clause and the dash's clause
 *   follows as the draft wrote it ("… the return, but ___ is – that's normally …");
 * - **a candour word deleted from its own frame** ("To tell you honestly sir, …", "to tell you frankly, …", "I must say
 *   honestly"): deleting the adverb leaves "To tell you sir," hanging: advice;
 * - **a regret word deleted before its "for …"** ("Well, unfortunately for all of us, …", "Unfortunately for you, …",
 *   "sadly for the team"): the deletion leaves "for all of us," / "For you," with nothing to attach to: advice;
 * - **a "when you have a moment" added where the sentence already says it** ("So sorry to bother you, but could you …
 *   when you get a sec?"): the same courtesy twice: advice;
 * - **a bare "No problem!" right after the sentence that tells the fault** ("Thanks for letting us know the box arrived
 *   crushed. No problem! A fresh one goes out today."): welcome-report.en.ts reads the fault in the welcome's own sentence;
 *   a welcome that is a sentence of its own answers the one before it, so "Happy to help!" would greet the fault: advice;
 * - **an offer blank run into a question mark** ("…, I think that's right, but what we can do here is ___?"): the
 *   agent's tag question becomes a question about the blank: advice.
 */

import type { GuardedSuggestion } from './guard.ts';
import { faultNamed } from './welcome-report.en.ts';

const DASH = /\s[\u2013\u2014-](?=\s|$)/;

/** A suggestion as the seam reader needs it: the guards' own shape. */
type SeamSuggestion = GuardedSuggestion;

/**
 * A template whose match runs past a spaced dash, cut back to the dash (or null when it does not apply): the blank's seam
 * then closes the refused clause, and what follows the dash stays as written.
 */
export function cutTemplateAtDash<T extends SeamSuggestion>(draft: string, s: T): T | null {
  if (s.kind !== 'template' || !s.replacements.length) return null;
  const m = DASH.exec(s.original);
  if (!m || m.index === 0) return null;
  const tail = s.original.slice(m.index);
  const rep = s.replacements[0];
  // Only where the seam needs the refused clause itself: the dash left dangling before it ("… the return –, but"), or an
  // elliptical "but ___ is/are" that would take the dash clause's subject. An offer after a reason ("We can't refund the
  // fee — it goes to the venue, but what we can do is ___") reads as the draft's own order, as after "because".
  if (tail.trim().length > 1 && !/,\s*but ___ (?:is|are)\b/.test(rep)) return null;
  const r = rep.indexOf(tail);
  // The tail must sit whole in the replacement, before its blank, with the seam right after it.
  if (r < 0 || rep.indexOf('___') < r + tail.length || rep.lastIndexOf(tail) !== r) return null;
  const end = s.start + m.index;
  if (draft.slice(end, s.end) !== tail) return null;
  const cut = rep.slice(0, r) + rep.slice(r + tail.length);
  return { ...s, end, original: draft.slice(s.start, end), flagged: { start: s.flagged.start, end: Math.min(s.flagged.end, end) }, replacements: [cut] };
}

const CANDOUR = /^\s*,?\s*(?:honestly|frankly|truthfully|candidly|in all honesty|to be honest|to be frank|tbh)\b/i;
/** A frame the candour word belongs to: "to tell you …", "I must say …", "let me say …". */
const CANDOUR_FRAME = /\b(?:to tell you|tell you|to say|to speak|speaking|i must say|i have to say|i['’]?ve got to say|i gotta say|let me say|let me tell you|i can tell you|i['’]?ll tell you|i will tell you|i['’]?ll be|i will be|i['’]?m being|i am being|to put it|put)\s*$/i;
const REGRET = /^\s*(?:unfortunately|unfortunatly|unfortunetly|sadly|regrettably|unluckily|alas)\b/i;
/** "for now", "for the moment", "for today" leave a time phrase that reads on its own. */
const FOR_SOMEONE = /^\s*,?\s*for\s+(?!now\b|the (?:moment|time being|present)\b|today\b|tonight\b|this (?:week|month|year)\b|the rest of\b)[\w'’]/i;
const MOMENT_ADDED = /\bwhen you (?:have|get) a (?:moment|sec|second|minute|min|chance)\b/i;
const MOMENT_SAID = /\bwhen(?:ever)? you (?:have|get|got) a (?:moment|sec|second|minute|min|mo|chance)\b|\bwhen(?:ever)? you(?:['’]re| are) free\b|\bwhen(?:ever)? you can\b|\bat your (?:earliest )?convenience\b|\bwhenever (?:suits|works)\b|\bwhen it suits\b/i;

/**
 * Why an alternative reads wrong at its seam in Apply's text (before and after it in the applied sentence), or null.
 */
export function seams27Reason(before: string, original: string, rep: string, after: string, kind: 'rewrite' | 'template'): string | null {
  const deletion = kind === 'rewrite' && rep.replace(/[\s,.;:!?]/g, '').length <= 1 && original.replace(/[^A-Za-z]/g, '').length > 3;
  if (deletion) {
    // The deleted words: the original without the letter a sentence-start deletion borrows.
    const gone = rep.trim() && original.length > 1 ? original.slice(0, -1) : original;
    if (CANDOUR.test(gone) && CANDOUR_FRAME.test(before)) return 'dangling:candour-frame';
    if (REGRET.test(gone) && FOR_SOMEONE.test(gone.replace(REGRET, '') + (rep.trim() ? original.slice(-1) : '') + after)) return 'dangling:regret-for';
  }
  if (kind === 'rewrite' && MOMENT_ADDED.test(rep) && !MOMENT_ADDED.test(original) && MOMENT_SAID.test(after.split(/[.!?\n]/)[0])) return 'doubled:when-moment';
  if (kind === 'template' && /___\s*$/.test(rep) && /^\s*\?/.test(after)) return 'template:into-question';
  return null;
}

const WELCOME = /^(?:my pleasure|of course|happy to help|you['’]re welcome|glad to help)\b/i;
const NO_PROBLEM = /^(?:no|not a) (?:problem|prob|probs|worries)\b|^np\b/i;

/**
 * A welcome rewrite of a "no problem" that opens its own sentence, right after a sentence (same paragraph) that tells a
 * fault or a complaint: why it stays advice, or null.
 */
export function welcomeAfterFaultReason(draft: string, s: SeamSuggestion): string | null {
  if (s.kind !== 'rewrite' || !WELCOME.test((s.replacements[0] ?? '').trim()) || !NO_PROBLEM.test(s.original.trim())) return null;
  const lead = draft.slice(Math.max(0, s.start - 240), s.start);
  const stop = Math.max(lead.lastIndexOf('.'), lead.lastIndexOf('!'), lead.lastIndexOf('?'));
  // Only a welcome that opens its sentence ("… crushed. No problem!"), not "…, no problem, …" (welcome-report.en.ts).
  if (stop < 0 || lead.slice(stop + 1).trim() !== '' || lead.slice(stop + 1).includes('\n')) return null;
  const prev = lead.slice(0, stop + 1);
  const para = prev.slice(prev.lastIndexOf('\n') + 1);
  const at = Math.max(para.slice(0, -1).lastIndexOf('. '), para.slice(0, -1).lastIndexOf('! '), para.slice(0, -1).lastIndexOf('? '));
  // The fault itself must be named: "Thanks for letting me know. No problem." may answer any news.
  return faultNamed(para.slice(at + 1)) ? 'welcome-after-fault' : null;
}
