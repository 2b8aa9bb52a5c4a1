// @vitest-environment node
/**
 * The English generic reader's constructions added in the tenth session (branch rw-en), read off fresh writers'
 * families rather than their sentences: each family with wordings in several voices, and the near misses that
 * must stay silent. Also the agent's signature block, which the engine leaves alone like quoted mail.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { readGenericEn } from '../../../lib/rewrite/generic/en.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';
import { draftNotOwnRanges, signatureRanges } from '../../../lib/text/signature.ts';

/** The constructions the English reader finds in `s`. */
const kinds = (s: string) => readGenericEn(s).map((h) => h.construction);
/** Whether the engine flags anything in `s` (packs and generic advice). */
const flagged = (s: string) => suggestRewrites(s, builtinPacks, { exclude: draftNotOwnRanges(s) }).length > 0;

describe('English generic reader: fresh writers\' families (rw-en)', () => {
  it('refusals nominalised, hypothetical or impersonal', () => {
    expect(kinds("Swapping the date wouldn't be possible now that the tickets are printed.")).toContain('not-available');
    expect(kinds('We would never be able to release the funds early.')).toContain('negated-ability');
    expect(kinds("We’d never be in a position to waive a fee that size.")).toContain('negated-ability');
    expect(kinds('A goodwill credit is not something our manager would agree to.')).toContain('negated-ability');
    expect(kinds("a refund isnt something we would be able to offer on this one")).toContain('negated-ability');
    expect(kinds("That isn't something we're in a position to approve.")).toContain('negated-ability');
    expect(kinds('Not something I handle, billing can help.')).toContain('handled-elsewhere');
    // Silent: help offered, a recommendation, a reassurance, thanks.
    expect(kinds('We would never share your details with a third party.')).toEqual([]);
    expect(kinds("We'd never charge you for a replacement battery.")).toEqual([]);
    expect(kinds("It's not something we'd recommend, but you're free to try it.")).toEqual([]);
    expect(kinds('It would not be possible without your help, so thank you!')).toEqual([]);
  });

  it('blame said in the passive, by cause, or of people in general', () => {
    expect(kinds('The fault was caused by the adapter you plugged in.')).toEqual(['second-person-blame']);
    expect(kinds('The error is down to the old version you installed.')).toEqual(['second-person-blame']);
    expect(kinds('Your address was entered incorrectly at checkout.')).toEqual(['second-person-blame']);
    expect(kinds('The documents were never signed, so the claim stalled.')).toEqual(['second-person-blame']);
    expect(kinds("Keeping the receipt is the cardholder's responsibility.")).toEqual(['second-person-blame']);
    expect(kinds('this tends to happen when customers ignore the update prompts')).toEqual(['second-person-blame']);
    expect(kinds('Had the instructions been followed, the seal would have held.')).toEqual(['second-person-blame']);
    expect(kinds('Responsibility for checking the size lies with the buyer.')).toEqual(['second-person-blame']);
    // Silent: our own side's fault, a cause the customer only mentioned, a cost explained, our responsibility.
    expect(kinds("The outage was caused by a fault on our side, which we've now fixed.")).toEqual([]);
    expect(kinds('The delay is down to the storm you mentioned, and the van is moving again.')).toEqual([]);
    expect(kinds('The charge is due to the upgrade you ordered last week.')).toEqual([]);
    expect(kinds("Your name was spelt incorrectly on our side, sorry, and we've reissued the ticket.")).toEqual([]);
    expect(kinds('Keeping your account secure is our responsibility.')).toEqual([]);
    // Eleventh session: a passive finding with nobody named is the blame-free form the advice asks for.
    expect(kinds('The address was entered incorrectly at checkout.')).toEqual([]);
  });

  it('orders: impersonal, "you are to", officialese, imperatives with a threat or a "first … then come back"', () => {
    expect(kinds("It's crucial that the box is returned unopened.")).toEqual(['customer-obligation']);
    expect(kinds('You are to call the depot before 5pm.')).toEqual(['customer-obligation']);
    expect(kinds('Kindly ensure your details are correct before submitting.')).toEqual(['customer-obligation']);
    expect(kinds('Stop sending the same form, it slows things down.')).toEqual(['customer-obligation']);
    expect(kinds('Be sure to include the order number every time you write.')).toEqual(['customer-obligation']);
    expect(kinds('Have your policy number ready, otherwise the team won\'t find you.')).toContain('customer-obligation');
    expect(kinds('Check the manual first and then get back to us.')).toEqual(['customer-obligation']);
    expect(kinds('What you have to do is clear the cache.')).toEqual(['customer-obligation']);
    // Silent: our own duty, a friendly imperative, information, ease.
    expect(kinds("It's vital that we get this right for you.")).toEqual([]);
    expect(kinds('It is essential for us that your data is safe.')).toEqual([]);
    expect(kinds('You are going to love the new layout.')).toEqual([]);
    expect(kinds('Kindly note that your order has shipped.')).toEqual([]);
    expect(kinds('Stop by the store any time.')).toEqual([]);
    expect(kinds("Stop worrying, we've got this covered.")).toEqual([]);
    expect(kinds("Be sure to enjoy the spa while you're there.")).toEqual([]);
    expect(kinds('Ensure you have a lovely stay!')).toEqual([]);
    // Helpful steps as an assistant writes them (Bitext responses): no duty nagged, nothing refused.
    expect(kinds('Be sure to include any error messages or screenshots.')).toEqual([]);
    expect(kinds('Ensure all the required fields are filled out.')).toEqual([]);
    expect(kinds("It's essential to keep this information for future reference.")).toEqual([]);
    expect(kinds('I apologize for any inconvenience caused by the error you encountered.')).toEqual([]);
    expect(kinds('Remember to be honest and give examples in your review.')).toEqual([]);
    expect(kinds('Our policy states that refunds go back to the original card.')).toEqual([]);
    expect(kinds('I apologize for any inconvenience caused by your inability to change the order.')).toEqual([]);
    expect(kinds("Try restarting it first, and if that doesn't help I'll send a replacement.")).toEqual([]);
    expect(kinds('All you need to do is click the link.')).toEqual([]);
  });

  it('policy named by its clause or put first, hands tied, rules that prevent', () => {
    expect(kinds('In accordance with section 4 of the contract, the fee stands.')).toEqual(['policy-shield']);
    expect(kinds('In line with clause 4.2, cancellations are non-refundable.')).toContain('policy-shield');
    expect(kinds('As per the programme regulations, resits are capped.')).toContain('policy-shield');
    expect(kinds("Our hands are tied on this one.")).toEqual(['policy-shield']);
    expect(kinds("It's not our practice to give cash refunds.")).toEqual(['policy-shield']);
    expect(kinds("We're bound by the terms of the lease.")).toEqual(['policy-shield']);
    // Silent: the customer's request or wishes, a rule that gives, a duty that protects.
    expect(kinds("As per your request, I've cancelled the order.")).toEqual([]);
    expect(kinds("In line with your wishes, we've closed the account.")).toEqual([]);
    expect(kinds('Under the agreement, you get 30 days to return it.')).toEqual([]);
    expect(kinds("We're bound by law to keep your data safe, and we do.")).toEqual([]);
  });

  it('waits: "isn\'t until", "in due course", "no telling when", long "Please allow", "could be X, could be Y"', () => {
    expect(kinds("The next delivery slot isn't until Tuesday week.")).toEqual(['time-refusal']);
    expect(kinds('the earliest date isnt till the 30th')).toEqual(['time-refusal']);
    expect(kinds('Your complaint will be reviewed in due course.')).toEqual(['time-refusal']);
    expect(kinds("There's no saying when the stock will land.")).toEqual(['not-knowing']);
    expect(kinds('It could take anywhere up to six weeks.')).toEqual(['time-refusal']);
    expect(kinds('It could be as long as six weeks.')).toEqual(['time-refusal']);
    expect(kinds('Please allow 10-14 working days for the refund.')).toEqual(['time-refusal']);
    expect(kinds('It could be Thursday, could be next week.')).toEqual(['not-knowing']);
    // Silent: a deadline that gives time, a short wait, pop-ups, delight, a maximum.
    expect(kinds("The sale isn't until Friday, so you've got time to decide.")).toEqual([]);
    expect(kinds("Your payment isn't until the 30th.")).toEqual([]);
    expect(kinds('Please allow up to 48 hours for your number to move across.')).toEqual([]);
    expect(kinds('Please allow pop-ups for this site.')).toEqual([]);
    expect(kinds("There's no telling how happy we are to have you back!")).toEqual([]);
    expect(kinds('Processing takes as long as two days at most.')).toEqual([]);
  });

  it('bad news announced, played down, not knowing, sent elsewhere, the machine, hopes, candour, talking down', () => {
    expect(kinds('Sad to say, the course is full.')).toEqual(['bad-news-frame']);
    expect(kinds("I wouldn't read too much into that message.")).toEqual(['minimising']);
    expect(kinds('Plenty of customers use the old version and manage fine.')).toEqual(['others-cope']);
    expect(kinds("It's only a few pence, hardly worth a complaint.")).toEqual(['minimising', 'minimising']);
    expect(kinds('Nobody here seems to know why it failed.')).toEqual(['not-knowing']);
    expect(kinds("We're as much in the dark as you are.")).toEqual(['not-knowing']);
    expect(kinds("Thats not mine to decide, it sits with the claims team.")).toEqual(['handled-elsewhere', 'handled-elsewhere']);
    expect(kinds("You've come to the wrong department for this.")).toEqual(['handled-elsewhere']);
    expect(kinds('The option is greyed out on my screen.')).toEqual(['system-blocks']);
    expect(kinds("The booking tool just won't take a date in the past.")).toEqual(['system-blocks']);
    expect(kinds('Hopefully the team can sort it by Friday.')).toEqual(['hedged-effort']);
    expect(kinds("If I'm being completely straight with you, the upgrade won't help.")).toContain('candour-opener');
    expect(kinds('I would have thought that was obvious from the invoice.')).toEqual(['talking-down']);
    expect(kinds('Per my last message, the link is in the footer.')).toEqual(['talking-down']);
    expect(kinds('Sorry for the slow reply, sorry about the mix-up and sorry again for the invoice')).toEqual(['over-apology', 'over-apology', 'over-apology']);
    // Silent.
    expect(kinds('Sad to see you go, your account is closed as requested.')).toEqual([]);
    expect(kinds('Many customers manage their bookings in the app, and I can show you how.')).toEqual([]);
    expect(kinds('Hardly anyone has to wait more than a day.')).toEqual([]);
    expect(kinds('No one knows your password except you.')).toEqual([]);
    expect(kinds('I sent your email to the wrong team earlier, sorry.')).toEqual([]);
    expect(kinds("I'll sit with the team tomorrow to go through it.")).toEqual([]);
    expect(kinds('The button stays greyed out until you tick the box.')).toEqual([]);
    expect(kinds("Hopefully you're enjoying the new headphones!")).toEqual([]);
    expect(kinds('Hopefully this helps.')).toEqual([]);
    expect(kinds("Hopefully we'll see you again soon.")).toEqual([]);
    expect(kinds("If I'm honest, you've been a pleasure to help.")).toEqual([]);
    expect(kinds("I'd have thought Friday works, but let me confirm.")).toEqual([]);
    expect(kinds("I'm so sorry about this, and I've refunded the fee.")).toEqual([]);
  });

  it('time refusals by what is not there before a date, and waits after a negation', () => {
    expect(kinds("We don't have any slots before the 3rd.")).toEqual(['time-refusal']);
    expect(kinds("We won't get any seats until May.")).toEqual(['time-refusal']);
    expect(kinds("Nothing until Monday, I'm afraid.")).toEqual(['time-refusal']);
    expect(kinds("The refund won't reach your account for another ten days.")).toEqual(['time-refusal']);
    expect(kinds("The new stock isn't due in until the end of January.")).toEqual(['time-refusal']);
    expect(kinds("You won't be charged for another 30 days.")).toEqual([]);
    expect(kinds("There's nothing to pay until the item arrives.")).toEqual([]);
    expect(kinds("The loan isn't due until 2028.")).toEqual([]);
  });

  it('the concern questioned, earlier messages pointed at, a repeated apology, blame by an irregular past', () => {
    expect(kinds("It's not that complicated, just restart the router.")).toEqual(['minimising']);
    expect(kinds("I don't see why you keep emailing about this.")).toEqual(['minimising']);
    expect(kinds('Please refer to my earlier message, it has all the details.')).toEqual(['talking-down']);
    expect(kinds('So sorry to hear that, so sorry.')).toEqual(['over-apology', 'over-apology']);
    expect(kinds('You never let us know about the new flat.')).toEqual(['second-person-blame']);
    expect(kinds('thats not really my side of things mate, ring accounts')).toEqual(['handled-elsewhere']);
    expect(kinds("I don't understand why the payment failed, so I've escalated it.")).toEqual([]);
    expect(kinds('Please refer to our guide for more tips.')).toEqual([]);
    expect(kinds("It's not that hard to fix, and I've done it for you already.")).toEqual([]);
  });

  it("a frame word ('I'm afraid') no longer hides the refusal's advice in its clause", () => {
    const s = "I'm afraid that's a no on the upgrade, as the fare was basic economy.";
    // (Its suggestion is a template since the seventeenth session: the sentence, then "What I can do is ___"; the flag is the refusal.)
    expect(suggestRewrites(s, builtinPacks).map((x) => s.slice(x.flagged.start, x.flagged.end))).toContain("'s a no");
  });
});

