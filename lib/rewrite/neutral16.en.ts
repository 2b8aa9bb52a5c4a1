/**
 * Protective readings generalised over their parts (issue 12, neutrals flagged on fresh writers; the sixteenth session's
 * rwneu8 round, found with the variant matrix scripts/en-neutral-matrix.ts, not with any split's items). The pack knew
 * "you didn't lose anything" and "please don't worry" each by a fixed word list in one rule's `unless`; a writer who says
 * the same with another auxiliary, tense or verb was flagged. Each kind here is one condition over the parts:
 *
 * - **a cost spared** ("You don't pay for the return", "you haven't paid anything extra", "u wont pay a penny", "You didn't
 *   pay anything extra"): the customer, a negation in any tense, then a verb of paying or losing whose object is a cost
 *   or a loss to them. With a past or perfect negation ("didn't", "haven't") only a cost said with a quantifier counts
 *   ("anything", "a penny", "extra", "twice", "any fee"): "You didn't pay the fee" and "you haven't paid the invoice" stay
 *   blame, and so does anything still owed ("you haven't paid anything yet");
 * - **comfort forbidden nothing** ("Please don't stress about it", "dont panic", "Please don't apologise", "please don't
 *   feel bad"): a negated imperative whose verb is the customer's own worry, guilt or hurry lifts it. "Please don't call
 *   us again", "Don't raise your voice" stay commands;
 * - **a candour tag on thanks or praise** ("I can't thank you enough, honestly.", "We couldn't be happier, honestly!",
 *   "You've been brilliant, honestly"): "honestly" after gratitude, praise or joy only says it is meant. After anything
 *   else ("It's not our fault, honestly.") it stays flagged.
 *
 * A candidate read here is dropped before any suggestion is chosen (wired in neutral15.en.ts's `neutralReason`, which the
 * engine calls for pack and generic candidates alike).
 */

export interface Neutral16Candidate {
  start: number;
  end: number;
  sentenceStart: number;
}

function sentenceEnd(draft: string, at: number): number {
  const m = /[.!?\n]/.exec(draft.slice(at, at + 300));
  return m ? at + m.index + 1 : Math.min(draft.length, at + 300);
}

const A = `['’]?`;
/** A negation said of a general or coming cost: any object of cost counts. */
const NEG_NOW = String.raw`(?:don${A}t|dont|do not|won${A}t|wont|will not|will never|never|shouldn${A}t|should not|needn${A}t|need not|(?:don${A}t|dont|do not|won${A}t|wont|will not) (?:need|have) to|aren${A}t|arent|are not|won${A}t be|will not be)`;
/** A negation of what already happened: only a quantified cost counts. */
const NEG_PAST = String.raw`(?:didn${A}t|didnt|did not|haven${A}t|havent|have not|hadn${A}t|had not|weren${A}t|werent|were not|never)`;
const PAY = String.raw`(?:pay(?:ing)?|paid|spend(?:ing)?|spent|owe|owed|forfeit(?:ed)?|incur(?:red)?|be (?:charged|billed|debited)|been (?:charged|billed|debited)|being (?:charged|billed)|charged|billed|out of pocket)`;
const LOSE = String.raw`(?:lose|lost|losing|miss out on|missed out on|be out of pocket|been out of pocket)`;
/** A cost said with a quantifier: a spared one whatever the tense. */
const QUANT_COST = String.raw`(?:anything|a (?:penny|cent|dime|thing|single (?:penny|cent))|(?:any|anything|a penny|a cent)\s+(?:extra|more)|extra|more(?: than\b[^.;!?,]{0,30})?|twice|double|again|(?:a|any)\s+(?:extra\s+|additional\s+|cancellation\s+|admin\s+|late\s+|booking\s+|delivery\s+|return\s+|change\s+)?(?:fee|charge|surcharge|penalty|premium|postage|shipping|cost)s?)`;
/** A cost named in a general statement: "for the return", "the delivery fee", "postage". */
const ANY_COST = String.raw`(?:${QUANT_COST}|for (?:the |your |any |a )?(?:return|returns|shipping|delivery|postage|courier|label|repair|replacement|swap|upgrade|collection|exchange|call|change|transfer)\b|(?:the\s+)?(?:\w+\s+)?(?:fee|surcharge|penalty|postage|shipping|delivery charge|difference)s?\b)`;
const YOU = String.raw`\b(?:you|u)\s+(?:(?:really|even|actually|ever|also|then)\s+)?`;
const COST_SPARED_NOW = new RegExp(String.raw`${YOU}${NEG_NOW}\s+(?:(?:even|ever|actually|need to|have to|end up|get)\s+)?(?:${PAY}|${LOSE})\s+${ANY_COST}`, 'i');
const COST_SPARED_PAST = new RegExp(String.raw`${YOU}${NEG_PAST}\s+(?:(?:even|ever|actually|need to|have to|end up|get)\s+)?(?:${PAY}|${LOSE})\s+${QUANT_COST}`, 'i');
/** Still owed: "you haven't paid anything yet", "… so far, so the order is on hold". */
const STILL_OWED = /\b(?:yet|so far|still (?:owe|owing|due|outstanding|need|have to|unpaid)|until|so (?:the|we|your|i|it)|which is why)\b/i;

