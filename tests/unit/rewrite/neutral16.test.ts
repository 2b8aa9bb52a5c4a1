// @vitest-environment node
/**
 * Protective readings generalised over their parts (lib/rewrite/neutral16.en.ts, sixteenth session, issue 12): a sample
 * of the variant matrix (scripts/en-neutral-matrix.ts, generated from parts, no evaluation split's items) stays silent,
 * and the close contrasts of each kind read here are still flagged.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';
import { draftNotOwnRanges } from '../../../lib/text/signature.ts';
import { neutralMatrix } from '../../../scripts/en-neutral-matrix.ts';

const flags = (s: string) => {
  const exclude = draftNotOwnRanges(s);
  return suggestRewrites(s, builtinPacks, exclude.length ? { exclude, generic: true } : { generic: true });
};
const flagged = (s: string) => flags(s).length > 0;

/** Neutrals the matrix lists that stay flagged on purpose (en-core's `no-problem-*`; a treat recommended with "!" alone). */
const LEFT_FLAGGED = (s: string) => /^Not a problem\b/.test(s) || /that's not a problem/.test(s) || (/^(?:you|u)\b.*\b(?:must|have to|got to|gotta)\b[^.,—]*!$/i.test(s));

describe('English neutral variant matrix (neutral16.en.ts)', () => {
  it('a sample of every kind of neutral stays silent', () => {
    const neutrals = neutralMatrix().filter((x) => x.label === 'neutral' && !LEFT_FLAGGED(x.text));
    const sample = neutrals.filter((_, i) => i % 61 === 0);
    expect(sample.length).toBeGreaterThan(300);
    const wrong = sample.filter((x) => flagged(x.text)).map((x) => `${x.kind}: ${x.text} <${flags(x.text).map((s) => s.ruleId).join(',')}>`);
    expect(wrong).toEqual([]);
  });

  it('a cost spared, in any tense', () => {
    for (const s of ["You don't pay for the return.", "u havent paid anything extra", "You didn't pay a penny, the payment was blocked.", 'You will not pay any cancellation fee.'])
      expect(flagged(s), s).toBe(false);
    for (const s of ["You didn't pay the fee.", "You haven't paid the invoice.", "You haven't paid anything yet, so the order is on hold.", 'You won\'t be refunded if you cancel today.'])
      expect(flagged(s), s).toBe(true);
  });

  it('comfort and a benefit reminder are no commands', () => {
    for (const s of ["Please don't stress about it, it happens.", 'Please do not apologise.', "Don't forget to claim your free gift!"]) expect(flagged(s), s).toBe(false);
    for (const s of ['Please do not call us again.', "Don't forget to bring your receipt."]) expect(flagged(s), s).toBe(true);
  });

  it('a harm we will not do', () => {
    for (const s of ["We won't take any payment without asking you first.", 'I will not pass your number on.', "We don't bill you for this."]) expect(flagged(s), s).toBe(false);
    for (const s of ["We won't refund you.", "We don't replace it."]) expect(flagged(s), s).toBe(true);
  });

  it('candour before exoneration or after thanks, blame denied, a landmark, empathy', () => {
    for (const s of ["Honestly, it wasn't your fault.", "Honestly, you're not to blame.", "I can't thank you enough, honestly!", 'None of this is on you, the system glitched.', "You can't miss it, it's right by the entrance.", "I can't blame you for being upset."])
      expect(flagged(s), s).toBe(false);
    for (const s of ["Honestly, it's not our fault.", 'It is not our fault, honestly.', "You can't miss the deadline.", "I can't help you with that."]) expect(flagged(s), s).toBe(true);
  });

  it('a treat recommended, not a duty', () => {
    for (const s of ["You have to try the chocolate cake, it's amazing.", "You must see the view from the roof terrace — you'll love it."]) expect(flagged(s), s).toBe(false);
    for (const s of ['You must visit the branch in person.', 'You have to try again later.']) expect(flagged(s), s).toBe(true);
  });

  it('a harm spared, a requirement lifted, blame denied by its object, amazement, a welcome with help offered', () => {
    for (const s of ["u wont be chrged, no worries", 'Your line will not be cut off during the switch.', 'we no longer need your receipt for that.', "No, you haven't done anything wrong.", "We can't get over how quick that was!", 'No problem at all Sam - happy to add the extra suitcase.', 'No problem at all! Glad to change the date for you.'])
      expect(flagged(s), s).toBe(false);
    for (const s of ["You won't be refunded.", 'We no longer offer refunds.', "We can't get over the fee.", "We can't refund you, sorry.", 'No problem at all!', "No problem at all, I've passed your comments on."]) expect(flagged(s), s).toBe(true);
  });
});
