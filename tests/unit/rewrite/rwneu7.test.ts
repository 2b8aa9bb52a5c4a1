// @vitest-environment node
/**
 * Issue 12, sixteenth session (branch rwneu7): rules tightened by construction after the per-rule table of
 * scripts/rule-fires.en.ts (every English development split and the Bitext agent responses). Sentences written for this
 * test, none taken from an evaluation split; each neutral has a close negative contrast that stays flagged.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';

const rules = (s: string) => suggestRewrites(s, builtinPacks, { generic: true }).map((g) => g.ruleId);
const flagged = (s: string) => rules(s).length > 0;

describe('"you need to" in a relative clause is no order (relative.en.ts, you-need-to-2 unless)', () => {
  it('a noun phrase before "you": the need describes a thing', () => {
    expect(flagged('Here are the forms you need to print for the garage.')).toBe(false);
    expect(flagged('Pick the delivery slot you need to change from the list.')).toBe(false);
    expect(flagged('The two receipts you will need to keep are the deposit and the final invoice.')).toBe(false);
    expect(flagged('Open the booking for which you need to add a passenger.')).toBe(false);
    expect(flagged('Our guide has all the details you need to set up the speaker.')).toBe(false);
    // Contrast: the same words as an order.
    expect(rules('You need to print the forms for the garage.')).toContain('you-need-to-2');
    expect(rules('Sorry, you need to change the delivery slot.')).toContain('you-need-to-2');
  });

  it('a fronted clause without its comma keeps the order', () => {
    expect(rules('To change the delivery slot you need to call the depot.')).toContain('you-need-to-2');
    expect(rules('Before we can replace the kettle you need to send us the receipt.')).toContain('you-need-to-2');
    expect(rules('Hi Jo, if you want the old plan back you have to cancel the upgrade first.').length).toBeGreaterThan(0);
    expect(flagged('We only sell tickets here, so for a refund on the coach you will need to contact the operator.')).toBe(true);
  });

  it('a copular deflection keeps the order', () => {
    expect(flagged("That's a matter you'll need to raise with your landlord.")).toBe(true);
  });

  it("the customer's own need reported back is no order", () => {
    expect(flagged("I'm sorry to learn that you need to cancel the trip.")).toBe(false);
    expect(flagged('You mentioned that you need to move the appointment.')).toBe(false);
    expect(rules('You need to move the appointment.')).toContain('you-need-to-2');
  });
});

describe('"nobody can … without …" is a safeguard, not a refusal (generic negated-ability)', () => {
  it('anyone kept out unless a condition is met', () => {
    expect(flagged('Your wallet is locked, so nobody can send money out of it without your fingerprint.')).toBe(false);
    expect(flagged('No one can change the delivery address unless they know the order PIN.')).toBe(false);
    // Contrast: the agent's team refusing, with or without a condition.
    expect(rules('Nobody here can approve a refund for that order.')).toContain('negated-ability');
    expect(rules('Nobody here can approve that without a manager.')).toContain('negated-ability');
    expect(rules('No one can refund a used ticket, sorry.')).toContain('negated-ability');
  });
});

describe("the customer's situation acknowledged back is no blame (acknowledged.en.ts)", () => {
  it('an empathy frame before "you" + negation', () => {
    expect(flagged("I'm so sorry to hear that you haven't had the replacement card yet.")).toBe(false);
    expect(flagged("I completely understand you haven't been able to use the gym since the fire.")).toBe(false);
    expect(flagged('Sorry to learn you made a mistake with the dates, let me help you fix them.')).toBe(false);
    // Contrast: the same clause bare or after a pointing frame stays blame.
    expect(rules("You haven't activated the replacement card.")).toContain('you-havent');
    expect(rules("I can see you didn't tick the box for next-day delivery.")).toContain('you-didnt');
    expect(rules('It looks like you made a mistake with the dates.')).toContain('you-made-mistake');
  });
});