describe('the agent\'s signature block', () => {
  it('is left alone after a closing and a name line, up to the quoted mail', () => {
    const d = 'Glad we could sort it!\n\nCheers,\nRob\nTier 2 Support, Kitewire\nWe can\'t respond to tickets outside office hours.';
    const [r] = signatureRanges(d);
    expect(d.slice(r[0], r[1])).toBe("Cheers,\nRob\nTier 2 Support, Kitewire\nWe can't respond to tickets outside office hours.");
    expect(flagged(d)).toBe(false);
    const withQuote = 'Your card is on its way.\n\nKind regards,\nAccounts\nPlease do not reply to this address.\n\nOn Mon, 3 Jun 2024, Sam wrote:\n> you never answer';
    const [s] = signatureRanges(withQuote);
    expect(withQuote.slice(s[0], s[1])).toBe('Kind regards,\nAccounts\nPlease do not reply to this address.');
  });

  it('needs own words before the closing and a name after it; a postscript is the agent\'s again', () => {
    expect(signatureRanges('Thanks,\nAlex\nWe cannot refund this.')).toEqual([]);
    expect(signatureRanges('We checked it.\n\nThanks for waiting, we cannot refund this.')).toEqual([]);
    const ps = 'All done.\n\nBest,\nAna\n\nP.S. We can\'t refund the delivery fee.';
    const [r] = signatureRanges(ps);
    expect(ps.slice(r[0], r[1])).toBe('Best,\nAna');
    expect(flagged(ps)).toBe(true);
  });
});

