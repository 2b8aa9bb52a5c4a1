// @vitest-environment node
/**
 * The English generic reader's third pass (lib/rewrite/generic/families.en.ts, thirteenth session): families of
 * negative phrasing in several shapes each (person, tense, word order, no apostrophes, chat spellings), and the near
 * misses that must stay silent (the agent's own side, reassurance, good news, a named trouble, questions, conditions).
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../lib/packs/index.ts';
import { readFamiliesEn } from '../../../lib/rewrite/generic/families.en.ts';
import { readGeneric } from '../../../lib/rewrite/generic/index.ts';
import { suggestRewrites } from '../../../lib/rewrite/index.ts';

const kinds = (s: string) => readFamiliesEn(s).map((h) => h.construction);
const flaggedWords = (s: string) => suggestRewrites(s, builtinPacks).map((x) => s.slice(x.flagged.start, x.flagged.end));

describe('English generic reader: families in many shapes (families.en.ts)', () => {
  it('the stock apology, with other trouble words and in other shapes', () => {
    expect(kinds('Sorry for any trouble this may have caused you.')).toEqual(['stock-apology']);
    expect(kinds('We deeply regret any hassle.')).toEqual(['stock-apology']);
    expect(kinds('I apologise if this has caused any inconvenience.')).toEqual(['stock-apology']);
    expect(kinds('sorry for inconvenience caused kindly wait')).toEqual(['stock-apology']);
    expect(kinds('Sorry for any inconveniences.')).toEqual(['stock-apology']);
    expect(kinds('Sorry for bothering you again, but could you send the order number?')).toEqual(['stock-apology']);
    expect(kinds("I apologise but that's the rule.")).toContain('stock-apology');
    // Silent: a named trouble of the customer's, condolence, our own mistake owned, the formal formula left to the packs.
    expect(kinds("Sorry for the trouble you've had with the app, I've reset your login.")).toEqual([]);
    expect(kinds("I'm so sorry for your loss.")).toEqual([]);
    expect(kinds('My apologies, I gave you the wrong link earlier.')).toEqual([]);
    expect(kinds('I apologize for any inconvenience caused by the delay.')).toEqual([]);
    expect(kinds("I apologize, but I'm unable to assist with this request.")).toEqual([]);
  });

  it('blame by a possessive, a cleft or "by you"', () => {
    expect(kinds('Your mistake caused the double booking.')).toEqual(['second-person-blame']);
    expect(kinds('It was your error, not ours.')).toEqual(['second-person-blame']);
    expect(kinds('This is due to your incorrect settings.')).toEqual(['second-person-blame']);
    expect(kinds('you are the one who selected express shipping')).toEqual(['second-person-blame']);
    expect(kinds('ur the one who put the wrong postcode')).toEqual(['second-person-blame']);
    expect(kinds('The form was filled in incorrectly by you.')).toEqual(['second-person-blame']);
    // Silent: not your fault, our mistake, an error message, a present right.
    expect(kinds("It's not your fault at all.")).toEqual([]);
    expect(kinds('The mistake was ours, not yours.')).toEqual([]);
    expect(kinds('Your error is attended to and resolved promptly.')).toEqual([]);
    expect(kinds('Please send a screenshot of your error message.')).toEqual([]);
    expect(kinds("You're the one who decides which plan suits you.")).toEqual([]);
  });

  it('sent elsewhere', () => {
    expect(kinds('Im not the right person for this')).toEqual(['handled-elsewhere']);
    expect(kinds("We're not the right team to ask about refunds.")).toEqual(['handled-elsewhere']);
    expect(kinds('That question is for the technical team, not customer service.')).toEqual(['handled-elsewhere']);
    expect(kinds("This is the courier's problem, not ours.")).toEqual(['handled-elsewhere']);
    expect(kinds('My team has no control over the app store pricing.')).toEqual(['handled-elsewhere']);
    expect(kinds('Please direct your complaint to the store where you bought it.')).toEqual(['handled-elsewhere']);
    // Silent: the right place, a question asked, a third party named as good news.
    expect(kinds("You've come to the right place.")).toEqual([]);
    expect(kinds('The courier has your parcel now.')).toEqual([]);
    expect(kinds("I've passed this to our billing team and they'll email you.")).toEqual([]);
  });

  it('reproach: this time, once and for all, I thought I was clear, said many times, already answered', () => {
    expect(kinds('Please read the email carefully this time.')).toEqual(['talking-down']);
    expect(kinds('Hope this clears it up once and for all.')).toEqual(['talking-down']);
    expect(kinds('I thought I was clear that the offer ended.')).toEqual(['talking-down']);
    expect(kinds("I thought I'd made it clear.")).toEqual(['talking-down']);
    expect(kinds('as mentioned multiple times ur order is shipped')).toEqual(['talking-down']);
    expect(kinds('Friendly reminder that this was already answered.')).toEqual(['talking-down']);
    expect(kinds('The answer, which I already gave you, is still no.')).toEqual(['talking-down']);
    expect(kinds("Clearly you haven't read the terms.")).toEqual(['talking-down']);
    // Silent: a first time, good news already done, our own side.
    expect(kinds('This time the parcel goes by express, at no cost.')).toEqual([]);
    expect(kinds("We've already refunded the shipping fee.")).toEqual([]);
    expect(kinds('Clearly, we got this wrong.')).toEqual([]);
  });

  it('played down', () => {
    expect(kinds('This is a minor issue.')).toEqual(['minimising']);
    expect(kinds("It's a tiny scratch, it doesn't affect anything.")).toEqual(['minimising']);
    expect(kinds("It's really not that complicated.")).toEqual(['minimising']);
    expect(kinds('No need to get upset.')).toEqual(['minimising']);
    expect(kinds('There is no need for that tone.')).toEqual(['minimising']);
    expect(kinds('These things happen.')).toEqual(['minimising']);
    expect(kinds('Nobody else has complained about this.')).toEqual(['others-cope']);
    expect(kinds('Everyone else manages to use it fine.')).toEqual(['others-cope']);
    expect(kinds("You're making this bigger than it is.")).toEqual(['minimising']);
    expect(kinds("I don't see what the issue is.")).toEqual(['minimising']);
    expect(kinds("It's only two days late.")).toEqual(['minimising']);
    expect(kinds('Try not to take it so personally.')).toEqual(['minimising']);
    expect(kinds('chill we got it')).toEqual(['minimising']);
    // Silent: reassurance, good news, soon, our own small slip, a customer's wish.
    expect(kinds('No need to worry, your data is safe.')).toEqual([]);
    expect(kinds("It's not a minor issue and we're treating it as urgent.")).toEqual([]);
    expect(kinds("It's only two days away, so you'll have it for the weekend.")).toEqual([]);
    expect(kinds("I don't see any problem with your account, everything looks fine.")).toEqual([]);
    expect(kinds('I will sleep, chill out and stop worrying.')).toEqual([]);
  });

  it('rules: a rule that prohibits, policy reasons, a rule put first before a refusal', () => {
    expect(kinds('Store policy prohibits returns of opened software.')).toEqual(['policy-shield']);
    expect(kinds('Due to policy reasons we can not do that')).toEqual(['policy-shield']);
    expect(kinds("Policy states we can't accept returns without a receipt.")).toEqual(['policy-shield']);
    expect(kinds("Under our terms we can't refund a used voucher.")).toEqual(['policy-shield']);
    // Silent: a rule that protects or gives.
    expect(kinds('Our policy prohibits us from sharing your data with anyone.')).toEqual([]);
    expect(kinds("Under our terms, you're covered for a year.")).toEqual([]);
  });

  it('second batch: more trouble words and chat spellings, habits and counterfactuals, elsewhere, counted reproach, played down', () => {
    expect(kinds('apologies for all the trouble!!')).toEqual(['stock-apology']);
    expect(kinds('sry for the trouble')).toEqual(['stock-apology']);
    expect(kinds('Please excuse any inconvenience.')).toEqual(['stock-apology']);
    expect(kinds('Really sorry about the hassle with this one.')).toEqual(['stock-apology']);
    expect(kinds("You've put the wrong date on the form.")).toEqual(['second-person-blame']);
    expect(kinds('You keep entering the old password.')).toEqual(['second-person-blame']);
    expect(kinds("If you'd checked your spam folder you would have found it.")).toEqual(['second-person-blame']);
    expect(kinds('the issue is ur router settings not our network')).toEqual(['second-person-blame']);
    expect(kinds("That's really a matter between you and the seller.")).toEqual(['handled-elsewhere']);
    expect(kinds("I'm not the person who can approve that.")).toEqual(['handled-elsewhere']);
    expect(kinds('Once more: the code is on the back of the card.')).toEqual(['talking-down']);
    expect(kinds('Let me repeat myself: we need the receipt.')).toEqual(['talking-down']);
    expect(kinds("As I'm sure you're aware, the sale has ended.")).toEqual(['talking-down']);
    expect(kinds('Thanks for finally sending the photos.')).toEqual(['talking-down']);
    expect(kinds('I have now answered this question three times.')).toEqual(['talking-down']);
    expect(kinds('As has been said before, the warranty is one year.')).toEqual(['talking-down']);
    expect(kinds("Don't stress, it's nothing.")).toEqual(['minimising']);
    expect(kinds("You're worrying over nothing.")).toEqual(['minimising']);
    expect(kinds('These glitches happen all the time.')).toEqual(['minimising']);
    expect(kinds("It's hardly the end of the world.")).toEqual(['minimising']);
    expect(kinds("Most people wouldn't even notice the mark.")).toEqual(['others-cope']);
    expect(kinds('Those are the terms you agreed to.')).toEqual(['policy-shield']);
    // Silent: the customer's report told back, a benefit kept, a plain condition, thanks, an offer that happens, a fee explained.
    expect(kinds('I understand that you have entered the wrong delivery address and want to update it.')).toEqual([]);
    expect(kinds('You keep earning points on every order.')).toEqual([]);
    expect(kinds("If you've checked your spam folder, let me know.")).toEqual([]);
    expect(kinds('Once again, thank you for choosing us!')).toEqual([]);
    expect(kinds('These offers happen every month, so keep an eye on your inbox.')).toEqual([]);
    expect(kinds("It's a small fee of £2 to reissue the card.")).toEqual([]);
    expect(kinds('Our new terms you agreed to last year give you free returns.')).toEqual([]);
    expect(kinds('Nobody else can see your account details.')).toEqual([]);
  });

  it('third batch: two-word troubles, blame that lies with you, sent to a party, openers of reproach, rules with a kind', () => {
    expect(kinds('Your order is confirmed, sorry for any mix up.')).toEqual(['stock-apology']);
    expect(kinds('Sorry for all the back and forth on this.')).toEqual(['stock-apology']);
    expect(kinds('Thank you for waiting and sorry for inconvenient.')).toEqual(['stock-apology']);
    expect(kinds('The fault lies with your device settings.')).toEqual(['second-person-blame']);
    expect(kinds("That's something the landlord has to sort out.")).toEqual(['handled-elsewhere']);
    expect(kinds('Im only in charge of bookings, not payments.')).toEqual(['handled-elsewhere']);
    expect(kinds("I'm just support, I don't set the prices.")).toContain('handled-elsewhere');
    expect(kinds('This needs to go to your insurer, not us.')).toContain('handled-elsewhere');
    expect(kinds('Please take this up with the marketplace seller directly.')).toEqual(['handled-elsewhere']);
    expect(kinds("That's the manufacturer's job, to be fair.")).toEqual(['handled-elsewhere']);
    expect(kinds("I'll say it again: the parcel was delivered.")).toEqual(['talking-down']);
    expect(kinds('Hopefully this time the instructions make sense.')).toEqual(['talking-down']);
    expect(kinds("With respect, we've been over this.")).toEqual(['talking-down', 'talking-down']);
    expect(kinds('Like I already explained the voucher has expired')).toEqual(['talking-down']);
    expect(kinds("It's not a huge deal, the item will still work.")).toEqual(['minimising']);
    expect(kinds('These delays are normal, nothing to complain about.')).toEqual(['minimising']);
    expect(kinds("Under the rental agreement, we can't return the deposit early.")).toEqual(['policy-shield']);
    // Silent: a mistake owned, a thing made easy, a first time, help from a colleague, a rule that gives.
    expect(kinds('We must apologise for the mix-up; the replacement is on its way.')).toEqual([]);
    expect(kinds("Sorry for the mix-up with your name, it's corrected on the booking now.")).toEqual([]);
    expect(kinds("It's no trouble at all.")).toEqual([]);
    expect(kinds('Your refund of £24.99 is on its way.')).toEqual([]);
    expect(kinds('This time the upgrade is on us.')).toEqual([]);
    expect(kinds('Under the rental agreement, you get the deposit back within 10 days.')).toEqual([]);
    expect(kinds('With the new app, you can track the parcel live.')).toEqual([]);
  });

  it('fourth batch: passive sending away, a party named, recap with a time word, survive and cheer up, a rule as the whole answer', () => {
    expect(kinds('Kindly excuse us for the inconvenience.')).toEqual(['stock-apology']);
    expect(kinds("It's down to you to keep your details up to date.")).toEqual(['second-person-blame']);
    expect(kinds('You have given us a wrong mobile number, that is why no SMS came.')).toEqual(['second-person-blame']);
    expect(kinds("That's not handled here, try the returns portal.")).toEqual(['handled-elsewhere']);
    expect(kinds("It's up to the airline, not us.")).toEqual(['handled-elsewhere']);
    expect(kinds('I can only help with orders placed on our website.')).toEqual(['handled-elsewhere']);
    expect(kinds('This is a bank matter, please call them.')).toEqual(['handled-elsewhere']);
    expect(kinds('Please raise it with your internet provider.')).toEqual(['handled-elsewhere']);
    expect(kinds('Our department does not deal with parking fines.')).toEqual(['handled-elsewhere']);
    expect(kinds('As noted previously, the office is closed on Fridays.')).toEqual(['talking-down']);
    expect(kinds('Please refer back to the email from 3 May.')).toEqual(['talking-down']);
    expect(kinds("Cheer up, it's only a parcel.")).toEqual(['minimising']);
    expect(kinds("You'll survive a day without the app.")).toEqual(['minimising']);
    expect(kinds("I wouldn't call that a problem.")).toEqual(['minimising']);
    expect(kinds('Simple as that.')).toEqual(['minimising']);
    expect(kinds("That's the policy.")).toEqual(['policy-shield']);
    // Silent: a choice left to the customer, a rule that gives, a document pointed at, an open choice of channel.
    expect(kinds("It's up to you to decide which plan suits you.")).toEqual([]);
    expect(kinds("It's up to you which delivery slot you choose.")).toEqual([]);
    expect(kinds("That's our policy, and it means you get a full refund.")).toEqual([]);
    expect(kinds('Please refer to the attached invoice for the breakdown.')).toEqual([]);
    expect(kinds('As noted above, your refund has been approved.')).toEqual([]);
    expect(kinds('I can only imagine how stressful that was.')).toEqual([]);
  });

  it('nothing in a condition, and only the stock apology in a question', () => {
    expect(kinds('If this is a minor issue, we can fix it in the app.')).toEqual([]);
    expect(kinds('Is this a minor issue or does it stop you working?')).toEqual([]);
    expect(kinds('Sorry to bother you, can you confirm your address?')).toEqual(['stock-apology']);
  });

  it('pack blame in an open condition and a failure denied of everything stay quiet (protective.en.ts)', () => {
    expect(flaggedWords('If you selected the wrong delivery option, I can change it for free.')).toEqual([]);
    expect(flaggedWords("If you made a mistake on the form, just tell me and I'll change it.")).toEqual([]);
    expect(flaggedWords('None of your payments failed.')).toEqual([]);
    // Still flagged: the same blame said as a fact, and a counterfactual.
    expect(flaggedWords('You selected the wrong delivery option.').length).toBe(1);
    expect(flaggedWords('If you had selected the right option, you would have got it.').length).toBe(1);
  });

  it('the engine shows a fronted rule beside a pack refusal in its clause (English)', () => {
    const w = flaggedWords("Due to policy reasons we can not do that");
    expect(w.some((x) => /policy/i.test(x))).toBe(true);
    expect(w.length).toBeGreaterThan(1);
    expect(readGeneric('en', 'Under our terms, the voucher is final.').map((h) => h.construction)).toEqual(['policy-shield']);
  });
});
