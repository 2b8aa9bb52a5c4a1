// @vitest-environment node
/**
 * English splice guards (lib/rewrite/splice-guards.en.ts, keep-refusal.ts): a replacement that would not read right
 * where Apply puts it becomes advice (same flag, no text); its look-alikes keep their text. Sentences written for
 * these tests, not taken from any evaluation split.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { applyAll, suggestRewrites } from '../../../lib/rewrite/index.ts';

import { after, suggest, withheld } from './withheld.ts';

describe('a "please" request only where an imperative can stand', () => {
  it('after a "must of / should of" typo: advice', () => {
    withheld('I reckon you must of typed the old postcode when you paid.', 'must of');
    withheld('At sign-up you must of picked the wrong plan.', 'must of');
    withheld('You must of clicked the old link.', 'must of');
  });
  it('after "note that", "is that", a subordinator or a clause-taking verb: advice', () => {
    withheld('Please note that you have to keep the tags on.', 'you have to');
    withheld('The one catch is that you must bring the original receipt.', 'you must');
    withheld('All we ask is that you have to book a slot online.', 'you have to');
    withheld('We can only reopen the ticket because you need to confirm the new email.', 'you need to');
    withheld('I think you need to clear the cache first.', 'you need to');
    withheld("I'm afraid you have to pay the late fee.", 'you have to');
    withheld('The only thing is you must show ID.', 'you must');
  });
  it('"must have" + a past participle turned into "Please have clicked": advice', () => {
    withheld('You must have accidentally clicked the old link.', 'must have');
  });
  it('keeps the request at a clause start', () => {
    expect(after('If the box is damaged, you need to send us a photo.')).toBe('If the box is damaged, please send us a photo.');
    expect(after('Hi Ana, you need to send us a photo.')).toBe('Hi Ana, please send us a photo.');
    expect(after('So you need to return it by Friday.')).toBe('So please return it by Friday.');
    expect(after('You must have your ticket ready.')).toBe('Please have your ticket ready.');
    // base forms that end in "-ing" are verbs too
    expect(after('You must bring the charger with you.')).toBe('Please bring the charger with you.');
    expect(after("You'll need to ring the billing line.")).toBe('Please ring the billing line.');
  });
});

describe('"must have" + a noun phrase is a requirement, not a guess', () => {
  it('never "it looks like you may have your …": advice', () => {
    for (const d of ['You MUST have your booking code ready before you call us.', 'Must have your membership card with you before you call us.', 'You Must have the parcel number to hand before you call us.']) {
      for (const s of suggest(d)) expect(s.replacements.join(' ')).not.toMatch(/may have (?:your|the)/i);
    }
    withheld('You MUST have your booking code ready before you call us.', 'MUST have');
  });
  it('keeps the guess where a past participle follows', () => {
    expect(after('You must have clicked the expired link.')).toBe('It looks like you may have clicked the expired link.');
    expect(after('You must have entered the wrong card number.')).toBe('It looks like the wrong card number was used.');
  });
});

describe('a hedge never doubled', () => {
  it('"it looks like" added next to "looks like" / "it seems": advice', () => {
    withheld('Looking at the log, it looks like you must have used an old password.', 'must have');
    withheld('It seems the form timed out, you must have left it open too long.', 'must have');
    withheld('You must have clicked the old link, it looks like.', 'must have');
  });
  it('keeps the hedge where the sentence has none', () => {
    expect(after('You must have clicked the expired link.')).toBe('It looks like you may have clicked the expired link.');
  });
});

describe('a recap or apology phrase replaced while its tail stays', () => {
  it('"As I said in my email of …" / "… to your colleague": advice', () => {
    withheld('As I said in my email of 3 June, the refund takes a week.', 'As I said');
    withheld('As I explained to your colleague, the warranty has ended.', 'As I explained');
    withheld('As I told you on the phone yesterday, the parcel is lost.', 'As I told you');
  });
  it('"for the inconvenience to you and your family" / "this may cause you": advice', () => {
    withheld('We apologise for the inconvenience to you and your partner.', 'apologise');
    withheld('Sorry for the inconvenience this may cause you.', 'inconvenience');
  });
  it('keeps the phrase where the sentence goes on with a new clause or ends', () => {
    expect(after('As I said before, the warranty has ended.')).toBe('Just to recap, the warranty has ended.');
    expect(after('We apologise for the inconvenience this has caused.')).toBe('Thank you for your understanding.');
    expect(after('Sorry for the inconvenience, and thanks for waiting.')).toBe('Thank you for your understanding, and thanks for waiting.');
    expect(after('So sorry about the wait on this order!')).toBe('Thank you so much for your patience on this order!');
  });
});

describe('a closing phrase put before a clause the draft ran on with no mark', () => {
  it('"sorry for the inconvenience your order has shipped": advice', () => {
    withheld('sorry for the inconvenience your order has shipped now', 'sorry for the inconvenience');
    withheld('Apologies for the inconvenience the new card was posted today', 'Apologies for the inconvenience');
    withheld('Sorry for the inconvenience we have credited the fee back', 'Sorry for the inconvenience');
  });
  it('keeps the phrase where a mark, a conjunction or its own tail follows', () => {
    expect(after('Sorry for the inconvenience, your order has shipped now.')).toBe('Thank you for your understanding, your order has shipped now.');
    expect(after('Sorry for the inconvenience. Your order has shipped now.')).toBe('Thank you for your understanding. Your order has shipped now.');
    expect(after('Sorry for the inconvenience while we fix the app.')).not.toBe('Sorry for the inconvenience while we fix the app.');
  });
});

describe('no empathy line after a clause that minimises', () => {
  it('"only", "just a small", "a few minutes" before "calm down": advice', () => {
    withheld("It's only twenty minutes late, so calm down.", 'calm down');
    withheld("It's just a small scratch, so calm down.", 'calm down');
    withheld('The courier is a few minutes behind, so calm down.', 'calm down');
    withheld("It's not a big delay, so calm down.", 'calm down');
  });
  it('keeps the empathy line where nothing minimises', () => {
    expect(after("It's been three weeks, so calm down.")).toBe("It's been three weeks, so I understand this is frustrating.");
  });
});

describe('no second offer after a refusal already followed by an alternative', () => {
  it('"…, you can exchange it though", "…, we can send a new one instead": advice or no template', () => {
    for (const d of ["We can't refund the jacket, you can swap it for store credit though.", "We can't refund the jacket, we can send a new one instead.", "We can't refund the jacket, however we can repair it."]) {
      expect(after(d)).toBe(d);
    }
  });
  it('keeps the template where the refusal stands alone', () => {
    expect(after("We can't refund the jacket.")).toBe("We can't refund the jacket, but what we can do is ___.");
    // a second refusal is no alternative; a condition belongs to the refusal
    expect(after("We can't refund the jacket, but we can't swap it either.")).toBe("We can't refund the jacket, but we can't swap it either. What we can do is ___.");
    expect(after("We can't refund the jacket once it's been worn.")).toBe("We can't refund the jacket once it's been worn, but ___.");
  });
});

describe('a not-knowing template whose carried clause runs on into another', () => {
  it('"… when it will ship but I will email you": advice (the blank would land after the agent\'s next clause)', () => {
    withheld("I don't know when it will ship but I will email you.", "I don't know");
    withheld('im not sure why it failed so we are checking the logs', 'not sure');
    withheld("I have no idea why the payment failed but the bank says it's fine.", 'no idea');
  });
  it('the template stays when the clause ends where the wh-clause ends', () => {
    expect(after("I don't know when it will ship.")).toBe("I don't have a confirmed answer yet on when it will ship, and ___.");
    expect(after("I'm not sure which plan includes it and the add-on.")).toBe("I don't have a confirmed answer yet on which plan includes it and the add-on, and ___.");
  });
});