describe('English generic reader: fresh writers\' families (eleventh session, rw-en)', () => {
  it('sent elsewhere: another team, not this desk, not us, above my pay grade', () => {
    expect(kinds('Parking permits are a separate department, the council issues them.')).toContain('handled-elsewhere');
    expect(kinds("Warranty repairs aren't my department.")).toContain('handled-elsewhere');
    expect(kinds("Chargebacks aren't dealt with by this team.")).toContain('handled-elsewhere');
    expect(kinds('The late fee has nothing to do with us, it comes from the bank.')).toContain('handled-elsewhere');
    expect(kinds('A discount that big is above my paygrade.')).toContain('handled-elsewhere');
    expect(kinds("The venue sets the seating plan, that's on them.")).toContain('handled-elsewhere');
    // Silent: something else that is separate, a duty still open, good news.
    expect(kinds('Each refund is a separate transaction on your statement.')).toEqual([]);
    expect(kinds("That is on them to decide, and they'll email you by Friday.")).not.toContain('handled-elsewhere');
    expect(kinds("Don't worry, the fee has nothing to do with you.")).toEqual([]);
  });
  it('not knowing, talking down, candour and hedges in other words', () => {
    expect(kinds('We have no update on when the line will be fixed.')).toContain('not-knowing');
    expect(kinds("I can't tell you offhand what the postage was.")).toContain('not-knowing');
    expect(kinds('For future reference, the form is on page two.')).toContain('talking-down');
    expect(kinds('The code, which we did already send last week, is below.')).toContain('talking-down');
    expect(kinds('As per my message of Monday, the invoice is attached.')).toContain('talking-down');
    expect(kinds('Going forward, you must book two days ahead.')).toContain('talking-down');
    expect(kinds("If we're being totally open, the new model is slower.")).toContain('candour-opener');
    expect(kinds('Hopefully the replacement turns up on Tuesday.')).toContain('hedged-effort');
    expect(kinds('The parcel should hopefully reach you by Friday.')).toContain('hedged-effort');
    expect(kinds('The reading you submitted was wrong, so we estimated it.')).toContain('second-person-blame');
    expect(kinds('It looks like you entered the postcode wrong.')).toContain('second-person-blame');
    // Silent: a note kept for later, a plan described, a wish, a reassurance.
    expect(kinds("I've saved your sizes for future reference.")).toEqual([]);
    expect(kinds('Going forward, your plan includes free calls.')).toEqual([]);
    expect(kinds('Hopefully you enjoy the new headphones!')).toEqual([]);
    expect(kinds('Nothing you entered was wrong, the fault was ours.')).toEqual([]);
    expect(kinds('Find the delivery address that you entered incorrectly.')).toEqual([]);
    expect(kinds("There's no way it will cost you anything extra.")).toEqual([]);
    expect(kinds('As you can see from the screenshot, the button is at the top.')).toEqual([]);
    expect(kinds("Going forward, you'll get a reminder three days before.")).toEqual([]);
    expect(kinds('I did check with the warehouse, and your parcel is on the van.')).toEqual([]);
    expect(kinds("Billing is a separate team, and I've passed your case to them.")).toEqual([]);
    expect(kinds('It is required that we verify your ID, for your protection.')).toEqual([]);
    expect(kinds('Hopefully your order arrives in time for the party!')).toEqual([]);
  });
});
