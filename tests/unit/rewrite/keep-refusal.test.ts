// @vitest-environment node
/**
 * English refusal templates keep the agent's refusal as written and add the offer after it
 * (lib/rewrite/keep-refusal.ts, tactful.en.core 1.6.6): "Rather than refund a gift card once it's been
 * activated, ___" was judged wrong or awkward in every blind reading (late5-late7: it drops the
 * "can't" and reads as a choice). Sentences written for this test, not taken from an evaluation set.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { applyAll, suggestRewrites } from '../../../lib/rewrite/index.ts';
import { fitKeptRefusal, keepsRefusal, keptRefusalReason } from '../../../lib/rewrite/keep-refusal.ts';

const suggest = (draft: string) => suggestRewrites(draft, builtinPacks, { cache: false });
const after = (draft: string) => applyAll(draft, suggest(draft));
const kinds = (draft: string) => suggest(draft).map((s) => s.kind);

describe('a refusal template keeps what cannot be done, in the agent\'s words', () => {
  it('"can\'t / unable / not allowed / no way" stay, the offer follows', () => {
    expect(after('As discussed, we\'re unable to extend the loan term past five years.')).toBe("As discussed, we're unable to extend the loan term past five years, but what we can do is ___.");
    expect(after("I won't be able to move the exam to a weekend.")).toBe("I won't be able to move the exam to a weekend, but what I can do is ___.");
    expect(after("You can't combine two loyalty cards.")).toBe("You can't combine two loyalty cards, but what you can do is ___.");
    expect(after('There is no way for us to restore a deleted photo album.')).toBe('There is no way for us to restore a deleted photo album, but what we can do is ___.');
    for (const d of ["We can't reprint a lost parking permit.", "I'm not authorised to lift the account freeze.", "It's not possible to split the deposit."]) {
      expect(after(d), d).not.toMatch(/rather than/i);
      expect(after(d).startsWith(d.slice(0, -1)), d).toBe(true);
    }
  });

  it('a "once / when / if" condition stays with the refusal, and a trailing "sorry" stays where the agent put it', () => {
    expect(after('hey Sam, we cant swap a used voucher once its been redeemed, sorry')).toBe('hey Sam, we cant swap a used voucher once its been redeemed, sorry, but ___');
    expect(after("There's no way to cancel a bank transfer once it has cleared.")).toBe("There's no way to cancel a bank transfer once it has cleared, but ___.");
    expect(after("I can't change the pickup point when the parcel is already on the van.")).toMatch(/^I can't change the pickup point when the parcel is already on the van, but (?:what I can do is )?___\.$/);
  });

  it('a "but" already in the sentence: the offer is a sentence of its own', () => {
    expect(after("I'd love to help, but I'm not allowed to share the driver's number.")).toBe("I'd love to help, but I'm not allowed to share the driver's number. What I can do is ___.");
    expect(after("I'm sorry but we cannot refund a personalised mug.")).not.toMatch(/, but what/);
    // "anyone but" is "except": no second sentence.
    expect(after("We aren't allowed to discuss the claim with anyone but the policyholder.")).toBe("We aren't allowed to discuss the claim with anyone but the policyholder, but what we can do is ___.");
  });

  it('a sentence that already offers a way forward, or says there is none: advice, the draft stays', () => {
    for (const d of [
      "we cant post to a locker, you'd need to pick a home address",
      "We can't refund the fee, I've passed it to billing for a credit instead.",
      "I can't reopen the ticket, it's out of my hands.",
      "We can't unlock the handset, there's nothing else we can do.",
      "We can't extend the trial, so I'm adding a discount code to your account.",
    ]) {
      expect(kinds(d), d).toContain('advice');
      expect(after(d), d).toBe(d);
    }
  });

  it('look-alikes keep working: an offer already after "but", and what is not a refusal', () => {
    expect(suggest("We can't upgrade the room, but we can add breakfast.")).toEqual([]);
    expect(after("We can't wait to see you!")).toBe("We can't wait to see you!");
    expect(after("If we can't reach you, we'll email.")).toBe("If we can't reach you, we'll email.");
    // "Hi Sam, unfortunately we can't …": the deletion before the template keeps the greeting's comma.
    expect(after("Hi Priya, unfortunately we can't reprint the ticket.")).toBe("Hi Priya, we can't reprint the ticket, but what we can do is ___.");
  });
});

describe('keep-refusal helpers', () => {
  it('knows a template that keeps its match', () => {
    expect(keepsRefusal("we can't do X", "We can't do X, but what we can do is ___")).toBe(true);
    expect(keepsRefusal("we can't do X", 'Rather than do X, we can ___')).toBe(false);
    expect(keepsRefusal("we can't do X", "we can't do X")).toBe(false);
  });
  it('turns a second "but" into a sentence of its own, in the draft\'s capitals', () => {
    expect(fitKeptRefusal('Sorry but ', "we can't do X", "we can't do X, but what we can do is ___")).toBe("we can't do X. What we can do is ___");
    expect(fitKeptRefusal('SORRY BUT ', "WE CAN'T DO X", "WE CAN'T DO X, BUT WHAT WE CAN DO IS ___")).toBe("WE CAN'T DO X. WHAT WE CAN DO IS ___");
    expect(fitKeptRefusal('Hi, ', "we can't do X", "we can't do X, but what we can do is ___")).toBe("we can't do X, but what we can do is ___");
  });
  it('gives a reason only for the kinds it reads', () => {
    expect(keptRefusalReason('Sorry but ', "we can't do X once Y", "we can't do X once Y, but ___")).toBe('template:double-but');
    expect(keptRefusalReason('', "we can't do X, please call", "we can't do X, please call, but what we can do is ___")).toBe('template:offer-already');
    expect(keptRefusalReason('', "we can't do X", "we can't do X, but what we can do is ___")).toBeNull();
    expect(keptRefusalReason('please note ', "we can't do X", "we can't do X, but what we can do is ___")).toBeNull();
  });
});

describe('a rewrite never leaves its words doubled in the sentence (late7 kinds)', () => {
  it('"sorry sorry sorry" is not cut to "sorry sorry"', () => {
    expect(after('Sorry sorry sorry!! on it now')).not.toMatch(/^Sorry sorry!!/);
    expect(after('sorry sorry, on it now')).toBe('Sorry, on it now');
  });
  it('two apologies made thanks do not thank for patience twice', () => {
    const out = after('Apologies for the wait on this, and apologies again for the mix-up.');
    expect(out.match(/for your patience/g)?.length ?? 0).toBeLessThanOrEqual(1);
    expect(after('Sorry again for the hassle, and have a lovely weekend.')).toBe('Thank you again for your patience, and have a lovely weekend.');
  });
});
