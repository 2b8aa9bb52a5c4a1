/**
 * English refusal templates that keep the agent's refusal as written and add the offer after it
 * ("We can't refund a gift card once it's been activated, but what we can do is ___."), read in
 * their sentence. "Rather than refund a gift card …, ___" was judged wrong or awkward by every blind
 * reader (late5-late7): it drops the "can't" and reads as a choice not to. Keeping the refusal is
 * honest, but two constructions still read wrong after Apply:
 *
 * - a "but" already before the refusal in its sentence ("I'm sorry but we can't X, but what we can
 *   do is ___"): the offer becomes a sentence of its own ("… can't X. What we can do is ___");
 * - a sentence that says there is nothing else to offer ("…, there's nothing else I can do"): advice;
 * - an alternative after the refusal in the same sentence ("we can't refund it, you can exchange it though",
 *   "…, however we can send a replacement"): advice;
 * - a sentence that already gives the customer a way forward ("we cant swap the sim over the phone
 *   you'd need to pop into a store", "… is how most teams handle this", "…; the base fare will be credited back
 *   to your card", a refusal in a concessive clause: "while we won't be able to backdate it, your new rate applies
 *   from today"): a blank after it asks the agent for a second offer; the suggestion stays advice.
 */

/** The template keeps the matched text (its `{=}`) and adds to it: `rep` opens with `original`. */
export function keepsRefusal(original: string, rep: string): boolean {
  const o = original.trim();
  return o.length > 0 && rep.length > o.length && rep.slice(0, o.length).toLowerCase() === o.toLowerCase() && rep.includes('___');
}

/** The offer the template adds after the kept refusal (", but what we can do is ___"). */
const ADDED_BUT = /^(\s*),\s+(but)\s+(?=\S)/i;

/** A "but" (or "however") that already joins this sentence's clauses ("anyone but the owner" is "except"). */
const BUT_BEFORE = /(?<!\b(?:anyone|anybody|anything|everyone|everybody|everything|all|nothing|nobody|no one|none) )\b(?:but|however)\b/i;

/**
 * Words that already give the customer a way forward or an alternative in the refusal's sentence
 * (in the refusal's own words too: "we cant swap the sim over the phone you'd need to pop into a store"; "…, we'd have to
 * book the external hoist for that one"; "…, so it will be ready for pickup on the 14th").
 */
const OFFER_ALREADY =
  /\b(?:you(?:['’]d| would| will|['’]ll)? (?:need|have|want) to|you(?:['’]ll| will)? need\b|please(?! (?:note|be aware|understand|bear in mind|accept|know))|instead|is how|the (?:best|only) (?:way|option)|(?:i|we)['’]?d (?:suggest|recommend)|feel free|you['’]re welcome to|happy to|(?:i|we)(?:['’]m|['’]re| am| are) (?!afraid\b|sorry\b|unable\b|not\b)\w+ing|(?:i|we)(?:['’]ve| have) (?:sent|issued|refunded|arranged|added|booked|passed|raised|asked|emailed|credited)|(?:i|we)(?:['’]d| would) (?:need|have) to|so (?:it|they|this|that|your [\w-]+)(?:['’]ll| will) be (?:ready|available|with you|back|sent|delivered|there))\b/i;
/**
 * An offer of the agent's before the refusal ("I can send a label, and we can't …"). Not read in
 * the refusal itself, which says "no way we can", "not something I can do". ("we can't" is a
 * refusal, not an offer: the lookahead keeps it out.)
 */
const OFFER_BEFORE = /\b(?:(?:i|we)(?:['’]ll| will| can| could| would be happy to)|you (?:can|could|may))(?!['’]?t\b|not\b| not\b| only\b)\b/i;

/** Words after a refusal that bring in an alternative ("however we can", "you can exchange it though", "alternatively"). */
const ALTERNATIVE_AFTER =
  /\b(?:however|alternatively|instead|though|although|but (?:i|we|you)\b(?! (?:can['’]?t|cannot|can not|won['’]?t|don['’]?t|are not|aren['’]?t|am not))|what (?:i|we) can do|the good news|(?:will|shall) (?:still |then |now |also )?be (?:credited|refunded|returned|reimbursed|reissued|issued|sent|covered|honou?red|waived|paid)(?: back)?)\b/i;

/** The refusal opens a concessive clause ("…, while we won't be able to backdate it, your new rate applies from today"): the main clause that follows is the way forward. */
const CONCESSIVE_BEFORE = /\b(?:while|whilst|although|though|even though|even if)\s*$/i;

/** The sentence says there is nothing to offer ("…, there's nothing else I can do", "it's out of our hands"): an offer after it contradicts it. */
const NOTHING_TO_OFFER = /\bnothing (?:else |more )?(?:i|we|anyone) (?:can|could) do\b|\b(?:can['’]?t|cannot|can not) do anything\b|\bout of (?:our|my) hands\b|\bno other (?:options?|alternatives?)\b/i;

/**
 * The replacement fitted to its sentence: with a "but" already before the refusal, the added
 * ", but what … is ___" becomes its own sentence (". What … is ___"). Other replacements are returned as they are.
 */
export function fitKeptRefusal(before: string, original: string, rep: string): string {
  if (!keepsRefusal(original, rep)) return rep;
  const o = original.trim();
  const tail = rep.slice(o.length);
  const m = ADDED_BUT.exec(tail);
  if (!m || !(BUT_BEFORE.test(before) || BUT_BEFORE.test(o))) return rep;
  const rest = tail.slice(m[0].length);
  // "___" alone after the full stop is no sentence: leave those to keptRefusalReason.
  if (/^___/.test(rest)) return rep;
  const upper = m[2] === m[2].toUpperCase();
  return rep.slice(0, rep.length - tail.length) + '. ' + (upper ? rest : rest[0].toUpperCase() + rest.slice(1));
}

/**
 * Why a refusal-keeping template reads wrong in its sentence, or null. `before`/`after`: the
 * sentence around it as Apply leaves it.
 */
export function keptRefusalReason(before: string, original: string, rep: string, after = ''): string | null {
  if (!keepsRefusal(original, rep)) return null;
  const o = original.trim();
  if (OFFER_ALREADY.test(before) || OFFER_BEFORE.test(before) || OFFER_ALREADY.test(o)) return 'template:offer-already';
  if (CONCESSIVE_BEFORE.test(before.trimEnd())) return 'template:offer-already';
  // An alternative after the refusal in its own sentence ("we can't refund it, you can exchange it though",
  // "…, however we can send a replacement"): the clauses after the refusal's first break, and the rest of the sentence.
  const brk = /[,;:\u2014]|\s[-\u2013]\s/.exec(o);
  const later = (brk ? o.slice(brk.index + 1) : '') + ' ' + after.split(/[.!?\n]/)[0];
  if (OFFER_ALREADY.test(later) || OFFER_BEFORE.test(later) || ALTERNATIVE_AFTER.test(later)) return 'template:offer-already';
  if (NOTHING_TO_OFFER.test(before) || NOTHING_TO_OFFER.test(o)) return 'refusal-repeated';
  // "I'm sorry but we can't X once Y, but ___": the blank has no frame of its own to stand in.
  if (/^\s*,\s+but\s+___/i.test(rep.slice(o.length)) && (BUT_BEFORE.test(before) || BUT_BEFORE.test(o))) return 'template:double-but';
  return null;
}
