/**
 * A "who handles this" blank where the sentence already says who or where (sixteenth session, branch rwalt7, issue 12).
 * "Your landlord's insurer would have to answer that, it's not our responsibility" -> "…, the team that handles this
 * is ___", "This office is not responsible for renewals; please contact the Passport Office" -> "___ takes care of
 * renewals; please contact …", «… برین از خود فروشنده بپرسین، اما ___»: the reader finds the answer twice, the second
 * time as a blank that fits badly (late13 blind reader, en and fa; the same shape in late10, late11, near15). The draft
 * already points the customer somewhere, so the suggestion stays advice: flagged, explained, no text change.
 */

/** An English template that names the team, person or party in charge through its blank. */
const EN_DEFLECT_BLANK = /\b(?:team (?:that|who) (?:handles|helps)|team for\b|takes care of|person who decides)\b/i;
/** The sentence already sends the customer somewhere, or names who answers. */
const EN_REDIRECT = new RegExp(
  [
    String.raw`\b(?:contact|call|ring|phone|e-?mail|message|ask|write to|reach out to|reaching out to|speak (?:to|with)|talk to|get in touch with)\s+(?:the |your |our |their |a |an )?[a-z0-9]`,
    String.raw`\b(?:go(?:es)?|went|goes) (?:straight )?through\b`,
    String.raw`\b(?:handled|dealt with|managed|decided|answered) by\b`,
    String.raw`\b(?:would|will|['’]d|['’]ll|need to|needs to|has to|have to) (?:have to |need to )?(?:answer|handle|deal with|sort|decide)\b`,
    String.raw`\bcan help (?:you )?(?:best|with (?:this|that))\b`,
    String.raw`\bis (?:one|a question|a matter) for\b`,
  ].join('|'),
  'i',
);

/** Why an English template's blank repeats who handles it, or null. `before`/`after`: its sentence as Apply leaves it. */
export function redirectBlankReasonEn(before: string, rep: string, after: string, kind: 'rewrite' | 'template'): string | null {
  if (kind !== 'template' || !rep.includes('___') || !EN_DEFLECT_BLANK.test(rep)) return null;
  return EN_REDIRECT.test(`${before} ${after}`) ? 'template:redirect-said' : null;
}

/**
 * Persian (folded text, ZWNJ as a space): the sentence already tells the customer whom to ask or where to go
 * («از فروشنده بپرسین», «با بانک تماس بگیرید», «به دفتر مراجعه کنید», «اینو باید فرودگاه جواب بده»).
 */
const FA_REDIRECT =
  /(?:^|\s)(?:بپرسی[نید]?|بپرس|بپرسید|سوال کنی[نید]|تماس\s+بگیری[نید]|تماس\s+بگیر|تماس\s+حاصل\s+فرمایی[د]|مراجعه\s+(?:کنی[نید]|بکنی[نید]|فرمایی[د]|بفرمایی[د]|کن)|پیگیری\s+(?:کنی[نید]|بفرمایی[د])|در\s+میان\s+بگذاری[نید]|در\s+میون\s+بذاری[نید]|پیام\s+بدی[نید]|(?:باید|بایست)\s+(?:\S+\s+){0,3}(?:جواب|پاسخ)\s+(?:بده|بدن|بدهد|بدهند|دهد|دهند))(?=\s|$)/;

/** Whether a Persian template's blank lands in a sentence that already redirects the customer. */
export function redirectSaidFa(sentenceFolded: string, replacements: readonly string[]): boolean {
  if (!replacements.length || !replacements.every((r) => r.includes('___'))) return false;
  return FA_REDIRECT.test(` ${sentenceFolded.replace(/\u200c/g, ' ').replace(/[.،,!؛:؟?]/g, ' ')} `);
}

/**
 * A "While I can't X, what I can do is ___" frame is a sentence opener: after "but" or "and", or run into a clause with no
 * mark between ("I've tried twice but while I can't …", "once the order is past day 60 while I can't …") it stacks two
 * frames (late13 S035, near15 I150, I151). A refused action that ends on a preposition ("while we don't do swaps on,")
 * lost its object to the words before the match (near15 I123). Both stay advice. `before`, `rep`: lower case.
 */
export function whileFrameReasonEn(before: string, rep: string, kind: 'rewrite' | 'template'): string | null {
  if (kind !== 'template' || !/^[\s,]*while\b/.test(rep)) return null;
  if (/\b(?:on|for|with|to|about|from|in|at|of|into|onto|over)\s*,\s*what\b/.test(rep)) return 'template:while-stranded-preposition';
  const head = before.replace(/^[\s\S]*[.!?\n]\s*/, '');
  if (!/[a-z0-9]/.test(head)) return null;
  // A greeting, an opener or a clause closed by its own mark ("Hi Sam, ", "Thanks for waiting - ") is where a sentence can start.
  // (A comma the engine puts before the frame closes a short greeting, "Hi Sam", never a fronted clause of time or condition.)
  if (/^\s*(?:once|after|before|when|whenever|if|since|because|as soon as|until|till|unless)\b/.test(head)) return 'template:while-mid-sentence';
  const closed = /[,;:\u2013\u2014-]\s*$/.test(head) || (/^\s*,/.test(rep) && (head.match(/[a-z0-9'’]+/g) ?? []).length <= 3);
  if (closed && !/\b(?:but|and|so|or|yet)\s*[,;:]?\s*$/.test(head)) return null;
  return 'template:while-mid-sentence';
}

/**
 * An opener a rewrite puts at the start of a sentence takes its comma when the draft had none: "as i said the refund
 * is processed" -> "Just to recap, the refund is processed", not "Just to recap the refund …" (late10 D037; mix3 M115,
 * M137). `rep`: one rendered replacement; `next`: the draft right after the match.
 */
const OPENER = /^(?:just to recap|to recap|to clarify|just to clarify|to follow up on (?:my|our) (?:earlier|previous|last) (?:message|conversation|email|reply))$/i;
export function openerComma(rep: string, next: string): string {
  return OPENER.test(rep.trim()) && /^[ \t]+[\p{L}\p{N}]/u.test(next) ? rep.replace(/\s*$/, ',') : rep;
}
