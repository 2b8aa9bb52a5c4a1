/**
 * en39: an apology that is a whole sentence on its own, beside news or an answer that owes nothing ("So sorry!!! 😭 Your
 * appointment is all confirmed for Tuesday", "Sorry! The Wi-Fi password is on the back of your key card.", "Done already,
 * the invoice template updated with your new logo. Sorry ah!", "Please accept our sincere apologies. Your consultation has
 * been moved to 3pm as you requested."). Within its own sentence the apology has nothing to read: it is the rest of the
 * reply that says there was nothing to be sorry for. Read across the sentence break, by kind (lib/rewrite/README.md "en39":
 * late23, late26, late28, late35, train35 writers, kept in every leave-one-writer-split-out fold; no neutral of any English
 * development split holds the frame).
 *
 * Only a sentence of the apology alone (an interjection before it, "so / really …", a tag after it: "ah", "lah", "love",
 * "x"; marks and emoji), in the draft's own words, with at least one other sentence of the draft's own beside it, and
 * nothing an apology could be owed for anywhere in the draft's own words: a fault, a delay, a loss, bad news, a refusal, a
 * condition, a hope, a question, a second apology, a thing replaced ("your new card"), an earlier message (kinds34's list
 * and more). Advice over the apology with the reflex
 * apology's explanation; nothing is rewritten, so nothing is added.
 */
import type { Suggestion } from './engine.ts';
import { GENERIC_PACK_ID } from './generic/index.ts';
import { genericAdvice, spanFree, withAdded, type JargonPassOptions } from './jargon36.ts';

export const APOLOGY_ALONE_RULE = 'reflex-apology';

/** The apology alone as its sentence. */
const ALONE = /^(?:(?:oh|omg|oops|ah|ahh|argh|ugh|eek|aw|aww)[,!.]*\s+)?(?:(?:so|really|very|super|terribly|awfully|truly|so,)\s+){0,3}(?:sorry|soz|sry|apologies|my apologies|(?:please\s+)?accept\s+(?:our|my)\s+(?:sincere\s+|sincerest\s+|deepest\s+)?apologies)(?:\s+(?:ah|lah|la|leh|lor|pet|love|hun|hon|mate|dear|x+))?[\s!.~]*(?:[\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}]+[\s!.~]*)*$/iu;
/** What an apology is owed for, or what makes the reply more than plain news: then the apology may be meant. */
const OWED = /\b(?:not|no|never|cannot|can't|cant|won't|wont|don't|dont|didn't|didnt|isn't|isnt|wasn't|wasnt|haven't|havent|unable|delay|delays|delayed|late|wait|waiting|waited|mistake|error|wrong|missed|problem|issue|trouble|inconvenience|confusion|lost|damaged|broken|cancel|cancelled|canceled|closed|full|sold|out of|missing|fault|forgot|mix-up|mixup|oversight|typo|unfortunately|sadly|afraid|again|instead|but|however|still|only|charged|fee|failed|fail|hear|loss|passed|condolences|twice|double|finally|eventually|at last|sick|ill|unwell|died|death|hospital|bad|worse|awful|terrible|upset|frustrat\w*|disappoint\w*|annoy\w*|shock\w*|misunderst\w*|misread|slow|long|ages|chase|chasing|earlier|sooner|yet|hope|hopefully|may|might|if|unless|reject\w*|declin\w*|refus\w*|bounc\w*|looking into|investigat\w*|sorry|soz|sry|apolog\w*|regret\w*|excuse|pardon|previous|new (?:card|one|part|unit|device|phone|router|item|parcel|box|order|battery|key|keys|pair|set))\b|\?/i;

/** The list with advice added over every apology standing alone beside news that owes nothing (see the header). */
export function addApologyAloneEn(draft: string, list: Suggestion[], sentences: ReadonlyArray<{ start: number; end: number; text: string }>, o: JargonPassOptions): Suggestion[] {
  if (!/sor|sry|apolog/i.test(draft) || o.silenced?.has(`${GENERIC_PACK_ID}/${APOLOGY_ALONE_RULE}`)) return list;
  const owned = sentences.filter((s) => !o.exclude.some(([x, y]) => x < s.end && s.start < y) && /[a-z]/i.test(s.text));
  if (owned.length < 2) return list;
  const alone = owned.filter((s) => ALONE.test(s.text.trim()));
  // One apology alone, and no other apology or owed word in the draft's own words.
  if (alone.length !== 1) return list;
  const a0 = alone[0];
  if (owned.some((s) => s !== a0 && OWED.test(s.text))) return list;
  const lead = a0.text.length - a0.text.trimStart().length;
  const words = /^.*?[a-z](?=[\s!.~]*(?:[\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}]+[\s!.~]*)*$)/iu.exec(a0.text.trimStart());
  if (!words) return list;
  const a = a0.start + lead;
  const b = a + words[0].length;
  if (!spanFree(a, b, list, [], o.exclude)) return list;
  return withAdded(list, [genericAdvice(APOLOGY_ALONE_RULE, 'reflex-apology', 'over-apology', draft.slice(a, b), a, b, 'en', o.uiLang ?? 'en')]);
}