/** A negated imperative of the customer's own worry, guilt or hurry. */
const COMFORT = new RegExp(
  String.raw`\b(?:please\s+)?(?:don${A}t|dont|do not|you needn${A}t|you neednt|you need not|never)\s+(?:you\s+)?(?:ever\s+)?(?:worry|fret|stress|panic|feel (?:bad|guilty|silly|awful|embarrassed|stupid|sorry|rushed|pressured)|be (?:sorry|embarrassed|hard on yourself|alarmed|worried|concerned|anxious)|apologi[sz]e|rush|hurry|beat yourself up|lose (?:any )?sleep)\b`,
  'i',
);

/** Thanks, praise or joy before a candour tag. */
const APPRECIATION = /\b(?:thank(?:s| you)?|grateful|appreciate[ds]?|recommend|delighted|thrilled|happ(?:y|ier)|glad|pleased|proud(?:er)?|love(?:d|ly)?|brilliant|great|amazing|fantastic|wonderful|excellent|superb|star|pleasure|congratulations|well done|can(?:['’]?t|not) wait)\b/i;
/** Negations that belong to a praise idiom ("can't thank you enough", "couldn't be happier", "can't wait"). */
const PRAISE_NEG_IDIOM = /\b(?:can['’]?t|cannot|can not|couldn['’]?t|could not)\s+(?:(?:thank|recommend|praise|rate)\b[^,.;!?]{0,40}?\benough|be (?:happier|prouder|more (?:pleased|grateful|delighted|thrilled|excited))|wait)\b/gi;
const NEGATIVE_LEFT = /(?:\bnot\b|n['’]t\b|\bno\b|\bnever\b|\bunfortunately\b|\bsorry\b|\bbut\b|\bafraid\b|\bfault\b|\bcan['’]?t\b|\bcannot\b)/i;
const TAG = /^\s*,?\s*(?:to be (?:honest|frank)|honestly|frankly|truthfully|tbh|in all honesty|if i['’]m honest)\s*[.!]*\s*$/i;

/** Why an English candidate is neutral by a generalised protective reading, or null. */
export function neutral16Reason(draft: string, c: Neutral16Candidate, category: string): string | null {
  const se = Math.max(sentenceEnd(draft, c.end), c.end);
  if (category === 'blame' || category === 'cant-wont') {
    const lo = Math.max(c.sentenceStart, c.start - 12);
    const text = draft.slice(lo, se);
    for (const re of [COST_SPARED_NOW, COST_SPARED_PAST]) {
      const m = re.exec(text);
      if (!m || lo + m.index >= c.end || lo + m.index + m[0].length <= c.start) continue;
      const rest = text.slice(m.index + m[0].length).split(/[.;!?\n]/)[0];
      if (STILL_OWED.test(rest)) continue;
      return 'neutral:cost-spared';
    }
    return null;
  }
  if (category === 'commands') {
    const lo = Math.max(c.sentenceStart, c.start - 12);
    const text = draft.slice(lo, se);
    const m = COMFORT.exec(text);
    return m && lo + m.index < c.end && lo + m.index + m[0].length > c.start ? 'neutral:comfort' : null;
  }
  if (category === 'other') {
    // A tag at the end of its sentence: "…, honestly."
    if (!TAG.test(draft.slice(c.start, se))) return null;
    const before = draft.slice(c.sentenceStart, c.start);
    if (!APPRECIATION.test(before)) return null;
    return NEGATIVE_LEFT.test(before.replace(PRAISE_NEG_IDIOM, ' ')) ? null : 'neutral:candour-tag';
  }
  return null;
}
