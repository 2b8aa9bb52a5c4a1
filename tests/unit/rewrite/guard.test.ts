// @vitest-environment node
/**
 * Honest English alternatives (lib/rewrite/guard.ts): where the rest of the sentence would make the
 * applied alternative wrong, the suggestion stays flagged as advice with no text; where it reads
 * right, the text stays. Sentences are not in the evaluation sets.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks, ruleCommitmentFailures, type PackRule } from '../../../lib/packs/index.ts';
import { applyAll, suggestRewrites } from '../../../lib/rewrite/index.ts';

import { after, suggest, withheld } from './withheld.ts';

describe('a negation removed while its clause keeps a word that needs it', () => {
  it('"yet", "either", "ever", "at all", "anyone": the refusal template keeps its negation, so they stay licensed', () => {
    expect(after("We can't extend the offer to anyone yet.")).toBe("We can't extend the offer to anyone yet, but what we can do is ___.");
    expect(after("I can't refund the shipping either.")).toBe("I can't refund the shipping either, but what I can do is ___.");
    expect(after("We can't ever guarantee a named courier.")).toBe("We can't ever guarantee a named courier, but what we can do is ___.");
    expect(after("We won't be able to post to Jersey at all.")).toBe("We won't be able to post to Jersey at all, but what we can do is ___.");
  });
  it('keeps the frame where nothing in the clause needs the negation', () => {
    expect(after("We can't extend the offer to new members.")).toBe("We can't extend the offer to new members, but what we can do is ___.");
    // a degree ("any further") and free choice ("anyone but") need no negation
    expect(after("We aren't able to lower the rate any further.")).toBe("We aren't able to lower the rate any further, but what we can do is ___.");
  });
  it('"any" turned into "some" would say something exists: advice', () => {
    withheld("We won't have any stock until the shipment lands.", "won't");
  });
});

describe('a template whose sentence goes on after the blank', () => {
  it('a refusal repeated after it: advice; its reason stays before the offer', () => {
    withheld("I can't refund the ticket, there's nothing else I can do.", "can't");
    withheld("We can't move the slot, it's out of our hands now.", "can't");
    expect(after("We can't swap the tyres, the garage closes at four.")).toBe("We can't swap the tyres, the garage closes at four, but what we can do is ___.");
    expect(after("I can't give you the code for security reasons.")).toBe("I can't give you the code for security reasons, but what I can do is ___.");
  });
  it('a second clause run into the refused action: advice; a subordinate clause of its own stays', () => {
    withheld("hi so basically we cant move the meter over the phone you'd need to book a visit ok", 'cant');
    expect(after("We can't resize the ring once it's been engraved.")).toBe("We can't resize the ring once it's been engraved, but ___.");
  });
  it('a filler at the end is not the sentence going on', () => {
    expect(after('we cant refund the ticket sorry')).toBe('We cant refund the ticket sorry, but what we can do is ___');
  });
});

describe('time refusals keep their point in time', () => {
  it('a limiter or a one-off event made "from <point>": advice', () => {
    withheld("The parts won't arrive until at least Wednesday.", "won't");
    withheld("The courier won't collect it until next week.", "won't");
  });
  it('"won\'t … before" is not a promise that it happens then', () => {
    withheld("The insurer won't pay out before the assessor reports.", "won't");
  });
  it('a possibility or a state keeps its rewrite', () => {
    expect(after("We can't deliver before Tuesday.")).toBe('We can deliver from Tuesday.');
    expect(after("The form won't be available until Monday.")).toBe('The form will be available from Monday.');
  });
  it('"I\'m afraid" after the time goes with the rewrite in one suggestion', () => {
    const found = suggest("Not till Friday, I'm afraid.");
    expect(found).toHaveLength(1);
    expect(found[0].replacements[0]).toBe('From Friday.');
    // A template that keeps the refusal needs no merge: the deletion and the template apply apart, the comma kept.
    const found2 = suggest("Hi Sam, unfortunately we can't reissue the voucher.");
    expect(found2).toHaveLength(2);
    expect(applyAll("Hi Sam, unfortunately we can't reissue the voucher.", found2.slice(0, 1))).toBe("Hi Sam, we can't reissue the voucher.");
    expect(after("Hi Sam, unfortunately we can't reissue the voucher.")).toBe("Hi Sam, we can't reissue the voucher, but what we can do is ___.");
  });
});

describe('a dismissive remark is not turned into a promise', () => {
  it('"not sure why you\'re so …" stays advice', () => {
    withheld("Not sure why you're so annoyed, the refund is on its way.", 'Not sure');
    withheld("I'm not sure why you think we'd charge twice.", 'not sure');
  });
  it('a real gap in knowledge keeps its template', () => {
    expect(after("I'm not sure why the payment failed.")).toBe("I don't have a confirmed answer yet on why the payment failed, and ___.");
  });
});

describe('clause splicing and costs', () => {
  it('"need" + a gerund with its object: advice', () => {
    withheld("I can't rebook you without paying the change fee.", "can't");
  });
  it('"just" is not put before a cost, and stays before anything else', () => {
    expect(after("We can't hold the room without a deposit.")).toBe("To hold the room, we'll need a deposit.");
    expect(after("We can't reopen the ticket without the order number.")).toBe("To reopen the ticket, we'll just need the order number.");
  });
  it('a phrase is not doubled at the seam', () => {
    withheld('As I said, just to recap, the code expires tonight.', 'As I said');
  });
});

describe('softeners on bad news', () => {
  it('"Regrettably", "I\'m afraid" before bad news stay (advice)', () => {
    withheld('Regrettably, the workshop has been cancelled.', 'Regrettably');
    withheld("I'm afraid your card was declined.", "I'm afraid");
    withheld("The parcel was lost in transit, I'm afraid.", "I'm afraid");
  });
  it('are still removed where the news is not bad', () => {
    expect(after("I'm afraid the new catalogue arrives next Tuesday.")).toBe('The new catalogue arrives next Tuesday.');
  });
});

describe('the pack check: "won\'t … before" turned into "will … once" is a promise', () => {
  const rule = (patterns: string[], replacements: string[]): PackRule =>
    ({ id: 'r', category: 'until', severity: 'warning', patterns, replacements, explanation: 'x', examples: { bad: [], good: [] } }) as unknown as PackRule;
  it('fails a rewrite that does it, passes "until" and templates', () => {
    expect(ruleCommitmentFailures(rule(['<-will> {a} before {t:clause}'], ['<will> {a} once {t}']), 'en')).toHaveLength(1);
    expect(ruleCommitmentFailures(rule(['<-will> {a} until {t:clause}'], ['<will> {a} once {t}']), 'en')).toEqual([]);
    expect(ruleCommitmentFailures({ ...rule(['<-will> {a} before {t:clause}'], ['<will> {a} once {t}, ___']), kind: 'template' }, 'en')).toEqual([]);
  });
});

describe('a request that no longer fits its sentence, and words said twice', () => {
  const suggestAll = (d: string) => suggestRewrites(d, builtinPacks, { cache: false });
  it('a past slip told with its consequence stays advice; alone it is still rewritten as a request', () => {
    const withConsequence = suggestAll("You didn't enter the right postcode, so the order went to the wrong depot.");
    expect(withConsequence.map((s) => s.kind)).toEqual(['advice']);
    expect(suggestAll("You didn't enter the right postcode.").map((s) => s.replacements[0])).toEqual(['Please enter the right postcode']);
  });
  it('an order followed by a second step is not a slip: "Then please reset the router, and wait."', () => {
    const p = suggestAll('Then you must reset the router, and wait.');
    expect(p.some((s) => s.kind !== 'advice' && /^please/i.test(s.replacements[0] ?? ''))).toBe(true);
  });
  it('a replacement the sentence already says elsewhere stays advice', () => {
    for (const d of ['Sorry for the inconvenience and thank you for your understanding.', 'We apologise for any inconvenience caused, and thank you for your understanding.']) {
      const s = suggestAll(d);
      expect(s.length).toBeGreaterThan(0);
      expect(s.every((x) => x.kind === 'advice')).toBe(true);
    }
  });
});

describe('a fronted time handed to the next clause (eleventh session)', () => {
  it('"Not until Tuesday, sorry, the depot is shut" is not "From Tuesday, sorry, the depot is shut": advice', () => {
    withheld('Not until Tuesday, sorry, the depot is shut.', 'Not until Tuesday');
    withheld('not before the 9th im afraid, the van only comes on Fridays', 'not before');
  });
  it('the same refusal alone keeps its rewrite', () => {
    expect(after("Not until Tuesday, I'm afraid.")).toBe('From Tuesday.');
  });
});

describe('an instruction to wait is not turned into one to act', () => {
  it('"Don\'t … until …" with no subject before it: advice, the draft stays', () => {
    withheld("Don't unplug the router until the lights stop flashing.", "Don't");
    withheld('Hi Sam, do not cancel the order until Friday.', 'do not');
    withheld('dont submit the form till the upload completes', 'dont');
  });
  it('a subject before it keeps the rewrite ("We don\'t deliver until Monday" -> "We deliver from Monday")', () => {
    expect(after("We don't deliver until Monday.")).toBe('We deliver from Monday.');
  });
});
