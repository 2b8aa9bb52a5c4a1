// @vitest-environment node
/**
 * The English generic reader's fourth pass (lib/rewrite/generic/kinds.en.ts, fourteenth session) and the kinds read
 * off late10 elsewhere in the engine: each in more than one shape, with the near misses that must stay silent.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { readKindsEn } from '../../../lib/rewrite/generic/kinds.en.ts';
import { applyAll, suggestRewrites } from '../../../lib/rewrite/index.ts';

const kinds = (s: string) => readKindsEn(s).map((h) => `${h.construction}:${s.slice(h.start, h.end)}`);
const flagged = (s: string) => suggestRewrites(s, builtinPacks).map((x) => s.slice(x.flagged.start, x.flagged.end));
const applied = (s: string) => applyAll(s, suggestRewrites(s, builtinPacks));

describe('English generic reader: kinds read off late10 (kinds.en.ts)', () => {
  it('a fault put on the customer\'s side by a passive', () => {
    expect(kinds("the card details weren't entered correctly on your end, so could you check the expiry date?")).toEqual(["second-person-blame:weren't entered correctly on your end"]);
    expect(kinds('the renewal payment was never made on your end.')).toEqual(['second-person-blame:was never made on your end']);
    expect(kinds('The wrong size was ordered on your side.')).toEqual(['second-person-blame:was ordered on your side']);
    expect(kinds('the toggle was switched off on your side')).toEqual(['second-person-blame:was switched off on your side']);
    // Silent: reassurance, our side, no fault named, a question.
    expect(kinds('Nothing more is required on your end, it is all done.')).toEqual([]);
    expect(kinds('No action is needed on your side.')).toEqual([]);
    expect(kinds("The issue wasn't on your side, it was a bug on ours.")).toEqual([]);
    expect(kinds("The error wasn't caused by anything on your side.")).toEqual([]);
    expect(kinds('The payment was received on your end this morning.')).toEqual([]);
    expect(kinds('Was the toggle switched off on your side?')).toEqual([]);
  });

  it("a reproach that points at the agent's earlier message, and a request handed on by name", () => {
    expect(kinds('The answer is in section 4, which I already attached to my previous email.')).toEqual(['talking-down:which I already attached to my previous email']);
    expect(kinds('Hi Tom, just circling back on my request from Monday.')).toEqual(['talking-down:just circling back on my request']);
    expect(kinds("I've already sent the replacement, it should arrive tomorrow.")).toEqual([]);
    expect(kinds("That's one for HR, not me.")).toEqual(["handled-elsewhere:That's one for HR", 'handled-elsewhere:not me']);
    expect(kinds('Billing questions go to billing@shop.com, not here.')).toEqual(['handled-elsewhere:not here']);
    expect(kinds("That's one for the books!")).toEqual([]);
    expect(kinds("The mistake was the courier's, not ours.")).toEqual([]);
  });

  it('reproach and presumption, and a rule defended', () => {
    expect(kinds('For the record, we sent three reminders.')).toEqual(['talking-down:For the record']);
    expect(kinds('For the record, your claim has been approved.')).toEqual([]);
    expect(kinds("I hope that's clear now.")).toEqual(["talking-down:I hope that's clear now"]);
    expect(kinds("I hope that's clear, let me know if not.")).toEqual([]);
    expect(kinds('You were already informed of the change on 2 June.')).toEqual(['talking-down:You were already informed']);
    expect(kinds('You have already been told twice.')).toEqual(['talking-down:You have already been told']);
    expect(kinds("I'm sure you'll agree that's more than fair.")).toEqual(["talking-down:I'm sure you'll agree"]);
    expect(kinds('Rules are there for a reason.')).toEqual(['policy-shield:Rules are there for a reason']);
    expect(kinds('You will find it in the email I sent on Monday, if you read it.')).toEqual(['talking-down:if you read it']);
    expect(kinds('Let me know if you read it.')).toEqual([]);
    expect(kinds('Thanks, and going forward please include the order number.')).toEqual(['talking-down:going forward']);
    expect(kinds("Going forward, we'll send reminders.")).toEqual([]);
    expect(kinds("so there's nothing more the courier can do from their side.")).toEqual(["nothing-can-be-done:there's nothing more the courier can do"]);
    expect(kinds("There's nothing more you need to do.")).toEqual([]);
  });
});

describe('kinds read off late10 in the other readers and the engine', () => {
  it('stock apologies, a shrug with its when, and played-down concerns', () => {
    expect(flagged('We regret the inconvenience and thank you for your patience.')).toEqual(['We regret the inconvenience']);
    expect(flagged('i do apologise for the inconvinience this has caused')).toEqual(['i do apologise for the inconvinience']);
    expect(flagged('Please forgive the inconvenience while we upgrade the system.')).toEqual(['Please forgive the inconvenience']);
    expect(flagged('sry for the inconvinience your account is unlocked now')).toEqual(['sry for the inconvinience']);
    expect(flagged('Sorry the curry arrived cold, these things happen on busy Friday nights')).toContain('these things happen');
    expect(flagged('Things happen in the background, you need not do anything.')).toEqual([]);
    expect(flagged("You're exaggerating a bit.")).toEqual(["You're exaggerating"]);
    expect(flagged("Don't make such a big deal out of it.")).toEqual(["Don't make such a big deal"]);
    expect(flagged('We made a big deal of the launch.')).toEqual([]);
    expect(flagged("I'm not exaggerating when I say it's our best deal.")).toEqual([]);
  });

  it('policy, jargon and the protective readings', () => {
    expect(flagged('opened lipsticks are final sale, its store policy for hygiene reasons')).toEqual(['its store policy']);
    expect(flagged('The shop changed its policy for safety reasons.')).toEqual([]);
    expect(flagged('In line with our underwriting guidelines, cosmetic damage is excluded from the cover.')).toContain('In line with our underwriting guidelines');
    expect(flagged('In line with our returns policy, you can send it back within 60 days.')).toEqual([]);
    expect(flagged('Your transfer failed due to a PAC mismatch, could you send the code again?')).toContain('PAC mismatch');
    expect(flagged('the payment was returned with reason code R03.')).toContain('reason code R03');
    expect(flagged('the deposit wont be taken from your card until you collect the car')).toEqual([]);
    expect(flagged('The earliest appointment is Tuesday at 10:30, and I can add you to the cancellation list.')).toEqual([]);
    expect(flagged('The earliest appointment is in three weeks.')).not.toEqual([]);
  });

  it('applied alternatives keep their sentence', () => {
    expect(applied("I've checked again and, to be perfectly honest, the parcel is at the depot.")).toBe("I've checked again and the parcel is at the depot.");
    expect(applied('Please note, again, that the store is closed on Sundays.')).toBe('Please note that the store is closed on Sundays.');
    expect(applied('That is a question you need to put to your employer.')).toBe('That is a question you need to put to your employer.');
    expect(applied('Your case has been moved to the L2 queue.')).toBe('Your case has been moved to the L2 queue.');
    expect(applied('I apologize for any inconvenience and appreciate your patience.')).toBe('I apologize for any inconvenience and appreciate your patience.');
    expect(applied('So sorry for any confusion my earlier mail may have caused.')).toBe('So sorry for any confusion my earlier mail may have caused.');
    expect(applied("I don't know how many times I have to say this.")).toBe("I don't know how many times I have to say this.");
    expect(applied('I will contact the hotel and revert back at the earliest.')).toBe('I will contact the hotel and revert back at the earliest.');
    expect(applied('Kindly bear with us as our team restores the app.')).toBe('Kindly bear with us as our team restores the app.');
    expect(applied('I’ll try to get it out by Friday.')).toBe('I’ll aim to get it out by Friday.');
    expect(applied('Please accept our apologies for the delay.')).toBe("We're sorry for the delay.");
    expect(applied('You need to relax.')).toBe('You need to relax.');
    expect(applied("Sit back and relax, we'll handle it.")).toBe("Sit back and relax, we'll handle it.");
    expect(flagged("I'm sorry for the confusion on our side; the correct price is now showing.")).toEqual([]);
    expect(flagged('relax sir, your money is safe.')).toEqual(['relax']);
    expect(applied("You must be exhausted after that journey - let's get it sorted.")).not.toContain('Please be');
    expect(flagged('Can you confirm you didn\'t receive the reset email?')).toEqual([]);
    expect(flagged('I logged the claim and passed it to the TPA.')).toContain('TPA');
    expect(applied('As I said in my earlier reply, the parcel was delivered.')).toBe('Just to recap, the parcel was delivered.');
    // A refusal in a concessive clause, or before what will be given back: no blank for a second offer.
    expect(applied("while we won't be able to backdate the change, your new rate applies from today.")).not.toContain('___');
    expect(applied('We are not able to refund the fee; the base fare will be credited back to your card.')).not.toContain('___');
  });
});
