// @vitest-environment node
/**
 * (data35) The English learnt reader's hypothetical-consequence gate (lib/rewrite/learnt/neg.en.ts
 * hypotheticalConsequence): "If the invoice isn't paid, that would be a breach of the contract", "If you cancel now you
 * would lose the discount" tell what a case would lead to: information, not blame, dismissal or a dig. A counterfactual
 * past, a consequence of knowing and a condition that points stay read ("If you had read the email you would know").
 * Sentences are this test's own (other trades than the evaluation sets and the matrices); learnt-* test files are not in
 * the reader's training pool.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeSentenceTokens } from '../../../lib/nlp/index.ts';
import { HYPOTHETICAL_GATE, hypotheticalConsequence, loadNegEnModel, readNegEn, wishedEnjoyment } from '../../../lib/rewrite/learnt/neg.en.ts';

/** The gate asked of `sentence` with the span over the words of `spanText` (their first occurrence). */
function gates(sentence: string, spanText: string): boolean {
  const tokens = analyzeSentenceTokens(sentence);
  const a = sentence.indexOf(spanText);
  if (a < 0) throw new Error(`no «${spanText}» in «${sentence}»`);
  const span = tokens.filter((t) => t.word && t.start >= a && t.end <= a + spanText.length);
  return hypotheticalConsequence(tokens, span);
}

/** Hypothetical consequences of other trades, spellings and registers: [sentence, span a reader could read]. */
const CONSEQUENCES: Array<[string, string]> = [
  ["If the invoice isn't paid, that would be a breach of the contract.", 'breach of'],
  ['If you cancel now you would lose the discount.', 'lose the discount'],
  ['If the seal on the filter is broken, the warranty would be void.', 'would be void'],
  ['If you park in the staff bay, that would be a breach of the site rules.', 'breach'],
  ['if u sublet the flat that would breach the tenancy', 'breach'],
  ["If the boiler isn't serviced every year, the cover could lapse.", 'could lapse'],
  ['If you return the bike after 30 days you might lose the refund.', 'lose the refund'],
  ['Unless the form is signed by Friday, the grant would go to the next applicant.', 'would go'],
  ['If the dog is off the lead in the reserve, the ranger could issue a fine.', 'issue a fine'],
  ['If you skip the second dose, the course would need to start again.', 'need to start again'],
  ['If the tenant leaves before March they would forfeit the deposit.', 'forfeit the deposit'],
  ["If you switch plans mid-month you'd pay for both that month.", 'pay for both'],
  ['If you cancel after the cut-off, you would have to pay the full fare.', 'have to pay'],
];

/** Still read: [sentence, span], a counterfactual or pointing reproach, or no condition at all. */
const STILL_READ: Array<[string, string]> = [
  ['If you had read the email you would know.', 'would know'],
  ["If you'd read the terms you would have seen the fee.", "you'd read"],
  ["If you'd read the terms you would have seen the fee.", 'would have seen'],
  ['If you read the instructions properly, you would not have this problem.', 'would not have this problem'],
  ['If you actually checked your inbox you would see it.', 'would see it'],
  ['If you had followed the fitting guide, the tap would not leak.', 'would not leak'],
  ['If you had booked earlier, you could have had the window seat.', 'could have had'],
  ['If you listened to the voicemail you would be aware of the change.', 'would be aware'],
  // No condition: the consequence alone is the rules' and the reader's to judge.
  ['That would be a breach of the contract.', 'breach of'],
  ['You would lose the discount anyway.', 'lose the discount'],
  // The span in the condition, not the consequence.
  ['If you are late again, you would miss the slot.', 'late again'],
];

describe('hypothetical-consequence gate (data35)', () => {
  it.each(CONSEQUENCES)('gates a span in the consequence of a plain case: %s', (s, span) => {
    expect(gates(s, span)).toBe(true);
  });

  it.each(STILL_READ)('leaves a counterfactual, pointing or unconditioned span to the reader: %s', (s, span) => {
    expect(gates(s, span)).toBe(false);
  });
});

describe('hypothetical-consequence gate with the shipped reader (data35)', () => {
  beforeAll(() => loadNegEnModel());
  const SEEN = ['If the lease is signed late, that would be a breach of the contract, so we send reminders.', ...CONSEQUENCES.map(([s]) => s)];
  const CATS = new Set(['blame', 'dismissive', 'passive-aggressive']);

  it.each(SEEN)('no blame, dismissive or passive-aggressive span on a hypothetical consequence: %s', (s) => {
    expect(readNegEn(s).filter((h) => CATS.has(h.category))).toEqual([]);
  });

  it('the gate is what keeps at least one quiet (the reader reads one of them with the gate off)', () => {
    HYPOTHETICAL_GATE.on = false;
    try {
      expect(SEEN.filter((s) => readNegEn(s).some((h) => CATS.has(h.category))).length).toBeGreaterThan(0);
    } finally {
      HYPOTHETICAL_GATE.on = true;
    }
  });
});

/** (data35) A wish for the customer's enjoyment ("Hopefully the new sofa can be enjoyed for years!"): no hedge. */
const WISHES = ['Hopefully you enjoy the new blinds!', 'hopefully u love the new bike', 'Hopefully the kids have fun at the climbing wall!', 'Hopefully the new lens is enjoyed for many years.', 'Hopefully you like the new colour as much as we do!'];
/** Still read: a result hedged, a date named, a negation. */
const HEDGES = ['Hopefully we can have the boiler fixed by the weekend!', 'Hopefully you can enjoy it by Friday.', "Hopefully you won't mind the wait, we like to be thorough.", 'Hopefully the parts arrive so you can enjoy the bike.', 'hopefully the refund shows up in like 5 days? 🤞', 'Hopefully it looks like new after the polish.'];

describe('wished-enjoyment gate (data35)', () => {
  const span = (s: string) => {
    const tokens = analyzeSentenceTokens(s);
    return { tokens, span: tokens.filter((t) => t.word && t.norm === 'hopefully') };
  };
  it.each(WISHES)('gates a lone "hopefully" before a wish to enjoy: %s', (s) => {
    const { tokens, span: sp } = span(s);
    expect(wishedEnjoyment(tokens, sp)).toBe(true);
  });
  it.each(HEDGES)('leaves a hedged result, a date or a negation to the reader: %s', (s) => {
    const { tokens, span: sp } = span(s);
    expect(wishedEnjoyment(tokens, sp)).toBe(false);
  });
});
