/**
 * rwen33: the English sign-off lines the thirty-second session's writers (late32, who read no rule) and train31 put under a
 * reply that signature.en19.ts and footer.ts did not read (the kinds are in late28, late30, late31, late32 and train31):
 *
 * - **a shop's standing rule under its sign-off** ("Jess / Ironside Tattoo Co. / No walk-ins after 6pm. We can't hold
 *   appointments without a deposit.", "Joan / St Luke's Hospice Shop / Please do not leave donations outside the shop door
 *   when we are closed."): said to every customer, not to this one. Read by `isStandingRuleEn33` only where
 *   signature.en19.ts reads notices (the draft's last lines, under a role or business line), and only when every sentence
 *   of the line is one: "no" with a plural ("No walk-ins after 6pm", "No refunds on sale items"), "we can't / don't …" a
 *   plural with a condition ("We can't hold appointments without a deposit"), "please do not …" a plural or a thing with a
 *   place or a time ("Please do not leave donations outside the shop door when we are closed"). Never a line that speaks to
 *   this customer (you, your, u, ur), of this case (this, today, tomorrow, yet, now), nor "no worries / problem / rush".
 * - **a sign-off line with a note in brackets** ("Parts & Service (Tues-Thurs only)", "Joan (Tues and Fri mornings)"): the
 *   note is the days the person works; the line is read without it (`withoutNote`), and "service" ends a desk ("Parts &
 *   Service") as "services" did; the full stop of "Co." / "Ltd." closing a business line is not a sentence's end
 *   ("Ironside Tattoo Co.").
 * - **a no-reply note in the first person** ("(we cant read replies sent to this inbox)", "we don't check replies to this
 *   address"): footer.ts reads the impersonal "replies to this address are not read"; this is the same note said by us.
 *   Read on the lines a draft ends with only (footer.ts's isDraftFooterKey), as a whole line.
 *
 * Keys are signature.ts's (lower case, ’ as '). Look-alikes and contrasts: tests/unit/rewrite/en-signature33.test.ts.
 */

/** A note in brackets closing a sign-off line: days, hours, a role ("(Tues-Thurs only)", "(volunteer)", "(she/her)"). */
const NOTE = /\s*\([^()!?]{1,40}\)\s*$/;
/** The full stop of an abbreviated company form closing a business line ("Ironside Tattoo Co.", "Acme Ltd."). */
const ABBREV_STOP = /\b(co|ltd|inc|corp|bros|dept|assoc)\.$/;
/** The line without its closing note in brackets or an abbreviation's full stop, or the line itself. */
export const withoutNote = (k: string): string => {
  const bare = k.replace(NOTE, '').replace(ABBREV_STOP, '$1');
  return bare ? bare : k;
};
/** "Parts & Service", "Customer Service", "Field Service" (a desk named in the singular). */
export const SERVICE_DESK = /(?:^|\s)(?:[a-z&'-]+\s+)?service$/;

/** This customer or this case: never a standing rule. */
const PERSONAL = /\b(?:you|your|yours|u|ur|ya|ye|yer|this|today|tonight|tomorrow|tmrw|yet|now|right now|at the moment|i|i'm|im|i've|ive|i'll|ill|me|my)\b|\?/;
/** "no" with a plural heading the sentence ("no walk-ins after 6pm", "no refunds on sale items", "no dogs allowed"). */
const NO_PLURAL = /^no (?:[a-z'&-]+ ){0,2}?[a-z'&-]+s\b(?: (?:after|before|on|in|at|without|under|over|for|from|during|unless|allowed|accepted|permitted|please|of)\b[^.!]*)?[.!]?$/;
/** Plurals after "no" that are a reply's words, not a rule ("no worries", "no problems", "no thanks"). */
const NOT_RULE_NOUN = /^no (?:[a-z'&-]+ )?(?:worries|problems|probs|thanks|dramas|stress|issues|hard feelings|rush|bother|questions asked|promises|guarantees|news|changes|updates)\b/;
/** "we can't / don't / do not / won't …" a plural thing, then a condition ("without a deposit", "after 6pm", "on sundays"). */
const WE_RULE = /^(?:sorry,? )?we (?:can't|cant|cannot|can not|do not|don't|dont|will not|won't|wont|are unable to|are not able to) (?:[a-z'-]+ ){1,2}?(?:any |more than \S+ )?[a-z'&-]+s\b(?: [a-z'&-]+){0,3}? (?:without|after|before|unless|outside|on|over|under|from|by|in|at|during|once|if)\b[^.!]*[.!]?$/;
/** "please do not / don't / never …" a thing with a place or a time ("leave donations outside the shop door when we are closed"). */
const PLEASE_RULE = /^(?:please|pls|kindly) (?:do not|don't|dont|never) (?:[a-z'-]+ )(?:[a-z'&-]+ ){0,3}?(?:outside|inside|in|on|at|near|by|into|after|before|during|when|while|without|unless|via|over)\b[^.!]*[.!]?$/;

/** One sentence of a standing rule, or not. */
function standingSentence(s: string): boolean {
  if (PERSONAL.test(s)) return false;
  if (NO_PLURAL.test(s)) return !NOT_RULE_NOUN.test(s);
  return WE_RULE.test(s) || PLEASE_RULE.test(s);
}

/** A line of a shop's standing rules under its sign-off: every sentence of it one. `k`: signature.ts's key. */
export function isStandingRuleEn33(k: string): boolean {
  if (k.length > 200 || !/[a-z]/.test(k)) return false;
  const sentences = k.split(/(?<=[.!])\s+/).filter((s) => s.trim() !== '');
  return sentences.length > 0 && sentences.length <= 3 && sentences.every((s) => standingSentence(s.trim()));
}

/** "(we cant read replies sent to this inbox)", "we don't check replies to this address, please use the app". */
const NO_REPLY_WE = /^[(\[*\s]*(?:(?:please )?note:?\s*|(?:sorry|fyi|pls note|please note),?\s*)?(?:we|i) (?:can't|cant|cannot|can not|do not|don't|dont|are unable to|are not able to|won't|wont|will not) (?:read|see|check|monitor|answer|receive|get|reply to|respond to) (?:any )?(?:replies|responses|messages|e-?mails|emails)(?: (?:sent|made|posted))? (?:to|at|in|on|via|through|from) (?:this|the|our) (?:inbox|mailbox|address|e-?mail(?: address)?|email(?: address)?|account|number)\b(?:[^.!?\n]{0,80})?[)\].!]*$/;
/** A first-person no-reply note as a whole line (the draft's last lines only). */
export const isNoReplyWeEn33 = (k: string): boolean => k.length <= 160 && NO_REPLY_WE.test(k);
