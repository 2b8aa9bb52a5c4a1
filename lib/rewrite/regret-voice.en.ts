/**
 * A regret adverb ("unfortunately", "sadly", "regrettably", their common misspellings) that is the only warm word of its
 * sentence is not deleted bare: a blind reader of late37's applied rows marked 11 of 20 awkward rows for exactly that
 * ("drops regret, blunter"), on news with an alternative after it ("…, got 2 together in row D tho") as often as on news
 * with nothing after it.
 *
 * - The adverb opens the sentence (alone or after a greeting): the alternative says the regret in the agent's own voice,
 *   "I'm sorry, …" (or "Sorry, …"), which keeps the warmth without the negative opener and adds no fact or promise.
 * - Anywhere else (mid-sentence, closing it): advice, since an opener would have to move words the rule did not match.
 * A sentence that already holds another softener (an apology, "I'm afraid", "I wish", thanks, "I know / understand")
 * keeps the deletion, as do sentences where another alternative rewrites the news.
 */
import { strings as rewriteStrings } from '../i18n/strings/rewrite.ts';

/** The adverbs read here (the packs' "unfortunately", "sadly", "unfortunately-end" rules and the layer's misspellings). */
export const REGRET_ADVERB = /^(?:unfortun[a-z]*ly|unfortunatly|unfortunatley|sadly|regrettably|regretfully|alas)$/i;

/** Another warm word in the sentence: then the adverb is not its only softener. */
const OTHER_SOFTENER =
  /\b(?:sorry|soz|apolog\w*|afraid|sadly|regret\w*|unfortun\w*|i wish|wish i|i know|i understand|understand(?:ably)?|appreciate\w*|thanks?|thank you|thankyou|thx|ty|bad news|disappoint\w*|frustrat\w*|shame|pity|oh no|hate to|bear with)\b/i;

/** News that is good for the customer: a regret word there was a slip, and "I'm sorry" would be wrong; it is deleted. */
const GOOD_NEWS = /\b(?:can confirm|went through|gone through|approved|refunded|credited|back in stock|good news|happy to|glad|pleased|delighted)\b/i;

/** What may stand before the adverb and still leave it opening the sentence: nothing, or a greeting with its comma. */
const OPENS = /^\s*(?:(?:hi+|hello|hey+|hiya|dear|good (?:morning|afternoon|evening|day)|morning|afternoon|evening)\b[^,.!?\n]{0,30},\s*)?(?:(?:oh|ah|well|so|yeah|yes|ok|okay|right)\b[\s,]*){0,2}$/i;
/** A word after the adverb that leans on it ("unfortunately for the warden", "Unfortunately po", "sadly though"). */
const LEANS = /^[\s,]*(?:(?:for|po|though|tho|enough|then|again|however)\b|(?:too|also|as well)\s*(?:[,.!?]|$))/i;

export const REGRET_VOICE_TEXT = {
  opener: { en: rewriteStrings.en['rewrite.en.regretVoice'], fa: rewriteStrings.fa['rewrite.en.regretVoice'] },
  advice: { en: rewriteStrings.en['rewrite.en.regretOnly'], fa: rewriteStrings.fa['rewrite.en.regretOnly'] },
};

/** The word before the adverb opens a clause: the phrase can stand between commas there. */
const CLAUSE_OPENER = /\b(?:and|but|so|that|because|as|since|then|which|though|yet|or|now|well|hey|oh|shoot|there|again)[ \t]+$/i;

export type RegretVoice =
  | { kind: 'opener'; replacements: string[] }
  | { kind: 'inline'; start: number; end: number; text: string }
  | { kind: 'advice' };

/**
 * For a suggestion that only deletes a regret adverb (draft[flagStart, flagEnd) the adverb, with its comma for some
 * rules; the suggestion covers draft[start, end)): null when the sentence [sentStart, sentEnd) holds another softener or a
 * word leans on the adverb; else the opener (the adverb opens the sentence: the suggestion's own range, "I'm sorry, …"),
 * the adverb said as "I'm sorry to say" in its place (inside or closing the sentence: draft[start, end) of the result,
 * commas set around it), or advice where neither fits.
 */
export function regretVoice(draft: string, start: number, end: number, flagStart: number, flagEnd: number, sentStart: number, sentEnd: number): RegretVoice | null {
  const m = /[a-z]+/i.exec(draft.slice(flagStart, flagEnd));
  const word = m?.[0] ?? '';
  if (!m || !REGRET_ADVERB.test(word)) return null;
  const wStart = flagStart + m.index;
  const wEnd = wStart + word.length;
  const sentence = draft.slice(sentStart, wStart) + ' ' + draft.slice(wEnd, sentEnd);
  if (OTHER_SOFTENER.test(sentence) || GOOD_NEWS.test(sentence) || LEANS.test(draft.slice(wEnd, sentEnd))) return null;
  const before = draft.slice(sentStart, wStart);
  // The deletion may take the space before the adverb along: it is given back before the opener.
  const lead = draft.slice(start, flagStart);
  if (OPENS.test(before) && start <= flagStart && /^\s*$/.test(lead)) {
    // What the deletion kept after the adverb (the next letter it lent for the capital), as the draft wrote it.
    const rest = draft.slice(start, end).replace(/^\s*[a-z]+\s*[,;:\u2014-]?\s*/i, '');
    // A lower-case draft keeps its register: "sorry, …" after a lower-case greeting or at a lower-case start.
    const lowerStart = /^[a-z]/.test(before.trim() || word);
    const keepI = /^(?:I\b|I['’])/.test(rest) ? rest : rest.replace(/^[A-Z](?![A-Z])/, (c) => c.toLowerCase());
    const afterGreeting = before.trim() !== '';
    return { kind: 'opener', replacements: [lead + "I'm sorry, " + keepI, lead + (afterGreeting || lowerStart ? 'sorry, ' : 'Sorry, ') + keepI] };
  }
  const after = draft.slice(wEnd, sentEnd);
  const commaBefore = /,[ \t]*$/.test(before);
  const spaceBefore = /[^\s,(\[{"“'‘][ \t]+$/.test(before);
  const closes = /^\s*(?:[.!?]|$)/.test(after) || /^[ \t]+[\u2014\u2013-][ \t]/.test(after);
  const commaAfter = /^,/.test(after);
  const wordAfter = /^[ \t]+[\p{L}\p{N}]/u.test(after);
  if (commaBefore && (closes || commaAfter)) return { kind: 'inline', start: wStart, end: wEnd, text: "I'm sorry to say" };
  if (commaBefore && wordAfter) return { kind: 'inline', start: wStart, end: wEnd, text: "I'm sorry to say," };
  const spaces = before.length - before.trimEnd().length;
  if (spaceBefore && (closes || commaAfter)) return { kind: 'inline', start: wStart - spaces, end: wEnd, text: ", I'm sorry to say" };
  // Between a subject and its verb ("We unfortunately can't ship", "is sadly taken") a phrase reads clumsy: the deletion
  // stays; after a word that opens a clause ("and / but / so / that …") it is said in place.
  if (spaceBefore && wordAfter) return CLAUSE_OPENER.test(before) ? { kind: 'inline', start: wStart - spaces, end: wEnd, text: ", I'm sorry to say," } : null;
  return { kind: 'advice' };
}
