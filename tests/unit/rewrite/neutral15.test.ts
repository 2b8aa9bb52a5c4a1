// @vitest-environment node
/**
 * English trigger words in warm or neutral constructions (lib/rewrite/neutral15.en.ts, fifteenth session, issue 12):
 * each kind's neutral sentences stay silent, and its close negatives are still flagged. Sentences written for this test,
 * none taken from an evaluation split.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';

const flagged = (s: string) => suggestRewrites(s, builtinPacks).length > 0;

describe('English neutral constructions (neutral15.en.ts)', () => {
  it('an appreciation idiom is no command', () => {
    expect(flagged('You have to love a dog that waits by the door for the courier!')).toBe(false);
    expect(flagged("You've got to hand it to your son, he set the whole thing up himself.")).toBe(false);
    expect(flagged('You must admire the view from the top deck on a clear day.')).toBe(false);
    expect(flagged('You have to restart the modem before it picks up the new plan.')).toBe(true);
    expect(flagged('You have to understand that we get hundreds of these requests.')).toBe(true);
  });

  it('praise after a candour opener, and a concession to the customer', () => {
    expect(flagged('Honestly, brilliant question, it trips up lots of our members.')).toBe(false);
    expect(flagged("Frankly, what a lovely idea for a birthday present.")).toBe(false);
    expect(flagged("To be fair, our previous checkout page was confusing, so we've rebuilt it.")).toBe(false);
    expect(flagged("To be fair, you're right, the label should say that.")).toBe(false);
    expect(flagged('tbh great call on the blue one')).toBe(false);
    expect(flagged('tbh the blue one sells better')).toBe(true);
    expect(flagged('Honestly, the grey model is the more reliable one.')).toBe(true);
    expect(flagged('To be fair, the delivery driver was stuck in traffic.')).toBe(true);
  });

  it('mock regret that falls on our own side', () => {
    expect(flagged('Sadly for my diet, you just described our best cheesecake.')).toBe(false);
    expect(flagged('Unfortunately for us, the basic plan covers everything you need!')).toBe(false);
    expect(flagged('Unfortunately for you, the sale ended yesterday.')).toBe(true);
    expect(flagged('Sadly, the sale ended yesterday.')).toBe(true);
  });

  it('a warm intensifier before our own joy', () => {
    expect(flagged("We're obviously thrilled that the new boiler is keeping you warm.")).toBe(false);
    expect(flagged("Obviously we're so pleased you chose to stay with us again.")).toBe(false);
    expect(flagged('The code is obviously only valid once.')).toBe(true);
    expect(flagged('Obviously the warranty does not cover water damage.')).toBe(true);
  });

  it('a nuisance stopped, and praise by a negated limit', () => {
    expect(flagged("We won't be sending you any more promotional texts, your number is removed.")).toBe(false);
    expect(flagged("I can't praise the night-shift crew enough for how they handled it.")).toBe(false);
    expect(flagged("We won't be sending any more replacements for this order.")).toBe(true);
    expect(flagged("I can't change the booking if the fare has already been used.")).toBe(true);
  });

  it('unsure of our own courtesy, and a doubt asked of the customer', () => {
    expect(flagged("not sure if I mentioned it already, but congratulations on the new shop!")).toBe(false);
    expect(flagged('Unsure which charger to pick? The compatibility table lists every model.')).toBe(false);
    expect(flagged('Not sure what to choose? Our comparison page lays out both plans.')).toBe(false);
    expect(flagged('Not sure which plan suits you best? I can walk you through both.')).toBe(false);
    expect(flagged('Not sure what happened to your parcel.')).toBe(true);
    expect(flagged('Not sure which plan suits you.')).toBe(true);
    expect(flagged("I'm not sure when the engineer can come.")).toBe(true);
  });

  it('the wait that is left', () => {
    expect(flagged("It's just a little wait now, your table is being set.")).toBe(false);
    expect(flagged("It's only a short delay, please be patient.")).toBe(true);
  });
});

describe('English neutral constructions: the close negatives stay flagged', () => {
  it('regret for the customers or before bad news, "obviously" before a "but", a doubt with "tell"', () => {
    expect(flagged('Unfortunately for our customers, the shop closes on Monday.')).toBe(true);
    expect(flagged('Sadly for us all, the shop is closing.')).toBe(true);
    expect(flagged("Unfortunately for us, we can't ship there.")).toBe(true);
    expect(flagged("Obviously, we're happy to help but the form must be signed.")).toBe(true);
    expect(flagged('Not sure what to tell you?')).toBe(true);
    expect(flagged('You have to appreciate that we are very busy.')).toBe(true);
  });
});
